/**
 * `offline-order-elements/mocks`: the mock backend, for hosts' own tests, demos and stories. A
 * stateful in-memory implementation of the HTTP contract (api/openapi.yaml) with the fixture world
 * of mocks/README.md ("Ada Lovelace", "SAVE10", the test cards), its fault modes and scripted
 * faults, served in the browser by MSW (a peer dependency: install `msw` and copy its worker with
 * `npx msw init public`). The main entry never imports this module, nor msw.
 *
 * ```ts
 * import { startMockWorker } from 'offline-order-elements/mocks';
 * const { backend, scenario } = await startMockWorker({ baseUrl: '/api/v1' });
 * builder.adapter = createRestAdapter({ baseUrl: '/api/v1' });
 * scenario.failNext('submitOrder', 503);
 * ```
 */
export { MockBackend, DECLINED_CARD, INSUFFICIENT_FUNDS_CARD } from './backend.js';
export type { MockBackendOptions, MockRequestRecord } from './backend.js';
export { MockScenario, SCENARIO_MODES, ANSWER_FAULTS } from './scenario.js';
export type { AnswerFault, Fault, FaultOptions, MockScenarioInit, ScenarioMode } from './scenario.js';
export { createHandlers, createMockApi, OPERATION_IDS } from './handlers.js';
export type { HandlerOptions, MockApi, OperationId } from './handlers.js';
export { startMockWorker, REALISTIC_LATENCY } from './browser.js';
export type { MockWorker, StartMockWorkerOptions } from './browser.js';
export { MockProblem } from './problem.js';
export { ALL_SITES, NEWEST_SEEDED_ORDER_NUMBER, DEFAULT_ORDER_COUNT } from './seed.js';
export type { SeedOptions } from './seed.js';
export { connectHostedFields, hostedFieldsUrl } from './hosted-fields.js';

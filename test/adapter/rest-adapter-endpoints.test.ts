import { overMsw } from './rest-adapter-msw.js';
import { useContractSuite } from './rest-adapter-support.js';
import { endpointsSuite } from './rest-suites/endpoints.js';

describe('createRestAdapter over MSW', () => {
  // Each operation of api/openapi.yaml is answered 2xx here: findOrder only in "idempotent submit".
  endpointsSuite(useContractSuite(overMsw, { everyOperation: true }));
});

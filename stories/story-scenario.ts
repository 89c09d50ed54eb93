import { MockScenario, type MockScenarioInit, type ScenarioMode } from '../mocks/scenario.js';

/**
 * The mock backends' scenarios of the stories, each with the mode its story asked for. The
 * toolbar's "Mock backend" switch (`globals.mock`, .storybook/preview.ts) puts every one of them in
 * the mode it names, or back in its story's own mode. Only the next calls meet the new mode: what
 * a story already loaded stays.
 */
const scenarios: { scenario: MockScenario; own: ScenarioMode }[] = [];

/** A story's mock scenario, which the toolbar's mode switch reaches. */
export function storyScenario(init: MockScenarioInit = {}): MockScenario {
  const scenario = new MockScenario(init);
  scenarios.push({ scenario, own: scenario.mode });
  return scenario;
}

/** Every story's scenario in `mode`, or in its own mode when `mode` is none (the toolbar's "As the story sets"). */
export function applyMockMode(mode: ScenarioMode | undefined): void {
  for (const { scenario, own } of scenarios) scenario.mode = mode ?? own;
}

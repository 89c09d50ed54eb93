import { overMsw } from './rest-adapter-msw.js';
import { useContractSuite } from './rest-adapter-support.js';
import { retriesSuite } from './rest-suites/retries.js';

describe('createRestAdapter over MSW', () => {
  retriesSuite(useContractSuite(overMsw));
});

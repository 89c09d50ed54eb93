import { overMsw } from './rest-adapter-msw.js';
import { useContractSuite } from './rest-adapter-support.js';
import { customLinesSuite } from './rest-suites/custom-lines.js';

describe('createRestAdapter over MSW', () => {
  customLinesSuite(useContractSuite(overMsw));
});

import { overMsw } from './rest-adapter-msw.js';
import { useContractSuite } from './rest-adapter-support.js';
import { requestsSuite } from './rest-suites/requests.js';

describe('createRestAdapter over MSW', () => {
  requestsSuite(useContractSuite(overMsw));
});

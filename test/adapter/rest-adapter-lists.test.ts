import { overMsw } from './rest-adapter-msw.js';
import { useContractSuite } from './rest-adapter-support.js';
import { listsSuite } from './rest-suites/lists.js';

describe('createRestAdapter over MSW: lists and retries', () => {
  listsSuite(useContractSuite(overMsw));
});

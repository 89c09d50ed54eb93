import { overHttp } from './rest-adapter-http.js';
import { useContractSuite } from './rest-adapter-support.js';
import { listsSuite } from './rest-suites/lists.js';

describe('createRestAdapter over real HTTP: lists and retries', () => {
  listsSuite(useContractSuite(overHttp));
});

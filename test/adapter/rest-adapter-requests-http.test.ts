import { overHttp } from './rest-adapter-http.js';
import { useContractSuite } from './rest-adapter-support.js';
import { requestsSuite } from './rest-suites/requests.js';

describe('createRestAdapter over real HTTP', () => {
  requestsSuite(useContractSuite(overHttp));
});

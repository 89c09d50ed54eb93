import { overHttp } from './rest-adapter-http.js';
import { useContractSuite } from './rest-adapter-support.js';
import { retriesSuite } from './rest-suites/retries.js';

describe('createRestAdapter over real HTTP', () => {
  retriesSuite(useContractSuite(overHttp));
});

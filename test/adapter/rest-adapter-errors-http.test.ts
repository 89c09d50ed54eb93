import { overHttp } from './rest-adapter-http.js';
import { useContractSuite } from './rest-adapter-support.js';
import { errorsSuite } from './rest-suites/errors.js';

describe('createRestAdapter over real HTTP', () => {
  errorsSuite(useContractSuite(overHttp));
});

import { overHttp } from './rest-adapter-http.js';
import { useContractSuite } from './rest-adapter-support.js';
import { customLinesSuite } from './rest-suites/custom-lines.js';

describe('createRestAdapter over real HTTP', () => {
  customLinesSuite(useContractSuite(overHttp));
});

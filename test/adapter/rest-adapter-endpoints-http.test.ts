import { overHttp } from './rest-adapter-http.js';
import { useContractSuite } from './rest-adapter-support.js';
import { endpointsSuite } from './rest-suites/endpoints.js';

describe('createRestAdapter over real HTTP', () => {
  // Each operation of api/openapi.yaml is answered 2xx here: findOrder only in "idempotent submit".
  endpointsSuite(useContractSuite(overHttp, { everyOperation: true }));
});

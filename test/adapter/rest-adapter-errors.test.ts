import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { InvalidResponseError } from '../../src/adapter/errors.js';
import { overMsw } from './rest-adapter-msw.js';
import { rejection, useContractSuite } from './rest-adapter-support.js';
import { errorsSuite } from './rest-suites/errors.js';

describe('createRestAdapter over MSW', () => {
  const suite = useContractSuite(overMsw);
  const { mock } = suite.transport;
  errorsSuite(suite);

  describe('checks responses (answers only MSW can give)', () => {
    // Deliberately broken answers: through a plain adapter, outside the contract check.

    // The HTTP mock answers JSON only: an HTML page in place of the answer (a proxy's) needs MSW.
    it('refuses an answer that is not JSON, without retrying it', async () => {
      let requests = 0;
      mock.worker.use(
        http.get(`${mock.baseUrl}/sites`, () => {
          requests += 1;
          return new HttpResponse('<html>Welcome</html>', { headers: { 'Content-Type': 'text/html' } });
        }),
      );
      const error = await rejection(suite.plainAdapter().listSites());
      expect(error).to.be.instanceOf(InvalidResponseError);
      expect((error as Error).message).to.contain('not JSON');
      expect(requests).to.equal(1);
    });

    // The HTTP mock's 403 carries the problem it answers for an unavailable service: a bare 403 needs MSW.
    it('maps a status outside the contract (403) to InvalidResponseError, not retried', async () => {
      let requests = 0;
      mock.worker.use(
        http.get(`${mock.baseUrl}/sites`, () => {
          requests += 1;
          return new HttpResponse(null, { status: 403 });
        }),
      );
      const error = await rejection(suite.plainAdapter().listSites());
      expect(error).to.be.instanceOf(InvalidResponseError);
      expect((error as Error).message).to.contain('Sign in again');
      expect(requests).to.equal(1);
    });
  });
});

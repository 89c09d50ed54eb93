import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { InvalidResponseError, UnavailableError } from '../../src/adapter/errors.js';
import { MAX_REDIRECTS } from '../../src/adapter/redirects.js';
import { createRestAdapter } from '../../src/adapter/rest-adapter.js';
import type { CardDetails } from '../../src/model/types.js';
import { TEST_CARDS } from '../support/fixtures.js';
import { useMockBackend } from '../support/mock.js';

/** Another origin, as an attacker who rewrote an answer would name it. */
const FOREIGN = 'https://collector.attacker.example';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

const card: CardDetails = {
  number: TEST_CARDS.visa,
  securityCode: '123',
  expiryMonth: 12,
  expiryYear: 2099,
  nameOnCard: 'Ada Lovelace',
};

describe('createRestAdapter and redirects', () => {
  const mock = useMockBackend();
  /** Requests that reached the other origin, with their bodies. */
  let foreign: string[];
  const adapter = () => createRestAdapter({ baseUrl: mock.baseUrl, random: () => 0 });

  beforeEach(() => {
    foreign = [];
    mock.worker.use(
      http.all(`${FOREIGN}/*`, async ({ request }) => {
        foreign.push(`${request.method} ${request.url} ${await request.text()}`);
        return HttpResponse.json(
          { token: 'tok_stolen', brand: 'visa', last4: '1111', expiryMonth: 12, expiryYear: 2099 },
          { status: 201 },
        );
      }),
    );
  });

  /** The route answers 307 to `location`, counting the requests it receives. */
  function redirecting(method: 'get' | 'post', path: string, location: string): { count: number } {
    const seen = { count: 0 };
    mock.worker.use(
      http[method](`${mock.baseUrl}${path}`, () => {
        seen.count += 1;
        return new HttpResponse(null, { status: 307, headers: { Location: location } });
      }),
    );
    return seen;
  }

  it('never sends a card to another origin when the tokenizer answers 307 there', async () => {
    const seen = redirecting('post', '/sites/:siteId/card-tokens', `${FOREIGN}/steal`);
    const error = await rejection(adapter().tokenizeCard({ siteId: 'us', card }));
    expect(foreign).to.deep.equal([]);
    expect(seen.count).to.equal(1);
    expect(error).to.satisfy((e: unknown) => e instanceof UnavailableError || e instanceof InvalidResponseError);
    // Review of issue 9, item 4: not only "could not be reached", as other calls say "sent the request on".
    expect((error as Error).message).to.equal(
      'Could not add the card: the card service could not be reached, or sent the request elsewhere; nothing was sent on. Check the connection and try again.',
    );
    expect((error as Error).message).not.to.contain(TEST_CARDS.visa);
  });

  it('never sends a gift card code to another origin', async () => {
    redirecting('post', '/sites/:siteId/balances', `${FOREIGN}/steal`);
    const error = await rejection(adapter().checkBalance({ siteId: 'us', typeId: 'gift-card', code: 'GC-1000-0001' }));
    expect(foreign).to.deep.equal([]);
    expect(error).to.satisfy((e: unknown) => e instanceof UnavailableError || e instanceof InvalidResponseError);
    expect((error as Error).message).to.equal(
      'Could not check the balance: the card service could not be reached, or sent the request elsewhere; nothing was sent on. Check the connection and try again.',
    );
  });

  it('follows no redirect to another origin for any call, and says so', async () => {
    const seen = redirecting('get', '/sites', `${FOREIGN}/sites`);
    const error = await rejection(adapter().listSites());
    expect(foreign).to.deep.equal([]);
    expect(error).to.be.instanceOf(InvalidResponseError);
    expect((error as Error).message).to.equal(
      'Could not load the sites: the order service sent the request on to another address, which this page does not follow. ' +
        'If it keeps happening, ask an administrator.',
    );
    // Not retried: it would only be redirected again.
    expect(seen.count).to.equal(1);
  });

  it('makes at most the capped number of requests for a redirect loop', async () => {
    const seen = redirecting('get', '/sites', `${mock.baseUrl}/sites`);
    const error = await rejection(adapter().listSites());
    expect(error).to.be.instanceOf(InvalidResponseError);
    expect(seen.count).to.be.at.most(MAX_REDIRECTS + 1);
  });

  describe('with a fetch that shows redirects (a host on a server)', () => {
    /** A fetch answering 307 to `location` for `times` requests, then the mock's answer. */
    function showingRedirects(location: (url: string) => string, times = Infinity) {
      const urls: string[] = [];
      const fetcher: typeof fetch = (input, init) => {
        const url = String(input);
        urls.push(url);
        if (urls.length <= times)
          return Promise.resolve(new Response(null, { status: 307, headers: { Location: location(url) } }));
        return globalThis.fetch(input, init);
      };
      return { urls, adapter: createRestAdapter({ baseUrl: mock.baseUrl, random: () => 0, fetch: fetcher }) };
    }

    it('follows a same-origin redirect', async () => {
      const { urls, adapter: a } = showingRedirects(() => `${mock.baseUrl}/sites?moved=1`, 1);
      const sites = await a.listSites();
      expect(sites.map((s) => s.id)).to.include('us');
      expect(urls).to.have.length(2);
      expect(urls[1]).to.match(/\/api\/v1\/sites\?moved=1$/);
    });

    it(`stops a same-origin loop after ${MAX_REDIRECTS} redirects`, async () => {
      const { urls, adapter: a } = showingRedirects(() => `${mock.baseUrl}/sites`);
      expect(await rejection(a.listSites())).to.be.instanceOf(InvalidResponseError);
      expect(urls).to.have.length(MAX_REDIRECTS + 1);
    });

    it('does not follow one to another origin, nor any for card data', async () => {
      const away = showingRedirects(() => `${FOREIGN}/sites`);
      expect(await rejection(away.adapter.listSites())).to.be.instanceOf(InvalidResponseError);
      expect(away.urls).to.have.length(1);
      const cards = showingRedirects((url) => `${url}?again`);
      expect(await rejection(cards.adapter.tokenizeCard({ siteId: 'us', card }))).to.be.instanceOf(
        InvalidResponseError,
      );
      expect(cards.urls).to.have.length(1);
      expect(foreign).to.deep.equal([]);
    });
  });
});

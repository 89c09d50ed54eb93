import { expect, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { Site } from '../../../src/model/types.js';
import { SITES } from '../../support/fixtures.js';
import { expectSaidOnce, withText } from '../../support/live.js';
import { useMockBackend } from '../../support/mock.js';
import { $, liveRegion, text } from '../../support/dom.js';
import { renderBuilder } from '../../support/harness/offline-order-builder.js';
import { WAIT } from '../../support/wait.js';

describe('<offline-order-builder> loading the sites', () => {
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  describe('while the adapter retries', () => {
    it('says "Still trying… (attempt 2 of 4)", then shows the error once', async () => {
      // Every attempt fails; the first two wait until the test has looked.
      mock.scenario.failNext('listSites', 503, 4, { retryAfter: 0 });
      const first = mock.scenario.holdNext('listSites');
      const second = mock.scenario.holdNext('listSites');
      const el = await renderBuilder(mock.adapter);
      await waitUntil(() => text($(el, '[part="sites-loading"]')) === 'Loading sites…', 'no loading notice', WAIT);
      // Each message is in the page once, in the live region that was there before it.
      const region = expectSaidOnce('Loading sites…');
      first();

      const still = 'Still trying… (attempt 2 of 4)';
      await waitUntil(() => text($(el, '[part="sites-loading"]')) === still, 'the retry was not said', WAIT);
      expect(expectSaidOnce(still)).to.equal(region);
      expect(text(liveRegion(el))).to.equal('');
      await expect(el).to.be.accessible();
      const release = second;

      release();
      await waitUntil(() => $(el, '[part="sites-error"]'), 'no error shown', WAIT);
      const card = $(el, '[part="sites-error"]')!;
      expect(text(card.querySelector('.notice__title'))).to.equal('The sites could not be loaded.');
      // What failed is said once, by the title; the detail says why and what to do.
      expect(text(card.querySelector('.notice__text'))).to.equal(
        'The order service is unavailable. Try again in a moment.',
      );
      expect(text(card).match(/could not (be )?load/gi)).to.have.length(1);
      expect(expectSaidOnce('The sites could not be loaded.')).to.equal(region);
      expect(text(liveRegion(el))).to.equal('');
      expect(mock.backend.requestsFor('listSites')).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    it('says "Loading sites…" again on Retry, then the attempts of the new load', async () => {
      mock.scenario.failNext('listSites', 'network', 4);
      const el = await renderBuilder(mock.adapter);
      await waitUntil(() => $(el, '[part="sites-error"]'), 'no error shown', WAIT);
      expect(text($(el, '[part="sites-error"] .notice__text'))).to.equal(
        'The order service could not be reached. Check the connection and try again.',
      );

      const release = mock.scenario.holdNext('listSites');
      $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
      await waitUntil(
        () => text($(el, '[part="sites-loading"]')) === 'Loading sites…',
        'Retry did not start afresh',
        WAIT,
      );
      release();
      await waitUntil(() => $(el, '#site-picker-select'), 'the picker did not show', WAIT);
    });
  });

  describe('sites that cannot be used', () => {
    it('leaves out a site in an unknown currency and says "1 site could not be shown" in the picker', async () => {
      const sites = mock.backend.listSites();
      mock.worker.use(
        http.get(`${mock.baseUrl}/sites`, () =>
          HttpResponse.json({ items: [sites[0], { ...sites[1]!, currency: 'ZZZ' }, sites[2]] }),
        ),
      );
      const el = await renderBuilder(mock.adapter);
      await waitUntil(() => $(el, '#site-picker-select'), 'the picker did not show', WAIT);
      const select = $<HTMLSelectElement>(el, '#site-picker-select')!;
      expect([...select.options].map((o) => o.value)).to.deep.equal(['', sites[0]!.id, sites[2]!.id]);
      expect(text($(el, '[part="sites-skipped-note"]'))).to.equal('1 site could not be shown');
      expectSaidOnce('1 site could not be shown');
      await expect(el).to.be.accessible();
    });

    it('leaves out the sites of a host adapter whose locale or currency cannot be used, and opens the one left', async () => {
      const adapter: OrderAdapter = {
        ...mock.adapter,
        listSites: () =>
          Promise.resolve<Site[]>([
            { ...SITES.ca, locale: 'not a locale!!' },
            SITES.us,
            { ...SITES.wholesale, currency: 'ZZZ' },
          ]),
      };
      const el = await renderBuilder(adapter);
      await waitUntil(() => $(el, '[part="split-view"]'), 'the workspace did not open', WAIT);
      expect(el.siteId).to.equal('us');
      expect(text($(el, '[part="sites-skipped-note"]'))).to.equal('2 sites could not be shown');
      expectSaidOnce('2 sites could not be shown');
      await expect(el).to.be.accessible();
    });

    it('says how many were left out in the live region that said "Loading sites…", once', async () => {
      let answer!: (sites: Site[]) => void;
      const adapter: OrderAdapter = {
        ...mock.adapter,
        listSites: () => new Promise<Site[]>((resolve) => (answer = resolve)),
      };
      const el = await renderBuilder(adapter);
      await waitUntil(() => $(el, '[part="sites-loading"]'), 'no loading notice', WAIT);
      const region = expectSaidOnce('Loading sites…');

      answer([SITES.us, { ...SITES.ca, currency: 'ZZZ' }, { ...SITES.wholesale, locale: 'not a locale!!' }]);
      await waitUntil(() => $(el, '[part="split-view"]'), 'the workspace did not open', WAIT);
      expect(expectSaidOnce('2 sites could not be shown')).to.equal(region);
      expect(withText('Loading sites…')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('says how many could not be shown when none is left', async () => {
      const adapter: OrderAdapter = {
        ...mock.adapter,
        listSites: () => Promise.resolve<Site[]>([{ ...SITES.us, currency: 'ZZZ' }]),
      };
      const el = await renderBuilder(adapter);
      await waitUntil(() => withText('1 site could not be shown').length, 'not shown', WAIT);
      expect(text($(el, '.notice__title'))).to.equal('1 site could not be shown');
      expectSaidOnce('1 site could not be shown');
      expect($(el, 'select')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});

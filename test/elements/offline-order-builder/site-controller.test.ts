import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { OnDemand } from '../../../src/controllers/on-demand.js';
import type { SiteChangeEvent } from '../../../src/events/site-change.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { DraftController } from '../../../src/elements/offline-order-builder/draft-controller.js';
import { loadDraftModule } from '../../../src/elements/offline-order-builder/on-demand-modules.js';
import { SiteController } from '../../../src/elements/offline-order-builder/site-controller.js';
import { useMockBackend } from '../../support/mock.js';
import { record, WAIT } from '../../support/wait.js';

/** A host with the site controller and a draft: the new order is the test's record of what it was asked. */
class SiteHost extends LitElement {
  static override properties = { siteId: { attribute: 'site-id', reflect: true } };
  adapter: OrderAdapter | undefined;
  siteId: string | null = null;
  began: OrderDraft[] = [];
  headingFocused = 0;
  drafts = new DraftController(this, () => null);
  sites = new SiteController(this, {
    drafts: this.drafts,
    repricing: { shippingName: () => '' },
    newOrder: {
      submitted: false,
      begin: (draft) => void this.began.push(draft),
      resume: () => undefined,
      focusHeading: () => void this.headingFocused++,
    },
    recentOrders: { orders: [] },
    notices: new OnDemand(this, loadDraftModule),
    confirm: () => true,
  });

  /** As the builder does: the site `site-id` names is chosen. */
  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('siteId')) this.sites.siteIdChanged();
  }

  override render() {
    const { site, sites } = this.sites;
    let body: unknown = nothing;
    if (sites.length) body = site ? this.sites.renderSite(site) : this.sites.renderPicker();
    return html`${this.sites.renderStatus()}${body}`;
  }

  $<E extends Element>(selector: string): E | null {
    return this.renderRoot.querySelector<E>(selector);
  }
}
customElements.define('site-controller-host', SiteHost);

async function host(adapter: OrderAdapter, siteId?: string): Promise<SiteHost> {
  const el = await fixture<SiteHost>(html`<site-controller-host site-id=${siteId ?? nothing}></site-controller-host>`);
  el.adapter = adapter;
  el.requestUpdate();
  return el;
}

describe('SiteController', () => {
  afterEach(() => sessionStorage.clear());

  describe('with one site', () => {
    const mock = useMockBackend({ backend: { seed: { siteIds: ['us'] } } });

    it('chooses it at once: no picker, `site-id` set, the draft for it, no site-change', async () => {
      const el = await host(mock.adapter);
      const changes = record<SiteChangeEvent>(el, 'site-change');
      await waitUntil(() => el.sites.site, 'no site chosen', WAIT);
      await el.updateComplete;
      expect(el.sites.site!.id).to.equal('us');
      expect(el.getAttribute('site-id')).to.equal('us');
      expect(el.drafts.draft.siteId).to.equal('us');
      expect(el.$('#site-picker-select')).to.equal(null);
      expect(el.$('[part~="site-name"]')).to.not.equal(null);
      expect(changes).to.have.length(0);
    });
  });

  describe('with several sites', () => {
    const mock = useMockBackend();

    it('waits for a choice; `site-id` chooses one, as the host’s choice (no site-change)', async () => {
      const el = await host(mock.adapter);
      const changes = record<SiteChangeEvent>(el, 'site-change');
      await waitUntil(() => el.$('#site-picker-select'), 'no site picker', WAIT);
      expect(el.sites.site).to.equal(undefined);
      expect(el.siteId).to.equal(null);

      el.setAttribute('site-id', 'ca');
      await el.updateComplete;
      expect(el.sites.site!.id).to.equal('ca');
      expect(el.drafts.draft.siteId).to.equal('ca');
      expect(el.$('#site-picker-select')).to.equal(null);
      expect(changes).to.have.length(0);
    });

    it('a `site-id` given before the sites load is chosen once they are in', async () => {
      const el = await host(mock.adapter, 'wholesale');
      await waitUntil(() => el.sites.site, 'no site chosen', WAIT);
      expect(el.sites.site!.id).to.equal('wholesale');
      expect(el.drafts.draft.siteId).to.equal('wholesale');
    });

    it('the agent’s choice: one site at a time, site-change with the previous one, focus on the new order', async () => {
      const el = await host(mock.adapter);
      const changes = record<SiteChangeEvent>(el, 'site-change');
      await waitUntil(() => el.$('#site-picker-select'), 'no site picker', WAIT);
      const picker = el.$<HTMLSelectElement>('#site-picker-select')!;

      // "Continue" without a site says so.
      el.$<HTMLFormElement>('form')!.requestSubmit();
      await el.updateComplete;
      expect(el.$('#site-picker-error')).to.not.equal(null);
      expect(el.sites.site).to.equal(undefined);

      picker.value = 'us';
      el.$<HTMLFormElement>('form')!.requestSubmit();
      await el.updateComplete;
      expect(el.sites.site!.id).to.equal('us');
      expect(el.siteId).to.equal('us');
      expect(el.headingFocused).to.equal(1);
      expect(changes.map(({ site, previousSite }) => [site.id, previousSite])).to.deep.equal([['us', null]]);

      // The header's picker: another site replaces the first (confirmed: nothing to clear).
      const header = el.$<HTMLSelectElement>('#site-select')!;
      header.value = 'ca';
      header.dispatchEvent(new Event('change'));
      await waitUntil(() => el.sites.site?.id === 'ca', 'the header did not change the site', WAIT);
      expect(el.siteId).to.equal('ca');
      expect(el.drafts.draft.siteId).to.equal('ca');
      expect(changes.map(({ site, previousSite }) => [site.id, previousSite?.id])).to.deep.equal([
        ['us', undefined],
        ['ca', 'us'],
      ]);
    });
  });
});

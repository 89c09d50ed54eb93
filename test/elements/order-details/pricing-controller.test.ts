import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { PricingController } from '../../../src/elements/shared/pricing-controller.js';
import { addCoupon, addPayment, createDraft, setCustomer, setLineQuantity } from '../../../src/model/draft.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { buildDraft, SITES } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { WAIT } from '../../support/wait.js';

/** A bare host: the controller prices whatever draft it is given. */
class PricingHost extends LitElement {
  adapter: OrderAdapter | undefined;
  draft: OrderDraft = createDraft();
  pricing = new PricingController(this, { adapter: () => this.adapter, draft: () => this.draft, debounceMs: 0 });

  set(draft: OrderDraft): Promise<boolean> {
    this.draft = draft;
    this.requestUpdate();
    return this.updateComplete;
  }
}
customElements.define('pricing-host', PricingHost);

describe('PricingController', () => {
  const mock = useMockBackend();

  async function host(adapter: OrderAdapter = mock.adapter): Promise<PricingHost> {
    const el = await fixture<PricingHost>(html`<pricing-host></pricing-host>`);
    el.adapter = adapter;
    return el;
  }

  it('stays idle without a site, a line or an adapter, and asks nothing', async () => {
    const el = await host();
    await el.set(createDraft({ site: SITES.us }));
    expect(el.pricing.status).to.equal('idle');
    el.adapter = undefined;
    await el.set(buildDraft(mock.backend));
    expect(el.pricing.status).to.equal('idle');
    expect(mock.backend.requestsFor('priceOrder')).to.have.length(0);
  });

  it('prices the draft: pending, then ready with the adapter’s answer', async () => {
    const el = await host();
    const draft = buildDraft(mock.backend);
    await el.set(draft);
    expect(el.pricing.status).to.equal('pending');
    await el.pricing.settled;
    expect(el.pricing.status).to.equal('ready');
    expect(el.pricing.pricing).to.deep.equal(mock.backend.priceOrder('us', draft));
    expect(el.pricing.change).to.equal(null);
  });

  it('asks once for edits made within the debounce, and not again for edits that cannot move a price', async () => {
    const el = await fixture<PricingHost>(html`<pricing-host></pricing-host>`);
    el.pricing = new PricingController(el, { adapter: () => mock.adapter, draft: () => el.draft, debounceMs: 50 });
    const draft = buildDraft(mock.backend);
    await el.set(draft);
    await el.set(setLineQuantity(draft, draft.lines[0]!.id, 2));
    await el.set(setLineQuantity(draft, draft.lines[0]!.id, 3));
    await el.pricing.settled;
    expect(mock.backend.requestsFor('priceOrder')).to.have.length(1);
    const priced = el.draft;
    await el.set({ ...priced, updatedAt: new Date(0).toISOString() });
    await el.set(
      addPayment(priced, {
        typeId: 'check',
        kind: 'check',
        amount: { amount: 100, currency: 'USD' },
        reference: '1001',
      }),
    );
    expect(el.pricing.status).to.equal('ready');
    expect(mock.backend.requestsFor('priceOrder')).to.have.length(1);
  });

  it('never lets an older answer replace a newer one, even when it arrives last', async () => {
    // An adapter that ignores the abort signal, so that the older answer really arrives.
    const answers: Promise<unknown>[] = [];
    const deaf: OrderAdapter = {
      ...mock.adapter,
      priceOrder: (request) => {
        const answer = mock.adapter.priceOrder(request);
        answers.push(answer);
        return answer;
      },
    };
    const el = await host(deaf);
    const release = mock.scenario.holdNext('priceOrder');
    const older = buildDraft(mock.backend);
    await el.set(older);
    await waitUntil(() => mock.backend.requestsFor('priceOrder').length === 1, 'the first request was not sent', WAIT);
    const newer = addCoupon(older, 'SAVE10');
    await el.set(newer);
    await el.pricing.settled;
    expect(el.pricing.pricing?.total).to.deep.equal(mock.backend.priceOrder('us', newer).total);

    release();
    // The older answer arrives now; the controller saw it before this test does.
    const late = (await answers[0]) as { total: unknown };
    expect(late.total).to.deep.equal(mock.backend.priceOrder('us', older).total);
    await el.updateComplete;
    expect(el.pricing.status).to.equal('ready');
    expect(el.pricing.pricing?.total).to.deep.equal(mock.backend.priceOrder('us', newer).total);
  });

  it('aborts the request of a draft that changed', async () => {
    const signals: AbortSignal[] = [];
    const spy: OrderAdapter = {
      ...mock.adapter,
      priceOrder: (request, init) => {
        signals.push(init!.signal!);
        return mock.adapter.priceOrder(request, init);
      },
    };
    const el = await host(spy);
    const release = mock.scenario.holdNext('priceOrder');
    const draft = buildDraft(mock.backend);
    await el.set(draft);
    await waitUntil(() => signals.length === 1, 'no request', WAIT);
    await el.set(addCoupon(draft, 'SAVE10'));
    await el.pricing.settled;
    expect(signals.map((s) => s.aborted)).to.deep.equal([true, false]);
    release();
  });

  it('reports an error for the current draft, and refresh() asks again', async () => {
    mock.scenario.failNext('priceOrder', 422);
    const el = await host();
    await el.set(buildDraft(mock.backend));
    await el.pricing.settled;
    expect(el.pricing.status).to.equal('error');
    expect((el.pricing.error as Error).message)
      .to.be.a('string')
      .and.not.equal('');
    await el.pricing.refresh();
    expect(el.pricing.status).to.equal('ready');
  });

  it('explains a change of the total by the edit that caused it', async () => {
    const el = await host();
    const draft = buildDraft(mock.backend);
    await el.set(draft);
    await el.pricing.settled;
    // Frederick ships to Toronto: Canadian tax instead of Texan.
    await el.set(setCustomer(draft, mock.backend.findCustomer('frederick')!));
    await el.pricing.settled;
    const change = el.pricing.change!;
    const tax = change.deltas.find((d) => d.component === 'tax')!;
    expect(tax.causes).to.deep.equal(['shipping-address']);
    expect(tax.amount.amount).to.be.greaterThan(0);
    expect(change.total.amount).to.equal(
      mock.backend.priceOrder('us', el.draft).total.amount - mock.backend.priceOrder('us', draft).total.amount,
    );
  });
});

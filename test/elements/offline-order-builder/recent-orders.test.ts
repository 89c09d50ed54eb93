import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { TaskStatus } from '@lit/task';
import { LitElement } from 'lit';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { createDraft } from '../../../src/model/draft.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { RecentOrdersController } from '../../../src/elements/offline-order-builder/recent-orders.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { WAIT } from '../../support/wait.js';

/** A host with nothing but the controller: the draft and the adapter are the test's. */
class RecentOrdersHost extends LitElement {
  adapter: OrderAdapter | undefined;
  draft: OrderDraft = createDraft();
  finished = false;
  recent = new RecentOrdersController(this, {
    adapter: () => this.adapter,
    draft: () => this.draft,
    finished: () => this.finished,
  });

  /** Takes `draft` as the builder would: the controller reads it at the next update. */
  async show(draft: OrderDraft): Promise<void> {
    this.draft = draft;
    this.requestUpdate();
    await this.updateComplete;
  }
}
customElements.define('recent-orders-controller-host', RecentOrdersHost);

describe('RecentOrdersController', () => {
  const mock = useMockBackend();
  /** The signal of each `listOrders` call, oldest first. */
  let signals: AbortSignal[];
  let releases: (() => void)[];
  /** How many `listOrders` calls have settled (answered, failed or aborted). */
  let settled: number;

  beforeEach(() => {
    settled = 0;
    signals = [];
    releases = [];
  });
  afterEach(() => releases.forEach((release) => release()));

  /** The mock's adapter, with the signal of each `listOrders` call kept, and their settling counted. */
  function watchedAdapter(): OrderAdapter {
    const adapter = mock.adapter;
    return {
      ...adapter,
      listOrders: (query, init) => {
        if (init?.signal) signals.push(init.signal);
        const call = adapter.listOrders(query, init);
        void call.finally(() => settled++).catch(() => undefined);
        return call;
      },
    };
  }

  async function host(): Promise<RecentOrdersHost> {
    const el = await fixture<RecentOrdersHost>(html`<recent-orders-controller-host></recent-orders-controller-host>`);
    el.adapter = watchedAdapter();
    return el;
  }

  const requests = () => mock.backend.requestsFor('listOrders');
  const ada = () => buildDraft(mock.backend, { customerId: 'ada' });
  const adasOrders = (el: RecentOrdersHost) => el.recent.orders.length > 0;

  it('asks once the draft has a customer, after the debounce, and not for each item added', async () => {
    const el = await host();
    await el.show(buildDraft(mock.backend, { customerId: null }));
    await el.show(buildDraft(mock.backend, { lines: [] }));
    await waitUntil(() => el.recent.latest.status === TaskStatus.COMPLETE, 'Ada’s orders did not load', WAIT);
    // Her latest orders, one read for her card and the duplicate warning (which counts the 24 hours itself).
    expect(requests()).to.have.length(1);
    expect(requests()[0]!.url)
      .to.match(/customerId=ada/)
      .and.to.match(/[?&]limit=20(&|$)/)
      .and.not.to.match(/[?&]since=/);
    // No item yet: nothing to warn about.
    expect(el.recent.orders).to.deep.equal([]);

    await el.show(ada());
    expect(adasOrders(el)).to.equal(true);

    await el.show(
      buildDraft(mock.backend, {
        customerId: 'ada',
        lines: [{ productId: 'canvas-tote' }, { productId: 'canvas-tote', quantity: 2 }],
      }),
    );
    // Asked again, the orders would be gone until the answer: they stay.
    expect(el.recent.orders).to.not.be.empty;
    expect(requests()).to.have.length(1);
  });

  it('reads her latest orders, older than 24 hours too (her card shows them; the warning looks at the last 24 hours)', async () => {
    const el = await host();
    await el.show(ada());
    await waitUntil(() => adasOrders(el), 'Ada’s recent orders did not load', WAIT);
    const since = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString();
    const recent = mock.backend.listOrders('us', { customerId: 'ada', since }).items.map((o) => o.number);
    const latest = mock.backend.listOrders('us', { customerId: 'ada', limit: 20 }).items.map((o) => o.number);
    expect(latest.length).to.be.greaterThan(recent.length);
    expect(el.recent.latest.value!.map((o) => o.number)).to.deep.equal(latest);
    expect(el.recent.orders.map((o) => o.number)).to.deep.equal(latest);
  });

  it('asks nothing once the order is submitted', async () => {
    const el = await host();
    el.finished = true;
    await el.show(ada());
    el.finished = false;
    await el.show(ada());
    await waitUntil(() => adasOrders(el), 'Ada’s recent orders did not load', WAIT);
    expect(requests()).to.have.length(1);
  });

  it('a newer customer aborts the older call: in its debounce, or once sent', async () => {
    const el = await host();
    // Within the debounce: Alan's call never leaves.
    await el.show(buildDraft(mock.backend, { customerId: 'alan' }));
    await el.show(ada());
    await waitUntil(() => adasOrders(el), 'Ada’s recent orders did not load', WAIT);
    expect(requests().map((request) => request.url.includes('customerId=ada'))).to.deep.equal([true]);

    // Sent (and held): Katherine's request is aborted when Alan is chosen.
    releases.push(mock.scenario.holdNext('listOrders'));
    await el.show(buildDraft(mock.backend, { customerId: 'katherine' }));
    await waitUntil(() => requests().length === 2, 'Katherine’s orders were not asked for', WAIT);
    await el.show(buildDraft(mock.backend, { customerId: 'alan' }));
    await waitUntil(() => requests().length === 3, 'Alan’s orders were not asked for', WAIT);
    expect(signals[1]!.aborted).to.equal(true);
    expect(signals[2]!.aborted).to.equal(false);
  });

  it('a disconnect aborts the call in flight; connected again, the host asks again', async () => {
    const el = await host();
    releases.push(mock.scenario.holdNext('listOrders'));
    await el.show(ada());
    await waitUntil(() => requests().length === 1, 'Ada’s orders were not asked for', WAIT);
    const parent = el.parentElement!;
    el.remove();
    expect(signals[0]!.aborted).to.equal(true);
    // The aborted call settles while the host is out of the page (which updates it: nothing is asked).
    await waitUntil(() => settled === 1, 'the aborted call did not settle', WAIT);
    await el.updateComplete;
    expect(el.recent.orders).to.deep.equal([]);

    parent.append(el);
    await waitUntil(() => adasOrders(el), 'Ada’s recent orders were not asked for again', WAIT);
    expect(requests()).to.have.length(2);
    expect(signals[1]!.aborted).to.equal(false);
  });
});

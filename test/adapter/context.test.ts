import { ContextProvider, createContext } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import type { CustomerSearch } from '../../src/elements/customer-search/customer-search.js';
import type { Site } from '../../src/model/types.js';
import { useMockBackend } from '../support/mock.js';
import { SITES } from '../support/fixtures.js';
import { text } from '../support/dom.js';
import { options, search } from '../support/harness/customer-search.js';

/**
 * A host's own page, with its own copy of @lit/context objects made from the documented keys (as a
 * second copy of this package, or a host that provides without importing ours, would have).
 */
class HostShell extends ReactiveElement {
  adapter = new ContextProvider(this, {
    context: createContext<OrderAdapter | undefined>(Symbol.for('offline-orders/adapter')),
  });
  site = new ContextProvider(this, { context: createContext<Site | undefined>(Symbol.for('offline-orders/site')) });
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
customElements.define('test-host-shell', HostShell);

describe('context keys', () => {
  const mock = useMockBackend();

  it('reach <customer-search> from a provider keyed Symbol.for("offline-orders/adapter") and "…/site"', async () => {
    const shell = await fixture<HostShell>(
      html`<test-host-shell><customer-search></customer-search></test-host-shell>`,
    );
    shell.adapter.setValue(mock.adapter);
    shell.site.setValue(SITES.us);
    const el = shell.querySelector<CustomerSearch>('customer-search')!;
    await el.updateComplete;
    await search(el, 'Ada');
    expect(
      options(el)
        .map((o) => text(o))
        .some((t) => t.startsWith('Ada Lovelace')),
    ).to.equal(true);
    expect(mock.backend.requestsFor('searchCustomers')).to.have.length(1);
  });
});

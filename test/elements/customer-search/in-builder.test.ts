import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import type { CustomerChangeEvent } from '../../../src/events/customer-change.js';
import { useMockBackend } from '../../support/mock.js';
import { $, getButton, press, text } from '../../support/dom.js';
import { input, options, search } from '../../support/harness/customer-search.js';
import { WAIT } from '../../support/wait.js';
import { renderBuilder } from '../../support/harness/offline-order-builder.js';

describe('<customer-search> in <offline-order-builder>', () => {
  const mock = useMockBackend();

  async function renderSearchInBuilder(siteId = 'us'): Promise<{ builder: OfflineOrderBuilder; el: CustomerSearch }> {
    const builder = await renderBuilder(mock.adapter, { siteId });
    await waitUntil(() => $(builder, 'customer-search'), 'no <customer-search> in the builder', WAIT);
    const el = $<CustomerSearch>(builder, 'customer-search')!;
    await el.updateComplete;
    return { builder, el };
  }

  it('gets the adapter and the site from the builder, and puts the chosen customer on the draft', async () => {
    const { builder, el } = await renderSearchInBuilder('ca');
    expect(el.adapter).to.equal(mock.adapter);
    expect(el.currentSite?.id).to.equal('ca');
    await search(el, 'ada lovelace');
    expect(mock.backend.requestsFor('searchCustomers')[0]!.url).to.match(/\/sites\/ca\/customers\?q=ada/);
    const changed = oneEvent<CustomerChangeEvent>(builder, 'customer-change');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await changed;
    expect(builder.draft.customer?.id).to.equal('ada');
    await el.updateComplete;
    expect(text($(el, '[part~="customer-name"]'))).to.contain('Ada Lovelace');
    await expect(builder).to.be.accessible();
  });

  it('shows the draft’s customer, and "Change customer" takes them off the draft', async () => {
    const { builder, el } = await renderSearchInBuilder();
    await search(el, 'katherine');
    options(el)[0]!.click();
    await waitUntil(() => builder.draft.customer?.id === 'katherine', 'the draft has no customer', WAIT);
    press(getButton(el.shadowRoot!, 'Change customer'));
    await waitUntil(() => builder.draft.customer === null, 'the customer stayed on the draft', WAIT);
    await el.updateComplete;
    expect(input(el).value).to.equal('');
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { buildDraft, CUSTOMERS } from '../../support/fixtures.js';
import { $, button, deepActiveElement, describeElement, focusName, text } from '../../support/dom.js';
import { options, search } from '../../support/harness/customer-search.js';
import { tab, withDraft, workspace } from '../../support/harness/offline-order-builder.js';
import { useMockBackend } from '../../support/mock.js';
import { WAIT } from '../../support/wait.js';

/** Waits until focus is on `node`. */
function focusOn(node: Element | null, what: string): Promise<void> {
  return waitUntil(() => focusName() === describeElement(node), `focus is not on ${what}`, WAIT);
}

/** Chooses the first customer found for `query` with the keyboard, in the builder's Customer Search. */
async function chooseCustomer(
  el: OfflineOrderBuilder,
  customer: { id: string; name: string },
): Promise<CustomerSearch> {
  const { name } = customer;
  const customers = $<CustomerSearch>(el, 'customer-search')!;
  await search(customers, name, { keyboard: true });
  const index = options(customers).findIndex((option) => text(option).includes(name));
  for (let i = 0; i <= index; i++) await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.draft.customer?.id === customer.id, `${name} was not chosen`, WAIT);
  return customers;
}

describe('<offline-order-builder> focus on the next step', () => {
  const mock = useMockBackend();

  // No draft kept from another test.
  beforeEach(() => sessionStorage.clear());

  it('goes from a customer chosen to "Edit Details"', async () => {
    const el = await workspace(mock);
    await chooseCustomer(el, CUSTOMERS.ada);
    await focusOn(button(el, 'Edit Details'), '"Edit Details"');
    await expect(el).to.be.accessible();
  });

  it('stays at the customer when the customer lacks something for the order', async () => {
    const el = await workspace(mock);
    const customers = await chooseCustomer(el, CUSTOMERS.alan);
    // What the search focuses once the customer shows; never "Edit Details" nor the page.
    await customers.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(focusName()).to.not.equal(describeElement(button(el, 'Edit Details')));
    expect(el.shadowRoot!.activeElement).to.equal(customers);
  });

  it('goes from the Order Details saved (Ctrl+Enter) to the Payments tab, shown', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend));
    const edit = button(el, 'Edit Details')!;
    edit.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
    await waitUntil(() => dialog.open, 'Order Details did not open', WAIT);
    await sendKeys({ press: 'Control+Enter' });
    await waitUntil(() => !dialog.open, 'Ctrl+Enter did not save the details', WAIT);
    const payments = tab(el, 'Payments');
    await focusOn(payments, 'the Payments tab');
    expect(payments.getAttribute('aria-selected')).to.equal('true');
    expect($(el, '#panel-payments')!.hidden).to.equal(false);
    expect(deepActiveElement()).to.not.equal(document.body);
    await expect(el).to.be.accessible();
  });
});

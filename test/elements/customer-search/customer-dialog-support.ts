/**
 * What the `<customer-search>` dialogs' test files share (customer-dialog-*.test.ts): each suite's
 * setup, and opening, filling and saving the Create Customer and Edit Address dialogs. Rendering the
 * search and finding its dialogs is test/support/harness/customer-search.ts.
 */
import { waitUntil } from '@open-wc/testing';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import { fill, getButton, press } from '../../support/dom.js';
import { field, openDialog, untilDialog } from '../../support/harness/customer-search.js';
import { type MockHandle, useMockBackend } from '../../support/mock.js';
import { WAIT } from '../../support/wait.js';

/**
 * Each file's setup: the mock backend, and a longer timeout. Each test opens a dialog or two and
 * fills a form: under load that can take longer than the default 10 s.
 */
export function useDialogsSuite(suite: Mocha.Suite): MockHandle {
  suite.timeout(30_000);
  return useMockBackend();
}

/** Presses "Create New Customer" and waits for its dialog. */
export async function openCreate(el: CustomerSearch): Promise<HTMLDialogElement> {
  press(getButton(el.shadowRoot!, 'Create New Customer'));
  return untilDialog(el, 'Create Customer');
}

/** Opens "Edit Address" from `trigger` ("Add Address" or an address's "Edit"). */
export async function openAddress(el: CustomerSearch, trigger: HTMLButtonElement): Promise<HTMLDialogElement> {
  press(trigger);
  return untilDialog(el, 'Edit Address');
}

/** A valid US address, by the labels of its fields. */
export const ADDRESS = {
  Name: 'Mary Jackson',
  'Address line 1': '12 Analytical Way',
  City: 'Austin',
  'State/Province': 'TX',
  'Postal code': '78701',
};

/**
 * Opens the address dialog from `trigger` and fills it with a valid US address (then `overrides`);
 * the caller saves it.
 */
export async function addAddress(
  el: CustomerSearch,
  overrides: Record<string, string> = {},
  trigger = getButton(openDialog(el, 'Create Customer')!, 'Add Address'),
): Promise<HTMLDialogElement> {
  const dialog = await openAddress(el, trigger);
  for (const [label, value] of Object.entries({ ...ADDRESS, ...overrides })) await fill(field(dialog, label), value);
  return dialog;
}

/** Presses the dialog's "Save" and lets the search render. */
export async function save(dialog: HTMLDialogElement, el: CustomerSearch): Promise<void> {
  press(getButton(dialog, 'Save'));
  await el.updateComplete;
  await el.updateComplete;
}

/** A Create Customer dialog filled with a valid customer with one address (default billing and shipping). */
export async function validCustomer(
  el: CustomerSearch,
  values: Record<string, string> = {},
): Promise<HTMLDialogElement> {
  const dialog = await openCreate(el);
  const all = {
    'First name': 'Mary',
    'Last name': 'Jackson',
    Email: 'mary.jackson@example.com',
    Mobile: '(757) 555-0199',
    ...values,
  };
  for (const [label, value] of Object.entries(all)) await fill(field(dialog, label), value);
  const address = await addAddress(el);
  await save(address, el);
  await waitUntil(() => !address.open, 'the address was not saved', WAIT);
  return dialog;
}

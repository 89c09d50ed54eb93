/**
 * The fault matrix's steps in `<customer-search>`: the search, and saving a customer from the
 * "Create Customer" and "Edit Customer" dialogs. Each renders the element as a host does (the site
 * given) and drives it as an agent: typing in the combobox, filling a dialog, pressing Save.
 */
import { waitUntil } from '@open-wc/testing';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import type { Customer } from '../../../src/model/types.js';
import { $, fill, getButton, press, text } from '../../support/dom.js';
import { SITES } from '../../support/fixtures.js';
import {
  enterQuery,
  field,
  openDialog,
  options,
  renderSearch,
  untilDialog,
} from '../../support/harness/customer-search.js';
import { deepAll, failureIn, type MatrixEnv, type MatrixStep, type StepContext } from './matrix.js';

const WAIT = { timeout: 8000 };

/** The query the agent types: Ada Lovelace's surname. */
const QUERY = 'lovelace';

/** A customer the Create Customer dialog is filled with: valid, one address for billing and shipping. */
const NEW_CUSTOMER = {
  'First name': 'Mary',
  'Last name': 'Jackson',
  Email: 'mary.jackson@example.com',
  Mobile: '(757) 555-0199',
};

const NEW_ADDRESS = {
  Name: 'Mary Jackson',
  'Address line 1': '12 Analytical Way',
  City: 'Austin',
  'State/Province': 'TX',
  'Postal code': '78701',
};

/** A step's context: the element, and what the dialog's fields hold last (by label): what the saved customer must have. */
interface CustomerContext extends StepContext {
  root: CustomerSearch;
  typed: Record<string, string>;
}

const searchOf = (context: StepContext) => context.root as CustomerSearch;
/** What the agent typed last in the field labelled `label`. */
const typedIn = (context: StepContext, label: string) => (context as CustomerContext).typed[label]!;

/**
 * The element as a host renders it alone (the adapter, the US Store, and for an edit the chosen
 * customer), once the page is idle: the dialogs' code, which loads then, has rendered its (closed)
 * dialogs, so that the controls under the element are the same before and after the fault.
 */
async function render(env: MatrixEnv, customer: Customer | null = null): Promise<CustomerSearch> {
  const el = await renderSearch({ adapter: env.adapter(), site: SITES.us, customer });
  await waitUntil(() => $(el, 'dialog'), "the dialogs' code did not load", WAIT);
  return el;
}

/** What the status under the combobox says once the search has settled (not "Searching…"). */
async function searchStatus(el: CustomerSearch): Promise<string> {
  const read = () => text($(el, '[part~="status"]'));
  await waitUntil(
    () => read() && !/Searching|Loading/.test(read()),
    `the search did not settle (status: "${read()}")`,
    WAIT,
  );
  return read();
}

/** The open customer dialog ("Create Customer" or "Edit Customer"). */
function customerDialog(el: CustomerSearch): HTMLDialogElement {
  const dialog = openDialog(el, 'Create Customer') ?? openDialog(el, 'Edit Customer');
  if (!dialog) throw new Error('the customer dialog is not open');
  return dialog;
}

/** Presses the open customer dialog's Save: the save starts; its answer is not awaited. */
function pressSave(el: CustomerSearch): void {
  press(getButton(customerDialog(el), 'Save'));
}

/**
 * After a failed save, with the fault removed: the dialog's Retry; for a refusal naming a field
 * (no Retry then), the agent changes that field and saves again. A create whose answer was lost
 * meets its own email on the retry: the customer it made is offered, and the agent takes it.
 */
async function retrySave(context: StepContext, label: string, value: string): Promise<void> {
  const el = searchOf(context);
  const dialog = customerDialog(el);
  const retry = dialog.querySelector<HTMLButtonElement>('[part~="retry-button"]');
  if (retry) press(retry);
  else {
    const named = field(dialog, label);
    if (named.getAttribute('aria-invalid') !== 'true') throw new Error(`the refusal was not shown at "${label}"`);
    await fill(named, value);
    (context as CustomerContext).typed[label] = value;
    pressSave(el);
  }
  await waitUntil(
    () => !dialog.open || dialog.querySelector('[part~="use-created-button"]'),
    `the save did not go through (shown: ${text(dialog.querySelector('[part~="dialog-error"]'))})`,
    WAIT,
  );
  const useCreated = dialog.querySelector<HTMLButtonElement>('[part~="use-created-button"]');
  if (useCreated) press(useCreated);
}

/** Waits until the element shows `name` as the chosen customer. */
async function untilChosen(el: CustomerSearch, name: string): Promise<void> {
  await waitUntil(() => text($(el, '[part~="customer-name"]')).startsWith(name), `${name} was not chosen`, WAIT);
}

export function customerSteps(env: MatrixEnv): MatrixStep[] {
  return [
    {
      call: 'customer search',
      operationId: 'searchCustomers',
      fieldPath: 'q',
      names: /customers?/i,
      async setup() {
        const el = await render(env);
        return { root: el, state: () => el.customer };
      },
      async act(context) {
        enterQuery(searchOf(context), QUERY);
      },
      message: (context) => searchStatus(searchOf(context)),
      async retry(context) {
        const el = searchOf(context);
        const retry = $<HTMLButtonElement>(el, '[part~="retry-button"]');
        // Retry where the status offers it; a search that answered (some customers left out) is typed again.
        if (retry) press(retry);
        else enterQuery(el, QUERY);
      },
      async succeeded(context) {
        const el = searchOf(context);
        await waitUntil(
          () => options(el).some((option) => text(option).startsWith('Ada Lovelace')),
          `Ada Lovelace was not found (status: "${text($(el, '[part~="status"]'))}")`,
          WAIT,
        );
      },
    },
    {
      call: 'create customer',
      operationId: 'createCustomer',
      fieldPath: 'email',
      names: /customer/i,
      async setup() {
        const el = await render(env);
        press(getButton(el.shadowRoot!, 'Create New Customer'));
        const dialog = await untilDialog(el, 'Create Customer');
        for (const [label, value] of Object.entries(NEW_CUSTOMER)) await fill(field(dialog, label), value);
        press(getButton(dialog, 'Add Address'));
        const address = await untilDialog(el, 'Edit Address');
        for (const [label, value] of Object.entries(NEW_ADDRESS)) await fill(field(address, label), value);
        press(getButton(address, 'Save'));
        await waitUntil(() => !address.open, 'the address was not saved', WAIT);
        const context: CustomerContext = { root: el, state: () => el.customer, typed: { ...NEW_CUSTOMER } };
        return context;
      },
      act: async (context) => pressSave(searchOf(context)),
      message: (context) => failureIn(context.root, '[part~="dialog-error"]'),
      retry: (context) => retrySave(context, 'Email', 'mary.j@example.com'),
      async succeeded(context) {
        const el = searchOf(context);
        await untilChosen(el, 'Mary Jackson');
        // Exactly one customer with that email: a retry after a lost answer did not create a second.
        const email = typedIn(context, 'Email');
        const found = await env.adapter().searchCustomers({ siteId: 'us', query: email, limit: 10 });
        const made = found.filter((customer) => customer.email === email);
        if (made.length !== 1) throw new Error(`${made.length} customers with ${email} were created`);
        if (el.customer?.email !== email) throw new Error(`the customer chosen has ${el.customer?.email}`);
      },
    },
    {
      call: 'update customer',
      operationId: 'updateCustomer',
      fieldPath: 'phones.mobile',
      names: /customer/i,
      async setup() {
        const ada = env.backend.findCustomer('ada')!;
        const el = await render(env, ada);
        press(getButton(el.shadowRoot!, 'Edit customer'));
        const dialog = await untilDialog(el, 'Edit Customer');
        await fill(field(dialog, 'Mobile'), '(512) 555-0177');
        const context: CustomerContext = { root: el, state: () => el.customer, typed: { Mobile: '(512) 555-0177' } };
        return context;
      },
      act: async (context) => pressSave(searchOf(context)),
      message: (context) => failureIn(context.root, '[part~="dialog-error"]'),
      retry: (context) => retrySave(context, 'Mobile', '(512) 555-0178'),
      async succeeded(context) {
        const el = searchOf(context);
        await untilChosen(el, 'Ada Lovelace');
        const mobile = el.customer?.phones.mobile;
        if (mobile !== typedIn(context, 'Mobile')) throw new Error(`the customer's mobile is ${mobile}`);
        if (deepAll(el, 'dialog[open]').length) throw new Error('a dialog stayed open');
      },
    },
  ];
}

/**
 * The "Create Customer" ("Edit Customer") and "Edit Address" dialogs of `<customer-search>`: their
 * forms, the model's rules at each field once Save was pressed, and the save through the adapter.
 * Closing either with unsaved edits (Escape, Cancel, "Close") asks "Discard changes?" first.
 * A controller in a module of its own, which the element loads when a dialog is first opened, or
 * before (when the browser is idle, or the pointer or focus reaches a button that opens one): the
 * page that shows the element does not pay for the dialogs up front.
 */
import { msg, str } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { LitElement, TemplateResult } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { isAbortError, isAdapterError, ValidationError } from '../../adapter/errors.js';
import { customerName } from '../../model/draft.js';
import type { AddressInput, Customer, CustomerInput, Problem, Site } from '../../model/types.js';
import { validateAddress, validateCustomer } from '../../model/validation.js';
import { safeLocale } from '../shared/adapter-text.js';
import { isolate } from '../shared/bidi.js';
import { ConfirmDiscard, confirmDiscardStyles } from '../shared/confirm-discard.js';
import type { DiscardGuard } from '../shared/confirm-discard.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { customerDialogStyles } from './customer-dialogs.styles.js';
import type * as CustomerTextModule from './customer-text.js';

/** The styles of the dialogs, which the element adopts when this module loads. */
export const styles = [dialogStyles, customerDialogStyles, confirmDiscardStyles];

/** The words of customer-text.ts the dialogs use. */
export type CustomerText = Pick<
  typeof CustomerTextModule,
  'addressText' | 'failure' | 'fieldOf' | 'PHONES' | 'phoneLabel' | 'problemText'
>;

const emptyCustomer = (): CustomerInput => ({ firstName: '', lastName: '', email: '', phones: {}, addresses: [] });

/**
 * A failure after which the backend may have done the work (no answer, or none it could use). By
 * `kind`, so that the error classes themselves stay out of the page's first load.
 */
const outcomeUnknown = (error: unknown) =>
  isAdapterError(error) && /^(unavailable|timeout|invalid-response)$/.test(error.kind);

const isDuplicateEmail = (error: unknown, { fieldOf }: CustomerText) =>
  error instanceof ValidationError &&
  error.problems.some((problem) => fieldOf(problem) === 'email' && problem.code === 'duplicate');

/** The two forms: the customer ("Create Customer", "Edit Customer") and "Edit Address". */
type CustomerForm = 'customer' | 'address';

/** The ids of each form and of its dialog in the shadow root. */
const FORM_IDS: Record<CustomerForm, { form: string; dialog: string }> = {
  customer: { form: 'customer-form', dialog: 'customer-dialog' },
  address: { form: 'address-form', dialog: 'address-dialog' },
};

export interface CustomerDialogsOptions {
  adapter(): OrderAdapter | undefined;
  /** The site whose customer set the new customer joins (its locale gives a new address its country). */
  site(): Site | undefined;
  /** The id of the site when no site is known yet. */
  siteId(): string | null;
  /** The page's locale (`hostLocale` of the element): the agent's language, in which countries are named. */
  locale(): string;
  /** A customer was saved (the dialog is closed): the element chooses it. */
  chosen(customer: Customer): Promise<void>;
  /**
   * customer-text.ts, handed over by the element, which loaded it with the page: imported here too,
   * it would be a module shared with what loads on demand, one more chunk to load at once.
   */
  text: CustomerText;
}

export class CustomerDialogs {
  /** What the "Create Customer" dialog holds. */
  private form = emptyCustomer();
  /** The customer the dialog edits; null when it creates one. */
  private editing: Customer | null = null;
  /** What the "Edit Address" dialog holds, and where it goes in `form.addresses` (-1: added). */
  private address = {} as AddressInput;
  private addressIndex = -1;
  /** The forms whose Save was pressed: their problems show from then on. */
  private checked = new Set<CustomerForm>();
  /** The adapter's problems with the last save, until the agent edits their field. */
  private serverProblems: Problem[] = [];
  /** Why the last save failed. */
  private saveError: unknown;
  /** The save in flight. */
  private saving: AbortController | undefined;
  /** Emails (lower case) of creates whose outcome is unknown: they may have created the customer. */
  private readonly lostCreates = new Set<string>();
  /** The customer such a create made, found when the next create met the duplicate email: offered. */
  private created: Customer | null = null;
  private readonly discard: ConfirmDiscard;
  /** "Discard changes?" for each form: closing its dialog with anything else than it held when opened asks first. */
  private readonly guards: Record<CustomerForm, DiscardGuard>;

  constructor(
    private readonly host: LitElement,
    private readonly options: CustomerDialogsOptions,
  ) {
    this.discard = new ConfirmDiscard(host);
    const guard = (form: CustomerForm, state: () => unknown) =>
      this.discard.guard({ state, close: () => this.dialog(form)?.close() });
    this.guards = { customer: guard('customer', () => this.form), address: guard('address', () => this.address) };
  }

  private $<E extends HTMLElement = HTMLElement>(selector: string): E | null {
    return this.host.renderRoot.querySelector<E>(selector);
  }

  private dialog(form: CustomerForm): HTMLDialogElement | null {
    return this.$<HTMLDialogElement>(`#${FORM_IDS[form].dialog}`);
  }

  /** Opens "Create Customer", or "Edit Customer" prefilled with `customer`. */
  async openCustomer(customer: Customer | null): Promise<void> {
    if (customer) {
      const { firstName, lastName, email, phones, addresses } = structuredClone(customer);
      this.form = { firstName, lastName, email, phones, addresses };
    } else this.form = emptyCustomer();
    this.editing = customer;
    this.checked.clear();
    this.serverProblems = [];
    this.saveError = undefined;
    this.created = null;
    this.guards.customer.opened();
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The browser puts focus in the dialog and, when it closes, back on the button that opened it.
    this.dialog('customer')?.showModal();
  }

  /** Opens "Edit Address" for the address at `index`, or for a new one (-1). */
  private async openAddress(index: number): Promise<void> {
    const { form } = this;
    const first = !form.addresses.length;
    this.address = {
      ...(form.addresses[index] ?? {
        // A new address starts with what is known: the customer's name, the site's country.
        name: customerName({ ...form, email: '' }),
        line1: '',
        city: '',
        region: '',
        postalCode: '',
        country: new Intl.Locale(safeLocale(this.options.site()?.locale ?? 'en-US')).region ?? 'US',
        isDefaultBilling: first,
        isDefaultShipping: first,
      }),
    };
    this.addressIndex = index;
    this.checked.delete('address');
    this.guards.address.opened();
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.dialog('address')?.showModal();
  }

  private handleFormInput = (event: Event): void => {
    const { name, value, checked, type, form } = event.target as HTMLInputElement;
    if (form?.id === FORM_IDS.address.form) {
      const address = this.address as unknown as Record<string, unknown>;
      if (name === 'same') address['isDefaultBilling'] = address['isDefaultShipping'] = checked;
      else address[name] = type === 'checkbox' ? checked : value;
    } else {
      const phone = (this.options.text.PHONES as readonly string[]).includes(name);
      (phone ? this.form.phones : (this.form as unknown as Record<string, string>))[name as 'home'] = value;
      this.serverProblems = this.serverProblems.filter(
        (problem) => this.options.text.fieldOf(problem) !== name && !(phone && problem.path === 'phones'),
      );
      if (name === 'email') this.created = null;
    }
    this.host.requestUpdate();
  };

  /** Shows the form's problems; when there are some, focuses the first field with one and returns true. */
  private async invalid(form: CustomerForm, problems: Problem[]): Promise<boolean> {
    this.checked.add(form);
    this.host.requestUpdate();
    if (!problems.length) return false;
    await this.host.updateComplete;
    const id = FORM_IDS[form].form;
    this.$(`#${id} [aria-invalid="true"], #${id} [data-invalid]`)?.focus();
    return true;
  }

  private saveAddress = async (event: Event): Promise<void> => {
    event.preventDefault();
    const { address, form } = this;
    if (await this.invalid('address', validateAddress(address, 'a'))) return;
    const list = form.addresses;
    list.splice(this.addressIndex < 0 ? list.length : this.addressIndex, 1, address);
    // One default of each kind: the address just saved takes it from the others.
    for (const other of list) {
      if (other === address) continue;
      other.isDefaultBilling &&= !address.isDefaultBilling;
      other.isDefaultShipping &&= !address.isDefaultShipping;
    }
    this.host.requestUpdate();
    this.dialog('address')?.close();
  };

  private save = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const { form, editing } = this;
    this.saveError = undefined;
    this.created = null;
    if ((await this.invalid('customer', validateCustomer(form))) || this.saving) return;
    const saving = (this.saving = new AbortController());
    const adapter = this.options.adapter() as OrderAdapter;
    const request = { siteId: this.options.site()?.id ?? this.options.siteId() ?? '', customer: form };
    const email = form.email.trim().toLowerCase();
    try {
      const init = { signal: saving.signal };
      const saved = await (editing
        ? adapter.updateCustomer({ ...request, customerId: editing.id }, init)
        : adapter.createCustomer(request, init));
      this.dialog('customer')?.close();
      await this.options.chosen(saved);
    } catch (error) {
      if (isAbortError(error)) return;
      if (!editing && outcomeUnknown(error)) this.lostCreates.add(email);
      // The duplicate may be the customer an earlier create made whose answer was lost: offered.
      if (!editing && isDuplicateEmail(error, this.options.text) && this.lostCreates.has(email)) {
        this.created = await this.findCreated(adapter, request.siteId, email, saving.signal);
        if (this.created) {
          this.serverProblems = [];
          this.host.requestUpdate();
          await this.host.updateComplete;
          this.$<HTMLElement>('[part~="use-created-button"]')?.focus();
          return;
        }
      }
      // Everything typed stays. The adapter's problems land at their fields; the error says what failed.
      this.saveError = error;
      this.serverProblems = error instanceof ValidationError ? error.problems : [];
      await this.invalid('customer', this.serverProblems);
    } finally {
      if (this.saving === saving) this.saving = undefined;
    }
  };

  /** The customer of the site's customer set with this email, or null (also when the search fails). */
  private async findCreated(
    adapter: OrderAdapter,
    siteId: string,
    email: string,
    signal: AbortSignal,
  ): Promise<Customer | null> {
    const set = this.options.site()?.customerSetId;
    try {
      const found = await adapter.searchCustomers({ siteId, query: email, limit: 10 }, { signal });
      const isCreated = (customer: Customer) =>
        customer.email.trim().toLowerCase() === email && (!set || customer.customerSetId === set);
      return found.find(isCreated) ?? null;
    } catch {
      return null;
    }
  }

  /** "Use this customer": the one the lost create made is chosen, as a create would have. */
  private useCreated = async (): Promise<void> => {
    const customer = this.created;
    if (!customer) return;
    this.created = null;
    this.lostCreates.delete(customer.email.trim().toLowerCase());
    this.dialog('customer')?.close();
    await this.options.chosen(customer);
  };

  /** A closed customer dialog drops the save in flight. */
  private handleClose = (): void => {
    this.saving?.abort();
    this.saving = undefined;
  };

  private field(
    name: string,
    label: string,
    value: unknown,
    problems: Problem[],
    type: 'text' | 'email' | 'tel' = 'text',
    group?: Problem,
  ): TemplateResult {
    const problem = problems.find((candidate) => this.options.text.fieldOf(candidate) === name);
    const describedBy = problem ? `${name}-e` : group ? 'phones-e' : undefined;
    return html`<div class="field">
      <label class="field__label" for=${name}>${label}</label>
      <input
        class="field__control"
        id=${name}
        name=${name}
        type=${type}
        .value=${(value as string) ?? ''}
        aria-invalid=${describedBy ? 'true' : 'false'}
        aria-describedby=${describedBy ?? nothing}
      />
      ${problem ? html`<p class="field__error" id="${name}-e">${this.options.text.problemText(problem)}</p>` : nothing}
    </div>`;
  }

  private renderDialog(
    which: CustomerForm,
    heading: string,
    body: TemplateResult,
    submit: (e: Event) => void,
  ): TemplateResult {
    const guard = this.guards[which];
    const { form: id, dialog } = FORM_IDS[which];
    return html`<dialog
      id=${dialog}
      class="dialog"
      part="dialog"
      aria-labelledby="${id}-h"
      @close=${which === 'customer' ? this.handleClose : nothing}
      @keydown=${guard.keydown}
      @cancel=${guard.cancel}
    >
      <form id=${id} class="dialog__form" novalidate @submit=${submit} @input=${this.handleFormInput}>
        <h2 id="${id}-h" class="heading heading--large">${heading}</h2>
        ${body}
        <div class="footer">
          <button class="button" type="button" @click=${guard.close}>${msg('Cancel')}</button>
          <button class="button button--primary" part="save-button">${msg('Save')}</button>
        </div>
        ${guard.renderClose()}
      </form>
    </dialog>`;
  }

  private renderCustomerDialog(): TemplateResult {
    const { form, saveError: error, created } = this;
    const problems = [...(this.checked.has('customer') ? validateCustomer(form) : []), ...this.serverProblems];
    const group = (path: string) => problems.find((problem) => problem.path === path);
    const phones = group('phones');
    // Every problem of the addresses (no default billing and no default shipping: both), in the one
    // element "Add Address" is described by.
    const addresses = problems.filter((problem) => problem.path === 'addresses');
    const errorText = (problem: Problem | undefined, id: string) =>
      problem ? html`<p class="field__error" id=${id}>${this.options.text.problemText(problem)}</p>` : nothing;
    return this.renderDialog(
      'customer',
      this.editing ? msg('Edit Customer') : msg('Create Customer'),
      html`${
          created
            ? html`<div class="notice notice--error notice--inline" part="created-notice" role="status">
                <p class="notice__text"
                  >${msg(str`${isolate(customerName(created))} (${isolate(created.email)}) was created by your earlier save; its answer was lost.`)}</p
                >
                <button
                  class="button button--small button--primary"
                  part="use-created-button"
                  type="button"
                  @click=${this.useCreated}
                >
                  ${msg('Use this customer')}
                </button>
              </div>`
            : nothing
        }${
          error
            ? html`<div class="notice notice--error notice--inline" part="dialog-error" role="alert">
                ${msg('Saving the customer failed.')} ${this.options.text.failure(error)}
                ${
                  error instanceof ValidationError
                    ? nothing
                    : html`<button
                        class="button button--small"
                        part="retry-button"
                        type="button"
                        @click=${() => this.save()}
                      >
                        ${msg('Retry')}
                      </button>`
                }
              </div>`
            : nothing
        }
        <div class="grid">
          ${this.field('firstName', msg('First name'), form.firstName, problems)}
          ${this.field('lastName', msg('Last name'), form.lastName, problems)}
          ${this.field('email', msg('Email'), form.email, problems, 'email')}
        </div>
        <fieldset class="grid">
          <legend class="field__label">${msg('Phones')}</legend>
          ${this.options.text.PHONES.map((kind) =>
            this.field(kind, this.options.text.phoneLabel(kind), form.phones[kind], problems, 'tel', phones),
          )}
          ${errorText(phones, 'phones-e')}
        </fieldset>
        <fieldset>
          <legend class="field__label">${msg('Addresses')}</legend>
          ${form.addresses.map((address, i) => {
            const problem = problems.find((candidate) => candidate.path.startsWith(`addresses.${i}.`));
            return html`<div class="row" part="address">
              <div id="address-${i}" class="grow">
                ${this.options.text.addressText(address)}<br /><span class="text-muted">
                  ${[
                    address.isDefaultBilling && msg('Default billing'),
                    address.isDefaultShipping && msg('Default shipping'),
                  ]
                    .filter(Boolean)
                    .join(' · ')}</span
                >
                ${errorText(problem, `address-${i}-e`)}
              </div>
              <button
                class="button button--small"
                type="button"
                aria-describedby="address-${i}"
                ?data-invalid=${!!problem}
                @click=${() => this.openAddress(i)}
              >
                ${msg('Edit')}
              </button>
            </div>`;
          })}
          ${
            addresses.length
              ? html`<div class="field__error" id="addresses-e"
                  >${addresses.map((problem) => html`<p>${this.options.text.problemText(problem)}</p>`)}</div
                >`
              : nothing
          }
          <button
            class="button"
            type="button"
            aria-describedby=${addresses.length ? 'addresses-e' : nothing}
            ?data-invalid=${addresses.length > 0}
            @click=${() => this.openAddress(-1)}
          >
            ${msg('Add Address')}
          </button>
        </fieldset>`,
      this.save,
    );
  }

  private renderAddressDialog(): TemplateResult {
    const { address } = this;
    const problems = this.checked.has('address') ? validateAddress(address, 'a') : [];
    // Country names in the agent's language (the page's), not the site's.
    const regions = new Intl.DisplayNames([this.options.locale()], { type: 'region' });
    const check = (name: string, checked: boolean, label: string) =>
      html`<label class="row"><input type="checkbox" name=${name} .checked=${checked} />${label}</label>`;
    return this.renderDialog(
      'address',
      msg('Edit Address'),
      html`<div class="grid">
          ${(
            [
              ['name', msg('Name')],
              ['line1', msg('Address line 1')],
              ['line2', msg('Address line 2')],
              ['city', msg('City')],
              ['region', msg('State/Province')],
              ['postalCode', msg('Postal code')],
            ] as const
          ).map(([name, label]) => this.field(name, label, address[name], problems))}
          <div class="field">
            <label class="field__label" for="country">${msg('Country')}</label>
            <select id="country" class="field__control" name="country">
              ${[...new Set(['US', 'CA', address.country])]
                .filter(Boolean)
                .map(
                  (country) =>
                    html`<option value=${country} ?selected=${country === address.country}
                      >${regions.of(country)}</option
                    >`,
                )}
            </select>
          </div>
          ${this.field('phone', msg('Phone'), address.phone, problems, 'tel')}
        </div>
        <fieldset>
          ${check('isDefaultBilling', address.isDefaultBilling, msg('Default billing'))}
          ${check('isDefaultShipping', address.isDefaultShipping, msg('Default shipping'))}
          ${check(
            'same',
            address.isDefaultBilling && address.isDefaultShipping,
            msg('Use the same address for billing and shipping'),
          )}
        </fieldset>`,
      this.saveAddress,
    );
  }

  /** Both dialogs, closed until opened (`showModal()`), and "Discard changes?". */
  render(): TemplateResult {
    return html`${this.renderCustomerDialog()} ${this.renderAddressDialog()} ${this.discard.render()}`;
  }
}

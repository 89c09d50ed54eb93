import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { adapterContext, siteContext } from '../../adapter/context.js';
import { isAbortError, isAdapterError, ValidationError } from '../../adapter/errors.js';
import { customerName, defaultBillingAddress, defaultShippingAddress } from '../../model/draft.js';
import { validateAddress, validateCustomer } from '../../model/validation.js';
import type { Address, AddressInput, Customer, CustomerInput, Problem, Site } from '../../model/types.js';
import { CustomerChangeEvent } from '../../events/customer-change.js';
import { a11yStyles } from '../shared/a11y.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { ComboboxController } from '../shared/combobox-controller.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { headingStyles } from '../shared/heading.styles.js';
import { highlight } from '../shared/highlight.js';
import { layoutStyles } from '../shared/layout.styles.js';
import { noticeStyles } from '../shared/notice.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { customerSearchStyles } from './customer-search.styles.js';

const PHONES = ['home', 'work', 'mobile'] as const;

/** A customer's phones that are filled in, in the order Home, Work, Mobile. */
const phoneKinds = (phones: CustomerInput['phones']) => PHONES.filter((k) => phones[k]);

/** "Home", "Work", "Mobile" (`msg()` runs at render time, in the current locale). */
const phoneLabel = (kind: string): string => (kind === 'home' ? msg('Home') : kind === 'work' ? msg('Work') : msg('Mobile'));

/** An address on one line, as an agent reads it back to a shopper. */
const addressText = (a: Address | AddressInput | null): string =>
  a ? [a.name, a.line1, a.line2, a.city, `${a.region} ${a.postalCode}`, a.country].filter(Boolean).join(', ') : '';

/** The field a problem belongs to: the last segment of its path ("phones.home" → "home"). */
const fieldOf = (p: Problem): string => p.path.slice(p.path.lastIndexOf('.') + 1);

/**
 * A problem in the agent's language. The model's rules answer in English with a stable code, so
 * a translation is looked up by field and code ("problem.email.invalid-email"); the English
 * message is the fallback. (The ids are written by hand in the translation files: the extractor
 * only sees literal strings.)
 */
const problemText = (p: Problem): string => msg(p.message, { id: `problem.${fieldOf(p)}.${p.code}` });

/** What an agent reads about a failed call: the adapter's message, or a generic one. */
const failure = (error: unknown): string => (isAdapterError(error) ? error.message : msg('Something went wrong. Try again.'));

const emptyCustomer = (): CustomerInput => ({ firstName: '', lastName: '', email: '', phones: {}, addresses: [] });

/**
 * @tagname customer-search
 * @summary Finds the shopper of the order by name, email or phone, or creates a new customer.
 *
 * @description An editable combobox (WAI-ARIA APG) labelled "Customer Search" over the adapter's
 * customer search: debounced, from two characters, each new query aborting the previous request,
 * a late answer to an older query never shown. Only customers of the site's customer set can be
 * chosen: one of another set that an adapter returns anyway is listed disabled, with the reason.
 * The chosen customer is shown with email, phones and default billing and shipping addresses;
 * one who fails the order rules (a phone; default billing and shipping addresses) is shown with
 * what is missing and "Edit customer", and the element is invalid (`checkValidity()`) until
 * fixed. "Create New Customer" opens the "Create Customer" dialog, and from it "Edit Address"
 * (native modal `<dialog>`s); every rule is checked at its field before anything is sent.
 *
 * Inside `<offline-order-builder>` the adapter and the site come from context. Alone, a host
 * sets `.adapter` and either `.site` or the `site-id` attribute (the element then finds the site
 * with `adapter.listSites()`, to know its customer set).
 *
 * @fires {CustomerChangeEvent} customer-change - The agent chose a customer (from the search, or by creating or editing one), or cleared the choice (`customer` is null). Not fired when a host sets `customer`.
 *
 * @csspart label - The "Customer Search" label.
 * @csspart search-input - The combobox input.
 * @csspart create-button - The "Create New Customer" button.
 * @csspart status - The polite live region under the input: too short, searching, how many found, none found, or the error.
 * @csspart retry-button - "Retry" after a failed search or save.
 * @csspart listbox - The list of customers found.
 * @csspart option - One customer found.
 * @csspart option-details - Email, phone and default shipping city in an option.
 * @csspart option-reason - Why an option cannot be chosen (another customer set).
 * @csspart match - The matched text, highlighted.
 * @csspart customer - The chosen customer's card.
 * @csspart customer-name - The chosen customer's name.
 * @csspart customer-details - Email, phones and default addresses of the chosen customer.
 * @csspart problems - What the chosen customer lacks for the order.
 * @csspart edit-button - The "Edit customer" button.
 * @csspart change-button - The "Change customer" button.
 * @csspart dialog - The "Create Customer" and "Edit Address" dialogs.
 * @csspart dialog-error - The error of a failed save, in the dialog.
 * @csspart address - An address in the "Create Customer" dialog.
 * @csspart save-button - A dialog's "Save" button.
 *
 * @cssprop [--oo-color-text=#1f2328] - Text colour.
 * @cssprop [--oo-color-text-muted=#59636e] - Secondary text (option details).
 * @cssprop [--oo-color-surface-raised=#ffffff] - Listbox, card and dialog background.
 * @cssprop [--oo-color-surface-sunken=#eef1f4] - The active option.
 * @cssprop [--oo-color-border=#818b98] - Outlines of the input and the listbox.
 * @cssprop [--oo-color-divider=#d1d9e0] - Lines between options and around the card.
 * @cssprop [--oo-color-accent=#0969da] - The active option's marker, primary buttons.
 * @cssprop [--oo-color-danger=#cf222e] - Errors and what a customer lacks.
 * @cssprop [--oo-focus-ring=2px solid #0969da] - The focus outline.
 * @cssprop [--oo-font-size-small=0.8125rem] - Option details.
 * @cssprop [--oo-space-1=0.25rem] - Spacing step 1.
 * @cssprop [--oo-space-2=0.5rem] - Spacing step 2.
 * @cssprop [--oo-space-3=0.75rem] - Spacing step 3.
 * @cssprop [--oo-space-4=1rem] - Spacing step 4.
 * @cssprop [--oo-radius=0.375rem] - Corner radius.
 */
@localized()
export class CustomerSearch extends LitElement {
  static override styles = [tokens, a11yStyles, buttonStyles, fieldStyles, headingStyles, noticeStyles, layoutStyles, dialogStyles, customerSearchStyles];

  /** @internal */
  private combo = new ComboboxController<Customer>(this, {
    search: (query, signal) =>
      // Without an adapter the search fails like any other, and says so with Retry.
      (this.adapter as OrderAdapter).searchCustomers({ siteId: this.site?.id ?? this.siteId ?? '', query, limit: 20 }, { signal }),
    onSelect: (customer) => this.choose(customer),
    isSelectable: (customer) => this.selectable(customer),
    idPrefix: 'customer',
  });

  /** @internal The site `site-id` names, when no site comes from context or `.site`. */
  private loadedSite: Site | undefined;

  // The dialogs' state. They are rendered closed all along (so their ids resolve); `showModal()`
  // opens them.

  /** @internal What the "Create Customer" dialog holds. */
  private form = emptyCustomer();
  /** @internal The customer the dialog edits; null when it creates one. */
  private editing: Customer | null = null;
  /** @internal What the "Edit Address" dialog holds, and where it goes in `form.addresses` (-1: added). */
  private address = {} as AddressInput;
  /** @internal */
  private addressIndex = -1;
  /** @internal The forms ("cf", "af") whose Save was pressed: their problems show from then on. */
  private checked = new Set<string>();
  /** @internal The adapter's problems with the last save, until the agent edits their field. */
  private serverProblems: Problem[] = [];
  /** @internal Why the last save failed. */
  private saveError: unknown;
  /** @internal The save in flight. */
  private saving: AbortController | undefined;

  /** The data adapter. Provided by `<offline-order-builder>`; a host sets it when using the element alone. */
  @consume({ context: adapterContext, subscribe: true })
  @property({ attribute: false })
  adapter: OrderAdapter | undefined;

  /** The site of the order: its customer set is the one searched. Provided by `<offline-order-builder>`; a host may set it. */
  @consume({ context: siteContext, subscribe: true })
  @property({ attribute: false })
  site: Site | undefined;

  /** The id of the site when no `site` is given: the element loads the sites to find it. */
  @property({ attribute: 'site-id' }) siteId: string | null = null;

  /** The chosen customer. A host may set it (no `customer-change` then); null when none is chosen. */
  @property({ attribute: false }) customer: Customer | null = null;

  /** The site whose customer set applies: `site`, or the one `site-id` names once loaded. */
  get currentSite(): Site | undefined {
    return this.site ?? (this.loadedSite?.id === this.siteId ? this.loadedSite : undefined);
  }

  /** What the chosen customer lacks for an order (the model's `validateCustomer`); empty when valid or none is chosen. */
  get problems(): Problem[] {
    return this.customer ? validateCustomer(this.customer) : [];
  }

  /** Whether the chosen customer, if any, passes the order rules. */
  checkValidity(): boolean {
    return this.problems.length === 0;
  }

  /** Like `checkValidity()`; when invalid, also moves focus to "Edit customer", next to what is missing. */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) this.$('[part~="edit-button"]')?.focus();
    return valid;
  }

  /**
   * Focuses the search input; with a chosen customer, "Edit customer" when the customer lacks
   * something for the order, else the customer's name.
   */
  override focus(options?: FocusOptions): void {
    this.$(this.customer ? (this.checkValidity() ? '#customer-name' : '[part~="edit-button"]') : 'input')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { adapter, siteId } = this;
    if ((changed.has('siteId') || changed.has('adapter')) && adapter && siteId && !this.site) {
      adapter.listSites().then(
        (sites) => {
          this.loadedSite = sites.find((s) => s.id === siteId) ?? this.loadedSite;
          this.requestUpdate();
        },
        // Without the site nothing can be chosen, as its customer set is unknown.
        () => undefined,
      );
    }
  }

  protected override updated(): void {
    this.$('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  private $<E extends HTMLElement = HTMLElement>(selector: string): E | null {
    return this.renderRoot.querySelector<E>(selector);
  }

  private selectable(customer: Customer): boolean {
    return customer.customerSetId === this.currentSite?.customerSetId;
  }

  private async choose(customer: Customer | null): Promise<void> {
    this.customer = customer;
    this.combo.setQuery('');
    // Documented by the @fires tag above (the analyzer cannot name an event from its class).
    const event = new CustomerChangeEvent(customer);
    this.dispatchEvent(event);
    await this.updateComplete;
    this.$(customer ? '#customer-name' : 'input')?.focus();
  }

  // --- Dialogs -------------------------------------------------------------------------------

  /** Opens "Create Customer", or "Edit Customer" prefilled with `customer`. */
  private async openCustomer(customer: Customer | null): Promise<void> {
    if (customer) {
      const { firstName, lastName, email, phones, addresses } = structuredClone(customer);
      this.form = { firstName, lastName, email, phones, addresses };
    } else this.form = emptyCustomer();
    this.editing = customer;
    this.checked.clear();
    this.serverProblems = [];
    this.saveError = undefined;
    this.requestUpdate();
    await this.updateComplete;
    // The browser puts focus in the dialog and, when it closes, back on the button that opened it.
    this.$<HTMLDialogElement>('#cd')?.showModal();
  }

  /** Opens "Edit Address" for the address at `index`, or for a new one (-1). */
  private async openAddress(index: number): Promise<void> {
    const { form } = this;
    const first = !form.addresses.length;
    this.address = { ...(form.addresses[index] ?? {
      // A new address starts with what is known: the customer's name, the site's country.
      name: customerName({ ...form, email: '' }),
      line1: '',
      city: '',
      region: '',
      postalCode: '',
      country: new Intl.Locale(this.currentSite?.locale ?? 'en-US').region ?? 'US',
      isDefaultBilling: first,
      isDefaultShipping: first,
    }) };
    this.addressIndex = index;
    this.checked.delete('af');
    this.requestUpdate();
    await this.updateComplete;
    this.$<HTMLDialogElement>('#ad')?.showModal();
  }

  private handleFormInput(event: Event): void {
    const { name, value, checked, type, form } = event.target as HTMLInputElement;
    if (form?.id === 'af') {
      const a = this.address as unknown as Record<string, unknown>;
      if (name === 'same') a['isDefaultBilling'] = a['isDefaultShipping'] = checked;
      else a[name] = type === 'checkbox' ? checked : value;
    } else {
      const phone = (PHONES as readonly string[]).includes(name);
      (phone ? this.form.phones : (this.form as unknown as Record<string, string>))[name as 'home'] = value;
      this.serverProblems = this.serverProblems.filter((p) => fieldOf(p) !== name && !(phone && p.path === 'phones'));
    }
    this.requestUpdate();
  }

  /** Shows the form's problems; when there are some, focuses the first field with one and returns true. */
  private async invalid(form: string, problems: Problem[]): Promise<boolean> {
    this.checked.add(form);
    this.requestUpdate();
    if (!problems.length) return false;
    await this.updateComplete;
    this.$(`#${form} [aria-invalid="true"], #${form} [data-invalid]`)?.focus();
    return true;
  }

  private async saveAddress(event: Event): Promise<void> {
    event.preventDefault();
    const { address, form } = this;
    if (await this.invalid('af', validateAddress(address, 'a'))) return;
    const list = form.addresses;
    list.splice(this.addressIndex < 0 ? list.length : this.addressIndex, 1, address);
    // One default of each kind: the address just saved takes it from the others.
    for (const other of list) {
      if (other === address) continue;
      other.isDefaultBilling &&= !address.isDefaultBilling;
      other.isDefaultShipping &&= !address.isDefaultShipping;
    }
    this.requestUpdate();
    this.$<HTMLDialogElement>('#ad')?.close();
  }

  private async save(event?: Event): Promise<void> {
    event?.preventDefault();
    const { form, editing } = this;
    this.saveError = undefined;
    if ((await this.invalid('cf', validateCustomer(form))) || this.saving) return;
    const saving = (this.saving = new AbortController());
    try {
      const adapter = this.adapter as OrderAdapter;
      const request = { siteId: this.currentSite?.id ?? this.siteId ?? '', customer: form };
      const init = { signal: saving.signal };
      const saved = await (editing
        ? adapter.updateCustomer({ ...request, customerId: editing.id }, init)
        : adapter.createCustomer(request, init));
      this.$<HTMLDialogElement>('#cd')?.close();
      await this.choose(saved);
    } catch (error) {
      if (isAbortError(error)) return;
      // Everything typed stays. The adapter's problems land at their fields; the error says what failed.
      this.saveError = error;
      this.serverProblems = error instanceof ValidationError ? error.problems : [];
      await this.invalid('cf', this.serverProblems);
    } finally {
      if (this.saving === saving) this.saving = undefined;
    }
  }

  /** A closed customer dialog drops the save in flight. */
  private handleClose(): void {
    this.saving?.abort();
    this.saving = undefined;
  }

  private field(
    name: string,
    label: string,
    value: unknown,
    problems: Problem[],
    type: 'text' | 'email' | 'tel' = 'text',
    group?: Problem,
  ): TemplateResult {
    const problem = problems.find((p) => fieldOf(p) === name);
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
      ${problem ? html`<p class="field__error" id="${name}-e">${problemText(problem)}</p>` : nothing}
    </div>`;
  }

  private renderDialog(id: string, heading: string, body: TemplateResult, submit: (e: Event) => void): TemplateResult {
    return html`<dialog id="${id[0]}d" class="dialog" part="dialog" aria-labelledby="${id}-h" @close=${id === 'cf' ? this.handleClose : nothing}>
      <form id=${id} class="dialog__form" novalidate @submit=${submit} @input=${this.handleFormInput}>
        <h2 id="${id}-h" class="heading heading--large">${heading}</h2>
        ${body}
        <div class="footer">
          <button class="button" type="button" @click=${() => this.$<HTMLDialogElement>(`#${id[0]}d`)?.close()}>${msg('Cancel')}</button>
          <button class="button button--primary" part="save-button">${msg('Save')}</button>
        </div>
      </form>
    </dialog>`;
  }

  private renderCustomerDialog(): TemplateResult {
    const { form, saveError: error } = this;
    const problems = [...(this.checked.has('cf') ? validateCustomer(form) : []), ...this.serverProblems];
    const group = (path: string) => problems.find((p) => p.path === path);
    const phones = group('phones');
    const addresses = group('addresses');
    const errorText = (p: Problem | undefined, id: string) =>
      p ? html`<p class="field__error" id=${id}>${problemText(p)}</p>` : nothing;
    return this.renderDialog(
      'cf',
      this.editing ? msg('Edit Customer') : msg('Create Customer'),
      html`${error
          ? html`<div class="notice notice--error notice--inline" part="dialog-error" role="alert">
              ${failure(error)}
              ${error instanceof ValidationError
                ? nothing
                : html`<button class="button button--small" part="retry-button" type="button" @click=${() => this.save()}>
                    ${msg('Retry')}
                  </button>`}
            </div>`
          : nothing}
        <div class="grid">
          ${this.field('firstName', msg('First name'), form.firstName, problems)}
          ${this.field('lastName', msg('Last name'), form.lastName, problems)}
          ${this.field('email', msg('Email'), form.email, problems, 'email')}
        </div>
        <fieldset class="grid">
          <legend class="field__label">${msg('Phones')}</legend>
          ${PHONES.map((k) => this.field(k, phoneLabel(k), form.phones[k], problems, 'tel', phones))} ${errorText(phones, 'phones-e')}
        </fieldset>
        <fieldset>
          <legend class="field__label">${msg('Addresses')}</legend>
          ${form.addresses.map((a, i) => {
            const problem = problems.find((p) => p.path.startsWith(`addresses.${i}.`));
            return html`<div class="row" part="address">
              <div id="address-${i}" class="grow">
                ${addressText(a)}<br /><span class="text-muted">
                  ${[a.isDefaultBilling && msg('Default billing'), a.isDefaultShipping && msg('Default shipping')]
                    .filter(Boolean)
                    .join(' · ')}</span
                >
                ${errorText(problem, `address-${i}-e`)}
              </div>
              <button class="button button--small" type="button" aria-describedby="address-${i}" ?data-invalid=${!!problem} @click=${() => this.openAddress(i)}>
                ${msg('Edit')}
              </button>
            </div>`;
          })}
          ${errorText(addresses, 'addresses-e')}
          <button
            class="button"
            type="button"
            aria-describedby=${addresses ? 'addresses-e' : nothing}
            ?data-invalid=${!!addresses}
            @click=${() => this.openAddress(-1)}
          >
            ${msg('Add Address')}
          </button>
        </fieldset>`,
      this.save,
    );
  }

  private renderAddressDialog(): TemplateResult {
    const a = this.address;
    const problems = this.checked.has('af') ? validateAddress(a, 'a') : [];
    const regions = new Intl.DisplayNames([this.currentSite?.locale ?? 'en-US'], { type: 'region' });
    const check = (name: string, checked: boolean, label: string) =>
      html`<label class="row"><input type="checkbox" name=${name} .checked=${checked} />${label}</label>`;
    return this.renderDialog(
      'af',
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
          ).map(([name, label]) => this.field(name, label, a[name], problems))}
          <div class="field">
            <label class="field__label" for="country">${msg('Country')}</label>
            <select id="country" class="field__control" name="country">
              ${[...new Set(['US', 'CA', a.country])].filter(Boolean).map(
                (c) => html`<option value=${c} ?selected=${c === a.country}>${regions.of(c)}</option>`,
              )}
            </select>
          </div>
          ${this.field('phone', msg('Phone'), a.phone, problems, 'tel')}
        </div>
        <fieldset>
          ${check('isDefaultBilling', a.isDefaultBilling, msg('Default billing'))}
          ${check('isDefaultShipping', a.isDefaultShipping, msg('Default shipping'))}
          ${check('same', a.isDefaultBilling && a.isDefaultShipping, msg('Use the same address for billing and shipping'))}
        </fieldset>`,
      this.saveAddress,
    );
  }

  // --- Search and the chosen customer ---------------------------------------------------------

  /** What the live region under the input says. */
  private statusText(): string {
    const { status, items, error } = this.combo;
    const n = items.length;
    return status === 'too-short'
      ? msg('Type at least 2 characters.')
      : status === 'loading'
        ? msg('Searching…')
        : status === 'error'
          ? failure(error)
          : status !== 'ready'
            ? ''
            : n === 0
              ? msg('No customers found.')
              : n === 1
                ? msg('1 customer found.')
                : msg(str`${n} customers found.`);
  }

  private renderSearch(): TemplateResult {
    const combo = this.combo;
    const { items, query, status } = combo;
    const open = combo.open && items.length > 0;
    const hl = (text: string) => highlight(text, query);
    return html`<label class="field__label" part="label" for="search">${msg('Customer Search')}</label>
      <div class="row">
        <input
          id="search"
          class="field__control grow"
          part="search-input"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${open ? 'true' : 'false'}
          aria-activedescendant=${combo.activeId ?? nothing}
          .value=${query}
          @input=${(e: Event) => combo.handleInput((e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => combo.handleKeydown(e)}
          @blur=${() => combo.close()}
        />
        <button class="button" part="create-button" type="button" @click=${() => this.openCustomer(null)}>
          ${msg('Create New Customer')}
        </button>
      </div>
      <div class="row ${status === 'error' ? 'field__error' : 'text-muted'}" part="status" role="status">
        ${status === 'loading' ? html`<span class="spinner"></span>` : nothing}${this.statusText()}
        ${status === 'error'
          ? html`<button
              class="button button--small"
              part="retry-button"
              type="button"
              @click=${() => {
                void combo.searchNow();
                this.$('input')?.focus();
              }}
            >
              ${msg('Retry')}
            </button>`
          : nothing}
      </div>
      <ul id="listbox" part="listbox" role="listbox" aria-label=${msg('Customers')} ?hidden=${!open} @mousedown=${(e: Event) => e.preventDefault()}>
        ${items.map((c, i) => {
          const ok = this.selectable(c);
          return html`<li
            id=${combo.optionId(i)}
            part="option"
            role="option"
            aria-selected=${i === combo.activeIndex ? 'true' : 'false'}
            aria-disabled=${ok ? 'false' : 'true'}
            @click=${() => combo.chooseIndex(i)}
          >
            <span>${hl(customerName(c))}</span>
            <span class="text-muted text-small" part="option-details">
              ${[c.email, c.phones[phoneKinds(c.phones)[0] ?? 'home'], defaultShippingAddress(c)?.city]
                .filter(Boolean)
                .map((d, j) => html`${j ? ' · ' : ''}${hl(d as string)}`)}
            </span>
            ${ok
              ? nothing
              : html`<span class="text-small" part="option-reason">
                  ${msg(str`Not in the ${this.currentSite?.customerSetName ?? ''} customer set`)}
                </span>`}
          </li>`;
        })}
      </ul>`;
  }

  private renderCustomer(c: Customer): TemplateResult {
    const problems = this.problems;
    const row = (label: string, value: string) => html`<dt>${label}</dt><dd>${value || '—'}</dd>`;
    return html`<div class="customer" part="customer">
      <div class="row">
        <p id="customer-name" class="heading grow" part="customer-name" tabindex="-1">
          ${customerName(c)} <span class="text-muted text-small">${c.customerNumber}</span>
        </p>
        <button
          class="button button--small"
          part="edit-button"
          type="button"
          aria-describedby=${problems.length ? 'problems' : nothing}
          @click=${() => this.openCustomer(c)}
        >
          ${msg('Edit customer')}
        </button>
        <button class="button button--small" part="change-button" type="button" @click=${() => this.choose(null)}>
          ${msg('Change customer')}
        </button>
      </div>
      <dl part="customer-details">
        ${row(msg('Email'), c.email)}
        ${row(msg('Phones'), phoneKinds(c.phones).map((k) => `${phoneLabel(k)}: ${c.phones[k]}`).join(', '))}
        ${row(msg('Default billing'), addressText(defaultBillingAddress(c)))}
        ${row(msg('Default shipping'), addressText(defaultShippingAddress(c)))}
      </dl>
      ${problems.length
        ? html`<ul id="problems" class="field__error" part="problems">
            ${problems.map((p) => html`<li>${problemText(p)}</li>`)}
          </ul>`
        : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    const c = this.customer;
    return html`${c ? this.renderCustomer(c) : this.renderSearch()} ${this.renderCustomerDialog()} ${this.renderAddressDialog()}`;
  }
}

import { localized, msg, str } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { preloadAtIdle } from '../../controllers/on-demand.js';
import { customerName, defaultBillingAddress, defaultShippingAddress } from '../../model/draft.js';
import { validateCustomer } from '../../model/validation.js';
import type { Customer, CustomerElsewhere, Problem, Site } from '../../model/types.js';
import { CustomerChangeEvent } from '../../events/customer-change.js';
import { controlStyles } from '../shared/control.styles.js';
import { OrderElement } from '../shared/order-element.js';
import { notLoadedText, skippedNote } from '../shared/adapter-text.js';
import { adoptStyles } from '../shared/adopt-styles.js';
import { isolate } from '../shared/bidi.js';
import { labelled } from '../shared/labelled.js';
import { ComboboxController } from '../shared/combobox-controller.js';
import type { SearchStatus } from '../shared/combobox-controller.js';
import { highlight } from '../shared/highlight.js';
import { layoutStyles } from '../shared/layout.styles.js';
import { renderListbox } from '../shared/listbox.js';
import { hostLocale } from '../shared/locale.js';
import { noticeStyles } from '../shared/notice.styles.js';
import type { CustomerDialogs } from './customer-dialogs.js';
import { customerSearchStyles } from './customer-search.styles.js';
import { addressText, failure, fieldOf, phoneKinds, phoneLabel, PHONES, problemText } from './customer-text.js';
import { SiteLoad } from './site-load.js';

/** A button that opens one of the dialogs. */
interface DialogButton {
  part: 'create-button' | 'edit-button';
  label: string;
  open(): void;
  small?: boolean;
  /** The id of what the button is about (the chosen customer's problems). */
  describedBy?: string;
}

const SEP = ' · ';

/** One detail of a customer option, isolated, matches highlighted, after " · " when one comes before. */
const detail = (text: string | undefined, query: string, before: string | undefined) =>
  text ? html`${before ? SEP : ''}<bdi>${highlight(text, query)}</bdi>` : nothing;

/**
 * The details of a customer option: email, phone and city, each isolated, " · " between. All three
 * (the common case) in one template, cloned at once, rather than one per detail.
 */
const details = (email: string, phone: string | undefined, city: string | undefined, query: string) =>
  email && phone && city
    ? html`<bdi>${highlight(email, query)}</bdi>${SEP}<bdi>${highlight(phone, query)}</bdi>${SEP}<bdi
          >${highlight(city, query)}</bdi
        >`
    : html`${detail(email, query, '')}${detail(phone, query, email)}${detail(city, query, email || phone)}`;

/** The dialogs load when first opened, or ahead of it (see `ensureDialogs`). */
const loadDialogs = () => import('./customer-dialogs.js');

/**
 * @tagname customer-search
 * @summary Finds the shopper of the order by name, email or phone, or creates a new customer.
 *
 * @description An editable combobox (WAI-ARIA APG) labelled "Customer Search" over the adapter's
 * customer search: debounced, from two characters, each new query aborting the previous request,
 * a late answer to an older query never shown. Only customers of the site's customer set can be
 * chosen: one of another set that an adapter returns anyway is listed disabled, with the reason.
 * When none is found, the customers of other sets that the adapter names in `elsewhere` are said
 * in the status ("Grace Hopper is a customer of Wholesale."), never offered as options.
 * The chosen customer is shown with email, phones and default billing and shipping addresses;
 * one who fails the order rules (a phone; default billing and shipping addresses) is shown with
 * what is missing and "Edit customer", and the element is invalid (`checkValidity()`) until
 * fixed. "Create New Customer" opens the "Create Customer" dialog, and from it "Edit Address"
 * (native modal `<dialog>`s); every rule is checked at its field before anything is sent. The
 * dialogs' code loads on demand: when the browser is idle, when the pointer or focus reaches a
 * button that opens one, or at the latest on the press (which then waits for it).
 *
 * Inside `<offline-order-builder>` the adapter and the site come from context. Alone, a host
 * sets `.adapter` and either `.site` or the `site-id` attribute (the element then finds the site
 * with `adapter.listSites()`, to know its customer set: until it is known the search waits,
 * saying "Loading…"; a failed load is said in the status with "Retry").
 *
 * @fires {CustomerChangeEvent} customer-change - The agent chose a customer (from the search, or by creating or editing one), or cleared the choice (`customer` is null). Not fired when a host sets `customer`.
 *
 * @csspart label - The "Customer Search" label.
 * @csspart search-input - The combobox input.
 * @csspart create-button - The "Create New Customer" button.
 * @csspart status - The polite live region under the input: too short, searching, how many found, none found (and who matches in another customer set), or the error.
 * @csspart retry-button - "Retry" after a failed search, load of the site or save.
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
 * @csspart created-notice - The customer that a create whose answer was lost had made, offered when the retry meets their email.
 * @csspart use-created-button - Its "Use this customer" button.
 * @csspart address - An address in the "Create Customer" dialog.
 * @csspart save-button - A dialog's "Save" button.
 * @csspart close-button - A dialog's "Close" button.
 * @csspart discard-dialog - "Discard changes?", asked when a dialog closes with unsaved edits.
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
export class CustomerSearch extends OrderElement {
  static override styles = [controlStyles, noticeStyles, layoutStyles, customerSearchStyles];

  /** @internal */
  private combo = new ComboboxController<Customer>(this, {
    search: async (query, signal) => {
      // Alone, the search waits for the site that `site-id` names (its customer set decides what
      // can be chosen); a failed load fails the search too, and the status offers Retry.
      const site = this.currentSite ?? (await this.siteLoad.whenLoaded());
      // Without an adapter the search fails like any other, and says so with Retry.
      const found = await (this.adapter as OrderAdapter).searchCustomers(
        { siteId: site?.id ?? this.siteId ?? '', query, limit: 20 },
        { signal },
      );
      // Customers of other customer sets, said when none is found here (never offered): only
      // names that are text, a few at most, and only from the answer to the latest query.
      const { elsewhere } = found;
      if (!signal.aborted)
        this.elsewhere = (Array.isArray(elsewhere) ? elsewhere : [])
          .filter((e) => typeof e?.name === 'string' && typeof e.customerSetName === 'string')
          .slice(0, 3);
      return found;
    },
    onSelect: (customer) => this.choose(customer),
    isSelectable: (customer) => this.selectable(customer),
    idPrefix: 'customer',
  });

  /**
   * @internal The site `site-id` names, when no site comes from context or `.site`: loaded with
   * `adapter.listSites()` (a Task), again when back in the page after leaving it mid-load.
   */
  private siteLoad = new SiteLoad(this, () => this.searchAgain());

  /** @internal Customers of other customer sets the last search found (`FoundCustomers.elsewhere`). */
  private elsewhere: CustomerElsewhere[] = [];

  /** @internal The "Create Customer" and "Edit Address" dialogs, once loaded (see `ensureDialogs`). */
  private dialogs: CustomerDialogs | undefined;
  /** @internal Whether the dialogs' code could not be fetched (said until a load succeeds). */
  private loadFailed = false;
  /** @internal Whether idle time was asked to load the dialogs. */
  private prefetched = false;

  /** The id of the site when no `site` is given: the element loads the sites to find it. */
  @property({ attribute: 'site-id' }) siteId: string | null = null;

  /** The chosen customer. A host may set it (no `customer-change` then); null when none is chosen. */
  @property({ attribute: false }) customer: Customer | null = null;

  /** The site whose customer set applies: `site`, or the one `site-id` names once loaded. */
  get currentSite(): Site | undefined {
    return this.site ?? this.siteLoad.site;
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
    this.$(this.customer ? (this.checkValidity() ? '#customer-name' : '[part~="edit-button"]') : 'input')?.focus(
      options,
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The site may change (its load runs at this update): the query is searched again, after it.
    if (changed.has('siteId') || changed.has('adapter') || changed.has('site')) this.searchAgain();
  }

  /** Searches the query entered again, if any: no results of another site's customer set stay. */
  private searchAgain(): void {
    if (!['idle', 'too-short'].includes(this.combo.status)) void this.combo.searchNow();
  }

  protected override updated(): void {
    if (!this.prefetched) {
      this.prefetched = true;
      // The dialogs load while nothing else happens, once the search is painted, so that they open at once when asked for.
      preloadAtIdle([{ preload: () => void this.ensureDialogs(true) }]);
    }
    // Only an active option is scrolled to (none after an answer: no query of the tree then).
    if (this.combo.activeIndex >= 0) this.$('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  private selectable(customer: Customer): boolean {
    return customer.customerSetId === this.currentSite?.customerSetId;
  }

  private async choose(customer: Customer | null): Promise<void> {
    this.customer = customer;
    this.combo.setQuery('');
    // Documented by the @fires tag above (the analyzer cannot name an event from its class).
    const event = new CustomerChangeEvent(customer);
    this.fire(event);
    await this.updateComplete;
    this.$(customer ? '#customer-name' : 'input')?.focus();
  }

  // --- Dialogs -------------------------------------------------------------------------------

  /**
   * Loads the dialogs (customer-dialogs.ts) with their styles, once. False when their code cannot
   * be fetched: the agent is told, unless the load was only ahead of a press (`quiet`).
   */
  private async ensureDialogs(quiet = false): Promise<boolean> {
    if (this.dialogs) return true;
    try {
      const module = await loadDialogs();
      adoptStyles(this, ...module.styles);
      this.dialogs ??= new module.CustomerDialogs(this, {
        adapter: () => this.adapter,
        site: () => this.currentSite,
        siteId: () => this.siteId,
        locale: () => hostLocale(this),
        chosen: (customer) => this.choose(customer),
        text: { addressText, failure, fieldOf, PHONES, phoneLabel, problemText },
      });
      this.loadFailed = false;
    } catch {
      this.loadFailed ||= !quiet;
    }
    this.requestUpdate();
    return !!this.dialogs;
  }

  /** The pointer or focus reached a button that opens a dialog: its code loads ahead of the press. */
  private preloadDialogs(): void {
    void this.ensureDialogs(true);
  }

  /** Opens "Create Customer", or "Edit Customer" prefilled with `customer`, once the dialogs are loaded. */
  private async openCustomer(customer: Customer | null): Promise<void> {
    if (await this.ensureDialogs()) await this.dialogs?.openCustomer(customer);
  }

  // --- Search and the chosen customer ---------------------------------------------------------

  /** What the live region under the input says. */
  private statusText(): string {
    const { status, skipped } = this.combo;
    // Customers the adapter left out are said after the count: "1 customer could not be shown".
    const note = status === 'ready' && !this.siteLoad.failed ? skippedNote('customer', skipped) : '';
    return [this.searchText(), note].filter(Boolean).join(' ');
  }

  private searchText(): string {
    const { status, items, error } = this.combo;
    const count = items.length;
    if (this.siteLoad.failed) return failure(this.siteLoad.error);
    if (status === 'loading') return this.siteLoad.loading ? msg('Loading…') : msg('Searching…');
    if (status === 'too-short') return msg('Type at least 2 characters.');
    // The adapter's words may not say which call failed ("The requested resource does not exist."): that first.
    if (status === 'error') return `${msg('The customer search failed.')} ${failure(error)}`;
    if (status !== 'ready') return '';
    // None here: who matches in another customer set is said, not offered ("Grace Hopper is a customer of Wholesale.").
    if (count === 0)
      return [
        msg('No customers found.'),
        ...this.elsewhere.map(({ name, customerSetName }) =>
          msg(str`${isolate(name)} is a customer of ${isolate(customerSetName)}.`),
        ),
      ].join(' ');
    return count === 1 ? msg('1 customer found.') : msg(str`${count} customers found.`);
  }

  /**
   * A button that opens a dialog ("Create New Customer", "Edit customer"): the dialogs' code loads
   * as soon as the pointer or focus reaches it, ahead of the press.
   */
  private renderDialogButton(button: DialogButton): TemplateResult {
    return html`<button
      class=${button.small ? 'button button--small' : 'button'}
      part=${button.part}
      type="button"
      aria-describedby=${button.describedBy ?? nothing}
      @pointerenter=${this.preloadDialogs}
      @focus=${this.preloadDialogs}
      @click=${button.open}
    >
      ${button.label}
    </button>`;
  }

  /** Retry after a failed search, or after a failed load of the site (which then searches the query too). */
  private retry(): void {
    if (this.siteLoad.failed) {
      this.siteLoad.reload();
      this.searchAgain();
    } else void this.combo.searchNow();
    this.$('input')?.focus();
  }

  /** The live region under the input: what the search (or the load of the site) says, and Retry after an error. */
  private renderStatus(status: SearchStatus): TemplateResult {
    const failed = status === 'error';
    return html`<div class="row ${failed ? 'field__error' : 'text-muted'}" part="status" role="status">
      ${status === 'loading' ? html`<span class="spinner"></span>` : nothing}${this.statusText()}
      ${
        failed
          ? html`<button class="button button--small" part="retry-button" type="button" @click=${this.retry}>
              ${msg('Retry')}
            </button>`
          : nothing
      }
    </div>`;
  }

  /**
   * One customer found: name, then email, first phone and default shipping city, matches
   * highlighted. One pass over what the option shows: the reason it cannot be chosen is only
   * composed for an option that cannot.
   */
  private renderOption(customer: Customer, index: number, query: string, reason: string): TemplateResult {
    const combo = this.combo;
    const selectable = this.selectable(customer);
    const { phones } = customer;
    const phone = phones.home || phones.work || phones.mobile;
    const city = defaultShippingAddress(customer)?.city;
    return html`<li
      id=${combo.optionId(index)}
      part="option"
      role="option"
      aria-selected=${index === combo.activeIndex}
      aria-disabled=${!selectable}
      @click=${() => combo.chooseIndex(index)}
    >
      <span>${highlight(customerName(customer), query)}</span>
      <span class="text-muted text-small" part="option-details">${details(customer.email, phone, city, query)}</span>
      ${selectable ? nothing : html`<span class="text-small" part="option-reason">${reason}</span>`}
    </li>`;
  }

  private renderFound(): TemplateResult[] {
    const { items, query } = this.combo;
    if (!items.length) return [];
    const reason = msg(str`Not in the ${isolate(this.currentSite?.customerSetName ?? '')} customer set`);
    return items.map((customer, index) => this.renderOption(customer, index, query, reason));
  }

  private renderSearch(): TemplateResult {
    const combo = this.combo;
    // A failed load of the site shows as the search's error; its Retry loads the site again.
    const status = this.siteLoad.failed ? 'error' : combo.status;
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
          aria-expanded=${combo.listboxShown}
          aria-activedescendant=${combo.activeId ?? nothing}
          .value=${combo.query}
          @input=${(e: Event) => combo.handleInput((e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => combo.handleKeydown(e)}
          @blur=${() => combo.close()}
        />
        ${this.renderDialogButton({
          part: 'create-button',
          label: msg('Create New Customer'),
          open: () => this.openCustomer(null),
        })}
      </div>
      ${this.renderStatus(status)}
      ${renderListbox({ id: 'listbox', label: msg('Customers'), shown: combo.listboxShown }, this.renderFound())}`;
  }

  private renderCustomer(customer: Customer): TemplateResult {
    const problems = this.problems;
    const row = (label: string, value: string) => html`<dt>${label}</dt><dd>${value || '—'}</dd>`;
    const name = customerName(customer);
    const phones = phoneKinds(customer.phones).map((kind) =>
      labelled(phoneLabel(kind), isolate(customer.phones[kind] ?? '')),
    );
    return html`<div class="customer" part="customer">
      <div class="row">
        <p id="customer-name" class="heading grow" part="customer-name" tabindex="-1" title=${name}>
          <bdi>${name}</bdi> <span class="text-muted text-small">${customer.customerNumber}</span>
        </p>
        ${this.renderDialogButton({
          part: 'edit-button',
          label: msg('Edit customer'),
          open: () => this.openCustomer(customer),
          small: true,
          describedBy: problems.length ? 'problems' : undefined,
        })}
        <button class="button button--small" part="change-button" type="button" @click=${() => this.choose(null)}>
          ${msg('Change customer')}
        </button>
      </div>
      <dl part="customer-details">
        ${row(msg('Email'), customer.email)} ${row(msg('Phones'), phones.join(', '))}
        ${row(msg('Default billing'), addressText(defaultBillingAddress(customer)))}
        ${row(msg('Default shipping'), addressText(defaultShippingAddress(customer)))}
      </dl>
      ${
        problems.length
          ? html`<ul id="problems" class="field__error" part="problems">
              ${problems.map((problem) => html`<li>${problemText(problem)}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }

  override render(): TemplateResult {
    const { customer } = this;
    return html`${customer ? this.renderCustomer(customer) : this.renderSearch()}
    ${this.loadFailed ? html`<p class="field__error" role="alert">${notLoadedText()}</p>` : nothing}
    ${this.dialogs?.render()}`;
  }
}

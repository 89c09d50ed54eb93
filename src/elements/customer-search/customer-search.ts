import { localized, msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { isAbortError } from '../../adapter/errors.js';
import { customerName, defaultBillingAddress, defaultShippingAddress } from '../../model/draft.js';
import { validateCustomer } from '../../model/validation.js';
import type { Customer, Problem, Site } from '../../model/types.js';
import { CustomerChangeEvent } from '../../events/customer-change.js';
import { controlStyles } from '../shared/control.styles.js';
import { OrderElement } from '../shared/order-element.js';
import { notLoadedText, skippedNote } from '../shared/adapter-text.js';
import { adoptStyles } from '../shared/adopt-styles.js';
import { isolate } from '../shared/bidi.js';
import { ComboboxController } from '../shared/combobox-controller.js';
import { highlight } from '../shared/highlight.js';
import { layoutStyles } from '../shared/layout.styles.js';
import { hostLocale } from '../shared/locale.js';
import { noticeStyles } from '../shared/notice.styles.js';
import type { CustomerDialogs } from './customer-dialogs.js';
import { customerSearchStyles } from './customer-search.styles.js';
import { addressText, failure, fieldOf, phoneKinds, phoneLabel, PHONES, problemText } from './customer-text.js';

/** Loading the site `site-id` names: the request, its answer, and its error once it failed. */
interface SiteLoad {
  controller: AbortController;
  promise: Promise<Site>;
  error?: unknown;
}

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
 * @csspart status - The polite live region under the input: too short, searching, how many found, none found, or the error.
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
      const site = this.currentSite ?? (await this.siteLoad?.promise);
      // Without an adapter the search fails like any other, and says so with Retry.
      return (this.adapter as OrderAdapter).searchCustomers(
        { siteId: site?.id ?? this.siteId ?? '', query, limit: 20 },
        { signal },
      );
    },
    onSelect: (customer) => this.choose(customer),
    isSelectable: (customer) => this.selectable(customer),
    idPrefix: 'customer',
  });

  /** @internal The site `site-id` names, when no site comes from context or `.site`. */
  private loadedSite: Site | undefined;
  /** @internal Loading that site: its request (aborted by a newer load or on disconnect), answer and error. */
  private siteLoad: SiteLoad | undefined;

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
    this.$(this.customer ? (this.checkValidity() ? '#customer-name' : '[part~="edit-button"]') : 'input')?.focus(
      options,
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a disconnect aborted the site's load: load it again.
    if (this.hasUpdated && !this.siteLoad) this.loadSite();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (!this.currentSite) this.loadSite(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('siteId') || changed.has('adapter') || changed.has('site')) this.loadSite();
  }

  /**
   * Aborts the load in flight, if any, and (`start`) finds the site `site-id` names with
   * `adapter.listSites()`, unless a site is given or already loaded. A query already entered is
   * searched again: it waits for the site.
   */
  private loadSite(start = true): void {
    this.siteLoad?.controller.abort();
    this.siteLoad = undefined;
    const { adapter, siteId } = this;
    if (!start || !adapter || !siteId || this.currentSite) return;
    const abort = new AbortController();
    const load: SiteLoad = (this.siteLoad = {
      controller: abort,
      promise: adapter.listSites({ signal: abort.signal }).then((sites) => {
        const found = sites.find((s) => s.id === siteId);
        if (found) return found;
        throw new Error(`No site "${siteId}"`);
      }),
    });
    load.promise
      .then(
        (site) => void (this.siteLoad === load && (this.loadedSite = site)),
        (error: unknown) => void (isAbortError(error) || (load.error = error)),
      )
      .finally(() => this.requestUpdate());
    // No results of another site's customer set stay: the query is searched again, after this load.
    if (!['idle', 'too-short'].includes(this.combo.status)) void this.combo.searchNow();
  }

  protected override updated(): void {
    if (!this.prefetched) {
      this.prefetched = true;
      // The dialogs load while nothing else happens, so that they open at once when asked for.
      const load = () => void this.ensureDialogs(true);
      if ('requestIdleCallback' in window) requestIdleCallback(load);
      else setTimeout(load, 1000);
    }
    this.$('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
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
    const note = status === 'ready' && this.siteLoad?.error === undefined ? skippedNote('customer', skipped) : '';
    return [this.searchText(), note].filter(Boolean).join(' ');
  }

  private searchText(): string {
    const { status, items, error } = this.combo;
    const count = items.length;
    const siteError = this.siteLoad?.error;
    if (siteError !== undefined) return failure(siteError);
    if (status === 'loading') return !this.currentSite && this.siteLoad ? msg('Loading…') : msg('Searching…');
    if (status === 'too-short') return msg('Type at least 2 characters.');
    if (status === 'error') return failure(error);
    if (status !== 'ready') return '';
    if (count === 0) return msg('No customers found.');
    return count === 1 ? msg('1 customer found.') : msg(str`${count} customers found.`);
  }

  private renderSearch(): TemplateResult {
    const combo = this.combo;
    const { items, query } = combo;
    const open = combo.listboxShown;
    // A failed load of the site shows as the search's error; its Retry loads the site again.
    const siteFailed = this.siteLoad?.error !== undefined;
    const status = siteFailed ? 'error' : combo.status;
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
        <button
          class="button"
          part="create-button"
          type="button"
          @pointerenter=${this.preloadDialogs}
          @focus=${this.preloadDialogs}
          @click=${() => this.openCustomer(null)}
        >
          ${msg('Create New Customer')}
        </button>
      </div>
      <div class="row ${status === 'error' ? 'field__error' : 'text-muted'}" part="status" role="status">
        ${status === 'loading' ? html`<span class="spinner"></span>` : nothing}${this.statusText()}
        ${
          status === 'error'
            ? html`<button
                class="button button--small"
                part="retry-button"
                type="button"
                @click=${() => {
                  // After a failed load of the site, loading it again searches the query too.
                  void (siteFailed ? this.loadSite() : combo.searchNow());
                  this.$('input')?.focus();
                }}
              >
                ${msg('Retry')}
              </button>`
            : nothing
        }
      </div>
      <ul
        id="listbox"
        part="listbox"
        role="listbox"
        aria-label=${msg('Customers')}
        ?hidden=${!open}
        @mousedown=${(e: Event) => e.preventDefault()}
      >
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
                .map((d, j) => html`${j ? ' · ' : ''}<bdi>${hl(d as string)}</bdi>`)}
            </span>
            ${
              ok
                ? nothing
                : html`<span class="text-small" part="option-reason">
                    ${msg(str`Not in the ${isolate(this.currentSite?.customerSetName ?? '')} customer set`)}
                  </span>`
            }
          </li>`;
        })}
      </ul>`;
  }

  private renderCustomer(c: Customer): TemplateResult {
    const problems = this.problems;
    const row = (label: string, value: string) => html`<dt>${label}</dt><dd>${value || '—'}</dd>`;
    return html`<div class="customer" part="customer">
      <div class="row">
        <p id="customer-name" class="heading grow" part="customer-name" tabindex="-1" title=${customerName(c)}>
          <bdi>${customerName(c)}</bdi> <span class="text-muted text-small">${c.customerNumber}</span>
        </p>
        <button
          class="button button--small"
          part="edit-button"
          type="button"
          @pointerenter=${this.preloadDialogs}
          @focus=${this.preloadDialogs}
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
        ${row(
          msg('Phones'),
          phoneKinds(c.phones)
            .map((k) => `${phoneLabel(k)}: ${isolate(c.phones[k] ?? '')}`)
            .join(', '),
        )}
        ${row(msg('Default billing'), addressText(defaultBillingAddress(c)))}
        ${row(msg('Default shipping'), addressText(defaultShippingAddress(c)))}
      </dl>
      ${
        problems.length
          ? html`<ul id="problems" class="field__error" part="problems">
              ${problems.map((p) => html`<li>${problemText(p)}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }

  override render(): TemplateResult {
    const c = this.customer;
    return html`${c ? this.renderCustomer(c) : this.renderSearch()}
    ${this.loadFailed ? html`<p class="field__error" role="alert">${notLoadedText()}</p>` : nothing}
    ${this.dialogs?.render()}`;
  }
}

/**
 * "Ship to" in the Order Details dialog: where this order ships. A radio group (native radios: one
 * Tab stop, the arrow keys choose) of the customer's saved addresses, one line each, and "Another
 * address", which shows a one-time address form checked by the rules of the customer dialog's
 * addresses (`validateAddress`, through `validateOrderReadiness`: its problems show at the fields
 * once Save was pressed, and are listed with the dialog's) and "Save to customer", unticked.
 *
 * The choice is the draft's `shipTo` (the default shipping address: none), so the dialog's rates
 * and totals are asked again for it, and the builder's after Save. The customer's addresses change
 * only when "Save to customer" is ticked: then, at Save, the address is added to the customer
 * through the adapter's `updateCustomer` (never as a default), and the draft takes the customer as
 * the adapter answers it, shipping to the address now saved. Shown when the order has a customer
 * and an item that ships.
 */
import { msg } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { LitElement, TemplateResult } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { isAbortError } from '../../adapter/errors.js';
import { anyLineShips, customerName, setCustomer, setShipTo, shipToAddress } from '../../model/draft.js';
import type { AddressInput, Customer, OrderDraft, Problem, Site } from '../../model/types.js';
import { validateAddress } from '../../model/validation.js';
import { safeLocale } from '../shared/adapter-text.js';
import { addressText } from '../shared/address-text.js';
import { errorText } from '../shared/form.js';
import { problemText } from '../shared/problem-text.js';

/** The value of the "Another address" radio. */
const OTHER = '';

/** The fields of the one-time address, by name, as the customer dialog's "Edit Address" has them. */
type AddressField = 'name' | 'line1' | 'line2' | 'city' | 'region' | 'postalCode' | 'phone';

/** The dialog: where the area renders, and the adapter and site it saves to the customer with. */
export type ShipToHost = LitElement & { adapter: OrderAdapter | undefined; site: Site | undefined; locale: string };

export interface ShipToOptions {
  /** The draft being edited. */
  draft(): OrderDraft;
  /** Replaces the draft being edited. */
  set(draft: OrderDraft): void;
  /** What keeps "Save" from saving: once it lists a problem of the address, the fields show theirs. */
  problems(): readonly Problem[];
}

export class ShipToArea {
  /** The one-time address as typed (the draft takes it at each `change`, and at Save). */
  private typed: AddressInput | null = null;
  /** "Save to customer". */
  private saveToCustomer = false;
  /** Whether Save found a problem with the address: its fields then show theirs as they change. */
  private checked = false;
  /** Why adding the address to the customer failed. */
  private error: unknown;
  private saving: AbortController | undefined;

  constructor(
    private readonly host: ShipToHost,
    private readonly options: ShipToOptions,
  ) {}

  /** The dialog opened on `draft`: its one-time address if it has one, nothing ticked or said. */
  reset(draft: OrderDraft): void {
    this.saving?.abort();
    this.typed = draft.shipTo && !this.saved(draft.customer, draft.shipTo) ? { ...draft.shipTo } : null;
    this.saveToCustomer = this.checked = false;
    this.error = undefined;
  }

  /** The address typed so far into the draft (a field still being typed has not sent `change`). */
  commit(): void {
    const draft = this.options.draft();
    const typed = this.typed;
    if (typed && draft.shipTo && !draft.shipTo.id && JSON.stringify(typed) !== JSON.stringify(draft.shipTo))
      this.options.set(setShipTo(draft, typed));
  }

  /**
   * At Save, once the details are valid: with "Save to customer" ticked, the one-time address is
   * added to the customer (not as a default) and the draft takes the customer as saved, shipping to
   * that address; null (the dialog stays open, the failure said) when the adapter refuses or fails.
   * Unticked, or for a saved address: `draft` as it is, and no call.
   */
  async save(draft: OrderDraft): Promise<OrderDraft | null> {
    const { customer, shipTo } = draft;
    const adapter = this.host.adapter;
    if (!this.saveToCustomer || !customer || !shipTo || shipTo.id !== undefined || !adapter) return draft;
    // A second press while the first is on its way adds nothing twice: the first one saves.
    if (this.saving) return null;
    const saving = (this.saving = new AbortController());
    this.error = undefined;
    const added: AddressInput = { ...shipTo, isDefaultBilling: false, isDefaultShipping: false };
    const { firstName, lastName, email, phones, addresses } = customer;
    try {
      const saved = await adapter.updateCustomer(
        {
          siteId: this.host.site?.id ?? draft.siteId ?? '',
          customerId: customer.id,
          customer: { firstName, lastName, email, phones, addresses: [...addresses, added] },
        },
        { signal: saving.signal },
      );
      const address = saved.addresses.find((a) => !addresses.some((known) => known.id === a.id));
      this.saveToCustomer = false;
      return setShipTo(setCustomer(draft, saved), address ?? shipTo);
    } catch (error) {
      if (!isAbortError(error)) this.error = error;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('#ship-to-save')?.focus();
      return null;
    } finally {
      if (this.saving === saving) this.saving = undefined;
    }
  }

  /** Whether `address` is one of the customer's saved addresses (by id). */
  private saved(customer: Customer | null, address: AddressInput): boolean {
    return address.id !== undefined && !!customer?.addresses.some((a) => a.id === address.id);
  }

  /** A new one-time address: the customer's name, the site's country. */
  private blank(customer: Customer): AddressInput {
    const country = new Intl.Locale(safeLocale(this.host.site?.locale ?? 'en-US')).region ?? 'US';
    const name = customerName({ ...customer, email: '' });
    const empty = { line1: '', city: '', region: '', postalCode: '' };
    return { name, ...empty, country, isDefaultBilling: false, isDefaultShipping: false };
  }

  /** A radio of the group: a saved address's id, or "Another address" (''). */
  private choose(value: string): void {
    const draft = this.options.draft();
    const customer = draft.customer;
    if (!customer) return;
    const address = customer.addresses.find((a) => a.id === value);
    if (value === OTHER) this.typed ??= this.blank(customer);
    this.error = undefined;
    this.options.set(
      setShipTo(draft, value === OTHER ? this.typed : address && !address.isDefaultShipping ? address : null),
    );
  }

  private handleInput = (event: Event): void => {
    const { name, value, type } = event.target as HTMLInputElement;
    if (!name || type === 'checkbox') return;
    if (this.typed) this.typed = { ...this.typed, [name]: value };
    if (event.type === 'change') this.commit();
    else this.host.requestUpdate();
  };

  private handleTick = (event: Event): void => {
    this.saveToCustomer = (event.target as HTMLInputElement).checked;
    this.error = undefined;
    this.host.requestUpdate();
  };

  private field(name: AddressField, label: string, problems: Problem[], type: 'text' | 'tel' = 'text'): TemplateResult {
    const id = `ship-to-${name}`;
    const problem = problems.find((p) => p.path === `shipTo.${name}`);
    return html`<div class="field">
      <label class="field__label" for=${id}>${label}</label>
      <input
        class="field__control"
        id=${id}
        name=${name}
        type=${type}
        data-path="shipTo.${name}"
        .value=${this.typed?.[name] ?? ''}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `${id}-e` : nothing}
      />
      ${problem ? html`<p class="field__error" id="${id}-e">${problemText(problem)}</p>` : nothing}
    </div>`;
  }

  /** The one-time address form with "Save to customer". */
  private renderForm(address: AddressInput): TemplateResult {
    this.checked ||= this.options.problems().some((p) => p.path.startsWith('shipTo.'));
    const problems = this.checked ? validateAddress(address, 'shipTo') : [];
    // Country names in the agent's language (the page's), not the site's.
    const regions = new Intl.DisplayNames([safeLocale(this.host.locale)], { type: 'region' });
    const countries = [...new Set(['US', 'CA', address.country])].filter(Boolean);
    const error = this.error;
    return html`<div part="ship-to-form" @input=${this.handleInput} @change=${this.handleInput}>
      ${this.field('name', msg('Name'), problems)} ${this.field('line1', msg('Address line 1'), problems)}
      ${this.field('line2', msg('Address line 2'), problems)} ${this.field('city', msg('City'), problems)}
      ${this.field('region', msg('State/Province'), problems)} ${this.field('postalCode', msg('Postal code'), problems)}
      <div class="field">
        <label class="field__label" for="ship-to-country">${msg('Country')}</label>
        <select id="ship-to-country" class="field__control" name="country" data-path="shipTo.country">
          ${countries.map((c) => html`<option value=${c} ?selected=${c === address.country}>${regions.of(c)}</option>`)}
        </select>
      </div>
      ${this.field('phone', msg('Phone'), problems, 'tel')}
      <label class="field--inline"
        ><input id="ship-to-save" type="checkbox" .checked=${this.saveToCustomer} @change=${this.handleTick} />${msg(
          'Save to customer',
        )}</label
      >
      ${
        error
          ? html`<p class="error" part="ship-to-error" role="alert">
              ${msg('The address could not be saved to the customer.')} ${errorText(error)}
            </p>`
          : nothing
      }
    </div>`;
  }

  /** "Ship to", when the order has a customer and an item that ships. */
  render(): unknown {
    const draft = this.options.draft();
    const { customer } = draft;
    if (!customer || !anyLineShips(draft)) return nothing;
    const current = shipToAddress(draft);
    const other = !!draft.shipTo && !this.saved(customer, draft.shipTo);
    const radio = (value: string, checked: boolean, label: unknown) =>
      html`<label class="field--inline"
        ><input
          type="radio"
          name="ship-to"
          .value=${value}
          .checked=${checked}
          @change=${() => this.choose(value)}
        />${label}</label
      >`;
    return html`<fieldset part="ship-to">
      <legend class="field__label">${msg('Ship to')}</legend>
      <div class="ship-to">
        ${customer.addresses.map((a) =>
          radio(
            a.id,
            !other && a.id === current?.id,
            html`${addressText(a)}${a.isDefaultShipping ? html` · ${msg('Default shipping')}` : nothing}`,
          ),
        )}
        ${radio(OTHER, other, msg('Another address'))}
        ${other && draft.shipTo ? this.renderForm((this.typed ??= { ...draft.shipTo })) : nothing}
      </div>
    </fieldset>`;
  }
}

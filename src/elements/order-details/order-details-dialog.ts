import { localized, msg, str } from '../shared/localize.js';
import { initialState, Task } from '@lit/task';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LineItemsChangeEvent } from '../../events/line-items-change.js';
import { OrderDetailsChangeEvent } from '../../events/order-details-change.js';
import {
  anyLineShips,
  createDraft,
  setCustomerNotes,
  setGiftMessage,
  setPriceList,
  setLines,
  setShippingMethod,
} from '../../model/draft.js';
import { formatMoney, formatMoneyForInput, negate } from '../../model/money.js';
import type { Money, OrderDraft, PriceList, Problem, ShippingMethod } from '../../model/types.js';
import { TEXT_LIMITS } from '../../model/limits.js';
import { same } from '../../model/same.js';
import { preselectedShippingMethod, shippingMethodLapsed, shippingRatesKey } from '../../model/shipping.js';
import { validateOrderReadiness } from '../../model/validation.js';
import { controlStyles } from '../shared/control.styles.js';
import { OrderElement } from '../shared/order-element.js';
import { isolate } from '../shared/bidi.js';
import { labelled } from '../shared/labelled.js';
import { inAgentWords } from '../shared/problem-text.js';
import { ConfirmDiscard, confirmDiscardStyles } from '../shared/confirm-discard.js';
import type { GuardedDialog } from '../shared/confirm-discard.js';
import { field, renderTask } from '../shared/form.js';
import { noticeStyles } from '../shared/notice.styles.js';
import { PricingController } from '../shared/pricing-controller.js';
import { limitHint } from '../shared/text-limit.js';
import type { LineItemEditor } from '../line-item-editor/line-item-editor.js';
import { CouponArea } from './coupons.js';
import { ShipToArea } from './ship-to.js';
import { detailsKeydown, renderKeysHint } from './details-keys.js';
import { renderTotals } from './totals.js';
import { OrderAdjustmentApproval, readAdjustment } from './order-adjustment-approval.js';
import type { AdjustmentKey } from './order-adjustment-approval.js';
import { TaxExemptArea } from './tax-exempt.js';
import { detailsStyles } from './order-details-dialog.styles.js';

/** What the totals price while the dialog is closed: nothing, so no request is made. */
const CLOSED = createDraft();

/**
 * @tagname order-details-dialog
 * @summary The "Order Details" dialog: the line items and the order-level details, with the adapter's totals.
 *
 * @description A modal dialog (native `<dialog>`) that `show(draft)` opens on a copy of the draft.
 * It holds `<line-item-editor>` and below it the "Shipping Method" (rates from the adapter for the
 * current draft, refreshed when the lines or the shipping address change; a method that no longer
 * applies is cleared with a message), coupon codes (accepted with their discount, or rejected with
 * the adapter's reason: a rejected code leaves the draft, so that only accepted ones are the
 * order's coupons, and stays listed here with its reason until removed; it is checked again at
 * each edit and comes back when the order meets it; a code applied twice is refused at the field),
 * customer notes, the order gift message, the price list (changing it re-prices the lines: they
 * show "Recalculating…" until the answer for the new price list gives their prices, which the
 * draft keeps), adjustments to the order total (amount or percent) and to the shipping cost, each
 * with a reason (a shipping adjustment that takes off less than asked says why), "Tax exempt" with
 * its certificate number, "Ship to" (the
 * customer's saved addresses or a one-time one, optionally saved to the customer), and the totals:
 * the adapter's pricing of the current draft, asked
 * again after every edit (debounced, an older answer never replacing a newer one), with a
 * "Recalculating…" state, a breakdown of shipping, handling, tax and duty, and what changed the
 * total and why. "Save" checks the details (a shipping method when an item ships, a fulfillment
 * for every item, no quantity beyond what its fulfillment has on hand and expected, adjustment
 * reasons), lists the problems and focuses the first; otherwise it
 * closes and fires `order-details-change`. Cancel, "Close" and Escape drop the edits, asking
 * "Discard changes?" first when there are some ("Keep editing" returns to where focus was): what the
 * answers change by themselves (unit prices, codes rejected) is not an edit, a quantity typed in the
 * table and not taken is. Focus returns to what opened the dialog.
 *
 * Keys (listed in the footer, and in `aria-keyshortcuts`): Ctrl+Enter or ⌘+Enter saves as "Save"
 * does; Alt+Shift+M goes to "Shipping Method", Alt+Shift+O to "Coupon code". For an order that
 * ships and has no shipping method, the only method offered, or the one the adapter marks as the
 * site's default (`isDefault`), is preselected: shown in the select and priced in the totals, and
 * not counted as an edit of the agent's.
 *
 * @fires {OrderDetailsChangeEvent} order-details-change - "Save" with valid details: the draft as saved.
 * @fires {OverrideApprovalEvent} override-approval - A line adjustment (from its `<line-item-editor>`), or the order or shipping adjustment, above `max-adjustment-percent`: answer with `respondWith`; unanswered, it is refused.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart close-button - Its "Close" button (an × and the word "Close").
 * @csspart discard-dialog - "Discard changes?", asked when the dialog closes with unsaved edits.
 * @csspart problems - The list of what keeps the details from being saved.
 * @csspart ship-to - "Ship to": the customer's saved addresses and "Another address" (see ship-to.ts).
 * @csspart ship-to-form - The one-time address with "Save to customer".
 * @csspart ship-to-error - Why the one-time address could not be saved to the customer.
 * @csspart coupons - The coupon codes with their outcome.
 * @csspart limit-hint - The limit of a text area ("Up to 1,000 characters").
 * @csspart coupon - One coupon code with its outcome and "Remove" (also `coupon-rejected` when the adapter rejected it).
 * @csspart coupon-rejected - A rejected coupon code: not one of the order's coupons, shown with the reason until removed.
 * @csspart coupon-error - Why the code in "Coupon code" was not applied ("SAVE10 is already applied"): an alert, in the page (empty) while there is nothing to say.
 * @csspart adjustment-note - Why the shipping adjustment takes off less than asked ("Shipping is already free: this adjustment has no effect.").
 * @csspart line-item-editor - The `<line-item-editor>`.
 * @csspart totals - The totals.
 * @csspart total-row - A row of the totals.
 * @csspart tax-exempt - "Tax exempt" and, ticked, "Exemption certificate number".
 * @csspart save-button - The "Save" button.
 * @csspart keys-hint - The line in the footer that lists the dialog's keys (Ctrl+Enter, Alt+Shift+M, Alt+Shift+O).
 *
 * @cssprop [--oo-color-surface-raised=#ffffff] - Dialog background.
 * @cssprop [--oo-color-surface=#f6f8fa] - The totals and the list of problems.
 * @cssprop [--oo-color-divider=#d1d9e0] - Rules between the areas and above the total.
 * @cssprop [--oo-color-danger=#cf222e] - Problems and rejected coupons.
 * @cssprop [--oo-color-success=#1a7f37] - Accepted coupons.
 */
@localized()
export class OrderDetailsDialog extends OrderElement {
  static override styles = [controlStyles, noticeStyles, detailsStyles, confirmDiscardStyles];

  constructor() {
    super();
    // Ctrl/⌘+Enter saves; Alt+Shift+M and Alt+Shift+O go to "Shipping Method" and "Coupon code".
    this.addEventListener(
      'keydown',
      detailsKeydown({
        dialog: () => this.dialog(),
        save: () => void this.save(),
        jump: (target) => (target === 'coupon' ? this.$('#coupon')?.focus() : void this.focusField('shippingMethodId')),
      }),
    );
  }

  /** @internal "Discard changes?" when the dialog closes with unsaved edits. */
  private discard = new ConfirmDiscard(this);

  /**
   * @internal What closing would drop: the draft's edits (not what the answers taken in change by
   * themselves: unit prices, `needsRepricing`, codes rejected out of the draft: the codes compared
   * are those entered), amounts typed that are not amounts, and quantities typed in the table and
   * not taken (refused, or not entered yet).
   */
  private guard = this.discard.guard({
    state: () => [
      {
        ...this.working,
        updatedAt: '',
        coupons: this.coupons.codes,
        lines: this.working.lines.map(({ unitPrice: _p, needsRepricing: _r, ...line }) => line),
      },
      Object.values(this.errors).some(Boolean),
      !!this.editor()?.typing,
    ],
    close: () => this.close(),
  });

  /** @internal The adapter's totals for the draft being edited (with the codes it rejected, checked again). */
  private pricing: PricingController = new PricingController(this, {
    adapter: () => this.adapter,
    draft: (): OrderDraft => (this.opened ? this.coupons.priced(this.working) : CLOSED),
  });

  /** @internal "Coupon code" and the codes entered: the draft keeps the accepted ones (see `coupons.ts`). */
  private coupons: CouponArea = new CouponArea(this, {
    draft: () => this.working,
    set: (draft) => (this.working = draft),
    pricing: () => this.pricing,
    locale: () => this.locale,
    money: (amount, negative) => this.money(amount, negative),
  });

  /** @internal "Tax exempt" and its certificate number (see `tax-exempt.ts`). */
  private taxExempt = new TaxExemptArea(this, {
    draft: () => this.working,
    set: (d) => (this.working = d),
    locale: () => this.locale,
  });

  /** @internal Order and shipping adjustments above `max-adjustment-percent` (see `order-adjustment-approval.ts`). */
  private overrides = new OrderAdjustmentApproval(this, {
    draft: () => this.working,
    shipping: () => this.pricing.pricing?.shipping ?? null,
    set: (draft) => (this.working = draft),
    error: (key, message) => (this.errors = { ...this.errors, [key]: message }),
  });

  /** @internal "Ship to": the customer's addresses or another one (see `ship-to.ts`). */
  private shipTo = new ShipToArea(this, {
    draft: () => this.working,
    set: (d) => (this.working = d),
    problems: () => this.problems,
  });

  /** @internal */
  private priceLists = new Task(this, {
    task: ([adapter, site], { signal }) =>
      adapter && site ? adapter.listPriceLists({ siteId: site.id }, { signal }) : initialState,
    args: () => [this.adapter, this.opened && this.site] as const,
  });

  /** @internal Shipping rates for the lines and the shipping address; none when nothing ships. */
  private methods = new Task(this, {
    task: async ([adapter, key], { signal }) => {
      if (!adapter || !key) return initialState;
      if (!anyLineShips(this.working)) return [] as ShippingMethod[];
      return adapter.getShippingMethods({ draft: this.working }, { signal });
    },
    args: () => {
      const draft = this.working;
      return [this.adapter, this.opened && draft.siteId ? shippingRatesKey(draft) : null] as const;
    },
    argsEqual: ([adapterA, keyA], [adapterB, keyB]) => adapterA === adapterB && same(keyA, keyB),
    onComplete: (rates) => {
      const id = this.working.shippingMethodId;
      if (id && shippingMethodLapsed(this.working, rates)) {
        const name = this.methods.value?.find((method) => method.id === id)?.name ?? id;
        this.working = setShippingMethod(this.working, null);
        this.notice = msg(str`${name} no longer applies and was cleared.`);
        return;
      }
      // The only method, or the site's default, shows chosen (and priced in the totals); the agent may change it.
      const preselected = id ? undefined : preselectedShippingMethod(rates);
      if (!preselected) return;
      // Not an edit of the agent's: without edits before it, closing asks nothing.
      const clean = !this.guard.dirty;
      this.working = setShippingMethod(this.working, preselected.id);
      if (clean) this.guard.opened();
    },
  });

  /**
   * The largest line, order or shipping adjustment an agent may give unaided, in percent of the line, the
   * merchandise or the shipping; above it an approver's code and `override-approval` are asked. Unset: no limit.
   */
  @property({ type: Number, attribute: 'max-adjustment-percent' }) maxAdjustmentPercent: number | null = null;

  /** @internal The draft being edited; the one `show()` was given stays as it was. */
  @state() private working: OrderDraft = createDraft();
  /** @internal The draft as it was when the dialog opened (what closing without saving leaves). */
  private original = this.working;
  /** @internal What keeps "Save" from saving. */
  @state() private problems: Problem[] = [];
  /** @internal A message about something the dialog changed by itself (a cleared shipping method). */
  @state() private notice = '';
  /** @internal Whether the dialog is open: its content exists only then, fresh at each opening. */
  @state() private opened = false;
  /** @internal Adjustments typed that are not amounts. */
  @state() private errors: Partial<Record<AdjustmentKey, string>> = {};

  /** The draft as edited so far (what "Save" would save). */
  get draft(): OrderDraft {
    return this.working;
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return !!this.dialog()?.open;
  }

  /** The name of a shipping method among the rates last loaded, for summaries. */
  shippingMethodName(id: string | null): string | undefined {
    return this.methods.value?.find((method) => method.id === id)?.name;
  }

  /**
   * Opens the dialog on `draft` (drafts are immutable: edits make new ones); with `focusPath`, at
   * the field of that problem path (see `focusField`).
   */
  async show(draft: OrderDraft, focusPath?: string): Promise<void> {
    this.working = this.original = draft;
    this.coupons.reset(draft);
    this.shipTo.reset(draft);
    this.problems = [];
    this.notice = '';
    this.errors = {};
    this.taxExempt.reset(draft);
    this.overrides.reset();
    this.opened = true;
    this.guard.opened();
    await this.updateComplete;
    this.dialog()?.showModal();
    if (focusPath) await this.focusField(focusPath);
  }

  /**
   * Moves focus to the control of a problem path: "shippingMethodId", "orderAdjustment",
   * "shippingAdjustment", or a line's "lines.<id>.quantity" (`.fulfillment`, `.adjustment`);
   * once the shipping rates are in, as the Shipping Method select waits for them.
   */
  async focusField(path: string): Promise<void> {
    await this.methods.taskComplete.catch(() => undefined);
    await this.updateComplete;
    const target = this.$(`[data-path="${path}"]`);
    if (target) return target.focus();
    const editor = this.editor();
    await editor?.updateComplete;
    editor?.focusProblem(path);
  }

  /** Closes the dialog without saving (no question asked): the edits are dropped. */
  close(): void {
    this.dialog()?.close();
    this.working = this.original;
    this.opened = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.methods.abort();
    this.priceLists.abort();
  }

  protected override willUpdate(): void {
    // The answer for the draft as it is (never one for an earlier price list) gives the lines'
    // unit prices and which coupons the order has; closed, the dialog keeps the draft it was given.
    if (this.opened) this.coupons.adopt();
  }

  /** The `<dialog>`. */
  private dialog(): HTMLDialogElement | null {
    return this.$<HTMLDialogElement>('dialog');
  }

  /** The `<line-item-editor>`, while the dialog is open. */
  private editor(): LineItemEditor | null {
    return this.$<LineItemEditor>('line-item-editor');
  }

  private money(amount: Money, negative = false): string {
    return formatMoney(negative ? negate(amount) : amount, this.locale);
  }

  private async save(): Promise<void> {
    // The stock of the lines, looked up when the editor first shows them, checks their quantities.
    const editor = this.editor();
    await editor?.updateComplete;
    await editor?.stockComplete;
    this.shipTo.commit();
    const draft = this.working;
    const errors = Object.entries(this.errors) as [AdjustmentKey, string][];
    this.problems = [
      ...errors
        .filter(([, message]) => message)
        .map(([key, message]) => ({ path: `${key}Adjustment`, code: 'invalid-amount', message })),
      ...inAgentWords(
        validateOrderReadiness(draft).filter((problem) => !/^(customer|siteId|lines$)/.test(problem.path)),
      ),
      // Quantities beyond what a line's fulfillment has on hand and expected, as far as the editor knows.
      ...(editor?.quantityProblems() ?? []),
      ...this.overrides.problems(),
      ...this.taxExempt.problems(),
    ].map((problem) => {
      const line = draft.lines.find((each) => problem.path.startsWith(`lines.${each.id}.`));
      return line ? { ...problem, message: labelled(isolate(line.productName), isolate(problem.message)) } : problem;
    });
    const first = this.problems[0];
    if (!first) {
      // "Save to customer": the address added to the customer first (the dialog stays open if it fails).
      const saved = await this.shipTo.save(draft);
      if (!saved) return;
      this.original = saved;
      this.close();
      // Documented by the @fires tag (the analyzer cannot name an event from its class).
      const event = new OrderDetailsChangeEvent({ draft: saved });
      this.fire(event);
      return;
    }
    await this.focusField(first.path);
  }

  /**
   * Reads an adjustment's controls into the draft (within the limits: see `order-adjustment-approval.ts`);
   * an amount that is not one is kept as an error.
   */
  private adjust(key: AdjustmentKey): void {
    const read = readAdjustment(
      (name) => this.$<HTMLInputElement>(`#${key}-${name}`)?.value.trim() ?? '',
      this.working.currency,
      this.locale,
    );
    this.errors = { ...this.errors, [key]: read.error };
    if (!read.error) this.overrides.offer(key, read.next);
  }

  private renderAdjustment(key: AdjustmentKey, legend: string): TemplateResult {
    const adjustment = this.working[`${key}Adjustment`];
    const locale = this.locale;
    const note = key === 'shipping' ? this.shippingAdjustmentNote() : '';
    // In the locale's digits and decimal sign ("12,5" in de-DE), as `parsePercent` reads it back.
    const percent = (basisPoints: number) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(basisPoints / 100);
    const input = (name: string, value: string) =>
      html`<input
        id="${key}-${name}"
        class="field__control"
        data-path=${name === 'amount' ? `${key}Adjustment` : nothing}
        aria-describedby=${name === 'amount' && note ? `${key}-note` : nothing}
        maxlength=${ifDefined(name === 'reason' ? TEXT_LIMITS.adjustmentReason : undefined)}
        .value=${value}
        @change=${() => this.adjust(key)}
      />`;
    return html`<fieldset>
      <legend class="field__label">${legend}</legend>
      <div class="adjust">
        ${
          key === 'order'
            ? field(
                'order-kind',
                msg('Type'),
                html`<select id="order-kind" class="field__control" @change=${() => this.adjust(key)}>
                  <option value="amount">${msg('Amount')}</option>
                  <option value="percent" ?selected=${adjustment?.kind === 'percent'}>${msg('Percent')}</option>
                </select>`,
              )
            : nothing
        }
        ${field(
          `${key}-amount`,
          msg('Amount'),
          input(
            'amount',
            !adjustment
              ? ''
              : adjustment.kind === 'percent'
                ? percent(adjustment.basisPoints)
                : formatMoneyForInput(adjustment.amount, locale),
          ),
        )}
        ${field(`${key}-reason`, msg('Reason'), input('reason', adjustment?.reason ?? ''))}
      </div>
      <p class="error">${this.errors[key]}</p>
      ${this.overrides.render(key)}
      ${key === 'shipping' ? html`<p id="shipping-note" class="warning" part="adjustment-note" role="status">${note}</p>` : nothing}
    </fieldset>`;
  }

  /**
   * Why the shipping adjustment takes off less than asked, once the answer for the draft as it
   * is shows it: there is no shipping charge, shipping is already free (FREESHIP), or only part of
   * the shipping is left to take off. '' when it takes off what was asked.
   */
  private shippingAdjustmentNote(): string {
    const asked = this.working.shippingAdjustment?.amount;
    const { pricing } = this.pricing;
    if (
      !asked ||
      !pricing ||
      !this.pricing.answers(this.coupons.priced(this.working)) ||
      pricing.shippingAdjustment.amount >= asked.amount
    )
      return '';
    if (pricing.shippingAdjustment.amount > 0) {
      const capped = this.money(pricing.shippingAdjustment);
      return msg(str`Capped at ${capped}: that is all the shipping left to pay.`);
    }
    return pricing.shipping.amount > 0
      ? msg('Shipping is already free: this adjustment has no effect.')
      : msg('There is no shipping charge: this adjustment has no effect.');
  }

  /** The shipping method select, once the rates are in; none when nothing ships. */
  private renderShippingMethod(draft: OrderDraft): unknown {
    if (!anyLineShips(draft)) return nothing;
    const invalid = this.problems.some((problem) => problem.path === 'shippingMethodId');
    const select = (methods: ShippingMethod[]) =>
      html`<select
        id="shipping-method"
        class="field__control"
        data-path="shippingMethodId"
        aria-keyshortcuts="Alt+Shift+M"
        required
        aria-invalid=${invalid}
        @change=${this.editWith((edited, id) => setShippingMethod(edited, id || null))}
      >
        <option value="">${msg('Choose a shipping method')}</option>
        ${methods.map((method) => html`<option value=${method.id} ?selected=${method.id === draft.shippingMethodId}>${isolate(method.name)} · ${this.money(method.rate)}</option>`)}
      </select>`;
    return field(
      'shipping-method',
      msg('Shipping Method'),
      renderTask(this.methods, select, msg('The shipping methods could not be loaded.')),
    );
  }

  private renderPriceList(draft: OrderDraft): TemplateResult {
    const select = (lists: PriceList[]) =>
      html`<select
        id="price-list"
        class="field__control"
        @change=${this.editWith((edited, id) => setPriceList(edited, id || null))}
      >
        <option value="">${msg('List prices')}</option>
        ${lists.map((list) => html`<option value=${list.id} ?selected=${list.id === draft.priceListId}>${list.name}</option>`)}
      </select>`;
    return field(
      'price-list',
      msg('Price list'),
      renderTask(this.priceLists, select, msg('The price lists could not be loaded.')),
    );
  }

  /** A text area of the order ("Customer notes", "Order gift message") with its limit. */
  private renderTextArea(
    id: string,
    label: string,
    limit: number,
    value: string,
    edit: (draft: OrderDraft, text: string) => OrderDraft,
  ): TemplateResult {
    return field(
      id,
      label,
      html`<textarea
          id=${id}
          class="field__control"
          maxlength=${limit}
          aria-describedby="${id}-limit"
          .value=${value}
          @change=${this.editWith(edit)}
        ></textarea
        >${limitHint(`${id}-limit`, limit, this.locale)}`,
    );
  }

  /** Applies an edit to the draft as it is when it happens (two may come before a render). */
  private setDraft(edit: (draft: OrderDraft) => OrderDraft): void {
    this.working = edit(this.working);
  }

  /** A control's `change`: `edit` with the control's value. */
  private editWith(edit: (draft: OrderDraft, value: string) => OrderDraft): (event: Event) => void {
    return (event) => this.setDraft((edited) => edit(edited, (event.target as HTMLSelectElement).value));
  }

  private renderOrderLevel(draft: OrderDraft): TemplateResult {
    return html`<div class="details">
      ${this.renderShippingMethod(draft)}
      <p class="warning" role="status">${this.notice}</p>
      ${this.shipTo.render()} ${this.coupons.render()} ${this.renderPriceList(draft)}
      ${this.renderTextArea('notes', msg('Customer notes'), TEXT_LIMITS.customerNotes, draft.customerNotes, setCustomerNotes)}
      ${this.renderTextArea('gift-message', msg('Order gift message'), TEXT_LIMITS.giftMessage, draft.giftMessage, setGiftMessage)}
      ${this.renderAdjustment('order', msg('Order adjustment'))}
      ${this.renderAdjustment('shipping', msg('Shipping adjustment'))} ${this.taxExempt.render()}
    </div>`;
  }

  /** What keeps "Save" from saving, as an alert above the editor. */
  private renderProblems(): unknown {
    if (!this.problems.length) return nothing;
    return html`<div class="problems" part="problems" role="alert">
      <p>${msg('Fix these to save the order details:')}</p>
      <ul>
        ${this.problems.map((problem) => html`<li>${problem.message}</li>`)}
      </ul>
    </div>`;
  }

  /** The dialog's content while it is open: problems, the line items, the order's details and totals, the actions. */
  private renderContent(draft: OrderDraft): TemplateResult {
    return html`${this.renderProblems()}
      <line-item-editor
        part="line-item-editor"
        .adapter=${this.adapter}
        .site=${this.site}
        .lines=${draft.lines}
        .priceListId=${draft.priceListId}
        .maxAdjustmentPercent=${this.maxAdjustmentPercent}
        @line-items-change=${(event: LineItemsChangeEvent) => this.setDraft((edited) => setLines(edited, event.lines))}
      ></line-item-editor>
      <div class="order">
        ${this.renderOrderLevel(draft)}
        ${renderTotals(this.pricing, (amount, negative) => this.money(amount, negative), this.locale, draft.taxExemption)}
      </div>
      <div class="footer">
        ${renderKeysHint()}
        <button class="button" type="button" @click=${this.guard.close}>${msg('Cancel')}</button>
        <button
          class="button button--primary"
          part="save-button"
          type="button"
          aria-keyshortcuts="Control+Enter Meta+Enter"
          @click=${this.save}
          >${msg('Save')}</button
        >
      </div>`;
  }

  override render(): TemplateResult {
    const dialog: GuardedDialog = {
      part: 'dialog',
      titleId: 'details-title',
      title: msg('Order Details'),
    };
    return html`${this.guard.renderDialog(dialog, this.opened ? this.renderContent(this.working) : nothing)}
    ${this.discard.render()}`;
  }
}

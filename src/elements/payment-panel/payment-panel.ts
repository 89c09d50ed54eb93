import { localized, msg, str } from '../shared/localize.js';
import { initialState, Task } from '@lit/task';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError, ValidationError } from '../../adapter/errors.js';
import { detectCardBrand, parseExpiry } from '../../model/card.js';
import { CARD_BRAND_NAMES, defaultBillingAddress, defaultShippingAddress } from '../../model/draft.js';
import { clampToZero, formatMoney, formatMoneyForInput, subtract, sum } from '../../model/money.js';
import type {
  AddressInput,
  Balance,
  CardBrand,
  CardSummary,
  Customer,
  Money,
  Payment,
  PaymentType,
} from '../../model/types.js';
import { validatePayments } from '../../model/validation.js';
import { PaymentsChangeEvent } from '../../events/payments-change.js';
import { controlStyles } from '../shared/control.styles.js';
import { FocusAfterUpdate } from '../shared/focus-after-update.js';
import { OrderElement } from '../shared/order-element.js';
import { errorText } from '../shared/adapter-text.js';
import { layoutStyles } from '../shared/layout.styles.js';
import { UndoStatus, undoStatusStyles } from '../shared/undo-status.js';
import { amountHint, mostFor, totalFigure, totalKnown, type TotalStatus } from './payment-amount.js';
import {
  addProblems,
  CARD_FIELDS,
  cardFailureText,
  fieldId,
  keepable,
  numberLabel,
  optionalLabel,
  paymentText,
  renderBilling,
  renderField,
} from './payment-fields.js';
import type { FieldErrors, FieldOptions } from './payment-fields.js';
import { type FormEntry, readPaymentForm } from './payment-form.js';
import { renderPaymentList } from './payment-list.js';
import { paymentPanelStyles } from './payment-panel.styles.js';

/** What the panel hands a host's hosted-fields tokenizer: the fields it collects itself. */
export interface HostedCardDetails {
  nameOnCard: string;
  billingAddress?: AddressInput;
}

/** The selector of a payment's row. */
const rowOf = (payment: Payment) => `[data-payment="${CSS.escape(payment.id)}"]`;

/**
 * @tagname payment-panel
 * @summary The payments of an order: the total, the payments so far, the balance due, and "Add Payment".
 *
 * @description "Add Payment" opens the payment form with "Credit Card" selected; "Payment type"
 * lists the types the adapter offers for the site (check, purchase order, store credit, gift card,
 * …), each with its fields. The amount defaults to the balance due, and payments may split the
 * total but never exceed it. Store credit and gift card balances are looked up before they can be
 * applied, and the amount is capped at the balance.
 *
 * Card data: the card number and security code live only in their inputs (no `name`,
 * `autocomplete="off"`, never bound to a property) and in the tokenizer call; then the inputs are
 * cleared and only the token, brand, last four digits and expiry are kept ("Visa •••• 1111"). A
 * tokenizer's answer that cannot be trusted (last four that are not four digits, no token) is
 * refused in the form, and nothing of it is shown or sent on.
 * With `hosted-fields`, the host mounts its payment provider's fields in the `card-fields` slot
 * instead, and `tokenizeHosted` returns the token.
 *
 * The adapter and the site come from `<offline-order-builder>` through context, or are set
 * directly by a host.
 *
 * @slot card-fields - Hosted-fields mode: the payment provider's card number, expiry and security code fields (e.g. iframes).
 *
 * After "Save", focus goes to "Add Payment" while a balance is due, else to the new payment's row.
 * "Remove" takes a payment away at once, and the status says so with "Undo" (for at least 15 s,
 * and as long as the pointer or focus is on it), which puts the payment back in its place.
 *
 * @fires {PaymentsChangeEvent} payments-change - The agent added, removed or restored (Undo) a payment; `payments` is the whole list (tokens only, never card numbers). Not fired when a host sets `payments`.
 *
 * @csspart totals - The order total, paid and balance due figures.
 * @csspart order-total - The order total.
 * @csspart paid - What the payments add up to.
 * @csspart balance-due - The balance due.
 * @csspart payment-list - The list of payments.
 * @csspart payment - One payment.
 * @csspart payment-label - A payment's name ("Visa •••• 1111", "Check 1024").
 * @csspart payment-amount - A payment's amount.
 * @csspart remove-button - A payment's "Remove" button.
 * @csspart undo-status - The status line: "Visa •••• 1111 removed." with "Undo" (otherwise visually hidden).
 * @csspart undo-button - Its "Undo" button.
 * @csspart note - "Nothing to pay yet" and "The order is paid in full".
 * @csspart error - The notice shown when the payments exceed the total.
 * @csspart add-button - The "Add Payment" button.
 * @csspart form - The payment form.
 * @csspart field - Each field of the form.
 * @csspart control - Each input and select of the form.
 * @csspart hint - A field's hint: the card brand, the available balance, that the amount waits for the total.
 * @csspart amount-currency - The currency beside the amount ("CAD"), its description.
 * @csspart billing-address - The billing address group.
 * @csspart card-fields - The container of the `card-fields` slot.
 * @csspart check-balance-button - The "Check Balance" button of store credit and gift cards.
 * @csspart form-error - A decline or another failure, shown in the form.
 * @csspart save-button - The "Save" button.
 * @csspart cancel-button - The "Cancel" button.
 *
 * @cssprop [--oo-color-text=#1f2328] - Text colour.
 * @cssprop [--oo-color-text-muted=#59636e] - Hints and the labels of figures.
 * @cssprop [--oo-color-surface=#f6f8fa] - Background of the form.
 * @cssprop [--oo-color-surface-raised=#ffffff] - Controls.
 * @cssprop [--oo-color-border=#818b98] - Outlines of controls.
 * @cssprop [--oo-color-divider=#d1d9e0] - Lines between payments, the form's outline.
 * @cssprop [--oo-color-accent=#0969da] - Primary buttons.
 * @cssprop [--oo-color-danger=#cf222e] - Errors.
 * @cssprop [--oo-focus-ring=2px solid #0969da] - Focus outline.
 * @cssprop [--oo-space-3=0.75rem] - Spacing between fields.
 * @cssprop [--oo-radius=0.375rem] - Corner radius.
 */
@localized()
export class PaymentPanel extends OrderElement {
  static override styles = [controlStyles, layoutStyles, undoStatusStyles, paymentPanelStyles];

  /** @internal "… removed." with "Undo", and the other announcements. */
  private undo = new UndoStatus(this);

  /** @internal */
  private types = new Task(this, {
    task: async ([adapter, siteId], { signal }) =>
      adapter && siteId ? adapter.listPaymentTypes({ siteId }, { signal }) : initialState,
    args: () => [this.adapter, this.site?.id] as const,
  });

  /** @internal Whether the payment form is open. */
  @state() private open = false;
  /** @internal The chosen payment type id ('' for the default, Credit Card). */
  @state() private typeId = '';
  /** @internal Messages by field id; `form` for a decline or another failure. */
  @state() private errors: FieldErrors = {};
  /** @internal A save or a balance check is in flight. */
  @state() private busy = false;
  /** @internal The brand of the number being typed (never the number). */
  @state() private brand: CardBrand = 'unknown';
  /** @internal The balance looked up for the code in the form. */
  @state() private balance: Balance | null = null;
  /** @internal "Same as shipping address". */
  @state() private sameAsShipping = false;
  /** @internal What the polite live region says. */
  @state() private announcement = '';

  /** The order total. Null (or zero) while there is nothing to pay. */
  @property({ attribute: false }) total: Money | null = null;

  /** Where `total` stands: "ready" (or "idle"), the adapter's answer; "pending" or "error", a preview that no amount is filled in from. */
  @property({ attribute: false }) totalStatus: TotalStatus = 'ready';

  /** The payments added so far. Setting it renders them without firing `payments-change`. */
  @property({ attribute: false }) payments: Payment[] = [];

  /** The customer, whose default billing address is the card's billing address by default. */
  @property({ attribute: false }) customer: Customer | null = null;

  /** Hosted-fields mode: the `card-fields` slot replaces the card number, expiry and security code inputs. */
  @property({ type: Boolean, attribute: 'hosted-fields' }) hostedFields = false;

  /**
   * Hosted-fields mode: asks the host's payment provider to tokenize the card keyed in its fields,
   * and resolves with what may be kept of it. A rejection with an adapter error (e.g. a
   * `DeclinedError`) shows its message in the form; any other rejection a generic one.
   */
  @property({ attribute: false }) tokenizeHosted: ((details: HostedCardDetails) => Promise<CardSummary>) | undefined;

  /** @internal */
  private abort: AbortController | undefined;
  /** @internal Where focus goes once rendered (kept over renders until that control shows). */
  private focusAfter = new FocusAfterUpdate(this, { untilFound: true });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  /** The payment types the adapter offers for the site, once loaded (empty until then). */
  get paymentTypes(): readonly PaymentType[] {
    return this.types.value ?? [];
  }

  /** What the payments add up to, in the total's currency (null without a total). */
  get paid(): Money | null {
    const { total } = this;
    return (
      total &&
      sum(
        this.payments.map((payment) => payment.amount).filter((amount) => amount.currency === total.currency),
        total.currency,
      )
    );
  }

  /** The balance due: the total less the payments, never below zero (null without a total). */
  get balanceDue(): Money | null {
    return this.total && clampToZero(subtract(this.total, this.paid!));
  }

  private get type(): PaymentType | undefined {
    const types = this.types.value ?? [];
    const chosen = types.find((type) => type.id === this.typeId);
    return chosen ?? types.find((type) => type.kind === 'credit-card') ?? types[0];
  }

  private format(amount: Money): string {
    return formatMoney(amount, this.locale);
  }

  /** The input of a field key. */
  private input(key: string): HTMLInputElement | null {
    return this.renderRoot.querySelector(`#${fieldId(key)}`);
  }

  private change(payments: Payment[], words: string): void {
    this.payments = payments;
    // Documented by the @fires tag (the analyzer cannot name an event from its class).
    const event = new PaymentsChangeEvent({ payments: [...payments] });
    this.fire(event);
    this.undo.dismiss();
    this.announcement = words;
    // Never the page, never a "Remove": "Add Payment", or "Undo" when nothing is due.
    this.focusAfter.request('#add, [part~="undo-button"]');
  }

  /** "Remove": at once, with "Undo" in the status. */
  private removePayment(payment: Payment): void {
    const index = this.payments.indexOf(payment);
    const label = paymentText(payment, this.types.value);
    this.change(
      this.payments.filter((other) => other !== payment),
      '',
    );
    this.undo.offer(
      msg(str`${label} removed.`),
      () => {
        // Back in its place, and focus on it.
        const list = [...this.payments];
        list.splice(Math.min(index, list.length), 0, payment);
        this.change(list, msg(str`${label} restored.`));
        this.focusAfter.request(rowOf(payment));
      },
      () => !this.payments.some((p) => p.id === payment.id),
    );
  }

  /** Opens the payment form, as "Add Payment" does, when there is something to pay. */
  showForm(): void {
    if (this.balanceDue?.amount && this.adapter && this.site) this.handleAdd();
  }

  private handleAdd(): void {
    const { customer } = this;
    const shipping = customer && defaultShippingAddress(customer);
    this.open = true;
    this.typeId = '';
    this.errors = {};
    this.balance = null;
    this.brand = 'unknown';
    this.sameAsShipping = !!shipping && shipping === defaultBillingAddress(customer!);
    this.focusAfter.request('#f-type');
  }

  private handleCancel(): void {
    this.abort?.abort();
    this.open = this.busy = false;
    this.focusAfter.request('#add');
  }

  private handleType(event: Event): void {
    this.typeId = (event.target as HTMLSelectElement).value;
    this.errors = {};
    this.balance = null;
  }

  private handleNumberInput(event: Event): void {
    this.brand = detectCardBrand((event.target as HTMLInputElement).value);
  }

  private async handleCheckBalance(): Promise<void> {
    const { adapter, site, type } = this;
    const code = this.input('reference')!.value.trim();
    this.errors = code ? {} : { 'f-reference': msg('This field is required.') };
    if (!code || this.busy) return;
    this.busy = true;
    this.abort = new AbortController();
    try {
      const balance = (this.balance = await adapter!.checkBalance(
        { siteId: site!.id, typeId: type!.id, code },
        { signal: this.abort.signal },
      ));
      // Without the total, the amount fills in when it comes (the field's default, see renderForm).
      const amount = mostFor(totalKnown(this.totalStatus) ? this.balanceDue : null, balance)!;
      if (amount.amount <= 0) this.errors = { 'f-reference': msg('This code has no balance left.') };
      else if (totalKnown(this.totalStatus)) this.input('amount')!.value = formatMoneyForInput(amount, this.locale);
    } catch (error) {
      // At the field, said there (a live region; focus stays on "Check Balance"); what failed first.
      if (!isAbortError(error))
        this.errors = { 'f-reference': `${msg('The balance could not be checked.')} ${errorText(error)}` };
    }
    this.busy = false;
  }

  private async handleSave(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { type, total } = this;
    if (this.busy || !type || !total) return;
    const entry = this.readForm(event.target as HTMLFormElement, type, total);
    this.errors = entry.errors;
    this.focusAfter.request('[aria-invalid="true"]');
    if (Object.keys(entry.errors).length) return;
    if (type.kind === 'credit-card') {
      const card = await this.addCard(entry);
      if (!card) return;
      entry.payment.card = card;
    }
    this.open = false;
    const label = paymentText(entry.payment, this.types.value);
    this.change([...this.payments, entry.payment], msg(str`${label} added.`));
    // Paid in full, "Add Payment" is gone: focus goes to the new payment's row.
    if (!this.balanceDue?.amount) this.focusAfter.request(rowOf(entry.payment));
  }

  /** What the form says: the payment it describes, and what is wrong in it (checked before anything is sent). */
  private readForm(form: HTMLFormElement, type: PaymentType, total: Money): FormEntry {
    const { customer } = this;
    const value = (key: string) => this.input(key)?.value ?? '';
    return readPaymentForm(form, {
      type,
      total,
      payments: this.payments,
      balanceDue: totalKnown(this.totalStatus) ? this.balanceDue : null,
      balance: this.balance,
      shippingAddress: (this.sameAsShipping && customer && defaultShippingAddress(customer)) || null,
      // Read at the moment they are checked, and kept nowhere.
      card: this.hostedFields
        ? null
        : { number: value('number'), expiry: value('expiry'), securityCode: value('securityCode') },
      brand: this.brand,
      locale: this.locale,
    });
  }

  /**
   * Hands the card to the tokenizer (the adapter's, or the host's hosted fields) and resolves with
   * what may be kept of it; null when the card was not added (the form says why).
   */
  private async addCard({ nameOnCard, billingAddress }: FormEntry): Promise<CardSummary | null> {
    const { adapter, site, hostedFields } = this;
    const number = this.input('number');
    const securityCode = this.input('securityCode');
    this.busy = true;
    this.abort = new AbortController();
    try {
      const { month, year } = parseExpiry(this.input('expiry')?.value ?? '') ?? { month: 0, year: 0 };
      const card = hostedFields
        ? // Without a tokenizer this throws, and the form says that the card could not be added.
          await this.tokenizeHosted!({ nameOnCard, billingAddress })
        : await adapter!.tokenizeCard(
            {
              siteId: site!.id,
              // Read at the last moment and handed on; nothing else keeps them.
              card: {
                number: number!.value.replace(/[\s-]/g, ''),
                securityCode: securityCode!.value.trim(),
                expiryMonth: month,
                expiryYear: year,
                nameOnCard,
                billingAddress,
              },
            },
            { signal: this.abort.signal },
          );
      this.busy = false;
      // Only what may be kept, whatever else a tokenizer answered; nothing of an answer that
      // cannot be trusted is shown or sent on.
      const kept = keepable(card, number?.value ?? '');
      if (!kept) {
        this.errors = {
          form: msg(
            'The card could not be added: the payment service gave an answer that cannot be used. Try again, or take another payment type.',
          ),
        };
        this.focusAfter.request('#form-error');
        return null;
      }
      if (number) number.value = securityCode!.value = '';
      return kept;
    } catch (error) {
      this.busy = false;
      if (!isAbortError(error)) this.showCardFailure(error);
      return null;
    }
  }

  /** Why the card could not be added: at the card fields the provider named, or for the whole form. */
  private showCardFailure(error: unknown): void {
    // Card fields of the panel's own; the provider's hosted fields show their own errors.
    const problems =
      error instanceof ValidationError && !this.hostedFields
        ? error.problems.filter((problem) => CARD_FIELDS.includes(problem.path))
        : [];
    const errors: FieldErrors = {};
    addProblems(errors, problems, this.brand);
    this.errors = problems.length ? errors : { form: cardFailureText(error) };
    // Only a number the provider itself calls invalid is cleared; a decline keeps it for a retry.
    if (errors['f-number']) this.input('number')!.value = '';
    this.focusAfter.request('[aria-invalid="true"], #form-error');
  }

  /** A labelled input or select of the form, with its error. */
  private field(key: string, label: string, options: FieldOptions = {}): TemplateResult {
    return renderField(key, label, this.errors[fieldId(key)], options);
  }

  /** The fields of the chosen payment type. */
  private renderTypeFields(type: PaymentType): unknown {
    switch (type.kind) {
      case 'credit-card':
        return this.renderCardFields();
      case 'check':
        return this.field('reference', numberLabel(type.label), { required: true });
      case 'purchase-order':
        return this.renderPurchaseOrderFields(type);
      case 'store-credit':
      case 'gift-card':
        return this.renderCodeFields();
      default:
        return nothing;
    }
  }

  private renderCardFields(): TemplateResult {
    return html`${this.field('nameOnCard', msg('Name on card'), { required: true })}${
      this.hostedFields
        ? html`<div class="wide" part="card-fields"><slot name="card-fields"></slot></div>`
        : this.renderCardInputs()
    }${renderBilling(
      this.customer,
      this.sameAsShipping,
      () => (this.sameAsShipping = !this.sameAsShipping),
      (key, text, options) => this.field(key, text, options),
    )}`;
  }

  /** The panel's own card number, expiry and security code inputs (no `name`: their values stay in them). */
  private renderCardInputs(): TemplateResult {
    const card = { card: true, mode: 'numeric' };
    const brand = this.brand !== 'unknown' && CARD_BRAND_NAMES[this.brand];
    const number = this.field('number', msg('Card number'), { ...card, hint: brand, onInput: this.handleNumberInput });
    return html`${number}${this.field('expiry', msg('Expiry (MM/YY)'), card)}${this.field('securityCode', msg('Security code'), card)}`;
  }

  private renderPurchaseOrderFields({ terms = [], fields = [] }: PaymentType): TemplateResult {
    const required = { required: true };
    return html`${this.field('reference', msg('PO number'), required)}${
      terms.length
        ? this.field('termsId', msg('Payment terms'), {
            ...required,
            options: [
              { value: '', text: msg('Choose terms') },
              ...terms.map((term) => ({ value: term.id, text: term.label })),
            ],
          })
        : nothing
    }${fields.map((field) => this.field(`fields.${field.name}`, optionalLabel(field), field))}`;
  }

  /** A store credit's or gift card's code, with "Check Balance" and the balance found. */
  private renderCodeFields(): TemplateResult {
    const available = this.balance && this.format(this.balance.available);
    return html`<div class="inline wide"
      >${this.field('reference', msg('Code'), {
        required: true,
        live: true,
        hint: available && msg(str`Available balance: ${available}`),
        onInput: () => (this.balance = null),
      })}<button class="button" part="check-balance-button" type="button" @click=${this.handleCheckBalance}
        >${msg('Check Balance')}</button
      ></div
    >`;
  }

  private renderForm(due: Money): TemplateResult {
    const { type, busy } = this;
    const error = this.errors.form;
    return html`<form part="form" novalidate aria-labelledby="form-title" aria-busy=${busy} @submit=${this.handleSave}
      ><p id="form-title" class="heading">${msg('Add Payment')}</p>${this.renderTypesLoad()}${
        type ? this.renderFormFields(type, due) : nothing
      }${error ? html`<p id="form-error" class="error" part="form-error" role="alert" tabindex="-1">${error}</p>` : nothing}<div
        class="actions"
        ><button class="button" part="cancel-button" type="button" @click=${this.handleCancel}>${msg('Cancel')}</button
        ><button class="button button--primary" part="save-button" type="submit" aria-disabled=${busy || !type}
          >${busy ? msg('Saving…') : msg('Save')}</button
        ></div
      ></form
    >`;
  }

  /** The payment types loading, or why they could not be (with "Retry"). */
  private renderTypesLoad(): unknown {
    return this.types.render({
      pending: () => html`<p>${msg('Loading payment types…')}</p>`,
      error: (error) =>
        html`<p class="error" role="alert"
          >${msg('The payment types could not be loaded.')} ${errorText(error)}
          <button class="button button--small" type="button" @click=${() => this.types.run()}
            >${msg('Retry')}</button
          ></p
        >`,
    });
  }

  /** "Payment type", "Amount" (the balance due, once the total is known) and the fields of the type. */
  private renderFormFields(type: PaymentType, due: Money): TemplateResult {
    const types = this.types.value ?? [];
    const typeField = this.field('type', msg('Payment type'), {
      options: types.map((option) => ({ value: option.id, text: option.label })),
      value: type.id,
      onInput: this.handleType,
    });
    const amountField = this.field('amount', msg('Amount'), {
      required: true,
      value: totalKnown(this.totalStatus) ? formatMoneyForInput(mostFor(due, this.balance)!, this.locale) : '',
      mode: 'decimal',
      currency: due.currency,
      hint: amountHint(this.totalStatus),
    });
    return html`<div class="grid">${typeField}${amountField}${this.renderTypeFields(type)}</div>`;
  }

  /** A figure of the totals: its label and amount (`ofTotal`: "Recalculating…" while the total is). */
  private renderFigure(label: string, part: string, amount: Money, ofTotal = true): TemplateResult {
    const text = this.format(amount);
    return html`<div
      ><dt>${label}</dt><dd part=${part}>${ofTotal ? totalFigure(this.totalStatus, text) : text}</dd></div
    >`;
  }

  /** "Order total", "Paid", "Balance due": once there is something to pay or a payment. */
  private renderTotals(): TemplateResult | typeof nothing {
    const { total } = this;
    if (!total || (!total.amount && !this.payments.length)) return nothing;
    const figures = [
      this.renderFigure(msg('Order total'), 'order-total', total),
      this.renderFigure(msg('Paid'), 'paid', this.paid!, false),
      this.renderFigure(msg('Balance due'), 'balance-due', this.balanceDue!),
    ];
    return html`<dl part="totals">${figures}</dl>`;
  }

  private renderPayments(): TemplateResult | typeof nothing {
    const remove = (payment: Payment) => this.removePayment(payment);
    return renderPaymentList(this.payments, this.types.value ?? [], this.locale, remove);
  }

  /** Said when the payments add up to more than a known total. */
  private renderOverpaid(): TemplateResult | typeof nothing {
    const { total } = this;
    const overpaid =
      total && totalKnown(this.totalStatus) && validatePayments(this, total).some((p) => p.path === 'payments');
    if (!overpaid) return nothing;
    return html`<p class="error" part="error" role="alert"
      >${msg('The payments add up to more than the order total. Remove a payment.')}</p
    >`;
  }

  /** The form while it is open, else "Add Payment" while a balance is due, else why nothing is. */
  private renderNext(): TemplateResult {
    const due = this.balanceDue;
    if (due?.amount && this.open) return this.renderForm(due);
    if (due?.amount) {
      return html`<button
        id="add"
        class="button button--primary"
        part="add-button"
        type="button"
        ?disabled=${!this.adapter || !this.site}
        @click=${this.handleAdd}
        >${msg('Add Payment')}</button
      >`;
    }
    return html`<p class="text-muted" part="note"
      >${this.total?.amount ? msg('The order is paid in full.') : msg('Nothing to pay yet: the order total is zero.')}</p
    >`;
  }

  override render(): TemplateResult {
    const status = this.undo.render(this.announcement);
    return html`${this.renderTotals()}${this.renderPayments()}${this.renderOverpaid()}${this.renderNext()}${status}`;
  }
}

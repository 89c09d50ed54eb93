import { localized, msg, str } from '../shared/localize.js';
import { initialState, Task } from '@lit/task';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError, ValidationError } from '../../adapter/errors.js';
import { detectCardBrand, parseExpiry } from '../../model/card.js';
import { defaultBillingAddress, defaultShippingAddress } from '../../model/draft.js';
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
import { mostFor, totalFigure, totalKnown, type TotalStatus } from './payment-amount.js';
import { cardholderName, firstFieldOf, handleExpiryChange, handleExpiryInput } from './card-entry.js';
import { addProblems, CARD_FIELDS, cardFailureText, fieldId, keepable, paymentText } from './payment-fields.js';
import type { FieldErrors } from './payment-fields.js';
import { renderPaymentForm, renderTypesError, renderTypesPending, type PaymentFormView } from './payment-form-view.js';
import { type FormEntry, readPaymentForm } from './payment-form.js';
import { renderPaymentList } from './payment-list.js';
import { paymentPanelStyles } from './payment-panel.styles.js';

/** What the panel hands a host's hosted-fields tokenizer: the fields it collects itself. */
export interface HostedCardDetails {
  nameOnCard: string;
  billingAddress?: AddressInput;
}

/** The element that has focus, inside nested shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
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
 * "Name on card" starts with the customer's name and the billing address with their default
 * billing address (both editable); the form then opens on "Card number". The expiry is one
 * "Expiry (MM/YY)" field that takes "1230", "12/30", "12 / 30" or "1/30". Enter in any field
 * saves the form, as "Save" does.
 *
 * After "Save", focus goes to "Add Payment" while a balance is due, else to the new payment's row,
 * unless a `payments-change` listener moved it (`<offline-order-builder>` takes it to its "Submit
 * Order" once the order is paid in full): the panel never takes back focus a host moved.
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
  /** @internal The total filled in the amount a save pressed meanwhile found empty: the hint says to check it and save. */
  @state() private amountFilled = false;
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

  /**
   * Where the order ships, when not to the customer's default shipping address (the builder passes
   * the order's ship-to address): what "Same as shipping address" means. Null: the customer's default
   * shipping address.
   */
  @property({ attribute: false }) shippingAddress: AddressInput | null = null;

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
  /** @internal The form just opened: focus goes to its first field once the payment types are known. */
  private focusFirstField = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('totalStatus') && totalKnown(this.totalStatus)) this.fillAmount();
    const first = this.focusFirstField && firstFieldOf(this.type, cardholderName(this.customer), this.hostedFields);
    if (!first) return;
    this.focusFirstField = false;
    this.focusAfter.request(first);
  }

  /**
   * The total arrived: an amount left empty meanwhile (its field waited for it) takes the balance
   * due, and a "This field is required." said of it by a save pressed meanwhile no longer holds:
   * the hint says instead that the amount was filled in, to check it and press Save (that save did
   * not happen: the agent sees the amount before it is taken).
   */
  private fillAmount(): void {
    const input = this.input('amount');
    const due = this.balanceDue;
    if (!input || input.value.trim() || !due) return;
    input.value = formatMoneyForInput(mostFor(due, this.balance)!, this.locale);
    const { 'f-amount': _filled, ...rest } = this.errors;
    if (_filled) [this.errors, this.amountFilled] = [rest, true];
  }

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

  /** Sets and reports the payments; false when a listener moved focus (the panel then leaves it). */
  private change(payments: Payment[], words: string): boolean {
    this.payments = payments;
    // Documented by the @fires tag (the analyzer cannot name an event from its class).
    const event = new PaymentsChangeEvent({ payments: [...payments] });
    const before = deepActiveElement();
    this.fire(event);
    this.undo.dismiss();
    this.announcement = words;
    // A listener took focus to its own next control (the builder's "Submit Order"): left there,
    // and no earlier request of the form's takes it back.
    const moved = deepActiveElement() !== before;
    // Never the page, never a "Remove": "Add Payment", or "Undo" when nothing is due.
    this.focusAfter.request(moved ? '' : '#add, [part~="undo-button"]');
    return !moved;
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
        if (this.change(list, msg(str`${label} restored.`))) this.focusAfter.request(rowOf(payment));
      },
      () => !this.payments.some((p) => p.id === payment.id),
    );
  }

  /** Opens the payment form, as "Add Payment" does, when there is something to pay. */
  showForm(): void {
    if (this.balanceDue?.amount && this.adapter && this.site) this.handleAdd();
  }

  /** The address "Same as shipping address" stands for: `shippingAddress`, else the customer's default shipping address. */
  private get shipping(): AddressInput | null {
    return this.shippingAddress ?? (this.customer && defaultShippingAddress(this.customer));
  }

  private handleAdd(): void {
    const { customer, shipping } = this;
    const billing = customer && defaultBillingAddress(customer);
    this.open = true;
    this.typeId = '';
    this.errors = {};
    this.amountFilled = false;
    this.balance = null;
    this.brand = 'unknown';
    // Ticked when the order ships to the customer's billing address (a one-time address never is).
    this.sameAsShipping = !!shipping && !!billing && (shipping === billing || shipping.id === billing.id);
    // "Card number" when the name is filled in already (see `firstFieldOf`), once the types are known.
    this.focusFirstField = true;
  }

  private handleCancel(): void {
    this.abort?.abort();
    this.open = this.busy = false;
    this.focusFirstField = false;
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
    this.amountFilled = false;
    this.focusAfter.request('[aria-invalid="true"]');
    if (Object.keys(entry.errors).length) return;
    if (type.kind === 'credit-card') {
      const card = await this.addCard(entry);
      if (!card) return;
      entry.payment.card = card;
    }
    this.open = false;
    const label = paymentText(entry.payment, this.types.value);
    const kept = this.change([...this.payments, entry.payment], msg(str`${label} added.`));
    // Paid in full, "Add Payment" is gone: focus goes to the new payment's row (unless a listener took it).
    if (kept && !this.balanceDue?.amount) this.focusAfter.request(rowOf(entry.payment));
  }

  /** What the form says: the payment it describes, and what is wrong in it (checked before anything is sent). */
  private readForm(form: HTMLFormElement, type: PaymentType, total: Money): FormEntry {
    const value = (key: string) => this.input(key)?.value ?? '';
    return readPaymentForm(form, {
      type,
      total,
      payments: this.payments,
      balanceDue: totalKnown(this.totalStatus) ? this.balanceDue : null,
      balance: this.balance,
      shippingAddress: (this.sameAsShipping && this.shipping) || null,
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

  /** The payment form while it is open (see payment-form-view.ts). */
  private renderForm(due: Money): TemplateResult {
    const view: PaymentFormView = {
      type: this.type,
      types: this.types.value ?? [],
      typesLoad: this.types.render({
        pending: renderTypesPending,
        error: (error) => renderTypesError(errorText(error), () => void this.types.run()),
      }),
      errors: this.errors,
      busy: this.busy,
      brand: this.brand,
      balance: this.balance,
      customer: this.customer,
      shipping: this.shipping,
      sameAsShipping: this.sameAsShipping,
      hostedFields: this.hostedFields,
      totalStatus: this.totalStatus,
      amountFilled: this.amountFilled,
      locale: this.locale,
      nameOnCard: cardholderName(this.customer),
      onSave: (event) => void this.handleSave(event),
      onCancel: () => this.handleCancel(),
      onType: (event) => this.handleType(event),
      onNumberInput: (event) => this.handleNumberInput(event),
      onExpiryInput: handleExpiryInput,
      onExpiryChange: handleExpiryChange,
      onToggleSame: () => (this.sameAsShipping = !this.sameAsShipping),
      onCheckBalance: () => void this.handleCheckBalance(),
      onCodeInput: () => (this.balance = null),
    };
    return renderPaymentForm(view, due);
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

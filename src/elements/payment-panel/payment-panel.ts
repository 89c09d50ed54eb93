import { localized, msg, str } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError, ValidationError } from '../../adapter/errors.js';
import { detectCardBrand, parseExpiry, validateCard } from '../../model/card.js';
import { CARD_BRAND_NAMES, defaultBillingAddress, defaultShippingAddress } from '../../model/draft.js';
import { newId } from '../../model/ids.js';
import { MAX_ORDER_AMOUNT } from '../../model/amount-limits.js';
import { clampToZero, formatMoney, formatMoneyForInput, parseMoney, subtract, sum } from '../../model/money.js';
import type {
  AddressInput,
  Balance,
  CardBrand,
  CardSummary,
  Customer,
  Money,
  Payment,
  PaymentType,
  Problem,
} from '../../model/types.js';
import { validateAddress, validatePayments } from '../../model/validation.js';
import { PaymentsChangeEvent } from '../../events/payments-change.js';
import { controlStyles } from '../shared/control.styles.js';
import { FocusAfterUpdate } from '../shared/focus-after-update.js';
import { OrderElement } from '../shared/order-element.js';
import { errorText } from '../shared/adapter-text.js';
import { isolate } from '../shared/bidi.js';
import { layoutStyles } from '../shared/layout.styles.js';
import { UndoStatus, undoStatusStyles } from '../shared/undo-status.js';
import { amountHint, mostFor, totalFigure, totalKnown, type TotalStatus } from './payment-amount.js';
import {
  ADDRESS_FIELDS,
  CARD_FIELDS,
  fieldId,
  keepable,
  numberLabel,
  paymentText,
  problemText,
  renderBilling,
  renderField,
} from './payment-fields.js';
import type { FieldOptions } from './payment-fields.js';
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
  /** @internal Messages by field key; `form` for a decline or another failure. */
  @state() private errors: Record<string, string> = {};
  /** @internal A save or a balance check is in flight. */
  @state() private busy = false;
  /** @internal The brand of the number being typed (never the number). */
  @state() private brand: CardBrand = 'unknown';
  /** @internal The balance looked up for the code in the form. */
  @state() private balance: Balance | null = null;
  /** @internal "Same as shipping address". */
  @state() private same = false;
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
        this.payments.map((p) => p.amount).filter((m) => m.currency === total.currency),
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
    return types.find((t) => t.id === this.typeId) ?? types.find((t) => t.kind === 'credit-card') ?? types[0];
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
      this.payments.filter((x) => x !== payment),
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
    this.same = !!shipping && shipping === defaultBillingAddress(customer!);
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
      // Shown at the field, and said there (a live region): focus stays on "Check Balance".
      if (!isAbortError(error)) this.errors = { 'f-reference': errorText(error) };
    }
    this.busy = false;
  }

  private async handleSave(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { adapter, site, type, total, balance, customer, hostedFields } = this;
    if (this.busy || !type || !total) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const get = (key: string) => String(data.get(key) ?? '').trim();
    const errors: Record<string, string> = {};
    const add = (problems: Problem[]) =>
      problems.forEach((p) => (errors[fieldId(p.path)] ??= problemText(p, this.brand)));
    for (const control of form.querySelectorAll<HTMLInputElement>('[required]')) {
      if (!control.value.trim()) add([{ path: control.id.slice(2), code: 'required', message: '' }]);
    }
    const { kind } = type;
    const reference = get('reference');
    const termsId = get('termsId');
    const parsed = parseMoney(get('amount'), total.currency, this.locale, { max: MAX_ORDER_AMOUNT });
    const amount = parsed.ok ? parsed.money : total;
    const payment: Payment = { id: newId('payment'), typeId: type.id, kind, amount };
    // Never more than the balance due (once the total is known), nor than a store credit or gift card holds.
    const known = totalKnown(this.totalStatus);
    const most = mostFor(known ? this.balanceDue : null, balance);
    const cap = this.format(most ?? { amount: MAX_ORDER_AMOUNT, currency: total.currency });
    if (!parsed.ok && parsed.code === 'too-large') {
      errors['f-amount'] = msg(str`Enter at most ${cap}.`);
    } else if (!parsed.ok || amount.amount <= 0) {
      errors['f-amount'] ??=
        parsed.ok || parsed.code === 'negative'
          ? msg('Enter an amount greater than zero.')
          : msg('Enter an amount such as 12.50.');
    } else if (
      (known && validatePayments({ payments: [...this.payments, payment] }, total).length) ||
      (most && amount.amount > most.amount)
    ) {
      errors['f-amount'] = msg(str`Enter at most ${cap}.`);
    }
    if (reference) payment.reference = reference;
    if (termsId) payment.termsId = termsId;
    if (kind === 'purchase-order') {
      payment.fields = Object.fromEntries(
        (type.fields ?? []).map((f) => [f.name, get(`fields.${f.name}`)]).filter(([, value]) => value),
      );
    }
    if ((kind === 'store-credit' || kind === 'gift-card') && balance?.code.toUpperCase() !== reference.toUpperCase()) {
      errors['f-reference'] ??= msg('Check the balance of this code first.');
    }
    const nameOnCard = get('nameOnCard');
    const [number, expiry, securityCode] = CARD_FIELDS.map((k) => this.input(k));
    const shipping = this.same && customer && defaultShippingAddress(customer);
    const billingAddress: AddressInput = shipping || {
      ...(Object.fromEntries(ADDRESS_FIELDS.map((k) => [k, get(`billing.${k}`)])) as unknown as AddressInput),
      country: get('billing.country').toUpperCase(),
      isDefaultBilling: false,
      isDefaultShipping: false,
    };
    if (kind === 'credit-card') {
      if (!shipping) add(validateAddress(billingAddress, 'billing'));
      if (!hostedFields) {
        add(
          validateCard({ number: number!.value, expiry: expiry!.value, securityCode: securityCode!.value }, new Date()),
        );
      }
    }

    this.errors = errors;
    this.focusAfter.request('[aria-invalid="true"]');
    if (Object.keys(errors).length) return;

    if (kind === 'credit-card') {
      this.busy = true;
      this.abort = new AbortController();
      try {
        const { month, year } = parseExpiry(expiry?.value ?? '') ?? { month: 0, year: 0 };
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
        // Only what may be kept, whatever else a tokenizer answered; nothing of an answer that
        // cannot be trusted is shown or sent on.
        const kept = keepable(card, number?.value ?? '');
        if (!kept) {
          this.busy = false;
          this.errors = {
            form: msg(
              'The card could not be added: the payment service gave an answer that cannot be used. Try again, or take another payment type.',
            ),
          };
          this.focusAfter.request('#form-error');
          return;
        }
        payment.card = kept;
        if (number) number.value = securityCode!.value = '';
      } catch (error) {
        this.busy = false;
        if (isAbortError(error)) return;
        // Card fields of the panel's own; the provider's hosted fields show their own errors.
        const problems =
          error instanceof ValidationError && !hostedFields
            ? error.problems.filter((p) => CARD_FIELDS.includes(p.path))
            : [];
        add(problems);
        this.errors = problems.length ? errors : { form: errorText(error) };
        // Only a number the provider itself calls invalid is cleared; a decline keeps it for a retry.
        if (errors['f-number']) number!.value = '';
        this.focusAfter.request('[aria-invalid="true"], #form-error');
        return;
      }
      this.busy = false;
    }

    this.open = false;
    const label = paymentText(payment, this.types.value);
    this.change([...this.payments, payment], msg(str`${label} added.`));
    // Paid in full, "Add Payment" is gone: focus goes to the new payment's row.
    if (!this.balanceDue?.amount) this.focusAfter.request(rowOf(payment));
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
    const card = { card: true, mode: 'numeric' };
    return html`${this.field('nameOnCard', msg('Name on card'), { required: true })}${
      this.hostedFields
        ? html`<div class="wide" part="card-fields"><slot name="card-fields"></slot></div>`
        : html`${this.field('number', msg('Card number'), { ...card, hint: this.brand !== 'unknown' && CARD_BRAND_NAMES[this.brand], onInput: this.handleNumberInput })}${this.field('expiry', msg('Expiry (MM/YY)'), card)}${this.field('securityCode', msg('Security code'), card)}`
    }${renderBilling(
      this.customer,
      this.same,
      () => (this.same = !this.same),
      (key, text, options) => this.field(key, text, options),
    )}`;
  }

  private renderPurchaseOrderFields({ terms = [], fields = [] }: PaymentType): TemplateResult {
    const required = { required: true };
    return html`${this.field('reference', msg('PO number'), required)}${
      terms.length
        ? this.field('termsId', msg('Payment terms'), {
            ...required,
            options: [{ value: '', text: msg('Choose terms') }, ...terms.map((t) => ({ value: t.id, text: t.label }))],
          })
        : nothing
    }${fields.map((f) => this.field(`fields.${f.name}`, f.required ? f.label : msg(str`${isolate(f.label)} (optional)`), f))}`;
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
    const error = this.errors['form'];
    const known = totalKnown(this.totalStatus);
    return html`<form part="form" novalidate aria-labelledby="form-title" aria-busy=${busy} @submit=${this.handleSave}
      ><p id="form-title" class="heading">${msg('Add Payment')}</p>${this.types.render({
        pending: () => html`<p>${msg('Loading payment types…')}</p>`,
        error: (e) =>
          html`<p class="error" role="alert"
            >${errorText(e)}
            <button class="button button--small" type="button" @click=${() => this.types.run()}
              >${msg('Retry')}</button
            ></p
          >`,
      })}${
        type
          ? html`<div class="grid"
              >${this.field('type', msg('Payment type'), {
                options: (this.types.value ?? []).map((t) => ({ value: t.id, text: t.label })),
                value: type.id,
                onInput: this.handleType,
              })}${this.field('amount', msg('Amount'), { required: true, value: known ? formatMoneyForInput(mostFor(due, this.balance)!, this.locale) : '', mode: 'decimal', currency: due.currency, hint: amountHint(this.totalStatus) })}${this.renderTypeFields(type)}</div
            >`
          : nothing
      }${error ? html`<p id="form-error" class="error" part="form-error" role="alert" tabindex="-1">${error}</p>` : nothing}<div
        class="actions"
        ><button class="button" part="cancel-button" type="button" @click=${this.handleCancel}>${msg('Cancel')}</button
        ><button class="button button--primary" part="save-button" type="submit" aria-disabled=${busy || !type}
          >${busy ? msg('Saving…') : msg('Save')}</button
        ></div
      ></form
    >`;
  }

  override render(): TemplateResult {
    const { total, paid } = this;
    const due = this.balanceDue;
    const figure = (label: string, part: string, m: Money, ofTotal = true) =>
      html`<div
        ><dt>${label}</dt
        ><dd part=${part}>${ofTotal ? totalFigure(this.totalStatus, this.format(m)) : this.format(m)}</dd></div
      >`;
    return html`${
      total && (total.amount || this.payments.length)
        ? html`<dl part="totals"
            >${figure(msg('Order total'), 'order-total', total)}${figure(msg('Paid'), 'paid', paid!, false)}${figure(msg('Balance due'), 'balance-due', due!)}</dl
          >`
        : nothing
    }${
      this.payments.length
        ? html`<ul part="payment-list" aria-label=${msg('Payments')}
            >${this.payments.map((p, i) => {
              const label = paymentText(p, this.types.value);
              return html`<li part="payment" tabindex="-1" data-payment=${p.id} aria-labelledby="pl-${i} pa-${i}"
                ><span id="pl-${i}" part="payment-label">${label}</span
                ><span id="pa-${i}" part="payment-amount">${this.format(p.amount)}</span
                ><button
                  class="button button--quiet button--small"
                  part="remove-button"
                  type="button"
                  @click=${() => this.removePayment(p)}
                  >${msg('Remove')}<span class="visually-hidden"> ${label}</span></button
                ></li
              >`;
            })}</ul
          >`
        : nothing
    }${
      total && totalKnown(this.totalStatus) && validatePayments(this, total).some((p) => p.path === 'payments')
        ? html`<p class="error" part="error" role="alert"
            >${msg('The payments add up to more than the order total. Remove a payment.')}</p
          >`
        : nothing
    }${
      this.open && due?.amount
        ? this.renderForm(due)
        : due?.amount
          ? html`<button
              id="add"
              class="button button--primary"
              part="add-button"
              type="button"
              ?disabled=${!this.adapter || !this.site}
              @click=${this.handleAdd}
              >${msg('Add Payment')}</button
            >`
          : html`<p class="text-muted" part="note"
              >${total?.amount ? msg('The order is paid in full.') : msg('Nothing to pay yet: the order total is zero.')}</p
            >`
    }${this.undo.render(this.announcement)}`;
  }
}

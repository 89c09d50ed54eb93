/**
 * The payment form of `<payment-panel>` as a template: "Payment type", "Amount" and the fields of
 * the chosen type (a card's name, number, expiry and security code, the billing address; a check's
 * number; a purchase order's number, terms and fields; a code with "Check Balance"), the form's
 * failure, "Cancel" and "Save". The panel owns the state and the handlers; this renders them.
 *
 * It is a real `<form>`: Enter in any of its fields saves it, as "Save" does (a text field submits
 * it by itself; `handleFormKeydown` does it for a select and a checkbox, where Enter does nothing).
 */
import { msg, str } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { CARD_BRAND_NAMES } from '../../model/draft.js';
import { formatMoney, formatMoneyForInput } from '../../model/money.js';
import type { AddressInput, Balance, CardBrand, Customer, Money, PaymentType } from '../../model/types.js';
import { amountHint, mostFor, totalKnown, type TotalStatus } from './payment-amount.js';
import { fieldId, numberLabel, optionalLabel, renderBilling, renderField } from './payment-fields.js';
import type { FieldErrors, FieldOptions } from './payment-fields.js';

/** What the form shows, and where the agent's gestures go. */
export interface PaymentFormView {
  /** The chosen payment type (undefined while the types load). */
  type: PaymentType | undefined;
  types: readonly PaymentType[];
  /** The payment types loading, or why they could not be. */
  typesLoad: unknown;
  errors: FieldErrors;
  busy: boolean;
  brand: CardBrand;
  balance: Balance | null;
  customer: Customer | null;
  /** Where the order ships (what "Same as shipping address" means), if anywhere. */
  shipping: AddressInput | null;
  /** "Same as shipping address". */
  sameAsShipping: boolean;
  hostedFields: boolean;
  totalStatus: TotalStatus;
  /** The amount was filled in by the total that came after a save found it empty (see `amountHint`). */
  amountFilled: boolean;
  locale: string;
  /** What "Name on card" starts with: the customer's name. */
  nameOnCard: string;
  onSave(event: SubmitEvent): void;
  onCancel(): void;
  onType(event: Event): void;
  onNumberInput(event: Event): void;
  onExpiryInput(event: Event): void;
  onExpiryChange(event: Event): void;
  onToggleSame(): void;
  onCheckBalance(): void;
  onCodeInput(): void;
}

/** Enter in a select or a checkbox saves the form too (a text field's Enter submits it natively). */
export function handleFormKeydown(event: KeyboardEvent): void {
  const target = event.composedPath()[0];
  const field =
    target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === 'checkbox');
  if (event.key !== 'Enter' || !field || event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  (event.currentTarget as HTMLFormElement).requestSubmit();
}

/** The payment form (the balance due is `due`). */
export function renderPaymentForm(view: PaymentFormView, due: Money): TemplateResult {
  const { type, busy } = view;
  const error = view.errors.form;
  return html`<form
    part="form"
    novalidate
    aria-labelledby="form-title"
    aria-busy=${busy}
    @submit=${view.onSave}
    @keydown=${handleFormKeydown}
    ><p id="form-title" class="heading">${msg('Add Payment')}</p>${view.typesLoad}${
      type ? renderFormFields(view, type, due) : nothing
    }${error ? html`<p id="form-error" class="error" part="form-error" role="alert" tabindex="-1">${error}</p>` : nothing}<div
      class="actions"
      ><button class="button" part="cancel-button" type="button" @click=${view.onCancel}>${msg('Cancel')}</button
      ><button class="button button--primary" part="save-button" type="submit" aria-disabled=${busy || !type}
        >${busy ? msg('Saving…') : msg('Save')}</button
      ></div
    ></form
  >`;
}

/** The payment types loading, or why they could not be (with "Retry"). */
export function renderTypesPending(): TemplateResult {
  return html`<p>${msg('Loading payment types…')}</p>`;
}

export function renderTypesError(errorText: string, retry: () => void): TemplateResult {
  return html`<p class="error" role="alert"
    >${msg('The payment types could not be loaded.')} ${errorText}
    <button class="button button--small" type="button" @click=${retry}>${msg('Retry')}</button></p
  >`;
}

/** A labelled input or select of the form, with its error. */
function field(view: PaymentFormView, key: string, label: string, options: FieldOptions = {}): TemplateResult {
  return renderField(key, label, view.errors[fieldId(key)], options);
}

/** "Payment type", "Amount" (the balance due, once the total is known) and the fields of the type. */
function renderFormFields(view: PaymentFormView, type: PaymentType, due: Money): TemplateResult {
  const typeField = field(view, 'type', msg('Payment type'), {
    options: view.types.map((option) => ({ value: option.id, text: option.label })),
    value: type.id,
    onInput: view.onType,
  });
  const amountField = field(view, 'amount', msg('Amount'), {
    required: true,
    value: totalKnown(view.totalStatus) ? formatMoneyForInput(mostFor(due, view.balance)!, view.locale) : '',
    mode: 'decimal',
    currency: due.currency,
    hint: amountHint(view.totalStatus, view.amountFilled),
  });
  return html`<div class="grid">${typeField}${amountField}${renderTypeFields(view, type)}</div>`;
}

/** The fields of the chosen payment type. */
function renderTypeFields(view: PaymentFormView, type: PaymentType): unknown {
  switch (type.kind) {
    case 'credit-card':
      return renderCardFields(view);
    case 'check':
      return field(view, 'reference', numberLabel(type.label), { required: true });
    case 'purchase-order':
      return renderPurchaseOrderFields(view, type);
    case 'store-credit':
    case 'gift-card':
      return renderCodeFields(view);
    default:
      return nothing;
  }
}

/** "Name on card" (the customer's name to start with), the card's own fields or the host's, the billing address. */
function renderCardFields(view: PaymentFormView): TemplateResult {
  const name = field(view, 'nameOnCard', msg('Name on card'), { required: true, value: view.nameOnCard });
  return html`${name}${
    view.hostedFields
      ? html`<div class="wide" part="card-fields"><slot name="card-fields"></slot></div>`
      : renderCardInputs(view)
  }${renderBilling(view.customer, view.shipping, view.sameAsShipping, view.onToggleSame, (key, text, options) =>
    field(view, key, text, options),
  )}`;
}

/**
 * The panel's own card number, expiry and security code inputs (no `name`: their values stay in
 * them). The expiry is one field: "1230" shows as "12/30" as it is typed, "1/30" as "01/30" once
 * left (see `ExpiryInput`); its label stays its accessible name.
 */
function renderCardInputs(view: PaymentFormView): TemplateResult {
  const card = { card: true, mode: 'numeric' };
  const brand = view.brand !== 'unknown' && CARD_BRAND_NAMES[view.brand];
  const number = field(view, 'number', msg('Card number'), { ...card, hint: brand, onInput: view.onNumberInput });
  const expiry = field(view, 'expiry', msg('Expiry (MM/YY)'), {
    ...card,
    onInput: view.onExpiryInput,
    onChange: view.onExpiryChange,
  });
  return html`${number}${expiry}${field(view, 'securityCode', msg('Security code'), card)}`;
}

function renderPurchaseOrderFields(view: PaymentFormView, { terms = [], fields = [] }: PaymentType): TemplateResult {
  const required = { required: true };
  return html`${field(view, 'reference', msg('PO number'), required)}${
    terms.length
      ? field(view, 'termsId', msg('Payment terms'), {
          ...required,
          options: [
            { value: '', text: msg('Choose terms') },
            ...terms.map((term) => ({ value: term.id, text: term.label })),
          ],
        })
      : nothing
  }${fields.map((each) => field(view, `fields.${each.name}`, optionalLabel(each), each))}`;
}

/** A store credit's or gift card's code, with "Check Balance" and the balance found. */
function renderCodeFields(view: PaymentFormView): TemplateResult {
  const available = view.balance && formatMoney(view.balance.available, view.locale);
  return html`<div class="inline wide"
    >${field(view, 'reference', msg('Code'), {
      required: true,
      live: true,
      hint: available && msg(str`Available balance: ${available}`),
      onInput: view.onCodeInput,
    })}<button class="button" part="check-balance-button" type="button" @click=${view.onCheckBalance}
      >${msg('Check Balance')}</button
    ></div
  >`;
}

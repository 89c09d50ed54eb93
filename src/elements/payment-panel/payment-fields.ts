/**
 * The payment form's fields of `<payment-panel>`: a labelled input or select with its hint and
 * error tied to it by id, the billing address, the check number's label, and what may be kept of a
 * tokenizer's answer.
 */
import { msg, str } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CARD_BRAND_NAMES, defaultBillingAddress, paymentLabel } from '../../model/draft.js';
import { TEXT_LIMITS } from '../../model/limits.js';
import type {
  AddressInput,
  CardBrand,
  CardSummary,
  Customer,
  Payment,
  PaymentType,
  Problem,
} from '../../model/types.js';
import { isAdapterError } from '../../adapter/errors.js';
import { errorText } from '../shared/adapter-text.js';
import { isolate } from '../shared/bidi.js';
import { problemText as modelProblemText } from '../shared/problem-text.js';
import { withCurrency } from './payment-amount.js';

/** An option of a select field. */
export interface SelectOption {
  value: string;
  text: string;
}

export const CARD_FIELDS = ['number', 'expiry', 'securityCode'];
export const ADDRESS_FIELDS = ['name', 'line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const;

/** The id of a field's control ("f-amount", "f-billing-postalCode"). */
export type FieldId = `f-${string}`;

/** Field keys are model paths ("billing.postalCode", "fields.Buyer"); ids take word characters only. */
export const fieldId = (key: string): FieldId => `f-${key.replace(/\W/g, '-')}`;

/** The form's messages: by field id, and `form` for a failure of the whole form (a decline). */
export type FieldErrors = { [id: FieldId]: string; form?: string };

/**
 * What may be kept of a tokenizer's answer (the adapter's, or a host's hosted-fields function),
 * or null when it cannot be trusted: no token, last four digits that are not four digits (a
 * tokenizer that answers with the whole number, say), a token holding the number typed, an expiry
 * that is not a month and a year. A brand the panel does not know is kept as "unknown".
 */
export function keepable(card: Partial<CardSummary> | null | undefined, typed: string): CardSummary | null {
  const { token, brand, last4, expiryMonth: month, expiryYear: year } = card ?? {};
  const digits = typed.replace(/\D/g, '');
  const trusted =
    typeof token === 'string' &&
    token.trim() !== '' &&
    !(digits.length >= 12 && token.replace(/\D/g, '').includes(digits)) &&
    typeof last4 === 'string' &&
    /^\d{4}$/.test(last4) &&
    Number.isInteger(month) &&
    month! >= 1 &&
    month! <= 12 &&
    Number.isInteger(year) &&
    year! > 0;
  if (!trusted) return null;
  const known = typeof brand === 'string' && Object.hasOwn(CARD_BRAND_NAMES, brand);
  return { token, brand: known ? brand : 'unknown', last4, expiryMonth: month!, expiryYear: year! };
}

/**
 * Why a card was not added, for the whole form: a decline in its own words (it says what
 * happened to the card); anything else after "The card was not added.", as a backend's words may
 * not say which call failed ("The requested resource does not exist.").
 */
export function cardFailureText(error: unknown): string {
  const declined = isAdapterError(error) && error.kind === 'declined';
  return declined ? errorText(error) : `${msg('The card was not added.')} ${errorText(error)}`;
}

export interface FieldOptions {
  /** A card input: no `name`, no value binding, so its value lives only in the input. */
  card?: boolean;
  value?: string;
  mode?: string;
  /** The currency, shown beside the input and describing it. */
  currency?: string;
  hint?: unknown;
  /** The hint and the error are said when they change: a live region kept while the field is shown (its only words for them). */
  live?: boolean;
  required?: boolean;
  /** Renders a select of these options instead of an input. */
  options?: SelectOption[];
  onInput?: (event: Event) => void;
  /** An input's `change` (a select's is `onInput`). */
  onChange?: (event: Event) => void;
}

/** A labelled input or select with its hint and error, tied to it by id. */
export function renderField(
  key: string,
  label: string,
  error: string | undefined,
  field: FieldOptions = {},
): TemplateResult {
  const id = fieldId(key);
  const described =
    `${field.currency ? `${id}-u` : ''} ${field.hint ? `${id}-h` : ''} ${error ? `${id}-e` : ''}`.trim() || nothing;
  const invalid = error ? 'true' : 'false';
  const notes = html`${
    field.hint
      ? html`<p id="${id}-h" class="field__hint" part="hint" aria-live=${ifDefined(field.live ? undefined : 'polite')}
          >${field.hint}</p
        >`
      : nothing
  }${error ? html`<p id="${id}-e" class="field__error">${error}</p>` : nothing}`;
  const control = field.options
    ? html`<select
        id=${id}
        class="field__control"
        part="control"
        name=${key}
        ?required=${field.required}
        aria-invalid=${invalid}
        aria-describedby=${described}
        @change=${field.onInput}
        >${field.options.map(({ value, text }) => html`<option value=${value} ?selected=${value === field.value}>${text}</option>`)}</select
      >`
    : html`<input
        id=${id}
        class="field__control"
        part="control"
        name=${ifDefined(field.card ? undefined : key)}
        maxlength=${ifDefined(/^(reference|fields\.)/.test(key) ? TEXT_LIMITS.paymentReference : undefined)}
        value=${ifDefined(field.value)}
        inputmode=${ifDefined(field.mode)}
        ?required=${field.required}
        autocomplete="off"
        aria-invalid=${invalid}
        aria-describedby=${described}
        @input=${field.onInput}
        @change=${field.onChange}
      />`;
  return html`<div class="field" part="field"
    ><label class="field__label" for=${id}>${label}</label
    >${field.currency ? withCurrency(control, id, field.currency) : control}${field.live ? html`<div role="status">${notes}</div>` : notes}</div
  >`;
}

/**
 * "Billing address": "Same as shipping address" when the order ships somewhere (`shipping`: its
 * ship-to address, or the customer's default shipping address; `toggle` flips it), and the address
 * fields otherwise, filled in with the customer's billing address.
 */
export function renderBilling(
  customer: Customer | null,
  shipping: AddressInput | null,
  same: boolean,
  toggle: () => void,
  field: (key: string, label: string, options: FieldOptions) => TemplateResult,
): TemplateResult {
  const billing = customer && (defaultBillingAddress(customer) as Partial<Record<string, string>> | null);
  const labels = [
    msg('Name'),
    msg('Street address'),
    msg('Apartment, suite (optional)'),
    msg('City'),
    msg('State or province'),
    msg('ZIP or postal code'),
    msg('Country'),
  ];
  return html`<fieldset class="wide" part="billing-address"
    ><legend class="field__label">${msg('Billing address')}</legend>${
      shipping
        ? html`<label class="check"
            ><input type="checkbox" .checked=${same} @change=${toggle} />${msg('Same as shipping address')}</label
          >`
        : nothing
    }${
      same && shipping
        ? html`<p
            >${ADDRESS_FIELDS.map((key) => shipping[key])
              .filter(Boolean)
              .join(', ')}</p
          >`
        : html`<div class="grid"
            >${ADDRESS_FIELDS.map((key, i) => field(`billing.${key}`, labels[i]!, { value: billing?.[key] ?? '' }))}</div
          >`
    }</fieldset
  >`;
}

/**
 * The reference field of a check, in the word of the payment type's own label: "Check number" on
 * the US Store, "Cheque number" where the adapter calls it "Cheque" (one word per site, as the
 * payment list and the read-back say "Cheque 889"). The label is adapter text, isolated; a
 * translation places it where its language puts the noun.
 */
export function numberLabel(typeLabel: string): string {
  const type = isolate(typeLabel);
  return msg(str`${type} number`, {
    desc: "A check's reference field; {0} is the payment type's label from the backend (Check, Cheque).",
  });
}

/** A field's label, with "(optional)" after it unless the field is required. */
export function optionalLabel({ label, required }: { label: string; required: boolean }): string {
  return required ? label : msg(str`${isolate(label)} (optional)`);
}

/** "Visa •••• 4242", "Check 1234": a payment as the list and the announcements name it. */
export function paymentText(payment: Payment, types: readonly PaymentType[] = []): string {
  const { card, reference } = payment;
  const type = types.find((candidate) => candidate.id === payment.typeId);
  if (card) return `${card.brand === 'unknown' ? msg('Card') : CARD_BRAND_NAMES[card.brand]} •••• ${card.last4}`;
  return type ? `${isolate(type.label)} ${reference ?? ''}`.trim() : paymentLabel(payment);
}

/** The problem codes the form has words of its own for; any other shows the problem's message. */
type WordedCode =
  'required' | 'invalid-card-number' | 'invalid-length' | 'invalid-expiry' | 'expired' | 'invalid-security-code';

/** The agent's words for a problem of the model or the adapter, by its code (`brand`: the card being typed). */
export function problemText(problem: Problem, brand: CardBrand): string {
  const length = brand === 'amex' ? 4 : 3;
  const words: Record<WordedCode, string> = {
    required: msg('This field is required.'),
    'invalid-card-number': msg('This card number is not valid. Check it with the shopper.'),
    'invalid-length': msg('This card number has too few or too many digits.'),
    'invalid-expiry': msg('Enter the expiry as MM/YY.'),
    expired: msg('This card has expired.'),
    'invalid-security-code': msg(str`Enter the ${length}-digit security code.`),
  };
  return Object.hasOwn(words, problem.code) ? words[problem.code as WordedCode] : modelProblemText(problem);
}

/** Adds the messages of `problems` to `errors`, each at its field; a field keeps its first message. */
export function addProblems(errors: FieldErrors, problems: readonly Problem[], brand: CardBrand): void {
  for (const problem of problems) errors[fieldId(problem.path)] ??= problemText(problem, brand);
}

/**
 * What spares the agent keys on `<payment-panel>`'s card form: "Name on card" starts with the
 * customer's name, focus starts at the first field that needs typing, and the expiry is one field
 * that takes "1230", "12/30", "12 / 30" or "1/30" and shows "12/30" or "01/30".
 */
import { expiryAsTyped, formatExpiry } from '../../model/card.js';
import type { Customer, PaymentType } from '../../model/types.js';

/** The name a card of `customer` most likely bears: "First Last" ('' without a customer). */
export function cardholderName(customer: Customer | null): string {
  return customer ? `${customer.firstName.trim()} ${customer.lastName.trim()}`.trim() : '';
}

/**
 * Where focus starts in the form: "Card number" for a card (the panel's own fields) whose name is
 * filled in already; "Payment type" otherwise (another type, or the host's hosted fields).
 * Undefined while the payment types are not known yet.
 */
export function firstFieldOf(type: PaymentType | undefined, name: string, hostedFields: boolean): string | undefined {
  if (!type) return undefined;
  return type.kind === 'credit-card' && name && !hostedFields ? '#f-number' : '#f-type';
}

/**
 * Typing in the expiry: "1230" shows "12/30" as it is typed. Only while characters go in at its
 * end, so that the caret is never moved under the agent's hands (deleting or editing the middle
 * leaves the text alone; `handleExpiryChange` tidies it once the field is left).
 */
export function handleExpiryInput(event: Event): void {
  const input = event.target as HTMLInputElement;
  const { inputType } = event as InputEvent;
  if (!inputType?.startsWith('insert') || input.selectionStart !== input.value.length) return;
  const shown = expiryAsTyped(input.value);
  if (shown !== input.value) input.value = shown;
}

/** The expiry as left: "MM/YY" when it reads as one ("1/30" → "01/30"), else as typed (its error says why on "Save"). */
export function handleExpiryChange(event: Event): void {
  const input = event.target as HTMLInputElement;
  const shown = formatExpiry(input.value.trim());
  if (shown !== input.value.trim()) input.value = shown;
}

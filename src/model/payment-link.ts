/**
 * A payment link's destination: the shopper's email address or phone number, checked like the
 * customer's (the customer dialog's email rule, the model's phone rule), and said in one string.
 */
import type { Customer, PaymentLinkDestination, Problem } from './types.js';
import { isPlausiblePhone, validateEmail } from './validation-customer.js';

/** The address of a destination: "ada@example.com" or "(555) 010-0199". */
export function linkAddress(to: PaymentLinkDestination): string {
  return 'email' in to ? to.email : to.phone;
}

/** The customer's phone a link is texted to by default: mobile first, then home, then work ('' when none). */
export function linkPhone(customer: Pick<Customer, 'phones'> | null | undefined): string {
  const phones = customer?.phones;
  return phones?.mobile || phones?.home || phones?.work || '';
}

/**
 * The problems of a destination: at `email` the customer dialog's email rule (`required`,
 * `invalid-email`); at `phone` a plausible number (`invalid-phone`: 7 to 15 digits).
 */
export function validateLinkDestination(to: PaymentLinkDestination): Problem[] {
  if ('email' in to) return validateEmail(to.email);
  return isPlausiblePhone(to.phone)
    ? []
    : [{ path: 'phone', code: 'invalid-phone', message: 'Enter a phone number with 7 to 15 digits.' }];
}

/**
 * The words of every problem of the model, by catalogue id (see problem-text.ts), written out for
 * `npm run localize:extract` (which reads only literal `msg()` calls) and for the test that checks
 * them against the model's messages. Nothing at run time imports this module: an English page
 * shows the model's own message, a French one the catalogue's translation of the id.
 */
import { msg } from './localize.js';

/** Each id with its words in the current language. */
export function problemMessages(): Record<string, string> {
  return {
    'problem.firstName.required': msg('Enter a first name.', { id: 'problem.firstName.required' }),
    'problem.lastName.required': msg('Enter a last name.', { id: 'problem.lastName.required' }),
    'problem.email.required': msg('Enter an email address.', { id: 'problem.email.required' }),
    'problem.name.required': msg('Enter the name for this address.', { id: 'problem.name.required' }),
    'problem.line1.required': msg('Enter the street address.', { id: 'problem.line1.required' }),
    'problem.city.required': msg('Enter a city.', { id: 'problem.city.required' }),
    'problem.region.required': msg('Enter a state, province or region.', { id: 'problem.region.required' }),
    'problem.country.required': msg('Choose a country.', { id: 'problem.country.required' }),
    'problem.postalCode.required-zip': msg('Enter a ZIP code.', { id: 'problem.postalCode.required-zip' }),
    'problem.postalCode.required': msg('Enter a postal code.', { id: 'problem.postalCode.required' }),
    'problem.postalCode.invalid-zip': msg('Enter a ZIP code like 12345 or 12345-6789.', {
      id: 'problem.postalCode.invalid-zip',
    }),
    'problem.postalCode.invalid-ca': msg('Enter a postal code like A1A 1A1.', { id: 'problem.postalCode.invalid-ca' }),
    'problem.postalCode.invalid-postal-code': msg('Enter a valid postal code.', {
      id: 'problem.postalCode.invalid-postal-code',
    }),
    'problem.fulfillment.required': msg('Choose how this item is fulfilled.', { id: 'problem.fulfillment.required' }),
    'problem.siteId.required': msg('Choose a site.', { id: 'problem.siteId.required' }),
    'problem.customer.required': msg('Find or create the customer for this order.', {
      id: 'problem.customer.required',
    }),
    'problem.shippingMethodId.required': msg('Choose a shipping method for the items that ship.', {
      id: 'problem.shippingMethodId.required',
    }),
    'problem.number.required': msg('Enter the card number.', { id: 'problem.number.required' }),
    'problem.expiry.required': msg('Enter the expiry date.', { id: 'problem.expiry.required' }),
    'problem.securityCode.required': msg('Enter the security code.', { id: 'problem.securityCode.required' }),
    'problem.adjustment.reason-required': msg('Enter a reason for the price adjustment.', {
      id: 'problem.adjustment.reason-required',
    }),
    'problem.orderAdjustment.reason-required': msg('Enter a reason for the order adjustment.', {
      id: 'problem.orderAdjustment.reason-required',
    }),
    'problem.shippingAdjustment.reason-required': msg('Enter a reason for the shipping adjustment.', {
      id: 'problem.shippingAdjustment.reason-required',
    }),
    'problem.invalid-email': msg('Enter an email address like name@example.com.', { id: 'problem.invalid-email' }),
    'problem.recipient-required': msg('Enter who receives this item by email.', { id: 'problem.recipient-required' }),
    'problem.recipient-name-required': msg('Enter the recipient’s name.', { id: 'problem.recipient-name-required' }),
    'problem.recipient-message-too-long': msg('Enter a shorter message (up to 500 characters).', {
      id: 'problem.recipient-message-too-long',
    }),
    'problem.phone-required': msg('Enter at least one phone number: home, work or mobile.', {
      id: 'problem.phone-required',
    }),
    'problem.invalid-phone': msg('Enter a phone number with 7 to 15 digits.', { id: 'problem.invalid-phone' }),
    'problem.address-required': msg('Add an address; it can be both the billing and the shipping address.', {
      id: 'problem.address-required',
    }),
    'problem.default-billing-required': msg('Choose a default billing address.', {
      id: 'problem.default-billing-required',
    }),
    'problem.default-shipping-required': msg('Choose a default shipping address.', {
      id: 'problem.default-shipping-required',
    }),
    'problem.invalid-country': msg('Enter a two-letter country code, like US or CA.', {
      id: 'problem.invalid-country',
    }),
    'problem.invalid-amount': msg('Enter an amount of zero or more.', { id: 'problem.invalid-amount' }),
    'problem.integer-quantity': msg('Enter a whole number of items.', { id: 'problem.integer-quantity' }),
    'problem.min-quantity': msg('Enter a quantity of at least 1.', { id: 'problem.min-quantity' }),
    'problem.min-amount': msg('Enter an amount greater than zero.', { id: 'problem.min-amount' }),
    'problem.invalid-percent': msg('Enter a percentage from 0.01% to 100%.', { id: 'problem.invalid-percent' }),
    'problem.no-lines': msg('Add at least one item.', { id: 'problem.no-lines' }),
    'problem.payments-exceed-total': msg('The payments add up to more than the order total.', {
      id: 'problem.payments-exceed-total',
    }),
    'problem.invalid-card-number': msg('This card number is not valid.', { id: 'problem.invalid-card-number' }),
    'problem.invalid-length': msg('This card number has too few or too many digits.', { id: 'problem.invalid-length' }),
    'problem.invalid-expiry': msg('Enter the expiry as MM/YY.', { id: 'problem.invalid-expiry' }),
    'problem.expired': msg('This card has expired.', { id: 'problem.expired' }),
  };
}

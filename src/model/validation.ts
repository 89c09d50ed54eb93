/**
 * Validation rules. Each rule is its own function returning field-addressed `Problem`s (an empty
 * list when all is well), so a view can run one rule at a field and all of them before saving.
 *
 * Paths are dotted field names relative to what was validated, after an optional prefix:
 * "firstName", "phones", "addresses.0.postalCode"; in a draft "customer.email",
 * "lines.<lineId>.quantity", "shippingMethodId", "payments". Codes are stable (views translate by
 * code); messages are short English an agent can act on.
 *
 * The customer's rules live in `validation-customer.ts`, the order's in `validation-order.ts`: a page
 * showing the builder loads the order's with the dialogs and the confirmation that run them.
 */
export {
  isPlausiblePhone,
  problemsAt,
  validateAddress,
  validateCustomer,
  validateCustomerNames,
  validateDefaultAddresses,
  validateEmail,
  validatePhones,
  validatePostalCode,
} from './validation-customer.js';
export * from './validation-order.js';
export { DIGITAL_OPTION_ID, isDigital, recipientOf, validateRecipient } from './digital.js';

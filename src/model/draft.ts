/**
 * The order draft: creation, pure edits, queries, and its JSON round trip.
 *
 * Every edit takes a draft and returns a NEW draft (the input is never mutated), with `updatedAt`
 * set to `now` (a parameter so that tests are deterministic). An edit addressed to a line or a
 * payment that is no longer there returns the draft unchanged: the agent may have removed it
 * while an answer was in flight. Money handed to an edit must be in the draft's currency once a
 * site is chosen; anything else is a programming error and throws a RangeError.
 *
 * No card number or security code can live in a draft: payments keep token, brand, last four
 * and expiry only, and `serializeDraft`/`parseDraft` drop every field they do not know.
 */
export {
  DRAFT_SCHEMA,
  anyLineShips,
  CARD_BRAND_NAMES,
  changeSite,
  createDraft,
  customerName,
  defaultBillingAddress,
  defaultShippingAddress,
  effectiveUnitPrice,
  isCustomerOfSite,
  isPricingIn,
  lineTotal,
  needsRepricing,
  normalizeCoupon,
  paymentLabel,
  setCustomer,
  sameShipTo,
  setSite,
  shipToAddress,
} from './draft-core.js';
export type { ClearedItem, ClearedKind } from './draft-core.js';
export * from './draft-edits.js';
export { adoptPricing, orderCoupons, repriceLines } from './draft-pricing.js';
export type { AdoptedPricing } from './draft-pricing.js';
export { DraftParseError, parseDraft, serializeDraft } from './draft-json.js';

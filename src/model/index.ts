/**
 * The domain model: money, the order draft and its edits, validation, and the totals preview.
 * Plain TypeScript with no DOM, usable from any framework.
 */
export type * from './types.js';
export * from './currencies.js';
export * from './money.js';
export * from './amount-limits.js';
export * from './adjustment-limits.js';
export * from './ids.js';
export * from './draft.js';
export * from './validation.js';
export * from './totals.js';
export * from './card.js';
export * from './pricing-diff.js';
export * from './safe-url.js';
export * from './locale.js';
export * from './limits.js';
export * from './pricing-request.js';
export * from './payment-link.js';
export * from './custom-line.js';

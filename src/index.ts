// Public API. No side effects: import `offline-order-elements/define.js` to register the tags.
export type * from './model/types.js';
export type { CallInit, CustomerQuery, OrderAdapter, OrderQuery, ProductQuery } from './adapter/adapter.js';
export * from './adapter/errors.js';
export { adapterContext, siteContext } from './adapter/context.js';

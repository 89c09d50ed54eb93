// Public API. No side effects: import `offline-order-elements/define.js` to register the tags.
export * from './model/index.js';
export type { CallInit, CustomerQuery, OrderAdapter, OrderQuery, ProductQuery } from './adapter/adapter.js';
export * from './adapter/errors.js';
export { adapterContext, siteContext } from './adapter/context.js';
export { createRestAdapter } from './adapter/rest-adapter.js';
export type { RestAdapterOptions, RestAdapterRetryOptions } from './adapter/rest-adapter.js';
export { backoffDelay, retryDelay, withRetry, withTimeout } from './adapter/retry.js';
export type { BackoffOptions, RetryOptions, TimeoutSignal } from './adapter/retry.js';
export { OfflineOrderBuilder } from './elements/offline-order-builder/offline-order-builder.js';
export { OrderList } from './elements/order-list/order-list.js';
export { SiteChangeEvent } from './events/site-change.js';
export { CustomerSearch } from './elements/customer-search/customer-search.js';
export { CustomerChangeEvent } from './events/customer-change.js';
export { PaymentPanel } from './elements/payment-panel/payment-panel.js';
export type { HostedCardDetails } from './elements/payment-panel/payment-panel.js';
export { PaymentsChangeEvent } from './events/payments-change.js';

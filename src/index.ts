// Public API. No side effects: import `offline-order-elements/define.js` to register the tags.
export * from './model/index.js';
export type {
  CallInit,
  ConfirmationSent,
  SavedDraft,
  CustomerQuery,
  FulfillmentItem,
  OrderAdapter,
  OrderQuery,
  ProductQuery,
} from './adapter/adapter.js';
export { FULFILLMENT_BATCH_LIMIT } from './adapter/adapter.js';
export * from './adapter/errors.js';
export { scrubMessage } from './adapter/scrub.js';
export { adapterContext, siteContext } from './adapter/context.js';
export { createRestAdapter } from './adapter/rest-adapter.js';
export type { RestAdapterOptions, RestAdapterRetryOptions } from './adapter/rest-adapter.js';
export { backoffDelay, retryDelay, withRetry, withTimeout } from './adapter/retry.js';
export type { BackoffOptions, RetryOptions, TimeoutSignal } from './adapter/retry.js';
export { OfflineOrderBuilder } from './elements/offline-order-builder/offline-order-builder.js';
export { OrderList } from './elements/order-list/order-list.js';
export { SiteChangeEvent } from './events/site-change.js';
export { LineItemEditor } from './elements/line-item-editor/line-item-editor.js';
export { OrderDetailsDialog } from './elements/order-details/order-details-dialog.js';
export { PricingController } from './elements/shared/pricing-controller.js';
export type { PricingControllerOptions, PricingStatus } from './elements/shared/pricing-controller.js';
export { LineItemsChangeEvent } from './events/line-items-change.js';
export { OrderDetailsChangeEvent } from './events/order-details-change.js';
export { CustomerSearch } from './elements/customer-search/customer-search.js';
export { CustomerChangeEvent } from './events/customer-change.js';
export { PaymentPanel } from './elements/payment-panel/payment-panel.js';
export type { HostedCardDetails } from './elements/payment-panel/payment-panel.js';
export { PaymentsChangeEvent } from './events/payments-change.js';
export { DraftChangeEvent } from './events/draft-change.js';
export { OrderSubmitEvent } from './events/order-submit.js';
export { OrderSubmittedEvent } from './events/order-submitted.js';
export { OverrideApprovalEvent } from './events/override-approval.js';
export { OrderOpenEvent } from './events/order-open.js';
export type { OverrideAnswer, OverrideApprovalInit } from './events/override-approval.js';
export { clearDraft, defaultDraftKey, loadDraft, saveDraft } from './elements/offline-order-builder/draft-store.js';
export type { StoredDraft } from './elements/offline-order-builder/draft-store.js';

/**
 * Kibo Commerce's models, as published in `@kibocommerce/rest-sdk` (a devDependency): imported
 * with `import type` only, so that the compiler checks every field the adapter writes or reads
 * against Kibo's own names, and no code of the SDK reaches a page (`scripts/kibo-entry.mjs` checks
 * the built entry).
 *
 * The SDK names some schemas differently from the OpenAPI definitions of `docs/KIBO.md`
 * (`Tenant` is `TenantTenant` there, the commerce `Order` of a list is `CommerceRuntimeOrder`):
 * the aliases below say which is which.
 */
export type { Site as KiboSite, Tenant as KiboTenant } from '@kibocommerce/rest-sdk/clients/Tenant/models/index.js';
export type {
  CommerceRuntimeAddress as KiboAddress,
  CommerceRuntimePhone as KiboPhone,
  ContactType as KiboContactType,
  CustomerAccount as KiboCustomerAccount,
  CustomerCredit as KiboCustomerCredit,
  CustomerAccountCollection as KiboCustomerAccountCollection,
  CustomerContact as KiboCustomerContact,
  CustomerSet as KiboCustomerSet,
  CustomerSetCollection as KiboCustomerSetCollection,
  CustomerSetSite as KiboCustomerSetSite,
} from '@kibocommerce/rest-sdk/clients/Customer/models/index.js';
export type {
  CatalogRuntimesFutureInventory as KiboFutureInventory,
  CatalogRuntimesPriceList as KiboPriceList,
  CatalogRuntimesProduct as KiboProduct,
  ConfiguredProduct as KiboConfiguredProduct,
  CatalogRuntimesProductOption as KiboProductOption,
  CatalogRuntimesProductOptionValue as KiboProductOptionValue,
  CatalogRuntimesProductPrice as KiboProductPrice,
  LocationInventory as KiboLocationInventory,
  LocationInventoryCollection as KiboLocationInventoryCollection,
  LocationInventoryQuery as KiboLocationInventoryQuery,
  ProductOptionSelection as KiboProductOptionSelection,
  ProductOptionSelections as KiboProductOptionSelections,
  ProductSearchResult as KiboProductSearchResult,
  VariationSummary as KiboVariationSummary,
} from '@kibocommerce/rest-sdk/clients/CatalogStorefront/models/index.js';
export type {
  Adjustment as KiboAdjustment,
  BillingInfo as KiboBillingInfo,
  FulfillmentInfo as KiboFulfillmentInfo,
  OrderAction as KiboOrderAction,
  PaymentAction as KiboPaymentAction,
  CommerceRuntimeAppliedDiscount as KiboAppliedDiscount,
  CommerceUnitPrice as KiboUnitPrice,
  Contact as KiboOrderContact,
  InvalidCoupon as KiboInvalidCoupon,
  Order as KiboOrder,
  OrderCollection as KiboOrderCollection,
  OrderItem as KiboOrderItem,
} from '@kibocommerce/rest-sdk/clients/Commerce/models/index.js';
export type {
  CheckoutSettings as KiboCheckoutSettings,
  ExternalPaymentWorkflowDefinition as KiboExternalPaymentWorkflow,
  PaymentSettings as KiboPaymentSettings,
  PurchaseOrderPaymentDefinition as KiboPurchaseOrderSettings,
  SiteSettingsPurchaseOrderCustomField as KiboPurchaseOrderField,
  SiteSettingsPurchaseOrderPaymentTerm as KiboPurchaseOrderTerm,
} from '@kibocommerce/rest-sdk/clients/Settings/models/index.js';
export type {
  Location as KiboLocation,
  LocationCollection as KiboLocationCollection,
} from '@kibocommerce/rest-sdk/clients/LocationStorefront/models/index.js';
export type {
  AggregateRequest as KiboAggregateRequest,
  AggregateResponse as KiboAggregateResponse,
} from '@kibocommerce/rest-sdk/clients/Inventory/models/index.js';
export type {
  RateRequest as KiboRateRequest,
  RateRequestItem as KiboRateRequestItem,
  RatesResponse as KiboRatesResponse,
  CarrierRatesResponse as KiboCarrierRates,
  ShippingRuntimeShippingRate as KiboShippingRate,
} from '@kibocommerce/rest-sdk/clients/ShippingStorefront/models/index.js';

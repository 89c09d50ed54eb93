/**
 * The shapes of the mock's catalog and store data (locations, products, shipping methods, price
 * lists, coupons, balance codes) and the part of them the pricing rules read. Types only: the seed
 * builds these, `pricing.ts` and the backend read them, and neither imports the other for them.
 */
import type { Inventory, ProductOption, ProductType } from '../src/model/types.js';

export interface MockLocation {
  id: string;
  name: string;
  /** Direct Ship draws on the aggregate of the ship-from locations. */
  shipFrom: boolean;
  pickup: boolean;
  delivery: boolean;
  line1: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

export interface CatalogVariant {
  id: string;
  code: string;
  options: Record<string, string>;
}

export interface CatalogProduct {
  id: string;
  code: string;
  name: string;
  type: ProductType;
  category: string;
  description: string;
  imageUrl: string;
  options: ProductOption[];
  variants: CatalogVariant[];
  /** List price per currency, integer minor units. */
  prices: Record<string, number>;
  /** Handling fee per unit per currency, when the product has one. */
  handling: Record<string, number> | null;
  /** Import duty on shipments to Canada, in basis points of the merchandise (600 = 6 %). */
  dutyBasisPoints: number;
  shippable: boolean;
  pickupAllowed: boolean;
  /** Delivered by email (a gift card): its only fulfillment option is "digital", with no stock. */
  digital?: boolean;
  /** Lower-case, diacritic-free name and code, for search. */
  search: string;
}

export interface MockShippingMethod {
  id: string;
  name: string;
  description: string;
  /** Rate per currency, integer minor units. */
  rates: Record<string, number>;
  /** The sites' default method (answered as `isDefault: true`). */
  isDefault?: boolean;
}

export interface MockPriceList {
  id: string;
  name: string;
  description: string;
  /** Discount below the list price, basis points. */
  basisPointsOff: number;
  /** The customer sets whose sites offer this price list. */
  customerSetIds: string[];
}

export type MockCoupon =
  | { code: string; kind: 'percent-off-subtotal'; label: string; basisPoints: number }
  | { code: string; kind: 'amount-off'; label: string; amount: number; minimumSubtotal: number }
  | { code: string; kind: 'free-shipping'; label: string; shippingMethodId: string }
  | { code: string; kind: 'expired'; label: string };

export interface MockBalanceCode {
  typeId: 'gift-card' | 'store-credit';
  code: string;
  /** Minor units, in the currency of the site where it is checked. */
  amount: number;
}

/** A variant with the product it belongs to (`variantById` of the catalog). */
export interface VariantEntry {
  product: CatalogProduct;
  variant: CatalogVariant;
}

/** What pricing needs from the seed. */
export interface PricingCatalog {
  locations: MockLocation[];
  productById: Map<string, CatalogProduct>;
  variantById: Map<string, VariantEntry>;
  shippingMethods: MockShippingMethod[];
  priceLists: MockPriceList[];
  coupons: MockCoupon[];
  /** The country each site's prices and default tax belong to, by site id. */
  siteCountries: Record<string, string>;
}

/** The stock of one variant (or simple product) at each location, by location id. */
export type StockByLocation = Record<string, Inventory>;

/** The stock of every variant (or simple product), by stock key: the variant id, or the product id of a simple product. */
export type InventoryTable = Map<string, StockByLocation>;

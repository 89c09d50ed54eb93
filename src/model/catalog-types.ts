/**
 * The catalog as the elements see it: products, their options and variants, and their stock.
 * Re-exported by `types.ts`, where the rest of the domain is.
 */
import type { Money } from './money-type.js';

export type ProductType = 'simple' | 'configurable';

/** A product as listed by a product search. */
export interface ProductSummary {
  id: string;
  /** The product code (SKU of a simple product, style code of a configurable one). */
  code: string;
  name: string;
  type: ProductType;
  /** The price on the site, after the price list when one was asked for. */
  price: Money;
  /** The list price, present when a price list gave a different `price`. */
  listPrice?: Money;
  /** An `https:` or `data:` image URL; anything else must be ignored by the view. */
  imageUrl?: string;
}

/** One choice a configurable product asks for ("Size", "Color"). */
export interface ProductOption {
  /** Shown to the agent and used as the key of a variant's options. */
  name: string;
  required: boolean;
  values: string[];
}

/** A combination of option values that exists for a product. */
export interface VariantSummary {
  id: string;
  code: string;
  options: Record<string, string>;
  /** False when no location has current or future stock of it. */
  inStock: boolean;
}

export interface Product extends ProductSummary {
  description?: string;
  options: ProductOption[];
  /** The combinations that exist (empty for a simple product). */
  variants: VariantSummary[];
  /** Whether the product can be shipped (Direct Ship). */
  shippable: boolean;
  /** Whether the product can be picked up at a store (BOPIS and its variations). */
  pickupAllowed: boolean;
  /** Whether the product is delivered by email (a gift card): its fulfillment option is `digital`. Absent: false. */
  digital?: boolean;
}

/** A configured product: the variant an option combination resolves to. */
export interface Variant {
  id: string;
  productId: string;
  code: string;
  options: Record<string, string>;
  price: Money;
  listPrice?: Money;
  inStock: boolean;
}

/** Stock expected on a date. `expectedDate` is an ISO date ("2026-12-15"). */
export interface FutureStock {
  quantity: number;
  expectedDate: string;
}

export interface Inventory {
  /** Units on hand now. */
  current: number;
  /** Units expected, by date. Empty when none are expected. */
  future: FutureStock[];
}

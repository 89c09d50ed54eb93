/**
 * Our mock's world in Kibo's shapes, and Kibo's request bodies back in ours: the translations of
 * the Kibo-shaped mock (docs/KIBO.md gives the mapping field by field). The types below are the
 * part of Kibo's models (test/kibo/kibo-openapi.json) the mock writes or reads, with Kibo's names.
 *
 * Ids: Kibo's tenant, site, account and contact ids are int32, ours strings. The mock's tenant is
 * `KIBO_TENANT_ID`; sites have fixed numbers (`KIBO_SITE_IDS`); an account's id is its customer
 * number's digits (C000001 → 1: Kibo calls the account id "also known as a customer number"); a
 * contact's id is a stable hash of our address id. Orders keep our string ids; `orderNumber` is
 * our number as an integer.
 */
import type {
  Address,
  AddressInput,
  Customer,
  CustomerInput,
  Money,
  OrderStatus,
  OrderSummary,
  Phones,
  Product,
  ProductSummary,
  Site,
  Variant,
} from '../../src/model/types.js';
import type { MockLocation } from '../catalog-types.js';

export const KIBO_TENANT_ID = 50001;

/** Kibo site numbers of the seed's sites; a site not listed gets 60000 + its position + 1. */
export const KIBO_SITE_IDS: Readonly<Record<string, number>> = { us: 60001, ca: 60002, wholesale: 60003 };

/** The mock's catalog number (every site shares one catalog). */
export const KIBO_CATALOG_ID = 1;

export function kiboSiteId(sites: readonly Site[], siteId: string): number {
  return KIBO_SITE_IDS[siteId] ?? 60000 + sites.findIndex((s) => s.id === siteId) + 1;
}

export function siteForKiboId(sites: readonly Site[], kiboId: number): Site | undefined {
  return sites.find((s) => kiboSiteId(sites, s.id) === kiboId);
}

// Money: Kibo's amounts are major units (double); ours integer minor units.

function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function toMajor(money: Money): number {
  return money.amount / 10 ** currencyDigits(money.currency);
}

export function toMinor(amount: number, currency: string): number {
  return Math.round(amount * 10 ** currencyDigits(currency));
}

// Tenant and customer sets

export interface KiboSite {
  id: number;
  tenantId: number;
  catalogId: number;
  name: string;
  currencyCode: string;
  localeCode: string;
  countryCode: string;
}

export interface KiboTenant {
  id: number;
  name: string;
  isDevTenant: boolean;
  sites: KiboSite[];
}

export interface KiboCustomerSet {
  code: string;
  name: string;
  isDefault: boolean;
  sites: { siteId: number; customerSetCode: string; name: string }[];
}

export function toKiboTenant(sites: readonly Site[], countries: Record<string, string>): KiboTenant {
  return {
    id: KIBO_TENANT_ID,
    name: 'Offline Orders Demo',
    isDevTenant: true,
    sites: sites.map((site) => ({
      id: kiboSiteId(sites, site.id),
      tenantId: KIBO_TENANT_ID,
      catalogId: KIBO_CATALOG_ID,
      name: site.name,
      currencyCode: site.currency,
      localeCode: site.locale,
      countryCode: countries[site.id] ?? 'US',
    })),
  };
}

/** The customer sets of the sites, in the order they first appear; the first is the default. */
export function toKiboCustomerSets(sites: readonly Site[]): KiboCustomerSet[] {
  const sets: KiboCustomerSet[] = [];
  for (const site of sites) {
    let set = sets.find((s) => s.code === site.customerSetId);
    if (!set) {
      set = { code: site.customerSetId, name: site.customerSetName, isDefault: sets.length === 0, sites: [] };
      sets.push(set);
    }
    set.sites.push({ siteId: kiboSiteId(sites, site.id), customerSetCode: site.customerSetId, name: site.name });
  }
  return sets;
}

// Customers

export interface KiboPhone {
  home?: string | null;
  work?: string | null;
  mobile?: string | null;
}

export interface KiboAddress {
  address1?: string | null;
  address2?: string | null;
  cityOrTown?: string | null;
  stateOrProvince?: string | null;
  postalOrZipCode?: string | null;
  countryCode?: string | null;
  addressType?: string | null;
}

export interface KiboContactType {
  name?: string | null;
  isPrimary?: boolean;
}

export interface KiboContact {
  id?: number | null;
  accountId?: number;
  firstName?: string | null;
  lastNameOrSurname?: string | null;
  email?: string | null;
  address?: KiboAddress;
  phoneNumbers?: KiboPhone;
  types?: KiboContactType[];
}

export interface KiboAccount {
  id?: number;
  customerSet?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  emailAddress?: string | null;
  userName?: string | null;
  isActive?: boolean;
  isAnonymous?: boolean;
  contacts?: KiboContact[];
}

/** The account id of a customer: the digits of its customer number. */
export function accountIdOf(customer: Customer): number {
  return Number(customer.customerNumber.replace(/\D/g, '')) || 0;
}

/** A stable positive int32 for our address id (FNV-1a, 31 bits). */
export function contactIdOf(addressId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < addressId.length; i++) {
    hash ^= addressId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 1 || 1;
}

/** The contact that carries the customer's phones: the default billing one, else the first. */
function primaryAddress(customer: Customer): Address | undefined {
  return customer.addresses.find((a) => a.isDefaultBilling) ?? customer.addresses[0];
}

function definedPhones(phones: Phones): KiboPhone {
  return Object.fromEntries(Object.entries(phones).filter(([, v]) => typeof v === 'string' && v !== ''));
}

function splitName(name: string): { firstName: string; lastNameOrSurname: string } {
  const trimmed = name.trim();
  const space = trimmed.indexOf(' ');
  return space < 0
    ? { firstName: trimmed, lastNameOrSurname: '' }
    : { firstName: trimmed.slice(0, space), lastNameOrSurname: trimmed.slice(space + 1) };
}

export function toKiboContact(customer: Customer, address: Address): KiboContact {
  const primary = primaryAddress(customer) === address;
  const phones: KiboPhone = primary
    ? definedPhones({ ...(address.phone ? { home: address.phone } : {}), ...customer.phones })
    : address.phone
      ? { home: address.phone }
      : {};
  return {
    id: contactIdOf(address.id),
    accountId: accountIdOf(customer),
    ...splitName(address.name),
    email: customer.email,
    address: {
      address1: address.line1,
      ...(address.line2 ? { address2: address.line2 } : {}),
      cityOrTown: address.city,
      stateOrProvince: address.region,
      postalOrZipCode: address.postalCode,
      countryCode: address.country,
      addressType: 'Residential',
    },
    phoneNumbers: phones,
    types: [
      { name: 'Billing', isPrimary: address.isDefaultBilling },
      { name: 'Shipping', isPrimary: address.isDefaultShipping },
    ],
  };
}

export function toKiboAccount(customer: Customer): KiboAccount {
  return {
    id: accountIdOf(customer),
    customerSet: customer.customerSetId,
    firstName: customer.firstName,
    lastName: customer.lastName,
    emailAddress: customer.email,
    userName: customer.email,
    isActive: true,
    isAnonymous: false,
    contacts: customer.addresses.map((address) => toKiboContact(customer, address)),
  };
}

const text = (value: string | null | undefined): string => (typeof value === 'string' ? value : '');

function isPrimaryOf(contact: KiboContact, name: 'Billing' | 'Shipping'): boolean {
  return (contact.types ?? []).some((t) => t.name === name && t.isPrimary === true);
}

/** A Kibo contact as our address input; `id` is the address id of `existing` when the contact matches one. */
export function fromKiboContact(contact: KiboContact, existing?: readonly Address[]): AddressInput {
  const phones = contact.phoneNumbers ?? {};
  const phone = phones.home || phones.mobile || phones.work || '';
  const known = contact.id ? existing?.find((a) => contactIdOf(a.id) === contact.id) : undefined;
  const line2 = text(contact.address?.address2);
  return {
    ...(known ? { id: known.id } : {}),
    name: [text(contact.firstName), text(contact.lastNameOrSurname)].filter(Boolean).join(' '),
    line1: text(contact.address?.address1),
    ...(line2 ? { line2 } : {}),
    city: text(contact.address?.cityOrTown),
    region: text(contact.address?.stateOrProvince),
    postalCode: text(contact.address?.postalOrZipCode),
    country: text(contact.address?.countryCode),
    ...(phone ? { phone } : {}),
    isDefaultBilling: isPrimaryOf(contact, 'Billing'),
    isDefaultShipping: isPrimaryOf(contact, 'Shipping'),
  };
}

/** The customer's phones from an account's contacts: the primary billing contact's, else the first's. */
export function phonesOfContacts(contacts: readonly KiboContact[]): Phones {
  const primary = contacts.find((c) => isPrimaryOf(c, 'Billing')) ?? contacts[0];
  const numbers = primary?.phoneNumbers ?? {};
  const phones: Phones = {};
  if (numbers.home) phones.home = numbers.home;
  if (numbers.work) phones.work = numbers.work;
  if (numbers.mobile) phones.mobile = numbers.mobile;
  return phones;
}

/** A Kibo account body as our customer input; `existing` keeps address ids and the phones when no contacts are sent. */
export function fromKiboAccount(account: KiboAccount, existing?: Customer): CustomerInput {
  const contacts = account.contacts ?? null;
  return {
    firstName: text(account.firstName ?? existing?.firstName),
    lastName: text(account.lastName ?? existing?.lastName),
    email: text(account.emailAddress ?? existing?.email),
    phones: contacts ? phonesOfContacts(contacts) : { ...(existing?.phones ?? {}) },
    addresses: contacts
      ? contacts.map((c) => fromKiboContact(c, existing?.addresses))
      : (existing?.addresses ?? []).map((a) => ({ ...a })),
  };
}

/** Our field paths (`email`, `addresses[1].postalCode`, `phones.mobile`) as Kibo's paths in an account. */
export function kiboAccountPath(path: string): string {
  const fields: Record<string, string> = {
    email: 'emailAddress',
    firstName: 'firstName',
    lastName: 'lastName',
    name: 'firstName',
    line1: 'address.address1',
    line2: 'address.address2',
    city: 'address.cityOrTown',
    region: 'address.stateOrProvince',
    postalCode: 'address.postalOrZipCode',
    country: 'address.countryCode',
    phone: 'phoneNumbers.home',
  };
  const address = /^addresses\[(\d+)\]\.?(.*)$/.exec(path);
  if (address) {
    const field = address[2] ?? '';
    return `contacts[${address[1]}]${field ? `.${fields[field] ?? field}` : ''}`;
  }
  const phone = /^phones\.(\w+)$/.exec(path);
  if (phone) return `contacts[0].phoneNumbers.${phone[1]}`;
  if (path === 'addresses') return 'contacts';
  return fields[path] ?? path;
}

// Catalog

/** Kibo's attribute FQN of one of our option names ("Size" → "tenant~size"). */
export function attributeFqn(optionName: string): string {
  return `tenant~${optionName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

export interface KiboProductPrice {
  price: number;
  salePrice?: number;
  catalogListPrice: number;
}

export interface KiboVariation {
  productCode: string;
  options: { attributeFQN: string; value: string; valueSequence: number }[];
  inventoryInfo: { onlineStockAvailable: number; manageStock: boolean };
}

export interface KiboProductOption {
  attributeFQN: string;
  isRequired: boolean;
  isMultiValue: boolean;
  isProductImageGroupSelector: boolean;
  attributeDetail: { name: string; dataType: string; inputType: string };
  values: { attributeValueId: number; stringValue: string; value: string; isEnabled: boolean; isSelected?: boolean }[];
}

export interface KiboProduct {
  productCode: string;
  productUsage: string;
  productType: string;
  content: {
    productName: string;
    productShortDescription?: string;
    productImages: { imageUrl: string; sequence: number }[];
  };
  price: KiboProductPrice;
  options: KiboProductOption[];
  variations: KiboVariation[];
  fulfillmentTypesSupported: string[];
  /** "Physical", or "DigitalCredit" for a product delivered by email (a gift card). */
  goodsType: string;
  inventoryInfo: { onlineStockAvailable: number; manageStock: boolean };
  purchasableState: { isPurchasable: boolean; messages: [] };
  isTaxable: boolean;
}

export function toKiboPrice(summary: { price: Money; listPrice?: Money }): KiboProductPrice {
  return summary.listPrice
    ? {
        price: toMajor(summary.listPrice),
        salePrice: toMajor(summary.price),
        catalogListPrice: toMajor(summary.listPrice),
      }
    : { price: toMajor(summary.price), catalogListPrice: toMajor(summary.price) };
}

/** Kibo's names of the fulfillment types a product supports. */
export function fulfillmentTypesOf(product: Pick<Product, 'shippable' | 'pickupAllowed'>): string[] {
  return [
    ...(product.shippable ? ['DirectShip'] : []),
    ...(product.pickupAllowed ? ['InStorePickup', 'Delivery'] : []),
  ];
}

function toKiboOptions(product: Product, selected: Record<string, string> = {}): KiboProductOption[] {
  return product.options.map((option) => ({
    attributeFQN: attributeFqn(option.name),
    isRequired: option.required,
    isMultiValue: false,
    isProductImageGroupSelector: false,
    attributeDetail: { name: option.name, dataType: 'String', inputType: 'List' },
    values: option.values.map((value, index) => ({
      attributeValueId: index + 1,
      stringValue: value,
      value,
      isEnabled: true,
      ...(selected[option.name] !== undefined ? { isSelected: selected[option.name] === value } : {}),
    })),
  }));
}

/**
 * A product as Kibo's storefront reads it. `stockOf(code)` is the units on hand of a variant
 * (or of a simple product) over all locations: Kibo's `onlineStockAvailable`.
 */
export function toKiboProduct(product: Product, stockOf: (variantOrProductId: string) => number): KiboProduct {
  const stock = product.type === 'configurable' ? 0 : stockOf(product.id);
  return {
    productCode: product.code,
    productUsage: product.type === 'configurable' ? 'Configurable' : 'Standard',
    productType: product.type === 'configurable' ? 'Configurable' : 'Standard',
    content: {
      productName: product.name,
      ...(product.description ? { productShortDescription: product.description } : {}),
      productImages: product.imageUrl ? [{ imageUrl: product.imageUrl, sequence: 1 }] : [],
    },
    price: toKiboPrice(product),
    options: toKiboOptions(product),
    variations: product.variants.map((variant) => ({
      productCode: variant.code,
      options: product.options
        .filter((o) => variant.options[o.name] !== undefined)
        .map((o) => ({
          attributeFQN: attributeFqn(o.name),
          value: variant.options[o.name]!,
          valueSequence: o.values.indexOf(variant.options[o.name]!) + 1,
        })),
      inventoryInfo: { onlineStockAvailable: stockOf(variant.id), manageStock: true },
    })),
    fulfillmentTypesSupported: fulfillmentTypesOf(product),
    goodsType: product.digital ? 'DigitalCredit' : 'Physical',
    inventoryInfo: { onlineStockAvailable: stock, manageStock: true },
    purchasableState: { isPurchasable: true, messages: [] },
    isTaxable: true,
  };
}

/** A search result: the product without its variations (Kibo's search lists the product itself). */
export function toKiboSearchItem(summary: ProductSummary, product: Product, stockOf: (id: string) => number) {
  return { ...toKiboProduct(product, stockOf), price: toKiboPrice(summary) };
}

export interface KiboConfiguredProduct {
  productCode: string;
  variationProductCode?: string;
  price: KiboProductPrice;
  options: KiboProductOption[];
  fulfillmentTypesSupported: string[];
  inventoryInfo: { onlineStockAvailable: number; manageStock: boolean };
  purchasableState: {
    isPurchasable: boolean;
    messages: { message: string; severity: string; validationType: string }[];
  };
}

export function toKiboConfigured(product: Product, variant: Variant, onlineStock: number): KiboConfiguredProduct {
  return {
    productCode: product.code,
    variationProductCode: variant.code,
    price: toKiboPrice(variant),
    options: toKiboOptions(product, variant.options),
    fulfillmentTypesSupported: fulfillmentTypesOf(product),
    inventoryInfo: { onlineStockAvailable: onlineStock, manageStock: true },
    purchasableState: { isPurchasable: variant.inStock, messages: [] },
  };
}

// Locations

/** Kibo's fulfillment type codes of a location: DS (direct ship), SP (in-store pickup), DL (delivery). */
export function locationTypesOf(location: MockLocation): { code: string; name: string }[] {
  return [
    ...(location.shipFrom ? [{ code: 'DS', name: 'Direct Ship' }] : []),
    ...(location.pickup ? [{ code: 'SP', name: 'In Store Pickup' }] : []),
    ...(location.delivery ? [{ code: 'DL', name: 'Delivery' }] : []),
  ];
}

export function toKiboLocation(location: MockLocation, closed: boolean) {
  return {
    code: location.id,
    name: location.name,
    address: {
      address1: location.line1,
      cityOrTown: location.city,
      stateOrProvince: location.region,
      postalOrZipCode: location.postalCode,
      countryCode: location.country,
      addressType: 'Commercial',
    },
    fulfillmentTypes: locationTypesOf(location),
    isDisabled: closed,
    supportsInventory: true,
    allowFulfillmentWithNoStock: false,
    includeInInventoryAggregrate: location.shipFrom,
  };
}

// Orders

/** Kibo's order status of ours ("OrderStatusConst" values; `shipped` is a Processing order whose fulfillment is done). */
export const KIBO_ORDER_STATUS: Readonly<Record<OrderStatus, { status: string; fulfillmentStatus: string }>> = {
  new: { status: 'Submitted', fulfillmentStatus: 'NotFulfilled' },
  open: { status: 'Processing', fulfillmentStatus: 'NotFulfilled' },
  shipped: { status: 'Processing', fulfillmentStatus: 'Fulfilled' },
  completed: { status: 'Completed', fulfillmentStatus: 'Fulfilled' },
  cancelled: { status: 'Cancelled', fulfillmentStatus: 'NotFulfilled' },
};

export interface KiboOrderListContext {
  sites: readonly Site[];
  /** The customer of an order, for its account id and the billing contact's name. */
  customer: (customerId: string) => Customer | undefined;
  /** A product's code by our product id. */
  productCode: (productId: string) => string;
  /** What else Kibo says of an order's item (variation, options, fulfillment), by the item's index. */
  itemDetails?: (orderId: string, index: number) => { item?: object; product?: object };
}

/** An order of our list as an order of Kibo's `getOrders`. */
export function toKiboListedOrder(order: OrderSummary, context: KiboOrderListContext) {
  const customer = context.customer(order.customerId);
  const name = customer
    ? { firstName: customer.firstName, lastNameOrSurname: customer.lastName }
    : splitName(order.customerName);
  return {
    id: order.id,
    orderNumber: Number.parseInt(order.number, 10),
    tenantId: KIBO_TENANT_ID,
    siteId: kiboSiteId(context.sites, order.siteId),
    type: 'Offline',
    ...KIBO_ORDER_STATUS[order.status],
    submittedDate: order.createdAt,
    auditInfo: { createDate: order.createdAt, updateDate: order.createdAt },
    customerAccountId: customer ? accountIdOf(customer) : null,
    email: customer?.email ?? null,
    currencyCode: order.total.currency,
    total: toMajor(order.total),
    billingInfo: { billingContact: { ...name, ...(customer ? { email: customer.email } : {}) } },
    items: order.items.map((item, index) => ({
      id: `${order.id}-${index + 1}`,
      lineId: index + 1,
      quantity: item.quantity,
      product: {
        productCode: context.productCode(item.productId),
        name: item.productName,
        ...context.itemDetails?.(order.id, index).product,
      },
      ...context.itemDetails?.(order.id, index).item,
    })),
  };
}

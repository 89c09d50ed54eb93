/**
 * Decoders of Kibo's answers into our model (`src/model/types.ts`), following docs/KIBO.md.
 *
 * Kibo's answers are untrusted input, as our backend's are (`src/adapter/decode.ts`, whose
 * `DecodeError` and `skipping` these reuse): every field is checked as it is read; in the lists
 * the agent browses (sites, customers, products, orders) a record that fails is left out and
 * counted (`Listed.skipped`, `Page.skipped`); any other answer that fails is refused whole.
 *
 * Each record is first viewed as Kibo's model (`view<KiboSite>`), so that the compiler checks
 * every field name read against `@kibocommerce/rest-sdk`; the values are then checked one by one.
 * Amounts are Kibo's major units (`number`, double) converted to integer minor units of the
 * currency; ids that Kibo types as integers (sites, accounts, contacts) become strings.
 */
import { DecodeError, skipping } from '../adapter/decode.js';
import { isKnownCurrency, minorUnitsOf } from '../model/currencies.js';
import { isValidLocale } from '../model/locale.js';
import type * as model from '../model/types.js';
import { isDigitalGoods } from './decode-fulfillment.js';
import type * as kibo from './kibo-types.js';
import { isObject, view } from './read.js';

function fail(path: string, expected: string): never {
  throw new DecodeError(path, expected);
}

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** A string with something in it. */
function text(value: unknown, path: string): string {
  return typeof value === 'string' && value.trim() ? value : fail(path, 'a string');
}

/** An optional string: absent or null → undefined, blank → undefined, anything but a string fails. */
function optionalText(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') fail(path, 'a string');
  return value.trim() ? value : undefined;
}

/** Kibo's int32 ids → our string ids. */
function id(value: unknown, path: string): string {
  return Number.isSafeInteger(value) ? String(value) : fail(path, 'an integer id');
}

function list(value: unknown, path: string): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : fail(path, 'a list');
}

function currency(value: unknown, path: string): string {
  return isKnownCurrency(value) ? value : fail(path, 'a 3-letter ISO 4217 currency code');
}

/** Kibo's amount in major units (double) → integer minor units of `code`. */
export function amount(value: unknown, code: string, path: string): model.Money {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'an amount');
  if (!isKnownCurrency(code)) fail(path, 'an amount in a currency of ISO 4217');
  const minor = Math.round(value * 10 ** minorUnitsOf(code));
  return Number.isSafeInteger(minor) ? { amount: minor, currency: code } : fail(path, 'an amount');
}

// ---------------------------------------------------------------------------------------------
// Sites

/**
 * The customer set of a site: the set that lists the site (`CustomerSet.sites[].siteId`), else
 * the tenant's default set (`isDefault`); null when neither exists.
 */
export function customerSetOf(sets: unknown, siteId: string): { code: string; name: string } | null {
  const all = list(view<kibo.KiboCustomerSetCollection>(sets, '').items, 'items').filter(isObject);
  const read = (set: Record<string, unknown>) => {
    const s = view<kibo.KiboCustomerSet>(set, '');
    const code = optionalText(s.code, 'code');
    return code ? { code, name: optionalText(s.name, 'name') ?? code } : null;
  };
  const lists = (set: Record<string, unknown>) =>
    list(view<kibo.KiboCustomerSet>(set, '').sites, 'sites').some(
      (site) => isObject(site) && String(view<kibo.KiboCustomerSetSite>(site, '').siteId) === siteId,
    );
  const listing = all.find(lists);
  if (listing) return read(listing);
  const fallback = all.find((set) => view<kibo.KiboCustomerSet>(set, '').isDefault === true);
  return fallback ? read(fallback) : null;
}

/** The tenant's sites (`getTenant`), each with its customer set (`getCustomerSets`). */
export function sites(tenant: unknown, sets: unknown): model.Listed<model.Site> {
  const t = view<kibo.KiboTenant>(tenant, '');
  return skipping<model.Site>((value, path) => {
    const s = view<kibo.KiboSite>(value, path);
    const siteId = id(s.id, at(path, 'id'));
    const locale = s.localeCode;
    const set = customerSetOf(sets, siteId) ?? fail(at(path, 'id'), 'a site of a customer set');
    return {
      id: siteId,
      name: text(s.name, at(path, 'name')),
      currency: currency(s.currencyCode, at(path, 'currencyCode')),
      locale: isValidLocale(locale) ? locale : fail(at(path, 'localeCode'), 'a locale such as en-US'),
      customerSetId: set.code,
      customerSetName: set.name,
    };
  })(t.sites ?? [], 'sites');
}

// ---------------------------------------------------------------------------------------------
// Customers

const types = (contact: Partial<Record<keyof kibo.KiboCustomerContact, unknown>>, path: string) =>
  list(contact.types, at(path, 'types')).map((t, i) => {
    const type = view<kibo.KiboContactType>(t, `${path}.types[${i}]`);
    return { name: typeof type.name === 'string' ? type.name.toLowerCase() : '', primary: type.isPrimary === true };
  });

const isPrimary = (contact: Partial<Record<keyof kibo.KiboCustomerContact, unknown>>, path: string, name: string) =>
  types(contact, path).some((t) => t.name === name && t.primary);

function phones(value: unknown, path: string): model.Phones {
  if (value === undefined || value === null) return {};
  const p = view<kibo.KiboPhone>(value, path);
  const out: model.Phones = {};
  for (const key of ['home', 'work', 'mobile'] as const) {
    const phone = optionalText(p[key], at(path, key));
    if (phone) out[key] = phone;
  }
  return out;
}

/** A contact with a postal address → our address; a contact without one (phones only) → null. */
export function contactAddress(value: unknown, path: string): model.Address | null {
  const c = view<kibo.KiboCustomerContact>(value, path);
  if (c.address === undefined || c.address === null) return null;
  const a = view<kibo.KiboAddress>(c.address, at(path, 'address'));
  if (optionalText(a.address1, at(path, 'address.address1')) === undefined) return null;
  const name = [
    optionalText(c.firstName, at(path, 'firstName')),
    optionalText(c.lastNameOrSurname, at(path, 'lastNameOrSurname')),
  ]
    .filter(Boolean)
    .join(' ');
  const p = phones(c.phoneNumbers, at(path, 'phoneNumbers'));
  const line2 = optionalText(a.address2, at(path, 'address.address2'));
  const phone = p.home ?? p.mobile ?? p.work;
  return {
    id: id(c.id, at(path, 'id')),
    name,
    line1: text(a.address1, at(path, 'address.address1')),
    ...(line2 ? { line2 } : {}),
    city: text(a.cityOrTown, at(path, 'address.cityOrTown')),
    // Not every country has states or provinces.
    region: optionalText(a.stateOrProvince, at(path, 'address.stateOrProvince')) ?? '',
    postalCode: optionalText(a.postalOrZipCode, at(path, 'address.postalOrZipCode')) ?? '',
    country: text(a.countryCode, at(path, 'address.countryCode')),
    ...(phone ? { phone } : {}),
    isDefaultBilling: isPrimary(c, path, 'billing'),
    isDefaultShipping: isPrimary(c, path, 'shipping'),
  };
}

/**
 * The contact whose phones are the customer's: the primary billing contact, else the primary
 * shipping one, else the first. Its index, or -1 when there is none.
 */
export function primaryContactIndex(contacts: unknown[]): number {
  const views = contacts.map((c, i) => view<kibo.KiboCustomerContact>(c, `contacts[${i}]`));
  const billing = views.findIndex((c, i) => isPrimary(c, `contacts[${i}]`, 'billing'));
  if (billing !== -1) return billing;
  const shipping = views.findIndex((c, i) => isPrimary(c, `contacts[${i}]`, 'shipping'));
  if (shipping !== -1) return shipping;
  return contacts.length ? 0 : -1;
}

/** A customer account (`CustomerAccount`, with its contacts when they were asked for). */
export function customer(value: unknown, path: string): model.Customer {
  const a = view<kibo.KiboCustomerAccount>(value, path);
  const contacts = list(a.contacts, at(path, 'contacts'));
  const primary = primaryContactIndex(contacts);
  const primaryContact = primary === -1 ? undefined : view<kibo.KiboCustomerContact>(contacts[primary], '');
  const accountId = id(a.id, at(path, 'id'));
  return {
    id: accountId,
    // Kibo: the account id is "also known as a customer number".
    customerNumber: accountId,
    customerSetId: text(a.customerSet, at(path, 'customerSet')),
    firstName: optionalText(a.firstName, at(path, 'firstName')) ?? '',
    lastName: optionalText(a.lastName, at(path, 'lastName')) ?? '',
    email: text(a.emailAddress, at(path, 'emailAddress')),
    phones: phones(primaryContact?.phoneNumbers, at(path, `contacts[${primary}].phoneNumbers`)),
    addresses: contacts
      .map((contact, i) => contactAddress(contact, at(path, `contacts[${i}]`)))
      .filter((found): found is model.Address => found !== null),
  };
}

/**
 * The accounts of a search, in the site's customer set only (an account of another set cannot be
 * the shopper of this site's order: left out, not counted as a bad record).
 */
export function customers(value: unknown, customerSet: string): model.Listed<model.Customer> {
  const page = view<kibo.KiboCustomerAccountCollection>(value, '');
  const inSet = list(page.items, 'items').filter(
    (item) => !isObject(item) || item.customerSet === undefined || item.customerSet === customerSet,
  );
  return skipping(customer)(inSet, 'items');
}

// ---------------------------------------------------------------------------------------------
// Products

/** The price of a product: the sale price when there is one (then `listPrice` is the list price). */
function prices(value: unknown, code: string, path: string): Pick<model.ProductSummary, 'price' | 'listPrice'> {
  const p = view<kibo.KiboProductPrice>(value, path);
  const list = amount(p.price, code, at(path, 'price'));
  const sale =
    p.salePrice === undefined || p.salePrice === null ? undefined : amount(p.salePrice, code, at(path, 'salePrice'));
  if (list.amount < 0 || (sale && sale.amount < 0)) fail(path, 'a price of zero or more');
  return sale && sale.amount !== list.amount ? { price: sale, listPrice: list } : { price: list };
}

function summaryFields(
  p: Partial<Record<keyof kibo.KiboProduct, unknown>>,
  code: string,
  path: string,
): model.ProductSummary {
  const productCode = text(p.productCode, at(path, 'productCode'));
  const content =
    p.content === undefined || p.content === null
      ? {}
      : view<{ productName?: unknown; productImages?: unknown }>(p.content, at(path, 'content'));
  const image = list(content.productImages, at(path, 'content.productImages'))[0];
  const imageUrl = isObject(image)
    ? optionalText(image.imageUrl, at(path, 'content.productImages[0].imageUrl'))
    : undefined;
  return {
    id: productCode,
    code: productCode,
    name: text(content.productName, at(path, 'content.productName')),
    type: p.productUsage === 'Configurable' ? 'configurable' : 'simple',
    ...prices(p.price, code, at(path, 'price')),
    ...(imageUrl ? { imageUrl } : {}),
  };
}

/** A product of a search result, priced in the site's currency `code`. */
export function productSummary(code: string) {
  return (value: unknown, path: string): model.ProductSummary =>
    summaryFields(view<kibo.KiboProduct>(value, path), code, path);
}

/** The products of a search (`ProductSearchResult`); a bad one is left out and counted. */
export function products(value: unknown, code: string): model.Listed<model.ProductSummary> {
  const result = view<kibo.KiboProductSearchResult>(value, '');
  return skipping(productSummary(code))(list(result.items, 'items'), 'items');
}

/** An option value as the agent sees it: its `stringValue`, else its `value` as text. */
const optionValueText = (value: unknown, path: string): string => {
  const v = view<kibo.KiboProductOptionValue>(value, path);
  const shown = optionalText(v.stringValue, at(path, 'stringValue'));
  if (shown) return shown;
  if (typeof v.value === 'string' || typeof v.value === 'number' || typeof v.value === 'boolean')
    return String(v.value);
  return fail(at(path, 'value'), 'an option value');
};

/**
 * Fulfillment types: Kibo's values are **not in the definitions**; "DirectShip" and
 * "InStorePickup" are matched without regard to case. No list at all means both.
 */
function fulfillment(value: unknown, path: string): { shippable: boolean; pickupAllowed: boolean } {
  if (value === undefined || value === null) return { shippable: true, pickupAllowed: true };
  const supported = list(value, path).map((t) => (typeof t === 'string' ? t.toLowerCase() : ''));
  return {
    shippable: supported.some((t) => t === 'directship' || t === 'ship'),
    pickupAllowed: supported.some((t) => t === 'instorepickup' || t === 'pickup'),
  };
}

/** A product with its options and variations, priced in the site's currency `code`. */
export function product(code: string) {
  return (value: unknown, path: string): model.Product => {
    const p = view<kibo.KiboProduct>(value, path);
    const summary = summaryFields(p, code, path);
    const content = isObject(p.content) ? p.content : {};
    const description =
      optionalText(content.productShortDescription, at(path, 'content.productShortDescription')) ??
      optionalText(content.productFullDescription, at(path, 'content.productFullDescription'));
    // Option name and value shown, by attribute FQN and by Kibo's value.
    const names = new Map<string, { name: string; values: Map<string, string> }>();
    const options = list(p.options, at(path, 'options')).map((raw, i) => {
      const here = at(path, `options[${i}]`);
      const o = view<kibo.KiboProductOption>(raw, here);
      const fqn = text(o.attributeFQN, at(here, 'attributeFQN'));
      const detail = isObject(o.attributeDetail) ? o.attributeDetail : {};
      const name = optionalText(detail.name, at(here, 'attributeDetail.name')) ?? fqn;
      const values = new Map<string, string>();
      const shown = list(o.values, at(here, 'values')).map((v, j) => {
        const label = optionValueText(v, at(here, `values[${j}]`));
        const raw = isObject(v) && v.value !== undefined && v.value !== null ? String(v.value) : label;
        values.set(raw, label);
        return label;
      });
      names.set(fqn, { name, values });
      return { name, required: o.isRequired === true, values: shown };
    });
    const variants = list(p.variations, at(path, 'variations')).map((raw, i) => {
      const here = at(path, `variations[${i}]`);
      const v = view<kibo.KiboVariationSummary>(raw, here);
      const variationCode = text(v.productCode, at(here, 'productCode'));
      const chosen: Record<string, string> = {};
      list(v.options, at(here, 'options')).forEach((o, j) => {
        const opt = view<{ attributeFQN?: unknown; value?: unknown }>(o, at(here, `options[${j}]`));
        const fqn = text(opt.attributeFQN, at(here, `options[${j}].attributeFQN`));
        const option = names.get(fqn) ?? fail(at(here, `options[${j}].attributeFQN`), 'an option of the product');
        const raw = String(opt.value ?? '');
        chosen[option.name] = option.values.get(raw) ?? raw;
      });
      const inventory = isObject(v.inventoryInfo) ? v.inventoryInfo : {};
      const stock = inventory.onlineStockAvailable;
      const inStock = inventory.manageStock === false || (typeof stock === 'number' && stock > 0);
      return { id: variationCode, code: variationCode, options: chosen, inStock };
    });
    return {
      ...summary,
      ...(description ? { description } : {}),
      options,
      variants,
      ...fulfillment(p.fulfillmentTypesSupported, at(path, 'fulfillmentTypesSupported')),
      ...(isDigitalGoods(p.goodsType) ? { digital: true } : {}),
    };
  };
}

/**
 * The options of a product as Kibo names them: by our option name ("Color"), its attribute FQN
 * and, by the value the agent sees ("Red"), Kibo's own value (sent back to configure it).
 */
export function optionSelections(
  value: unknown,
  chosen: Record<string, string>,
): kibo.KiboProductOptionSelection[] | null {
  const p = view<kibo.KiboProduct>(value, '');
  const selections: kibo.KiboProductOptionSelection[] = [];
  for (const [i, raw] of list(p.options, 'options').entries()) {
    const o = view<kibo.KiboProductOption>(raw, `options[${i}]`);
    const fqn = text(o.attributeFQN, `options[${i}].attributeFQN`);
    const detail = isObject(o.attributeDetail) ? o.attributeDetail : {};
    const name = optionalText(detail.name, `options[${i}].attributeDetail.name`) ?? fqn;
    const wanted = chosen[name];
    if (wanted === undefined) continue;
    const match = list(o.values, `options[${i}].values`).find(
      (v, j) => optionValueText(v, `options[${i}].values[${j}]`) === wanted,
    );
    // A value the product does not have: no such combination.
    if (match === undefined) return null;
    const kiboValue = isObject(match) && match.value !== undefined && match.value !== null ? match.value : wanted;
    selections.push({ attributeFQN: fqn, value: kiboValue });
  }
  return selections;
}

/**
 * The variant a configuration resolves to (`ConfiguredProduct`), priced in `code`; null when
 * Kibo names no variation (the combination does not exist: how Kibo says so is **not in the
 * definitions**, this is the plan's reading).
 */
export function configured(value: unknown, code: string, chosen: Record<string, string>): model.Variant | null {
  const c = view<kibo.KiboConfiguredProduct>(value, '');
  const variationCode = optionalText(c.variationProductCode, 'variationProductCode');
  if (!variationCode) return null;
  const inventory = isObject(c.inventoryInfo) ? c.inventoryInfo : {};
  const stock = inventory.onlineStockAvailable;
  const purchasable = !isObject(c.purchasableState) || c.purchasableState.isPurchasable !== false;
  return {
    id: variationCode,
    productId: text(c.productCode, 'productCode'),
    code: variationCode,
    options: { ...chosen },
    ...prices(c.price, code, 'price'),
    inStock: purchasable && (inventory.manageStock === false || (typeof stock === 'number' && stock > 0)),
  };
}

/** A price list the site may use (`enabled`, and the site among its `validSites` when it lists any); null otherwise. */
export function priceList(value: unknown, siteId: string): model.PriceList | null {
  const p = view<kibo.KiboPriceList>(value, '');
  const sitesOf = list(p.validSites, 'validSites');
  if (p.enabled === false || (sitesOf.length && !sitesOf.some((s) => String(s) === siteId))) return null;
  const description = optionalText(p.description, 'description');
  const listCode = text(p.priceListCode, 'priceListCode');
  return {
    id: listCode,
    name: optionalText(p.name, 'name') ?? listCode,
    ...(description ? { description } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Orders

/**
 * Kibo's order status → ours. The values ("OrderStatusConst") are **not in the definitions**:
 * these are Kibo's documented ones; anything else reads as "open" rather than hiding the order.
 */
export function orderStatus(status: unknown, fulfillmentStatus: unknown): model.OrderStatus {
  switch (typeof status === 'string' ? status.toLowerCase() : '') {
    case 'completed':
      return 'completed';
    case 'cancelled':
    case 'abandoned':
      return 'cancelled';
    case 'created':
    case 'pending':
    case 'validated':
    case 'submitted':
    case 'pendingreview':
      return 'new';
    default:
      return typeof fulfillmentStatus === 'string' && fulfillmentStatus.toLowerCase() === 'fulfilled'
        ? 'shipped'
        : 'open';
  }
}

function contactName(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const c = view<kibo.KiboOrderContact>(value, '');
  const name = [c.firstName, c.lastNameOrSurname].filter((n) => typeof n === 'string' && n.trim()).join(' ');
  return name || undefined;
}

/** An order of a list. Null for an order not placed yet (no `orderNumber`): not an order to show. */
export function orderSummary(value: unknown, path: string): model.OrderSummary | null {
  const o = view<kibo.KiboOrder>(value, path);
  if (o.orderNumber === undefined || o.orderNumber === null) return null;
  const code = currency(o.currencyCode, at(path, 'currencyCode'));
  const audit = isObject(o.auditInfo) ? o.auditInfo : {};
  const billing = isObject(o.billingInfo) ? o.billingInfo.billingContact : undefined;
  const shipping = isObject(o.fulfillmentInfo) ? o.fulfillmentInfo.fulfillmentContact : undefined;
  const customerId = o.customerAccountId;
  return {
    id: text(o.id, at(path, 'id')),
    number: id(o.orderNumber, at(path, 'orderNumber')),
    siteId: id(o.siteId, at(path, 'siteId')),
    createdAt:
      optionalText(o.submittedDate, at(path, 'submittedDate')) ??
      text(audit.createDate, at(path, 'auditInfo.createDate')),
    customerId: customerId === undefined || customerId === null ? '' : id(customerId, at(path, 'customerAccountId')),
    customerName: contactName(billing) ?? contactName(shipping) ?? optionalText(o.email, at(path, 'email')) ?? '',
    status: orderStatus(o.status, o.fulfillmentStatus),
    total: amount(o.total, code, at(path, 'total')),
    items: list(o.items, at(path, 'items')).map((raw, i) => {
      const here = at(path, `items[${i}]`);
      const item = view<kibo.KiboOrderItem>(raw, here);
      const p = view<{ productCode?: unknown; name?: unknown }>(item.product, at(here, 'product'));
      const quantity = item.quantity;
      return {
        productId: text(p.productCode, at(here, 'product.productCode')),
        productName:
          optionalText(p.name, at(here, 'product.name')) ?? text(p.productCode, at(here, 'product.productCode')),
        quantity: Number.isSafeInteger(quantity) ? (quantity as number) : fail(at(here, 'quantity'), 'an integer'),
      };
    }),
  };
}

/**
 * A page of orders (`OrderCollection`) asked for from `startIndex`: its orders (a bad one left out
 * and counted), and the cursor of the next page (its `startIndex`), null on the last.
 */
export function orderPage(value: unknown, startIndex: number, pageSize: number): model.Page<model.OrderSummary> {
  const page = view<kibo.KiboOrderCollection>(value, '');
  const raw = list(page.items, 'items');
  const decoded = skipping(orderSummary)(raw, 'items');
  const items = decoded.filter((o): o is model.OrderSummary => o !== null);
  const total = Number.isSafeInteger(page.totalCount) ? (page.totalCount as number) : undefined;
  const next = startIndex + Math.max(raw.length, 1);
  const more = total === undefined ? raw.length >= pageSize : next < total;
  return {
    items,
    nextCursor: more && raw.length > 0 ? String(next) : null,
    ...(total === undefined ? {} : { total }),
    ...(decoded.skipped ? { skipped: decoded.skipped } : {}),
  };
}

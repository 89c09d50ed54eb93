/**
 * The mock's pricing rules: the backend's authoritative totals for a draft.
 *
 * Order of the computation (documented in mocks/README.md):
 * 1. each line at the catalog price in the site's currency, after the price list, then its
 *    line adjustment (amount off each unit, or a new unit price; never below zero); a custom
 *    line (`custom`) at its own unit price, shipped, with no tax when it is not taxable;
 * 2. coupons on the subtotal (SAVE10, BIGSPENDER), capped at the subtotal; FREESHIP gives
 *    the Ground rate back as a discount;
 * 3. the order adjustment on what remains of the merchandise, never below zero;
 * 4. shipping: the method's rate once per order when any line ships, less FREESHIP and the
 *    shipping adjustment, never below zero;
 * 5. handling per unit on the products that have a fee;
 * 6. per line, tax at the ship-to country's rate (the draft's `shipTo`, else the customer's default
 *    shipping address, else the site's country) on its merchandise after discounts, its
 *    share of the net shipping and its handling (none for a tax-exempt order: one with
 *    `taxExemption`'s certificate number); duty on Direct Ship lines to Canada.
 *
 * total = subtotal − Σ discounts − orderAdjustment + shipping − shippingAdjustment
 *         + handling + tax + duty, never below zero.
 *
 * Everything is integer minor units; percentages round half away from zero per line.
 */
import type {
  AddressInput,
  BreakdownItem,
  CouponResult,
  Customer,
  Discount,
  DraftLine,
  Money,
  OrderAdjustment,
  PricedLine,
  Pricing,
  Problem,
  ShippingAdjustment,
  TaxExemption,
  Site,
} from '../src/model/types.js';
import { allocate as allocateMoney, formatMoney, formatPercent, money, percentage } from '../src/model/money.js';
import { TEXT_LIMITS } from '../src/model/limits.js';
import { shipToAddress } from '../src/model/draft-core.js';
import { validationProblem } from './problem.js';
import type { CatalogProduct, MockPriceList, MockShippingMethod, PricingCatalog } from './catalog-types.js';

export type { PricingCatalog } from './catalog-types.js';

/** The parts of an `OrderDraft` that pricing reads. A full draft satisfies it. */
export interface PricingInput {
  siteId: string | null;
  currency: string | null;
  customer: Customer | null;
  /** Another address the order ships to (its country taxes the Direct Ship lines); absent: the default. */
  shipTo?: AddressInput | null;
  lines: Array<
    Pick<DraftLine, 'id' | 'productId' | 'variantId' | 'quantity' | 'fulfillment' | 'adjustment'> &
      Partial<Pick<DraftLine, 'productName' | 'unitPrice' | 'custom'>>
  >;
  shippingMethodId: string | null;
  coupons: string[];
  priceListId: string | null;
  orderAdjustment: OrderAdjustment | null;
  shippingAdjustment: ShippingAdjustment | null;
  taxExemption?: TaxExemption | null;
}

/** Sales tax by ship-to country, basis points. */
export const TAX_BASIS_POINTS: Record<string, number> = { US: 825, CA: 1300 };

/** Import duty applies to Direct Ship lines to this country. */
export const DUTY_COUNTRY = 'CA';

/** The minimum subtotal below which BIGSPENDER is rejected (200.00 in the site's currency). */
export const BIG_SPENDER_MINIMUM = 20000;

const COUNTRY_NAMES: Record<string, string> = { US: 'US', CA: 'Canada' };

/** A rate in a breakdown label: English, as the mock's other answers ("8.25%", "13%"). */
function percentText(basisPoints: number): string {
  return formatPercent(basisPoints, 'en-US');
}

/** The price lists a site offers (Employee only on Retail sites). */
export function priceListsFor(catalog: Pick<PricingCatalog, 'priceLists'>, site: Site): MockPriceList[] {
  return catalog.priceLists.filter((l) => l.customerSetIds.includes(site.customerSetId));
}

/** The price list asked for, or null; a 422 at `path` when the site does not offer it. */
export function resolvePriceList(
  catalog: Pick<PricingCatalog, 'priceLists'>,
  site: Site,
  priceListId: string | null | undefined,
  path = 'priceListId',
): MockPriceList | null {
  if (!priceListId) return null;
  const list = priceListsFor(catalog, site).find((l) => l.id === priceListId);
  if (!list) {
    throw validationProblem(`The price list "${priceListId}" is not offered on ${site.name}.`, [
      { path, code: 'not-offered', message: 'This price list is not offered on this site.' },
    ]);
  }
  return list;
}

/** A product's price on a site after a price list, and its list price. */
export function catalogPrice(
  product: CatalogProduct,
  currency: string,
  priceList: MockPriceList | null,
): { price: Money; listPrice: Money } {
  const list = product.prices[currency] ?? 0;
  const amount = priceList ? list - percentOf(list, priceList.basisPointsOff, currency) : list;
  return { price: { amount, currency }, listPrice: { amount: list, currency } };
}

/** `amount × basisPoints / 10 000`, rounded half away from zero (the model's `percentage`). */
export function percentOf(amount: number, basisPoints: number, currency: string): number {
  return percentage(money(amount, currency), basisPoints).amount;
}

/**
 * Splits `amount` over `weights`, the parts summing exactly to it (the model's `allocate`);
 * all-zero weights split evenly, no weights give no parts.
 */
function allocate(amount: number, weights: readonly number[], currency: string): number[] {
  if (weights.length === 0) return [];
  const ratios = weights.some((w) => w > 0) ? weights : weights.map(() => 1);
  return allocateMoney(money(amount, currency), ratios).map((m) => m.amount);
}

/** Whether an adjustment's amount is a whole number of minor units, zero or more, in the currency. */
function isAmountIn(amount: Money, currency: string): boolean {
  return amount.currency === currency && amount.amount >= 0 && Number.isInteger(amount.amount);
}

interface ResolvedLine {
  id: string;
  /** A custom line's stand-in: its name, no handling, no duty. */
  product: Pick<CatalogProduct, 'name' | 'handling' | 'dutyBasisPoints'>;
  /** False for a custom line the agent marked not taxable: no tax on it. */
  taxable: boolean;
  quantity: number;
  unit: number;
  adjustedUnit: number;
  total: number;
  ships: boolean;
  country: string;
}

/** Where a line's prices and tax come from: the catalog, the site's currency and price list, Direct Ship's country. */
interface LineContext {
  catalog: PricingCatalog;
  currency: string;
  priceList: MockPriceList | null;
  shipTo: string;
}

/** A draft line resolved against the catalog; null (its problems pushed onto `errors`) when it cannot be priced. */
function resolveLine(
  line: PricingInput['lines'][number],
  context: LineContext,
  errors: Problem[],
): ResolvedLine | null {
  const { catalog, currency, priceList, shipTo } = context;
  const at = `lines.${line.id}`;
  if (line.custom) return resolveCustomLine(line, context, errors);
  const product = catalog.productById.get(line.productId);
  if (!product) {
    errors.push({ path: `${at}.productId`, code: 'unknown-product', message: 'This product no longer exists.' });
    return null;
  }
  if (product.type === 'configurable') {
    const entry = line.variantId ? catalog.variantById.get(line.variantId) : undefined;
    if (!line.variantId) {
      errors.push({ path: `${at}.variantId`, code: 'required', message: 'Choose the options of this product.' });
    } else if (!entry || entry.product.id !== product.id) {
      errors.push({
        path: `${at}.variantId`,
        code: 'unknown-variant',
        message: 'This combination of options does not exist.',
      });
    }
  }
  if (!Number.isInteger(line.quantity) || line.quantity < 1) {
    errors.push({ path: `${at}.quantity`, code: 'min-quantity', message: 'Enter a whole quantity of at least 1.' });
    return null;
  }
  const unit = catalogPrice(product, currency, priceList).price.amount;
  let adjustedUnit = unit;
  const adjustment = line.adjustment;
  if (adjustment) {
    const given = adjustment.kind === 'amount-off' ? adjustment.amount : adjustment.unitPrice;
    if (given.currency !== currency) {
      errors.push({
        path: `${at}.adjustment`,
        code: 'currency-mismatch',
        message: `Enter the adjustment in ${currency}.`,
      });
    } else if (!Number.isInteger(given.amount) || given.amount < 0) {
      errors.push({ path: `${at}.adjustment`, code: 'invalid-amount', message: 'Enter an amount of zero or more.' });
    } else {
      adjustedUnit = adjustment.kind === 'amount-off' ? Math.max(0, unit - given.amount) : given.amount;
    }
  }
  const fulfillment = line.fulfillment;
  // No fulfillment chosen yet: priced as Direct Ship, the default.
  const ships = !fulfillment || fulfillment.kind === 'ship';
  let country = shipTo;
  // Email delivery: no location; taxed where the customer is, like a line shipped to them.
  if (!ships && fulfillment.kind !== 'digital') {
    const location = catalog.locations.find((l) => l.id === fulfillment.locationId);
    const offered = location && (fulfillment.kind === 'pickup' ? location.pickup : location.delivery);
    if (!location || !offered) {
      errors.push({
        path: `${at}.fulfillment`,
        code: 'unknown-location',
        message: 'This location does not offer that fulfillment.',
      });
      return null;
    }
    country = location.country;
  }
  return {
    id: line.id,
    product,
    taxable: true,
    quantity: line.quantity,
    unit,
    adjustedUnit,
    total: adjustedUnit * line.quantity,
    ships,
    country,
  };
}

/**
 * A custom line (an item the catalog lacks): the agent's unit price (a whole number of minor units
 * above zero, in the site's currency), its line adjustment as any line's, × its quantity; shipped
 * with the order (Direct Ship only); taxed at the ship-to country's rate only when `taxable`; no
 * handling, no duty. Null (its problems pushed onto `errors`) when it cannot be priced.
 */
function resolveCustomLine(
  line: PricingInput['lines'][number],
  context: LineContext,
  errors: Problem[],
): ResolvedLine | null {
  const { currency, shipTo } = context;
  const at = `lines.${line.id}`;
  const before = errors.length;
  const name = typeof line.productName === 'string' ? line.productName.trim() : '';
  if (!name) errors.push({ path: `${at}.productName`, code: 'required', message: 'Enter the name of the item.' });
  const price = line.unitPrice;
  if (!price || price.currency !== currency || !Number.isSafeInteger(price.amount) || price.amount <= 0) {
    errors.push({
      path: `${at}.unitPrice`,
      code: 'invalid-amount',
      message: `Enter a unit price above zero in ${currency}.`,
    });
  }
  if (typeof line.custom?.taxable !== 'boolean') {
    errors.push({ path: `${at}.custom`, code: 'invalid', message: 'Say whether the item is taxable.' });
  }
  if (line.fulfillment && line.fulfillment.kind !== 'ship') {
    errors.push({ path: `${at}.fulfillment`, code: 'custom-ships', message: 'A custom item ships with the order.' });
  }
  if (!Number.isInteger(line.quantity) || line.quantity < 1) {
    errors.push({ path: `${at}.quantity`, code: 'min-quantity', message: 'Enter a whole quantity of at least 1.' });
  }
  if (errors.length > before) return null;
  const unit = price!.amount;
  let adjustedUnit = unit;
  const adjustment = line.adjustment;
  if (adjustment) {
    const given = adjustment.kind === 'amount-off' ? adjustment.amount : adjustment.unitPrice;
    if (given.currency !== currency || !Number.isInteger(given.amount) || given.amount < 0) {
      errors.push({ path: `${at}.adjustment`, code: 'invalid-amount', message: 'Enter an amount of zero or more.' });
      return null;
    }
    adjustedUnit = adjustment.kind === 'amount-off' ? Math.max(0, unit - given.amount) : given.amount;
  }
  return {
    id: line.id,
    product: { name, handling: null, dutyBasisPoints: 0 },
    taxable: line.custom!.taxable,
    quantity: line.quantity,
    unit,
    adjustedUnit,
    total: adjustedUnit * line.quantity,
    ships: true,
    country: shipTo,
  };
}

/** What the coupons of a draft give: each code's answer, the accepted discounts, and how much they take off merchandise and shipping. */
interface CouponOutcome {
  coupons: CouponResult[];
  discounts: Discount[];
  merchandiseDiscount: number;
  shippingDiscount: number;
}

/** The coupons in the order given (trimmed, upper-cased, each code once), on the subtotal and the shipping. */
function applyCoupons(
  catalog: PricingCatalog,
  codes: readonly string[],
  subtotal: number,
  method: MockShippingMethod | null | undefined,
  shipping: number,
  currency: string,
): CouponOutcome {
  const coupons: CouponResult[] = [];
  const discounts: Discount[] = [];
  let merchandiseDiscount = 0;
  let shippingDiscount = 0;
  const seen = new Set<string>();
  for (const raw of codes) {
    const code = raw.trim().toUpperCase();
    if (!code || seen.has(code)) continue;
    seen.add(code);
    const coupon = catalog.coupons.find((c) => c.code === code);
    if (!coupon) {
      coupons.push({ code, status: 'rejected', reason: 'unknown', message: `${code} is not a valid coupon code.` });
      continue;
    }
    switch (coupon.kind) {
      case 'expired':
        coupons.push({ code, status: 'rejected', reason: 'expired', message: `${code} has expired.` });
        break;
      case 'percent-off-subtotal': {
        const amount = Math.min(percentOf(subtotal, coupon.basisPoints, currency), subtotal - merchandiseDiscount);
        merchandiseDiscount += amount;
        coupons.push({
          code,
          status: 'accepted',
          discount: money(amount, currency),
          message: `${coupon.label} the subtotal.`,
        });
        discounts.push({ label: coupon.label, code, amount: money(amount, currency) });
        break;
      }
      case 'amount-off': {
        if (subtotal < coupon.minimumSubtotal) {
          const minimum = money(coupon.minimumSubtotal, currency);
          coupons.push({
            code,
            status: 'rejected',
            reason: 'minimum-not-met',
            // The amount as money, unambiguous whatever the page's own currency ("$200.00", "CA$200.00").
            message: `${code} needs a subtotal of at least ${formatMoney(minimum, 'en-US')}.`,
            minimumSubtotal: minimum,
          });
          break;
        }
        const amount = Math.min(coupon.amount, subtotal - merchandiseDiscount);
        merchandiseDiscount += amount;
        coupons.push({ code, status: 'accepted', discount: money(amount, currency), message: coupon.label });
        discounts.push({ label: coupon.label, code, amount: money(amount, currency) });
        break;
      }
      case 'free-shipping': {
        if (!method || method.id !== coupon.shippingMethodId || shipping === 0) {
          coupons.push({
            code,
            status: 'rejected',
            reason: 'not-applicable',
            message: `${code} applies only to orders shipped by Ground.`,
          });
          break;
        }
        shippingDiscount = shipping;
        coupons.push({ code, status: 'accepted', discount: money(shipping, currency), message: coupon.label });
        discounts.push({ label: coupon.label, code, amount: money(shipping, currency) });
        break;
      }
    }
  }
  return { coupons, discounts, merchandiseDiscount, shippingDiscount };
}

/** Handling, tax and duty of the lines, in total and itemized per line. */
interface LineCharges {
  handling: number;
  handlingBreakdown: BreakdownItem[];
  tax: number;
  taxBreakdown: BreakdownItem[];
  duty: number;
  dutyBreakdown: BreakdownItem[];
}

/**
 * Per line: handling per unit; tax at the line's country's rate on its merchandise after its share
 * of the reductions, plus its share of the net shipping and its handling; duty on Direct Ship lines
 * to the duty country on the merchandise after reductions.
 */
function lineCharges(
  resolved: readonly ResolvedLine[],
  reductions: readonly number[],
  shippingShare: ReadonlyMap<number, number>,
  currency: string,
): LineCharges {
  const handlingBreakdown: BreakdownItem[] = [];
  const taxBreakdown: BreakdownItem[] = [];
  const dutyBreakdown: BreakdownItem[] = [];
  let handling = 0;
  let tax = 0;
  let duty = 0;
  resolved.forEach((line, index) => {
    const lineHandling = (line.product.handling?.[currency] ?? 0) * line.quantity;
    if (lineHandling > 0) {
      handling += lineHandling;
      handlingBreakdown.push({
        label: `${line.product.name}: handling`,
        lineId: line.id,
        amount: money(lineHandling, currency),
      });
    }
    const netMerchandise = line.total - reductions[index]!;
    const rate = line.taxable ? (TAX_BASIS_POINTS[line.country] ?? 0) : 0;
    const lineTax = percentOf(netMerchandise + (shippingShare.get(index) ?? 0) + lineHandling, rate, currency);
    if (lineTax > 0) {
      tax += lineTax;
      taxBreakdown.push({
        label: `${line.product.name}: ${COUNTRY_NAMES[line.country] ?? line.country} tax ${percentText(rate)}`,
        lineId: line.id,
        amount: money(lineTax, currency),
      });
    }
    if (line.ships && line.country === DUTY_COUNTRY && line.product.dutyBasisPoints > 0) {
      const lineDuty = percentOf(netMerchandise, line.product.dutyBasisPoints, currency);
      if (lineDuty > 0) {
        duty += lineDuty;
        dutyBreakdown.push({
          label: `${line.product.name}: ${COUNTRY_NAMES[line.country] ?? line.country} duty ${percentText(line.product.dutyBasisPoints)}`,
          lineId: line.id,
          amount: money(lineDuty, currency),
        });
      }
    }
  });
  return { handling, handlingBreakdown, tax, taxBreakdown, duty, dutyBreakdown };
}

/** Problems of the order and shipping adjustments: amounts in the currency, zero or more; percentages 0 to 100. */
function adjustmentProblems(
  { orderAdjustment, shippingAdjustment }: Pick<PricingInput, 'orderAdjustment' | 'shippingAdjustment'>,
  currency: string,
): Problem[] {
  const problems: Problem[] = [];
  if (orderAdjustment?.kind === 'amount' && !isAmountIn(orderAdjustment.amount, currency)) {
    problems.push({
      path: 'orderAdjustment',
      code: 'invalid-amount',
      message: `Enter an amount of zero or more in ${currency}.`,
    });
  }
  if (
    orderAdjustment?.kind === 'percent' &&
    (!Number.isInteger(orderAdjustment.basisPoints) ||
      orderAdjustment.basisPoints < 0 ||
      orderAdjustment.basisPoints > 10000)
  ) {
    problems.push({
      path: 'orderAdjustment',
      code: 'invalid-percent',
      message: 'Enter a percentage between 0 and 100.',
    });
  }
  if (shippingAdjustment && !isAmountIn(shippingAdjustment.amount, currency)) {
    problems.push({
      path: 'shippingAdjustment',
      code: 'invalid-amount',
      message: `Enter an amount of zero or more in ${currency}.`,
    });
  }
  return problems;
}

/** Problems of a tax exemption: its certificate number is required, and limited to `TEXT_LIMITS.taxCertificate`. */
function exemptionProblems({ taxExemption }: Pick<PricingInput, 'taxExemption'>): Problem[] {
  if (taxExemption === undefined || taxExemption === null) return [];
  const number = typeof taxExemption === 'object' ? taxExemption.certificateNumber : undefined;
  const path = 'taxExemption.certificateNumber';
  if (typeof number !== 'string' || !number.trim())
    return [{ path, code: 'required', message: 'Enter the exemption certificate number.' }];
  return number.length > TEXT_LIMITS.taxCertificate
    ? [{ path, code: 'too-long', message: `Enter at most ${TEXT_LIMITS.taxCertificate} characters.` }]
    : [];
}

/** A pricing answer of zero everywhere in `currency`: no lines, discounts, coupons or breakdowns. */
export function zeroPricing(currency: string): Pricing {
  const zero = { amount: 0, currency };
  return {
    currency,
    lines: [],
    subtotal: zero,
    discounts: [],
    coupons: [],
    orderAdjustment: zero,
    shipping: zero,
    shippingAdjustment: zero,
    shippingBreakdown: [],
    handling: zero,
    handlingBreakdown: [],
    tax: zero,
    taxBreakdown: [],
    duty: zero,
    dutyBreakdown: [],
    total: zero,
  };
}

/** The authoritative price of a draft on a site; 422 with every problem found when it cannot be priced. */
export function priceDraft(catalog: PricingCatalog, site: Site, draft: PricingInput): Pricing {
  const currency = site.currency;
  const errors: Problem[] = [];
  if (draft.currency !== null && draft.currency !== currency) {
    errors.push({ path: 'currency', code: 'currency-mismatch', message: `Prices on ${site.name} are in ${currency}.` });
  }
  const priceList = resolvePriceList(catalog, site, draft.priceListId);
  const siteCountry = catalog.siteCountries[site.id] ?? 'US';
  const shipTo = shipToAddress(draft)?.country ?? siteCountry;

  const lineContext: LineContext = { catalog, currency, priceList, shipTo };
  const resolved = draft.lines.flatMap((line) => resolveLine(line, lineContext, errors) ?? []);

  const method = draft.shippingMethodId ? catalog.shippingMethods.find((m) => m.id === draft.shippingMethodId) : null;
  if (draft.shippingMethodId && !method) {
    errors.push({ path: 'shippingMethodId', code: 'unknown', message: 'This shipping method does not exist.' });
  }
  errors.push(...adjustmentProblems(draft, currency), ...exemptionProblems(draft));
  const { orderAdjustment, shippingAdjustment } = draft;
  if (errors.length > 0) throw validationProblem('The order cannot be priced as it is.', errors);

  const lines: PricedLine[] = resolved.map((line) => ({
    lineId: line.id,
    unitPrice: money(line.unit, currency),
    adjustedUnitPrice: money(line.adjustedUnit, currency),
    total: money(line.total, currency),
  }));
  const subtotal = resolved.reduce((sum, line) => sum + line.total, 0);
  const anyShips = resolved.some((line) => line.ships);
  const shipping = method && anyShips ? (method.rates[currency] ?? 0) : 0;

  const { coupons, discounts, merchandiseDiscount, shippingDiscount } = applyCoupons(
    catalog,
    draft.coupons,
    subtotal,
    method,
    shipping,
    currency,
  );

  // Order and shipping adjustments, never below zero.
  const merchandiseLeft = subtotal - merchandiseDiscount;
  let orderAdjustmentAmount = 0;
  if (orderAdjustment?.kind === 'amount')
    orderAdjustmentAmount = Math.min(orderAdjustment.amount.amount, merchandiseLeft);
  if (orderAdjustment?.kind === 'percent')
    orderAdjustmentAmount = Math.min(
      percentOf(merchandiseLeft, orderAdjustment.basisPoints, currency),
      merchandiseLeft,
    );
  const shippingLeft = shipping - shippingDiscount;
  const shippingAdjustmentAmount = shippingAdjustment ? Math.min(shippingAdjustment.amount.amount, shippingLeft) : 0;
  const netShipping = shippingLeft - shippingAdjustmentAmount;

  // Spread the order-level reductions and the net shipping over the lines, exactly.
  const reductions = allocate(
    merchandiseDiscount + orderAdjustmentAmount,
    resolved.map((line) => line.total),
    currency,
  );
  const shippedIndexes = resolved.flatMap((line, index) => (line.ships ? [index] : []));
  const shippingShares = allocate(
    netShipping,
    shippedIndexes.map((index) => resolved[index]!.total),
    currency,
  );
  const shippingShare = new Map(
    shippedIndexes.map((lineIndex, shareIndex) => [lineIndex, shippingShares[shareIndex]!]),
  );

  const charges = lineCharges(resolved, reductions, shippingShare, currency);
  // A tax-exempt order is charged no tax.
  if (draft.taxExemption) Object.assign(charges, { tax: 0, taxBreakdown: [] });
  const { handling, handlingBreakdown, tax, taxBreakdown, duty, dutyBreakdown } = charges;

  const discountTotal = discounts.reduce((sum, d) => sum + d.amount.amount, 0);
  const total = Math.max(
    0,
    subtotal - discountTotal - orderAdjustmentAmount + shipping - shippingAdjustmentAmount + handling + tax + duty,
  );
  return {
    currency,
    lines,
    subtotal: money(subtotal, currency),
    discounts,
    coupons,
    orderAdjustment: money(orderAdjustmentAmount, currency),
    shipping: money(shipping, currency),
    shippingAdjustment: money(shippingAdjustmentAmount, currency),
    shippingBreakdown: shipping > 0 && method ? [{ label: method.name, amount: money(shipping, currency) }] : [],
    handling: money(handling, currency),
    handlingBreakdown,
    tax: money(tax, currency),
    taxBreakdown,
    duty: money(duty, currency),
    dutyBreakdown,
    total: money(total, currency),
  };
}

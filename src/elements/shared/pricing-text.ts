/**
 * What the agent reads about a change of the total, in the words of the Order Details dialog (which
 * shows it under the totals) and of the builder (after the draft changed under them).
 */
import { msg, str } from './localize.js';
import { formatMoney } from '../../model/money.js';
import { diffPricing } from '../../model/pricing-diff.js';
import type {
  PricedDraft,
  PricingCause,
  PricingChange,
  PricingComponent,
  PricingDelta,
} from '../../model/pricing-diff.js';
import { isolate } from './bidi.js';
import { labelled } from './labelled.js';

/**
 * What a change of the total consists of, in words: "+$4.10 tax: shipping address changed",
 * "-$12.00 coupon SAVE10", joined by "; ".
 */
export function describeChange(change: PricingChange, locale: string): string {
  // One noun per component and per cause; a cause reads "<noun> changed".
  const nouns: Record<PricingComponent | PricingCause, string> = {
    subtotal: msg('subtotal'),
    discount: msg('coupon'),
    'order-adjustment': msg('order adjustment'),
    shipping: msg('shipping'),
    'shipping-adjustment': msg('shipping adjustment'),
    handling: msg('handling'),
    tax: msg('tax'),
    duty: msg('duty'),
    items: msg('items'),
    quantity: msg('quantity'),
    fulfillment: msg('fulfillment'),
    'line-adjustment': msg('price adjustment'),
    'price-list': msg('price list'),
    'shipping-method': msg('shipping method'),
    'shipping-address': msg('shipping address'),
    coupons: msg('coupons'),
  };
  return change.deltas
    .map((delta: PricingDelta) => {
      const causes = delta.causes.map((cause) => msg(str`${nouns[cause]} changed`)).join(', ');
      const amount = formatMoney(delta.amount, locale, { signDisplay: 'always' });
      const what = delta.label ? isolate(delta.label) : nouns[delta.component];
      const code = delta.code ? ` ${isolate(delta.code)}` : '';
      return causes ? labelled(`${amount} ${what}${code}`, causes) : `${amount} ${what}${code}`;
    })
    .join('; ');
}

/** "Total +$4.10: +$4.10 tax: shipping address changed": the total's change and why. */
export function totalChangeLine(change: PricingChange, locale: string): string {
  return msg(
    str`Total ${formatMoney(change.total, locale, { signDisplay: 'always' })}: ${describeChange(change, locale)}`,
  );
}

/**
 * "Total +$4.10: +$4.10 tax: shipping address changed", or '' when the total did not move or the
 * two answers cannot be compared (another currency).
 */
export function totalChangeText(before: PricedDraft, after: PricedDraft, locale: string): string {
  const change = diffPricing(before, after);
  return change && change.total.amount !== 0 ? totalChangeLine(change, locale) : '';
}

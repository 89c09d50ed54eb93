import { msg, str } from './localize.js';
import { formatMoney } from '../../model/money.js';
import type { CouponResult } from '../../model/types.js';
import { scrubMessage } from './adapter-text.js';
import { isolate } from './bidi.js';
import { activeLanguage, messageLocale, SOURCE_LOCALE } from './localization.js';

/**
 * Why a coupon was rejected, in the agent's words: composed from the answer's structured fields
 * where it has them, so that amounts read as money in the page's locale ("BIGSPENDER needs a
 * subtotal of at least $200.00", "CA$200.00" for Canadian dollars in an English (US) page); else
 * the backend's message (scrubbed of card digits, isolated from the text around it), else its
 * reason code. The code, the backend's too, is isolated wherever it is part of a sentence. In
 * another language than English the backend's (English) message is not shown: the reason is said
 * in the page's language. Which language that is, `locale` (the element's) says as well as the
 * active one: the element may render before the page's language switched, or after the catalogue
 * came and before `activeLanguage` followed; worded at render, the words follow once it has.
 */
export function couponRejection(result: CouponResult, locale: string): string {
  const { minimumSubtotal } = result;
  const code = isolate(result.code);
  if (result.reason === 'minimum-not-met' && minimumSubtotal) {
    const amount = formatMoney(minimumSubtotal, locale);
    return msg(str`${code} needs a subtotal of at least ${amount}.`);
  }
  if (activeLanguage() !== SOURCE_LOCALE || messageLocale(locale) !== SOURCE_LOCALE) {
    if (result.reason === 'expired') return msg(str`${code} has expired.`);
    if (result.reason === 'unknown') return msg(str`${code} is not a valid coupon code.`);
    if (result.reason === 'not-applicable') return msg(str`${code} does not apply to this order.`);
    return msg(str`${code} was not accepted.`);
  }
  const text = result.message || result.reason;
  return text ? isolate(scrubMessage(text)) : msg(str`${code} was not accepted.`);
}

/**
 * What the elements do with text and tags an adapter hands them (untrusted, see DESIGN.md
 * "Security"): scrub card digits out of text before showing it, read a locale without letting
 * `Intl` throw in a render, and say how many records of a list could not be shown. The one place
 * too for what an agent reads when something failed: an adapter error's words (a host's own errors
 * may say anything; only the adapter's are written for the agent) and "could not be loaded" for a
 * part of the page whose code did not arrive.
 */
import { msg, str } from './localize.js';
import { isAdapterError } from '../../adapter/errors.js';
import type { AdapterError } from '../../adapter/errors.js';
import { activeLanguage, SOURCE_LOCALE } from './localization.js';

export { scrubMessage } from '../../adapter/scrub.js';
export { safeLocale } from '../../model/locale.js';

/** The kinds of records a list may have left out (`Listed.skipped`, `Page.skipped`). */
export type SkippedKind = 'site' | 'order' | 'customer' | 'product';

/**
 * "1 order could not be shown", "2 orders could not be shown" (and the same for sites, customers
 * and products): the note a list shows when the adapter left records out. "" when none was.
 */
export function skippedNote(kind: SkippedKind, count: number | undefined): string {
  if (!count || count < 1) return '';
  const one = count === 1;
  switch (kind) {
    case 'site':
      return one ? msg('1 site could not be shown') : msg(str`${count} sites could not be shown`);
    case 'order':
      return one ? msg('1 order could not be shown') : msg(str`${count} orders could not be shown`);
    case 'customer':
      return one ? msg('1 customer could not be shown') : msg(str`${count} customers could not be shown`);
    default:
      return one ? msg('1 product could not be shown') : msg(str`${count} products could not be shown`);
  }
}

/**
 * An adapter error's words. On an English page, its own message (written for the agent, with what
 * failed). In another language a backend's English detail would not be read: the elements say
 * what kind of failure it was, in the page's language.
 */
export function adapterMessage(error: AdapterError): string {
  if (activeLanguage() === SOURCE_LOCALE) return error.message;
  switch (error.kind) {
    case 'validation':
      return msg('The order service refused this. Check what was entered and try again.');
    case 'conflict':
      return msg('This changed at the same time elsewhere. Try again.');
    case 'not-found':
      return msg('The order service did not find what was asked for.');
    case 'timeout':
      return msg('The order service did not answer in time. Try again.');
    case 'declined':
      return msg('The payment was declined. Take another payment type or another card.');
    case 'invalid-response':
      return msg('The order service sent an answer this page cannot use. Try again.');
    default:
      return msg('The order service is unavailable. Try again in a moment.');
  }
}

/** An adapter error's message, fit to show (see `adapterMessage`); a generic one for anything else. */
export function errorText(error: unknown): string {
  return isAdapterError(error) ? adapterMessage(error) : msg('Something went wrong. Try again.');
}

/** Said when the code of a part of the page (loaded on demand) could not be fetched. */
export function notLoadedText(): string {
  return msg('This part of the page could not be loaded. Check the connection and try again.');
}

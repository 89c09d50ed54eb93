/**
 * What the elements do with text and tags an adapter hands them (untrusted, see DESIGN.md
 * "Security"): scrub card digits out of text before showing it, read a locale without letting
 * `Intl` throw in a render, and say how many records of a list could not be shown.
 */
import { msg, str } from '@lit/localize';

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
  if (count === 1) {
    switch (kind) {
      case 'site':
        return msg('1 site could not be shown');
      case 'order':
        return msg('1 order could not be shown');
      case 'customer':
        return msg('1 customer could not be shown');
      default:
        return msg('1 product could not be shown');
    }
  }
  switch (kind) {
    case 'site':
      return msg(str`${count} sites could not be shown`);
    case 'order':
      return msg(str`${count} orders could not be shown`);
    case 'customer':
      return msg(str`${count} customers could not be shown`);
    default:
      return msg(str`${count} products could not be shown`);
  }
}

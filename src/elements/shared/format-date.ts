/**
 * Calendar dates for what only on-demand code shows (expected stock dates in the product panel):
 * apart from format.ts, which the builder page loads at once. Never throws (see format.ts).
 */
import { safeLocale } from '../../model/locale.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date ("2026-12-15") as a medium date in `locale` ("Dec 15, 2026"); the text itself when it is no date. */
export function formatDate(iso: string, locale: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const tag = safeLocale(locale);
  let format = dateFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(tag, format);
  }
  return format.format(date);
}

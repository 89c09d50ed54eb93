/**
 * Date formatting for the elements. `Intl.DateTimeFormat` instances are costly to build and a
 * virtualized list formats a date per rendered row, so they are kept per locale. A locale `Intl`
 * cannot read (an adapter's site may say anything) gives the runtime's own: these never throw.
 */
import { safeLocale } from '../../model/locale.js';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO timestamp as a medium date and short time in `locale` ("Jun 3, 2026, 2:14 PM"). */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(safeLocale(locale), { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(locale, format);
  }
  return format.format(date);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A count with the locale's grouping ("10,000" in en-US, "10 000" in fr-CA). */
export function formatCount(count: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(safeLocale(locale), { maximumFractionDigits: 0 });
    numberFormats.set(locale, format);
  }
  return format.format(count);
}


/**
 * Date and count formatting for the elements. `Intl` formatters are costly to build and a
 * virtualized list formats a date per rendered row, so they are kept per locale. A locale `Intl`
 * cannot read (an adapter's site may say anything) gives the runtime's own: these never throw.
 */
import { safeLocale } from '../../model/locale.js';

/**
 * A function formatting ISO dates with `options` in a locale, one `Intl.DateTimeFormat` kept per
 * locale; what is no date comes back as it is. The one implementation behind `formatDateTime` and
 * `formatDate` (format-date.ts, for what loads on demand).
 */
export function dateFormatter(
  options: Intl.DateTimeFormatOptions,
): (iso: string, locale: string | undefined) => string {
  const formats = new Map<string, Intl.DateTimeFormat>();
  return (iso, locale) => {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const tag = safeLocale(locale);
    let format = formats.get(tag);
    if (!format) formats.set(tag, (format = new Intl.DateTimeFormat(tag, options)));
    return format.format(date);
  };
}

/** An ISO timestamp as a medium date and short time in `locale` ("Jun 3, 2026, 2:14 PM"). */
export const formatDateTime = /* @__PURE__ */ dateFormatter({ dateStyle: 'medium', timeStyle: 'short' });

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

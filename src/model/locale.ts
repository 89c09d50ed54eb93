/**
 * Locale tags from an adapter (a site's `locale`) are untrusted text: `Intl` throws a RangeError
 * for one it cannot read ("not a locale!!"), and a throw during render leaves an element blank.
 * Every `Intl` call on such a tag goes through `safeLocale()`. No DOM.
 */

const valid = new Map<string, boolean>();

/** Whether `Intl` accepts `tag` as a BCP 47 language tag ("en-US", "fr-CA", "de"). */
export function isValidLocale(tag: unknown): tag is string {
  if (typeof tag !== 'string' || tag === '') return false;
  let ok = valid.get(tag);
  if (ok === undefined) {
    try {
      ok = Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      ok = false;
    }
    valid.set(tag, ok);
  }
  return ok;
}

/** The runtime's own locale (the browser's language): what `Intl` uses when given none. */
export function defaultLocale(): string {
  return new Intl.NumberFormat().resolvedOptions().locale;
}

/** `tag` when `Intl` accepts it; otherwise the runtime's own locale, so that formatting never throws. */
export function safeLocale(tag: string | null | undefined): string {
  return isValidLocale(tag) ? tag : defaultLocale();
}

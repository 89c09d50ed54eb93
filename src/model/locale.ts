/**
 * Locale tags from an adapter (a site's `locale`) or a page (`lang`) are untrusted text: `Intl`
 * throws a RangeError for one it cannot read ("not a locale!!"), and a throw during render leaves
 * an element blank. Every `Intl` call on such a tag goes through `safeLocale()`, and the elements'
 * `hostLocale()` reads `lang` through `canonicalLocale()`: one check, one cache, one fallback (the
 * runtime's own locale). No DOM.
 */

const canonical = new Map<string, string | null>();

/** `tag` in canonical form ("en-us" → "en-US") when `Intl` accepts it as a BCP 47 language tag, else null. Cached. */
export function canonicalLocale(tag: unknown): string | null {
  if (typeof tag !== 'string' || tag === '') return null;
  let found = canonical.get(tag);
  if (found === undefined) {
    try {
      found = Intl.getCanonicalLocales(tag)[0] ?? null;
    } catch {
      found = null;
    }
    canonical.set(tag, found);
  }
  return found;
}

/** Whether `Intl` accepts `tag` as a BCP 47 language tag ("en-US", "fr-CA", "de"). */
export function isValidLocale(tag: unknown): tag is string {
  return canonicalLocale(tag) !== null;
}

let runtime: string | undefined;

/** The runtime's own locale (the browser's language): what `Intl` uses when given none. */
export function defaultLocale(): string {
  return (runtime ??= new Intl.NumberFormat().resolvedOptions().locale);
}

/** `tag` when `Intl` accepts it; otherwise the runtime's own locale, so that formatting never throws. */
export function safeLocale(tag: string | null | undefined): string {
  return isValidLocale(tag) ? tag : defaultLocale();
}

/**
 * The locale the elements format in: the HOST page's, not the site's. Money, numbers and dates are
 * formatted with `Intl` in the language of the page around the element and in the site's currency,
 * so that on a Canada Store site shown in an English (US) admin page every amount reads "CA$129.89"
 * (unambiguous next to the host's own dollars), and in a French (Canada) page "129,89 $".
 *
 * Every element asks here instead of reading `site.locale` (the site's locale says where the shop
 * is, e.g. which country a new address defaults to, not the agent's language). An element's own
 * `locale` (attribute or property, recorded with `preferLocale`) wins over the page's language, for
 * it and for the elements inside it.
 */

import { canonicalLocale, defaultLocale } from '../../model/locale.js';

/** A `lang` value in canonical form, or null when `Intl` does not accept it (the model's check and cache). */
const valid = (tag: string | null | undefined): string | null => canonicalLocale(tag?.trim());

/** The `locale` each element of the library was given by its host (see `preferLocale`). */
const preferred = new WeakMap<Element, string>();

/** Records the `locale` a host gave `element` (null: none): it and the elements inside it follow it. */
export function preferLocale(element: Element, locale: string | null | undefined): void {
  if (locale) preferred.set(element, locale);
  else preferred.delete(element);
}

/**
 * The locale declared for `element`: `preferred` (an element's own `locale`) when `Intl` reads it,
 * else the nearest `locale` given to an element of the library or `lang` attribute `Intl` accepts
 * up its ancestors (crossing shadow roots to their hosts; an empty or invalid one is passed over),
 * else the document's; null when none is.
 */
export function declaredLocale(element: Element, preferredLocale?: string | null): string | null {
  let found = valid(preferredLocale);
  for (
    let node: Node | null = element;
    node && !found;
    node = node instanceof ShadowRoot ? node.host : node.parentNode
  ) {
    if (node instanceof Element) found = valid(preferred.get(node)) ?? valid(node.getAttribute('lang'));
  }
  return found ?? valid(document.documentElement.lang);
}

/**
 * The language of the page around `element` (see `declaredLocale`), else the runtime's own locale
 * (the browser's language: `defaultLocale()`, the model's fallback). With `preferred` (an element's
 * own `locale`), that one first.
 */
export function hostLocale(element: Element, preferredLocale?: string | null): string {
  return declaredLocale(element, preferredLocale) ?? defaultLocale();
}

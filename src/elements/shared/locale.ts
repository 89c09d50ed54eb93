/**
 * The locale the elements format in: the HOST page's, not the site's. Money, numbers and dates are
 * formatted with `Intl` in the language of the page around the element and in the site's currency,
 * so that on a Canada Store site shown in an English (US) admin page every amount reads "CA$129.89"
 * (unambiguous next to the host's own dollars), and in a French (Canada) page "129,89 $".
 *
 * Every element asks here instead of reading `site.locale` (the site's locale says where the shop
 * is, e.g. which country a new address defaults to, not the agent's language). A future `locale`
 * property of an element would be passed as `preferred` and win over the page's language.
 */

import { canonicalLocale, defaultLocale } from '../../model/locale.js';

/** A `lang` value in canonical form, or null when `Intl` does not accept it (the model's check and cache). */
const valid = (tag: string | null | undefined): string | null => canonicalLocale(tag?.trim());

/**
 * The language of the page around `element`: the nearest `lang` attribute `Intl` accepts up its
 * ancestors (crossing shadow roots to their hosts; an empty or invalid one is passed over), else
 * the document's, else the runtime's own locale (the browser's language: `defaultLocale()`, the
 * model's fallback). With `preferred` (an element's own `locale`, when one exists), that one first.
 */
export function hostLocale(element: Element, preferred?: string | null): string {
  let found = valid(preferred);
  for (
    let node: Node | null = element;
    node && !found;
    node = node instanceof ShadowRoot ? node.host : node.parentNode
  ) {
    if (node instanceof Element) found = valid(node.getAttribute('lang'));
  }
  return found ?? valid(document.documentElement.lang) ?? defaultLocale();
}

/**
 * The English-word detector the French checks share: the browser tests (test/l10n/french.ts) and
 * the stories in French (e2e/stories.ts, run in Node). Plain TypeScript with no DOM and no test
 * runner: the catalogue is read as text, the texts are given as strings.
 *
 * The English words are those of the catalogue's sources (xliff/fr-CA.xlf) that no French
 * translation uses ("Total", "Code", "Type", "Site" are both); the words of product, customer and
 * backend data (the seed's names) are allowed, as are brand names and e-mail addresses.
 */

/** The attributes that name or describe an element to an agent (checked besides the text nodes). */
export const NAME_ATTRIBUTES = [
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
];

/** The words of `text`, lower case (an apostrophe inside a word keeps it whole: "d’exécution"). */
export const words = (text: string): string[] => text.toLowerCase().match(/[a-zà-ÿ]+(?:[’'][a-zà-ÿ]+)*/g) ?? [];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The texts of the `tag` elements of the catalogue, placeholders (`<x …/>`) read as a space. */
function textsOf(xliff: string, tag: 'source' | 'target'): string[] {
  return [...xliff.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) =>
    match[1]!
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!)
      .replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, code: string) =>
        String.fromCodePoint(parseInt(code, hex ? 16 : 10)),
      ),
  );
}

/** The catalogue's English words that no French text of it uses (`xliff`: xliff/fr-CA.xlf's text). */
export function englishWordsOf(xliff: string): Set<string> {
  const french = new Set(textsOf(xliff, 'target').flatMap(words));
  return new Set(
    textsOf(xliff, 'source')
      .flatMap(words)
      .filter((word) => !french.has(word) && word.length > 1),
  );
}

/** Brand names and data (the seed's and the tests' fixtures), allowed in a French page. */
export const ALLOWED_PHRASES = [
  'Visa',
  'Mastercard',
  'American Express',
  'Amex',
  'Discover',
  'US Store',
  'Canada Store',
  'Wholesale',
  'Retail',
  'Ada Lovelace',
  'Grace Hopper',
  'Alan Turing',
  'Katherine Johnson',
  'Trail Runner Shoe',
  'Canvas Tote Bag',
  'Insulated Water Bottle',
  'Gift Card',
  // Ada's last ordered items in the seed (the customer's card lists them).
  'Recycled Slip-On',
  'Classic Camp Stove',
  'White',
  'Credit Card',
  'Purchase Order',
  'Store Credit',
  'Check',
  'Central Warehouse',
  'Downtown Store',
  'Airport Kiosk',
  'Uptown Store',
  'Ground',
  'Overnight',
  '2-Day',
  'Employee',
  'VIP',
  'example.com',
  'Size',
  'Color',
  'Red',
  'Blue',
  'Black',
  // Addresses of the seed's customers.
  'Analytical Engine Way',
  // Coupon codes of the seed and the stories.
  'SAVE10',
  'EXPIRED',
  'NOPE',
  'BIGSPENDER',
  'NOSUCHCODE',
];

/** `texts` without the allowed phrases (data, brands) and e-mail addresses, white space collapsed. */
export function withoutData(texts: readonly string[], allowed: readonly string[] = []): string[] {
  const phrases = [...ALLOWED_PHRASES, ...allowed].sort((a, b) => b.length - a.length);
  return texts.map((text) =>
    phrases.reduce((rest, phrase) => rest.split(phrase).join(' '), text.replace(/\s+/g, ' ').replace(/\S+@\S+/g, ' ')),
  );
}

/** The English words left in `texts` (see `withoutData`), each with the text it was found in. */
export function englishIn(texts: readonly string[], english: Set<string>, allowed: readonly string[] = []): string[] {
  return withoutData(texts, allowed).flatMap((text) =>
    words(text)
      .filter((word) => english.has(word))
      .map((word) => `"${word}" in "${text.trim()}"`),
  );
}

/**
 * What the French tests share: switching the page to French (the document's `lang`, as a host
 * does) and the check that no English is left. The English words are those of the catalogue's
 * sources (xliff/fr-CA.xlf) that no French translation uses ("Total", "Code", "Type", "Site" are
 * both); the words of product, customer and backend data (the seed's names) are allowed, as are
 * brand names. What is checked: every text node of the element's composed tree (shadow roots,
 * dialogs, live regions, options) and the accessible-name attributes (aria-label, title,
 * placeholder, alt, aria-description, aria-valuetext).
 */
import { waitUntil } from '@open-wc/testing';
import { activeLanguage, languageReady } from '../../src/elements/shared/localization.js';
import { WAIT } from '../support/wait.js';

const ATTRIBUTES = [
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
];

const words = (text: string): string[] => text.toLowerCase().match(/[a-zà-ÿ]+(?:[’'][a-zà-ÿ]+)*/g) ?? [];

let forbidden: Promise<Set<string>> | undefined;

/** The catalogue's English words that no French text of it uses. */
export function englishWords(): Promise<Set<string>> {
  return (forbidden ??= fetch('/xliff/fr-CA.xlf')
    .then((response) => response.text())
    .then((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const of = (tag: string) =>
        [...doc.getElementsByTagName(tag)].flatMap((node) =>
          words(
            [...node.childNodes].map((child) => (child.nodeType === Node.TEXT_NODE ? child.nodeValue : ' ')).join(''),
          ),
        );
      const french = new Set(of('target'));
      return new Set(of('source').filter((word) => !french.has(word) && word.length > 1));
    }));
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
];

/** Every text an agent can see or hear under `root`, across shadow roots (data phrases removed). */
export function visibleTexts(root: Element, allowed: readonly string[] = []): string[] {
  const found: string[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      if (/^(STYLE|SCRIPT|TEMPLATE)$/.test(node.tagName)) return;
      for (const name of ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value) found.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    } else if (node.nodeType === Node.TEXT_NODE && node.nodeValue?.trim()) {
      found.push(node.nodeValue);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  const phrases = [...ALLOWED_PHRASES, ...allowed].sort((a, b) => b.length - a.length);
  return found.map((text) =>
    phrases.reduce((rest, phrase) => rest.split(phrase).join(' '), text.replace(/\s+/g, ' ').replace(/\S+@\S+/g, ' ')),
  );
}

/** The English words left under `root`, each with the text it was found in. */
export async function englishLeft(root: Element, allowed: readonly string[] = []): Promise<string[]> {
  const english = await englishWords();
  return visibleTexts(root, allowed).flatMap((text) =>
    words(text)
      .filter((word) => english.has(word))
      .map((word) => `"${word}" in "${text.trim()}"`),
  );
}

/** Fails with every English word left under `root`. */
export async function expectNoEnglish(root: Element, allowed: readonly string[] = []): Promise<void> {
  const left = await englishLeft(root, allowed);
  if (left.length) throw new Error(`English left in the French page:\n${[...new Set(left)].join('\n')}`);
}

/** The page in French (the document's `lang`), and the catalogue in once an element asked for it. */
export function pageInFrench(): void {
  beforeEach(() => (document.documentElement.lang = 'fr-CA'));
  afterEach(() => (document.documentElement.lang = ''));
}

/** Waits until the elements render in French. */
export async function untilFrench(): Promise<void> {
  await waitUntil(() => activeLanguage() === 'fr-CA', 'the page did not turn French', WAIT);
  await languageReady();
}

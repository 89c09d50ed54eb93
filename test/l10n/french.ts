/**
 * What the French tests share: switching the page to French (the document's `lang`, as a host
 * does) and the check that no English is left (the detector: ./english-words.ts, which the
 * stories' French pass in e2e/stories.ts uses too). What is checked: every text node of the
 * element's composed tree (shadow roots, dialogs, live regions, options) and the accessible-name
 * attributes (aria-label, title, placeholder, alt, aria-description, aria-valuetext).
 */
import { waitUntil } from '@open-wc/testing';
import { activeLanguage, languageReady } from '../../src/elements/shared/localization.js';
import { WAIT } from '../support/wait.js';
import { englishIn, englishWordsOf, NAME_ATTRIBUTES, withoutData } from './english-words.js';

export { ALLOWED_PHRASES } from './english-words.js';

let forbidden: Promise<Set<string>> | undefined;

/** The catalogue's English words that no French text of it uses. */
export function englishWords(): Promise<Set<string>> {
  return (forbidden ??= fetch('/xliff/fr-CA.xlf')
    .then((response) => response.text())
    .then(englishWordsOf));
}

/** Every text an agent can see or hear under `root`, across shadow roots (data phrases removed). */
export function visibleTexts(root: Element, allowed: readonly string[] = []): string[] {
  const found: string[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      if (/^(STYLE|SCRIPT|TEMPLATE)$/.test(node.tagName)) return;
      for (const name of NAME_ATTRIBUTES) {
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
  return withoutData(found, allowed);
}

/** The English words left under `root`, each with the text it was found in. */
export async function englishLeft(root: Element, allowed: readonly string[] = []): Promise<string[]> {
  return englishIn(visibleTexts(root, allowed), await englishWords());
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

/**
 * How `<customer-search>` and its dialogs put a customer into words: phones, addresses, the model's
 * problems and a failed call, in the agent's language.
 */
import { msg } from '@lit/localize';
import { errorText } from '../shared/adapter-text.js';
import { isolate } from '../shared/bidi.js';
import type { Address, AddressInput, CustomerInput, Problem } from '../../model/types.js';

export const PHONES = ['home', 'work', 'mobile'] as const;

/** "Home", "Work", "Mobile" (`msg()` runs at render time, in the current locale). */
export const phoneLabel = (kind: string): string =>
  kind === 'home' ? msg('Home') : kind === 'work' ? msg('Work') : msg('Mobile');

/** An address on one line, as an agent reads it back to a shopper. */
export const addressText = (a: Address | AddressInput | null): string =>
  a
    ? [a.name, a.line1, a.line2, a.city, `${isolate(a.region)} ${isolate(a.postalCode)}`, a.country]
        .map((part) => isolate(part ?? ''))
        .filter(Boolean)
        .join(', ')
    : '';

/** The field a problem belongs to: the last segment of its path ("phones.home" → "home"). */
export const fieldOf = (problem: Problem): string => problem.path.slice(problem.path.lastIndexOf('.') + 1);

/**
 * A problem in the agent's language. The model's rules answer in English with a stable code, so
 * a translation is looked up by field and code ("problem.email.invalid-email"); the English
 * message is the fallback. (The ids are written by hand in the translation files: the extractor
 * only sees literal strings.)
 */
export const problemText = (problem: Problem): string =>
  msg(problem.message, { id: `problem.${fieldOf(problem)}.${problem.code}` });

/** What an agent reads about a failed call: the adapter's message, or a generic one. */
export const failure = errorText;

/** A customer's phones that are filled in, in the order Home, Work, Mobile. */
export const phoneKinds = (phones: CustomerInput['phones']) => PHONES.filter((k) => phones[k]);

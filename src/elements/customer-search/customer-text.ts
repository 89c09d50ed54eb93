/**
 * How `<customer-search>` and its dialogs put a customer into words: phones, addresses, the model's
 * problems and a failed call, in the agent's language.
 */
import { msg } from '../shared/localize.js';
import { errorText } from '../shared/adapter-text.js';
import type { CustomerInput } from '../../model/types.js';

export const PHONES = ['home', 'work', 'mobile'] as const;

/** "Home", "Work", "Mobile" (`msg()` runs at render time, in the current locale). */
export const phoneLabel = (kind: string): string =>
  kind === 'home' ? msg('Home') : kind === 'work' ? msg('Work') : msg('Mobile');

/** An address on one line, as an agent reads it back to a shopper (shared with the Order Details' "Ship to"). */
export { addressText } from '../shared/address-text.js';

/** The field a problem belongs to, and a problem in the agent's language (by its id: see problem-text.ts). */
export { fieldOf, problemText } from '../shared/problem-text.js';

/** What an agent reads about a failed call: the adapter's message, or a generic one. */
export const failure = errorText;

/** A customer's phones that are filled in, in the order Home, Work, Mobile. */
export const phoneKinds = (phones: CustomerInput['phones']) => PHONES.filter((k) => phones[k]);

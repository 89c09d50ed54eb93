/**
 * The model's problems in the agent's language. The rules of src/model answer in English with a
 * stable id (the field, the last segment of the path, where the words depend on it, and the code:
 * "problem.email.required", "problem.invalid-email"); the catalogues translate each id. The English
 * is the model's own message, so an English page shows exactly what the model said and this module
 * carries no English of its own; problem-messages.ts lists every id with its words for the
 * extractor (and for test/l10n/problems.test.ts, which checks them against the model's). A problem
 * no catalogue knows (an adapter's, with its own `message`) is shown as it came.
 */
import { msg, str } from './localize.js';
import type { Problem } from '../../model/types.js';

/** The field a problem belongs to: the last segment of its path ("phones.home" → "home"). */
export const fieldOf = (problem: Problem): string => problem.path.slice(problem.path.lastIndexOf('.') + 1);

/**
 * `msg()` with words known only at run time (the model's message): the id finds the translation.
 * Called through `msg` each time (a live binding: the runtime installs its own on the first language).
 */
const translate = (text: string, options: { id: string }): string =>
  (msg as (text: string, options: { id: string }) => string)(text, options);

/** The catalogue id of a problem (see problem-messages.ts). */
export function problemId(problem: Problem): string {
  const { code, message } = problem;
  const field = fieldOf(problem);
  const zip = message.includes('ZIP');
  if (code === 'invalid-postal-code')
    return `problem.postalCode.${zip ? 'invalid-zip' : message.includes('A1A') ? 'invalid-ca' : 'invalid-postal-code'}`;
  if (code === 'required' || code === 'reason-required') return `problem.${field}.${code}${zip ? '-zip' : ''}`;
  return `problem.${code}`;
}

/** A problem in the agent's language, by its id; a problem no catalogue knows, its own message. */
export function problemText(problem: Problem): string {
  const { message } = problem;
  const currencies = /^This payment is in (\w+); the order is in (\w+)\.$/.exec(message);
  if (currencies) {
    const [, paid, order] = currencies;
    return msg(str`This payment is in ${paid}; the order is in ${order}.`, { id: 'problem.currency-mismatch' });
  }
  const digits = /^Enter the (\d+)-digit security code\.$/.exec(message)?.[1];
  if (digits) return msg(str`Enter the ${digits}-digit security code.`, { id: 'problem.invalid-security-code' });
  return translate(message, { id: problemId(problem) });
}

/** The model's `problems` with their messages in the agent's language (for lists that mix them with an adapter's). */
export const inAgentWords = (problems: readonly Problem[]): Problem[] =>
  problems.map((problem) => ({ ...problem, message: problemText(problem) }));

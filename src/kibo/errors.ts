/**
 * Kibo's error answers → the typed adapter errors of `src/adapter/errors.ts`.
 *
 * Kibo's error body (`errorCode`, `message`, `items[]`, `additionalErrorData[]`) is **not in the
 * definitions** (docs/KIBO.md, "Errors"), so this mapping is tolerant on purpose: anything it
 * cannot read is ignored, and the status alone then decides (as `errorFromResponse` does for our
 * own contract, with the agent's messages, never Kibo's technical text).
 *
 * A field path is given only where Kibo names a field: an `additionalErrorData` entry named
 * like a property ("PropertyName", "Property", "Field", "FieldName", "ParameterName") whose value
 * is a Kibo field we know (`fieldPaths` of the call), or, failing that, such a field name as a word
 * of the message ("EmailAddress already exists"). Otherwise the problem has the path "".
 *
 * A 400 or 422 is a ValidationError; so is a 409 that names a field or whose `errorCode` starts
 * with "VALIDATION" (Kibo answers a duplicate email with a conflict): retrying it cannot help.
 * Any other 409 is a ConflictError, retried. A 402, or a body whose `errorCode` names a decline
 * ("…DECLINED"), is a DeclinedError whose code is that of an `additionalErrorData` entry named
 * "DeclineCode" (or "ReasonCode"), in our spelling ("insufficient-funds"), else "card-declined":
 * the codes and messages of our REST contract, so that the payment panel says the same on both.
 * Messages are scrubbed by the error constructors.
 */
import { type AdapterError, DeclinedError, ValidationError } from '../adapter/errors.js';
import { type CallContext, errorFromResponse } from '../adapter/http.js';
import type { Problem } from '../model/types.js';
import { isObject, someText as text } from './read.js';

/**
 * Kibo's error body. **Not in the definitions** (they document success responses only): the
 * fields are those the issue names, every one optional and read tolerantly.
 */
export interface KiboErrorBody {
  errorCode?: string | null;
  message?: string | null;
  applicationName?: string | null;
  items?: KiboErrorItem[] | null;
  additionalErrorData?: KiboErrorData[] | null;
}

export interface KiboErrorItem {
  errorCode?: string | null;
  message?: string | null;
  applicationName?: string | null;
  additionalErrorData?: KiboErrorData[] | null;
}

export interface KiboErrorData {
  name?: string | null;
  value?: unknown;
}

/** Kibo field names (lower case, last segment) → our field paths, for one call. */
export type FieldPaths = Readonly<Record<string, string>>;

export interface KiboCallContext extends CallContext {
  fieldPaths?: FieldPaths;
}

const DECLINE_NAMES = new Set(['declinecode', 'reasoncode', 'declinereason']);

/** The decline messages of our REST contract (mocks/backend-payments.ts), by code. */
const DECLINE_MESSAGES: Readonly<Record<string, string>> = {
  'card-declined': 'The card was declined. Ask the shopper for another card.',
  'insufficient-funds': 'The card was declined for insufficient funds. Ask the shopper for another card.',
};
const DECLINED = 'The card was declined. Ask the shopper for another card or another way to pay.';

const PROPERTY_NAMES = new Set(['propertyname', 'property', 'field', 'fieldname', 'parametername', 'parameter']);

/** Reads the parts of a Kibo error body that are what they should be; anything else is dropped. */
export function readKiboError(body: string): KiboErrorBody {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return {};
  }
  if (!isObject(json)) return {};
  const data = (value: unknown): KiboErrorData[] =>
    Array.isArray(value) ? value.filter(isObject).map((d) => ({ name: text(d.name) ?? null, value: d.value })) : [];
  const item = (value: Record<string, unknown>): KiboErrorItem => ({
    errorCode: text(value.errorCode) ?? null,
    message: text(value.message) ?? null,
    additionalErrorData: data(value.additionalErrorData),
  });
  return {
    ...item(json),
    items: Array.isArray(json.items) ? json.items.filter(isObject).map(item) : [],
  };
}

/** The last segment of a Kibo field name, lower case: "Contacts[0].Address.Address1" → "address1". */
const fieldKey = (name: string) =>
  name
    .replace(/\[\d+\]/g, '')
    .split('.')
    .pop()!
    .toLowerCase();

function pathOf(item: KiboErrorItem, fieldPaths: FieldPaths): string {
  for (const entry of item.additionalErrorData ?? []) {
    if (!entry.name || !PROPERTY_NAMES.has(entry.name.toLowerCase()) || typeof entry.value !== 'string') continue;
    const path = fieldPaths[fieldKey(entry.value)];
    if (path !== undefined) return path;
  }
  for (const word of item.message?.match(/[A-Za-z][A-Za-z0-9.]*/g) ?? []) {
    const path = fieldPaths[fieldKey(word)];
    // Only a field name as Kibo spells it (a capital inside, "EmailAddress", "emailAddress"): a plain
    // English word of the message ("email") says nothing about which field.
    if (path !== undefined && /[a-z][A-Z]|^[A-Z][a-z]+[A-Z]/.test(word)) return path;
  }
  return '';
}

/** A Kibo code in our spelling: "INSUFFICIENT_FUNDS" → "insufficient-funds". */
const ourCode = (code: string) =>
  code
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const codeOf = (item: KiboErrorItem) => (item.errorCode ? ourCode(item.errorCode) : 'invalid');

/** Whether a Kibo error body says a card was declined. */
const namesDecline = (body: KiboErrorBody) => /declin/i.test(body.errorCode ?? '');

/** The DeclinedError of a decline: the code Kibo gave ("DeclineCode"), our message for it. */
function declined(body: KiboErrorBody, status: number): DeclinedError {
  const entries = [body, ...(body.items ?? [])].flatMap((item) => item.additionalErrorData ?? []);
  const given = entries.find(
    (e) => e.name && DECLINE_NAMES.has(e.name.toLowerCase()) && typeof e.value === 'string' && e.value.trim(),
  );
  const code = given ? ourCode(given.value as string) : 'card-declined';
  return new DeclinedError(DECLINE_MESSAGES[code] ?? DECLINED, { status, code });
}

/** The problems of a Kibo error body: one per item, or the body itself when it has no items. */
export function kiboProblems(body: KiboErrorBody, fieldPaths: FieldPaths = {}): Problem[] {
  const items = body.items?.length ? body.items : [body];
  return items
    .filter((item) => item.message)
    .map((item) => ({ path: pathOf(item, fieldPaths), code: codeOf(item), message: item.message! }));
}

/** The typed error of a non-2xx Kibo answer. */
export function kiboErrorFromResponse(
  status: number,
  headers: Headers,
  text: string,
  context: KiboCallContext,
  now: number = Date.now(),
): AdapterError {
  const body = readKiboError(text);
  if (status === 402 || namesDecline(body)) return declined(body, status);
  const problems = kiboProblems(body, context.fieldPaths);
  const namesField = problems.some((p) => p.path !== '');
  const validation =
    status === 400 || status === 422 || (status === 409 && (namesField || /^validation/i.test(body.errorCode ?? '')));
  if (validation) {
    const said = problems.map((p) => p.message).join(' ');
    const message = said
      ? `Could not ${context.action}: ${said}`
      : `Could not ${context.action}: Kibo did not accept the entered values. Check them and try again.`;
    return new ValidationError(message, problems, { status });
  }
  // Everything else by its status alone, in the agent's words (Kibo's text is often technical).
  return errorFromResponse(status, headers, '', { ...context, action: context.action }, now);
}

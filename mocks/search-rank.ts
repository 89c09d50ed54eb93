/**
 * The relevance rules the mock's customer and product searches share (what mocks/README.md asks
 * of a host's backend): an exact identifier first, then, for each word of the query, a whole
 * word of the name, a word of the name it begins, any text it is part of, and last a name word it
 * matches with one typo (only for query words of 5 letters or more).
 *
 * A record's rank is the loosest match among the query's words (every word must match), then the
 * sum over the words (so that "ada l" puts Ada Lovelace above Adam Lee); callers break ties
 * (recent customers first, catalog order).
 */

/** How a query matched a record, best first. */
export const IDENTIFIER = 0;
export const WORD = 1;
export const PREFIX = 2;
export const SUBSTRING = 3;
export const TYPO = 4;

/** What a record is found by, folded (see `fold`): computed once per record. */
export interface SearchText {
  /** The words of its name ("o'brien" also as "obrien"). */
  words: string[];
  /** Everything a word may be part of: name, email, number or code. */
  text: string;
}

/** The words of a folded name: split at spaces and hyphens, and each also without its other marks. */
export function nameWords(folded: string): string[] {
  const words = folded.split(/[\s-]+/).filter(Boolean);
  const bare = words.map((word) => word.replace(/[^\p{L}\p{N}]/gu, '')).filter((word) => word && !words.includes(word));
  return [...words, ...bare];
}

/**
 * Whether `a` becomes `b` with at most one edit: an insertion, a deletion, a substitution or a
 * transposition of two neighbouring letters. Linear, no matrix.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return (
      a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  }
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** The shortest query word (in letters) that a typo is forgiven in. */
export const TYPO_MIN_LETTERS = 5;

/** Whether `token` is `word`, or the beginning of it, with one typo ("kathrine", "kathri" → "katherine"). */
function typoOf(token: string, word: string): boolean {
  if (withinOneEdit(token, word)) return true;
  for (let length = token.length - 1; length <= token.length + 1; length++) {
    if (length < word.length && withinOneEdit(token, word.slice(0, length))) return true;
  }
  return false;
}

/** Whether a query word is long enough (in letters) to forgive a typo in. */
export function forgivesTypo(token: string): boolean {
  return (token.match(/\p{L}/gu)?.length ?? 0) >= TYPO_MIN_LETTERS;
}

/** How one query word matches a record: `WORD` … `TYPO`, or undefined when it does not. */
export function wordMatch(token: string, fields: SearchText): number | undefined {
  const { words } = fields;
  if (words.includes(token)) return WORD;
  if (words.some((word) => word.startsWith(token))) return PREFIX;
  if (fields.text.includes(token)) return SUBSTRING;
  if (forgivesTypo(token) && words.some((word) => typoOf(token, word))) return TYPO;
  return undefined;
}

/** A record's rank for the query words (`[loosest, sum]`, lower first); undefined when a word does not match. */
export function rankWords(tokens: readonly string[], fields: SearchText): [number, number] | undefined {
  let loosest = IDENTIFIER;
  let sum = 0;
  for (const token of tokens) {
    const match = wordMatch(token, fields);
    if (match === undefined) return undefined;
    loosest = Math.max(loosest, match);
    sum += match;
  }
  return [loosest, sum];
}

/** The words of a folded query. */
export function queryWords(folded: string): string[] {
  return folded.split(/\s+/).filter(Boolean);
}

import { html } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * `text` with each case-insensitive occurrence of `query` wrapped in `<mark part="match">`.
 *
 * Safe with untrusted text: both the matched and the surrounding text are Lit text bindings, never
 * parsed as HTML. Phone-like queries also match through the separators of the text
 * ("5125550142" matches "(512) 555-0142").
 */
export function highlight(text: string, query: string): string | TemplateResult | (TemplateResult | string)[] {
  const ranges = matchRanges(text, query);
  if (ranges.length === 0) return text;
  // One match (the common case): one template of fixed shape, cloned at once, rather than a list
  // whose every piece Lit commits as a part of its own (markers and all) into the option.
  if (ranges.length === 1) {
    const [[start, end]] = ranges as [[number, number]];
    return html`${text.slice(0, start)}<mark part="match">${text.slice(start, end)}</mark>${text.slice(end)}`;
  }
  const pieces: (TemplateResult | string)[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(html`<mark part="match">${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  // An array renders as it is: no template around it to create and commit.
  return pieces;
}

/** Non-overlapping [start, end) ranges of `text` that match `query`. */
export function matchRanges(text: string, query: string): [number, number][] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '' || text === '') return [];
  const haystack = text.toLocaleLowerCase();
  const ranges: [number, number][] = [];
  // Plain text match (toLocaleLowerCase keeps lengths for the scripts we render; guard anyway).
  if (haystack.length === text.length) {
    let from = 0;
    for (;;) {
      const found = haystack.indexOf(needle, from);
      if (found === -1) break;
      ranges.push([found, found + needle.length]);
      from = found + needle.length;
    }
  }
  if (ranges.length > 0) return ranges;
  // Digits of a phone query against a formatted phone number.
  const digits = needle.replace(/\D/g, '');
  if (digits.length < 3 || digits.length !== needle.replace(/[\s().+-]/g, '').length) return [];
  const positions: number[] = [];
  let numeric = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char >= '0' && char <= '9') {
      numeric += char;
      positions.push(i);
    }
  }
  const found = numeric.indexOf(digits);
  if (found === -1) return [];
  const start = positions[found] ?? 0;
  const end = (positions[found + digits.length - 1] ?? start) + 1;
  return [[start, end]];
}

/**
 * Bidirectional isolation of adapter text inside our own strings ("Changing to {site} clears…",
 * "{site} (USD)" in an `<option>`), where no `<bdi>` element can go: text that could reorder what
 * surrounds it (right-to-left letters, or bidi formatting characters such as an unterminated
 * U+202E RIGHT-TO-LEFT OVERRIDE) is wrapped in U+2068 FIRST STRONG ISOLATE … U+2069 POP
 * DIRECTIONAL ISOLATE, the text equivalent of `<bdi>`. Other text is returned as it is, so that
 * left-to-right text reads (and compares) exactly as before.
 *
 * Elements hold adapter text in elements of their own where they can; every element of every
 * shadow tree is `unicode-bidi: isolate` (tokens.styles.ts), and `<bdi>` wraps text that shares an
 * element with other text.
 */

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, and their presentation forms) and the bidi controls. */
const REORDERS =
  /[\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** `text`, isolated from what surrounds it when it could reorder it. */
export function isolate(text: string): string {
  if (!REORDERS.test(text)) return text;
  // A pop directional isolate of the text's own that matches no initiator would close ours early.
  let depth = 0;
  const balanced = text.replace(/[\u2066-\u2069]/g, (c) => {
    if (c !== '\u2069') depth++;
    else if (depth) depth--;
    else return '';
    return c;
  });
  return `\u2068${balanced}${'\u2069'.repeat(depth)}\u2069`;
}

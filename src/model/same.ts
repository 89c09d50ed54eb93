/**
 * Whether two plain JSON-shaped values (drafts, lines, adjustments, lists of codes, a Task's
 * arguments) are the same, as their JSON would say but whatever the order their keys were written
 * in: a key whose value is `undefined` counts as absent. Values are compared by identity first, so
 * an adapter (which may hold cycles) is only walked when two different ones are compared. The
 * comparison of the pricing diff, the coupon area, what changed since a submit attempt and of the
 * pricing, rates and variant reads' arguments (in place of `@lit/task/deep-equals.js`, 0.5 KB
 * more at the builder's first paint). No DOM.
 */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = (value: object) => Object.entries(value).filter(([, v]) => v !== undefined);
  const entriesA = keys(a);
  const valuesB = Object.fromEntries(keys(b));
  return (
    entriesA.length === Object.keys(valuesB).length &&
    entriesA.every(([key, value]) => Object.hasOwn(valuesB, key) && same(value, valuesB[key]))
  );
}

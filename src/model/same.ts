/**
 * Whether two plain JSON-shaped values (drafts, lines, adjustments, lists of codes) are the same:
 * their JSON is, keys in the order they were written. The comparison of the pricing diff, the
 * coupon area and what changed since a submit attempt. No DOM.
 */
export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

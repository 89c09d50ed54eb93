/**
 * Client-generated ids for drafts, lines and payments.
 */

/**
 * A random version-4 UUID. `crypto.randomUUID()` exists only in secure contexts; a host admin
 * app served over plain HTTP on an intranet still has `crypto.getRandomValues()`, so the same
 * UUID is built from it there.
 */
function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A new unique id: a random UUID, after `prefix` and an underscore when one is given
 * (`newId('line')` → "line_0b7c…"). Ids contain no dots, so they fit in problem paths
 * such as "lines.<lineId>.quantity".
 * @throws {RangeError} when the prefix contains a character other than letters, digits, "-" or "_".
 */
export function newId(prefix?: string): string {
  if (prefix === undefined || prefix === '') return uuid();
  if (!/^[A-Za-z0-9_-]+$/.test(prefix))
    throw new RangeError(`An id prefix may only hold letters, digits, "-" and "_": ${prefix}`);
  return `${prefix}_${uuid()}`;
}

/** Text helpers the seed and the searches share, and the searches' page sizes. */

/** Lower case without diacritics, so that "cote" finds "Côté". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The date part (YYYY-MM-DD, UTC) of an instant. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Lower-case words joined by hyphens, for ids ("Heather Grey" → "heather-grey"). */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Only the digits of a text (phone numbers as typed). */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** Milliseconds in a day and in a minute, for dates relative to the seed's instant. */
export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

/** How many results a search answers when the request does not say, and at most. */
export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;

/** The number of results to answer for a requested limit: 1 to `MAX_SEARCH_LIMIT`. */
export function searchLimit(requested: number): number {
  return Math.max(1, Math.min(requested, MAX_SEARCH_LIMIT));
}

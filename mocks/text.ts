/** Text helpers the seed and the searches share. */

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

/**
 * A label and its text as the page's language writes them: "Home: (512) 555-0100" in English,
 * "Domicile : (512) 555-0100" in French (a no-break space before the colon, the catalogue's
 * typography), for what an element composes from a label and a value.
 */
import { msg, str } from './localize.js';

/** "`label`: `text`" in the page's language (both given as they should read, isolated where needed). */
export const labelled = (label: string, text: string): string => msg(str`${label}: ${text}`);

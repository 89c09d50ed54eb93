import { msg, str } from './localize.js';
import type { DigitalRecipient } from '../../model/types.js';
import { isolate } from './bidi.js';

/** "Email to Ada Lovelace (ada@example.com)": a line delivered by email, wherever its fulfillment shows. */
export const recipientText = (recipient: DigitalRecipient): string =>
  msg(str`Email to ${isolate(recipient.name)} (${isolate(recipient.email)})`);

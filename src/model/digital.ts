/**
 * Email delivery (a `digital` fulfillment): a gift card or a download is sent to a recipient by
 * email, with an optional message. Nothing is stocked and nothing ships, so such a line needs no
 * location, no stock and no shipping method. Re-exported by `validation.ts`.
 */
import { TEXT_LIMITS } from './limits.js';
import type { DigitalRecipient, Fulfillment, Problem } from './types.js';
import { blank, problem, validateEmail } from './validation-customer.js';

/** The id of the email delivery option (`FulfillmentOption.id`). */
export const DIGITAL_OPTION_ID = 'digital';

/** Whether a fulfillment is email delivery. */
export const isDigital = (fulfillment: Pick<Fulfillment, 'kind'> | null | undefined): boolean =>
  fulfillment?.kind === 'digital';

/** A recipient as typed: the email and name trimmed, the message as it is. */
export function recipientOf(email: string, name: string, message: string): DigitalRecipient {
  return { email: email.trim(), name: name.trim(), message };
}

/**
 * The recipient of a line delivered by email, at `<prefix>email`, `<prefix>name` and
 * `<prefix>message`: an email address, checked as the customer's is (`required`, `invalid-email`),
 * a name (`recipient-name-required`), a message of at most `TEXT_LIMITS.recipientMessage`
 * characters (`recipient-message-too-long`). A line without its recipient: `recipient-required`
 * at `<prefix>email`.
 */
export function validateRecipient(recipient: DigitalRecipient | undefined, prefix = ''): Problem[] {
  if (!recipient) {
    return [problem(`${prefix}email`, 'recipient-required', 'Enter who receives this item by email.')];
  }
  const problems = validateEmail(recipient.email, `${prefix}email`);
  if (blank(recipient.name)) {
    problems.push(problem(`${prefix}name`, 'recipient-name-required', 'Enter the recipient’s name.'));
  }
  if (recipient.message.length > TEXT_LIMITS.recipientMessage) {
    const code = 'recipient-message-too-long';
    problems.push(problem(`${prefix}message`, code, 'Enter a shorter message (up to 500 characters).'));
  }
  return problems;
}

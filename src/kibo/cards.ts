/**
 * Card tokenization through Kibo's payment service (docs/KIBO.md, `tokenizeCard`): the only call
 * of the Kibo adapter that sees a card number or a security code.
 *
 * **Not in the definitions** (none of Kibo's OpenAPI files describes the payment service); what
 * is sent and read is what Kibo's own storefront code does, written down as our schema in
 * test/kibo/payment-service-schema.json:
 * `POST {paymentServiceUrl}/payments/commerce/payments/cards/` with `x-vol-tenant` and
 * `x-vol-site`, the body `{ cardNumber, cardType, cvv, cardholderName, persistCard }`, the answer
 * `{ id, numberPart, isSuccessful }`. The `id` is the order's `BillingInfo.card.paymentServiceCardId`
 * (submit-sequence.ts sends it from `CardSummary.token`); the expiry is not sent to the service
 * (Kibo's storefronts do not) but goes on the order's card.
 *
 * Never retried: a request that may have been sent could register the card twice, and a fetch
 * rejection does not tell "never sent" from "answer lost". Nothing the service answers reaches an
 * error without being scrubbed of card numbers, security codes, and this card's own digits.
 */
import type { CallInit } from '../adapter/adapter.js';
import { DecodeError } from '../adapter/decode.js';
import { UnavailableError, ValidationError } from '../adapter/errors.js';
import { scrubMessage } from '../adapter/scrub.js';
import { cardDigits, detectCardBrand } from '../model/card.js';
import type { CardBrand, CardDetails, CardSummary, Problem } from '../model/types.js';
import type { KiboRequester } from './client.js';
import { type FieldPaths, kiboErrorFromResponse } from './errors.js';
import { isObject } from './read.js';

/** The payment service's path for a new card, below its origin (with Kibo's trailing slash). */
export const PAYMENT_CARDS_PATH = '/payments/commerce/payments/cards/';

/** What the payment service takes for a new card (Kibo's storefront code; no SDK model exists). */
export interface KiboPaymentCardRequest {
  cardNumber: string;
  /** "VISA", "MC", "AMEX", "DISCOVER" (`kiboCardType`). */
  cardType: string;
  cvv: string;
  cardholderName: string;
  /** Whether the service keeps the card past its short-lived cache: the order is paid at submit, later. */
  persistCard: boolean;
}

/** What the payment service answers (read tolerantly: untrusted). */
export interface KiboPaymentCardAnswer {
  /** The card's id at the payment service: `BillingInfo.card.paymentServiceCardId`. */
  id?: string | null;
  /** The masked number ("************1111"). */
  numberPart?: string | null;
  isSuccessful?: boolean | null;
}

/**
 * Kibo's card types by our brand: those Kibo's storefront code sends. A card of another brand is
 * refused before anything is sent (its Kibo name is not known).
 */
const CARD_TYPES: Partial<Record<CardBrand, string>> = {
  visa: 'VISA',
  mastercard: 'MC',
  amex: 'AMEX',
  discover: 'DISCOVER',
};

/** Kibo's card type of a brand (`PaymentCard.paymentOrCardType`, the payment service's `cardType`). */
export function kiboCardType(brand: CardBrand): string | undefined {
  return CARD_TYPES[brand];
}

/** The payment service's field names (lower case) → ours. */
const CARD_FIELDS: FieldPaths = {
  cardnumber: 'number',
  number: 'number',
  cvv: 'securityCode',
  cvv2: 'securityCode',
  securitycode: 'securityCode',
  cardholdername: 'nameOnCard',
  nameoncard: 'nameOnCard',
};

/** The problem codes the payment panel has words for, by our field path. */
const PROBLEM_CODES: Readonly<Record<string, string>> = {
  number: 'invalid-card-number',
  securityCode: 'invalid-security-code',
};

const ACTION = 'add the card';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `scrubMessage`, then this card's own number (in any grouping) and security code wherever they
 * still appear: a service that echoes "737" alone is not caught by the generic rules.
 */
function scrubber(digits: string, securityCode: string): (text: string) => string {
  const patterns: RegExp[] = [];
  if (digits.length >= 4) patterns.push(new RegExp(digits.split('').map(escapeRegExp).join('[\\s-]*'), 'g'));
  if (/^\d{3,4}$/.test(securityCode)) patterns.push(new RegExp(`(?<!\\d)${securityCode}(?!\\d)`, 'g'));
  return (text) => patterns.reduce((out, pattern) => out.replace(pattern, '•••'), scrubMessage(text));
}

/** A refusal as the payment panel reads it: codes it has words for, this card's digits scrubbed. */
function refusal(error: ValidationError, scrub: (text: string) => string): ValidationError {
  const problems: Problem[] = error.problems.map((p) => ({
    ...p,
    code: PROBLEM_CODES[p.path] ?? p.code,
    message: scrub(p.message),
  }));
  return new ValidationError(scrub(error.message), problems, { status: error.status ?? 400 });
}

/** The summary of a successful answer; an unsuccessful one is Kibo's refusal or decline. */
function summaryOf(value: unknown, card: CardDetails, brand: CardBrand, digits: string): CardSummary {
  if (!isObject(value)) throw new DecodeError('', 'an object');
  const answer = value as Partial<Record<keyof KiboPaymentCardAnswer, unknown>>;
  if (answer.isSuccessful !== true) {
    // An answer that says it failed: read as Kibo's error body (a decline when it says so).
    throw kiboErrorFromResponse(400, new Headers(), JSON.stringify(value), {
      action: ACTION,
      fieldPaths: CARD_FIELDS,
    });
  }
  if (typeof answer.id !== 'string' || !answer.id.trim()) throw new DecodeError('id', 'the card’s id');
  const shown = typeof answer.numberPart === 'string' ? answer.numberPart.replace(/\D/g, '') : '';
  return {
    token: answer.id.trim(),
    brand,
    last4: shown.length >= 4 ? shown.slice(-4) : digits.slice(-4),
    expiryMonth: card.expiryMonth,
    expiryYear: card.expiryYear < 100 ? 2000 + card.expiryYear : card.expiryYear,
  };
}

/**
 * Tokenizes `card` at the payment service (`paymentServiceUrl`: its origin or the host's proxy
 * of it) and answers what may be kept of it.
 */
export async function tokenizeCard(
  request: KiboRequester,
  paymentServiceUrl: string | undefined,
  { siteId, card }: { siteId: string; card: CardDetails },
  init?: CallInit,
): Promise<CardSummary> {
  if (!paymentServiceUrl?.trim()) {
    throw new UnavailableError(
      `Could not ${ACTION}: card payments are not set up for Kibo on this page (no payment service address). Ask an administrator.`,
    );
  }
  const digits = cardDigits(card.number);
  const brand = detectCardBrand(digits);
  const cardType = kiboCardType(brand);
  if (!cardType) {
    throw new ValidationError(`Could not ${ACTION}: this kind of card cannot be taken here.`, [
      {
        path: 'number',
        code: 'unsupported-brand',
        message: 'Kibo takes Visa, Mastercard, American Express and Discover cards. Ask for another card.',
      },
    ]);
  }
  const body: KiboPaymentCardRequest = {
    cardNumber: digits,
    cardType,
    cvv: card.securityCode,
    cardholderName: card.nameOnCard,
    persistCard: true,
  };
  const scrub = scrubber(digits, card.securityCode);
  try {
    return await request(
      {
        action: ACTION,
        notFound: 'the payment service is not at the address set up. Ask an administrator.',
        method: 'POST',
        root: paymentServiceUrl,
        path: PAYMENT_CARDS_PATH,
        body,
        siteId,
        // Never repeated: a lost answer must not register the card twice.
        retry: false,
        card: true,
        anonymous: true,
        fieldPaths: CARD_FIELDS,
        decode: (value) => summaryOf(value, card, brand, digits),
      },
      init,
    );
  } catch (error) {
    if (error instanceof ValidationError) throw refusal(error, scrub);
    throw error;
  }
}

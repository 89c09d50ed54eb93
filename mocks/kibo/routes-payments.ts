/**
 * Kibo's payment service, as far as the Kibo adapter uses it: a card posted to
 * `POST {paymentServiceUrl}/payments/commerce/payments/cards/` (`createPublicCard`; the handlers
 * serve it below the payment service's base URL, `/kibo/pci` by default, not the API's).
 *
 * Kibo's definitions do not describe this service: the shapes are those of Kibo's storefront code,
 * written down as our schema in test/kibo/payment-service-schema.json. Choices of the mock:
 * - The card is checked by our backend's tokenizer (`MockBackend.tokenizeCard`), so the same test
 *   cards decline and the same numbers are refused; the service is not told the expiry (Kibo's
 *   storefronts do not send it), so the backend is given one that has not passed.
 * - `cardType` must be one of Kibo's ("VISA", "MC", "AMEX", "DISCOVER") and match the number.
 * - A refused field is a 400 whose items name the body's field (`cardNumber`, `cvv`,
 *   `cardholderName`, `cardType`); a decline is a 402 `PAYMENT_DECLINED` with our backend's
 *   decline code in `additionalErrorData` (`DeclineCode`), see errors.ts.
 * - The answer's `id` is our backend's card token (`tok_…`): the order's
 *   `BillingInfo.card.paymentServiceCardId`, which the `SubmitOrder` action hands to our backend
 *   as the card payment's token. `numberPart` is the number masked but for its last four digits.
 * The number and the security code are read here and never kept, logged or echoed.
 */
import type { CardDetails } from '../../src/model/types.js';
import { MockProblem } from '../problem.js';
import { KiboError, fieldError, kiboBadParameter } from './errors.js';
import { KIBO_CARD_BRANDS } from './order-store.js';
import type { KiboContext, KiboRoute } from './route.js';

/** The payment service's path for a new card, below its base URL. */
export const PAYMENT_CARDS_PATH = '/payments/commerce/payments/cards/';

/** The card types the service takes, as Kibo's storefronts send them. */
const CARD_TYPES = ['VISA', 'MC', 'AMEX', 'DISCOVER'];

/** Our backend's card fields → the request body's. */
const BODY_FIELDS: Readonly<Record<string, string>> = {
  number: 'cardNumber',
  securityCode: 'cvv',
  nameOnCard: 'cardholderName',
};

interface PublicCardBody {
  cardNumber?: unknown;
  cardType?: unknown;
  cvv?: unknown;
  cardholderName?: unknown;
  persistCard?: unknown;
}

function cardBody(body: unknown): PublicCardBody {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw kiboBadParameter('The request body must be a JSON object.');
  }
  const card = body as PublicCardBody;
  const missing = (['cardNumber', 'cardType', 'cvv'] as const).filter((name) => typeof card[name] !== 'string');
  if (missing.length) {
    throw kiboBadParameter(
      'The card is incomplete.',
      missing.map((name) => fieldError(name, 'Required.')),
    );
  }
  if (!CARD_TYPES.includes(card.cardType as string)) {
    throw kiboBadParameter('Unsupported card type.', [fieldError('cardType', `Use one of ${CARD_TYPES.join(', ')}.`)]);
  }
  return card;
}

export function paymentRoutes(context: KiboContext): KiboRoute[] {
  const { backend } = context;
  return [
    {
      method: 'post',
      path: PAYMENT_CARDS_PATH,
      operationId: 'createPublicCard',
      application: 'Payments',
      paymentService: true,
      fieldPath: (path) => BODY_FIELDS[path] ?? path,
      run: (call) => {
        const site = call.site();
        const body = cardBody(call.body);
        const card: CardDetails = {
          number: body.cardNumber as string,
          securityCode: body.cvv as string,
          nameOnCard: typeof body.cardholderName === 'string' ? body.cardholderName : '',
          // Not sent to the service: one that has not passed, for the backend's check.
          expiryMonth: 12,
          expiryYear: backend.seed.now.getUTCFullYear() + 5,
        };
        let summary;
        try {
          summary = backend.tokenizeCard(site.id, card);
        } catch (error) {
          if (!(error instanceof MockProblem) || error.status !== 402) throw error;
          throw new KiboError({
            status: 402,
            message: error.message,
            applicationName: 'Payments',
            data: [{ name: 'DeclineCode', value: error.code ?? 'card-declined' }],
          });
        }
        if (KIBO_CARD_BRANDS[body.cardType as string] !== summary.brand) {
          throw kiboBadParameter('The card type does not match the card number.', [
            fieldError('cardType', 'The card type does not match the card number.'),
          ]);
        }
        const digits = (body.cardNumber as string).replace(/\D/g, '');
        return {
          body: {
            id: summary.token,
            numberPart: `${'*'.repeat(Math.max(0, digits.length - 4))}${summary.last4}`,
            isSuccessful: true,
          },
        };
      },
    },
  ];
}

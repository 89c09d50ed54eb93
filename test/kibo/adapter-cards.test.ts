/**
 * The Kibo adapter's card tokenization through Kibo's payment service (src/kibo/cards.ts): the
 * request it sends (URL, headers, body, validated against our schema of the service,
 * test/kibo/payment-service-schema.json), the summary it reads, and its failures: never retried
 * once sent, and never a card number or security code in what it throws.
 */
import { expect } from '@open-wc/testing';
import { DeclinedError, UnavailableError, ValidationError } from '../../src/adapter/errors.js';
import type { CardDetails } from '../../src/model/types.js';
import { type FakeAnswer, PAYMENT_SERVICE, type RecordedRequest, operationOf } from './fake-fetch.js';
import { expectSchemaTrue, kiboWorld } from './kibo-world.js';

const NUMBER = '4111111111111111';
const CVV = '737';

const visa: CardDetails = {
  number: '4111 1111 1111 1111',
  expiryMonth: 3,
  expiryYear: 2031,
  securityCode: CVV,
  nameOnCard: 'Ada Lovelace',
};

const success = {
  body: { id: '9c1f0e2d4b6a48c3a1e5f7d9b0c2e4f6', numberPart: '************1111', isSuccessful: true },
};

/** A Kibo error body, as the payment service might send one. */
function kiboError(
  message: string,
  errorCode: string,
  items: { message: string; field?: string }[] = [],
  data: { name: string; value: string }[] = [],
) {
  return {
    errorCode,
    message,
    applicationName: 'Payments',
    additionalErrorData: data,
    items: items.map((item) => ({
      errorCode,
      message: item.message,
      additionalErrorData: item.field ? [{ name: 'PropertyName', value: item.field }] : [],
    })),
  };
}

/** The adapter over a fake payment service answering `answer`; `paymentServiceUrl` unless told otherwise. */
function cardWorld(
  answer: (request: RecordedRequest, index: number) => FakeAnswer,
  paymentServiceUrl = PAYMENT_SERVICE,
) {
  return kiboWorld(answer, { paymentServiceUrl });
}

/** Everything an error carries, as text: its message, problems, code, cause. */
function everything(error: unknown): string {
  const e = error as Error & { problems?: unknown; code?: unknown };
  return [e.message, JSON.stringify(e.problems ?? []), String(e.code ?? ''), String(e.cause ?? ''), String(e)].join(
    '\n',
  );
}

function expectNoCard(error: unknown) {
  const text = everything(error);
  expect(text).to.not.include(NUMBER);
  expect(text).to.not.match(/4111[\s-]*1111[\s-]*1111/);
  expect(text).to.not.match(/(?<!\d)737(?!\d)/);
}

describe('Kibo adapter: card tokenization', () => {
  it('posts the card to the payment service with the tenant and site, and reads the summary', async () => {
    const world = cardWorld(() => success);
    const summary = await world.adapter.tokenizeCard({ siteId: '101', card: visa });
    expect(summary).to.deep.equal({
      token: '9c1f0e2d4b6a48c3a1e5f7d9b0c2e4f6',
      brand: 'visa',
      last4: '1111',
      expiryMonth: 3,
      expiryYear: 2031,
    });
    expect(world.requests).to.have.length(1);
    const [sent] = world.requests;
    expect(sent!.method).to.equal('POST');
    expect(sent!.url.href).to.equal(`${PAYMENT_SERVICE}/payments/commerce/payments/cards/`);
    expect(operationOf(sent!)).to.equal('createPublicCard');
    expect(sent!.headers['x-vol-tenant']).to.equal('100');
    expect(sent!.headers['x-vol-site']).to.equal('101');
    expect(sent!.headers['content-type']).to.equal('application/json');
    // The payment service takes no token: the admin's token never goes there.
    expect(sent!.headers['authorization']).to.equal(undefined);
    expect(sent!.body).to.deep.equal({
      cardNumber: NUMBER,
      cardType: 'VISA',
      cvv: CVV,
      cardholderName: 'Ada Lovelace',
      persistCard: true,
    });
    expectSchemaTrue(world);
  });

  it('sends each brand as Kibo names it, and takes a proxy URL with a trailing slash', async () => {
    const world = cardWorld(() => success, 'https://shop.example.com/kibo/pci/');
    const cards: [string, string, string][] = [
      ['5555555555554444', 'MC', '123'],
      ['378282246310005', 'AMEX', '1234'],
      ['6011111111111117', 'DISCOVER', '123'],
    ];
    for (const [number, , securityCode] of cards) {
      await world.adapter.tokenizeCard({ siteId: '101', card: { ...visa, number, securityCode } });
    }
    expect(world.requests.map((r) => (r.body as { cardType: string }).cardType)).to.deep.equal(
      cards.map(([, type]) => type),
    );
    expect(world.requests.map((r) => r.url.href)).to.deep.equal(
      cards.map(() => 'https://shop.example.com/kibo/pci/payments/commerce/payments/cards/'),
    );
    expectSchemaTrue(world);
  });

  it('takes last4 from the number when numberPart has too few digits, and a two-digit year as 20xx', async () => {
    const world = cardWorld(() => ({ body: { id: 'abc', numberPart: null, isSuccessful: true } }));
    const summary = await world.adapter.tokenizeCard({ siteId: '101', card: { ...visa, expiryYear: 31 } });
    expect([summary.last4, summary.expiryYear]).to.deep.equal(['1111', 2031]);
  });

  it('without paymentServiceUrl, rejects with an UnavailableError an agent can act on, sending nothing', async () => {
    const world = kiboWorld(() => success);
    const error = await world.adapter.tokenizeCard({ siteId: '101', card: visa }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(UnavailableError);
    expect((error as Error).message).to.match(
      /^Could not add the card: card payments are not set up.*Ask an administrator\.$/,
    );
    expect(world.requests).to.have.length(0);
  });

  it('refuses a brand Kibo does not name before sending anything', async () => {
    const world = cardWorld(() => success);
    const jcb = { ...visa, number: '3530111333300000' };
    const error = await world.adapter.tokenizeCard({ siteId: '101', card: jcb }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).at('number').map((p) => p.code)).to.deep.equal(['unsupported-brand']);
    expect(world.requests).to.have.length(0);
  });

  for (const [what, answer] of [
    ['a 503', { status: 503, body: kiboError('Unavailable', 'SERVICE_UNAVAILABLE') }],
    ['a network failure', new TypeError('Failed to fetch')],
    ['a 409', { status: 409, body: kiboError('Busy', 'CONFLICT') }],
  ] as const) {
    it(`never retries after ${what}: one request, one typed error`, async () => {
      const world = cardWorld(() => answer);
      const error = await world.adapter.tokenizeCard({ siteId: '101', card: visa }).catch((e: unknown) => e);
      expect(error).to.have.property('retryable', true);
      expect(world.requests).to.have.length(1);
      // Not even asked: the payment service takes no token.
      expect(world.tokens()).to.equal(0);
      expectNoCard(error);
    });
  }

  it('reads a 400 naming the number and the security code as problems at those fields, without the card', async () => {
    const world = cardWorld(() => ({
      status: 400,
      body: kiboError('Card 4111 1111 1111 1111 refused', 'VALIDATION_CONFLICT', [
        { message: `CardNumber ${NUMBER} is not valid.`, field: 'CardNumber' },
        { message: `The cvv ${CVV} does not match.`, field: 'Cvv' },
        { message: `Code ${CVV} again.`, field: 'cvv' },
      ]),
    }));
    const error = await world.adapter.tokenizeCard({ siteId: '101', card: visa }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ValidationError);
    const refused = error as ValidationError;
    expect(refused.at('number').map((p) => p.code)).to.deep.equal(['invalid-card-number']);
    expect(refused.at('securityCode').map((p) => p.code)).to.deep.equal([
      'invalid-security-code',
      'invalid-security-code',
    ]);
    expect(refused.message).to.match(/^Could not add the card: /);
    expectNoCard(error);
    expect(world.requests).to.have.length(1);
  });

  for (const [code, message] of [
    ['insufficient-funds', 'The card was declined for insufficient funds. Ask the shopper for another card.'],
    ['card-declined', 'The card was declined. Ask the shopper for another card.'],
  ] as const) {
    it(`reads a 402 with DeclineCode ${code} as the REST adapter's DeclinedError`, async () => {
      const world = cardWorld(() => ({
        status: 402,
        body: kiboError(`Card ${NUMBER} declined`, 'PAYMENT_DECLINED', [], [{ name: 'DeclineCode', value: code }]),
      }));
      const error = await world.adapter.tokenizeCard({ siteId: '101', card: visa }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(DeclinedError);
      expect([(error as DeclinedError).code, (error as Error).message]).to.deep.equal([code, message]);
      expectNoCard(error);
    });
  }

  it('reads isSuccessful false as a refusal, never retried, without the card', async () => {
    const world = cardWorld(() => ({ body: { isSuccessful: false } }));
    const error = await world.adapter.tokenizeCard({ siteId: '101', card: visa }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as Error).message).to.match(/^Could not add the card: /);
    expect(world.requests).to.have.length(1);
    expectSchemaTrue(world);
  });

  it('reads isSuccessful false that names a field or a decline as such', async () => {
    const answers: FakeAnswer[] = [
      {
        body: {
          isSuccessful: false,
          ...kiboError(`cvv ${CVV} wrong`, 'VALIDATION_CONFLICT', [{ message: `${CVV} is wrong`, field: 'cvv' }]),
        },
      },
      { body: { isSuccessful: false, ...kiboError('Declined', 'CARD_DECLINED') } },
    ];
    const world = cardWorld((_, index) => answers[index]!);
    const refused = await world.adapter.tokenizeCard({ siteId: '101', card: visa }).catch((e: unknown) => e);
    expect((refused as ValidationError).at('securityCode').map((p) => p.code)).to.deep.equal(['invalid-security-code']);
    expectNoCard(refused);
    const declined = await world.adapter.tokenizeCard({ siteId: '101', card: visa }).catch((e: unknown) => e);
    expect(declined).to.be.instanceOf(DeclinedError);
    expect((declined as DeclinedError).code).to.equal('card-declined');
  });

  it('reads a success without an id as an answer it cannot use, without the card', async () => {
    const world = cardWorld(() => ({ body: { isSuccessful: true, numberPart: '************1111', echo: NUMBER } }));
    const error = await world.adapter.tokenizeCard({ siteId: '101', card: visa }).catch((e: unknown) => e);
    expect(error).to.have.property('kind', 'invalid-response');
    expectNoCard(error);
  });
});

/**
 * The Kibo-shaped mock's payment service (mocks/kibo/routes-payments.ts): a card posted to
 * `/payments/commerce/payments/cards/` below its own base URL, checked by our backend's
 * tokenizer, answered in the shape of our schema of the service (every success is validated by
 * `call()`), its refusals and declines in Kibo's error shape, never with the card in them.
 */
import { expect } from '@open-wc/testing';
import type { KiboErrorBody } from '../../mocks/kibo/errors.js';
import { TEST_CARDS } from '../support/fixtures.js';
import { KIBO_PAYMENT_SERVICE_URL, useKiboMock } from '../support/kibo-mock.js';

const PATH = '/payments/commerce/payments/cards/';

interface PublicCard {
  id: string;
  numberPart: string;
  isSuccessful: boolean;
}

const card = (cardNumber: string, cvv = '737', cardType = 'VISA') => ({
  cardNumber,
  cardType,
  cvv,
  cardholderName: 'Ada Lovelace',
  persistCard: true,
});

describe('Kibo-shaped mock: the payment service', () => {
  const kibo = useKiboMock();

  it('tokenizes a Visa: our backend’s token as the id, the number masked but its last four digits', async () => {
    const { body } = await kibo.call<PublicCard>('createPublicCard', PATH, { body: card(TEST_CARDS.visa) });
    expect(body.isSuccessful).to.equal(true);
    expect(body.id).to.match(/^tok_\w+$/);
    expect(body.numberPart).to.equal('************1111');
    const [record] = kibo.backend.requestsFor('createPublicCard');
    expect(record!.url).to.equal(`${KIBO_PAYMENT_SERVICE_URL}${PATH}`);
  });

  it('takes Mastercard and American Express by Kibo’s card types', async () => {
    await kibo.call('createPublicCard', PATH, { body: card(TEST_CARDS.mastercard, '123', 'MC') });
    await kibo.call('createPublicCard', PATH, { body: card(TEST_CARDS.amex, '1234', 'AMEX') });
  });

  it('refuses an invalid number and a short security code at the body’s fields, without the card', async () => {
    const { status, body } = await kibo.call<KiboErrorBody>('createPublicCard', PATH, {
      body: card(TEST_CARDS.invalid),
      expectError: true,
    });
    expect([status, body.errorCode]).to.deep.equal([400, 'VALIDATION_CONFLICT']);
    expect(body.items.flatMap((i) => i.additionalErrorData.map((d) => d.value))).to.deep.equal(['cardNumber']);
    const short = await kibo.call<KiboErrorBody>('createPublicCard', PATH, {
      body: card(TEST_CARDS.visa, '73'),
      expectError: true,
    });
    expect(short.body.items.flatMap((i) => i.additionalErrorData.map((d) => d.value))).to.deep.equal(['cvv']);
    const text = JSON.stringify([body, short.body]);
    expect(text).to.not.include(TEST_CARDS.invalid);
    expect(text).to.not.include(TEST_CARDS.visa);
  });

  it('refuses a card type that does not match the number, or is not Kibo’s', async () => {
    for (const cardType of ['MC', 'MASTERCARD']) {
      const { status, body } = await kibo.call<KiboErrorBody>('createPublicCard', PATH, {
        body: card(TEST_CARDS.visa, '737', cardType),
        expectError: true,
      });
      expect(status).to.equal(400);
      expect(body.items.flatMap((i) => i.additionalErrorData.map((d) => d.value))).to.deep.equal(['cardType']);
    }
  });

  for (const [name, number, code] of [
    ['declined', TEST_CARDS.declined, 'card-declined'],
    ['insufficient-funds', TEST_CARDS.insufficientFunds, 'insufficient-funds'],
  ] as const) {
    it(`declines the ${name} test card: 402 with its decline code`, async () => {
      const { status, body } = await kibo.call<KiboErrorBody>('createPublicCard', PATH, {
        body: card(number),
        expectError: true,
      });
      expect([status, body.errorCode]).to.deep.equal([402, 'PAYMENT_DECLINED']);
      expect(body.additionalErrorData).to.deep.equal([{ name: 'DeclineCode', value: code }]);
      expect(JSON.stringify(body)).to.not.include(number);
    });
  }

  it('needs the site, and takes the scenario’s faults under createPublicCard', async () => {
    const { status } = await kibo.call('createPublicCard', PATH, {
      body: card(TEST_CARDS.visa),
      site: null,
      expectError: true,
    });
    expect(status).to.equal(400);
    kibo.scenario.failNext('createPublicCard', 503);
    const failed = await kibo.call('createPublicCard', PATH, { body: card(TEST_CARDS.visa), expectError: true });
    expect(failed.status).to.equal(503);
  });
});

import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { PaymentsChangeEvent } from '../../../src/events/payments-change.js';
import { expectSaidOnce } from '../../support/live.js';
import { useMockBackend } from '../../support/mock.js';
import { BALANCE_CODES, SITES } from '../../support/fixtures.js';
import { $, $$, deepActiveElement, getButton, liveText, text } from '../../support/dom.js';
import {
  chooseType,
  control,
  errorAt,
  fill,
  hasField,
  openForm,
  paymentRows,
  renderPanel,
  save,
  usd,
} from '../../support/harness/payment-panel.js';
import { record, check, untilPayments } from './payment-panel-support.js';

describe('<payment-panel>', () => {
  const mock = useMockBackend();

  describe('other tenders', () => {
    it('takes a check with its number', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      await chooseType(el, 'Check');
      expect(hasField(el, 'Card number')).to.equal(false);
      await save(el);
      expect(errorAt(el, 'Check number')).to.equal('This field is required.');
      fill(el, 'Check number', '1024');
      fill(el, 'Amount', '30');
      const changed = oneEvent<PaymentsChangeEvent>(el, 'payments-change');
      await save(el);
      const event = await changed;
      expect(event.payments[0]).to.deep.include({
        typeId: 'check',
        kind: 'check',
        reference: '1024',
        amount: usd(3000),
      });
      await el.updateComplete;
      expect(paymentRows(el)).to.deep.equal(['Check 1024 $30.00']);
    });

    it('takes a purchase order with its terms and the optional fields the adapter declares', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      await chooseType(el, 'Purchase Order');
      const terms = control<HTMLSelectElement>(el, 'Payment terms');
      expect([...terms.options].map((o) => o.text)).to.deep.equal(['Choose terms', 'Net 30', 'Net 60']);
      expect(hasField(el, 'Buyer (optional)')).to.equal(true);
      await save(el);
      expect(errorAt(el, 'PO number')).to.equal('This field is required.');
      expect(errorAt(el, 'Payment terms')).to.equal('This field is required.');
      expect(errorAt(el, 'Buyer (optional)')).to.equal('');
      await expect(el).to.be.accessible();
      fill(el, 'PO number', 'PO-77');
      terms.value = 'net-60';
      fill(el, 'Buyer (optional)', 'Ops');
      await save(el);
      await untilPayments(el, 1);
      expect(el.payments[0]).to.deep.include({
        kind: 'purchase-order',
        reference: 'PO-77',
        termsId: 'net-60',
        fields: { buyer: 'Ops' },
      });
      expect(paymentRows(el)).to.deep.equal(['Purchase Order PO-77 $100.00']);
    });

    it('refuses a purchase order without a required field the adapter declares, and carries it once filled', async () => {
      // Wholesale purchase orders need a "Cost center"; "Buyer" stays optional.
      const el = await renderPanel({ adapter: mock.adapter, site: SITES.wholesale });
      const events = record(el);
      await openForm(el);
      await chooseType(el, 'Purchase Order');
      expect(hasField(el, 'Cost center')).to.equal(true);
      expect(hasField(el, 'Buyer (optional)')).to.equal(true);
      fill(el, 'PO number', 'PO-88');
      control<HTMLSelectElement>(el, 'Payment terms').value = 'net-30';
      await save(el);
      expect(errorAt(el, 'Cost center')).to.equal('This field is required.');
      expect(control(el, 'Cost center').getAttribute('aria-invalid')).to.equal('true');
      expect(deepActiveElement()).to.equal(control(el, 'Cost center'));
      for (const label of ['PO number', 'Payment terms', 'Buyer (optional)'])
        expect(errorAt(el, label), label).to.equal('');
      expect(events).to.have.length(0);
      expect(el.payments).to.deep.equal([]);
      await expect(el).to.be.accessible();

      fill(el, 'Cost center', 'CC-4410');
      const changed = oneEvent<PaymentsChangeEvent>(el, 'payments-change');
      await save(el);
      expect((await changed).payments[0]).to.deep.include({
        typeId: 'purchase-order',
        kind: 'purchase-order',
        reference: 'PO-88',
        termsId: 'net-30',
        fields: { costCenter: 'CC-4410' },
      });
      await el.updateComplete;
      expect(paymentRows(el)).to.deep.equal(['Purchase Order PO-88 $100.00']);
    });

    for (const [type, entry] of [
      ['Store Credit', BALANCE_CODES.storeCreditAda],
      ['Gift Card', BALANCE_CODES.giftCard25],
    ] as const) {
      describe(type, () => {
        it('looks the balance up before it can be applied, and caps the amount at it', async () => {
          const el = await renderPanel({ adapter: mock.adapter, total: 10000 });
          await openForm(el);
          await chooseType(el, type);
          fill(el, 'Code', entry.code.toLowerCase());
          await save(el);
          expect(errorAt(el, 'Code')).to.equal('Check the balance of this code first.');
          expect(mock.backend.requestsFor('checkBalance')).to.have.length(0);

          // Said once, at the field, by a live region that was there before it.
          const regions = $$(el, '[role="status"]');
          getButton(el, 'Check Balance').click();
          await waitUntil(() => $(el, '[part="hint"]'), 'no balance shown', { timeout: 5000 });
          const available = `$${(entry.amount / 100).toFixed(2)}`;
          expect(text($(el, '[part="hint"]'))).to.equal(`Available balance: ${available}`);
          expect(regions).to.include(expectSaidOnce(`Available balance: ${available}`));
          expect(liveText(el)).to.equal('');
          expect(control(el, 'Amount').value).to.equal((entry.amount / 100).toFixed(2));
          await expect(el).to.be.accessible();

          fill(el, 'Amount', '99');
          await save(el);
          expect(errorAt(el, 'Amount')).to.equal(`Enter at most ${available}.`);
          expect(el.payments).to.have.length(0);

          fill(el, 'Amount', (entry.amount / 100).toFixed(2));
          await save(el);
          await untilPayments(el, 1);
          expect(el.payments[0]).to.deep.include({
            kind: entry.typeId,
            reference: entry.code.toLowerCase(),
            amount: usd(entry.amount),
          });
        });
      });
    }

    it('takes less than the balance when less is due', async () => {
      const el = await renderPanel({ adapter: mock.adapter, total: 1000 });
      await openForm(el);
      await chooseType(el, 'Gift Card');
      fill(el, 'Code', BALANCE_CODES.giftCard100.code);
      getButton(el, 'Check Balance').click();
      await waitUntil(() => $(el, '[part="hint"]'), 'no balance shown', { timeout: 5000 });
      expect(control(el, 'Amount').value).to.equal('10.00');
    });

    it('says when a code has no balance left', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      await chooseType(el, 'Store Credit');
      fill(el, 'Code', BALANCE_CODES.storeCreditEmpty.code);
      getButton(el, 'Check Balance').click();
      await waitUntil(() => errorAt(el, 'Code'), 'no error', { timeout: 5000 });
      expect(errorAt(el, 'Code')).to.equal('This code has no balance left.');
    });

    it('says when a code is unknown', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      await chooseType(el, 'Gift Card');
      getButton(el, 'Check Balance').click();
      await el.updateComplete;
      expect(errorAt(el, 'Code')).to.equal('This field is required.');
      fill(el, 'Code', 'GC-NOPE');
      const regions = $$(el, '[role="status"]');
      getButton(el, 'Check Balance').click();
      await waitUntil(() => /has this code/.test(errorAt(el, 'Code')), 'no error', { timeout: 5000 });
      const unknown = 'The balance could not be checked. No gift card has this code. Check the code with the shopper.';
      expect(errorAt(el, 'Code')).to.equal(unknown);
      // Said once, at the field, by a live region that was there before it.
      expect(regions).to.include(expectSaidOnce(unknown));
      expect(liveText(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('forgets the balance when the code changes', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      await chooseType(el, 'Gift Card');
      fill(el, 'Code', BALANCE_CODES.giftCard25.code);
      getButton(el, 'Check Balance').click();
      await waitUntil(() => $(el, '[part="hint"]'), 'no balance shown', { timeout: 5000 });
      fill(el, 'Code', BALANCE_CODES.giftCard100.code);
      await el.updateComplete;
      expect($(el, '[part="hint"]')).to.equal(null);
      await save(el);
      expect(errorAt(el, 'Code')).to.equal('Check the balance of this code first.');
    });
  });

  it('uses the payment types’ labels, e.g. "Cheque" on the Canada site', async () => {
    const cheque = { ...check(1000, '77'), amount: { amount: 1000, currency: 'CAD' } };
    const el = await renderPanel({ adapter: mock.adapter, site: SITES.ca, payments: [cheque] });
    await waitUntil(() => paymentRows(el)[0]?.startsWith('Cheque'), 'no Cheque label', { timeout: 5000 });
    expect(paymentRows(el)).to.deep.equal(['Cheque 77 CA$10.00']);
  });

  describe('the word for a check (issue 9, item 15)', () => {
    for (const { site, word } of [
      { site: SITES.ca, word: 'Cheque' },
      { site: SITES.us, word: 'Check' },
    ]) {
      it(`says "${word} number" and "${word} 889" on ${site.name}`, async () => {
        const el = await renderPanel({ adapter: mock.adapter, site });
        await openForm(el);
        await chooseType(el, word);
        expect(hasField(el, `${word} number`), `no "${word} number" field`).to.equal(true);
        expect(hasField(el, word === 'Cheque' ? 'Check number' : 'Cheque number')).to.equal(false);
        await expect(el).to.be.accessible();
        fill(el, `${word} number`, '889');
        fill(el, 'Amount', '30');
        await save(el);
        await untilPayments(el, 1);
        expect(paymentRows(el)[0]).to.match(new RegExp(`^${word} 889 `));
        expect(liveText(el)).to.equal(`${word} 889 added.`);
        expect(text($(el, '[part="remove-button"]'))).to.equal(`Remove ${word} 889`);
      });
    }
  });
});

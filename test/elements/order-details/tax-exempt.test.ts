/**
 * Tax exempt in `<order-details-dialog>` (issue 16): "Tax exempt" after the existing controls;
 * ticked, a required "Exemption certificate number" (its limit shown and enforced); the number
 * re-prices the order with no tax and the totals say "Tax exempt" with the certificate; "Save"
 * carries it in the draft; unticking takes it out; without a number "Save" is refused at the field.
 */
import { expect } from '@open-wc/testing';
import { setTaxExemption } from '../../../src/model/draft.js';
import { TEXT_LIMITS } from '../../../src/model/limits.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { $, $$, button, control, errorOf, text } from '../../support/dom.js';
import { buildDraft } from '../../support/fixtures.js';
import { totals } from '../../support/harness/order-details-dialog.js';
import { until } from '../../support/wait.js';
import { settled, usd, useDialogSuite } from './order-details-dialog-support.js';

describe('<order-details-dialog> tax exempt', () => {
  const { mock, open, recordSaves } = useDialogSuite();

  const box = (el: OrderDetailsDialog) => control(el, 'Tax exempt')!;
  const certificate = (el: OrderDetailsDialog) => control(el, 'Exemption certificate number');

  async function tick(el: OrderDetailsDialog, checked: boolean): Promise<void> {
    box(el).checked = checked;
    box(el).dispatchEvent(new Event('change'));
    await el.updateComplete;
  }

  async function type(el: OrderDetailsDialog, value: string): Promise<void> {
    certificate(el)!.value = value;
    certificate(el)!.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }

  it('comes after the existing controls; ticked, it asks for the certificate number, required and limited', async () => {
    const { el } = await open(buildDraft(mock.backend, { shippingMethodId: 'ground' }));
    await settled(el);
    const shipping = $<HTMLInputElement>(el, '#shipping-reason')!;
    expect(shipping.compareDocumentPosition(box(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(box(el).checked).to.equal(false);
    expect(certificate(el)).to.equal(null);
    await expect(el).to.be.accessible();

    await tick(el, true);
    const field = certificate(el)!;
    expect(field.required).to.equal(true);
    expect(field.maxLength).to.equal(TEXT_LIMITS.taxCertificate);
    expect(errorOf(field)).to.contain('Up to 50 characters');
    // Ticked without a number: not exempt yet.
    expect(el.draft.taxExemption ?? null).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('refuses "Save" without the certificate number, saying so at the field', async () => {
    const { el } = await open(buildDraft(mock.backend, { shippingMethodId: 'ground' }));
    const saves = recordSaves(el);
    await settled(el);
    await tick(el, true);
    button(el, 'Save')!.click();
    await until(() => $(el, '[part="problems"]'), 'no problems listed');
    expect($$(el, '[part="problems"] li').map(text)).to.include('Enter the exemption certificate number.');
    const field = certificate(el)!;
    expect(errorOf(field)).to.contain('Enter the exemption certificate number.');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    await until(() => el.shadowRoot!.activeElement === field, 'the certificate number was not focused');
    expect(el.open).to.equal(true);
    expect(saves).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('re-prices the order with no tax once the number is typed, shows it in the totals, and saves it', async () => {
    const draft = buildDraft(mock.backend, { shippingMethodId: 'ground' });
    const taxedTotal = mock.backend.priceOrder('us', draft);
    expect(taxedTotal.tax.amount).to.be.greaterThan(0);
    const { el } = await open(draft);
    const saves = recordSaves(el);
    await settled(el);
    await tick(el, true);
    await type(el, '  EX-4471 ');
    expect(el.draft.taxExemption).to.deep.equal({ certificateNumber: 'EX-4471' });
    const shown = await settled(el);
    expect(shown['Tax']).to.equal('$0.00');
    expect(shown['Tax exempt']).to.equal('Certificate EX-4471');
    expect(shown['Total']).to.equal(usd({ amount: taxedTotal.total.amount - taxedTotal.tax.amount, currency: 'USD' }));
    expect(mock.backend.requestsFor('priceOrder').length).to.be.greaterThan(1);
    await expect(el).to.be.accessible();

    button(el, 'Save')!.click();
    await until(() => saves.length === 1, 'not saved');
    expect(saves[0]!.draft.taxExemption).to.deep.equal({ certificateNumber: 'EX-4471' });
  });

  it('opens ticked on an exempt draft; unticking taxes the order again and takes the row out', async () => {
    const draft = setTaxExemption(buildDraft(mock.backend, { shippingMethodId: 'ground' }), {
      certificateNumber: 'EX-4471',
    });
    const { el } = await open(draft);
    const saves = recordSaves(el);
    let shown = await settled(el);
    expect(box(el).checked).to.equal(true);
    expect(certificate(el)!.value).to.equal('EX-4471');
    expect(shown['Tax exempt']).to.equal('Certificate EX-4471');
    await tick(el, false);
    expect(certificate(el)).to.equal(null);
    expect('taxExemption' in el.draft).to.equal(false);
    shown = await settled(el);
    expect(shown['Tax']).not.to.equal('$0.00');
    expect(totals(el)).not.to.have.property('Tax exempt');
    await expect(el).to.be.accessible();
    button(el, 'Save')!.click();
    await until(() => saves.length === 1, 'not saved');
    expect(saves[0]!.draft.taxExemption ?? null).to.equal(null);
  });
});

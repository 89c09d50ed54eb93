/**
 * Price overrides within limits for the order and shipping adjustments of `<order-details-dialog>`
 * (issue 16): above `max-adjustment-percent` the adjustment waits for an "Approver code" and the
 * host's answer to `override-approval` (kind 'order' or 'shipping'); approved, it is applied;
 * refused or unanswered, it is not; an order adjustment of more than the merchandise is refused at
 * its field; the code is never kept.
 */
import { expect } from '@open-wc/testing';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import type { OverrideApprovalEvent } from '../../../src/events/override-approval.js';
import { $, $$, button, control, text } from '../../support/dom.js';
import { buildDraft, LOCATIONS, pickupAt } from '../../support/fixtures.js';
import { record, until } from '../../support/wait.js';
import { settled, useDialogSuite } from './order-details-dialog-support.js';

describe('<order-details-dialog> order and shipping adjustments within limits', () => {
  const { mock, open, recordSaves } = useDialogSuite();

  /** The dialog on Ada's Canvas Tote Bag ($24.99) shipped by Ground ($7.95), with a 10% limit. */
  async function limited(): Promise<OrderDetailsDialog> {
    const { el } = await open(buildDraft(mock.backend, { shippingMethodId: 'ground' }));
    el.maxAdjustmentPercent = 10;
    await settled(el);
    return el;
  }

  const fieldset = (el: OrderDetailsDialog, key: string) =>
    $<HTMLInputElement>(el, `#${key}-amount`)!.closest('fieldset')!;
  const error = (el: OrderDetailsDialog, key: string) => text(fieldset(el, key).querySelector('p.error'));
  const approver = (el: OrderDetailsDialog, key: string) => control(fieldset(el, key), 'Approver code');

  async function adjust(el: OrderDetailsDialog, key: 'order' | 'shipping', amount: string, reason = 'Goodwill') {
    $<HTMLInputElement>(el, `#${key}-reason`)!.value = reason;
    const input = $<HTMLInputElement>(el, `#${key}-amount`)!;
    input.value = amount;
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }

  async function approve(el: OrderDetailsDialog, key: string, code: string) {
    approver(el, key)!.value = code;
    button(fieldset(el, key), 'Apply')!.click();
    await el.updateComplete;
  }

  it('applies an order adjustment within the limit without asking', async () => {
    const el = await limited();
    const asked = record<OverrideApprovalEvent>(el, 'override-approval');
    await adjust(el, 'order', '2.00');
    expect(el.draft.orderAdjustment).to.deep.include({ kind: 'amount', amount: { amount: 200, currency: 'USD' } });
    expect(approver(el, 'order')).to.equal(null);
    expect(asked).to.have.length(0);
  });

  it('asks for the approver code above the limit, then fires override-approval with its detail; approved, applies it', async () => {
    const el = await limited();
    const asked = record<OverrideApprovalEvent>(el, 'override-approval');
    el.addEventListener('override-approval', (event) => event.respondWith(event.approverCode === 'S3CRET-77'));
    await adjust(el, 'order', '5.00');
    expect(el.draft.orderAdjustment).to.equal(null);
    const code = approver(el, 'order')!;
    expect(code.type).to.equal('password');
    expect(code.required).to.equal(true);
    expect(text(fieldset(el, 'order').querySelector('[role="status"]'))).to.equal(
      "Above the 10% an agent may give: an approver's code is needed.",
    );
    await expect(el).to.be.accessible();
    // "Apply" without a code: asked for.
    await approve(el, 'order', '');
    expect(error(el, 'order')).to.equal("Enter the approver's code.");
    expect(asked).to.have.length(0);

    await approve(el, 'order', 'S3CRET-77');
    await until(() => el.draft.orderAdjustment, 'the approved adjustment was not applied');
    expect(asked).to.have.length(1);
    expect(asked[0]).to.deep.include({
      kind: 'order',
      lineId: null,
      lineName: null,
      amount: { amount: 500, currency: 'USD' },
      percent: 20.01,
      maxPercent: 10,
      approverCode: 'S3CRET-77',
    });
    expect(asked[0]!.cancelable && asked[0]!.bubbles && asked[0]!.composed).to.equal(true);
    expect(el.draft.orderAdjustment).to.deep.include({ amount: { amount: 500, currency: 'USD' }, reason: 'Goodwill' });
    await el.updateComplete;
    expect(approver(el, 'order')).to.equal(null);
    expect(JSON.stringify(el.draft)).not.to.contain('S3CRET');
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('fires kind "shipping" with the share of the shipping cost; a refusal keeps it out, with the reason', async () => {
    const el = await limited();
    const asked = record<OverrideApprovalEvent>(el, 'override-approval');
    el.addEventListener('override-approval', (event) => {
      event.reason = 'That code is not a manager’s.';
      event.preventDefault();
    });
    await adjust(el, 'shipping', '4.00', 'Late');
    await approve(el, 'shipping', 'WRONG');
    await until(() => error(el, 'shipping'), 'no refusal');
    expect(asked[0]).to.deep.include({
      kind: 'shipping',
      amount: { amount: 400, currency: 'USD' },
      percent: 50.31,
      maxPercent: 10,
    });
    expect(error(el, 'shipping')).to.equal('That code is not a manager’s.');
    expect(el.draft.shippingAdjustment).to.equal(null);
    expect(approver(el, 'shipping')!.value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('refuses an adjustment nobody answers, and "Save" lists it instead of saving', async () => {
    const el = await limited();
    const saves = recordSaves(el);
    await adjust(el, 'order', '10', 'Big');
    await approve(el, 'order', 'ANY');
    await until(() => error(el, 'order'), 'no refusal');
    expect(error(el, 'order')).to.equal('An approver must approve this adjustment.');
    expect(el.draft.orderAdjustment).to.equal(null);
    button(el, 'Save')!.click();
    await until(() => $(el, '[part="problems"]'), 'no problems listed');
    expect($$(el, '[part="problems"] li').map(text)).to.include('An approver must approve this adjustment.');
    expect(saves).to.have.length(0);
    expect(el.open).to.equal(true);
  });

  it('refuses a percentage above the limit until approved, and a percent within it applies', async () => {
    const el = await limited();
    const kind = $<HTMLSelectElement>(el, '#order-kind')!;
    kind.value = 'percent';
    await adjust(el, 'order', '25');
    expect(el.draft.orderAdjustment).to.equal(null);
    expect(approver(el, 'order')).to.not.equal(null);
    await adjust(el, 'order', '5');
    expect(el.draft.orderAdjustment).to.deep.include({ kind: 'percent', basisPoints: 500 });
    expect(approver(el, 'order')).to.equal(null);
  });

  it('refuses at the field an order adjustment of more than the merchandise: never below zero silently', async () => {
    const { el } = await open(buildDraft(mock.backend, { shippingMethodId: 'ground' }));
    await settled(el);
    await adjust(el, 'order', '30.00');
    expect(error(el, 'order')).to.equal('Enter an amount off no larger than the merchandise ($24.99).');
    expect(el.draft.orderAdjustment).to.equal(null);
    await expect(el).to.be.accessible();
    await adjust(el, 'order', '24.99');
    expect(error(el, 'order')).to.equal('');
    expect(el.draft.orderAdjustment).to.deep.include({ amount: { amount: 2499, currency: 'USD' } });
  });

  it('counts a shipping adjustment as all of the shipping while there is no shipping charge', async () => {
    const { el } = await open(
      buildDraft(mock.backend, { lines: [{ productId: 'canvas-tote', fulfillment: pickupAt(LOCATIONS.downtown) }] }),
    );
    el.maxAdjustmentPercent = 10;
    await settled(el);
    await adjust(el, 'shipping', '1.00', 'Courtesy');
    expect(el.draft.shippingAdjustment).to.equal(null);
    expect(approver(el, 'shipping')).to.not.equal(null);
  });

  it('without a limit, applies any adjustment within the merchandise without asking', async () => {
    const { el } = await open(buildDraft(mock.backend, { shippingMethodId: 'ground' }));
    await settled(el);
    const asked = record<OverrideApprovalEvent>(el, 'override-approval');
    await adjust(el, 'order', '20.00');
    await adjust(el, 'shipping', '7.95');
    expect(el.draft.orderAdjustment).to.deep.include({ amount: { amount: 2000, currency: 'USD' } });
    expect(el.draft.shippingAdjustment).to.deep.include({ amount: { amount: 795, currency: 'USD' } });
    expect(asked).to.have.length(0);
  });
});

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createRestAdapter } from '../src/adapter/rest-adapter.js';
import type { OrderDetailsDialog } from '../src/elements/order-details/order-details-dialog.js';
import {
  addCoupon,
  setCustomerNotes,
  setGiftMessage,
  setCustomer,
  setLineGift,
  setOrderAdjustment,
  setPriceList,
  setShippingAdjustment,
  setShippingMethod,
  setTaxExemption,
  setShipTo,
} from '../src/model/draft.js';
import type { OverrideApprovalEvent } from '../src/events/override-approval.js';
import type { OrderDraft } from '../src/model/types.js';
import '../src/define.js';
import { say } from './story-locale.js';
import {
  catalog,
  DELIVERY_UPTOWN,
  draftWith,
  mockApi,
  PICKUP_DOWNTOWN,
  SHIP,
  until,
  US,
} from './order-stories-support.js';

/** Two shoes shipped, a tote picked up downtown and a bottle delivered from Uptown, by Ground. */
function baseDraft(): OrderDraft {
  const draft = draftWith([
    { productId: 'trail-runner', variantId: 'trail-runner-10-black', quantity: 2, fulfillment: SHIP },
    { productId: 'canvas-tote', fulfillment: PICKUP_DOWNTOWN },
    { productId: 'water-bottle', fulfillment: DELIVERY_UPTOWN },
  ]);
  return setShippingMethod(draft, 'ground');
}

function everySection(): OrderDraft {
  let draft = addCoupon(baseDraft(), 'SAVE10');
  draft = setCustomerNotes(draft, 'Please call on arrival.');
  draft = setGiftMessage(draft, 'Happy trails!');
  draft = setLineGift(draft, draft.lines[1]!.id, true, 'For your market days. Love, Sam');
  draft = setPriceList(draft, 'vip');
  draft = setOrderAdjustment(draft, { kind: 'percent', basisPoints: 500, reason: 'Loyal customer' });
  return setShippingAdjustment(draft, {
    kind: 'amount',
    amount: { amount: 200, currency: 'USD' },
    reason: 'Late delivery last time',
  });
}

/**
 * The stories' approver: code "1234" is approved after a short wait (as a server would), any other
 * is refused with the reason. A real host checks the code on its server and never logs it.
 */
function demoApprover(event: OverrideApprovalEvent): void {
  const approved = event.approverCode === '1234';
  event.respondWith(
    new Promise((resolve) =>
      setTimeout(() => resolve(approved || { approved: false, reason: 'That approver code was not accepted.' }), 800),
    ),
  );
}

const meta = {
  title: 'Elements/order-details-dialog',
  component: 'order-details-dialog',
  tags: ['autodocs'],
  parameters: { layout: 'padded', docs: { story: { inline: false, iframeHeight: 900 } } },
  render: (_args, { parameters }) => {
    const draft = (parameters['draft'] as () => OrderDraft)();
    const open = (e: Event) =>
      void ((e.currentTarget as HTMLElement).nextElementSibling as OrderDetailsDialog).show(draft);
    return html`<button class="story-open" type="button" @click=${open}
        >${say('Edit Details', 'Modifier les détails')}</button
      >
      <order-details-dialog
        .adapter=${createRestAdapter({ baseUrl: parameters['apiBaseUrl'] as string })}
        .site=${US}
        .maxAdjustmentPercent=${(parameters['maxAdjustmentPercent'] as number | undefined) ?? null}
        @override-approval=${demoApprover}
      ></order-details-dialog>`;
  },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLButtonElement>('.story-open')!.click();
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * Every section filled: lines of each fulfillment, a gift message on the tote, Shipping Method, an
 * accepted coupon, customer notes, an order gift message, the VIP price list (lines re-priced), order and shipping
 * adjustments, and the totals with their breakdowns.
 */
export const EverySection: Story = {
  parameters: { ...mockApi('details-every-section'), draft: everySection },
};

/** EXPIRED has expired, BIGSPENDER needs a 200.00 subtotal, and NOPE is not a code: each shows the reason. */
export const CouponRejected: Story = {
  parameters: {
    ...mockApi('details-coupon-rejected'),
    draft: () => ['EXPIRED', 'BIGSPENDER', 'NOPE'].reduce((d, code) => addCoupon(d, code), baseDraft()),
  },
};

/** The pricing answer is still on its way: the totals say "Recalculating…". */
export const Recalculating: Story = {
  parameters: {
    ...mockApi('details-recalculating', {}, (scenario) => void scenario.holdNext('priceOrder')),
    draft: baseDraft,
  },
};

/** The backend cannot price the order: the totals show its message and "Retry". */
export const PricingError: Story = {
  parameters: {
    ...mockApi('details-pricing-error', {}, (scenario) => scenario.failNext('priceOrder', 422, 1_000)),
    draft: baseDraft,
  },
};

/**
 * Saving without a shipping method while an item ships: the problem is listed and focused. (The
 * site's default, Ground, is preselected; the agent took it off before saving.)
 */
export const ShippingMethodRequired: Story = {
  parameters: { ...mockApi('details-required'), draft: () => setShippingMethod(baseDraft(), null) },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLButtonElement>('.story-open')!.click();
    const root = canvasElement.querySelector('order-details-dialog')!.shadowRoot!;
    const select = await until(() => root.querySelector<HTMLSelectElement>('#shipping-method'));
    await until(() => select.value === 'ground');
    // As an agent reads the dialog in the page's language before saving (the French catalogue loads on demand).
    const save = root.querySelector<HTMLButtonElement>('[part="save-button"]')!;
    await until(() => !/^fr/.test(document.documentElement.lang) || save.textContent!.trim() !== 'Save');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    root.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
  },
};

/** A tax-exempt order: "Tax exempt" ticked with its certificate number; the totals charge no tax and say so. */
export const TaxExempt: Story = {
  parameters: {
    ...mockApi('details-tax-exempt'),
    draft: () => setTaxExemption(baseDraft(), { certificateNumber: 'EX-4471' }),
  },
};

/** "Tax exempt" ticked and saved without the certificate number: refused at the field. */
export const TaxExemptNeedsCertificate: Story = {
  parameters: { ...mockApi('details-tax-exempt-required'), draft: baseDraft },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLButtonElement>('.story-open')!.click();
    const root = canvasElement.querySelector('order-details-dialog')!.shadowRoot!;
    const box = await until(() => root.querySelector<HTMLInputElement>('#tax-exempt'));
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    root.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
  },
};

/**
 * `max-adjustment-percent` 10: a 25% order adjustment waits for an "Approver code" (1234 is approved,
 * any other refused) and `override-approval` with kind "order"; shipping adjustments likewise ("shipping").
 */
export const OrderAdjustmentAboveLimit: Story = {
  parameters: { ...mockApi('details-override'), draft: baseDraft, maxAdjustmentPercent: 10 },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLButtonElement>('.story-open')!.click();
    const root = canvasElement.querySelector('order-details-dialog')!.shadowRoot!;
    const kind = await until(() => root.querySelector<HTMLSelectElement>('#order-kind'));
    kind.value = 'percent';
    root.querySelector<HTMLInputElement>('#order-reason')!.value = 'Loyal customer';
    const amount = root.querySelector<HTMLInputElement>('#order-amount')!;
    amount.value = '25';
    amount.dispatchEvent(new Event('change'));
  },
};

/**
 * Ship to another address: Katherine Johnson's two saved addresses and "Another address", chosen,
 * with a one-time address in Toronto (taxed at Canada's rate, with duty on the shoes) and "Save to
 * customer" to add it to her addresses at Save.
 */
export const ShipToAnotherAddress: Story = {
  parameters: {
    ...mockApi('details-ship-to'),
    draft: () =>
      setShipTo(setCustomer(baseDraft(), catalog.findCustomer('katherine') ?? null), {
        name: 'Katherine Johnson',
        line1: '1 Front St W',
        city: 'Toronto',
        region: 'ON',
        postalCode: 'M5J 1E6',
        country: 'CA',
        isDefaultBilling: false,
        isDefaultShipping: false,
      }),
  },
};

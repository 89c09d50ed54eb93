import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createRestAdapter } from '../src/adapter/rest-adapter.js';
import type { OverrideApprovalEvent } from '../src/events/override-approval.js';
import type { DraftLine } from '../src/model/types.js';
import '../src/define.js';
import {
  configure,
  DELIVERY_UPTOWN,
  draftWith,
  mockApi,
  PICKUP_DOWNTOWN,
  pickProduct,
  SHIP,
  until,
  US,
} from './order-stories-support.js';

interface EditorArgs {
  priceListId: string;
  /** `max-adjustment-percent`: 0 in the controls means unset. */
  maxAdjustmentPercent: number;
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
  title: 'Elements/line-item-editor',
  component: 'line-item-editor',
  tags: ['autodocs'],
  args: { priceListId: '', maxAdjustmentPercent: 0 },
  argTypes: {
    priceListId: {
      control: 'select',
      options: ['', 'vip', 'employee'],
      description: 'The order’s price list (`price-list-id`).',
    },
    maxAdjustmentPercent: {
      control: 'number',
      description: 'The largest line adjustment an agent may give, in percent (`max-adjustment-percent`); 0: unset.',
    },
  },
  parameters: { layout: 'padded', docs: { story: { inline: false, iframeHeight: 560 } } },
  render: (args, { parameters }) =>
    html`<line-item-editor
      .adapter=${createRestAdapter({ baseUrl: parameters['apiBaseUrl'] as string })}
      .site=${US}
      .lines=${(parameters['lines'] as DraftLine[] | undefined) ?? []}
      .priceListId=${args.priceListId || null}
      .maxAdjustmentPercent=${args.maxAdjustmentPercent || null}
      @override-approval=${demoApprover}
    ></line-item-editor>`,
} satisfies Meta<EditorArgs>;

export default meta;
type Story = StoryObj<EditorArgs>;

const editorIn = (canvas: HTMLElement) => canvas.querySelector('line-item-editor')!;

/** No items yet: search a product by name ("Trail Runner", "Canvas", "Bottle"). */
export const Empty: Story = {
  parameters: mockApi('editor-empty'),
};

/** A line of each fulfillment kind: Direct Ship, pickup at a store, and delivery from a store. */
export const LinesOfEachFulfillment: Story = {
  parameters: {
    ...mockApi('editor-lines'),
    lines: draftWith([
      { productId: 'trail-runner', variantId: 'trail-runner-10-black', fulfillment: SHIP },
      { productId: 'canvas-tote', quantity: 2, fulfillment: PICKUP_DOWNTOWN },
      { productId: 'water-bottle', fulfillment: DELIVERY_UPTOWN },
    ]).lines,
  },
};

/** A configurable product opens "Configure Product": Size and Color, resolved to a variant with its code and price. */
export const ConfigureDialog: Story = {
  parameters: mockApi('editor-configure'),
  play: async ({ canvasElement }) => {
    const editor = editorIn(canvasElement);
    await pickProduct(editor, 'Trail Runner Shoe');
    await configure(editor, { Size: '9', Color: 'Blue' });
  },
};

/**
 * Size 9 Blue: none at the warehouse now but 7 expected, so Direct Ship shows "0 available + 7
 * expected", underlined; hover or focus it for the dates. Pickup downtown has 3.
 */
export const FutureInventory: Story = {
  parameters: mockApi('editor-future'),
  play: async ({ canvasElement }) => {
    const editor = editorIn(canvasElement);
    await pickProduct(editor, 'Trail Runner Shoe');
    await configure(editor, { Size: '9', Color: 'Blue' });
    const root = editor.shadowRoot!;
    (await until(() => root.querySelector<HTMLButtonElement>('dialog .button--primary:not([disabled])'))).click();
    (await until(() => root.querySelector<HTMLElement>('.future'))).focus();
  },
};

/** Size 12 Red is out of stock everywhere, with nothing expected: marked in the options and not addable. */
export const OutOfStock: Story = {
  parameters: mockApi('editor-out-of-stock'),
  play: async ({ canvasElement }) => {
    const editor = editorIn(canvasElement);
    await pickProduct(editor, 'Trail Runner Shoe');
    await configure(editor, { Color: 'Red', Size: '12' });
  },
};

/** The Insulated Water Bottle is not stocked at the warehouse: Direct Ship is disabled with the reason. */
export const UnavailableFulfillment: Story = {
  parameters: mockApi('editor-unavailable'),
  play: async ({ canvasElement }) => {
    await pickProduct(editorIn(canvasElement), 'Insulated Water Bottle');
  },
};

/**
 * Price overrides within limits: at most 15% unaided. $10.00 off each Canvas Tote Bag (40%) asks
 * for an "Approver code" and says why; "1234" is approved (the adjustment applies), any other code
 * is refused with the reason, and the code's field is emptied.
 */
export const PriceOverrideApproval: Story = {
  args: { maxAdjustmentPercent: 15 },
  parameters: {
    ...mockApi('editor-override'),
    lines: draftWith([{ productId: 'canvas-tote', quantity: 2, fulfillment: SHIP }]).lines,
  },
  play: async ({ canvasElement }) => {
    const root = editorIn(canvasElement).shadowRoot!;
    (await until(() => root.querySelector<HTMLButtonElement>('[data-path$=".adjustment"]'))).click();
    const amount = await until(() => root.querySelector<HTMLInputElement>('#adjust-amount'));
    amount.value = '10.00';
    root.querySelector<HTMLInputElement>('#adjust-reason')!.value = 'Damaged packaging';
    amount.form!.requestSubmit();
    (await until(() => root.querySelector<HTMLInputElement>('#adjust-approver'))).focus();
  },
};

/**
 * Email delivery: the Gift Card is sent by email, its only fulfillment "Email delivery", chosen.
 * "Add" asks "Recipient email" (an email address) and "Recipient name"; "Message" is optional.
 * The line then reads "Email to Ada Lovelace (ada@example.com)"; "Change" edits the recipient.
 */
export const EmailDelivery: Story = {
  parameters: {
    ...mockApi('editor-email-delivery'),
    lines: draftWith([
      {
        productId: 'gift-card',
        fulfillment: {
          kind: 'digital',
          locationId: null,
          locationName: null,
          recipient: { email: 'ada@example.com', name: 'Ada Lovelace', message: 'Happy birthday!' },
        },
      },
    ]).lines,
  },
  play: async ({ canvasElement }) => {
    await pickProduct(editorIn(canvasElement), 'Gift Card');
  },
};

/**
 * "Add custom item": a line for what the catalog lacks, with its name, unit price, quantity and
 * whether it is taxable. A custom "Engraving" (not taxable) is in the table, marked Custom, beside a
 * Canvas Tote Bag; the form is open for another one. Hidden when the adapter says `customLines` is
 * not true (the Kibo adapter's case).
 */
export const CustomItem: Story = {
  parameters: {
    ...mockApi('editor-custom'),
    lines: [
      ...draftWith([{ productId: 'canvas-tote', fulfillment: SHIP }]).lines,
      {
        id: 'engraving',
        productId: '',
        variantId: null,
        productName: 'Engraving',
        code: '',
        options: [],
        quantity: 1,
        fulfillment: SHIP,
        unitPrice: { amount: 1500, currency: 'USD' },
        adjustment: null,
        gift: false,
        giftMessage: '',
        custom: { taxable: false },
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const root = editorIn(canvasElement).shadowRoot!;
    (await until(() => root.querySelector<HTMLButtonElement>('[part~="custom-item-button"]'))).click();
    await until(() => root.querySelector<HTMLInputElement>('#custom-name'));
  },
};

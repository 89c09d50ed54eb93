import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createRestAdapter } from '../src/adapter/rest-adapter.js';
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
}

const meta = {
  title: 'Elements/line-item-editor',
  component: 'line-item-editor',
  tags: ['autodocs'],
  args: { priceListId: '' },
  argTypes: {
    priceListId: {
      control: 'select',
      options: ['', 'vip', 'employee'],
      description: 'The order’s price list (`price-list-id`).',
    },
  },
  parameters: { layout: 'padded', docs: { story: { inline: false, iframeHeight: 560 } } },
  render: (args, { parameters }) =>
    html`<line-item-editor
      .adapter=${createRestAdapter({ baseUrl: parameters['apiBaseUrl'] as string })}
      .site=${US}
      .lines=${(parameters['lines'] as DraftLine[] | undefined) ?? []}
      .priceListId=${args.priceListId || null}
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

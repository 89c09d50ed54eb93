/**
 * What the `<order-details-dialog>` test files share (order-details-dialog-*.test.ts): each suite's
 * setup with the helpers that open and drive the dialog, and waiting for its totals. Opening it
 * without an opener and reading the totals is test/support/harness/order-details-dialog.ts.
 */
import { fixture, html } from '@open-wc/testing';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import type { OrderDetailsChangeEvent } from '../../../src/events/order-details-change.js';
import { formatMoney } from '../../../src/model/money.js';
import type { Money, OrderDraft } from '../../../src/model/types.js';
import { $, button, control } from '../../support/dom.js';
import { buildDraft, SITES } from '../../support/fixtures.js';
import { totals } from '../../support/harness/order-details-dialog.js';
import { type MockHandle, useMockBackend } from '../../support/mock.js';
import { record, until } from '../../support/wait.js';

export const usd = (m: Money) => formatMoney(m, 'en-US');

/** Waits until the totals are the adapter's answer for the draft being edited. */
export async function settled(el: OrderDetailsDialog): Promise<Record<string, string>> {
  const expected = usd(mockTotal(el));
  await until(
    () => !$(el, '[aria-busy="true"]') && totals(el)['Total'] === expected,
    `the total did not become ${expected}`,
  );
  return totals(el);
}

let mockTotal: (el: OrderDetailsDialog) => Money;

/**
 * Waits until nothing is in flight: the rates and the totals are in. A test that ends with a
 * request in flight would leave it to be logged by the next test's backend.
 */
export async function quiet(el: OrderDetailsDialog): Promise<void> {
  await until(
    () => control(el, 'Shipping Method') || !el.draft.lines.some((l) => l.fulfillment?.kind === 'ship'),
    'no rates',
  );
  await settled(el);
}

export interface DialogSuite {
  mock: MockHandle;
  /** The dialog opened on `draft` by an "Edit Details" button that had focus. */
  open(draft?: OrderDraft): Promise<{ el: OrderDetailsDialog; opener: HTMLButtonElement }>;
  /** Records the order-details-change events the dialog fires from now on. */
  recordSaves(el: OrderDetailsDialog): OrderDetailsChangeEvent[];
  /** Types a coupon code and presses "Apply". */
  addCouponCode(el: OrderDetailsDialog, code: string): Promise<void>;
}

/** Each file's setup: the mock backend (whose total `settled` waits for), and the dialog's helpers over it. */
export function useDialogSuite(): DialogSuite {
  const mock = useMockBackend();
  mockTotal = (el) => mock.backend.priceOrder('us', el.draft).total;

  async function open(
    draft: OrderDraft = buildDraft(mock.backend),
  ): Promise<{ el: OrderDetailsDialog; opener: HTMLButtonElement }> {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button type="button">Edit Details</button>
        <order-details-dialog .adapter=${mock.adapter} .site=${SITES.us}></order-details-dialog>
      </div>`,
    );
    const el = wrapper.querySelector('order-details-dialog')!;
    const opener = wrapper.querySelector('button')!;
    opener.focus();
    await el.show(draft);
    return { el, opener };
  }

  function recordSaves(el: OrderDetailsDialog): OrderDetailsChangeEvent[] {
    return record<OrderDetailsChangeEvent>(el, 'order-details-change');
  }

  async function addCouponCode(el: OrderDetailsDialog, code: string): Promise<void> {
    control(el, 'Coupon code')!.value = code;
    button(el, 'Apply')!.click();
    await el.updateComplete;
  }

  return { mock, open, recordSaves, addCouponCode };
}

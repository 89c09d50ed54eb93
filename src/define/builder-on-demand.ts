// What <offline-order-builder> loads on demand to edit the order, as one module: it registers
// <order-details-dialog> (with <line-item-editor>) at once, and <payment-panel> when the builder first
// shows the Payments tab or preloads it at idle (`definePaymentPanel`), with what the builder needs of the model for the panel
// (`setPayments`, the edit its changes go through; `previewTotals`, its total while the adapter's pricing
// is pending). The panel opens only once the details were saved, and both preload when the browser is
// idle; as separate modules, what each shared with the page (Task, the form and notice styles, the
// combobox, the pricing) became chunks of their own, loaded at once with the builder.
import { PaymentPanel } from '../elements/payment-panel/payment-panel.js';
import { defineElement } from './define-element.js';
import './order-details-dialog.js';

export { setPayments } from '../model/draft-edits.js';
export { previewTotals } from '../model/totals.js';

/** Registers <payment-panel> (as `./payment-panel.ts` does): the builder's Payments tab, or its preload at idle. */
export function definePaymentPanel(): void {
  defineElement('payment-panel', PaymentPanel);
}

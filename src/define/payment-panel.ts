// Registers <payment-panel>. The builder imports this module when the Payments tab is first shown
// (or the browser is idle).
import { PaymentPanel } from '../elements/payment-panel/payment-panel.js';
import { defineElement } from './define-element.js';

defineElement('payment-panel', PaymentPanel);

declare global {
  interface HTMLElementTagNameMap {
    'payment-panel': PaymentPanel;
  }
}

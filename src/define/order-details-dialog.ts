// Registers <order-details-dialog> and the <line-item-editor> it contains. The builder imports
// this module when "Edit Details" is first pressed (or the browser is idle).
import { OrderDetailsDialog } from '../elements/order-details/order-details-dialog.js';
import { defineElement } from './define-element.js';
import './line-item-editor.js';

defineElement('order-details-dialog', OrderDetailsDialog);

declare global {
  interface HTMLElementTagNameMap {
    'order-details-dialog': OrderDetailsDialog;
  }
}

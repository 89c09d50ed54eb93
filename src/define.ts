// Registers the library's custom elements. The one module with side effects (see package.json
// "sideEffects"): import `offline-order-elements/define.js` once, or define the classes yourself
// under other tag names.
import { OfflineOrderBuilder } from './elements/offline-order-builder/offline-order-builder.js';
import { OrderList } from './elements/order-list/order-list.js';
import { LineItemEditor } from './elements/line-item-editor/line-item-editor.js';
import { OrderDetailsDialog } from './elements/order-details/order-details-dialog.js';
import { PaymentPanel } from './elements/payment-panel/payment-panel.js';
import { CustomerSearch } from './elements/customer-search/customer-search.js';

function define(tag: string, constructor: CustomElementConstructor): void {
  // Another copy of the library (or the host) may have defined the tag already.
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}

// The builder first: it provides the context its children ask for when they connect.
define('offline-order-builder', OfflineOrderBuilder);
define('oo-order-list', OrderList);
define('order-details-dialog', OrderDetailsDialog);
define('line-item-editor', LineItemEditor);
define('payment-panel', PaymentPanel);
define('customer-search', CustomerSearch);

declare global {
  interface HTMLElementTagNameMap {
    'offline-order-builder': OfflineOrderBuilder;
    'oo-order-list': OrderList;
    'order-details-dialog': OrderDetailsDialog;
    'line-item-editor': LineItemEditor;
    'payment-panel': PaymentPanel;
    'customer-search': CustomerSearch;
  }
}

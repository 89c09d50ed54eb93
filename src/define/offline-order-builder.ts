// Registers <offline-order-builder> with what it shows at once: <oo-order-list> and
// <customer-search>. The Order Details dialog and the payment panel are loaded by the builder
// when first needed (or when the browser is idle), from their own define modules.
import { CustomerSearch } from '../elements/customer-search/customer-search.js';
import { OfflineOrderBuilder } from '../elements/offline-order-builder/offline-order-builder.js';
import { OrderList } from '../elements/order-list/order-list.js';
import { defineElement } from './define-element.js';

// The builder first: it provides the context its children ask for when they connect.
defineElement('offline-order-builder', OfflineOrderBuilder);
defineElement('oo-order-list', OrderList);
defineElement('customer-search', CustomerSearch);

declare global {
  interface HTMLElementTagNameMap {
    'offline-order-builder': OfflineOrderBuilder;
    'oo-order-list': OrderList;
    'customer-search': CustomerSearch;
  }
}

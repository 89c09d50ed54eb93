// Registers <customer-search>, for a host that shows it on its own page.
import { CustomerSearch } from '../elements/customer-search/customer-search.js';
import { defineElement } from './define-element.js';

defineElement('customer-search', CustomerSearch);

declare global {
  interface HTMLElementTagNameMap {
    'customer-search': CustomerSearch;
  }
}

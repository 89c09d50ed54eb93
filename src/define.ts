// Registers every custom element of the library at once, for a host embedding single elements.
// The define modules are the only modules with side effects (see package.json "sideEffects"):
// import `offline-order-elements/define.js` once, or one `define/<tag>.js` module (the builder's
// loads its dialogs and payment panel on demand), or define the classes yourself under other tags.
import './define/offline-order-builder.js';
import './define/customer-search.js';
import './define/order-details-dialog.js';
import './define/line-item-editor.js';
import './define/payment-panel.js';

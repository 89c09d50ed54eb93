/**
 * The payment panel with what the builder needs of the model for it, as one module loaded on
 * demand: `setPayments`, the edit its changes go through, and `previewTotals`, its total while the
 * adapter's pricing is pending. One module rather than three dynamic imports, so that what they
 * share with the page does not make chunks of its own loaded at once.
 */
import '../../define/payment-panel.js';

export { setPayments } from '../../model/draft-edits.js';
export { previewTotals } from '../../model/totals.js';

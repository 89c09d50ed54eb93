/**
 * What the builder loads on demand to edit the order, as one module: the Order Details dialog (with
 * the line item editor), the payment panel, and what the builder needs of the model for the panel
 * (`setPayments`, the edit its changes go through; `previewTotals`, its total while the adapter's
 * pricing is pending). The panel opens only once the details were saved, and both preload when the
 * browser is idle anyway; as separate modules, what each shared with the page (Task, the form and
 * notice styles, the combobox, the pricing) became chunks of their own, loaded at once with the builder.
 */
import '../../define/order-details-dialog.js';
import '../../define/payment-panel.js';

export { setPayments } from '../../model/draft-edits.js';
export { previewTotals } from '../../model/totals.js';

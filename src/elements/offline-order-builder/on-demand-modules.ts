/**
 * What the builder loads on demand (see `OnDemand`): when first needed, or when the browser is
 * idle after the workspace shows. The page that shows the builder does not pay for them up front.
 */
import { msg } from '../shared/localize.js';
import type { ReactiveControllerHost } from 'lit';
import { OnDemand } from '../../controllers/on-demand.js';

/** The Order Details dialog (with the line item editor), in `builder-on-demand.ts` with the payment panel. */
export const loadDetails = () => import('../../define/builder-on-demand.js');

/** The payment panel, registered, with `setPayments` and `previewTotals` (see `builder-on-demand.ts`). */
export const loadPayments = () =>
  loadDetails().then((module) => {
    module.definePaymentPanel();
    return module;
  });

/** The confirmation, the submit and the success view (see `submission.ts`). */
export const loadSubmission = () => import('./submission.js');

/**
 * `draft-on-demand.ts`: the draft store (see `DraftController`), "Change site?" and the notices
 * above the new order (see `notices.ts`), why the total changed, whether the shipping method still
 * applies, and taking a pricing answer into the draft (see `repricing.ts`). One loader, one module.
 */
export const loadDraftModule = () => import('./draft-on-demand.js');

/** What "Save draft" and "Drafts" do, with the Drafts dialog (see `saved-drafts-controller.ts`). */
export const loadSavedDrafts = () => import('./saved-drafts.js');
/** What the "Keyboard shortcuts" popover lists (see `shortcuts.ts`). */
export const loadShortcutsList = () => import('./shortcuts-list.js');
/** The side sheet of an existing order, with "Reorder" (see `order-sheet.ts`). */
export const loadOrderSheet = () => import('./order-sheet.js');

/** What the agent is told when code loaded on demand cannot be fetched. */
export const unavailableText = () =>
  msg('This part of the page could not be loaded. Check the connection and try again.');

/** What the builder loads on demand, each once, preloaded when the browser is idle (see `OnDemand`). */
export type BuilderModules = ReturnType<typeof builderModules>;

/** The builder's code loaded on demand; `unavailable` tells the agent when what is needed at once cannot be fetched. */
export function builderModules(host: ReactiveControllerHost, unavailable: () => void) {
  return {
    details: new OnDemand(host, loadDetails, { unavailable }),
    payments: new OnDemand(host, loadPayments, { unavailable }),
    notices: new OnDemand(host, loadDraftModule, { unavailable }),
    repricing: new OnDemand(host, loadDraftModule),
    submission: new OnDemand(host, loadSubmission),
    savedDrafts: new OnDemand(host, loadSavedDrafts, { unavailable }),
    shortcutsList: new OnDemand(host, loadShortcutsList),
  };
}

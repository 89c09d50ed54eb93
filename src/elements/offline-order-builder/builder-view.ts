/**
 * The builder's page as render functions over typed view-models: the workspace (the header with
 * the site and "Hide orders", the split view of the orders pane, the splitter and the new order)
 * and the notices above the new order, which load on demand (see `notices.ts`).
 */
import { msg } from '@lit/localize';
import { html } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { OrderDraft, OrderSummary, Site } from '../../model/types.js';
import type { WindowSplitterController } from '../../controllers/window-splitter.js';
import { formatDateTime } from '../shared/format.js';
import type { DraftController } from './draft-controller.js';
import type * as Notices from './notices.js';
import type { SiteController } from './site-controller.js';

/** The parts of `<oo-order-list>` the builder re-exports, renamed where a name would be ambiguous. */
const ORDER_LIST_PARTS = [
  'summary: orders-summary',
  'feed: orders-feed',
  'order-row',
  'order-number',
  'order-total',
  'order-customer',
  'order-date',
  'order-status',
  'loading: orders-loading',
  'empty: orders-empty',
  'error: orders-error',
  'retry-button: orders-retry-button',
  'footer: orders-footer',
].join(', ');

/** The workspace once a site is chosen. */
export interface WorkspaceView {
  site: Site;
  /** The site pickers and "Change site?". */
  sites: SiteController;
  ordersHidden: boolean;
  toggleOrders: () => void;
  splitter: WindowSplitterController;
  locale: string;
  /** The new order (see `NewOrderController.render`). */
  newOrder: unknown;
}

function renderHeader({ site, sites, ordersHidden, toggleOrders }: WorkspaceView): TemplateResult {
  return html`<div class="header" part="header">
    ${sites.renderSite(site)}
    <button
      class="button button--quiet button--small"
      part="toggle-orders-button"
      type="button"
      aria-expanded=${ordersHidden ? 'false' : 'true'}
      aria-controls="orders-pane"
      @click=${toggleOrders}
    >
      <svg class="button__icon" viewBox="0 0 24 24" aria-hidden="true">
        <rect x="3" y="4" width="18" height="16" rx="2"></rect>
        <path d="M9 4v16"></path>
      </svg>
      ${ordersHidden ? msg('Show orders') : msg('Hide orders')}
    </button>
    ${sites.renderDialog()}
  </div>`;
}

/** The header, then the split view: the orders pane, the window splitter and the new order. */
export function renderWorkspace(view: WorkspaceView): TemplateResult {
  const { ordersHidden: hidden, splitter } = view;
  return html`${renderHeader(view)}
    <div class="split ${hidden ? 'split--orders-hidden' : ''}" part="split-view">
      <section
        id="orders-pane"
        class="orders-pane"
        part="orders-pane"
        aria-labelledby="orders-heading"
        ?hidden=${hidden}
      >
        <div class="orders-pane__header">
          <h2 id="orders-heading" class="heading" part="orders-heading">${msg('Orders')}</h2>
        </div>
        <oo-order-list part="order-list" exportparts=${ORDER_LIST_PARTS} label=${msg('Orders')}></oo-order-list>
      </section>
      ${splitter.renderSeparator({ controls: 'orders-pane', labelledBy: 'orders-heading', locale: view.locale })}
      ${view.newOrder}
    </div>`;
}

/** What the notices above the new order speak about, and what their actions do. */
export interface NoticesView {
  /** The builder (its "Undo" status lives on it). */
  host: ReactiveControllerHost;
  /** The draft and what the notices say about it (restored, a change of site, not kept, another tab). */
  drafts: DraftController;
  /** The shopper's orders of the last 24 hours. */
  recentOrders: readonly OrderSummary[];
  locale: string;
  /** The builder's `order-url`. */
  orderUrl: string | null;
  /** "Discard" (no draft: an empty one) and its "Undo" (the draft discarded, restored at `restoredAt`). */
  newOrder: (draft?: OrderDraft, restoredAt?: string) => Promise<void>;
  /** Shows an order without a link in the orders list. */
  showOrder: (order: OrderSummary) => void;
}

/** The notices above the new order, once their code has loaded (`notices`). */
export function renderNotices(notices: typeof Notices | undefined, view: NoticesView): unknown {
  const { drafts, newOrder } = view;
  return notices?.renderNotices({
    restoredAt: drafts.restoredAt,
    siteNotice: drafts.siteChange,
    otherTab: drafts.otherTab,
    unkept: drafts.unkept,
    draft: drafts.draft,
    recentOrders: view.recentOrders,
    locale: view.locale,
    formatDateTime,
    orderUrl: view.orderUrl,
    host: view.host,
    discard: () => void newOrder(),
    restore: (draft, restoredAt) => void newOrder(draft, restoredAt),
    dismissSiteNotice: () => drafts.setSiteChange(null),
    showOrder: view.showOrder,
  });
}

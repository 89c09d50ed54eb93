/**
 * The builder's page as render functions over typed view-models: the workspace (the header with
 * the site and "Hide orders", the split view of the orders pane, the splitter and the new order)
 * and the notices above the new order, which load on demand (see `notices.ts`).
 */
import { msg } from '../shared/localize.js';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Site } from '../../model/types.js';
import type { WindowSplitterController } from '../../controllers/window-splitter.js';
import { formatDateTime } from '../shared/format.js';
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
  'order-placeholder',
  'loading: orders-loading',
  'empty: orders-empty',
  'error: orders-error',
  'retry-button: orders-retry-button',
  'footer: orders-footer',
  'filter: orders-filter',
  'search-input: orders-search-input',
  'status-select: orders-status-select',
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
  /** "Drafts" and its dialog, after "Hide orders" (see `saved-drafts-controller.ts`). */
  drafts?: unknown;
}

function renderHeader({ site, sites, ordersHidden, toggleOrders, drafts }: WorkspaceView): TemplateResult {
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
    ${drafts} ${sites.renderDialog()}
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

/** What the notices above the new order speak about, and what their actions do (see `NoticesInput`). */
export type NoticesView = Omit<Notices.NoticesInput, 'formatDateTime'>;

/** The notices above the new order, once their code has loaded (`notices`). */
export function renderNotices(notices: typeof Notices | undefined, view: NoticesView): unknown {
  return notices?.renderNotices({ ...view, formatDateTime });
}

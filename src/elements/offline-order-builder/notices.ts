/**
 * What the builder tells the agent once something happened: "Change site?" with what a change of
 * site would clear, and the notices above the new order (a draft restored from storage, what a
 * change of site cleared, a possible duplicate order), and "Undo" of a discarded restored draft.
 * A module of its own, which the builder
 * loads when one of them is due (or when the browser is idle): the page that shows the builder
 * does not pay for them up front. Plain render functions over what the builder passes.
 */
import { msg, str } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { ClearedItem, ClearedKind } from '../../model/draft.js';
import type { OrderDraft, OrderSummary, Site } from '../../model/types.js';
import { isolate } from '../shared/bidi.js';
import type { Claim } from './submit-guard.js';
import { UndoStatus } from '../shared/undo-status.js';

export { onDemandStyles as styles } from './on-demand.styles.js';

/** A change of site the agent is asked to confirm, or was told about. */
export interface SiteChange {
  site: Site;
  /** What the change clears (the model's `changeSite`). */
  cleared: ClearedItem[];
  /** The name of the draft's shipping method before the change (the draft keeps only its id). */
  shippingName: string;
}

/** The draft as the notices read it: the builder's `DraftController`. */
export interface DraftNotices {
  readonly draft: OrderDraft;
  /** When the draft restored from storage had been saved (ISO); '' when there is none to mention. */
  readonly restoredAt: string;
  /** What the last change of site cleared. */
  readonly siteChange: SiteChange | null;
  /** Another tab of this browser submitted the draft. */
  readonly otherTab: Claim | null;
  /** The last save of the draft to storage failed. */
  readonly unkept: boolean;
  /** Takes the notice of the change of site down. */
  setSiteChange(change: null): void;
}

/** What the notices show, and what their actions do. */
export interface NoticesInput {
  drafts: DraftNotices;
  /** The shopper's latest orders (newest first): those of the last 24 hours are looked at. */
  recentOrders: readonly OrderSummary[];
  locale: string;
  /**
   * `formatDateTime` of format.ts, handed over by the builder: the page already loaded it, and a
   * module of its own shared with what loads on demand would be one more chunk to load at once.
   */
  formatDateTime(iso: string, locale: string): string;
  /** The builder's `order-url`. */
  orderUrl: string | null;
  /** The builder (its "Undo" status lives on it). */
  host: ReactiveControllerHost;
  /**
   * "Discard" and "Create New Order": an empty draft; "Undo" of "Discard": `draft` again, stored
   * again, with its notice ("Restored … from `restoredAt`").
   */
  newOrder(draft?: OrderDraft, restoredAt?: string): void;
  /** Shows an order without a link in the orders list. */
  showOrder(order: OrderSummary): void;
}

/** The model's "3 items" (the label of `prices`) in the agent's words. */
function itemsText(label: string): string {
  const count = Number.parseInt(label, 10);
  if (!Number.isSafeInteger(count)) return label;
  return count === 1 ? msg('1 item') : msg(str`${count} items`);
}

/** How each kind of thing a change of site clears is said: `label` names it, `customerSetName` and `shippingName` are isolated. */
const CLEARED_TEXTS: Record<ClearedKind, (label: string, customerSetName: string, shippingName: string) => string> = {
  customer: (label, customerSetName) => msg(str`Customer ${label}: not in the ${customerSetName} customer set`),
  'shipping-method': (label, _set, shippingName) => msg(str`Shipping method ${shippingName || label}`),
  'price-list': (label) => msg(str`Price list ${label}`),
  payments: (label) => msg(str`Payments: ${label}`),
  prices: (label) => msg(str`Prices of ${itemsText(label)}, to be recalculated`),
  adjustments: (label) => msg(str`Adjustments in another currency: ${label}`),
  'custom-lines': (label) => msg(str`Custom items priced in another currency, to be added again: ${label}`),
};

/** What a change of site clears, in the agent's words. */
export function clearedTexts({ site, cleared, shippingName }: SiteChange): string[] {
  const customerSetName = isolate(site.customerSetName);
  const shipping = isolate(shippingName);
  return cleared.map(({ kind, label }) => CLEARED_TEXTS[kind](isolate(label), customerSetName, shipping));
}

/** The builder as "Change site?" needs it: its shadow root holds the `#site-dialog`. */
type DialogHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * "Change site?": shows the dialog listing what a change would clear, and resolves with the
 * agent's answer when it closes ("Change site" confirms). A newer question answers the one
 * before it with false. The builder renders the `<dialog>` around `render()` and hands it `close`.
 */
export class SiteChangeQuestion {
  /** The change of site waiting for the agent's answer. */
  private pending: SiteChange | null = null;
  private answer: ((confirmed: boolean) => void) | undefined;
  private readonly host: DialogHost;

  constructor(host: DialogHost) {
    this.host = host;
  }

  /** Asks about `change`; resolves with the agent's answer. */
  async ask(change: SiteChange): Promise<boolean> {
    this.answer?.(false);
    const answered = new Promise<boolean>((resolve) => (this.answer = resolve));
    this.pending = change;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('#site-dialog');
    if (dialog) dialog.returnValue = '';
    dialog?.showModal();
    return answered;
  }

  /** The dialog closed: the agent's answer. */
  close(dialog: HTMLDialogElement): void {
    this.pending = null;
    this.host.requestUpdate();
    this.answer?.(dialog.returnValue === 'change');
    this.answer = undefined;
  }

  render(): TemplateResult | typeof nothing {
    return this.pending ? renderSiteChange(this.pending) : nothing;
  }
}

/** The body of "Change site?" (the builder renders the `<dialog>` around it). */
export function renderSiteChange(change: SiteChange): TemplateResult {
  return html`<form method="dialog" class="dialog__body">
    <h2 id="site-dialog-title" class="heading heading--large">${msg('Change site?')}</h2>
    <p>${msg(str`Changing to ${isolate(change.site.name)} clears what no longer applies there:`)}</p>
    <ul>
      ${clearedTexts(change).map((item) => html`<li>${item}</li>`)}
    </ul>
    <div class="actions">
      <button class="button" value="cancel" autofocus>${msg('Cancel')}</button>
      <button class="button button--primary" value="change">${msg('Change site')}</button>
    </div>
  </form>`;
}

/** How far back an order may be a duplicate of this one. */
const DUPLICATE_MS = 24 * 60 * 60 * 1000;

/** The shopper's orders of the last 24 hours with a product of the draft, and that product's name. */
function duplicates(
  recentOrders: readonly OrderSummary[],
  draft: OrderDraft,
): { order: OrderSummary; product: string }[] {
  // A custom line has no product (its productId is ''): never a duplicate of another order's custom line.
  const ids = new Set(draft.lines.flatMap((l) => (l.custom || !l.productId ? [] : [l.productId])));
  const since = Date.now() - DUPLICATE_MS;
  return recentOrders.flatMap((order) => {
    const item = Date.parse(order.createdAt) >= since && order.items.find((i) => ids.has(i.productId));
    return item ? [{ order, product: isolate(item.productName) }] : [];
  });
}

/** `order-url` with the order's id and number, when it makes an http(s) link. */
function orderHref(orderUrl: string | null, order: OrderSummary): string | undefined {
  const href = orderUrl?.replace(/\{(id|number)\}/g, (_, key: 'id' | 'number') => encodeURIComponent(order[key]));
  try {
    return href && /^https?:$/.test(new URL(href, document.baseURI).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A live region kept from when the notices load on: a notice is heard as it shows, having been
 * put into a region that was already there (a region inserted with its text may go unheard).
 * Empty, it takes no room (`.live:empty`).
 */
function live(content: unknown): TemplateResult {
  return html`<div class="live" role="status">${content}</div>`;
}

/** A notice above the sections: its text, and its one action. */
function renderBanner(part: string, body: unknown, action: string, onAction: () => void): TemplateResult {
  return html`<div class="banner" part=${part}>
    <div class="grow">${body}</div>
    <button class="button button--small" type="button" @click=${onAction}>${action}</button>
  </div>`;
}

/** Notices about the draft itself: submitted in another tab, or not kept in storage. */
function renderDraftNotices({ drafts, newOrder }: NoticesInput): TemplateResult {
  const { otherTab, unkept } = drafts;
  const number = otherTab?.number;
  return html`${
    otherTab
      ? renderBanner(
          'other-tab-notice',
          html`<p class="strong">${msg('This order was submitted in another tab')}</p>
            <p
              >${number ? msg(str`Order ${number}. Nothing more is sent from this tab.`) : msg('Nothing more is sent from this tab.')}</p
            >`,
          msg('Create New Order'),
          () => newOrder(),
        )
      : nothing
  }${
    unkept
      ? html`<div class="banner banner--warning" part="storage-notice">
          <div class="grow">
            <p class="strong">${msg('This order could not be kept in this browser')}</p>
            <p
              >${msg('The browser’s storage is full or blocked: reloading or closing the page would lose it. Submit it before you leave the page.')}</p
            >
          </div>
        </div>`
      : nothing
  }`;
}

/** Each builder's "Undo" status, and what it last rendered. */
const undos = new WeakMap<ReactiveControllerHost, { status: UndoStatus; latest: NoticesInput }>();

/**
 * "Discard" of the restored draft: at once, with "Unsaved order discarded." and "Undo" (which puts
 * it back, stored again, and checks again whether another tab submitted it) for as long as the new
 * order is still empty on the same site. No "Undo" for a draft another tab submitted.
 */
function discardRestored(input: NoticesInput): void {
  const { draft, restoredAt, otherTab } = input.drafts;
  const undo = undos.get(input.host)!;
  input.newOrder();
  if (otherTab) return;
  undo.status.offer(
    msg('Unsaved order discarded.'),
    () => undo.latest.newOrder(draft, restoredAt),
    () => {
      const now = undo.latest.drafts.draft;
      return (
        now.id !== draft.id && now.siteId === draft.siteId && !now.customer && !now.lines.length && !now.payments.length
      );
    },
  );
}

/** The notices above the new order. */
export function renderNotices(input: NoticesInput): TemplateResult {
  const { drafts, locale } = input;
  const { restoredAt, siteChange: siteNotice } = drafts;
  const found = duplicates(input.recentOrders, drafts.draft);
  const time = restoredAt && new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(restoredAt));
  let undo = undos.get(input.host);
  if (!undo) undos.set(input.host, (undo = { status: new UndoStatus(input.host), latest: input }));
  undo.latest = input;
  return html`${live(renderDraftNotices(input))}${live(
    restoredAt
      ? renderBanner(
          'restored-notice',
          html`<p>${msg(str`Restored unsaved order from ${time}`)}</p>`,
          msg('Discard'),
          () => discardRestored(input),
        )
      : nothing,
  )}
  ${undo.status.render()}
  ${live(
    siteNotice
      ? renderBanner(
          'site-change-notice',
          html`<p
              >${msg(str`Site changed to ${isolate(siteNotice.site.name)}. Cleared because it no longer applies:`)}</p
            >
            <ul>
              ${clearedTexts(siteNotice).map((item) => html`<li>${item}</li>`)}
            </ul>`,
          msg('Dismiss'),
          () => drafts.setSiteChange(null),
        )
      : nothing,
  )}
  ${live(
    found.length
      ? html`<div class="banner banner--warning" part="duplicate-warning">
          <ul class="grow">
            ${found.map(({ order, product }) => {
              const [number, name] = [isolate(order.number), isolate(order.customerName)];
              const when = input.formatDateTime(order.createdAt, locale);
              const href = orderHref(input.orderUrl, order);
              const label = msg(str`View order ${number}`);
              return html`<li>
                ${msg(str`Possible duplicate: ${name} ordered ${product} in the last 24 hours (order ${number}, ${when}).`)}
                ${
                  href
                    ? html`<a class="link" part="duplicate-link" href=${href}>${label}</a>`
                    : html`<button
                        class="link"
                        part="duplicate-link"
                        type="button"
                        @click=${() => input.showOrder(order)}
                        >${label}</button
                      >`
                }
              </li>`;
            })}
          </ul>
        </div>`
      : nothing,
  )}`;
}

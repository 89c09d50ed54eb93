/**
 * The chosen customer's history under their card (loaded on demand, see `CustomerHistoryController`):
 * "Last orders" (number, date, total, status) and "Last ordered items", each with a quick "Add" that
 * adds the item again (same product, variant and options; the same fulfillment where it is still
 * offered) through the builder's one write path, priced fresh by the usual repricing. An item no
 * longer sold, or in stock nowhere, is said instead of added. Everything here comes after the
 * customer's own controls: no Tab stop before them, no focus moved.
 */
import { msg, str } from '../shared/localize.js';
import { shallowArrayEquals, Task } from '@lit/task';
import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { isAdapterError } from '../../adapter/errors.js';
import { addLine } from '../../model/draft.js';
import type { NewLine } from '../../model/draft.js';
import { formatMoney } from '../../model/money.js';
import type { LastOrderedItem, OrderDraft, OrderSummary } from '../../model/types.js';
import { orderStatusLabel } from '../shared/order-status.js';
import { adoptStyles } from '../shared/adopt-styles.js';
import { errorText } from '../shared/adapter-text.js';
import { isolate } from '../shared/bidi.js';
import { dateFormatter } from '../shared/format.js';
import { labelled } from '../shared/labelled.js';
import { fulfillmentText } from './read-back.js';
import type { RecentOrdersArgs } from './recent-orders.js';

/**
 * What the chosen customer's history is asked for by: the adapter and the customer ('' when none),
 * and the order being taken (a new order for the same customer reads it again: it may list the one
 * just placed).
 */
export type HistoryArgs = [adapter: OrderAdapter | undefined, siteId: string, customerId: string, draftId: string];

/** How many of the customer's last orders, and of their last ordered items, the card shows. */
export const LAST_ORDERS = 3;
export const LAST_ITEMS = 5;

export interface CustomerHistoryOptions {
  adapter(): OrderAdapter | undefined;
  draft(): OrderDraft;
  /** The customer's latest orders, newest first: the builder's one read, shared with the duplicate warning (see recent-orders.ts). */
  orders(): Task<RecentOrdersArgs, OrderSummary[]>;
  locale(): string;
  /** Applies the edit that adds a line (the draft's `addLine`, as the line item editor's "Add") through the builder's one write path. */
  add(edit: (draft: OrderDraft) => OrderDraft): void;
}

/** What the last quick "Add" said: adding, added, or why not (`error`). */
export interface AddNote {
  customerId: string;
  /** The order it was said for (another order does not show it). */
  draftId: string;
  text: string;
  error: boolean;
  /** Whether an "Add" is in flight. */
  busy: boolean;
}

const styles = css`
  .history {
    display: grid;
    gap: var(--_oo-space-2, 0.5rem);
    margin-block-start: var(--_oo-space-3, 0.75rem);
  }
  .history ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .history li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_oo-space-2, 0.5rem);
    padding-block: var(--_oo-space-1, 0.25rem);
  }
  .history h4 {
    margin: 0;
  }
`;

const formatDay = dateFormatter({ dateStyle: 'medium' });

/** "Trail Runner Shoe, 10, Black": the item as the agent names it (the "Add" button's accessible name says it). */
const itemName = (item: LastOrderedItem) => [item.productName, ...item.options.map((o) => o.value)].join(', ');

/**
 * The line the item makes today: the product (and its variant) as the adapter sells it now, at its
 * price now, with the fulfillment it had where that is still offered (else none: the agent chooses
 * one in Order Details). Null when the item is no longer sold or can be fulfilled nowhere.
 */
async function lineOf(
  adapter: OrderAdapter,
  draft: OrderDraft,
  item: LastOrderedItem,
  signal: AbortSignal,
): Promise<NewLine | null> {
  const { siteId, priceListId } = draft;
  if (!siteId) return null;
  const product = await adapter.getProduct({ siteId, productId: item.productId, priceListId }, { signal });
  let sold: { code: string; price: NewLine['unitPrice']; options?: Record<string, string> };
  let variantId: string | null = null;
  if (product.type === 'configurable') {
    const known = product.variants.find((v) => v.id === item.variantId);
    if (!known) return null;
    const variant = await adapter.configureProduct(
      { siteId, productId: product.id, options: known.options, priceListId },
      { signal },
    );
    sold = variant;
    variantId = variant.id;
  } else sold = { code: product.code, price: product.price };
  const offered = (
    await adapter.getFulfillmentOptions({ siteId, productId: product.id, variantId }, { signal })
  ).filter((option) => option.available);
  if (!offered.length) return null;
  const was = item.fulfillment;
  const same = offered.find((o) => o.kind === was?.kind && (o.kind === 'ship' || o.locationId === was.locationId));
  return {
    productId: product.id,
    variantId,
    productName: product.name,
    code: sold.code,
    options: Object.entries(sold.options ?? {}).map(([name, value]) => ({ name, value })),
    quantity: 1,
    fulfillment: same ? { kind: same.kind, locationId: same.locationId, locationName: same.locationName } : null,
    unitPrice: sold.price,
    ...(product.imageUrl === undefined ? {} : { imageUrl: product.imageUrl }),
  };
}

/** The quick "Add": the item's line added to the draft, or why not, said in the card. */
async function quickAdd(c: CustomerHistory, item: LastOrderedItem): Promise<void> {
  const adapter = c.options.adapter();
  if (!adapter || c.note?.busy) return;
  const controller = new AbortController();
  c.adding = controller;
  const { signal } = controller;
  const name = isolate(item.productName);
  c.say(msg(str`Adding ${name}…`), false, true);
  try {
    const line = await lineOf(adapter, c.options.draft(), item, signal);
    if (signal.aborted) return;
    if (!line) return c.say(msg(str`${name} is no longer available.`), true);
    c.options.add((draft) => addLine(draft, line));
    c.say(
      line.fulfillment
        ? msg(str`${name} added to the order.`)
        : msg(str`${name} added to the order: choose its fulfillment in Order Details.`),
    );
  } catch (error) {
    if (signal.aborted) return;
    if (isAdapterError(error) && error.kind === 'not-found') c.say(msg(str`${name} is no longer available.`), true);
    else c.say(`${msg(str`${name} could not be added.`)} ${errorText(error)}`, true);
  } finally {
    if (c.adding === controller) c.adding = null;
    if (signal.aborted && c.note?.busy) c.note = null;
  }
}

function renderOrder(order: OrderSummary, locale: string): TemplateResult {
  const { number } = order;
  return html`<li part="last-order">
    <span>${msg(str`Order ${number}`)}</span> <span>${formatDay(order.createdAt, locale)}</span>
    <span>${formatMoney(order.total, locale)}</span> <span class="text-muted">${orderStatusLabel(order.status)}</span>
  </li>`;
}

function renderItem(c: CustomerHistory, item: LastOrderedItem): TemplateResult {
  const details = [
    ...item.options.map((o) => labelled(isolate(o.name), isolate(o.value))),
    fulfillmentText(item.fulfillment),
  ].join(' · ');
  return html`<li part="last-item">
    <span class="grow">
      <bdi>${item.productName}</bdi>
      <span class="text-muted text-small" part="last-item-details">${details}</span>
    </span>
    <button
      class="button button--small"
      part="quick-add-button"
      type="button"
      aria-label=${msg(str`Add ${itemName(item)}`)}
      @click=${() => void quickAdd(c, item)}
    >
      ${msg('Add')}
    </button>
  </li>`;
}

/** A list's state: loading, failed, empty, or its rows (`render` with what the task answered). */
function renderList<T>(
  task: Pick<Task<HistoryArgs | RecentOrdersArgs, T[] | null>, 'render' | 'run'>,
  empty: string,
  failed: string,
  rows: (values: T[]) => TemplateResult,
): unknown {
  return task.render({
    pending: () => html`<p class="text-muted">${msg('Loading…')}</p>`,
    complete: (values) => (values?.length ? rows(values as T[]) : html`<p class="text-muted">${empty}</p>`),
    error: () =>
      html`<p class="field__error">
        ${failed}
        <button class="button button--small" type="button" @click=${() => void task.run()}>${msg('Retry')}</button>
      </p>`,
  });
}

/**
 * The chosen customer's last orders (the first `LAST_ORDERS` of the builder's read of their latest
 * orders, `options.orders`) and last ordered items (`listLastOrderedItems`, when the adapter has it;
 * else none: the list is hidden). Each a Task: latest wins, a change of customer aborts the reads
 * and a quick "Add" in flight.
 */
export class CustomerHistory implements ReactiveController {
  /** Null: the adapter cannot list the items (the list is hidden). */
  readonly items: Task<HistoryArgs, LastOrderedItem[] | null>;
  note: AddNote | null = null;
  /** Aborts the quick "Add" in flight. */
  adding: AbortController | null = null;

  constructor(
    readonly host: ReactiveElement,
    readonly options: CustomerHistoryOptions,
  ) {
    host.addController(this);
    const args = (): HistoryArgs => {
      const { siteId, customer, id } = options.draft();
      return [options.adapter(), siteId ?? '', customer?.id ?? '', id];
    };
    this.items = new Task<HistoryArgs, LastOrderedItem[] | null>(host, {
      args,
      argsEqual: shallowArrayEquals,
      task: async ([adapter, siteId, customerId], { signal }) => {
        // Another customer: what was being added for the one before is not.
        this.adding?.abort();
        if (!adapter?.listLastOrderedItems || !customerId) return null;
        const items = await adapter.listLastOrderedItems({ siteId, customerId, limit: LAST_ITEMS }, { signal });
        return items.slice(0, LAST_ITEMS);
      },
    });
  }

  hostDisconnected(): void {
    this.adding?.abort();
  }

  /** Says `text` about the quick "Add" for the chosen customer. */
  say(text: string, error = false, busy = false): void {
    const { customer, id } = this.options.draft();
    this.note = { customerId: customer?.id ?? '', draftId: id, text, error, busy };
    this.host.requestUpdate();
  }

  /** The customer's history: "Last orders", then (when the adapter lists them) "Last ordered items" with the quick-add status. */
  render(): TemplateResult {
    adoptStyles(this.host, styles);
    const locale = this.options.locale();
    const { customer, id } = this.options.draft();
    const note = this.note?.customerId === customer?.id && this.note?.draftId === id ? this.note : null;
    const itemsShown = this.items.value !== null && !!this.options.adapter()?.listLastOrderedItems;
    return html`<div class="history" part="customer-history">
      <h4 id="last-orders-heading" class="heading">${msg('Last orders')}</h4>
      ${renderList<OrderSummary>(
        this.options.orders(),
        msg('No orders yet.'),
        msg('The last orders could not be loaded.'),
        (orders) =>
          html`<ul part="last-orders" aria-labelledby="last-orders-heading">
            ${orders.slice(0, LAST_ORDERS).map((order) => renderOrder(order, locale))}
          </ul>`,
      )}
      ${
        itemsShown
          ? html`<h4 id="last-items-heading" class="heading">${msg('Last ordered items')}</h4>
              ${renderList<LastOrderedItem>(
                this.items,
                msg('No items ordered yet.'),
                msg('The last ordered items could not be loaded.'),
                (items) =>
                  html`<ul part="last-items" aria-labelledby="last-items-heading">
                    ${items.map((item) => renderItem(this, item))}
                  </ul>`,
              )}`
          : nothing
      }
      <p class=${note?.error ? 'field__error' : 'text-muted'} part="quick-add-status" role="status"
        >${note?.text ?? ''}</p
      >
    </div>`;
  }
}

/**
 * The stock `<line-item-editor>` knows: the fulfillment options, with their inventory, of each
 * product or variant of its lines. They come from adding an item or changing a line's fulfillment
 * (`remember`), or are looked up once, after a render, for lines the editor did not add itself (set
 * by a host, a restored draft, a reopened dialog), so that their quantities are checked. Each
 * product is looked up once; the lookups in flight are aborted and the stock forgotten when the
 * editor leaves the page or its adapter or site changes (`forget`): stock from another backend or
 * site says nothing about this one.
 *
 * With an adapter that has `getFulfillmentOptionsBatch`, the items not known after a render are
 * asked in calls of at most `FULFILLMENT_BATCH_LIMIT` (1,000 lines of 605 products: 7 calls, not
 * 605), each answer shown by one update as it comes. Without it, item by item, and the answers are
 * shown together: at most one update per frame, however many answers that frame brought (600
 * answers are not 600 renders of every row).
 *
 * Not a `@lit/task`: these are not one latest-wins read but a cache filled per product, where a new
 * line must not abort the lookups of the others (a Task aborts its previous run when it runs again).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FULFILLMENT_BATCH_LIMIT, type OrderAdapter } from '../../adapter/adapter.js';
import type { DraftLine, FulfillmentOption, Inventory, Site } from '../../model/types.js';
import { stockKey } from './editor-parts.js';

/** A product or one of its variants, whose stock is known by key. */
type StockItem = Pick<DraftLine, 'productId' | 'variantId'>;

/** What the lookups read from the editor. */
export interface StockSource extends ReactiveControllerHost, HTMLElement {
  readonly adapter: OrderAdapter | undefined;
  readonly site: Site | undefined;
  readonly lines: readonly DraftLine[];
  readonly hasUpdated: boolean;
}

export class StockLookups implements ReactiveController {
  /** The options of each product or variant; null while its lookup is in flight, or when it failed or is unknown. */
  private readonly stock = new Map<string, FulfillmentOption[] | null>();
  /** Aborts the lookups in flight. */
  private lookups: AbortController | undefined;
  /** Settles when the lookups started so far have. */
  private lookedUp: Promise<unknown> = Promise.resolve();
  /** The frame that will show the answers come since the last update, when one is asked. */
  private frame: number | undefined;

  constructor(private readonly host: StockSource) {
    host.addController(this);
  }

  /** Settles when the stock of the lines shown so far is known (or could not be looked up), and an update asked to show it. */
  get complete(): Promise<void> {
    // The answers' update is not left waiting for a frame (which a hidden page never gets).
    return this.lookedUp.then(() => this.flush());
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.lookUp();
  }

  hostDisconnected(): void {
    this.forget();
  }

  hostUpdated(): void {
    this.lookUp();
  }

  /** Keeps the options just loaded for an item (the one being added, or a line whose fulfillment changes). */
  remember(item: StockItem, options: FulfillmentOption[]): void {
    this.stock.set(stockKey(item), options);
  }

  /** Aborts the lookups in flight and forgets the stock known. */
  forget(): void {
    this.lookups?.abort();
    this.lookups = undefined;
    this.stock.clear();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** The inventory behind a line's fulfillment, when known. */
  inventoryOf(line: DraftLine): Inventory | undefined {
    const { fulfillment } = line;
    if (!fulfillment) return undefined;
    const locationId = fulfillment.locationId ?? null;
    return this.stock
      .get(stockKey(line))
      ?.find((option) => option.kind === fulfillment.kind && (option.locationId ?? null) === locationId)?.inventory;
  }

  /** Looks up, once, the stock of the products and variants of the lines not known yet. */
  private lookUp(): void {
    const { adapter, site } = this.host;
    if (!adapter || !site || !this.host.isConnected) return;
    const items = new Map<string, StockItem>();
    for (const { productId, variantId } of this.host.lines) {
      const key = stockKey({ productId, variantId });
      if (this.stock.has(key)) continue;
      this.stock.set(key, null);
      items.set(key, { productId, variantId });
    }
    if (!items.size) return;
    const { signal } = (this.lookups ??= new AbortController());
    const wanted = [...items];
    const lookups: Promise<unknown>[] = [];
    if (adapter.getFulfillmentOptionsBatch) {
      for (let i = 0; i < wanted.length; i += FULFILLMENT_BATCH_LIMIT) {
        const batch = wanted.slice(i, i + FULFILLMENT_BATCH_LIMIT);
        const request = { siteId: site.id, items: batch.map(([, item]) => item) };
        const answer = adapter.getFulfillmentOptionsBatch(request, { signal });
        lookups.push(this.keep(answer, batch, signal, () => this.host.requestUpdate()));
      }
    } else {
      for (const [key, item] of wanted) {
        const answer = adapter.getFulfillmentOptions({ siteId: site.id, ...item }, { signal }).then((o) => [o]);
        lookups.push(this.keep(answer, [[key, item]], signal, () => this.schedule()));
      }
    }
    this.lookedUp = Promise.all([this.lookedUp, ...lookups]);
  }

  /**
   * Keeps the options answered for `batch` (one entry per item, in its order), then `show`s them.
   * Stock that cannot be looked up (a failed call, an item the backend does not know, an answer of
   * the wrong length) stays unknown: only the whole-number rule applies.
   */
  private keep(
    answer: Promise<(FulfillmentOption[] | null)[]>,
    batch: [string, StockItem][],
    signal: AbortSignal,
    show: () => void,
  ): Promise<void> {
    return answer.then(
      (each) => {
        if (signal.aborted || !Array.isArray(each) || each.length !== batch.length) return;
        batch.forEach(([key], i) => {
          const found = each[i];
          // Options remembered meanwhile (an item just added) are as fresh: kept.
          if (found && this.stock.get(key) === null) this.stock.set(key, found);
        });
        show();
      },
      () => undefined,
    );
  }

  /** Asks for one update in the next frame for all the answers come until then. */
  private schedule(): void {
    this.frame ??= requestAnimationFrame(() => this.flush());
  }

  /** Asks now for the update a frame was waiting to ask for. */
  private flush(): void {
    if (this.frame === undefined) return;
    cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.host.requestUpdate();
  }
}

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
    // Email delivery: nothing stocked, any quantity can be sent.
    if (!fulfillment || fulfillment.kind === 'digital') return undefined;
    const locationId = fulfillment.locationId ?? null;
    return this.stock
      .get(stockKey(line))
      ?.find((option) => option.kind === fulfillment.kind && (option.locationId ?? null) === locationId)?.inventory;
  }

  /** Looks up, once, the stock of the products and variants of the lines not known yet. */
  private lookUp(): void {
    const { adapter, site } = this.host;
    if (!adapter || !site || !this.host.isConnected) return;
    const wanted: [string, StockItem][] = [];
    for (const { productId, variantId, custom } of this.host.lines) {
      // A custom line has no product, hence no stock.
      if (custom) continue;
      const key = stockKey({ productId, variantId });
      if (this.stock.has(key)) continue;
      this.stock.set(key, null);
      wanted.push([key, { productId, variantId }]);
    }
    const batched = adapter.getFulfillmentOptionsBatch;
    const size = batched ? FULFILLMENT_BATCH_LIMIT : 1;
    for (let i = 0; i < wanted.length; i += size) {
      const { signal } = (this.lookups ??= new AbortController());
      const batch = wanted.slice(i, i + size);
      const items = batch.map(([, item]) => item);
      const answer = batched
        ? batched.call(adapter, { siteId: site.id, items }, { signal })
        : adapter.getFulfillmentOptions({ siteId: site.id, ...items[0]! }, { signal }).then((options) => [options]);
      this.lookedUp = Promise.all([this.lookedUp, this.keep(answer, batch, signal, !batched)]);
    }
  }

  /**
   * Keeps the options answered for `batch` (one entry per item, in its order), and shows them: at
   * once, or with the other answers of the frame when `together`. Stock that cannot be looked up (a
   * failed call, an item the backend does not know, an answer of the wrong length) stays unknown:
   * only the whole-number rule applies.
   */
  private keep(
    answer: Promise<(FulfillmentOption[] | null)[]>,
    batch: [string, StockItem][],
    signal: AbortSignal,
    together: boolean,
  ): Promise<void> {
    return answer.then(
      (each) => {
        if (signal.aborted || each?.length !== batch.length) return;
        batch.forEach(([key], i) => {
          // Options remembered meanwhile (an item just added) are as fresh: kept.
          if (each[i] && this.stock.get(key) === null) this.stock.set(key, each[i]);
        });
        if (together) this.frame ??= requestAnimationFrame(() => this.flush());
        else this.host.requestUpdate();
      },
      () => undefined,
    );
  }

  /** Asks now for the update a frame was waiting to ask for. */
  private flush(): void {
    if (this.frame === undefined) return;
    cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.host.requestUpdate();
  }
}

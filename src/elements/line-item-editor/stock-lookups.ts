/**
 * The stock `<line-item-editor>` knows: the fulfillment options, with their inventory, of each
 * product or variant of its lines. They come from adding an item or changing a line's fulfillment
 * (`remember`), or are looked up once, after a render, for lines the editor did not add itself (set
 * by a host, a restored draft, a reopened dialog), so that their quantities are checked. Each
 * product is looked up once; the lookups in flight are aborted and the stock forgotten when the
 * editor leaves the page or its adapter or site changes (`forget`): stock from another backend or
 * site says nothing about this one.
 *
 * Not a `@lit/task`: these are not one latest-wins read but a cache filled per product, where a new
 * line must not abort the lookups of the others (a Task aborts its previous run when it runs again).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
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
  /** The options of each product or variant; null while its lookup is in flight, or when it failed. */
  private readonly stock = new Map<string, FulfillmentOption[] | null>();
  /** Aborts the lookups in flight. */
  private lookups: AbortController | undefined;
  /** Settles when the lookups started so far have. */
  private lookedUp: Promise<unknown> = Promise.resolve();

  constructor(private readonly host: StockSource) {
    host.addController(this);
  }

  /** Settles when the stock of the lines shown so far is known (or could not be looked up). */
  get complete(): Promise<void> {
    return this.lookedUp.then(() => undefined);
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
    for (const line of this.host.lines) {
      const key = stockKey(line);
      if (this.stock.has(key)) continue;
      this.stock.set(key, null);
      const { signal } = (this.lookups ??= new AbortController());
      const { productId, variantId } = line;
      const lookup = adapter.getFulfillmentOptions({ siteId: site.id, productId, variantId }, { signal }).then(
        (options) => {
          if (signal.aborted) return;
          this.stock.set(key, options);
          this.host.requestUpdate();
        },
        // Stock that cannot be looked up stays unknown: only the whole-number rule applies.
        () => undefined,
      );
      this.lookedUp = Promise.all([this.lookedUp, lookup]);
    }
  }
}

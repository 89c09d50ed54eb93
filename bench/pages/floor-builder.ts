/**
 * The builder's floor, loaded on demand by the builder page as the library's define module is: a
 * bare Lit element that makes the same first loads (the sites, the first page of orders) and shows
 * a site picker, a search field, an Edit Details button and the orders. Its Edit Details loads
 * `floor-dialog.ts` on demand, as the builder loads the Order Details dialog.
 */
import { html, LitElement } from 'lit';
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import type { OrderSummary, Site } from '../../src/model/types.js';
import { orderRow, rowStyles } from './floors.js';

/** The builder's floor: loads the sites and the first page of orders, shows a site picker and the orders. */
class FloorBuilder extends LitElement {
  static override properties = {
    sites: { attribute: false },
    orders: { attribute: false },
  };
  static override styles = rowStyles;
  declare sites: Site[];
  declare orders: OrderSummary[];
  adapter: OrderAdapter | undefined;

  constructor() {
    super();
    this.sites = [];
    this.orders = [];
  }

  override async connectedCallback(): Promise<void> {
    super.connectedCallback();
    const adapter = this.adapter!;
    this.sites = await adapter.listSites();
    const page = await adapter.listOrders({ siteId: this.sites[0]!.id, limit: 50 });
    this.orders = page.items;
  }

  private async edit(): Promise<void> {
    const { showFloorDialog } = await import('./floor-dialog.js');
    showFloorDialog(this.renderRoot as ShadowRoot, this.sites[0]!);
  }

  override render() {
    return html`<select aria-label="Site">
        ${this.sites.map((site) => html`<option value=${site.id}>${site.name}</option>`)}
      </select>
      <input role="combobox" aria-label="Customer Search" />
      <button type="button" part="edit-details-button" @click=${this.edit}>Edit Details</button>
      <div role="feed">${this.orders.map(orderRow)}</div>`;
  }
}

/** Registers `<floor-builder>` (called, not a side effect: package.json marks modules side-effect free). */
export function defineFloorBuilder(): void {
  if (!customElements.get('floor-builder')) customElements.define('floor-builder', FloorBuilder);
}

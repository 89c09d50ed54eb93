/**
 * The floors: bare Lit elements doing what an element of the library does, with none of its
 * behaviour (no keyboard model, no announcements, no validation, no formatting helpers beyond
 * `Intl`). Each ratio in the bench is ours ÷ one of these, measured in the same run. No decorators
 * and no class fields for reactive properties (`declare` + `static properties`), so these build the
 * same under any TypeScript setting.
 */
import { css, html, LitElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Customer, DraftLine, OrderSummary, ProductSummary } from '../../src/model/types.js';

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const dates = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
export const formatCents = (cents: number): string => money.format(cents / 100);
export const formatDate = (iso: string): string => dates.format(new Date(iso));

/**
 * A listbox of options: what a typeahead shows once its adapter answered, with what ours shows of
 * each (a customer's name, email, first phone and city; a product's name, code and price).
 */
export class FloorList extends LitElement {
  static override properties = { options: { attribute: false } };
  // The same box as ours (a bordered popup that scrolls, options on two lines with a rule between),
  // in plain values: the floor lays out what ours lays out, without the library's tokens and parts.
  static override styles = css`
    [role='listbox'] {
      max-block-size: 20rem;
      overflow: auto;
      border: 1px solid #d1d9e0;
      border-radius: 6px;
      list-style: none;
      padding: 0;
    }
    [role='option'] {
      display: grid;
      padding: 8px 12px;
    }
    [role='option'] + [role='option'] {
      border-block-start: 1px solid #d1d9e0;
    }
    small {
      color: #59636e;
    }
  `;
  declare options: (Customer | ProductSummary)[];

  constructor() {
    super();
    this.options = [];
  }

  override render() {
    return html`<input role="combobox" aria-expanded=${this.options.length > 0} aria-controls="list" />
      <ul role="listbox" id="list">
        ${this.options.map((option) =>
          'email' in option
            ? html`<li role="option" aria-selected="false">
                ${option.firstName} ${option.lastName}
                <small>${option.email} · ${Object.values(option.phones)[0]} · ${option.addresses[0]?.city}</small>
              </li>`
            : html`<li role="option" aria-selected="false">
                ${option.name} <small>${option.code}</small> ${formatCents(option.price.amount)}
              </li>`,
        )}
      </ul>`;
  }
}

/** A table of lines, keyed by line id (`repeat`), with a quantity field and a Remove button per row. */
export class FloorLines extends LitElement {
  static override properties = { lines: { attribute: false } };
  declare lines: DraftLine[];

  constructor() {
    super();
    this.lines = [];
  }

  private setQuantity(id: string, event: Event): void {
    const quantity = Number((event.target as HTMLInputElement).value);
    this.lines = this.lines.map((line) => (line.id === id ? { ...line, quantity } : line));
  }

  private removeLine(id: string): void {
    this.lines = this.lines.filter((line) => line.id !== id);
  }

  override render() {
    return html`<table>
      <thead>
        <tr>
          <th>Product</th>
          <th>Quantity</th>
          <th>Unit price</th>
          <th>Total</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          this.lines,
          (line) => line.id,
          (line) =>
            html`<tr part="line-item">
              <td>${line.productName} <small>${line.code}</small></td>
              <td>
                <input
                  type="number"
                  min="1"
                  data-path="lines.${line.id}.quantity"
                  .value=${String(line.quantity)}
                  @change=${(event: Event) => this.setQuantity(line.id, event)}
                />
              </td>
              <td>${formatCents(line.unitPrice.amount)}</td>
              <td>${formatCents(line.unitPrice.amount * line.quantity)}</td>
              <td
                ><button type="button" id="remove-${line.id}" @click=${() => this.removeLine(line.id)}
                  >Remove</button
                ></td
              >
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

/** One order row, as the list and the virtualizer floor show it. */
export const orderRow = (order: OrderSummary) =>
  html`<article class="row" aria-label="Order ${order.number}">
    <strong>${order.number}</strong> <span>${order.customerName}</span> <span>${formatDate(order.createdAt)}</span>
    <span>${order.status}</span>
    <span>${formatCents(order.total.amount)}</span>
  </article>`;

export const rowStyles = css`
  .row {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 2px 8px;
    padding: 8px 12px;
    border-block-end: 1px solid #ddd;
    font:
      14px/1.4 system-ui,
      sans-serif;
  }
`;

export function defineFloors(): void {
  if (!customElements.get('floor-list')) {
    customElements.define('floor-list', FloorList);
    customElements.define('floor-lines', FloorLines);
  }
}

/** The floor of the Order Details dialog: a bare Lit element in a modal `<dialog>`, loaded on demand. */
import { html, LitElement } from 'lit';
import type { Site } from '../../src/model/types.js';

class FloorDialog extends LitElement {
  static override properties = { site: { attribute: false } };
  declare site: Site | undefined;

  override render() {
    return html`<dialog aria-labelledby="title">
      <h2 id="title">Order Details</h2>
      <p>${this.site?.name}</p>
      <label>Search products <input role="combobox" /></label>
      <table>
        <thead>
          <tr>
            <th>Product</th>
            <th>Quantity</th>
            <th>Total</th>
          </tr>
        </thead>
      </table>
      <label>Customer notes <textarea></textarea></label>
      <button type="button">Save</button> <button type="button">Cancel</button>
    </dialog>`;
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector('dialog')!.showModal();
  }
}

export function showFloorDialog(root: ShadowRoot, site: Site): void {
  if (!customElements.get('floor-dialog')) customElements.define('floor-dialog', FloorDialog);
  const dialog = document.createElement('floor-dialog') as FloorDialog;
  dialog.site = site;
  root.append(dialog);
}

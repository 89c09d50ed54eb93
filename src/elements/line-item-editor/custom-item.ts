/**
 * "Add custom item" of `<line-item-editor>`: a line for what the catalog lacks. A WAI-ARIA APG
 * disclosure: the button (after the add row and the table: nothing shown before it moves, no Tab stop
 * of the standard flow either) shows
 * a small form, "Name" (required, at most `TEXT_LIMITS.customItemName` characters), "Unit price"
 * (an amount above zero, typed in the page's conventions), "Quantity" (a whole number ≥ 1) and
 * "Taxable" (checked by default), with "Add" and "Cancel". "Add" (or Enter in a field) checks it:
 * each field at fault says why, and focus goes to the first; else the line is added through the
 * editor's own add (one `line-items-change`), the form closes and focus returns to the button.
 * "Cancel" or Escape closes it the same way. Shown only when the adapter says it takes custom
 * lines (`OrderAdapter.customLines`) and a site gives the currency.
 */
import { msg, str } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { readCustomItem } from '../../model/custom-line.js';
import type { CustomItemErrorCode, CustomItemErrors } from '../../model/custom-line.js';
import { TEXT_LIMITS } from '../../model/limits.js';
import type { NewLine } from '../../model/line-list.js';
import type { DraftLine, Site } from '../../model/types.js';
import { field } from '../shared/form.js';
import { FocusAfterUpdate } from '../shared/focus-after-update.js';

/** The editor, as the form sees it. */
export interface CustomItemHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  readonly adapter: OrderAdapter | undefined;
  readonly site: Site | undefined;
  readonly locale: string;
  readonly lines: readonly DraftLine[];
}

type Field = keyof CustomItemErrors;
const FIELDS: readonly Field[] = ['name', 'unitPrice', 'quantity'];

/** Why a field is refused, in the page's language. */
function errorText(field: Field, code: CustomItemErrorCode): string {
  if (field === 'name') {
    return code === 'required'
      ? msg('Enter the name of the item.')
      : msg(str`Enter a name of at most ${TEXT_LIMITS.customItemName} characters.`);
  }
  if (field === 'quantity') {
    return code === 'too-large' ? msg('Enter a smaller quantity.') : msg('Enter a whole number of at least 1.');
  }
  if (code === 'required' || code === 'not-positive' || code === 'negative')
    return msg('Enter a unit price above zero.');
  return code === 'too-large' ? msg('Enter a smaller amount.') : msg('Enter an amount, like 10.00.');
}

/** The disclosure's state and its form; its focus moves through its own `FocusAfterUpdate` controller. */
export class CustomItemForm {
  /** Whether the form is shown. */
  open = false;
  private errors: CustomItemErrors = {};
  private focusAfter: FocusAfterUpdate;

  /** `add` adds the line the way the editor adds any (its single write path). */
  constructor(
    private readonly host: CustomItemHost,
    private readonly add: (line: NewLine) => void,
  ) {
    this.focusAfter = new FocusAfterUpdate(host);
  }

  /** Whether the adapter takes custom lines (and a site gives their currency). */
  get available(): boolean {
    return this.host.adapter?.customLines === true && !!this.host.site;
  }

  private toggle = (): void => {
    if (this.open) this.close();
    else {
      this.open = true;
      this.errors = {};
      this.focusAfter.request('#custom-name');
      this.host.requestUpdate();
    }
  };

  private close(): void {
    this.open = false;
    this.errors = {};
    this.focusAfter.request('#custom-toggle');
    this.host.requestUpdate();
  }

  private keydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    this.close();
  };

  private submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const site = this.host.site;
    if (!site) return;
    const reading = readCustomItem(
      {
        name: String(form.get('name') ?? ''),
        unitPrice: String(form.get('unitPrice') ?? ''),
        quantity: String(form.get('quantity') ?? ''),
        taxable: form.get('taxable') !== null,
      },
      site.currency,
      this.host.locale,
      this.host.lines,
    );
    if (!reading.ok) {
      this.errors = reading.errors;
      const first = FIELDS.find((each) => reading.errors[each]);
      this.focusAfter.request(`#custom-${first === 'unitPrice' ? 'price' : first}`);
      this.host.requestUpdate();
      return;
    }
    this.add(reading.line);
    this.close();
  };

  private input(
    id: string,
    name: Field,
    attributes: { inputmode?: string; maxlength?: number; value?: string },
  ): TemplateResult {
    const code = this.errors[name];
    return html`<input
        id=${id}
        class="field__control"
        name=${name}
        inputmode=${ifDefined(attributes.inputmode)}
        maxlength=${ifDefined(attributes.maxlength)}
        value=${ifDefined(attributes.value)}
        autocomplete="off"
        aria-invalid=${!!code}
        aria-describedby=${code ? `${id}-error` : nothing}
      />${code ? html`<p id="${id}-error" class="field__error">${errorText(name, code)}</p>` : nothing}`;
  }

  private renderForm(): TemplateResult {
    return html`<form
      id="custom-item"
      class="box row"
      part="custom-item-form"
      aria-labelledby="custom-toggle"
      novalidate
      @submit=${this.submit}
      @keydown=${this.keydown}
    >
      ${field('custom-name', msg('Name'), this.input('custom-name', 'name', { maxlength: TEXT_LIMITS.customItemName }))}
      ${field('custom-price', msg('Unit price'), this.input('custom-price', 'unitPrice', { inputmode: 'decimal' }))}
      ${field('custom-quantity', msg('Quantity'), this.input('custom-quantity', 'quantity', { inputmode: 'numeric', value: '1' }))}
      <label class="check"><input id="custom-taxable" type="checkbox" name="taxable" checked />${msg('Taxable')}</label>
      <button class="button button--primary" type="submit">${msg('Add')}</button>
      <button class="button" type="button" @click=${() => this.close()}>${msg('Cancel')}</button>
    </form>`;
  }

  /** The button, and the form below it while open; nothing when the adapter takes no custom lines. */
  render(): unknown {
    if (!this.available) return nothing;
    return html`<div class="custom-item">
      <button
        id="custom-toggle"
        class="button"
        part="custom-item-button"
        type="button"
        aria-expanded=${this.open}
        aria-controls="custom-item"
        @click=${this.toggle}
      >
        ${msg('Add custom item')}
      </button>
      ${this.open ? this.renderForm() : nothing}
    </div>`;
  }
}

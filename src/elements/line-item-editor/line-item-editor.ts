import { localized, msg } from '../shared/localize.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { LineItemsChangeEvent } from '../../events/line-items-change.js';
import * as lineList from '../../model/line-list.js';
import { newId } from '../../model/ids.js';
import type { DraftLine, FulfillmentOption, Problem, ProductSummary, Variant } from '../../model/types.js';
import { controlStyles } from '../shared/control.styles.js';
import { FocusAfterUpdate } from '../shared/focus-after-update.js';
import { OrderElement } from '../shared/order-element.js';
import { ComboboxController } from '../shared/combobox-controller.js';
import { confirmDiscardStyles } from '../shared/confirm-discard.js';
import { renderTask } from '../shared/form.js';
import { noticeStyles } from '../shared/notice.styles.js';
import { renderAdjustmentForm, type LineNotes } from './adjustment-form.js';
import { AdjustmentApproval } from './adjustment-approval.js';
import { addNote, entries, optionsText, quantityNote, type QuantityNote } from './editor-parts.js';
import { editorStyles } from './line-item-editor.styles.js';
import { controlOf, fulfillmentOptionId, type LinePart } from './line-cells.js';
import { renderLineRow, rowWords, type RowActions, type RowWords } from './line-row.js';
import { CustomItemForm } from './custom-item.js';
import { LineQuantities } from './line-quantities.js';
import { StockLookups } from './stock-lookups.js';
import { ConfigureProduct } from './configure-product.js';
import { DigitalDelivery, isEmailDelivery, recipientFocus } from './digital-delivery.js';
import { renderAddQuantity, renderFulfillmentOptions, renderProduct, renderProductSearch } from './editor-views.js';
import type { FulfillmentGroup } from './editor-views.js';

/** Where focus goes after an edit, each control by name: the one place that knows their selectors. */
const FOCUS_TARGETS = {
  search: '#search',
  quantity: '#quantity',
  /** The first fulfillment option of the add row that the item can use. */
  'add-option': '[name=add]:not(:disabled)',
  'adjust-amount': '#adjust-amount',
  'adjust-reason': '#adjust-reason',
  'adjust-approver': '#adjust-approver',
} as const;

type FocusTarget = keyof typeof FOCUS_TARGETS;

/** The row open below a line: which line, and what of it. */
interface EditRow {
  lineId: string;
  part: LinePart;
}

/**
 * @tagname line-item-editor
 * @summary The items of an order: product search, options, fulfillment with inventory, quantity, and the line items table.
 *
 * @description Product search under "Name" is a WAI-ARIA APG editable combobox over the
 * adapter's product search (debounced; a newer query aborts the older; loading, empty and error
 * announced). A configurable product opens the "Configure Product" dialog: a select per option,
 * values that lead only to combinations that do not exist or are out of stock marked as such, the
 * choice resolved through the adapter to its variant, code, price and stock. Fulfillment is a
 * radio group: "Direct Ship" with the aggregate inventory, then each pickup location and its
 * variations such as Delivery, each with its inventory; options the item cannot use are disabled
 * with the reason. An item delivered by email (a gift card) offers "Email delivery" and asks its
 * recipient (digital-delivery.ts). Inventory that includes expected stock is underlined and shows its breakdown
 * on hover and on keyboard focus (APG tooltip; Escape hides it). "Add" (or Enter in its
 * "Quantity") appends the line and returns to the search; "Cancel" (or Escape in the item, or clearing "Name") drops the item and
 * returns to "Name". Focus follows the item: once it is chosen (and configured), it goes to its
 * fulfillment while one is to be chosen, else to its quantity; the only option that can take one
 * (on hand or expected) is preselected, checked and changeable. An item that no fulfillment
 * option can take says so once, and "Add" is disabled with that reason. The table edits each
 * line's quantity, fulfillment, per-unit price adjustment (with a reason; it survives quantity
 * changes) and gift message, and removes lines.
 * A line whose price waits for a new pricing answer (after a change of price list or site:
 * `needsRepricing`) shows "Recalculating…" instead of its unit price and total, never the old price.
 * Closing "Configure Product" with options changed asks "Discard changes?" first.
 *
 * Quantities meet the same rule wherever they change: more than the fulfillment has on hand is a warning when expected
 * stock covers it, more than on hand and expected together is refused (when adding, entering a line's quantity, or
 * changing its fulfillment). A line's quantity is taken when entered (the field left, or Enter), not key by key; a
 * refused one (or one whose line total the order cannot hold: `amount-limits.ts`) stays in its field, marked invalid
 * with the reason, while the line keeps its last valid one. For lines it did not add itself (set by a host, a restored
 * draft) the editor looks their stock up once when it shows them, and marks a quantity beyond it; `quantityProblems()`
 * lists those and the refused fields for a host that saves.
 *
 * Inside `<order-details-dialog>` the adapter and the site come through context; alone, a host sets `.adapter`, `.site`
 * and `.lines`. "Add custom item" (when the adapter says `customLines`) adds a line for what the catalog lacks: custom-item.ts.
 *
 * @fires {LineItemsChangeEvent} line-items-change - After each edit of the agent, with every line. Not fired when a host sets `lines`.
 * @fires {OverrideApprovalEvent} override-approval - An adjustment above `max-adjustment-percent`, with the approver's code: answer with `respondWith`; unanswered, it is refused.
 *
 * @csspart search-input - The product search input ("Name").
 * @csspart listbox - The product suggestions.
 * @csspart option - A suggested product.
 * @csspart match - The matched text in a suggestion.
 * @csspart thumbnail - A product image (only from an `https:` or `data:image/` URL).
 * @csspart add-row - The item being added: its options, fulfillment, quantity and "Add".
 * @csspart fulfillment - A fulfillment radio group.
 * @csspart recipient - The recipient of an item delivered by email: "Recipient email", "Recipient name", "Message".
 * @csspart inventory-breakdown - The tooltip with current and expected stock.
 * @csspart add-button - The "Add" button.
 * @csspart custom-item-button - "Add custom item", which shows its form.
 * @csspart custom-item-form - The custom item's form ("Name", "Unit price", "Quantity", "Taxable", "Add", "Cancel").
 * @csspart custom-badge - "Custom" (and "Not taxable") on a custom line.
 * @csspart configure-dialog - The "Configure Product" dialog.
 * @csspart close-button - Its "Close" button.
 * @csspart discard-dialog - "Discard changes?", asked when "Configure Product" closes with options changed.
 * @csspart cancel-add-button - The item's "Cancel" button.
 * @csspart table - The line items table.
 * @csspart line-item - A row of the table.
 * @csspart limit-hint - The limit of a line's gift message ("Up to 500 characters").
 *
 * @cssprop [--oo-color-accent=#0969da] - Primary buttons, the active suggestion.
 * @cssprop [--oo-color-warning=#9a6700] - Quantity warnings.
 * @cssprop [--oo-color-danger=#cf222e] - Errors and blocked quantities.
 * @cssprop [--oo-color-text-muted=#59636e] - Codes, column headings, options the item cannot use and why.
 * @cssprop [--oo-color-divider=#d1d9e0] - Table rules.
 * @cssprop [--oo-color-surface-raised=#ffffff] - Dialog, popup and tooltip background.
 * @cssprop [--oo-color-surface=#f6f8fa] - The item being added and a line's edit row.
 */
@localized()
export class LineItemEditor extends OrderElement {
  static override styles = [controlStyles, noticeStyles, editorStyles, confirmDiscardStyles];

  /** @internal The stock of the lines' products: looked up once for lines the editor did not add. */
  private stock = new StockLookups(this);
  private custom = new CustomItemForm(this, (line) => this.edit(lineList.addLineEdit(line)));

  /** @internal The quantity fields of the table: what was typed and refused. */
  private quantities = new LineQuantities(this, {
    lines: () => this.lines,
    inventoryOf: (line) => this.stock.inventoryOf(line),
    commit: (id, quantity) => this.edit(lineList.lineQuantityEdit(id, quantity)),
  });

  /** @internal */
  private combo = new ComboboxController<ProductSummary>(this, {
    search: (query, signal) =>
      this.adapter!.searchProducts({ siteId: this.site!.id, query, priceListId: this.priceListId }, { signal }),
    onSelect: (product) => {
      this.combo.setQuery(product.name);
      this.reset(product);
      // A configurable product's options come first (its dialog); otherwise what the item needs next.
      this.nextStep = product.type !== 'configurable';
    },
    idPrefix: 'product',
  });

  /** @internal "Configure Product", for a configurable product in the add row. */
  private configure = new ConfigureProduct(this, {
    product: () => this.product,
    variant: () => this.variant,
    locale: () => this.locale,
    saved: (variant) => {
      this.variant = variant;
      this.chosen = '';
      this.nextStep = true;
    },
    cancelled: () => {
      // A product never configured has nothing to add: back to the search.
      if (this.variant) return;
      this.reset();
      this.focusOn('search');
    },
  });

  /** @internal Fulfillment options of the item being added, or of the line whose fulfillment changes. */
  private optionsTask = new Task(this, {
    task: async ([adapter, site, item], { signal }) => {
      if (!adapter || !site || !item) return initialState;
      const options = await adapter.getFulfillmentOptions(
        { siteId: site.id, productId: item.productId, variantId: item.variantId },
        { signal },
      );
      this.stock.remember(item, options);
      if (this.editing?.part !== 'fulfillment' && !this.chosen) this.preselect(options);
      return options;
    },
    args: () => [this.adapter, this.site, this.fulfillmentItem()] as const,
    argsEqual: ([adapterA, siteA, itemA], [adapterB, siteB, itemB]) =>
      adapterA === adapterB &&
      siteA === siteB &&
      itemA?.productId === itemB?.productId &&
      itemA?.variantId === itemB?.variantId,
  });

  /** @internal The recipient of an item delivered by email (add row, edit row): see digital-delivery.ts. */
  private digital = new DigitalDelivery(this, {
    focus: (selector) => this.focusAfter.request(selector),
    save: (id, fulfillment) => {
      this.edit(lineList.lineFulfillmentEdit(id, fulfillment));
      this.closeRow(id);
    },
  });

  /** @internal The product in the add row. */
  @state() private product: ProductSummary | null = null;
  /** @internal Its variant, once configured. */
  @state() private variant: Variant | null = null;
  /** @internal The chosen fulfillment option's id. */
  @state() private chosen = '';
  /** @internal Focus goes to what the item being added needs next once its fulfillment options are in (see `updated`). */
  private nextStep = false;
  /** @internal The add row's quantity, as typed. */
  @state() private quantity = '1';
  /** @internal "Add" was pressed without a fulfillment. */
  @state() private tried = false;
  /** @internal The line being edited below its row, and what of it. */
  @state() private editing: EditRow | null = null;
  /** @internal What each line's edit row says (why a fulfillment or an adjustment was refused), by line id. */
  @state() private notes: ReadonlyMap<string, LineNotes> = new Map();

  /**
   * The order's lines. Setting them renders them; it does not fire `line-items-change`. A row is
   * rendered again only when its line is another object: give a changed line as a new object
   * (as the model's edits do), never one changed in place.
   */
  @property({ attribute: false }) lines: DraftLine[] = [];

  /**
   * The largest price adjustment an agent may give a line on their own, in percent of its unit price
   * × quantity (15: 15%). Above it "Apply" asks for an approver's code and fires `override-approval`;
   * unset, there is no limit.
   */
  @property({ type: Number, attribute: 'max-adjustment-percent' }) maxAdjustmentPercent: number | null = null;

  /** @internal Overrides above `maxAdjustmentPercent`, approved by the host (see adjustment-approval.ts). */
  private approval = new AdjustmentApproval(this, {
    apply: (id, adjustment) => {
      if (!this.lines.some((each) => each.id === id)) return;
      this.edit(lineList.lineAdjustmentEdit(id, adjustment));
      this.closeRow(id);
    },
    refuse: (id, notes, field) => {
      this.setNotes(id, notes);
      this.focusOn(`adjust-${field}`);
    },
  });

  /** The order's price list: products are searched and configured at its prices. */
  @property({ attribute: 'price-list-id' }) priceListId: string | null = null;

  /** @internal The words of the rows in the language rendering now (see line-row.ts). */
  private words: RowWords | undefined;

  /** @internal Where focus goes after the next render. */
  private focusAfter = new FocusAfterUpdate(this);

  /**
   * Moves focus to the control of a problem path: `lines.<id>.quantity`, `.fulfillment` or
   * `.adjustment`; to the product search for any other path (e.g. `lines`: add an item).
   */
  focusProblem(path: string): void {
    (this.$(controlOf(path)) ?? this.$('input'))?.focus();
  }

  /**
   * The lines whose quantity is more than their fulfillment has on hand and expected together, and
   * the quantities typed and refused in their fields, as problems at `lines.<id>.quantity`. Lines
   * whose stock is still being looked up are not among them: await `stockComplete` first.
   */
  quantityProblems(): Problem[] {
    const typed = this.quantities.problems();
    return typed.concat(
      this.lines.flatMap((line) => {
        const path = `lines.${line.id}.quantity`;
        if (typed.some((problem) => problem.path === path)) return [];
        const note = this.stockNote(line);
        return note?.blocked ? [{ path, code: 'insufficient-stock', message: note.message }] : [];
      }),
    );
  }

  /** Whether a quantity field of the table holds what its line does not: typed and not entered yet, or refused. */
  get typing(): boolean {
    return this.quantities.pending;
  }

  /** Settles when the stock of the lines shown so far is known (or could not be looked up). */
  get stockComplete(): Promise<void> {
    return this.stock.complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Stock from another backend or site says nothing about this one.
    if (changed.has('adapter') || changed.has('site')) this.stock.forget();
  }

  protected override updated(): void {
    // The item chosen (and configured): its fulfillment while a choice is needed, else its quantity.
    if (!this.nextStep || !this.product || this.optionsTask.status < TaskStatus.COMPLETE) return;
    this.nextStep = false;
    const next = isEmailDelivery(this.chosenOption()) ? recipientFocus('add') : FOCUS_TARGETS.quantity;
    this.$(this.chosen ? next : FOCUS_TARGETS['add-option'])?.focus();
  }

  /**
   * The add row's preselection, once its options are in: the only fulfillment option that can take
   * its quantity (on hand and expected) is chosen, shown checked; none when two can or none can.
   */
  private preselect(options: readonly FulfillmentOption[]): void {
    const covering = options.filter((option) => option.available && !this.addNote(option)?.blocked);
    if (covering.length === 1) this.chosen = covering[0]!.id;
  }

  /** The line's quantity against its fulfillment's stock, once known (a quantity that is not one has no note here). */
  private stockNote(line: DraftLine): QuantityNote | undefined {
    const inventory = this.stock.inventoryOf(line);
    const valid = Number.isSafeInteger(line.quantity) && line.quantity >= 1;
    return inventory && valid ? quantityNote(line.quantity, inventory) : undefined;
  }

  /** Whose fulfillment options to load: the line whose fulfillment changes, else the item being added once it can be. */
  private fulfillmentItem(): Pick<DraftLine, 'productId' | 'variantId'> | null {
    const { product, variant, editing } = this;
    const line = editing?.part === 'fulfillment' && this.lines.find((each) => each.id === editing.lineId);
    if (line) return line;
    const addable = product && (variant || product.type !== 'configurable');
    return addable ? { productId: product.id, variantId: variant?.id ?? null } : null;
  }

  /** Focuses `target` after the next render. */
  private focusOn(target: FocusTarget): void {
    this.focusAfter.request(FOCUS_TARGETS[target]);
  }

  /** Applies a model edit to the lines and tells the host. */
  private edit(change: lineList.LineListEdit): void {
    this.lines = [...change(this.lines, this.site?.currency ?? null)];
    // Documented by the @fires tag (the analyzer cannot name an event from its class).
    const event = new LineItemsChangeEvent({ lines: this.lines });
    this.fire(event);
  }

  private reset(product: ProductSummary | null = null): void {
    this.product = product;
    this.variant = null;
    this.chosen = '';
    this.nextStep = false;
    this.quantity = '1';
    this.tried = false;
    this.digital.reset('add');
  }

  /** The add row is done (added, or dropped): "Name" is emptied and has focus. */
  private backToSearch(): void {
    this.reset();
    this.combo.setQuery('');
    this.focusOn('search');
  }

  /** "Cancel" or Escape in the item being added (or "Name" cleared): the item goes, focus to "Name". */
  private cancelAdd = (event?: KeyboardEvent): void => {
    if (event && (event.key !== 'Escape' || event.defaultPrevented)) return;
    event?.preventDefault();
    event?.stopPropagation();
    this.backToSearch();
  };

  private addNote(option?: FulfillmentOption): QuantityNote | undefined {
    return addNote(
      Number(this.quantity),
      (this.variant ?? this.product)?.price.amount ?? 0,
      this.lines,
      isEmailDelivery(option) ? undefined : option?.inventory, // Email delivery: nothing stocked.
    );
  }

  /** The add row's fulfillment option chosen, if any. */
  private chosenOption(): FulfillmentOption | undefined {
    return this.optionsTask.value?.find((option) => option.id === this.chosen);
  }

  /** The add row's "Quantity": typed key by key (checked when "Add" is pressed); Enter adds the item. */
  private addQuantity = { input: (value: string) => (this.quantity = value), enter: () => this.add() };

  private add(): void {
    const { product, variant } = this;
    const option = this.chosenOption();
    const quantity = Number(this.quantity);
    // No option can fulfil the item: "Add" is disabled, its reason beside it.
    if (!this.optionsTask.value?.some((each) => each.available)) return;
    this.tried = true;
    if (!option) this.focusOn('add-option');
    else if (this.addNote(option)?.blocked) this.focusOn('quantity');
    const recipient = isEmailDelivery(option) ? this.digital.read('add') : undefined;
    if (!option || !product || this.focusAfter.pending || recipient === null) return;
    const { kind, locationId, locationName } = option;
    const id = newId('line');
    this.edit(
      lineList.addLineEdit({
        ...product,
        ...variant,
        id,
        productId: product.id,
        variantId: variant?.id ?? null,
        productName: product.name,
        options: entries(variant?.options),
        quantity,
        fulfillment: { kind, locationId, locationName, ...(recipient && { recipient }) },
        unitPrice: (variant ?? product).price,
      }),
    );
    this.backToSearch();
  }

  private notesOf(lineId: string): LineNotes {
    return this.notes.get(lineId) ?? {};
  }

  private setNotes(lineId: string, notes: LineNotes): void {
    this.notes = new Map(this.notes).set(lineId, { ...this.notesOf(lineId), ...notes });
  }

  /** A line's new fulfillment, unless its quantity is more than that one has on hand and expected. */
  private setFulfillment(line: DraftLine, option: FulfillmentOption): void {
    const { id } = line;
    // Email delivery asks for the recipient first (digital-delivery.ts).
    if (this.digital.choose(line, option)) return;
    const note = quantityNote(line.quantity, option.inventory);
    if (note?.blocked) {
      this.setNotes(id, { fulfillment: note.message });
      return;
    }
    const { kind, locationId, locationName } = option;
    this.edit(lineList.lineFulfillmentEdit(id, { kind, locationId, locationName }));
    this.closeRow(id);
  }

  /** Closes the row below a line; focus goes back to the button that opened it. */
  private closeRow(id: string): void {
    this.focusAfter.request(controlOf(`lines.${id}.${this.editing?.part ?? 'adjustment'}`));
    this.editing = null;
    this.setNotes(id, { fulfillment: '', approval: undefined });
  }

  /** Opens the row below a line that edits `part` of it. */
  private openRow(lineId: string, part: LinePart): void {
    this.editing = { lineId, part };
    if (part === 'adjustment') this.focusOn('adjust-amount');
    if (part === 'fulfillment') this.digital.openRow(this.lines.find((line) => line.id === lineId));
  }

  /** The fulfillment options of the item or the line, as a radio group (loading, or why not, meanwhile). */
  private renderFulfillment(group: FulfillmentGroup): unknown {
    return renderTask(
      this.optionsTask,
      (options) => renderFulfillmentOptions(options, group, this.locale),
      msg('The fulfillment options could not be loaded.'),
    );
  }

  private renderAddRow(product: ProductSummary): TemplateResult {
    const { variant } = this;
    const option = this.chosenOption();
    const note = this.addNote(option);
    // While a line's fulfillment is being changed, the options are that line's.
    const lineFulfillment = this.editing?.part === 'fulfillment';
    const ready = this.optionsTask.status === TaskStatus.COMPLETE && !lineFulfillment;
    const none = ready && !this.optionsTask.value?.some((each) => each.available);
    return html`<div class="box" part="add-row" @keydown=${this.cancelAdd}>
      <div class="spread">
        ${renderProduct({ ...product, ...variant }, product.name, optionsText(entries(variant?.options)), this.locale)}
      </div>
      ${variant ? html`<button id="change" class="button button--small" type="button" @click=${this.configure.open}>${msg('Change options')}</button>` : nothing}
      ${this.configure.renderLoading()}
      ${
        lineFulfillment
          ? nothing
          : this.renderFulfillment({
              name: 'add',
              selected: this.chosen,
              pick: (picked) => (this.chosen = picked.id),
              problem: this.tried && !option ? msg('Choose how this item is fulfilled.') : '',
              item: product.name,
            })
      }
      ${isEmailDelivery(option) && !lineFulfillment ? this.digital.render('add') : nothing}
      <div class="row">
        ${ready && !none ? renderAddQuantity(this.quantity, note, this.addQuantity) : nothing}
        ${
          ready
            ? html`<button
                class="button button--primary"
                part="add-button"
                type="button"
                aria-disabled=${none}
                aria-describedby=${none ? 'add-none' : nothing}
                @click=${this.add}
              >
                ${msg('Add')}
              </button>`
            : nothing
        }
        <button class="button" part="cancel-add-button" type="button" @click=${() => this.cancelAdd()}
          >${msg('Cancel')}</button
        >
      </div>
      ${ready && !none ? html`<p id="quantity-note" class=${note?.blocked ? 'error' : 'warning'}>${note?.message}</p>` : nothing}
    </div>`;
  }

  private renderEditRow(line: DraftLine): TemplateResult {
    const { id, fulfillment } = line;
    const cancel = () => this.closeRow(id);
    const pick = (option: FulfillmentOption) => this.setFulfillment(line, option);
    const choices = (selected: string) =>
      this.renderFulfillment({ name: 'row', selected, pick, problem: this.notesOf(id).fulfillment });
    // A line delivered by email shows the other options only when its product has some.
    const others = this.optionsTask.status === TaskStatus.COMPLETE && (this.optionsTask.value?.length ?? 0) > 1;
    const digital =
      this.editing?.part === 'fulfillment' &&
      this.digital.renderEditRow(line, cancel, (selected) => (others ? choices(selected) : nothing));
    const content =
      this.editing?.part === 'fulfillment'
        ? html`${choices(fulfillment ? fulfillmentOptionId(fulfillment) : '')}
            <button class="button button--small" type="button" @click=${cancel}>${msg('Cancel')}</button>`
        : renderAdjustmentForm({
            line,
            notes: this.notesOf(id),
            locale: this.locale,
            pending: this.approval.pending === id,
            apply: (event) => void this.approval.submit(line, event),
            remove: () => {
              this.edit(lineList.lineAdjustmentEdit(id, null));
              this.closeRow(id);
            },
            cancel,
          });
    return html`<tr role="row">
      <td role="cell" colspan="8" class="box">${digital || content}</td>
    </tr>`;
  }

  /** @internal What a row's controls do: one object, so that a row skipped and a row rendered again act alike. */
  private rowActions: RowActions = {
    quantity: (line, event) => this.quantities.handle(line, event),
    open: (line, part) => this.openRow(line.id, part),
    gift: (line, gift, message) => this.edit(lineList.lineGiftEdit(line.id, gift, message)),
    remove: (line) => {
      this.edit(lineList.removeLineEdit(line.id));
      this.focusOn('search');
    },
  };

  /**
   * The rows, keyed by line id; each rendered again only when what it shows changed (see
   * line-row.ts): its line, the locale, the language, its quantity field, its stock note. The line
   * whose edit row is open renders each time (that row shows the editor's state).
   */
  private renderRows(): unknown {
    const { locale } = this;
    const words = (this.words = rowWords(this.words));
    return repeat(
      this.lines,
      (line) => line.id,
      (line) => {
        const stock = quantityNote(line.quantity, this.stock.inventoryOf(line));
        const refused = this.quantities.reason(line);
        const value = this.quantities.value(line);
        const entered = this.quantities.revision(line);
        const open = this.editing?.lineId === line.id;
        const row = () => {
          const blocked = !!(refused || stock?.blocked);
          const quantity = { value, note: refused || stock?.message, blocked };
          return html`${renderLineRow(line, locale, words, quantity, this.rowActions)}${open ? this.renderEditRow(line) : nothing}`;
        };
        return guard([line, locale, words, value, refused, entered, stock?.message, stock?.blocked, open && {}], row);
      },
    );
  }

  private renderTable(): TemplateResult {
    // Explicit table roles: the stacked layout (display: block) would drop the table's semantics in Safari.
    const columnHeader = (text: string, className = '') =>
      html`<th scope="col" role="columnheader" class=${className}>${text}</th>`;
    return html`<div class="scroll">
      <table part="table" role="table" aria-labelledby="lines-caption">
        <caption id="lines-caption" class="visually-hidden">${msg('Line items')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            ${columnHeader(msg('Product'))}${columnHeader(msg('Fulfillment'))}${columnHeader(msg('Unit price'), 'num')}
            <th scope="col" role="columnheader" id="quantity-heading">${msg('Quantity')}</th>
            ${columnHeader(msg('Price adjustment'))}${columnHeader(msg('Gift'))}${columnHeader(msg('Total'), 'num')}
            <th scope="col" role="columnheader"><span class="visually-hidden">${msg('Actions')}</span></th>
          </tr>
        </thead>
        <tbody role="rowgroup"> ${this.renderRows()} </tbody>
      </table>
    </div>`;
  }

  override render(): TemplateResult {
    const search = renderProductSearch(this.combo, this.locale, () => this.product && this.reset());
    return html`${search} ${this.product ? this.renderAddRow(this.product) : nothing}
    ${this.lines.length ? this.renderTable() : html`<p class="text-muted">${msg('No items yet.')}</p>`}
    ${this.custom.render()} ${this.configure.render()}`;
  }
}

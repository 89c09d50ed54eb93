/**
 * The parts of `<line-item-editor>`'s template that need none of its state: a product with its
 * thumbnail and price, the product search ("Name"), and a fulfillment radio group.
 */
import { msg, str } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatMoney } from '../../model/money.js';
import { safeImageUrl } from '../../model/safe-url.js';
import type { FulfillmentOption, Money, ProductSummary } from '../../model/types.js';
import { errorText, skippedNote } from '../shared/adapter-text.js';
import { isolate } from '../shared/bidi.js';
import type { ComboboxController } from '../shared/combobox-controller.js';
import { field } from '../shared/form.js';
import { formatDate } from '../shared/format-date.js';
import { highlight } from '../shared/highlight.js';
import { fulfillmentLabel, futureOf, tipKey, tipReset, unavailableText } from './editor-parts.js';
import type { QuantityNote } from './editor-parts.js';

/** A fulfillment radio group: its input name, the option checked, and what choosing one does. */
export interface FulfillmentGroup {
  name: string;
  selected: string;
  pick(option: FulfillmentOption): void;
  /** Why the group cannot be left as it is ("Choose how this item is fulfilled."). */
  problem?: string | undefined;
  /** The item's name, for "… cannot be fulfilled here". */
  item?: string;
}

/** What the search's live region says of the search (without the products left out). */
function searchStatus(combo: ComboboxController<ProductSummary>): string {
  const { status, open } = combo;
  const count = combo.items.length;
  if (!open) return '';
  if (status === 'loading') return msg('Searching products…');
  if (status === 'too-short') return msg('Type at least 2 characters.');
  // The adapter's words may not say which call failed ("The requested resource does not exist."): that first.
  if (status === 'error') return `${msg('The product search failed.')} ${errorText(combo.error)}`;
  if (count === 1) return msg('1 product found.');
  return count ? msg(str`${count} products found.`) : msg('No products match.');
}

/** Thumbnail, name, code and options; with a price for a product of the search or the add row. */
export function renderProduct(
  product: { code: string; imageUrl?: string | undefined; price?: Money; listPrice?: Money | undefined },
  name: unknown,
  options = '',
  locale = '',
): TemplateResult {
  const src = safeImageUrl(product.imageUrl);
  return html`<span class="product"
      >${src ? html`<img class="thumb" part="thumbnail" src=${src} alt="" />` : nothing}<span
        ><b>${name}</b><br />
        <span class="text-muted text-small"><bdi>${product.code}</bdi> ${options}</span></span
      ></span
    >${
      product.price
        ? html`<span class="num"
            >${formatMoney(product.price, locale)}${product.listPrice ? html`<br /><s class="text-small">${formatMoney(product.listPrice, locale)}</s>` : nothing}</span
          >`
        : nothing
    }`;
}

/**
 * "Name": the product search, a WAI-ARIA APG editable combobox, its suggestions and its live
 * region. `cleared` runs when the agent empties it (the item chosen goes with it).
 */
export function renderProductSearch(
  combo: ComboboxController<ProductSummary>,
  locale: string,
  cleared: () => void,
): TemplateResult {
  const { items, status, open, query } = combo;
  const shown = open && items.length > 0;
  // The live region is always in the page (screen readers miss one that appears with its text).
  // Without a list it shows as the popup; beside the list (how many were found) it is only heard.
  const skipped = open && status === 'ready' ? skippedNote('product', combo.skipped) : '';
  const note = [searchStatus(combo), skipped].filter(Boolean).join(' ');
  return html`<div class="combo">
    ${field(
      'search',
      msg('Name'),
      html`<input
        id="search"
        class="field__control"
        part="search-input"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-controls="products"
        aria-expanded=${shown}
        aria-activedescendant=${combo.activeId ?? nothing}
        .value=${query}
        @input=${(e: Event) => {
          combo.handleInput((e.target as HTMLInputElement).value);
          // "Name" cleared: the item chosen goes with it.
          if (!combo.query) cleared();
        }}
        @keydown=${(e: KeyboardEvent) => {
          combo.handleKeydown(e);
          if (!combo.query) cleared();
        }}
        @blur=${() => combo.close()}
      />`,
    )}
    <ul
      id="products"
      class="popup"
      part="listbox"
      role="listbox"
      aria-label=${msg('Products')}
      ?hidden=${!shown}
      @mousedown=${(e: Event) => e.preventDefault()}
    >
      ${items.map(
        (product, index) =>
          html`<li
            id=${combo.optionId(index)}
            class="spread"
            part="option"
            role="option"
            aria-selected=${index === combo.activeIndex}
            @click=${() => combo.chooseIndex(index)}
          >
            ${renderProduct(product, highlight(product.name, query), '', locale)}
          </li>`,
      )}
    </ul>
    <p class=${note && !shown ? 'popup text-muted' : skipped ? 'text-muted' : 'visually-hidden'} role="status"
      >${note}</p
    >
  </div>`;
}

/**
 * What an option has for the item: why it cannot take it, or its inventory; expected stock in a
 * tooltip with its dates (`id` names the option's controls).
 */
function renderAvailability(option: FulfillmentOption, id: string, locale: string): unknown {
  if (!option.available) return unavailableText(option);
  // Email delivery: nothing is stocked.
  if (option.kind === 'digital') return msg('Sent by email to the recipient');
  const { current, future } = option.inventory;
  const expected = futureOf(option.inventory);
  if (!expected) return msg(str`${current} available`);
  return html`<span class="tip" @mouseleave=${tipReset} @focusout=${tipReset}
    ><span class="future" tabindex="0" aria-describedby="${id}-t" @keydown=${tipKey}
      >${msg(str`${current} available + ${expected} expected`)}</span
    ><span id="${id}-t" class="tooltip" part="inventory-breakdown" role="tooltip"
      >${msg(str`${current} available now`)}${future.map((arrival) => html`<br />${msg(str`${arrival.quantity} expected ${formatDate(arrival.expectedDate, locale)}`)}`)}</span
    ></span
  >`;
}

/**
 * A fulfillment radio group over `options` ("Direct Ship", then each pickup location and its
 * variations), each with its inventory (expected stock in a tooltip) or why the item cannot use
 * it; when none can take the item, that is said once instead.
 */
export function renderFulfillmentOptions(
  options: readonly FulfillmentOption[],
  group: FulfillmentGroup,
  locale: string,
): TemplateResult {
  const { name, selected, pick, problem = '', item = '' } = group;
  return (
    // No option can take the item: said once, rather than beside each option.
    !options.some((option) => option.available)
      ? html`<p id="${name}-none" class="error"
          >${msg(str`${isolate(item)} cannot be fulfilled here: no fulfillment option is available.`)}</p
        >`
      : html`<fieldset part="fulfillment">
          <legend class="field__label">${msg('Fulfillment')}</legend>
          ${options.map((option) => {
            const id = `${name}-${option.id.replace(':', '-')}`;
            return html`<div class="row">
              <input
                type="radio"
                id=${id}
                name=${name}
                .checked=${live(option.id === selected)}
                ?disabled=${!option.available}
                aria-describedby="${id}-n"
                @change=${() => pick(option)}
              />
              <label for=${id}>${fulfillmentLabel(option)}</label>
              <span id="${id}-n" class="text-small ${option.available ? '' : 'text-muted'}"
                >${renderAvailability(option, id, locale)}</span
              >
            </div>`;
          })}
          <p class="error" role="alert">${problem}</p>
        </fieldset>`
  );
}

/** What the add row's "Quantity" does: each key typed (`input`), and Enter alone (`enter`: adds the item, as "Add" does). */
export interface AddQuantityActions {
  input(value: string): void;
  enter(): void;
}

/** The add row's "Quantity", taken key by key (checked when "Add" is pressed); `note` says why it is refused. */
export function renderAddQuantity(value: string, note: QuantityNote | undefined, actions: AddQuantityActions) {
  const keydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey)
      return;
    event.preventDefault();
    actions.enter();
  };
  return field(
    'quantity',
    msg('Quantity'),
    html`<input
      id="quantity"
      class="field__control quantity"
      type="number"
      min="1"
      aria-invalid=${!!note?.blocked}
      aria-describedby="quantity-note"
      .value=${value}
      @input=${(event: Event) => actions.input((event.target as HTMLInputElement).value)}
      @keydown=${keydown}
    />`,
  );
}

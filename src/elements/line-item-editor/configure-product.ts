/**
 * "Configure Product" of `<line-item-editor>`: for a configurable product in the add row, its
 * options and variants are loaded (`detail`) and the dialog opens; a select per option marks the
 * values that lead only to combinations that do not exist or are out of stock; once every option is
 * chosen, the choice resolves through the adapter to its variant, code, price and stock
 * (`variantTask`). "Save" (or Ctrl/⌘+Enter in an option) hands the variant to the editor; closing
 * with options changed asks "Discard changes?" first.
 */
import { msg } from '../shared/localize.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { isAdapterError } from '../../adapter/errors.js';
import { formatMoney } from '../../model/money.js';
import type { Product, ProductSummary, Site, Variant } from '../../model/types.js';
import { same } from '../../model/same.js';
import { isolate } from '../shared/bidi.js';
import { ConfirmDiscard } from '../shared/confirm-discard.js';
import type { GuardedDialog } from '../shared/confirm-discard.js';
import { errorText } from '../shared/adapter-text.js';
import { field, renderTask } from '../shared/form.js';

/** The editor, as "Configure Product" reads it. */
export interface ConfigureHost extends ReactiveControllerHost, HTMLElement {
  readonly adapter: OrderAdapter | undefined;
  readonly site: Site | undefined;
  readonly priceListId: string | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ConfigureProductOptions {
  /** The product in the add row. */
  product(): ProductSummary | null;
  /** Its variant, once configured (the options the dialog opens with). */
  variant(): Variant | null;
  locale(): string;
  /** "Save": the variant the options chosen resolved to. */
  saved(variant: Variant): void;
  /** Closed without saving. */
  cancelled(): void;
}

/** The options chosen, by option name. */
type Choice = Record<string, string>;

export class ConfigureProduct {
  /** "Discard changes?", asked when the options chosen changed. */
  private readonly discard: ConfirmDiscard;
  private readonly guard;
  /** The options chosen in the dialog. */
  private choice: Choice = {};

  /** The configurable product's options and variants; opens the dialog when in. */
  readonly detail: Task<readonly [OrderAdapter | undefined, Site | undefined, ProductSummary | null], Product>;

  /** The variant the choice resolves to, once every option is chosen. */
  private readonly variantTask;

  constructor(
    private readonly host: ConfigureHost,
    private readonly options: ConfigureProductOptions,
  ) {
    this.discard = new ConfirmDiscard(host);
    this.guard = this.discard.guard({ state: () => this.choice, close: () => this.close(false) });
    this.detail = new Task(host, {
      task: ([adapter, site, product], { signal }) =>
        adapter && site && product?.type === 'configurable'
          ? adapter.getProduct({ siteId: site.id, productId: product.id, priceListId: host.priceListId }, { signal })
          : initialState,
      args: () => [host.adapter, host.site, options.product()] as const,
      onComplete: () => void this.open(),
    });
    this.variantTask = new Task(host, {
      task: ([adapter, site, detail, choice], { signal }) =>
        adapter && site && detail?.options.every((option) => choice[option.name])
          ? adapter.configureProduct(
              { siteId: site.id, productId: detail.id, options: choice, priceListId: host.priceListId },
              { signal },
            )
          : initialState,
      args: () => [host.adapter, host.site, this.detail.value, this.choice] as const,
      // The adapter by identity (it may hold cycles), the rest by value.
      argsEqual: ([adapterA, ...restA], [adapterB, ...restB]) => adapterA === adapterB && same(restA, restB),
    });
  }

  /** Opens the dialog on the options of the variant chosen so far. */
  readonly open = async (): Promise<void> => {
    this.choose({ ...this.options.variant()?.options });
    this.guard.opened();
    await this.host.updateComplete;
    this.dialog()?.showModal();
  };

  /** Loading the product's options, or why they could not be loaded (in the add row). */
  renderLoading(): unknown {
    return renderTask(this.detail, () => nothing, msg("The product's options could not be loaded."));
  }

  /** The dialog once the product's options are in, and "Discard changes?" while it is asked. */
  render(): unknown {
    const dialog = this.detail.status === TaskStatus.COMPLETE ? this.renderDialog(this.detail.value!) : nothing;
    return html`${dialog} ${this.discard.render()}`;
  }

  /**
   * Ctrl+Enter (⌘+Enter) in an option presses "Save" once the choice is resolved (a disabled
   * "Save", for a choice that is not in stock, does nothing).
   */
  private saveKey = async (event: KeyboardEvent): Promise<void> => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    await this.variantTask.taskComplete.catch(() => undefined);
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (dialog?.open) dialog.querySelector<HTMLButtonElement>('.button--primary')?.click();
  };

  private close(save: boolean): void {
    this.dialog()?.close();
    if (save) this.options.saved(this.variantTask.value!);
    else this.options.cancelled();
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  private choose(choice: Choice): void {
    this.choice = choice;
    this.host.requestUpdate();
  }

  /** " (not available)", " (out of stock)" or '' after an option's value, for the choice with it. */
  private valueNote(detail: Product, name: string, value: string): string {
    const wanted = Object.entries({ ...this.choice, [name]: value });
    const matches = detail.variants.filter((variant) =>
      wanted.every(([option, chosen]) => variant.options[option] === chosen),
    );
    if (!matches.length) return msg(' (not available)');
    return matches.some((variant) => variant.inStock) ? '' : msg(' (out of stock)');
  }

  /**
   * Why the choice did not resolve: what failed first (the adapter's words may not say: "The
   * requested resource does not exist."), then those words. No such combination: the agent chooses
   * others. Anything else: Retry (choosing the same options again would not ask again).
   */
  private renderFailure(error: unknown): TemplateResult {
    const missing = isAdapterError(error) && error.kind === 'not-found';
    return html`<span class="error"
        >${missing ? msg('No variant has these options.') : msg('These options could not be checked.')}
        ${errorText(error)}</span
      >
      ${
        missing
          ? nothing
          : html`<button class="button button--small" type="button" @click=${() => this.variantTask.run()}>
              ${msg('Retry')}
            </button>`
      }`;
  }

  /** The variant's code, price and stock once resolved; "Checking…" or why not meanwhile. */
  private renderResolved(): unknown {
    const { value: variant, status } = this.variantTask;
    if (status === TaskStatus.COMPLETE && variant) {
      return html`<bdi>${variant.code}</bdi> · ${formatMoney(variant.price, this.options.locale())} ·
        <span class=${variant.inStock ? 'ok' : 'error'}
          >${variant.inStock ? msg('In stock') : msg('Out of stock')}</span
        >`;
    }
    if (status === TaskStatus.ERROR) return this.renderFailure(this.variantTask.error);
    return status === TaskStatus.PENDING ? msg('Checking…') : '';
  }

  private renderOption(detail: Product, option: Product['options'][number], index: number): TemplateResult {
    return field(
      `option-${index}`,
      html`<bdi>${option.name}</bdi
        >${option.required ? html` <span class="text-muted">${msg('(required)')}</span>` : nothing}`,
      html`<select
        id="option-${index}"
        class="field__control"
        ?required=${option.required}
        @keydown=${this.saveKey}
        @change=${(e: Event) => {
          const { [option.name]: _old, ...rest } = this.choice;
          const value = (e.target as HTMLSelectElement).value;
          this.choose(value ? { ...rest, [option.name]: value } : rest);
        }}
      >
        <option value="">${msg('Choose…')}</option>
        ${option.values.map(
          (value) =>
            html`<option value=${value} ?selected=${this.choice[option.name] === value}>
              ${isolate(value)}${this.valueNote(detail, option.name, value)}
            </option>`,
        )}
      </select>`,
    );
  }

  private renderDialog(detail: Product): TemplateResult {
    const { value: variant, status } = this.variantTask;
    const inStock = status === TaskStatus.COMPLETE && !!variant?.inStock;
    const dialog: GuardedDialog = {
      part: 'configure-dialog',
      titleId: 'configure-title',
      title: msg('Configure Product'),
    };
    return this.guard.renderDialog(
      dialog,
      html`<p class="text-muted"><bdi>${detail.name}</bdi> · <bdi>${detail.code}</bdi></p>
        ${detail.options.map((option, index) => this.renderOption(detail, option, index))}
        <p role="status"> ${this.renderResolved()} </p>
        <div class="footer">
          <button class="button" type="button" @click=${this.guard.close}>${msg('Cancel')}</button>
          <button
            class="button button--primary"
            type="button"
            aria-keyshortcuts="Control+Enter Meta+Enter"
            ?disabled=${!inStock}
            @click=${() => this.close(true)}
          >
            ${msg('Save')}
          </button>
        </div>`,
    );
  }
}

import { msg } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

/** The tabs of the new order: "Order Details" and "Payments". */
export type Tab = 'details' | 'payments';

/** Where the APG tab keys move, from the tab at `index` of `count`. */
const KEY_TARGETS: Readonly<Partial<Record<string, (index: number, count: number) => number>>> = {
  ArrowLeft: (index) => index - 1,
  ArrowRight: (index) => index + 1,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

export interface OrderTabsOptions {
  /** A tab was shown (e.g. "Payments": its panel's code loads). */
  shown(tab: Tab): Promise<unknown>;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The tabs "Order Details" and "Payments" (APG tabs: arrows, Home and End), with "Payments" locked
 * until the Order Details were saved for the draft. State the host renders; in the host's
 * lifecycle, focus on the tab shown once it is rendered (nothing to listen to outside its template).
 */
export class OrderTabsController implements ReactiveController {
  /** The tab shown. */
  tab: Tab = 'details';
  /** Whether the Order Details were saved for this draft: "Payments" waits for it. */
  detailsSaved = false;
  /** Whether focus goes to the tab shown once the host has rendered it (see `select`). */
  private focusPending?: boolean;

  constructor(
    private readonly host: Host,
    private readonly options: OrderTabsOptions,
  ) {
    host.addController(this);
  }

  /** Another draft: "Payments" is open when it has items (it was saved with them). */
  open(lineCount: number): void {
    this.detailsSaved = lineCount > 0;
    if (!this.detailsSaved) this.tab = 'details';
    this.host.requestUpdate();
  }

  /** The Order Details were saved: "Payments" opens. */
  saved(): void {
    this.detailsSaved = true;
    this.host.requestUpdate();
  }

  /** Shows a tab ("Payments" only once the details are saved), with focus on it if asked. */
  async select(tab: Tab, focus = false): Promise<void> {
    if (tab === 'payments' && !this.detailsSaved) return;
    this.tab = tab;
    this.host.requestUpdate();
    if (focus) {
      this.focusPending = true;
      await this.host.updateComplete;
    }
    await this.options.shown(tab);
  }

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    this.host.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus();
  }

  /** APG tabs: arrows, Home and End move along the tabs and show the tab reached (unless disabled). */
  private handleKeydown = (event: KeyboardEvent): void => {
    const tabs = [...this.host.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
    const index = tabs.indexOf(event.target as HTMLElement);
    const target = KEY_TARGETS[event.key];
    if (!target || index < 0) return;
    event.preventDefault();
    const tab = tabs[(target(index, tabs.length) + tabs.length) % tabs.length]!;
    tab.focus();
    void this.select(tab.id === 'tab-payments' ? 'payments' : 'details');
  };

  private renderTab(id: Tab, label: string, disabled = false): TemplateResult {
    return html`<button
      id="tab-${id}"
      class="tab"
      part="tab"
      role="tab"
      type="button"
      aria-selected=${this.tab === id}
      aria-controls="panel-${id}"
      aria-disabled=${disabled}
      aria-describedby=${disabled ? 'payments-hint' : nothing}
      tabindex=${this.tab === id ? 0 : -1}
      @click=${() => this.select(id)}
    >
      ${label}
    </button>`;
  }

  render(): TemplateResult {
    const locked = !this.detailsSaved;
    return html`<div class="tabs">
      <div role="tablist" part="tabs" aria-label=${msg('Order')} @keydown=${this.handleKeydown}>
        ${this.renderTab('details', msg('Order Details'))}${this.renderTab('payments', msg('Payments'), locked)}
      </div>
      ${locked ? html`<p id="payments-hint" class="text-muted text-small">${msg('Payments open once the order details are saved.')}</p>` : nothing}
    </div>`;
  }
}

/**
 * The builder's site: loading the sites (saying each retry of the adapter: "Still trying… (attempt 2
 * of 4)"), the error with Retry (its detail never repeating its title), and the sites left out
 * because they cannot be used ("1 site could not be shown"), all in one live region, each message
 * once; then choosing one (the only one, the host's `site-id`, the "Choose a site" picker or the
 * header's with "Change site?"), providing it to the children, and what a change does to the draft.
 * Loaded with the builder: the sites are the first thing it shows.
 */
import { ContextProvider } from '@lit/context';
import { msg, str } from '../shared/localize.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { siteContext } from '../../adapter/context.js';
import { isAdapterError } from '../../adapter/errors.js';
import { SiteChangeEvent } from '../../events/site-change.js';
import { isKnownCurrency } from '../../model/currencies.js';
import { changeSite, createDraft } from '../../model/draft.js';
import { isValidLocale } from '../../model/locale.js';
import type { Listed, Site } from '../../model/types.js';
import type { OnDemand } from '../../controllers/on-demand.js';
import { adapterMessage, skippedNote } from '../shared/adapter-text.js';
import { adoptStyles } from '../shared/adopt-styles.js';
import { isolate } from '../shared/bidi.js';
import type { DraftController } from './draft-controller.js';
import type { NewOrderController } from './new-order-controller.js';
import type * as Notices from './notices.js';
import type { SiteChange } from './notices.js';
import type { RecentOrdersController } from './recent-orders.js';
import type { RepricingController } from './repricing-controller.js';

/** A site as the pickers show it: "US Store (USD)". */
function siteLabel(site: Site): string {
  const name = isolate(site.name);
  const { currency } = site;
  return msg(str`${name} (${currency})`);
}

/**
 * The sites that can be used: a currency of the ISO 4217 table and a locale `Intl` reads (what
 * every price and date on the page is formatted with). The REST adapter's decoders already left
 * the others out; a host's adapter may not have. Those left out are counted in `skipped`.
 */
export function usableSites(sites: Listed<Site>): Listed<Site> {
  const usable: Listed<Site> = sites.filter((site) => isKnownCurrency(site?.currency) && isValidLocale(site?.locale));
  const skipped = (sites.skipped ?? 0) + sites.length - usable.length;
  if (skipped) usable.skipped = skipped;
  return usable;
}

/** A message whose first clause says the same as the title ("Could not load the sites: …") keeps only the rest. */
function withoutTitle(message: string): string {
  const rest = message.replace(/^\s*could not load the sites\s*[:.,-]?\s*/i, '');
  if (rest === message) return message;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The builder as its site controller sees it: the adapter, and `site-id` (which it sets when a site is chosen). */
export type SiteHost = ReactiveElement & { readonly adapter: OrderAdapter | undefined; siteId: string | null };

/** What the site controller asks of the others (only that: a test gives it no more). */
export interface SiteControllerOptions {
  drafts: DraftController;
  /** The shipping method's name, for "Change site?" and its notice. */
  repricing: Pick<RepricingController, 'shippingName'>;
  /** A new order for the site chosen (or the one stored for it), with focus on its heading after "Continue". */
  newOrder: Pick<NewOrderController, 'submitted' | 'begin' | 'resume' | 'focusHeading'>;
  /** The shopper's recent orders: the duplicate warning is one of the notices. */
  recentOrders: Pick<RecentOrdersController, 'orders'>;
  /** "Change site?" and the notices (loaded together, see `loadNotices`). */
  notices: OnDemand<typeof Notices>;
  /** Confirms a change of site from the header (the host's `confirmSiteChange`, which a subclass may override). */
  confirm(next: Site, current: Site | undefined): boolean | Promise<boolean>;
}

/**
 * The sites and the chosen one: their load and status (see `renderStatus`), the "Choose a site"
 * picker ("Select a site to continue." without one), the header's picker with "Change site?"
 * (what a change would clear, and the agent's answer), and what a change does to the draft (the
 * model's `changeSite`, and the notice of what it cleared). The first site chosen brings back a
 * draft left in storage for it. At each update of the host, the notices' code loads once one is due.
 */
export class SiteController implements ReactiveController {
  readonly task: Task<readonly [OrderAdapter | undefined], Listed<Site>>;
  /** "Change site?" and the notices, once one of them was due (see `notices.ts`). */
  notices: typeof Notices | undefined;
  /** While the adapter retries: the attempt under way and how many there will be at most. */
  private retry: { attempt: number; attempts: number } | null = null;
  /** The "Select a site to continue." message of the site picker. */
  private pickerError = false;
  /** "Change site?", once its code has loaded. */
  private question: Notices.SiteChangeQuestion | undefined;
  /** Whether the host's `autofocus` was honoured (once, when the sites first show). */
  private autofocused = false;
  /** The chosen site, provided to the children. */
  private readonly provider: ContextProvider<typeof siteContext, SiteHost>;

  constructor(
    private readonly host: SiteHost,
    private readonly options: SiteControllerOptions,
  ) {
    host.addController(this);
    this.provider = new ContextProvider(host, { context: siteContext });
    this.task = new Task(host, {
      task: async ([adapter], { signal }) => {
        this.retry = null;
        if (!adapter) return initialState;
        const onRetry = (attempt: number, attempts: number): void => {
          if (signal.aborted) return;
          this.retry = { attempt, attempts };
          host.requestUpdate();
        };
        return usableSites(await adapter.listSites({ signal, onRetry }));
      },
      args: () => [host.adapter] as const,
      onComplete: (sites) => this.resolve(sites),
    });
  }

  /**
   * `autofocus` on the host: once the sites are in, focus goes to the first control the agent
   * needs (the Site select, or the "New Order" heading when the site is already chosen), unless
   * focus is already somewhere in the page.
   */
  hostUpdated(): void {
    if (this.autofocused || !this.sites.length || !this.host.hasAttribute('autofocus')) return;
    this.autofocused = true;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    this.host.renderRoot.querySelector<HTMLElement>('#site-picker-select, #new-order-heading')?.focus();
  }

  /** The sites that can be used (empty until they are loaded). */
  get sites(): Listed<Site> {
    return (this.task.status === TaskStatus.COMPLETE && this.task.value) || [];
  }

  /** The chosen site, if any. */
  get site(): Site | undefined {
    return this.provider.value;
  }

  /** The host's `site-id` changed: the site it names is chosen, once the sites are in. */
  siteIdChanged(): void {
    if (this.task.status === TaskStatus.COMPLETE) this.resolve(this.task.value ?? []);
  }

  /** Loads the sites again (what "Retry" does). */
  reload(): Promise<void> {
    return this.task.run();
  }

  hostUpdate(): void {
    // A notice is due (a restored draft, a change of site, the shopper's recent orders): its code loads.
    const { restoredAt, siteChange, otherTab, unkept } = this.options.drafts;
    const due = restoredAt || siteChange || otherTab || unkept || this.options.recentOrders.orders.length;
    if (due && !this.notices) void this.loadNotices();
  }

  /** Loads "Change site?" and the notices (with the styles of what loads on demand); undefined when they cannot be. */
  async loadNotices(): Promise<typeof Notices | undefined> {
    const notices = await this.options.notices.tryLoad();
    if (notices && !this.notices) {
      adoptStyles(this.host, notices.styles);
      this.notices = notices;
      this.host.requestUpdate();
    }
    return notices;
  }

  /** Asks "Change site?" listing what `change` clears; resolves with the agent's answer (false when the dialog cannot load). */
  async ask(change: SiteChange): Promise<boolean> {
    // The dialog loads with the notices (at once in practice: they load when the browser is idle).
    const notices = await this.loadNotices();
    if (!notices) return false;
    this.question ??= new notices.SiteChangeQuestion(this.host);
    return this.question.ask(change);
  }

  private setSite(site: Site | undefined): void {
    this.provider.setValue(site);
    this.host.requestUpdate();
  }

  /** Chooses the site from the list: the only one, or the one `site-id` names; else none (picker). */
  private resolve(sites: readonly Site[]): void {
    const chosen = sites.length === 1 ? sites[0] : sites.find((site) => site.id === this.host.siteId);
    this.setSite(chosen);
    if (!chosen) return;
    if (this.host.siteId !== chosen.id) this.host.siteId = chosen.id;
    this.start(chosen);
    // A host's choice of site, not an edit of the agent: no draft-change.
    const { drafts } = this.options;
    if (drafts.draft.siteId !== chosen.id) drafts.apply(changeSite(drafts.draft, chosen).draft, 'builder');
  }

  /** The first site chosen: a draft left in storage for it comes back. */
  private start(site: Site): void {
    this.options.drafts.restore(site.id, (stored) => this.options.newOrder.resume(stored));
  }

  /** The agent chose a site (with "Continue" in the picker, or in the header once confirmed). */
  private select(site: Site): void {
    const { drafts, newOrder, repricing } = this.options;
    const previousSite = this.site ?? null;
    this.setSite(site);
    this.host.siteId = site.id;
    this.start(site);
    if (newOrder.submitted) newOrder.begin(createDraft({ site }));
    const { draft, cleared } = changeSite(drafts.draft, site);
    drafts.setSiteChange(
      previousSite && cleared.length ? { site, cleared, shippingName: repricing.shippingName() } : null,
    );
    // The notice about the restored draft gives way to the one about what changed with the site.
    if (previousSite) drafts.dismissRestored();
    if (draft !== drafts.draft) drafts.apply(draft, 'agent');
    // Documented by the builder's @fires tag (the analyzer cannot name an event from its class).
    this.host.dispatchEvent(new SiteChangeEvent({ site, previousSite }));
  }

  /** "Retry": once the sites are in (and shown), focus goes to the picker, the new order or Retry again. */
  private handleRetry = async (): Promise<void> => {
    await this.task.run();
    await this.host.updateComplete;
    const { status } = this.task;
    // A newer load is under way (another "Retry"): focus moves when it ends.
    if (status === TaskStatus.PENDING) return;
    const target =
      status === TaskStatus.ERROR ? '[data-retry]' : this.site ? '#new-order-heading' : '#site-picker-select';
    this.host.renderRoot.querySelector<HTMLElement>(target)?.focus();
  };

  /** "Loading sites…", then "Still trying… (attempt 2 of 4)" while the adapter retries. */
  private loadingText(): string {
    const retry = this.retry;
    if (!retry) return msg('Loading sites…');
    const { attempt, attempts } = retry;
    return msg(str`Still trying… (attempt ${attempt} of ${attempts})`);
  }

  /**
   * The sites' status: one polite live region, kept from the first render on, so that each change
   * of what it says is heard and nothing is said twice. While the sites load it is the screen:
   * "Loading sites…" and each retry ("Still trying… (attempt 2 of 4)"), then the error card (what
   * failed as its title, then only why and what to do, and Retry) or "No sites are available.".
   * Once there are sites, it is the line above the picker or the workspace that says how many
   * were left out ("2 sites could not be shown"), or nothing.
   */
  renderStatus(): TemplateResult {
    const { status, error } = this.task;
    // "1 site could not be shown", or "" when every site can be used.
    const skipped = skippedNote('site', this.sites.skipped);
    const none = status === TaskStatus.COMPLETE && !this.sites.length;
    let body: unknown = nothing;
    if (status === TaskStatus.PENDING) {
      body = html`<div class="notice" part="sites-loading">
        <span class="spinner" aria-hidden="true"></span>
        <p class="notice__text">${this.loadingText()}</p>
      </div>`;
    } else if (status === TaskStatus.ERROR) {
      const title = msg('The sites could not be loaded.');
      const detail = isAdapterError(error)
        ? withoutTitle(adapterMessage(error))
        : msg('Something went wrong. Try again.');
      body = html`<div class="card notice notice--error" part="sites-error">
        <p class="notice__title">${title}</p>
        ${detail && detail !== title ? html`<p class="notice__text">${detail}</p>` : nothing}
        <div class="notice__actions">
          <button class="button" part="retry-button" type="button" data-retry @click=${this.handleRetry}
            >${msg('Retry')}</button
          >
        </div>
      </div>`;
    } else if (none) {
      body = html`<div class="card notice">
        <p class="notice__title">${skipped || msg('No sites are available.')}</p>
        <p class="notice__text">${msg('Ask an administrator to give you access to a site.')}</p>
      </div>`;
    } else if (skipped) {
      body = html`<p class="sites-skipped" part="sites-skipped-note">${skipped}</p>`;
    }
    const screen = none || status === TaskStatus.PENDING || status === TaskStatus.ERROR;
    return html`<div class=${screen ? 'start' : 'sites-status'} role="status">${body}</div>`;
  }

  private handlePickerSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const select = this.host.renderRoot.querySelector<HTMLSelectElement>('#site-picker-select');
    const site = this.sites.find((candidate) => candidate.id === select?.value);
    this.pickerError = !site;
    this.host.requestUpdate();
    if (site) {
      this.options.newOrder.focusHeading();
      this.select(site);
    } else select?.focus();
  };

  /** Enter in the picker's select continues, as in a text field of a form. */
  private handlePickerKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    event.preventDefault();
    (event.target as HTMLSelectElement).form?.requestSubmit();
  };

  private handlePickerInput = (): void => {
    this.pickerError = false;
    this.host.requestUpdate();
  };

  private handleHeaderChange = async (event: Event): Promise<void> => {
    const select = event.target as HTMLSelectElement;
    const next = this.sites.find((site) => site.id === select.value);
    const current = this.site;
    if (!next || next.id === current?.id) return;
    // A submitted order is finished: nothing of it is cleared, the new site starts a new order.
    const confirmed = this.options.newOrder.submitted || (await this.options.confirm(next, current));
    if (confirmed) this.select(next);
    else select.value = current?.id ?? '';
  };

  private handleDialogClose = (event: Event): void => {
    this.question?.close(event.target as HTMLDialogElement);
  };

  /** "Choose a site" with "Continue", before any site is chosen. */
  renderPicker(): TemplateResult {
    const preselected = this.host.siteId;
    return html`<div class="start">
      <form class="card" part="site-picker" novalidate @submit=${this.handlePickerSubmit}>
        <div class="card__intro">
          <h2 class="heading heading--large">${msg('Choose a site')}</h2>
          <p class="text-muted">${msg('The site sets the currency, the prices and the customers of the new order.')}</p>
        </div>
        <div class="field">
          <label class="field__label" for="site-picker-select">${msg('Site')}</label>
          <select
            id="site-picker-select"
            class="field__control"
            part="site-select"
            required
            aria-invalid=${!!this.pickerError}
            aria-describedby=${this.pickerError ? 'site-picker-error' : nothing}
            @change=${this.handlePickerInput}
            @keydown=${this.handlePickerKeydown}
          >
            <option value="">${msg('Select a site')}</option>
            ${this.sites.map(
              (site) => html`<option value=${site.id} ?selected=${site.id === preselected}>${siteLabel(site)}</option>`,
            )}
          </select>
          ${
            this.pickerError
              ? html`<p id="site-picker-error" class="field__error">${msg('Select a site to continue.')}</p>`
              : nothing
          }
        </div>
        <div class="card__actions">
          <button class="button button--primary" part="continue-button" type="submit">${msg('Continue')}</button>
        </div>
      </form>
    </div>`;
  }

  /** The header's site: a picker when there are several, else the site's name. */
  renderSite(site: Site): TemplateResult {
    const sites = this.sites;
    if (sites.length <= 1) {
      return html`<div class="site">
        <span class="field__label">${msg('Site')}</span>
        <span class="site__name" part="site-name">${siteLabel(site)}</span>
      </div>`;
    }
    return html`<div class="site field field--inline" part="site-picker">
      <label class="field__label" for="site-select">${msg('Site')}</label>
      <select id="site-select" class="field__control" part="site-select" @change=${this.handleHeaderChange}>
        ${sites.map((s) => html`<option value=${s.id} ?selected=${s.id === site.id}>${siteLabel(s)}</option>`)}
      </select>
    </div>`;
  }

  /** The "Change site?" dialog. */
  renderDialog(): TemplateResult {
    return html`<dialog
      id="site-dialog"
      class="dialog"
      part="site-dialog"
      aria-labelledby="site-dialog-title"
      @close=${this.handleDialogClose}
    >
      ${this.question?.render()}
    </dialog>`;
  }
}

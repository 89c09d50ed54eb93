/**
 * The builder's sites: loading them (saying each retry of the adapter: "Still trying… (attempt 2
 * of 4)"), the error with Retry (its detail never repeating its title), and the sites left out
 * because they cannot be used ("1 site could not be shown"): all in one live region, each message
 * once. Loaded with the builder: the sites are the first thing it shows.
 */
import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { isAdapterError } from '../../adapter/errors.js';
import { isKnownCurrency } from '../../model/currencies.js';
import { isValidLocale } from '../../model/locale.js';
import type { Listed, Site } from '../../model/types.js';
import { skippedNote } from '../shared/adapter-text.js';

export interface SitesLoadOptions {
  adapter(): OrderAdapter | undefined;
  onComplete(sites: readonly Site[]): void;
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

export class SitesLoad {
  readonly task: Task<readonly [OrderAdapter | undefined], Listed<Site>>;
  /** While the adapter retries: the attempt under way and how many there will be at most. */
  private retry: { attempt: number; attempts: number } | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SitesLoadOptions) {
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
      args: () => [options.adapter()] as const,
      onComplete: (sites) => options.onComplete(sites),
    });
  }

  /** The sites that can be used (empty until they are loaded). */
  get sites(): Listed<Site> {
    return (this.task.status === TaskStatus.COMPLETE && this.task.value) || [];
  }

  /** "Loading sites…", then "Still trying… (attempt 2 of 4)" while the adapter retries. */
  loadingText(): string {
    const retry = this.retry;
    if (!retry) return msg('Loading sites…');
    const { attempt, attempts } = retry;
    return msg(str`Still trying… (attempt ${attempt} of ${attempts})`);
  }

  /** "1 site could not be shown", or "" when every site can be used. */
  skippedText(): string {
    return skippedNote('site', this.sites.skipped);
  }

  /**
   * The sites' status: one polite live region, kept from the first render on, so that each change
   * of what it says is heard and nothing is said twice. While the sites load it is the screen:
   * "Loading sites…" and each retry ("Still trying… (attempt 2 of 4)"), then the error card (what
   * failed as its title, then only why and what to do, and Retry) or "No sites are available.".
   * Once there are sites, it is the line above the picker or the workspace that says how many
   * were left out ("2 sites could not be shown"), or nothing.
   */
  render(onRetry: () => void): TemplateResult {
    const { status, error } = this.task;
    const skipped = this.skippedText();
    const none = status === TaskStatus.COMPLETE && !this.sites.length;
    let body: unknown = nothing;
    if (status === TaskStatus.PENDING) {
      body = html`<div class="notice" part="sites-loading">
        <span class="spinner" aria-hidden="true"></span>
        <p class="notice__text">${this.loadingText()}</p>
      </div>`;
    } else if (status === TaskStatus.ERROR) {
      const title = msg('The sites could not be loaded.');
      const detail = isAdapterError(error) ? withoutTitle(error.message) : msg('Something went wrong. Try again.');
      body = html`<div class="card notice notice--error" part="sites-error">
        <p class="notice__title">${title}</p>
        ${detail && detail !== title ? html`<p class="notice__text">${detail}</p>` : nothing}
        <div class="notice__actions">
          <button class="button" part="retry-button" type="button" data-retry @click=${onRetry}>${msg('Retry')}</button>
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
}

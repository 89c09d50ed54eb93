import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Site } from '../../model/types.js';
import { isolate } from '../shared/bidi.js';
import type * as Notices from './notices.js';
import type { SiteChange } from './notices.js';

/** A site as the pickers show it: "US Store (USD)". */
function siteLabel(site: Site): string {
  const name = isolate(site.name);
  const { currency } = site;
  return msg(str`${name} (${currency})`);
}

export interface SiteControllerOptions {
  /** The sites the adapter listed. */
  sites(): readonly Site[];
  /** The chosen site, if any. */
  current(): Site | undefined;
  /** The id the picker preselects (the host's `site-id`). */
  preselected(): string | null;
  /** Whether the order was just submitted: a change of site then clears nothing, and asks nothing. */
  submitted(): boolean;
  /** Confirms a change of site from the header (the host's `confirmSiteChange`, which a subclass may override). */
  confirm(next: Site, current: Site | undefined): boolean | Promise<boolean>;
  /** The agent chose a site: with "Continue" in the picker (`fromPicker`), or in the header once confirmed. */
  choose(site: Site, fromPicker: boolean): void;
  /** "Change site?" and the notices, loaded (undefined when they cannot be). */
  notices(): Promise<typeof Notices | undefined>;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Choosing the site: the "Choose a site" picker ("Select a site to continue." without one), the
 * header's picker with "Change site?" (what a change would clear, and the agent's answer), and
 * the notice of what the last change cleared. The sites' load is `SitesLoad`'s; what a change does
 * to the draft is the builder's (`selectSite`).
 */
export class SiteController {
  /** What the last change of site cleared, for the notice. */
  notice: SiteChange | null = null;
  /** The "Select a site to continue." message of the site picker. */
  private pickerError = false;
  /** "Change site?", once its code has loaded. */
  private question: Notices.SiteChangeQuestion | undefined;
  private readonly host: Host;
  private readonly options: SiteControllerOptions;

  constructor(host: Host, options: SiteControllerOptions) {
    this.host = host;
    this.options = options;
  }

  /** Sets the notice of what the last change cleared (null: none). */
  setNotice(notice: SiteChange | null): void {
    this.notice = notice;
    this.host.requestUpdate();
  }

  /** Asks "Change site?" listing what `change` clears; resolves with the agent's answer (false when the dialog cannot load). */
  async ask(change: SiteChange): Promise<boolean> {
    // The dialog loads with the notices (at once in practice: they load when the browser is idle).
    const notices = await this.options.notices();
    if (!notices) return false;
    this.question ??= new notices.SiteChangeQuestion(this.host);
    return this.question.ask(change);
  }

  private handlePickerSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const select = this.host.renderRoot.querySelector<HTMLSelectElement>('#site-picker-select');
    const site = this.options.sites().find((candidate) => candidate.id === select?.value);
    this.pickerError = !site;
    this.host.requestUpdate();
    if (site) this.options.choose(site, true);
    else select?.focus();
  };

  private handlePickerInput = (): void => {
    this.pickerError = false;
    this.host.requestUpdate();
  };

  private handleHeaderChange = async (event: Event): Promise<void> => {
    const select = event.target as HTMLSelectElement;
    const next = this.options.sites().find((site) => site.id === select.value);
    const current = this.options.current();
    if (!next || next.id === current?.id) return;
    // A submitted order is finished: nothing of it is cleared, the new site starts a new order.
    const confirmed = this.options.submitted() || (await this.options.confirm(next, current));
    if (confirmed) this.options.choose(next, false);
    else select.value = current?.id ?? '';
  };

  private handleDialogClose = (event: Event): void => {
    this.question?.close(event.target as HTMLDialogElement);
  };

  /** "Choose a site" with "Continue", before any site is chosen. */
  renderPicker(): TemplateResult {
    const preselected = this.options.preselected();
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
            aria-invalid=${this.pickerError ? 'true' : 'false'}
            aria-describedby=${this.pickerError ? 'site-picker-error' : nothing}
            @change=${this.handlePickerInput}
          >
            <option value="">${msg('Select a site')}</option>
            ${this.options
              .sites()
              .map(
                (site) =>
                  html`<option value=${site.id} ?selected=${site.id === preselected}>${siteLabel(site)}</option>`,
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
    const sites = this.options.sites();
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

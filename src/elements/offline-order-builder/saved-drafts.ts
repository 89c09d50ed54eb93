/**
 * What "Save draft" and "Drafts" do (loaded on demand by `SavedDraftsController`):
 *
 * - "Save draft" hands the draft to the adapter's `saveDraft` as `sessionStorage` keeps it
 *   (`keptDraft` of the draft store: cards by token only), replacing the saved draft it was resumed
 *   from, if any (the draft controller keeps which, with the draft in `sessionStorage`). Once saved, "Draft saved." is said and the builder starts a fresh order for the
 *   site, with focus on the customer: the order is parked, the agent takes the next call; it is in
 *   "Drafts" for anyone to resume. A failure says why and leaves the order as it was.
 * - "Drafts" opens a modal dialog listing the site's saved drafts (customer, items, total, saved
 *   time), each with "Resume" and "Delete". "Resume" asks "Discard changes?" first when the order
 *   being built holds unsaved work, then opens the saved draft the way "Create New Order" opens a
 *   draft (the draft controller's one write path, stored in `sessionStorage` as the crash net), and
 *   the pricing runs afresh for it. "Delete" asks "Delete this draft?" first.
 *
 * A saved draft is read again with the model's `parseDraft` before it is opened: an adapter's
 * answer is untrusted, whatever adapter the host brings.
 */
import { msg, str } from '../shared/localize.js';
import { css, html, nothing } from 'lit';
import type { ReactiveElement, TemplateResult } from 'lit';
import type { OrderAdapter, SavedDraft } from '../../adapter/adapter.js';
import { isAbortError, NotFoundError } from '../../adapter/errors.js';
import { customerName, parseDraft } from '../../model/draft.js';
import { formatMoney } from '../../model/money.js';
import type { OrderDraft, Site } from '../../model/types.js';
import { errorText } from '../shared/adapter-text.js';
import { adoptStyles } from '../shared/adopt-styles.js';
import { ConfirmDiscard, confirmDiscardStyles } from '../shared/confirm-discard.js';
import { dialogSurface } from '../shared/dialog.styles.js';
import { formatDateTime } from '../shared/format.js';
import { isEmptyDraft } from './draft-controller.js';
import type { DraftController } from './draft-controller.js';
import { loadDraftModule } from './on-demand-modules.js';

/** What the view works with (the builder's, through `SavedDraftsController`). */
export interface SavedDraftsOptions {
  adapter(): OrderAdapter | undefined;
  site(): Site | undefined;
  drafts: Pick<DraftController, 'draft' | 'savedDraftId' | 'linkSaved'>;
  /** Whether the order was submitted (its success view shows). */
  submitted(): boolean;
  /** The locale money and dates are formatted in. */
  locale(): string;
  /** Opens `draft` (a fresh one when absent) as the agent's new order, as "Create New Order" does, with focus on the customer. */
  open(draft?: OrderDraft): Promise<void>;
}

/** The controller the view works for: the builder and the options. */
export interface SavedDraftsContext {
  readonly host: ReactiveElement;
  readonly options: SavedDraftsOptions;
  /** The saved draft `savedId` was deleted (from Drafts). */
  deleted(savedId: string): void;
}

const DIALOG = '#drafts-dialog';

/** The Drafts dialog's own look (the builder's sheets give `.button`, `.heading`, `.notice`). */
export const savedDraftsStyles = [
  confirmDiscardStyles,
  css`
    .drafts {
      inline-size: min(100vw - 2rem, 44rem);
      max-block-size: calc(100vh - 2rem);
      ${dialogSurface}
    }
    .drafts[open] {
      display: grid;
      gap: var(--_oo-space-4);
    }
    .drafts h2 {
      padding-inline-end: 6.5rem;
    }
    .drafts::backdrop {
      background: rgb(0 0 0 / 0.4);
    }
    .drafts table {
      inline-size: 100%;
      border-collapse: collapse;
    }
    .drafts th,
    .drafts td {
      padding: var(--_oo-space-2);
      border-block-end: 1px solid var(--_oo-color-divider);
      text-align: start;
      vertical-align: middle;
    }
    .drafts thead th {
      color: var(--_oo-color-text-muted);
      font-weight: 600;
    }
    .drafts__actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_oo-space-2);
      justify-content: end;
    }
    .drafts p {
      margin: 0;
    }
  `,
];

/** The view of `context`, its styles adopted by the builder (created once, at the first press). */
export function createView(context: SavedDraftsContext): SavedDraftsView {
  adoptStyles(context.host, ...savedDraftsStyles);
  return new SavedDraftsView(context);
}

/** What the dialog shows: the list as it loads, fails or is. */
type ListState =
  | { kind: 'loading' }
  | { kind: 'error'; text: string }
  | { kind: 'ready'; drafts: readonly SavedDraft[]; skipped: number };

/** The saved drafts' dialog and "Save draft" (see the module's description). */
export class SavedDraftsView {
  /** What "Save draft" did last: "Draft saved.", or why not. */
  status = '';
  private list: ListState = { kind: 'loading' };
  /** Said in the dialog's live region: "Draft deleted.", or why a draft could not be resumed or deleted. */
  private note = '';
  private saving = false;
  private abort: AbortController | undefined;
  private readonly confirm: ConfirmDiscard;
  /** The draft as it was resumed: nothing unsaved while the order being built is still that one. */
  private resumed: OrderDraft | null = null;

  constructor(private readonly controller: SavedDraftsContext) {
    this.confirm = new ConfirmDiscard(controller.host);
  }

  private get host() {
    return this.controller.host;
  }

  private get options() {
    return this.controller.options;
  }

  /** A disconnected builder: no answer is waited for. */
  cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>(DIALOG);
  }

  private update(): void {
    this.host.requestUpdate();
  }

  /** "Save draft": saves, then a fresh order (see the module's description). */
  async save(): Promise<void> {
    const { adapter: adapterOf, drafts, site } = this.options;
    const adapter = adapterOf();
    const draft = drafts.draft;
    const siteId = site()?.id;
    if (this.saving || !adapter?.saveDraft || !siteId || draft.siteId !== siteId || isEmptyDraft(draft)) return;
    this.saving = true;
    this.status = msg('Saving draft…');
    this.update();
    const draftId = drafts.savedDraftId(draft);
    try {
      const { keptDraft } = await loadDraftModule();
      await adapter.saveDraft({ siteId, draft: keptDraft(draft), ...(draftId ? { draftId } : {}) });
      this.status = msg('Draft saved.');
      drafts.linkSaved(null, draft);
      this.resumed = null;
      if (this.list.kind === 'ready') this.list = { kind: 'loading' };
      await this.options.open();
    } catch (error) {
      // Deleted meanwhile (resumed and submitted elsewhere): the next press saves it as a new draft.
      if (draftId && error instanceof NotFoundError) drafts.linkSaved(null, draft);
      this.status = msg(str`The draft was not saved: ${errorText(error)}`);
    } finally {
      this.saving = false;
      this.update();
    }
  }

  /** "Drafts": opens the dialog and loads the list. */
  async show(): Promise<void> {
    this.note = '';
    this.update();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (dialog && !dialog.open) dialog.showModal();
    await this.load();
  }

  private load = async (): Promise<void> => {
    const adapter = this.options.adapter();
    const siteId = this.options.site()?.id;
    this.cancel();
    if (!adapter?.listDrafts || !siteId) return;
    const abort = (this.abort = new AbortController());
    this.list = { kind: 'loading' };
    this.update();
    try {
      const listed = await adapter.listDrafts({ siteId }, { signal: abort.signal });
      // Another site's draft would be priced and submitted in the wrong currency: left out, counted.
      const drafts = listed.filter((saved) => saved.draft?.siteId === siteId);
      this.list = { kind: 'ready', drafts, skipped: (listed.skipped ?? 0) + listed.length - drafts.length };
    } catch (error) {
      if (isAbortError(error) || abort.signal.aborted) return;
      this.list = { kind: 'error', text: errorText(error) };
    }
    this.update();
  };

  private close = (): void => {
    this.cancel();
    this.dialog()?.close();
  };

  /** "Resume": asks before unsaved work goes, then opens the saved draft (see the module's description). */
  private async resume(saved: SavedDraft): Promise<void> {
    let draft: OrderDraft;
    try {
      draft = parseDraft(JSON.stringify(saved.draft));
    } catch {
      this.note = msg('This draft could not be read. Delete it, or ask an administrator.');
      return this.update();
    }
    const { drafts, submitted } = this.options;
    const current = drafts.draft;
    const unsaved = !submitted() && !isEmptyDraft(current) && current !== this.resumed;
    if (unsaved && !(await this.confirm.ask())) return;
    this.close();
    this.status = msg('Draft resumed.');
    // Before it opens: stored with it from the start (see the draft controller's `savedDraftId`).
    drafts.linkSaved(saved.id, draft);
    this.resumed = draft;
    await this.options.open(draft);
  }

  /** "Delete": asks, then deletes; focus goes to the next draft's "Delete", else to "Close". */
  private async remove(saved: SavedDraft, index: number): Promise<void> {
    const adapter = this.options.adapter();
    const siteId = this.options.site()?.id;
    if (!adapter?.deleteDraft || !siteId) return;
    const asked = await this.confirm.ask({
      title: msg('Delete this draft?'),
      message: msg(str`The draft “${saved.label}” will be deleted for every agent.`),
      keep: msg('Keep draft'),
      discard: msg('Delete'),
    });
    if (!asked) return;
    try {
      await adapter.deleteDraft({ siteId, draftId: saved.id });
    } catch (error) {
      this.note = msg(str`The draft was not deleted: ${errorText(error)}`);
      return this.update();
    }
    const { drafts } = this.options;
    if (drafts.savedDraftId() === saved.id) drafts.linkSaved(null);
    this.controller.deleted(saved.id);
    if (this.list.kind === 'ready') this.list = { ...this.list, drafts: this.list.drafts.filter((d) => d !== saved) };
    this.note = msg('Draft deleted.');
    this.update();
    await this.host.updateComplete;
    const deletes = this.dialog()?.querySelectorAll<HTMLElement>('[part~="draft-delete-button"]');
    (
      deletes?.[Math.min(index, deletes.length - 1)] ?? this.dialog()?.querySelector<HTMLElement>('.dialog-close')
    )?.focus();
  }

  private renderRow(saved: SavedDraft, index: number): TemplateResult {
    const { draft } = saved;
    const locale = this.options.locale();
    const id = `saved-draft-${index}`;
    const count = draft.lines.reduce((sum, line) => sum + line.quantity, 0);
    const items = count === 1 ? msg('1 item') : msg(str`${count} items`);
    return html`<tr part="draft">
      <th id=${id} scope="row" part="draft-customer">
        ${draft.customer ? customerName(draft.customer) : msg('No customer')}
      </th>
      <td>${items}</td>
      <td>${saved.total ? formatMoney(saved.total, locale) : msg('Not available')}</td>
      <td>${formatDateTime(saved.savedAt, locale)}</td>
      <td>
        <div class="drafts__actions">
          <button
            class="button button--small"
            part="draft-resume-button"
            type="button"
            aria-describedby=${id}
            @click=${() => void this.resume(saved)}
          >
            ${msg('Resume')}
          </button>
          <button
            class="button button--quiet button--small"
            part="draft-delete-button"
            type="button"
            aria-describedby=${id}
            @click=${() => void this.remove(saved, index)}
          >
            ${msg('Delete')}
          </button>
        </div>
      </td>
    </tr>`;
  }

  private renderList(): TemplateResult {
    const { list } = this;
    if (list.kind === 'loading') return html`<p class="text-muted" part="drafts-loading">${msg('Loading drafts…')}</p>`;
    if (list.kind === 'error') {
      return html`<div class="notice notice--error" part="drafts-error">
        <p class="notice__title">${msg('The drafts could not be loaded.')}</p>
        <p class="notice__text">${list.text}</p>
        <div class="notice__actions">
          <button class="button button--small" part="drafts-retry-button" type="button" @click=${this.load}>
            ${msg('Retry')}
          </button>
        </div>
      </div>`;
    }
    const skipped = list.skipped
      ? html`<p class="text-small text-muted">
          ${list.skipped === 1 ? msg('1 draft could not be shown') : msg(str`${list.skipped} drafts could not be shown`)}
        </p>`
      : nothing;
    if (!list.drafts.length) {
      return html`<p class="text-muted" part="drafts-empty">${msg('No saved drafts for this site.')}</p> ${skipped}`;
    }
    return html`<table part="drafts-table">
        <thead>
          <tr>
            <th scope="col">${msg('Customer')}</th>
            <th scope="col">${msg('Items')}</th>
            <th scope="col">${msg('Total')}</th>
            <th scope="col">${msg('Saved')}</th>
            <td></td>
          </tr>
        </thead>
        <tbody> ${list.drafts.map((saved, index) => this.renderRow(saved, index))} </tbody>
      </table>
      ${skipped}`;
  }

  /** The Drafts dialog (closed until "Drafts" is pressed) and the questions it asks. */
  renderDialog(): TemplateResult {
    return html`<dialog
        id="drafts-dialog"
        class="drafts"
        part="drafts-dialog"
        aria-labelledby="drafts-title"
        @close=${() => this.cancel()}
      >
        <h2 id="drafts-title" class="heading heading--large">${msg('Drafts')}</h2>
        ${this.renderList()}
        <p class="text-small" part="drafts-status" role="status">${this.note}</p>
        <button
          class="dialog-close button button--quiet button--small"
          part="drafts-close-button"
          type="button"
          @click=${this.close}
        >
          ${msg('Close')}
        </button>
      </dialog>
      ${this.confirm.render()}`;
  }
}

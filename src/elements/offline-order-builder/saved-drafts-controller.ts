/**
 * Park and resume: "Save draft" (after "Submit Order", so that it adds no Tab stop to the standard
 * order) and "Drafts" (in the header, beside "Hide orders"), shown only when the adapter has
 * `saveDraft`, `listDrafts` and `deleteDraft`. What they do, the Drafts dialog and its questions,
 * load on demand (`saved-drafts.ts`). Which saved draft the order being built came from is the
 * draft controller's (kept with the draft in `sessionStorage`, so a reload keeps it): once that
 * order is submitted, its saved draft is deleted here (the Drafts code need not be loaded), and
 * when that fails the agent is told under the success view, where the order stays submitted.
 */
import { msg } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import type { OnDemand } from '../../controllers/on-demand.js';
import type { OrderSubmittedEvent } from '../../events/order-submitted.js';
import { isEmptyDraft } from './draft-controller.js';
import type { DraftController } from './draft-controller.js';
import type { OrderDraft } from '../../model/types.js';
import type * as SavedDraftsModule from './saved-drafts.js';
import type { SavedDraftsContext, SavedDraftsOptions, SavedDraftsView } from './saved-drafts.js';

/** `saved-drafts.ts`, loaded on demand. */
export type SavedDraftsCode = typeof SavedDraftsModule;

export interface SavedDraftsControllerOptions extends SavedDraftsOptions {
  drafts: DraftController;
  code: OnDemand<SavedDraftsCode>;
}

/** The builder's saved drafts (see the module's description). */
export class SavedDraftsController implements ReactiveController, SavedDraftsContext {
  private view: SavedDraftsView | undefined;
  /** The saved draft of a submitted order that could not be deleted, and that order's draft. */
  private undeleted: { savedId: string; draft: OrderDraft } | null = null;

  constructor(
    readonly host: ReactiveElement,
    readonly options: SavedDraftsControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('order-submitted', this.handleSubmitted);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('order-submitted', this.handleSubmitted);
    this.view?.cancel();
  }

  /** A draft resumed from a saved one was submitted: its saved copy goes; a failure is said (see `renderSubmittedNotice`). */
  private handleSubmitted = ({ draft }: OrderSubmittedEvent): void => {
    const { adapter: adapterOf, drafts } = this.options;
    const adapter = adapterOf();
    const savedId = drafts.savedDraftId(draft);
    if (!savedId || !adapter?.deleteDraft || !draft.siteId) return;
    drafts.linkSaved(null, draft);
    this.undeleted = null;
    adapter.deleteDraft({ siteId: draft.siteId, draftId: savedId }).catch((error: unknown) => {
      // Gone already (deleted from Drafts elsewhere): nothing to delete by hand. By `kind`, so
      // that the error classes stay out of the first paint.
      if ((error as { kind?: unknown } | null)?.kind === 'not-found') return;
      this.undeleted = { savedId, draft };
      this.host.requestUpdate();
    });
  };

  /** The saved draft `savedId` was deleted from Drafts: nothing left to say about it. */
  deleted(savedId: string): void {
    if (this.undeleted?.savedId === savedId) this.undeleted = null;
  }

  /**
   * Under the success view, a live region that says when the submitted order's saved draft could
   * not be deleted (the order stays submitted); empty otherwise, and gone with the next order.
   */
  renderSubmittedNotice(): TemplateResult | typeof nothing {
    if (!this.available) return nothing;
    const undeleted = this.undeleted?.draft === this.options.drafts.draft;
    return html`<p class="strong" part="saved-draft-notice" role="status">
      ${undeleted ? msg('The order was submitted, but its saved draft could not be deleted: delete it from Drafts.') : ''}
    </p>`;
  }

  /** Whether the adapter can save, list and delete drafts: without all three, nothing shows. */
  get available(): boolean {
    const adapter = this.options.adapter();
    return !!(adapter?.saveDraft && adapter.listDrafts && adapter.deleteDraft);
  }

  /** "Drafts", and its dialog once opened. */
  renderDraftsButton(): TemplateResult | typeof nothing {
    if (!this.available) return nothing;
    return html`<button
        class="button button--quiet button--small"
        part="drafts-button"
        type="button"
        aria-haspopup="dialog"
        @click=${this.openDrafts}
      >
        ${msg('Drafts')}
      </button>
      ${this.view?.renderDialog() ?? nothing}`;
  }

  /** "Save draft" and what its last press did ("Draft saved."), in a live region. */
  renderSaveButton(): TemplateResult | typeof nothing {
    if (!this.available) return nothing;
    const { draft } = this.options.drafts;
    return html`<button
        class="button"
        part="save-draft-button"
        type="button"
        ?disabled=${!draft.siteId || isEmptyDraft(draft)}
        @click=${this.save}
      >
        ${msg('Save draft')}
      </button>
      <p class="text-small" part="draft-status" role="status">${this.view?.status ?? ''}</p>`;
  }

  /** The view, its code loaded (once); undefined when it cannot be fetched. */
  private async ensureView(): Promise<SavedDraftsView | undefined> {
    const code = await this.options.code.tryLoad();
    return (this.view ??= code?.createView(this));
  }

  private openDrafts = async (): Promise<void> => (await this.ensureView())?.show();

  private save = async (): Promise<void> => (await this.ensureView())?.save();
}

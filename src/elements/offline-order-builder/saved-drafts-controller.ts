/**
 * Park and resume: "Save draft" (after "Submit Order", so that it adds no Tab stop to the standard
 * order) and "Drafts" (in the header, beside "Hide orders"), shown only when the adapter has
 * `saveDraft`, `listDrafts` and `deleteDraft`. What they do, the Drafts dialog and its questions,
 * load on demand (`saved-drafts.ts`), which also keeps which saved draft the order being built
 * came from (a draft is resumed or saved only once that code is there).
 */
import { msg } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import type { OnDemand } from '../../controllers/on-demand.js';
import { isEmptyDraft } from './draft-controller.js';
import type { DraftController } from './draft-controller.js';
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

  constructor(
    readonly host: ReactiveElement,
    readonly options: SavedDraftsControllerOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.view?.cancel();
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

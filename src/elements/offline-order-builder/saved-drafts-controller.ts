/**
 * Park and resume: "Save draft" (after "Submit Order", so that it adds no Tab stop to the standard
 * order) and "Drafts" (in the header, beside "Hide orders"), shown only when the adapter has
 * `saveDraft`, `listDrafts` and `deleteDraft`. What they do, the Drafts dialog and its questions,
 * load on demand (`saved-drafts.ts`); this controller keeps what the page must know without them:
 * which saved draft the order being built came from, so that saving it again replaces that one and
 * submitting it deletes it.
 */
import { msg } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import type { OnDemand } from '../../controllers/on-demand.js';
import type { OrderSubmittedEvent } from '../../events/order-submitted.js';
import type { OrderDraft } from '../../model/types.js';
import { adoptStyles } from '../shared/adopt-styles.js';
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
  /** The saved draft the order being built came from (null when none). */
  link: SavedDraftsContext['link'] = null;
  /** The draft as it was resumed: nothing unsaved while the order being built is still that one. */
  resumed: OrderDraft | null = null;
  private view: SavedDraftsView | undefined;

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
        @pointerenter=${this.options.code.preload}
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
    if (this.view) return this.view;
    const code = await this.options.code.tryLoad();
    if (code && !this.view) {
      adoptStyles(this.host, ...code.savedDraftsStyles);
      this.view = new code.SavedDraftsView(this);
    }
    return this.view;
  }

  private openDrafts = async (): Promise<void> => {
    await (await this.ensureView())?.show();
  };

  private save = async (): Promise<void> => {
    await (await this.ensureView())?.save();
  };

  /** A resumed (or saved) draft was submitted: its saved copy goes. A failure leaves it listed, to delete by hand. */
  private handleSubmitted = (event: OrderSubmittedEvent): void => {
    const { link } = this;
    const adapter = this.options.adapter();
    const siteId = event.draft.siteId;
    if (!link || link.draftId !== event.draft.id || !adapter?.deleteDraft || !siteId) return;
    this.link = null;
    this.resumed = null;
    adapter.deleteDraft({ siteId, draftId: link.savedId }).catch(() => undefined);
  };
}

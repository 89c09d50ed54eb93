/**
 * Saved drafts of the mock backend (`saveDraft`, `listDrafts`, `deleteDraft`), in memory only (a
 * reload or `reset()` forgets them). A draft is read with the model's `parseDraft`, as the builder
 * reads one from `sessionStorage`: what is kept has known fields only (cards by token), and one
 * that is not a draft, or is another site's, is refused.
 */
import type { SavedDraft } from '../src/adapter/adapter.js';
import { customerName, parseDraft } from '../src/model/draft.js';
import type { OrderDraft, Pricing } from '../src/model/types.js';
import type { MockState } from './backend-state.js';
import { badRequest, notFound, validationProblem } from './problem.js';

export class MockDrafts {
  /** The saved drafts, newest save first. */
  private saved: SavedDraft[] = [];
  private nextId = 1;

  constructor(
    private readonly state: MockState,
    private readonly price: (siteId: string, draft: OrderDraft) => Pricing,
  ) {}

  reset(): void {
    this.saved = [];
    this.nextId = 1;
  }

  /** The site's saved drafts, newest first. */
  list(siteId: string): SavedDraft[] {
    this.state.site(siteId);
    return this.saved.filter((s) => s.draft.siteId === siteId).map((s) => structuredClone(s));
  }

  /** Saves a new draft, or with `draftId` replaces that one (404 when there is none on the site). */
  save(siteId: string, body: unknown, draftId?: string): SavedDraft {
    this.state.site(siteId);
    let draft: OrderDraft;
    try {
      draft = parseDraft(JSON.stringify(body));
    } catch {
      throw badRequest('The request body must be { draft: OrderDraft }.');
    }
    if (draft.siteId !== siteId) {
      throw validationProblem('This draft is for another site.', [
        { path: 'draft.siteId', code: 'invalid', message: 'Save the draft on its own site.' },
      ]);
    }
    if (draftId !== undefined && !this.find(siteId, draftId)) throw notFound('There is no such draft on this site.');
    const id = draftId ?? `draft-${this.nextId++}`;
    const items = draft.lines.reduce((sum, line) => sum + line.quantity, 0);
    const who = draft.customer ? customerName(draft.customer) : 'No customer';
    const saved: SavedDraft = {
      id,
      savedAt: this.state.now().toISOString(),
      label: `${who}, ${items === 1 ? '1 item' : `${items} items`}`,
      draft,
    };
    const total = this.total(siteId, draft);
    if (total) saved.total = total;
    this.saved = [saved, ...this.saved.filter((s) => s.id !== id)];
    return structuredClone(saved);
  }

  /** Deletes a saved draft; 404 when there is none on the site. */
  delete(siteId: string, draftId: string): void {
    this.state.site(siteId);
    if (!this.find(siteId, draftId)) throw notFound('There is no such draft on this site.');
    this.saved = this.saved.filter((s) => s.id !== draftId);
  }

  private find(siteId: string, draftId: string): SavedDraft | undefined {
    return this.saved.find((s) => s.id === draftId && s.draft.siteId === siteId);
  }

  /** The draft's total, when it has lines and prices (a draft that cannot be priced is saved without). */
  private total(siteId: string, draft: OrderDraft): SavedDraft['total'] {
    if (!draft.lines.length) return undefined;
    try {
      return this.price(siteId, draft).total;
    } catch {
      return undefined;
    }
  }
}

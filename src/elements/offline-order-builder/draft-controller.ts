import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftChangeEvent } from '../../events/draft-change.js';
import { createDraft } from '../../model/draft.js';
import type { OrderDraft } from '../../model/types.js';
import type { StoredDraft } from './draft-store.js';
import { loadDraftModule as loadStore } from './on-demand-modules.js';
import type { SiteChange } from './notices.js';
import type { Claim } from './submit-guard.js';

/**
 * Where a new draft comes from, which decides what `apply` does besides taking it:
 * - `agent`: an edit of the agent: stored, and `draft-change` fired.
 * - `host`: the host set the draft: stored, and never replaced by a stored one; no event.
 * - `builder`: the builder's own change (the site a host chose): stored; no event.
 * - `answer`: an adapter's answer taken into the draft (pricing): an edit of the agent when it
 *   amends one (`draft-change`), else like `builder`.
 * - `restored`: the draft offered back from storage: stored already, not written again.
 */
export type DraftOrigin = 'agent' | 'host' | 'builder' | 'answer' | 'restored';

/** A draft with nothing the agent entered: not worth keeping, restoring or warning about. */
export function isEmptyDraft(draft: OrderDraft): boolean {
  return (
    !draft.customer &&
    !draft.lines.length &&
    !draft.payments.length &&
    !draft.coupons.length &&
    !draft.customerNotes &&
    !draft.giftMessage
  );
}

/**
 * What the draft asks of its submission (the builder's `NewOrderController`, which attaches itself
 * with `attach`): whether there is anything left to store, the key to store with the draft, and
 * whether another tab of this browser submitted it.
 */
export interface DraftSubmission {
  /** Whether the order was submitted from this page: storage then holds no draft. */
  readonly submitted: boolean;
  /** The idempotency key of the draft's pending submission, stored with it (see `saveDraft`). */
  pendingKey(draft: OrderDraft): string | null | undefined;
  /** Another draft was taken (not a restored one): what the submission knew of the previous one goes. */
  reset(): void;
  /** The claim of another tab of this browser on `draft` (it was submitted there), or null. */
  claimedElsewhere(draft: OrderDraft): Promise<Claim | null>;
}

/**
 * The only owner of the builder's draft: every change goes through `apply`, which stores the draft
 * in `sessionStorage` (once a stored one was offered back, see `restore`) and fires `draft-change`
 * for the agent's edits. It asks before the page is left with an unsubmitted draft, and stops
 * writing to storage once the host is disconnected (a builder that replaced it owns the key then).
 * It keeps what the notices say about the draft: restored, what a change of site cleared, not
 * kept, or submitted in another tab (checked again whenever another tab writes to `localStorage`).
 */
export class DraftController implements ReactiveController {
  /** Whether the last save to storage failed ("This order could not be kept in this browser"). */
  unkept = false;
  /** When the draft restored from storage had been saved (ISO); '' once dealt with (see `restoredAt`). */
  private restored = '';
  /** What the last change of site cleared from the draft, for the notice. */
  siteChange: SiteChange | null = null;
  /** Another tab of this browser submitted this draft (see `submit-guard.ts`). */
  otherTab: Claim | null = null;
  /** The draft's submission, once the builder's controller of it attached itself (see `attach`). */
  private submission: DraftSubmission | null = null;
  private current: OrderDraft = createDraft();
  /** The last draft of an edit of the agent, as opposed to one a host set or restored. */
  private agentDraft: OrderDraft | null = null;
  /** Whether a host set the draft: it is not replaced by a stored one. */
  private hostOwned = false;
  /** Whether a stored draft was looked for (once, for the first site chosen). */
  private restoreStarted = false;
  /** Settles once a stored draft was offered back: saving waits for it. */
  private restoring: Promise<unknown> = Promise.resolve();
  /** The key the draft was last stored under. */
  private storedKey = '';
  /** The adapter's saved draft ("Drafts") a draft came from, by the draft's id: stored with it (see `savedDraftId`). */
  private savedLink: { savedId: string; draftId: string } | null = null;

  /** `storageKey`: the key the host set (`draft-key`), else null (one per site). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly storageKey: () => string | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.handleBeforeUnload);
    window.addEventListener('storage', this.handleStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.handleBeforeUnload);
    window.removeEventListener('storage', this.handleStorage);
  }

  /** The order being created. */
  get draft(): OrderDraft {
    return this.current;
  }

  /** When the draft restored from storage had been saved (ISO); '' once dealt with (see `dismissRestored`). */
  get restoredAt(): string {
    return this.restored;
  }

  /** The draft's submission (the builder's `NewOrderController`): what `save` and the leave prompt ask. */
  attach(submission: DraftSubmission): void {
    this.submission = submission;
  }

  /** Takes a new draft (see `DraftOrigin` for what each origin does). */
  apply(next: OrderDraft, origin: DraftOrigin): void {
    if (origin === 'host') this.hostOwned = true;
    const agent = origin === 'agent' || (origin === 'answer' && this.current === this.agentDraft);
    this.current = next;
    this.host.requestUpdate();
    if (origin === 'restored') return;
    if (agent) this.agentDraft = next;
    this.submission?.reset();
    void this.save();
    // Documented by the builder's @fires tag (the analyzer cannot name an event from its class).
    if (agent) this.host.dispatchEvent(new DraftChangeEvent({ draft: next }));
  }

  /**
   * The id of the adapter's saved draft ("Drafts") `draft` was resumed from, kept with it in
   * storage so that a reload keeps it: "Save draft" replaces that one, submitting deletes it.
   */
  savedDraftId(draft: OrderDraft = this.current): string | undefined {
    return this.savedLink?.draftId === draft.id ? this.savedLink.savedId : undefined;
  }

  /** `draft` comes from the saved draft `savedId` (null: from none, or no more); stored with it. */
  linkSaved(savedId: string | null, draft: OrderDraft = this.current): void {
    this.savedLink = savedId ? { savedId, draftId: draft.id } : null;
    if (draft === this.current) void this.save();
  }

  /** Opens a draft (a host's, a stored one, a new one) with its notices as new: restored at `restoredAt`, or not. */
  open(draft: OrderDraft, origin: DraftOrigin, restoredAt = ''): void {
    this.otherTab = null;
    this.restored = restoredAt;
    this.apply(draft, origin);
  }

  /** The notice about the restored draft is dealt with (another site chosen, the order submitted): it goes. */
  dismissRestored(): void {
    this.restored = '';
    this.host.requestUpdate();
  }

  /** Sets (or, with null, takes down) the notice of what the last change of site cleared. */
  setSiteChange(change: SiteChange | null): void {
    this.siteChange = change;
    this.host.requestUpdate();
  }

  /** Whether another tab of this browser submitted this draft (then the notice says so). */
  async checkOtherTab(): Promise<void> {
    const draft = this.current;
    const submission = this.submission;
    if (!submission || submission.submitted || isEmptyDraft(draft)) return;
    const claim = await submission.claimedElsewhere(draft);
    if (draft !== this.current || submission.submitted) return;
    this.otherTab = claim;
    this.host.requestUpdate();
  }

  /** Another claim on the draft, or none (null), from the submission. */
  setOtherTab(claim: Claim | null): void {
    this.otherTab = claim;
    this.host.requestUpdate();
  }

  /**
   * Looks once (for the first site chosen) for a draft left in storage for `siteId`, and hands it
   * to `offer` unless a host set the draft or the agent began one meanwhile.
   */
  restore(siteId: string, offer: (stored: StoredDraft) => void): void {
    if (this.restoreStarted) return;
    this.restoreStarted = true;
    this.restoring = loadStore().then(
      ({ defaultDraftKey, loadSessionDraft }) => {
        const stored = loadSessionDraft(this.storageKey() || defaultDraftKey(siteId));
        // Never over a draft a host set, nor over what the agent began meanwhile.
        if (!stored || this.hostOwned || !isEmptyDraft(this.current) || isEmptyDraft(stored.draft)) return;
        if ((stored.draft.siteId ?? siteId) !== siteId) return;
        // Resumed from a saved draft before the reload: still that one's.
        const { savedDraftId } = stored;
        this.savedLink = savedDraftId ? { savedId: savedDraftId, draftId: stored.draft.id } : null;
        offer(stored);
      },
      () => undefined,
    );
  }

  /**
   * Stores the draft under its key, once a stored one was offered back; an empty draft, or one
   * submitted, is removed from storage. A draft replaced meanwhile is left to its successor's call.
   */
  async save(): Promise<void> {
    const draft = this.current;
    await this.restoring;
    const store = await loadStore().catch(() => undefined);
    // A builder taken off the page meanwhile leaves storage to the one that replaced it.
    if (!store || draft !== this.current || !this.host.isConnected) return;
    const key = this.storageKey() || (draft.siteId ? store.defaultDraftKey(draft.siteId) : '');
    // A submitted or empty draft is removed from storage; a failed save removes the older version
    // (it must not come back as the latest) and says so.
    const kept = this.submission?.submitted || isEmptyDraft(draft) ? null : draft;
    const pending = this.submission?.pendingKey(draft);
    const unkept = store.keepSessionDraft(this.storedKey, key, kept, pending, this.savedDraftId(draft) ?? null);
    this.storedKey = key;
    if (unkept === null) return;
    if (unkept !== this.unkept) {
      this.unkept = unkept;
      this.host.requestUpdate();
    }
  }

  /** Another tab wrote to `localStorage`: it may have submitted this draft. */
  private handleStorage = (): void => void this.checkOtherTab();

  private handleBeforeUnload = (event: BeforeUnloadEvent): void => {
    // Nothing to lose once the order is submitted, here or in another tab.
    if (this.submission?.submitted || this.otherTab || isEmptyDraft(this.current)) return;
    event.preventDefault();
    // Older browsers ask only when a return value is set.
    event.returnValue = true;
  };
}

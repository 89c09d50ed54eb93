import { parseDraft, serializeDraft } from '../../model/draft.js';
import type { OrderDraft } from '../../model/types.js';

/** A draft kept in storage, with the time it was saved. */
export interface StoredDraft {
  draft: OrderDraft;
  /** ISO timestamp of the save. */
  savedAt: string;
  /**
   * The idempotency key of a submission of the draft that was sent and whose outcome is not known
   * (it may have created the order): reused after a reload, so that it can never become a second order.
   */
  attemptKey?: string;
  /**
   * The id of the adapter's saved draft ("Drafts") this draft was resumed from: after a reload too,
   * "Save draft" replaces that saved draft and submitting the order deletes it.
   */
  savedDraftId?: string;
}

/**
 * The draft as it is kept: `serializeDraft`'s known fields only, so card payments by token, brand,
 * last four and expiry, never a number or a security code. What `sessionStorage` keeps, and what
 * "Save draft" hands to the adapter (`saveDraft`): the same reading, one place.
 */
export function keptDraft(draft: OrderDraft): OrderDraft {
  return JSON.parse(serializeDraft(draft)) as OrderDraft;
}

/** The storage key of a site's draft when the host sets no `draft-key`. */
export function defaultDraftKey(siteId: string): string {
  return `offline-order-draft:${siteId}`;
}

/**
 * Saves the draft, with the key of its pending submission when there is one (`attemptKey`; null
 * when there is none). Undefined `attemptKey` means the page does not know yet (a restored draft
 * whose submission has not taken its key over): the key stored with the same draft stays, so that
 * an edit saved meanwhile never drops it. `serializeDraft`
 * keeps only the draft's known fields, so nothing like a card number can ride along. Storage may
 * be full or blocked: then the older version saved under `key`, if any, is removed, so that it can
 * never come back as the latest, and the answer is false (the draft lives only in the page).
 */
export function saveDraft(
  storage: Storage,
  key: string,
  draft: OrderDraft,
  now: Date = new Date(),
  attemptKey?: string | null,
  savedDraftId?: string | null,
): boolean {
  if (attemptKey === undefined) {
    const kept = loadDraft(storage, key);
    if (kept?.draft.id === draft.id) attemptKey = kept.attemptKey;
  }
  try {
    const stored: Record<string, unknown> = { savedAt: now.toISOString(), draft: keptDraft(draft) };
    if (attemptKey) stored['attemptKey'] = attemptKey;
    if (savedDraftId) stored['savedDraftId'] = savedDraftId;
    storage.setItem(key, JSON.stringify(stored));
    return true;
  } catch {
    clearDraft(storage, key);
    return false;
  }
}

/** The draft saved under `key`, or null. A malformed entry is removed rather than trusted. */
export function loadDraft(storage: Storage, key: string): StoredDraft | null {
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const stored = JSON.parse(text) as {
      savedAt?: unknown;
      draft?: unknown;
      attemptKey?: unknown;
      savedDraftId?: unknown;
    };
    const savedAt = typeof stored.savedAt === 'string' ? stored.savedAt : '';
    if (Number.isNaN(Date.parse(savedAt))) throw new Error('no time');
    const draft = parseDraft(JSON.stringify(stored.draft));
    const kept: StoredDraft = { savedAt, draft };
    if (typeof stored.attemptKey === 'string' && stored.attemptKey) kept.attemptKey = stored.attemptKey;
    if (typeof stored.savedDraftId === 'string' && stored.savedDraftId) kept.savedDraftId = stored.savedDraftId;
    return kept;
  } catch {
    clearDraft(storage, key);
    return null;
  }
}

export function clearDraft(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: blocked storage holds nothing of ours.
  }
}

/** The page's session storage, or null where reading it throws (storage blocked, sandboxed frames). */
function sessionStore(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

/** The draft kept under `key` in the page's session storage, or null. */
export function loadSessionDraft(key: string): StoredDraft | null {
  const storage = sessionStore();
  return storage && loadDraft(storage, key);
}

/**
 * Keeps `draft` under `key` in the page's session storage (with `attemptKey` and `savedDraftId`,
 * see `saveDraft`), or
 * removes what is kept there when `draft` is null (nothing to keep: empty, or submitted); what was
 * kept under `previousKey` (the key before a change of site) goes. Answers whether the draft could
 * not be kept; null when nothing was asked of storage (no key, or storage blocked).
 */
export function keepSessionDraft(
  previousKey: string,
  key: string,
  draft: OrderDraft | null,
  attemptKey: string | null | undefined,
  savedDraftId?: string | null,
): boolean | null {
  const storage = sessionStore();
  if (!storage) return null;
  if (previousKey && previousKey !== key) clearDraft(storage, previousKey);
  if (!key) return null;
  if (!draft) clearDraft(storage, key);
  return !!draft && !saveDraft(storage, key, draft, undefined, attemptKey, savedDraftId);
}

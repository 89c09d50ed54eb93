/**
 * The draft the builder keeps in session storage, as the tests read it back: raw, not checked
 * (a test asserts what was written, e.g. that no card number is there).
 */
import type { StoredDraft } from '../../src/elements/offline-order-builder/draft-store.js';

/** The builder's storage key for the US Store's draft (`defaultDraftKey('us')`). */
export const DRAFT_KEY = 'offline-order-draft:us';

/** What is stored under `key` (`{ savedAt, draft, attemptKey? }`), or null. */
export function storedDraft(key = DRAFT_KEY): StoredDraft | null {
  const raw = sessionStorage.getItem(key);
  return raw === null ? null : (JSON.parse(raw) as StoredDraft);
}

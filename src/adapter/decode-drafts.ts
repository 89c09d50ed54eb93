/**
 * The decoders of the saved drafts (`saveDraft`, `listDrafts`): the summary's fields by the shared
 * decoders of `decode.ts`, the draft itself by the model's `parseDraft`, the same reading as a draft
 * kept in `sessionStorage` gets (known fields only, each checked), so that an answer cannot bring a
 * card number or a malformed line into the builder. A draft of another site is refused: resumed
 * there, it would be priced and submitted in the wrong currency.
 */
import type { SavedDraft } from './adapter.js';
import * as d from './decode.js';
import { DraftParseError, parseDraft } from '../model/draft-json.js';

const summary = d.object({ id: d.string, savedAt: d.string, label: d.string }, { total: d.money });

/** One saved draft of `siteId`. */
export function savedDraft(siteId: string): d.Decoder<SavedDraft> {
  return (value, path) => {
    const { id, savedAt, label, total } = summary(value, path);
    const at = path ? `${path}.` : '';
    if (!id) throw new d.DecodeError(`${at}id`, 'an id');
    if (Number.isNaN(Date.parse(savedAt))) throw new d.DecodeError(`${at}savedAt`, 'a date and time');
    let draft;
    try {
      draft = parseDraft(JSON.stringify((value as { draft?: unknown }).draft ?? null));
    } catch (error) {
      if (!(error instanceof DraftParseError)) throw error;
      throw new d.DecodeError(`${at}draft${error.path ? `.${error.path}` : ''}`, 'a draft this version can read');
    }
    if (draft.siteId !== siteId) throw new d.DecodeError(`${at}draft.siteId`, `the site asked (${siteId})`);
    return total ? { id, savedAt, label, total, draft } : { id, savedAt, label, draft };
  };
}

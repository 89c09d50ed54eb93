import { msg, str } from './localize.js';
import { html } from 'lit';
import type { TemplateResult } from 'lit';

/** One formatter per locale: a table of lines shows a limit per gift message. */
const counts = new Map<string, Intl.NumberFormat | null>();

/** `limit` in the locale's digits ("1,000", "1 000"); as it is when `Intl` cannot read the locale. */
function formatCount(limit: number, locale: string): string {
  let format = counts.get(locale);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale);
    } catch {
      format = null;
    }
    counts.set(locale, format);
  }
  return format ? format.format(limit) : String(limit);
}

/**
 * "Up to 1,000 characters": the visible limit of a free-text field (its `maxlength`, from the
 * model's `TEXT_LIMITS`), to tie to the field with `aria-describedby`.
 */
export function limitHint(id: string, limit: number, locale = 'en-US'): TemplateResult {
  return html`<p id=${id} class="field__hint" part="limit-hint"
    >${msg(str`Up to ${formatCount(limit, locale)} characters`)}</p
  >`;
}

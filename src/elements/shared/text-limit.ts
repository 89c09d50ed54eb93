import { msg, str } from './localize.js';
import { html } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * "Up to 1,000 characters": the visible limit of a free-text field (its `maxlength`, from the
 * model's `TEXT_LIMITS`), to tie to the field with `aria-describedby`.
 */
export function limitHint(id: string, limit: number, locale = 'en-US'): TemplateResult {
  let count: string;
  try {
    count = new Intl.NumberFormat(locale).format(limit);
  } catch {
    count = String(limit);
  }
  return html`<p id=${id} class="field__hint" part="limit-hint">${msg(str`Up to ${count} characters`)}</p>`;
}

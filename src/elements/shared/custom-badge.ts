/**
 * The mark of a custom line (an item the catalog lacks, `DraftLine.custom`) wherever it shows: the
 * editor's table, the read-back of the confirmation and of the success view. "Custom", and "Not
 * taxable" when no tax is charged on it. The words come with the language rendering now.
 */
import { msg } from './localize.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { DraftLine } from '../../model/types.js';

export function renderCustomBadge(line: Pick<DraftLine, 'custom'>): TemplateResult | typeof nothing {
  if (!line.custom) return nothing;
  return html`<span class="badge" part="custom-badge">${msg('Custom')}</span>${
      line.custom.taxable ? nothing : html` <span class="badge" part="custom-badge">${msg('Not taxable')}</span>`
    }`;
}

/**
 * What the "Keyboard shortcuts" popover lists, with its look: loaded on demand (when the browser
 * is idle after the workspace shows, or when the list opens first), see `ShortcutsController`.
 */
import { msg } from '../shared/localize.js';
import { css, html } from 'lit';
import type { ReactiveElement, TemplateResult } from 'lit';
import { adoptStyles } from '../shared/adopt-styles.js';

const listStyles = css`
  .shortcuts dl {
    display: grid;
    grid-template-columns: fit-content(50%) minmax(0, 1fr);
    gap: var(--_oo-space-2) var(--_oo-space-4);
    margin: 0;
  }
  .shortcuts kbd {
    padding: 0 var(--_oo-space-1);
    border: 1px solid var(--_oo-color-border);
    border-radius: var(--_oo-radius);
    font: inherit;
    font-size: var(--_oo-font-size-small);
  }
`;

/** The heading and the list of shortcuts (Alt+Shift and a letter, Ctrl+Enter, "?"), in `host`'s popover. */
export function renderShortcutsList(host: ReactiveElement): TemplateResult {
  adoptStyles(host, listStyles);
  const lines: [keys: string, action: string][] = [
    ['Alt+Shift+C', msg('Go to Customer Search')],
    ['Alt+Shift+D', msg('Edit Details')],
    ['Alt+Shift+P', msg('Add Payment')],
    ['Alt+Shift+S', msg('Submit Order')],
    [
      `Ctrl+${msg('Enter', { desc: 'The Enter key, as its name is printed on keyboards.' })}`,
      msg('In Order Details and Configure Product: Save'),
    ],
    ['Alt+Shift+M', msg('In Order Details: go to Shipping Method')],
    ['Alt+Shift+O', msg('In Order Details: go to Coupon code')],
    ['?', msg('Show these shortcuts (outside text fields)')],
  ];
  return html`<h3 class="heading">${msg('Keyboard shortcuts')}</h3>
    <dl>
      ${lines.map(
        ([keys, action]) =>
          html`<dt><kbd>${keys}</kbd></dt
            ><dd>${action}</dd>`,
      )}
    </dl>`;
}

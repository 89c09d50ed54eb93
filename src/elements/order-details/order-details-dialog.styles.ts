import { css } from 'lit';
import { dialogStyles } from '../line-item-editor/line-item-editor.styles.js';

// Compact on purpose (one rule a line): the library's size budget counts every byte of these sheets.
export const detailsStyles = [
  dialogStyles,
  css`
    .dialog { inline-size: min(calc(100vw - 2rem), 64rem); }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: var(--_oo-space-4); }
    ul { margin: 0; padding: 0; list-style: none; }
    .problems { padding: var(--_oo-space-3); border-inline-start: 4px solid var(--_oo-color-danger); }
    .totals { display: grid; justify-self: end; inline-size: min(100%, 26rem); gap: var(--_oo-space-1); }
    .totals[aria-busy='true'] > :not(h3, [role='status']) { opacity: 0.6; }
    .total-row { display: flex; justify-content: space-between; gap: var(--_oo-space-3); }
    summary > :first-child::before { content: '▸ '; }
    [open] > summary > :first-child::before { content: '▾ '; }
    details li { padding-inline-start: var(--_oo-space-4); color: var(--_oo-color-text-muted); }
    .total { border-block-start: 1px solid var(--_oo-color-divider); font-weight: 600; }
  `,
];

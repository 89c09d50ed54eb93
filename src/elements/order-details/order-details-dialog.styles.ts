import { css } from 'lit';
import { dialogStyles } from '../line-item-editor/line-item-editor.styles.js';

export const detailsStyles = [
  dialogStyles,
  css`
    .dialog {
      inline-size: min(calc(100vw - 2rem), 64rem);
    }

    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      gap: var(--_oo-space-4);
    }

    .stack {
      display: grid;
      align-content: start;
      gap: var(--_oo-space-3);
    }

    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .ok {
      color: var(--_oo-color-success);
    }

    .problems {
      padding: var(--_oo-space-3);
      border-inline-start: 4px solid var(--_oo-color-danger);
      background: var(--_oo-color-surface);
    }

    .problems ul {
      padding-inline-start: var(--_oo-space-4);
      list-style: disc;
    }

    .totals {
      display: grid;
      justify-self: end;
      inline-size: min(100%, 26rem);
      gap: var(--_oo-space-1);
    }

    .totals[aria-busy='true'] > :not(h3, [role='status']) {
      opacity: 0.6;
    }

    .total-row {
      display: flex;
      justify-content: space-between;
      gap: var(--_oo-space-3);
    }

    summary {
      cursor: pointer;
    }

    summary > :first-child::before {
      content: '▸ ';
    }

    [open] > summary > :first-child::before {
      content: '▾ ';
    }

    details li {
      padding-inline-start: var(--_oo-space-4);
      color: var(--_oo-color-text-muted);
    }

    .total {
      padding-block-start: var(--_oo-space-2);
      border-block-start: 1px solid var(--_oo-color-divider);
      font-weight: 600;
    }
  `,
];

import { css } from 'lit';
import { editingStyles } from '../shared/editing.styles.js';

// Compact on purpose (one rule a line): the library's size budget counts every byte of these sheets.
// Layout: the items, then `.order`: the order-level `.details` (one grid: labels in the first
// column, controls in the second, once there is room) and the totals, beside them on a wide
// dialog and right-aligned below them otherwise, like an invoice.
export const detailsStyles = [
  editingStyles,
  css`
    .dialog {
      inline-size: min(100vw - 2rem, 72rem);
    }
    .keys {
      margin: 0 auto;
      margin-inline-start: 0;
    }
    .problems {
      padding: var(--_oo-space-3);
      border-inline-start: 4px solid var(--_oo-color-danger);
      background: var(--_oo-color-surface);
    }
    ul {
      padding: 0;
      list-style: none;
    }
    .problems ul {
      padding-inline-start: var(--_oo-space-5);
      list-style: disc;
    }
    .order {
      display: grid;
      gap: var(--_oo-space-5) var(--_oo-space-6);
    }
    .details {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_oo-space-3) var(--_oo-space-4);
      align-items: baseline;
    }
    .details > form {
      display: contents;
    }
    .details .row > input:not([type='checkbox'], [type='radio']) {
      flex: 1;
    }
    .tax-exempt {
      display: contents;
    }
    .adjust {
      display: grid;
      gap: var(--_oo-space-2) var(--_oo-space-3);
    }
    @container (width >= 34rem) {
      .details {
        grid-template-columns: 11rem minmax(0, 1fr);
      }
      .details > * {
        grid-column: 2;
      }
      .details > :is(.field, fieldset),
      .tax-exempt > .field,
      form > .field {
        display: grid;
        grid-column: 1 / -1;
        grid-template-columns: 11rem minmax(0, 1fr);
        column-gap: var(--_oo-space-4);
        align-items: baseline;
      }
      legend {
        float: inline-start;
      }
      .adjust {
        grid-template-columns: 9rem 7rem minmax(8rem, 1fr);
      }
      fieldset > p,
      fieldset > .ship-to,
      .tax-exempt > .row,
      .field > .field__hint,
      form > .field > p {
        grid-column: 2;
      }
      .field:has(#shipping-amount) {
        grid-column: 2;
      }
      .totals {
        justify-self: end;
        inline-size: min(100%, 22rem);
      }
    }
    @container (width >= 56rem) {
      .order {
        grid-template-columns: minmax(0, 1fr) 20rem;
      }
      .totals {
        align-self: end;
      }
    }
    .totals {
      display: grid;
      gap: var(--_oo-space-1);
      padding: var(--_oo-space-4);
      border-radius: var(--_oo-radius);
      background: var(--_oo-color-surface);
    }
    /* Figures being recalculated look muted, in a colour that keeps its contrast (not faded). */
    .totals[aria-busy='true'] > :not(h3, [role='status']) {
      color: var(--_oo-color-text-muted);
    }
    .total-row {
      display: flex;
      justify-content: space-between;
      gap: var(--_oo-space-3);
    }
    summary {
      cursor: pointer;
      /* A 24px target however dense the theme (WCAG 2.5.8). */
      min-block-size: 24px;
    }
    /* "Ship to": one address per line, each radio a 24px row however dense the theme. */
    .ship-to > label {
      min-block-size: 24px;
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
      font-size: var(--_oo-font-size-small);
    }
    .total {
      padding-block-start: var(--_oo-space-2);
      border-block-start: 1px solid var(--_oo-color-divider);
      font-size: var(--_oo-font-size-large);
      font-weight: 600;
    }
  `,
];

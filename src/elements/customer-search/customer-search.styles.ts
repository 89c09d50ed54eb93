import { css } from 'lit';

// Compact on purpose (one rule a line): the library's size budget counts every byte of these sheets.
// The dialogs' rules load with them (customer-dialogs.styles.ts, after the shared dialog frame).
export const customerSearchStyles = css`
  /* One column as wide as the element: the grid needs no measure of the options' text before laying them out. */
  :host {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_oo-space-3);
  }
  .grow {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  [role='listbox'] {
    max-block-size: 20rem;
    overflow: auto;
    border: 1px solid var(--_oo-color-border);
    border-radius: var(--_oo-radius);
    list-style: none;
  }
  /* Blocks, not a grid: the same lines, laid out in one pass. */
  [role='option'],
  [role='option'] > span {
    display: block;
  }
  [role='option'] {
    padding: var(--_oo-space-2) var(--_oo-space-3);
    cursor: pointer;
  }
  [role='option'] + [role='option'] {
    border-block-start: 1px solid var(--_oo-color-divider);
  }
  [aria-selected='true'] {
    outline: var(--_oo-focus-ring);
    outline-offset: -2px;
    background: var(--_oo-color-surface-sunken);
  }
  [aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_oo-color-text-muted);
  }
  mark {
    background: none;
    color: inherit;
    font-weight: 700;
  }
  [part~='customer-name'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  /* Focus in the card shows the name (and number) whole, as the title does on hover; the buttons stay beside its first line. */
  .customer:focus-within [part~='customer-name'] {
    display: block;
    overflow: visible;
  }
  .customer > .row {
    align-items: baseline;
  }
  .customer {
    padding: var(--_oo-space-4);
    border: 1px solid var(--_oo-color-divider);
    border-radius: var(--_oo-radius);
    background: var(--_oo-color-surface-raised);
  }
  dl {
    display: grid;
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: var(--_oo-space-1) var(--_oo-space-3);
    margin-block: var(--_oo-space-3) 0;
  }
  dt {
    color: var(--_oo-color-text-muted);
  }
  #problems {
    margin-block-start: var(--_oo-space-3);
    padding: var(--_oo-space-2) var(--_oo-space-5);
    border-inline-start: 4px solid var(--_oo-color-danger);
    background: var(--_oo-color-surface);
  }
  @media (forced-colors: active) {
    [aria-selected='true'] {
      outline-color: Highlight;
    }
  }
`;

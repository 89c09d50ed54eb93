import { css } from 'lit';

// Compact on purpose (one rule a line): the library's size budget counts every byte of these sheets.
// "Check Balance" sits beside the Code input, its top a label's height down so that it lines up
// with the input whatever hint or error shows below it.
export const paymentPanelStyles = css`
  :host,
  form,
  fieldset,
  .grid {
    display: grid;
    gap: var(--_oo-space-3);
  }
  dl,
  li,
  .check {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_oo-space-2) var(--_oo-space-5);
  }
  dt {
    color: var(--_oo-color-text-muted);
  }
  dd,
  .error {
    font-weight: 600;
  }
  ul {
    list-style: none;
  }
  li {
    column-gap: var(--_oo-space-3);
    border-block-end: 1px solid var(--_oo-color-divider);
  }
  li > :first-child {
    flex: 1;
  }
  li:focus-visible {
    outline: var(--_oo-focus-ring);
    outline-offset: 2px;
  }
  .button {
    justify-self: start;
  }
  .inline {
    display: flex;
    align-items: start;
    gap: var(--_oo-space-2);
  }
  .inline > .field {
    flex: 1;
  }
  .inline > .button {
    margin-block-start: calc(var(--_oo-font-size) * var(--_oo-line-height) + var(--_oo-space-1));
  }
  form {
    padding: var(--_oo-space-4);
    border: 1px solid var(--_oo-color-divider);
    border-radius: var(--_oo-radius);
    background: var(--_oo-color-surface);
  }
  [part='form-error'] {
    padding: var(--_oo-space-2) var(--_oo-space-3);
    border-inline-start: 3px solid;
    background: var(--_oo-color-surface-raised);
  }
  .grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
  }
  .wide {
    grid-column: 1 / -1;
  }
  .check {
    column-gap: var(--_oo-space-2);
  }
  .actions {
    display: flex;
    justify-content: end;
    gap: var(--_oo-space-2);
  }
  .amount {
    display: flex;
    align-items: center;
    gap: var(--_oo-space-2);
  }
  .amount > input {
    flex: 1;
    min-inline-size: 0;
  }
  .amount__currency {
    color: var(--_oo-color-text-muted);
    font-weight: 600;
  }
`;

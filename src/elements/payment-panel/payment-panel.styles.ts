import { css } from 'lit';

export const paymentPanelStyles = css`
  :host,
  form,
  fieldset,
  .grid {
    display: grid;
    gap: var(--_oo-space-3);
  }

  p,
  dl,
  dd,
  ul,
  fieldset,
  legend {
    margin: 0;
    padding: 0;
    border: 0;
  }

  dl,
  li,
  .check,
  .actions {
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

  .button {
    justify-self: start;
  }

  /* "Check Balance" lines up with the Code input, below a label's height. */
  .grid > .button {
    align-self: start;
    margin-block-start: calc(var(--_oo-font-size) * var(--_oo-line-height) + var(--_oo-space-1));
  }

  .error {
    color: var(--_oo-color-danger);
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
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
  }

  .wide {
    grid-column: 1 / -1;
  }

  .check {
    column-gap: var(--_oo-space-2);
  }

  .actions {
    justify-content: flex-end;
  }
`;

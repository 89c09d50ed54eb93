import { css } from 'lit';

export const paymentPanelStyles = css`
  :host,
  form,
  fieldset {
    display: grid;
    gap: var(--_oo-space-3);
  }

  p,
  dl,
  dd,
  ul,
  fieldset {
    margin: 0;
    padding: 0;
  }

  dl,
  li,
  .check,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_oo-space-2);
  }

  dl {
    column-gap: var(--_oo-space-5);
  }

  dt {
    color: var(--_oo-color-text-muted);
  }

  dd {
    font-weight: 600;
  }

  ul {
    list-style: none;
  }

  li {
    border-block-end: 1px solid var(--_oo-color-divider);
  }

  .amount {
    margin-inline-start: auto;
  }

  [part='add-button'],
  .check-balance {
    justify-self: start;
    align-self: end;
  }

  .error {
    color: var(--_oo-color-danger);
    font-weight: 600;
  }

  form {
    padding: var(--_oo-space-4);
    border: 1px solid var(--_oo-color-divider);
    border-radius: var(--_oo-radius);
    background: var(--_oo-color-surface);
  }

  fieldset,
  legend {
    border: 0;
    padding: 0;
  }

  [part='form-error'] {
    padding: var(--_oo-space-2) var(--_oo-space-3);
    border-inline-start: 3px solid var(--_oo-color-danger);
    background: var(--_oo-color-surface-raised);
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: var(--_oo-space-3);
  }

  .wide {
    grid-column: 1 / -1;
  }

  .actions {
    justify-content: flex-end;
  }
`;

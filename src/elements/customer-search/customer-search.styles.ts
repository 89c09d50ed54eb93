import { css } from 'lit';

export const customerSearchStyles = css`
  :host,
  form,
  fieldset,
  [role='option'] {
    display: grid;
    gap: var(--_oo-space-2);
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_oo-space-2);
  }

  .row > :first-child {
    flex: 1 1 12rem;
  }

  fieldset,
  ul,
  p {
    margin: 0;
    padding: 0;
    border: 0;
  }

  [role='listbox'] {
    max-block-size: 20rem;
    overflow: auto;
    border: 1px solid var(--_oo-color-border);
    list-style: none;
  }

  [role='option'] {
    gap: 0;
    padding: var(--_oo-space-2) var(--_oo-space-3);
    cursor: pointer;
  }

  [aria-selected='true'] {
    outline: var(--_oo-focus-ring);
    background: var(--_oo-color-surface-sunken);
  }

  [aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_oo-color-text-muted);
  }

  dialog {
    inline-size: min(40rem, 100%);
  }
`;

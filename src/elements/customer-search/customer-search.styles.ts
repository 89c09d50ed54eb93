import { css } from 'lit';

export const customerSearchStyles = css`
  :host,
  form,
  fieldset,
  .grid {
    display: grid;
    gap: var(--_oo-space-3);
  }

  .grid {
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_oo-space-2);
  }

  .grow {
    flex: 1 1 12rem;
  }

  .end {
    justify-content: flex-end;
  }

  fieldset,
  legend,
  ul,
  dl,
  dd,
  p {
    margin: 0;
    padding: 0;
    border: 0;
  }

  fieldset > button {
    justify-self: start;
  }

  [role='listbox'] {
    max-block-size: 20rem;
    overflow: auto;
    border: 1px solid var(--_oo-color-border);
    border-radius: var(--_oo-radius);
    list-style: none;
  }

  [role='option'] {
    display: grid;
    padding: var(--_oo-space-2) var(--_oo-space-3);
    cursor: pointer;
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

  .customer,
  dialog {
    padding: var(--_oo-space-4);
    border: 1px solid var(--_oo-color-divider);
    border-radius: var(--_oo-radius);
    background: var(--_oo-color-surface-raised);
    color: inherit;
  }

  dialog {
    inline-size: min(40rem, 100% - 2rem);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }

  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_oo-space-1) var(--_oo-space-3);
    margin-block: var(--_oo-space-3) 0;
  }

  dt {
    color: var(--_oo-color-text-muted);
  }

  #problems {
    padding-inline-start: var(--_oo-space-4);
  }
`;

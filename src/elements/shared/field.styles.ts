import { css } from 'lit';

/**
 * Form fields shared by every element: `.field` wraps a visible `.field__label`, the control
 * (`.field__control`: input or select) and an optional `.field__error`. Needs `tokens`.
 */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: var(--_oo-space-1);
    align-content: start;
  }

  .field--inline {
    display: flex;
    align-items: center;
    gap: var(--_oo-space-2);
  }

  .field__label {
    color: var(--_oo-color-text);
    font-weight: 600;
  }

  .field__control {
    min-block-size: 2.25rem;
    min-inline-size: 0;
    padding: 0 var(--_oo-space-3);
    border: 1px solid var(--_oo-color-border);
    border-radius: var(--_oo-radius);
    background-color: var(--_oo-color-surface-raised);
    color: var(--_oo-color-text);
    font: inherit;
  }

  select.field__control {
    max-inline-size: 100%;
    padding-inline-end: var(--_oo-space-6);
    cursor: pointer;
  }

  .field__control:focus-visible {
    outline: var(--_oo-focus-ring);
    outline-offset: 1px;
  }

  .field__control[aria-invalid='true'] {
    border-color: var(--_oo-color-danger);
  }

  .field__hint {
    color: var(--_oo-color-text-muted);
    font-size: var(--_oo-font-size-small);
  }

  .field__error {
    color: var(--_oo-color-danger);
    font-size: var(--_oo-font-size-small);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .field__control {
      border-color: FieldText;
    }

    .field__control[aria-invalid='true'] {
      border-style: dashed;
    }
  }
`;

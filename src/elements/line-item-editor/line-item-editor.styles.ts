import { css } from 'lit';

/** Modal dialogs (`.dialog`, `.dialog__actions`), shared with the Order Details dialog. Needs `tokens`. */
export const dialogStyles = css`
  .dialog {
    inline-size: min(calc(100vw - 2rem), 30rem);
    padding: var(--_oo-space-5);
    border: 1px solid var(--_oo-color-divider);
    border-radius: var(--_oo-radius);
    background: var(--_oo-color-surface-raised);
    color: inherit;
  }

  .dialog[open] {
    display: grid;
    gap: var(--_oo-space-4);
  }

  .dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }

  .dialog__actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_oo-space-2);
  }

  p,
  fieldset {
    margin: 0;
  }

  fieldset {
    display: grid;
    gap: var(--_oo-space-1);
    padding: 0;
    border: 0;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_oo-space-2) var(--_oo-space-3);
  }

  .error {
    color: var(--_oo-color-danger);
  }

  .warning {
    color: var(--_oo-color-warning);
  }

  .num {
    text-align: end;
    white-space: nowrap;
  }
`;

export const editorStyles = [
  dialogStyles,
  css`
    :host {
      display: grid;
      gap: var(--_oo-space-4);
    }

    .combo {
      position: relative;
    }

    .popup {
      position: absolute;
      inset: 100% 0 auto;
      z-index: 2;
      max-block-size: 18rem;
      margin: var(--_oo-space-1) 0 0;
      padding: var(--_oo-space-2);
      overflow: auto;
      border: 1px solid var(--_oo-color-border);
      border-radius: var(--_oo-radius);
      background: var(--_oo-color-surface-raised);
      list-style: none;
    }

    [role='option'],
    .spread {
      display: flex;
      justify-content: space-between;
      gap: var(--_oo-space-3);
    }

    [role='option'] {
      padding: var(--_oo-space-1) var(--_oo-space-2);
      cursor: pointer;
    }

    [aria-selected='true'],
    [role='option']:hover {
      background: var(--_oo-color-surface-sunken);
      outline: 2px solid var(--_oo-color-accent);
    }

    .product {
      display: flex;
      gap: var(--_oo-space-2);
      text-align: start;
    }

    .thumb {
      inline-size: 2rem;
      block-size: 2rem;
      border-radius: var(--_oo-radius);
    }

    .price {
      display: grid;
      text-align: end;
    }

    .add-row,
    .edit {
      display: grid;
      gap: var(--_oo-space-3);
      padding: var(--_oo-space-3);
      border: 1px solid var(--_oo-color-divider);
      border-radius: var(--_oo-radius);
    }

    .quantity {
      inline-size: 5rem;
    }

    .choice {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_oo-space-2);
    }

    .choice label {
      min-inline-size: 12rem;
    }

    .tip {
      position: relative;
    }

    .future {
      text-decoration: underline;
      cursor: help;
    }

    .tooltip {
      display: none;
      position: absolute;
      inset: auto auto 100% 0;
      z-index: 3;
      padding: var(--_oo-space-2);
      border: 1px solid var(--_oo-color-border);
      border-radius: var(--_oo-radius);
      background: var(--_oo-color-surface-raised);
      white-space: nowrap;
    }

    .tip:is(:hover, :focus-within):not(.tip--hidden) .tooltip {
      display: block;
    }

    .ok {
      color: var(--_oo-color-success);
    }

    .scroll {
      overflow-x: auto;
    }

    table {
      inline-size: 100%;
      border-collapse: collapse;
    }

    th,
    td {
      padding: var(--_oo-space-2);
      border-block-end: 1px solid var(--_oo-color-divider);
      text-align: start;
      vertical-align: top;
    }

    th[scope='row'] {
      font-weight: inherit;
    }

    thead th {
      color: var(--_oo-color-text-muted);
      font-size: var(--_oo-font-size-small);
    }

    @media (forced-colors: active) {
      [aria-selected='true'] {
        outline-color: Highlight;
      }
    }
  `,
];

import { css } from 'lit';

// The dialogs' own rules, adopted after the element's sheets (and the shared dialog frame) when
// customer-dialogs.ts loads. Compact on purpose (one rule a line), like the element's sheet.
export const customerDialogStyles = css`
  form,
  fieldset,
  .grid {
    display: grid;
    gap: var(--_oo-space-3);
  }
  .grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
  }
  .grid > .field__error {
    grid-column: 1 / -1;
  }
  fieldset {
    margin-block-start: var(--_oo-space-2);
  }
  fieldset > button {
    justify-self: start;
  }
  [part~='address'] {
    padding: var(--_oo-space-2) var(--_oo-space-3);
    border: 1px solid var(--_oo-color-divider);
    border-radius: var(--_oo-radius);
  }
  .dialog {
    inline-size: min(100vw - 2rem, 40rem);
  }
`;

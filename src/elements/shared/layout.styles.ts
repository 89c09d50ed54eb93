import { css } from 'lit';

/**
 * Plain layout shared by every element, so that they look alike and the rules ship once: no
 * default margins on text blocks, lists and fieldsets; a fieldset is a grid with its legend above
 * and its fields' labels in smaller, muted text (the legend names the group);
 * radios and checkboxes take the accent colour and line up with their labels; `.row` lays out
 * controls side by side (wrapping); `.error` is the danger colour. Needs `tokens`.
 */
export const layoutStyles = css`
  p,
  ul,
  dl,
  dd,
  fieldset,
  legend {
    margin: 0;
    padding: 0;
    border: 0;
  }
  fieldset {
    display: grid;
    gap: var(--_oo-space-2);
    min-inline-size: 0;
  }
  legend {
    margin-block-end: var(--_oo-space-1);
  }
  fieldset .field > .field__label {
    color: var(--_oo-color-text-muted);
    font-size: var(--_oo-font-size-small);
  }
  [type='radio'],
  [type='checkbox'] {
    margin: 0;
    accent-color: var(--_oo-color-accent);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_oo-space-2) var(--_oo-space-3);
  }
  .error {
    color: var(--_oo-color-danger);
  }
`;

import { css } from 'lit';

/**
 * The surface of a modal dialog (its padding, frame and raised background), shared by `.dialog`
 * and the "Discard changes?" alert dialog: declarations to put in a rule. Needs `tokens`.
 */
export const dialogSurface = css`
  padding: var(--_oo-space-5);
  border: 1px solid var(--_oo-color-divider);
  border-radius: var(--_oo-radius);
  background: var(--_oo-color-surface-raised);
  color: inherit;
`;

/**
 * Modal dialogs shared by every element: `.dialog` on a native `<dialog>` (a one-column grid,
 * a query container for its content) and `.footer` for its actions, which stays in view while a
 * tall dialog scrolls (it bleeds over the dialog's padding, which sticky positioning leaves out);
 * the dialog's scroll padding keeps a control that gets focus clear of it. Needs `tokens`.
 */
export const dialogStyles = css`
  .dialog {
    inline-size: min(100vw - 2rem, 30rem);
    ${dialogSurface}
    container-type: inline-size;
    scroll-padding-block-end: 4.5rem;
  }
  .dialog[open] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: var(--_oo-space-4);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    gap: var(--_oo-space-2);
    position: sticky;
    inset-block-end: calc(var(--_oo-space-5) * -1);
    margin: 0 calc(var(--_oo-space-5) * -1) calc(var(--_oo-space-5) * -1);
    padding: var(--_oo-space-3) var(--_oo-space-5);
    border-block-start: 1px solid var(--_oo-color-divider);
    background: var(--_oo-color-surface-raised);
  }
`;

import { css } from 'lit';

// Compact on purpose (one rule a line): the library's size budget counts every byte of these sheets.

/** Dialogs, rows, status colours and figures, shared with the Order Details dialog. Needs `tokens`. */
export const dialogStyles = css`
  .dialog { inline-size: min(calc(100vw - 2rem), 30rem); padding: var(--_oo-space-5); border: 1px solid var(--_oo-color-divider); border-radius: var(--_oo-radius); background: var(--_oo-color-surface-raised); color: inherit; }
  .dialog[open], .box, .col { display: grid; align-content: start; gap: var(--_oo-space-3); }
  .dialog::backdrop { background: rgb(0 0 0 / 0.4); }
  p, fieldset { margin: 0; }
  fieldset { display: grid; gap: var(--_oo-space-1); padding: 0; border: 0; }
  .row { display: flex; flex-wrap: wrap; align-items: end; gap: var(--_oo-space-2) var(--_oo-space-3); }
  .end { justify-content: flex-end; }
  .error { color: var(--_oo-color-danger); }
  .warning { color: var(--_oo-color-warning); }
  .ok { color: var(--_oo-color-success); }
  .num { text-align: end; white-space: nowrap; }
`;

export const editorStyles = [
  dialogStyles,
  css`
    :host { display: grid; gap: var(--_oo-space-4); }
    .combo, .tip { position: relative; }
    .popup { position: absolute; inset: 100% 0 auto; z-index: 2; max-block-size: 18rem; margin: 0; padding: var(--_oo-space-2); overflow: auto; border: 1px solid var(--_oo-color-border); border-radius: var(--_oo-radius); background: var(--_oo-color-surface-raised); }
    .spread, .product { display: flex; gap: var(--_oo-space-2); text-align: start; }
    .spread { justify-content: space-between; }
    .box > .button { justify-self: start; }
    .check { display: flex; gap: var(--_oo-space-1); white-space: nowrap; }
    [role='option'] { padding: var(--_oo-space-1); cursor: pointer; }
    [aria-selected='true'], [role='option']:hover { outline: 2px solid var(--_oo-color-accent); }
    .thumb { inline-size: 2rem; block-size: 2rem; }
    .box { padding: var(--_oo-space-3); border: 1px solid var(--_oo-color-divider); border-radius: var(--_oo-radius); }
    .quantity { inline-size: 5rem; }
    .future { text-decoration: underline; cursor: help; }
    .tooltip { display: none; position: absolute; inset: auto auto 100% 0; z-index: 3; padding: var(--_oo-space-2); border: 1px solid var(--_oo-color-border); background: var(--_oo-color-surface-raised); white-space: nowrap; }
    .tip:is(:hover, :focus-within):not(.tip--hidden) .tooltip { display: block; }
    .scroll { overflow-x: auto; }
    table { inline-size: 100%; border-collapse: collapse; }
    th, td { padding: var(--_oo-space-2); border-block-end: 1px solid var(--_oo-color-divider); text-align: start; vertical-align: top; font-weight: inherit; }
    thead th { color: var(--_oo-color-text-muted); }
    @media (forced-colors: active) { [aria-selected='true'] { outline-color: Highlight; } }
  `,
];

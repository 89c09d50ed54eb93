import { css } from 'lit';
import { undoStatusStyles } from '../shared/undo-status.js';

/**
 * The builder's styles for what shows only after an action: the notices above the new order,
 * "Change site?", the confirmation with its read-back and problems, and the success view. They
 * load with notices.ts and submission.ts, which adopt them into the builder's shadow root
 * (see `adoptStyles` in shared/adopt-styles.ts). One rule a line, like the builder's own sheet.
 */
// The success view's empty status regions stay in the accessibility tree (so that what they say next is
// announced), out of the grid's flow. Printing the success view ("Print"): only the submitted order's
// read-back, not the builder's chrome (the header, the orders, the splitter, the buttons); the host hides
// its own page around the builder (README.md, "After submit: Print and Email confirmation").
export const onDemandStyles = css`
  ${undoStatusStyles}
  .strong {
    font-weight: 600;
  }
  ul,
  ol {
    margin: 0;
    padding-inline-start: var(--_oo-space-4);
  }
  /* The notices and the success view: a raised card with a coloured edge (the accent, else its state's colour). */
  .banner,
  .success {
    border: 1px solid var(--_oo-color-divider);
    border-inline-start: 4px solid var(--_oo-color-accent);
    border-radius: var(--_oo-radius);
    background: var(--_oo-color-surface-raised);
  }
  .banner {
    padding: var(--_oo-space-3) var(--_oo-space-4);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_oo-space-2) var(--_oo-space-3);
  }
  .banner p {
    margin: 0;
  }
  .live {
    display: grid;
    gap: var(--_oo-space-4);
  }
  .live:empty {
    position: absolute;
  }
  .banner--warning {
    border-inline-start-color: var(--_oo-color-warning);
  }
  .badge {
    padding-inline: var(--_oo-space-1);
    border: 1px solid var(--_oo-color-border);
    border-radius: var(--_oo-radius);
    font-size: var(--_oo-font-size-small);
  }
  .banner--warning ul,
  .read-back ul {
    padding: 0;
    list-style: none;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_oo-color-accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .dialog {
    inline-size: min(calc(100vw - 2rem), 32rem);
    max-block-size: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid var(--_oo-color-divider);
    border-radius: var(--_oo-radius);
    background: var(--_oo-color-surface-raised);
    color: inherit;
  }
  .dialog--wide {
    inline-size: min(calc(100vw - 2rem), 44rem);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .dialog__body {
    display: grid;
    gap: var(--_oo-space-4);
    padding: var(--_oo-space-5);
  }
  .dialog__body p {
    margin: 0;
  }
  .read-back {
    display: grid;
    grid-template-columns: fit-content(50%) minmax(0, 1fr);
    gap: var(--_oo-space-2) var(--_oo-space-4);
    margin: 0;
  }
  .read-back dt {
    color: var(--_oo-color-text-muted);
  }
  /* Kept on one line (moved whole to the next), unless the column is narrower than it (320 px). */
  .read-back .nowrap {
    display: inline-block;
  }
  .read-back .strong {
    color: var(--_oo-color-text);
  }
  .problems {
    display: grid;
    gap: var(--_oo-space-2);
    justify-items: start;
    padding: var(--_oo-space-3);
    border-inline-start: 4px solid var(--_oo-color-danger);
    background: var(--_oo-color-surface);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_oo-space-2);
  }
  .success {
    display: grid;
    justify-items: start;
    gap: var(--_oo-space-3);
    padding: var(--_oo-space-5);
    border-inline-start-color: var(--_oo-color-success);
  }
  .success p {
    margin: 0;
  }
  .success .read-back {
    justify-self: stretch;
  }
  .success__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_oo-space-2);
  }
  .success__email {
    display: grid;
    gap: var(--_oo-space-3);
    justify-self: stretch;
    max-inline-size: 28rem;
  }
  .payment-link__form {
    display: grid;
    gap: var(--_oo-space-3);
    justify-items: start;
    max-inline-size: 28rem;
    margin-block-start: var(--_oo-space-3);
  }
  .payment-link__form .field {
    justify-self: stretch;
  }
  .payment-link__choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_oo-space-2) var(--_oo-space-4);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .payment-link__choices legend {
    padding: 0;
    inline-size: 100%;
  }
  .payment-link__choice {
    display: inline-flex;
    gap: var(--_oo-space-2);
  }
  .success__status:empty {
    position: absolute;
  }
  @media print {
    .frame:has(.success) > :not(.split),
    .split:has(.success) > :not(.new-order),
    .success__actions,
    .success__email,
    .success__status {
      display: none !important;
    }
    .split:has(.success) {
      display: block;
    }
    .new-order:has(.success) {
      overflow: visible;
      padding: 0;
    }
    .success {
      border: 0;
      padding: 0;
      background: none;
      color: #000;
    }
    .success .read-back {
      break-inside: auto;
    }
  }
  @media (forced-colors: active) {
    .banner,
    .success {
      border-color: CanvasText;
    }
  }
`;

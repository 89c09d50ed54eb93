import { css } from 'lit';

// The footer's position (sticky or static) and the room kept for it at the end of the new order:
// layout.ts sets --_oo-footer-position and --_oo-footer-room from the builder's size.

export const builderStyles = css`
  /* Narrow hosts get the panes stacked (see the container query below). Compact (one rule a line): the size budget counts these bytes. */
  :host {
    display: flex;
    flex-direction: column;
    container-type: inline-size;
    min-block-size: var(--oo-builder-min-height, 32rem);
    background: var(--_oo-color-surface);
  }
  .frame {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    min-block-size: 0;
  }
  /* Loading, error and site picker screens, before a site is chosen. */
  .start {
    display: grid;
    flex: 1 1 auto;
    place-items: start center;
    padding: var(--_oo-space-6) var(--_oo-space-4);
  }
  /* Raised surfaces: the site picker's card, the sections of the new order, the list of shortcuts. */
  .card,
  .section,
  .shortcuts:popover-open {
    display: grid;
    border: 1px solid var(--_oo-color-divider);
    border-radius: var(--_oo-radius);
    background: var(--_oo-color-surface-raised);
  }
  .card {
    gap: var(--_oo-space-4);
    inline-size: min(100%, 28rem);
    padding: var(--_oo-space-5);
  }
  .card__intro {
    display: grid;
    gap: var(--_oo-space-1);
  }
  .card__intro p {
    margin: 0;
  }
  .card__actions {
    display: flex;
    justify-content: flex-end;
  }
  /* The bar above the split view, and the head of the Order Details: their items spread across a row that wraps. */
  .header,
  .section__header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
  }
  .header {
    gap: var(--_oo-space-3);
    padding: var(--_oo-space-2) var(--_oo-space-4);
    border-block-end: 1px solid var(--_oo-color-divider);
    background: var(--_oo-color-surface-raised);
  }
  .site {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_oo-space-2) var(--_oo-space-3);
    min-inline-size: 0;
  }
  .site__name {
    font-weight: 600;
  }
  .sites-skipped {
    margin: 0;
    padding: var(--_oo-space-2) var(--_oo-space-4);
    border-block-end: 1px solid var(--_oo-color-divider);
    color: var(--_oo-color-warning);
    font-size: var(--_oo-font-size-small);
  }
  .split {
    display: grid;
    flex: 1 1 auto;
    grid-template-columns: minmax(0, calc(var(--_oo-orders-width, 35) * 1%)) auto minmax(0, 1fr);
    min-block-size: 0;
  }
  .split--orders-hidden {
    grid-template-columns: auto minmax(0, 1fr);
  }
  .orders-pane {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    background: var(--_oo-color-surface-raised);
  }
  .orders-pane__header {
    padding: var(--_oo-space-3) var(--_oo-space-4) 0;
  }
  .orders-pane oo-order-list {
    flex: 1 1 0;
    min-block-size: 0;
  }
  /* The separator is wide enough to grab; its visible line is drawn in the middle. */
  .splitter {
    position: relative;
    inline-size: var(--_oo-space-2);
    background: var(--_oo-color-surface);
    cursor: col-resize;
    touch-action: none;
    user-select: none;
  }
  .splitter::before {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(50% - 0.5px);
    inline-size: 1px;
    background: var(--_oo-color-divider);
    content: '';
  }
  .splitter::after {
    position: absolute;
    inset-block-start: calc(50% - var(--_oo-space-4));
    inset-inline-start: calc(50% - 2px);
    inline-size: 4px;
    block-size: var(--_oo-space-6);
    border-radius: var(--_oo-radius);
    background: var(--_oo-color-border);
    content: '';
  }
  .splitter:hover::before,
  .splitter:focus-visible::before {
    inline-size: 2px;
    background: var(--_oo-color-accent);
  }
  .splitter:focus-visible {
    outline: var(--_oo-focus-ring);
    outline-offset: -2px;
  }
  /* A column, so that the footer with "Submit Order" sits at the bottom of a short order. */
  .new-order {
    --_pad: var(--_oo-space-5);
    display: flex;
    flex-direction: column;
    gap: var(--_oo-space-4);
    min-inline-size: 0;
    padding: var(--_pad);
    overflow: auto;
    scroll-padding-block-end: var(--_oo-footer-room, 0px);
  }
  .section {
    gap: var(--_oo-space-2);
    padding: var(--_oo-space-4) var(--_oo-space-5);
  }
  .section p {
    margin: 0;
  }
  .section__placeholder {
    padding: var(--_oo-space-4);
    border: 1px dashed var(--_oo-color-divider);
    border-radius: var(--_oo-radius);
    background: var(--_oo-color-surface);
    color: var(--_oo-color-text-muted);
  }
  .section__header {
    gap: var(--_oo-space-2);
  }
  .details-summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(6.5rem, 1fr));
    gap: var(--_oo-space-3);
    margin: 0;
  }
  .details-summary dt {
    color: var(--_oo-color-text-muted);
    font-size: var(--_oo-font-size-small);
  }
  .details-summary dd {
    margin: 0;
    font-weight: 600;
  }
  /* "Ship to": an address, on a row of its own under the figures. */
  .details-summary__wide {
    grid-column: 1 / -1;
    overflow-wrap: anywhere;
  }
  /* The live region under the summary: present (for what it will say) but taking no room while silent. */
  .details-status:empty {
    margin-block-start: calc(-1 * var(--_oo-space-2));
  }
  [part~='shipping-notice'] {
    color: var(--_oo-color-warning);
  }
  /* The new order's flow: tabs and the footer (notices and dialogs: on-demand.styles.ts). */
  .grow {
    flex: 1 1 0;
    min-inline-size: 0;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_oo-space-2) var(--_oo-space-4);
    margin-block-end: calc(-1 * var(--_oo-space-4));
  }
  [role='tablist'] {
    display: flex;
    gap: var(--_oo-space-1);
  }
  .tab {
    overflow-wrap: normal;
    padding: var(--_oo-space-2) var(--_oo-space-4);
    border: 1px solid transparent;
    border-block-end: 0;
    border-radius: var(--_oo-radius) var(--_oo-radius) 0 0;
    background: none;
    color: var(--_oo-color-text-muted);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    position: relative;
    inset-block-end: -1px;
    border-color: var(--_oo-color-divider);
    background: var(--_oo-color-surface-raised);
    color: var(--_oo-color-text);
    box-shadow: inset 0 3px 0 var(--_oo-color-accent);
  }
  .tab[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .tab:focus-visible {
    outline: var(--_oo-focus-ring);
    outline-offset: -2px;
  }
  .tabs p {
    margin: 0 0 var(--_oo-space-2);
  }
  .panel {
    border-start-start-radius: 0;
  }
  .section__header dl {
    flex: 1 1 20rem;
  }
  .section__header > .grow {
    flex-basis: 12rem;
  }
  .footer {
    position: var(--_oo-footer-position, sticky);
    inset-block-end: calc(-1 * var(--_pad));
    z-index: 1;
    display: flex;
    margin: auto calc(-1 * var(--_pad)) calc(-1 * var(--_pad));
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_oo-space-3);
    padding: var(--_oo-space-3) var(--_pad);
    border-block-start: 1px solid var(--_oo-color-divider);
    background: var(--_oo-color-surface-raised);
  }
  .footer p {
    flex: 1 1 12rem;
    margin: 0;
    text-align: end;
  }
  /* Nothing blocks Submit Order: the (empty) hint keeps no room, so the buttons stay on its row. */
  #submit-hint:empty {
    flex-basis: 0;
  }
  /* Submit Order and "Save draft" stay together, wrapping as one to the end of a row of their own;
     what "Save draft" did goes on a row below them, and takes no room while it says nothing (out of
     the flow, not hidden: a live region is in the page before what it says). */
  .footer__actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: var(--_oo-space-3);
    margin-inline-start: auto;
  }
  .footer__actions p {
    flex-basis: 100%;
  }
  .footer__actions p:empty {
    position: absolute;
  }
  .shortcuts:popover-open {
    gap: var(--_oo-space-3);
    padding: var(--_oo-space-4) var(--_oo-space-5);
    border-color: var(--_oo-color-border);
    color: var(--_oo-color-text);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.2);
  }
  dd {
    margin: 0;
  }
  @container (max-width: 40rem) {
    .new-order {
      --_pad: var(--_oo-space-4);
    }
    .section {
      padding: var(--_oo-space-3) var(--_oo-space-4);
    }
    .split {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: minmax(16rem, 40vh) auto;
    }
    .split--orders-hidden {
      grid-template-rows: auto;
    }
    .orders-pane {
      border-block-end: 1px solid var(--_oo-color-divider);
    }
    .splitter {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .splitter::before,
    .splitter::after {
      background: CanvasText;
    }
    .splitter:hover::before,
    .splitter:focus-visible::before {
      background: Highlight;
    }
    .card,
    .section {
      border-color: CanvasText;
    }
    /* Forced colours drop box-shadow: a thick top border marks the selected tab instead. */
    .tab[aria-selected='true'] {
      border-color: CanvasText;
      border-block-start: 3px solid Highlight;
    }
  }
`;

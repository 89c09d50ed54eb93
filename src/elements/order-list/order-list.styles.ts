import { css } from 'lit';

export const orderListStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    background: var(--_oo-color-surface-raised);
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_oo-space-2);
    padding: 0 var(--_oo-space-4) var(--_oo-space-2);
    border-block-end: 1px solid var(--_oo-color-divider);
    color: var(--_oo-color-text-muted);
    font-size: var(--_oo-font-size-small);
  }

  .skipped {
    margin: 0;
    color: var(--_oo-color-warning);
  }

  .feed {
    flex: 1 1 0;
    /* Keeps a short pane usable. */
    min-block-size: 6rem;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* The spacers standing for the rows out of the DOM are exact; the browser's anchoring would fight them. */
    overflow-anchor: none;
  }

  .feed::before,
  .feed::after {
    display: block;
    block-size: var(--_oo-rows-before, 0);
    content: '';
  }

  .feed::after {
    block-size: var(--_oo-rows-after, 0);
  }

  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'number total'
      'meta status';
    column-gap: var(--_oo-space-3);
    row-gap: var(--_oo-space-1);
    inline-size: 100%;
    padding: var(--_oo-space-3) var(--_oo-space-4);
    border-block-end: 1px solid var(--_oo-color-divider);
    background: var(--_oo-color-surface-raised);
    cursor: default;
  }

  .row:hover {
    background: var(--_oo-color-surface);
  }

  .row:focus {
    outline: none;
  }

  .row:focus-visible {
    outline: var(--_oo-focus-ring);
    outline-offset: -2px;
  }

  .row__number {
    grid-area: number;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  /* A row whose page is loading: its place is kept, at a row's height. */
  .row--placeholder .row__number {
    color: var(--_oo-color-text-muted);
    font-weight: 400;
  }
  .row__total {
    grid-area: total;
    justify-self: end;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .row__meta {
    grid-area: meta;
    /* Customer above date on every row: rows keep one height whatever the name's length. */
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    color: var(--_oo-color-text-muted);
    font-size: var(--_oo-font-size-small);
  }

  /* One line each, however narrow the pane: the list relies on every row having the same height. */
  .row__meta > * {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .row__customer {
    color: var(--_oo-color-text);
  }

  /*
   * The row with focus shows its number and customer whole (the title shows them on hover): it
   * grows while it has focus. The list measures its row height on rows without focus.
   */
  .row:focus-within .row__number,
  .row:focus-within .row__meta > * {
    overflow: visible;
    white-space: normal;
  }

  .row__status {
    grid-area: status;
    justify-self: end;
    align-self: center;
    padding: 0 var(--_oo-space-2);
    border: 1px solid currentColor;
    border-radius: 999px;
    background: var(--_oo-color-surface-raised);
    font-size: var(--_oo-font-size-small);
    font-weight: 600;
    line-height: 1.4;
    white-space: nowrap;
  }

  .row__status--new,
  .row__status--open {
    color: var(--_oo-color-accent);
  }

  .row__status--shipped {
    color: var(--_oo-color-warning);
  }

  .row__status--completed {
    color: var(--_oo-color-success);
  }

  .row__status--cancelled {
    color: var(--_oo-color-text-muted);
  }

  .footer {
    border-block-start: 1px solid var(--_oo-color-divider);
    font-size: var(--_oo-font-size-small);
  }

  .notice:focus {
    outline: none;
  }

  @media (forced-colors: active) {
    .row {
      border-block-end-color: CanvasText;
    }

    .row__status {
      border-color: CanvasText;
      color: CanvasText;
    }
  }
`;

import { css } from 'lit';

export const builderStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    /* Narrow hosts get the panes stacked (see the container query below). */
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

  .card {
    display: grid;
    gap: var(--_oo-space-4);
    inline-size: min(100%, 28rem);
    padding: var(--_oo-space-5);
    border: 1px solid var(--_oo-color-divider);
    border-radius: var(--_oo-radius);
    background: var(--_oo-color-surface-raised);
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

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
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
  }

  .site__name {
    font-weight: 600;
  }

  .split {
    display: grid;
    flex: 1 1 auto;
    grid-template-columns:
      minmax(0, calc(var(--_oo-orders-width, 35) * 1%))
      auto
      minmax(0, 1fr);
    min-block-size: 0;
  }

  .split--orders-hidden {
    grid-template-columns: minmax(0, 1fr);
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

  .new-order {
    display: grid;
    align-content: start;
    gap: var(--_oo-space-4);
    min-inline-size: 0;
    padding: var(--_oo-space-5);
    overflow: auto;
  }

  .section {
    display: grid;
    gap: var(--_oo-space-2);
    padding: var(--_oo-space-4) var(--_oo-space-5);
    border: 1px solid var(--_oo-color-divider);
    border-radius: var(--_oo-radius);
    background: var(--_oo-color-surface-raised);
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
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_oo-space-2);
  }

  .details-summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
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

  @container (max-width: 40rem) {
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
  }
`;

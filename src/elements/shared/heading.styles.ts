import { css } from 'lit';

/** Headings and small text helpers shared by every element. Needs `tokens`. */
export const headingStyles = css`
  .heading {
    margin: 0;
    color: var(--_oo-color-text);
    font-size: var(--_oo-font-size);
    font-weight: 600;
    line-height: 1.3;
  }

  .heading--large {
    font-size: var(--_oo-font-size-large);
  }

  .heading:focus {
    outline: none;
  }

  .heading:focus-visible {
    outline: var(--_oo-focus-ring);
    outline-offset: 2px;
  }

  .text-muted {
    color: var(--_oo-color-text-muted);
  }

  .text-small {
    font-size: var(--_oo-font-size-small);
  }
`;

import { css } from 'lit';

/**
 * Loading, empty and error notices shared by every element: `.notice` (with `--error`),
 * `.notice__title`, `.notice__text`, `.notice__actions`, and `.spinner`. Needs `tokens`.
 * The spinner stops turning under `prefers-reduced-motion` (tokens shorten animations).
 */
export const noticeStyles = css`
  .notice {
    display: grid;
    justify-items: center;
    gap: var(--_oo-space-2);
    padding: var(--_oo-space-5) var(--_oo-space-4);
    color: var(--_oo-color-text-muted);
    text-align: center;
  }

  .notice--error {
    color: var(--_oo-color-text);
  }

  .notice__title {
    margin: 0;
    color: var(--_oo-color-text);
    font-weight: 600;
  }

  .notice--error .notice__title {
    color: var(--_oo-color-danger);
  }

  .notice__text {
    margin: 0;
    max-inline-size: 36ch;
  }

  .notice__actions {
    display: flex;
    gap: var(--_oo-space-2);
    margin-block-start: var(--_oo-space-1);
  }

  .notice--inline {
    grid-auto-flow: column;
    justify-content: center;
    align-items: center;
    padding: var(--_oo-space-2) var(--_oo-space-3);
  }

  .spinner {
    display: inline-block;
    inline-size: 1rem;
    block-size: 1rem;
    flex: none;
    border: 2px solid var(--_oo-color-divider);
    border-block-start-color: var(--_oo-color-accent);
    border-radius: 50%;
    animation: oo-spin 800ms linear infinite;
  }

  @keyframes oo-spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (forced-colors: active) {
    .spinner {
      border-color: GrayText;
      border-block-start-color: CanvasText;
    }
  }
`;

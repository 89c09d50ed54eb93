import { css } from 'lit';

/**
 * Buttons shared by every element: `.button` (secondary look), `.button--primary` (the one main
 * action of a view) and `.button--quiet` (toolbar actions without a frame). Needs `tokens`.
 */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_oo-space-2);
    min-block-size: 2.25rem;
    padding: 0 var(--_oo-space-4);
    border: 1px solid var(--_oo-color-border);
    border-radius: var(--_oo-radius);
    background: var(--_oo-color-surface-raised);
    color: var(--_oo-color-text);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    white-space: nowrap;
    cursor: pointer;
    transition:
      background-color 120ms ease,
      border-color 120ms ease;
  }

  .button:hover {
    background: var(--_oo-color-surface-sunken);
  }

  .button:focus-visible {
    outline: var(--_oo-focus-ring);
    outline-offset: 2px;
  }

  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .button--primary {
    border-color: var(--_oo-color-accent);
    background: var(--_oo-color-accent);
    color: var(--_oo-color-accent-text);
  }

  .button--primary:hover {
    border-color: color-mix(in srgb, var(--_oo-color-accent) 85%, black);
    background: color-mix(in srgb, var(--_oo-color-accent) 85%, black);
  }

  .button--quiet {
    border-color: transparent;
    background: transparent;
    color: var(--_oo-color-accent);
  }

  .button--quiet:hover {
    background: var(--_oo-color-surface-sunken);
  }

  .button--small {
    min-block-size: 2rem;
    padding: 0 var(--_oo-space-3);
    font-size: var(--_oo-font-size-small);
  }

  .button__icon {
    inline-size: 1rem;
    block-size: 1rem;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }

    .button--primary {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: ButtonText;
      color: ButtonFace;
    }

    .button--quiet {
      border-color: transparent;
      color: LinkText;
    }
  }
`;

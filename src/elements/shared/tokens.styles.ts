import { css } from 'lit';

/**
 * The theme tokens and the base of every element.
 *
 * Partners theme with the public `--oo-*` custom properties, on the element or on any ancestor
 * (custom properties inherit through shadow roots). Each element resolves them once, on its
 * `:host`, into private `--_oo-*` properties that carry the default; element styles read only the
 * private names. That keeps every default in this one file instead of repeating
 * `var(--oo-x, <default>)` at each use, and a partner still overrides any token anywhere.
 *
 * The defaults meet WCAG 2.2 AA: body text and the status colours reach 4.5:1 on the surfaces,
 * `--oo-color-border` (control outlines) reaches 3:1, and the focus ring is a 2px outline.
 * `--oo-color-divider` (hairlines between rows, not needed to find a control) is lighter.
 *
 * Adapter text may be one unbroken 10,000-character word: `overflow-wrap: anywhere` wraps it
 * rather than let it widen the page. It may hold right-to-left text or an unterminated U+202E:
 * every element of a shadow tree is `unicode-bidi: isolate`, so that text in an element of its own
 * never reorders its neighbours ("C000001" beside a name); a highlighted `<mark>` stays part of
 * its word. Text that shares an element with other text goes in a `<bdi>`, or through `isolate()`
 * (bidi.ts) inside a string.
 */
export const tokens = css`
  :host {
    --_oo-color-text: var(--oo-color-text, #1f2328);
    --_oo-color-text-muted: var(--oo-color-text-muted, #59636e);
    --_oo-color-surface: var(--oo-color-surface, #f6f8fa);
    --_oo-color-surface-raised: var(--oo-color-surface-raised, #ffffff);
    --_oo-color-surface-sunken: var(--oo-color-surface-sunken, #eef1f4);
    --_oo-color-border: var(--oo-color-border, #818b98);
    --_oo-color-divider: var(--oo-color-divider, #d1d9e0);
    --_oo-color-accent: var(--oo-color-accent, #0969da);
    --_oo-color-accent-text: var(--oo-color-accent-text, #ffffff);
    --_oo-color-danger: var(--oo-color-danger, #cf222e);
    --_oo-color-warning: var(--oo-color-warning, #9a6700);
    --_oo-color-success: var(--oo-color-success, #1a7f37);
    --_oo-color-focus: var(--oo-color-focus, #0969da);

    --_oo-font-family: var(
      --oo-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_oo-font-size: var(--oo-font-size, 0.875rem);
    --_oo-font-size-small: var(--oo-font-size-small, 0.8125rem);
    --_oo-font-size-large: var(--oo-font-size-large, 1.125rem);
    --_oo-line-height: var(--oo-line-height, 1.5);

    --_oo-space-1: var(--oo-space-1, 0.25rem);
    --_oo-space-2: var(--oo-space-2, 0.5rem);
    --_oo-space-3: var(--oo-space-3, 0.75rem);
    --_oo-space-4: var(--oo-space-4, 1rem);
    --_oo-space-5: var(--oo-space-5, 1.5rem);
    --_oo-space-6: var(--oo-space-6, 2rem);

    --_oo-radius: var(--oo-radius, 0.375rem);
    --_oo-focus-ring: var(--oo-focus-ring, 2px solid var(--_oo-color-focus));

    box-sizing: border-box;
    color: var(--_oo-color-text);
    font-family: var(--_oo-font-family);
    font-size: var(--_oo-font-size);
    line-height: var(--_oo-line-height);
    -webkit-font-smoothing: antialiased;
    overflow-wrap: anywhere;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  *:not(mark) {
    unicode-bidi: isolate;
  }

  [hidden] {
    display: none !important;
  }

  :focus-visible {
    outline: var(--_oo-focus-ring);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

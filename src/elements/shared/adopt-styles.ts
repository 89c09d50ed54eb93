import { adoptStyles as litAdoptStyles, supportsAdoptingStyleSheets } from 'lit';
import type { CSSResult, ReactiveElement } from 'lit';

/**
 * Adds `styles` (in order) to an element's shadow root after the element was created: the styles of a part
 * that loads on demand, adopted when it loads (before it first renders). Adopted once per root,
 * after the element's own sheets, so they apply as if they ended its `static styles`. Adopted
 * style sheets are allowed by a strict CSP; where they are missing, Lit's own fallback appends a
 * `<style>` element (with Lit's nonce).
 */
export function adoptStyles(host: ReactiveElement, ...styles: CSSResult[]): void {
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  for (const sheet of styles) {
    if (supportsAdoptingStyleSheets) {
      const adopted = sheet.styleSheet as CSSStyleSheet;
      if (!root.adoptedStyleSheets.includes(adopted)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, adopted];
    } else if (![...root.querySelectorAll('style')].some((style) => style.textContent === sheet.cssText)) {
      litAdoptStyles(root, [sheet]);
    }
  }
}

/**
 * Messages as an agent's tools find them: `withText` resolves a text the way Playwright's
 * `getByText` does (through shadow roots, case and runs of white space ignored, the innermost
 * elements that contain it, hidden ones included), so that a test can say a message is in the
 * page once; `liveRegionOf` is the live region that announces an element's text.
 */
import { expect } from '@open-wc/testing';

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** What Playwright reads as an element's text: shadow content for a host, assigned nodes for a slot. */
function children(node: Node): Node[] {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  return [...node.childNodes];
}

function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node instanceof Element && /^(STYLE|SCRIPT|TEMPLATE|NOSCRIPT)$/.test(node.tagName)) return '';
  return children(node).map(textOf).join('');
}

/** The innermost elements under `root` whose text contains `message`: what `getByText(message)` resolves to. */
export function withText(message: string, root: Node = document.body): Element[] {
  const wanted = normalize(message);
  const found: Element[] = [];
  const visit = (node: Node): boolean => {
    if (!normalize(textOf(node)).includes(wanted)) return false;
    let inner = false;
    for (const child of children(node)) if (child instanceof Element && visit(child)) inner = true;
    if (!inner && node instanceof Element) found.push(node);
    return true;
  };
  visit(root);
  return found;
}

/** The element itself or its nearest ancestor (through shadow roots) that is a live region: role status, alert or log, or aria-live. */
export function liveRegionOf(node: Node | null): Element | null {
  for (let at: Node | null = node; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
    if (!(at instanceof Element)) continue;
    if (
      /^(status|alert|log)$/.test(at.getAttribute('role') ?? '') ||
      /^(polite|assertive)$/.test(at.getAttribute('aria-live') ?? '')
    )
      return at;
  }
  return null;
}

/**
 * Asserts that `message` is in the page once (getByText would find one element) and that a live
 * region says it; returns that region, to check that it was there before the message (`toBe` the
 * region of an earlier message).
 */
export function expectSaidOnce(message: string, root: Node = document.body): Element {
  const found = withText(message, root);
  expect(found.length, `"${message}" is in the page ${found.length} times`).to.equal(1);
  const region = liveRegionOf(found[0]!);
  expect(region, `"${message}" is in no live region`).not.to.equal(null);
  return region!;
}

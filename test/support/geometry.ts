/**
 * Geometry as the agent sees it, through shadow roots: what a click at a point reaches, and what
 * is wider than the room it has. (e2e/demo-checks.ts asks the same of the built demo through
 * Playwright, in the page: it cannot import these.)
 */

/** The innermost element at a point, through shadow roots (what a click there reaches). */
export function hitAt(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** Whether a click at the centre of `target` reaches it (nothing covers it). */
export function reachable(target: Element): boolean {
  const box = target.getBoundingClientRect();
  const hit = hitAt(box.left + box.width / 2, box.top + box.height / 2);
  return !!hit && (hit === target || target.contains(hit) || !!target.shadowRoot?.contains(hit));
}

/** What a click at the centre of `target` reaches, described (for a failure message). */
export function describeHit(target: Element): string {
  const box = target.getBoundingClientRect();
  const hit = hitAt(box.left + box.width / 2, box.top + box.height / 2);
  return hit ? `${hit.localName}.${hit.className}` : 'nothing';
}

/**
 * Visits every element under `root`, through shadow roots, with the box its parent gives it
 * (`room`), and collects what `check` says of it: a description when the element is too wide.
 * An element that does not clip (overflow-x visible) passes its own room on to its children.
 */
function tooWide(root: Element, check: (element: Element, room: DOMRect) => string | null): string[] {
  const found: string[] = [];
  const walk = (node: Element | ShadowRoot, room: DOMRect): void => {
    for (const child of node.children) {
      const box = child.getBoundingClientRect();
      const problem = check(child, room);
      if (problem) found.push(`${child.localName}.${child.className} ${problem}`);
      if (child.shadowRoot) walk(child.shadowRoot, box);
      walk(child, getComputedStyle(child).overflowX === 'visible' ? room : box);
    }
  };
  walk(root.shadowRoot ?? root, root.getBoundingClientRect());
  return found;
}

/** Every element of `root` (through shadow roots) that scrolls sideways, described. */
export function sidewaysScrollers(root: Element): string[] {
  return tooWide(root, (element) =>
    element.scrollWidth > element.clientWidth + 1 &&
    getComputedStyle(element).overflowX !== 'visible' &&
    element.clientWidth > 1
      ? `${element.scrollWidth} > ${element.clientWidth}`
      : null,
  );
}

/** Every element under `root` (through shadow roots) wider than the element it sits in, described. */
export function overflowing(root: Element): string[] {
  return tooWide(root, (element, room) => {
    const r = element.getBoundingClientRect();
    return r.width && (r.left < room.left - 1 || r.right > room.right + 1)
      ? `[${r.left}, ${r.right}] in [${room.left}, ${room.right}]`
      : null;
  });
}

/**
 * Whether adapter text is isolated from the text around it (issue 9, item 29): an unterminated
 * U+202E RIGHT-TO-LEFT OVERRIDE in it must not reverse what follows it in the same sentence.
 */
import { expect } from '@open-wc/testing';

export const RLO = '\u202E';

/**
 * Checks that `part`, found in a text node under `container` (light DOM), is laid out left to
 * right: on each line, each character's left edge after the previous one's (an override would lay
 * them out right to left).
 */
export function expectLeftToRight(container: Element, part: string): void {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let node: Text | null = null;
  while (walker.nextNode()) {
    const candidate = walker.currentNode as Text;
    if (candidate.data.includes(part)) {
      node = candidate;
      break;
    }
  }
  expect(node, `no text "${part}" in ${container.localName}`).to.not.equal(null);
  const at = node!.data.indexOf(part);
  const range = document.createRange();
  const boxes = [...part].map((_, i) => {
    range.setStart(node!, at + i);
    range.setEnd(node!, at + i + 1);
    return range.getBoundingClientRect();
  });
  // Character by character on each line (the text may wrap): each one after the previous.
  const pairs = boxes
    .slice(1)
    .map((box, i) => [boxes[i]!, box, part[i + 1]] as const)
    .filter(([a, b]) => Math.abs(a.top - b.top) < 1 && a.width && b.width);
  expect(pairs.length, `"${part}" has no characters side by side`).to.be.greaterThan(0);
  const backwards = pairs.filter(([a, b]) => b.left < a.left).map(([, , c]) => c);
  expect(backwards, `"${part}" is not laid out left to right`).to.deep.equal([]);
}

import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { buildDraft, SITES } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$ } from '../../support/dom.js';
import { input, renderSearch, search } from '../../support/harness/customer-search.js';
import { renderEditor, searchProducts } from '../../support/harness/line-item-editor.js';
import { tab, withDraft } from '../../support/harness/offline-order-builder.js';
import { WAIT } from '../../support/wait.js';

/** Every element in `root`'s shadow tree and in the shadow trees nested in it. */
function deepAll(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root.shadowRoot ?? root);
  return found;
}

/** Whether a computed colour paints anything (not `transparent`, not fully transparent). */
function painted(colour: string): boolean {
  return colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour);
}

/** The longest of a comma-separated list of CSS times, in seconds. */
function longest(times: string): number {
  return Math.max(...times.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t))));
}

/** Whether an outline is drawn: a style, a width of at least 2px, and a colour. */
function outlined(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && painted(style.outlineColor);
}

describe("the user's system settings", function () {
  this.timeout(30_000);
  const mock = useMockBackend();
  const us = SITES.us;

  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    sessionStorage.clear();
  });

  describe('forced colours (Windows High Contrast)', () => {
    beforeEach(() => emulateMedia({ forcedColors: 'active' }));

    it('applies: the page is in forced colours', () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    });

    it('keeps the focus ring of a button and of the combobox visible', async () => {
      const el = await withDraft(mock, buildDraft(mock.backend));
      const help = $<HTMLButtonElement>(el, '[part~="shortcuts-button"]')!;
      help.focus();
      // From the keyboard, so that :focus-visible applies as it does for an agent.
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => help.matches(':focus-visible'), 'the help button has no visible focus', WAIT);
      expect(outlined(help), 'outline of the focused button').to.equal(true);

      const search = await renderSearch({ adapter: mock.adapter, site: us });
      input(search).focus();
      await sendKeys({ press: 'a' });
      await waitUntil(() => input(search).matches(':focus-visible'), 'the combobox has no visible focus', WAIT);
      const box = getComputedStyle(input(search));
      expect(outlined(input(search)) || parseFloat(box.borderBlockStartWidth) >= 2, 'focus of the combobox').to.equal(
        true,
      );
      await expect(el).to.be.accessible();
    });

    it('keeps every control outlined: buttons and fields have a painted border', async () => {
      const el = await withDraft(mock, buildDraft(mock.backend));
      const controls = deepAll(el).filter(
        (control) =>
          control.matches('button.button:not(.button--quiet), input, select, textarea') &&
          control.getClientRects().length > 0,
      );
      expect(controls.length).to.be.greaterThan(2);
      for (const control of controls) {
        const style = getComputedStyle(control);
        expect(
          style.borderBlockStartStyle !== 'none' &&
            parseFloat(style.borderBlockStartWidth) > 0 &&
            painted(style.borderBlockStartColor),
          `${control.tagName} ${control.getAttribute('part') ?? control.id} has no visible border`,
        ).to.equal(true);
      }
    });

    it('marks the selected tab by more than colour (a thicker rule than the other tab)', async () => {
      const el = await withDraft(mock, buildDraft(mock.backend));
      const selected = tab(el, 'Order Details');
      const other = tab(el, 'Payments');
      expect(selected.getAttribute('aria-selected')).to.equal('true');
      const rule = (t: Element) => {
        const style = getComputedStyle(t);
        return painted(style.borderBlockStartColor) && style.borderBlockStartStyle !== 'none'
          ? parseFloat(style.borderBlockStartWidth)
          : 0;
      };
      expect(rule(selected)).to.be.at.least(3);
      expect(rule(other)).to.be.below(rule(selected));
      await expect(el).to.be.accessible();
    });

    it('marks the active option of the customer listbox with an outline', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      await search(el, 'ada lovelace', { keyboard: true });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const active = $(el, '[role="option"][aria-selected="true"]');
      expect(active, 'an active option').to.not.equal(null);
      expect(outlined(active!)).to.equal(true);
      const inactive = $$(el, '[role="option"]:not([aria-selected="true"])');
      for (const option of inactive) expect(outlined(option)).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('marks the active option of the product listbox with an outline', async () => {
      const el = await renderEditor(mock.adapter);
      await searchProducts(el, 'Canvas');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const active = $(el, '[role="option"][aria-selected="true"]');
      expect(active, 'an active option').to.not.equal(null);
      expect(outlined(active!)).to.equal(true);
      for (const option of $$(el, '[role="option"]:not([aria-selected="true"])'))
        expect(outlined(option)).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('reduced motion', () => {
    it('animates the buttons without it', async () => {
      const el = await withDraft(mock, buildDraft(mock.backend));
      const button = $(el, 'button.button')!;
      expect(longest(getComputedStyle(button).transitionDuration)).to.be.greaterThan(0.05);
    });

    it('ends every transition and animation at once under prefers-reduced-motion: reduce', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const el = await withDraft(mock, buildDraft(mock.backend));
      const all = [el, ...deepAll(el)];
      expect(all.length).to.be.greaterThan(20);
      for (const element of all) {
        const style = getComputedStyle(element);
        expect(longest(style.transitionDuration), `transition of ${element.tagName}`).to.be.at.most(0.001);
        expect(longest(style.animationDuration), `animation of ${element.tagName}`).to.be.at.most(0.001);
      }
      await expect(el).to.be.accessible();
    });
  });
});

/**
 * "Discard changes?" and the "Close" button of the editing dialogs (Order Details, Configure
 * Product, Create/Edit Customer, Edit Address), as an agent meets them: shared by their tests.
 */
import { expect, waitUntil } from '@open-wc/testing';

import { deepActiveElement, text } from './dom.js';

/**
 * "Discard changes?" in `host`'s shadow root, once asked: a modal APG alert dialog labelled by
 * its title, described by its message, with "Keep editing" (focused) and "Discard".
 */
export async function discardDialog(host: Element): Promise<HTMLDialogElement> {
  const root = host.shadowRoot!;
  await waitUntil(() => root.querySelector('[role="alertdialog"][open]'), '"Discard changes?" was not asked', {
    timeout: 5000,
  });
  const ask = root.querySelector<HTMLDialogElement>('[role="alertdialog"][open]')!;
  expect(ask.matches(':modal')).to.equal(true);
  expect(ask.getAttribute('aria-modal')).to.equal('true');
  expect(text(root.getElementById(ask.getAttribute('aria-labelledby')!))).to.equal('Discard changes?');
  expect(text(root.getElementById(ask.getAttribute('aria-describedby')!))).to.equal(
    'The changes made here are not saved yet.',
  );
  const buttons = [...ask.querySelectorAll('button')];
  expect(buttons.map((b) => text(b))).to.deep.equal(['Keep editing', 'Discard']);
  expect(deepActiveElement(), 'focus is not on "Keep editing"').to.equal(buttons[0]);
  return ask;
}

/**
 * The "Close" button of `dialog`: one, named "Close" by the word it shows beside its × (the
 * icon hidden from assistive technology), the word visible (not only for screen readers).
 */
export function expectCloseButton(dialog: Element): HTMLButtonElement {
  const buttons = dialog.querySelectorAll<HTMLButtonElement>('[part~="close-button"]');
  expect(buttons).to.have.length(1);
  const close = buttons[0]!;
  expect(text(close)).to.equal('Close');
  expect(close.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
  const word = [...close.querySelectorAll('*'), close]
    .flatMap((e) => [...e.childNodes])
    .find((n): n is Text => n instanceof Text && n.data.includes('Close'))!;
  const range = document.createRange();
  range.selectNodeContents(word);
  const shown = range.getBoundingClientRect();
  const box = close.getBoundingClientRect();
  // The word takes its own room inside the button (a visually hidden word is 1 px wide, clipped).
  expect(shown.width, 'the word "Close" is not visible').to.be.greaterThan(20);
  expect(shown.left).to.be.at.least(box.left);
  expect(shown.right).to.be.at.most(box.right);
  expect(getComputedStyle(word.parentElement!).clipPath).to.equal('none');
  return close;
}

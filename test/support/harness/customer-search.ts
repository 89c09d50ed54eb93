/**
 * Driving `<customer-search>` as an agent does: the combobox, its options and status, and the
 * customer dialogs by their heading.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import type { CustomerChangeEvent } from '../../../src/events/customer-change.js';
import type { Customer, Site } from '../../../src/model/types.js';
import { $, $$, getControl, setValue, text } from '../dom.js';
import { record, until, WAIT } from '../wait.js';
import '../../../src/define.js';

export async function renderSearch(
  init: { adapter?: OrderAdapter; site?: Site; siteId?: string; customer?: Customer | null } = {},
): Promise<CustomerSearch> {
  return fixture<CustomerSearch>(
    html`<customer-search
      .adapter=${init.adapter}
      .site=${init.site}
      .customer=${init.customer ?? null}
      site-id=${init.siteId ?? ''}
    ></customer-search>`,
  );
}

export function input(el: CustomerSearch): HTMLInputElement {
  const found = $<HTMLInputElement>(el, 'input[role="combobox"]');
  if (!found) throw new Error('No combobox input rendered');
  return found;
}

export const options = (el: CustomerSearch): HTMLElement[] => $$(el, '[role="option"]');
export const status = (el: CustomerSearch): string => text($(el, '[role="status"]'));

/**
 * Puts `query` into the combobox as typing would end (the value, then an `input` event), with focus
 * in it so that keys pressed next reach it. Synchronous: no keystroke can outlive a test that
 * timed out and land in the next one's field. `{ append: true }` adds to what is there.
 */
export function enterQuery(el: CustomerSearch, query: string, { append = false } = {}): void {
  const box = input(el);
  box.focus();
  setValue(box, append ? box.value + query : query);
}

/**
 * Enters a query and waits until the search has settled. With `{ keyboard: true }` it is typed
 * key by key (for the tests where the keyboard itself is under test).
 */
export async function search(el: CustomerSearch, query: string, { keyboard = false } = {}): Promise<void> {
  if (keyboard) {
    input(el).focus();
    await sendKeys({ type: query });
  } else enterQuery(el, query);
  await waitUntil(
    () => el['combo'].status !== 'loading' && el['combo'].query === query,
    `no answer to "${query}"`,
    WAIT,
  );
  await el.updateComplete;
}

/** Records the customer-change events an element fires from now on. */
export function recordChanges(el: HTMLElement): CustomerChangeEvent[] {
  return record<CustomerChangeEvent>(el, 'customer-change');
}

/** The dialog labelled `heading`, when it is open. */
export function openDialog(el: CustomerSearch, heading: string): HTMLDialogElement | null {
  return (
    $$<HTMLDialogElement>(el, 'dialog').find(
      (dialog) => dialog.open && text($(el, `#${dialog.getAttribute('aria-labelledby')}`)) === heading,
    ) ?? null
  );
}

/** Waits until the dialog labelled `heading` is open, and returns it. */
export function untilDialog(el: CustomerSearch, heading: string): Promise<HTMLDialogElement> {
  return until(() => openDialog(el, heading), `the ${heading} dialog did not open`);
}

/** The control labelled `label` inside `root` (a dialog). */
export function field(root: Element, label: string): HTMLInputElement {
  return getControl(root, label);
}

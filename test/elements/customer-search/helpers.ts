/**
 * Queries and gestures over <customer-search>'s shadow DOM, the way an agent finds things: by
 * label, role and visible text.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ReactiveElement } from 'lit';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import type { CustomerChangeEvent } from '../../../src/events/customer-change.js';
import type { Customer, Site } from '../../../src/model/types.js';
import '../../../src/define.js';

export const WAIT = { timeout: 5000 };

export function $<E extends Element = HTMLElement>(el: Element, selector: string): E | null {
  return (el.shadowRoot ?? el).querySelector<E>(selector);
}

export function $$<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...(el.shadowRoot ?? el).querySelectorAll<E>(selector)];
}

/** Visible text with runs of white space collapsed. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element focused inside nested shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export async function renderSearch(
  init: { adapter?: OrderAdapter; site?: Site; siteId?: string; customer?: Customer | null } = {},
): Promise<CustomerSearch> {
  const el = await fixture<CustomerSearch>(
    html`<customer-search
      .adapter=${init.adapter}
      .site=${init.site}
      .customer=${init.customer ?? null}
      site-id=${init.siteId ?? ''}
    ></customer-search>`,
  );
  return el;
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
  box.value = append ? box.value + query : query;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
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
  const events: CustomerChangeEvent[] = [];
  el.addEventListener('customer-change', (event) => events.push(event));
  return events;
}

/** The dialog labelled `heading`, when it is open. */
export function openDialog(el: CustomerSearch, heading: string): HTMLDialogElement | null {
  return (
    $$<HTMLDialogElement>(el, 'dialog').find(
      (d) => d.open && text($(el, `#${d.getAttribute('aria-labelledby')}`)) === heading,
    ) ?? null
  );
}

/** The control labelled `label` inside `root` (a dialog). */
export function field(root: Element, label: string): HTMLInputElement {
  const found = [...root.querySelectorAll('label')].find((l) => text(l) === label);
  const control = found?.control ?? null;
  if (!control) throw new Error(`No field labelled "${label}"`);
  return control as HTMLInputElement;
}

/** The message tied to a field by aria-describedby ("" when none). */
export function errorOf(control: Element): string {
  const ids = control.getAttribute('aria-describedby');
  if (!ids) return '';
  const root = control.getRootNode() as ShadowRoot;
  return ids
    .split(' ')
    .map((id) => text(root.getElementById(id)))
    .join(' ');
}

/**
 * Fills a field (replacing what is there) as typing would end: the value, then an `input` event
 * that bubbles to the form; resolves once the element has rendered it. Not keystrokes: a test
 * that times out must not keep typing into the next test's fields (type with `sendKeys` only
 * where the keyboard itself is under test).
 */
export async function fill(control: HTMLInputElement, value: string): Promise<void> {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  const host = (control.getRootNode() as ShadowRoot).host as Partial<ReactiveElement> | undefined;
  await host?.updateComplete;
}

/** Whether `node` has focus. (Comparing elements with chai's equal would print them on failure: slow.) */
export function focused(node: Element | null): boolean {
  return node !== null && deepActiveElement() === node;
}

/** What has focus, for assertion messages. */
export function focusName(): string {
  const active = deepActiveElement();
  return active ? `${active.tagName.toLowerCase()}#${active.id} "${text(active)}"` : 'nothing';
}

/** Presses a button as a pointer does: focus, then click. */
export function press(target: HTMLElement): void {
  target.focus();
  target.click();
}

export function button(root: Element | ShadowRoot, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => text(b) === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

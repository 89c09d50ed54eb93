/**
 * Finding things in shadow DOM the way an agent does (by role, label and visible text), and the
 * gestures the tests share. Element-specific steps live in `harness/<element>.ts`.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { ReactiveElement } from 'lit';

/** A name to match: exactly this visible text, or text the pattern matches. */
export type TextMatch = string | RegExp;

const matches = (name: string, match: TextMatch) => (typeof match === 'string' ? name === match : match.test(name));

/** The first node matching `selector` in `root`'s shadow root (or in `root` itself when it has none). */
export function $<E extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): E | null {
  return ((root as Element).shadowRoot ?? root).querySelector<E>(selector);
}

/** Every node matching `selector` in `root`'s shadow root (or in `root` itself when it has none). */
export function $$<E extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): E[] {
  return [...((root as Element).shadowRoot ?? root).querySelectorAll<E>(selector)];
}

/** Visible text with runs of white space collapsed. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function isShown(node: Element | null | undefined): boolean {
  if (!node) return false;
  return node.checkVisibility();
}

/** The button whose text is `name` in `root`'s shadow root (or `root` itself), or null. */
export function button(root: Element | ShadowRoot, name: TextMatch): HTMLButtonElement | null {
  return $$<HTMLButtonElement>(root, 'button').find((b) => matches(text(b), name)) ?? null;
}

/** The button whose text is `name`; throws when there is none. */
export function getButton(root: Element | ShadowRoot, name: TextMatch): HTMLButtonElement {
  const found = button(root, name);
  if (!found) throw new Error(`No button "${String(name)}"`);
  return found;
}

/** The control whose visible label is `label` (by `for`, or nested in its label), or null. */
export function control<E extends HTMLElement = HTMLInputElement>(
  root: Element | ShadowRoot,
  label: TextMatch,
): E | null {
  for (const candidate of $$<HTMLLabelElement>(root, 'label')) {
    if (matches(text(candidate), label) && candidate.control) return candidate.control as E;
  }
  return null;
}

/** The control labelled `label`; throws when there is none. */
export function getControl<E extends HTMLElement = HTMLInputElement>(root: Element | ShadowRoot, label: TextMatch): E {
  const found = control<E>(root, label);
  if (!found) throw new Error(`No field labelled "${String(label)}"`);
  return found;
}

/**
 * Sets a field's value as typing (or a paste) would end: the value, then an `input` event that
 * bubbles out of the shadow root, and with `{ change: true }` a `change` event. Not keystrokes: a
 * test that times out must not keep typing into the next test's fields (type with `sendKeys` only
 * where the keyboard itself is under test).
 */
export function setValue(field: HTMLInputElement | HTMLTextAreaElement, value: string, { change = false } = {}): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (change) field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Focuses a field and sets its value (see `setValue`); resolves once its element has rendered it. */
export async function fill(field: HTMLInputElement, value: string): Promise<void> {
  field.focus();
  setValue(field, value);
  const host = (field.getRootNode() as ShadowRoot).host as Partial<ReactiveElement> | undefined;
  await host?.updateComplete;
}

/**
 * Types `value` with the keyboard over what the field labelled `label` holds (for the tests where
 * the keyboard itself is under test); resolves with the field once its element has rendered.
 */
export async function typeInto(root: Element, label: TextMatch, value: string): Promise<HTMLInputElement> {
  const field = getControl(root, label);
  field.focus();
  field.select();
  await sendKeys({ type: value });
  await (root as Partial<ReactiveElement>).updateComplete;
  return field;
}

/** Presses a button as a pointer does: focus, then click. */
export function press(target: HTMLElement): void {
  target.focus();
  target.click();
}

/** The message tied to a field by aria-describedby ("" when none). */
export function errorOf(field: Element): string {
  const ids = field.getAttribute('aria-describedby');
  if (!ids) return '';
  const root = field.getRootNode() as ShadowRoot;
  return ids
    .split(' ')
    .map((id) => text(root.getElementById(id)))
    .join(' ');
}

/** The polite live region in `root`'s shadow root; throws when there is none. */
export function liveRegion(root: Element): HTMLElement {
  const region = $(root, '[role="status"][aria-live="polite"]');
  if (!region) throw new Error('No polite live region');
  return region;
}

/** The element focused inside nested shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` has focus. (Comparing elements with chai's equal would print them on failure: slow.) */
export function focused(node: Element | null): boolean {
  return node !== null && deepActiveElement() === node;
}

/** A short description of an element (tag, id, label or text), for readable focus assertions. */
export function describeElement(node: Element | null | undefined): string {
  if (!node) return '(none)';
  const label = (node as HTMLInputElement).labels?.[0];
  return `${node.localName}${node.id ? `#${node.id}` : ''} "${text(label ?? node).slice(0, 40)}"`;
}

/** What has focus, described (see `describeElement`). */
export function focusName(): string {
  return describeElement(deepActiveElement());
}

/** The text of the polite live region in `root`'s shadow root ('' when there is none). */
export function liveText(root: Element): string {
  return text($(root, '[role="status"][aria-live="polite"]'));
}

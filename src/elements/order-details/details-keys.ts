/**
 * The keyboard commands of the Order Details dialog, so that an agent on the phone does not Tab
 * through every field: Ctrl+Enter (⌘+Enter on a Mac; either works everywhere) saves, as "Save"
 * does (its checks included); Alt+Shift+M goes to "Shipping Method" and Alt+Shift+O to "Coupon
 * code". Like the builder's Alt+Shift shortcuts (shortcuts.ts), they are read by
 * `KeyboardEvent.code`, so that any keyboard layout works; they are listed in a line of the
 * dialog's footer and in `aria-keyshortcuts` on what they reach. Keys pressed in a dialog above this
 * one ("Configure Product", "Discard changes?") are that dialog's.
 */
import { msg } from '../shared/localize.js';
import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

/** Where a jump key goes. */
export type DetailsJump = 'shipping' | 'coupon';

/** The jump keys: Alt+Shift and a letter, by `KeyboardEvent.code`. */
const JUMPS: Readonly<Partial<Record<string, DetailsJump>>> = { KeyM: 'shipping', KeyO: 'coupon' };

/** What each command's target says in `aria-keyshortcuts`. */
export const DETAILS_KEYS = {
  save: 'Control+Enter Meta+Enter',
  shipping: 'Alt+Shift+M',
  coupon: 'Alt+Shift+O',
} as const;

export interface DetailsKeysOptions {
  /** The dialog whose keys these are (keys from a dialog above it are not). */
  dialog(): HTMLDialogElement | null;
  /** What "Save" does. */
  save(): void;
  /** Moves focus to a jump's target. */
  jump(target: DetailsJump): void;
}

type Host = ReactiveControllerHost & HTMLElement;

/** The element that has focus, inside nested shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether the page runs on Apple's systems, where the hint says ⌘ rather than Ctrl. */
function onApple(): boolean {
  return /mac|iphone|ipad/i.test(navigator.platform);
}

export class DetailsKeys implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly options: DetailsKeysOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // On the host: keys from anywhere inside it (the line items' shadow root too) reach it.
    this.host.addEventListener('keydown', this.handleKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.handleKeydown);
  }

  private handleKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return;
    const dialog = event.composedPath().find((node) => node instanceof HTMLDialogElement);
    if (!dialog || dialog !== this.options.dialog()) return;
    const save = event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    const jump = event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey ? JUMPS[event.code] : undefined;
    if (!save && !jump) return;
    event.preventDefault();
    if (jump) return this.options.jump(jump);
    // What the field being typed in holds is taken first (its `change`), as pressing "Save" would.
    const active = deepActiveElement();
    if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
      active.blur();
      active.focus();
    }
    this.options.save();
  };

  /** The line that lists the commands, in the dialog's footer. */
  renderHint(): TemplateResult {
    const save = onApple() ? '⌘+Enter' : 'Ctrl+Enter';
    const item = (keys: string, action: string) => html`<kbd>${keys}</kbd> ${action}`;
    return html`<p class="keys text-muted text-small" part="keys-hint">
      ${item(save, msg('Save'))} · ${item(DETAILS_KEYS.shipping, msg('Shipping Method'))} ·
      ${item(DETAILS_KEYS.coupon, msg('Coupon code'))}
    </p>`;
  }
}

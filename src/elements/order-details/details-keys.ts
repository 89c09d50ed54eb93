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
import type { TemplateResult } from 'lit';

/** Where a jump key goes. */
export type DetailsJump = 'shipping' | 'coupon';

export interface DetailsKeysOptions {
  /** The dialog whose keys these are (keys from a dialog above it are not). */
  dialog(): HTMLDialogElement | null;
  /** What "Save" does. */
  save(): void;
  /** Moves focus to a jump's target. */
  jump(target: DetailsJump): void;
}

/** The `keydown` listener of the dialog's host: keys from anywhere inside it (the line items' shadow root too) reach it. */
export function detailsKeydown(options: DetailsKeysOptions): (event: KeyboardEvent) => void {
  return (event) => {
    const { altKey, ctrlKey, metaKey, shiftKey } = event;
    const path = event.composedPath();
    if (event.defaultPrevented || path.find((node) => node instanceof HTMLDialogElement) !== options.dialog()) return;
    // Alt+Shift and a letter (by `code`: any layout), or Ctrl/⌘+Enter.
    const jump =
      altKey && shiftKey && !ctrlKey && !metaKey
        ? ({ KeyM: 'shipping', KeyO: 'coupon' } as const)[event.code as 'KeyM']
        : undefined;
    const save = event.key === 'Enter' && (ctrlKey || metaKey) && !altKey && !shiftKey;
    if (!save && !jump) return;
    event.preventDefault();
    if (jump) return options.jump(jump);
    // What the field being typed in holds is taken first (its `change`), as pressing "Save" would.
    const field = path[0];
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
      field.blur();
      field.focus();
    }
    options.save();
  };
}

/** The line that lists the commands, in the dialog's footer (Ctrl+Enter works on a Mac too, as ⌘+Enter does). */
export function renderKeysHint(): TemplateResult {
  const enter = msg('Enter', { desc: 'The Enter key, as its name is printed on keyboards.' });
  return html`<p class="keys text-muted text-small" part="keys-hint">
    <kbd>Ctrl+${enter}</kbd> ${msg('Save')} · <kbd>Alt+Shift+M</kbd> ${msg('Shipping Method')} ·
    <kbd>Alt+Shift+O</kbd> ${msg('Coupon code')}
  </p>`;
}

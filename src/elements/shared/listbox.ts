import { html } from 'lit';
import type { TemplateResult } from 'lit';

/** The listbox popup of an editable combobox (see `ComboboxController`). */
export interface ListboxOptions {
  /** Its id, which the input's `aria-controls` names. */
  id: string;
  /** Its accessible name ("Customers", "Products"). */
  label: string;
  /** Whether it is shown (`ComboboxController.listboxShown`). */
  shown: boolean;
  /** Its classes, if any (the host's styles for a popup). */
  className?: string;
}

/** A press on an option must not take focus from the input (DOM focus stays there, APG). */
const keepFocus = (event: Event): void => event.preventDefault();

/** The `<ul role="listbox">` popup, part "listbox", around the options `content` renders. */
export function renderListbox(listbox: ListboxOptions, content: unknown): TemplateResult {
  return html`<ul
    id=${listbox.id}
    class=${listbox.className ?? ''}
    part="listbox"
    role="listbox"
    aria-label=${listbox.label}
    ?hidden=${!listbox.shown}
    @mousedown=${keepFocus}
  >
    ${content}
  </ul>`;
}

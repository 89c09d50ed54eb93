import { msg } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import type { OnDemand } from '../../controllers/on-demand.js';
import type * as ShortcutsList from './shortcuts-list.js';

/** What a shortcut does (Alt+Shift and a letter); "?" opens the list of shortcuts. */
export type ShortcutAction = 'customer' | 'details' | 'payment' | 'submit';

/** The shortcuts: Alt+Shift and a letter, by `KeyboardEvent.code` so that any keyboard layout works. */
const SHORTCUTS: Readonly<Partial<Record<string, ShortcutAction>>> = {
  KeyC: 'customer',
  KeyD: 'details',
  KeyP: 'payment',
  KeyS: 'submit',
};

/** Whether keys typed at `node` are text (where a plain "?" must stay a question mark). */
function isTextField(node: EventTarget | undefined): boolean {
  if (node instanceof HTMLInputElement)
    return !/^(button|checkbox|color|file|hidden|image|radio|range|reset|submit)$/.test(node.type);
  return node instanceof HTMLTextAreaElement || (node instanceof HTMLElement && node.isContentEditable);
}

export interface ShortcutsOptions {
  /** Whether the shortcuts apply now (a site chosen, no order just submitted). */
  enabled(): boolean;
  /** Does what a shortcut asks. */
  run(action: ShortcutAction): void;
  /** What the list shows (`shortcuts-list.ts`), loaded on demand. */
  list: OnDemand<typeof ShortcutsList>;
}

type Host = ReactiveElement;

/**
 * The builder's keyboard shortcuts: Alt+Shift+C/D/P/S anywhere inside the host (not inside a
 * modal dialog), "?" outside text fields for the list of shortcuts, and that list (a popover with
 * its "Keyboard shortcuts" button, see `renderHelp`; what it lists loads on demand, and opened
 * before that, it fills as it loads). The listener is on the host while it is connected.
 */
export class ShortcutsController implements ReactiveController {
  /** Whether the list of shortcuts is open. */
  private helpOpen = false;
  private readonly host: Host;
  private readonly options: ShortcutsOptions;

  constructor(host: Host, options: ShortcutsOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // On the host, so that the shortcuts work wherever focus is inside it.
    this.host.addEventListener('keydown', this.handleKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.handleKeydown);
  }

  hostUpdated(): void {
    // The native invoker (what `popovertarget` sets up): toggling, and light dismiss that does not reopen.
    const button = this.host.renderRoot.querySelector<HTMLButtonElement>('[part~="shortcuts-button"]');
    if (button && !button.popoverTargetElement) button.popoverTargetElement = this.popover();
  }

  private popover(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('#shortcuts');
  }

  private handleKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || !this.options.enabled() || event.ctrlKey || event.metaKey) return;
    const path = event.composedPath();
    // A modal dialog (the confirmation, Order Details, a customer dialog) has the keyboard to itself.
    if (path.some((node) => node instanceof HTMLDialogElement)) return;
    const action = event.altKey && event.shiftKey ? SHORTCUTS[event.code] : undefined;
    const help = !action && event.key === '?' && !event.altKey && !isTextField(path[0]);
    if (!action && !help) return;
    event.preventDefault();
    if (action) this.options.run(action);
    else if (!this.helpOpen) this.popover()?.showPopover();
  };

  private handleToggle = (event: ToggleEvent): void => {
    this.helpOpen = event.newState === 'open';
    if (this.helpOpen) this.options.list.preload();
    this.host.requestUpdate();
  };

  /** The "Keyboard shortcuts" button and the list it opens. */
  renderHelp(): TemplateResult {
    return html`<button
        class="button button--quiet button--small"
        part="shortcuts-button"
        type="button"
        aria-controls="shortcuts"
        aria-expanded=${this.helpOpen}
      >
        ${msg('Keyboard shortcuts')}
      </button>
      <div id="shortcuts" class="shortcuts" part="shortcuts" .popover=${'auto'} @toggle=${this.handleToggle}>
        ${this.options.list.value?.renderShortcutsList(this.host) ?? nothing}
      </div>`;
  }
}

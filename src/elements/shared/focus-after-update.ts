/**
 * Moves focus after the host's next update, once the control it names is rendered: an element asks
 * (`request`) where its state changes (after "Add", a control is gone, a dialog closed), and this
 * controller focuses it when the update is done, instead of each element keeping a selector and
 * querying its shadow root in `updated()`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FocusAfterUpdateOptions {
  /**
   * Keep the request over updates until a control matches (a control that shows only once an
   * answer is in); by default the request is dropped after the next update.
   */
  untilFound?: boolean;
}

export class FocusAfterUpdate implements ReactiveController {
  private selector = '';

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly options: FocusAfterUpdateOptions = {},
  ) {
    host.addController(this);
  }

  /** Whether focus is to move after the next update. */
  get pending(): boolean {
    return this.selector !== '';
  }

  /** Focuses, after the next update, the first control of the shadow root that `selector` matches. */
  request(selector: string): void {
    this.selector = selector;
  }

  hostUpdated(): void {
    if (!this.selector) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.selector);
    if (target || !this.options.untilFound) this.selector = '';
    target?.focus();
  }
}

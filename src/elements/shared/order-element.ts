/**
 * The base of the elements that talk to the host's backend: the adapter and the site, provided
 * through context by `<offline-order-builder>` (or set by a host using an element alone), and the
 * few helpers every element wrote for itself: finding a node of its shadow root, dispatching one of
 * the library's typed events, and the page's locale.
 */
import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { adapterContext, siteContext } from '../../adapter/context.js';
import type { Site } from '../../model/types.js';
import { hostLocale } from './locale.js';

export class OrderElement extends LitElement {
  /** The data adapter. Provided through context by `<offline-order-builder>`; a host sets it when using the element alone. */
  @consume({ context: adapterContext, subscribe: true })
  @property({ attribute: false })
  adapter: OrderAdapter | undefined;

  /** The site of the order: its id, currency, locale and payment types. Provided through context; a host may set it. */
  @consume({ context: siteContext, subscribe: true })
  @property({ attribute: false })
  site: Site | undefined;

  /** @internal The first node of the shadow root that `selector` matches. */
  protected $<E extends Element = HTMLElement>(selector: string): E | null {
    return this.renderRoot.querySelector<E>(selector);
  }

  /** @internal Dispatches one of the library's typed events (documented by each element's `@fires` tag). */
  protected fire(event: Event): void {
    this.dispatchEvent(event);
  }

  /**
   * @internal The page's locale (see `hostLocale`): money, numbers and dates read as the agent's
   * page does, in the site's currency.
   */
  protected get locale(): string {
    return hostLocale(this);
  }
}

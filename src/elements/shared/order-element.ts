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
import { LocaleController } from './localization.js';

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

  /** @internal The element's locale and language (see localization.ts). */
  private localeController = new LocaleController(this);

  /**
   * The locale to speak and format in ("fr-CA", "en-US"). Unset, the nearest `lang` around the
   * element is used, else the document's. Read, it gives the resolved locale: money, numbers and
   * dates are formatted in it, in the site's currency. One language renders per page at a time
   * (the last an element resolved to); see the README's "Languages".
   */
  @property()
  get locale(): string {
    return this.localeController.value;
  }

  set locale(locale: string | null) {
    this.localeController.preferred = locale;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost &
  HTMLElement & { ordersHidden: boolean; readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The builder's layout by its own size (hosts embed it anywhere, so its width counts, not the
 * window's):
 * - Narrower than 56rem, the orders list is collapsed by default, and shown again when the builder
 *   grows wider. An explicit choice wins over that default: `orders-hidden` set or removed by the
 *   host, "Hide orders"/"Show orders", the splitter (any change of `ordersHidden` not made here).
 * - The footer with "Submit Order" stays in view (sticky) only while it takes at most a quarter of
 *   the new order's height (at 200% zoom it would cover the order), and the new order's scroll
 *   padding then keeps what gets focus clear of it (`--_oo-footer-position`, `--_oo-footer-room`).
 * - It holds the builder's layout custom properties (`set`), such as the orders pane width.
 */
export class BuilderLayoutController implements ReactiveController {
  private readonly host: Host;
  private observer: ResizeObserver | undefined;
  /** The new order and its footer, as observed. */
  private observed: Element[] = [];
  private style: CSSStyleDeclaration | undefined;
  /** `ordersHidden` as last seen or set here: any other change is the agent's or the host's choice. */
  private seen = false;
  private chosen = false;
  private frame = 0;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    if (!this.style) {
      // Inline `style` attributes and styleMap break under a strict CSP (style-src 'self'): these
      // properties live in a constructed stylesheet adopted by the shadow root, changed through the
      // CSSOM, which CSP allows. Where constructed stylesheets are missing, the host's CSSOM style.
      if (root instanceof ShadowRoot && 'adoptedStyleSheets' in root) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(':host{}');
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this.style = (sheet.cssRules[0] as CSSStyleRule).style;
      } else this.style = this.host.style;
    }
    this.observer = new ResizeObserver(() => this.measure());
    this.observer.observe(this.host);
    this.observed = [];
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  hostUpdate(): void {
    if (this.host.ordersHidden !== this.seen) {
      this.seen = !this.seen;
      this.chosen = true;
    }
  }

  hostUpdated(): void {
    // The new order and its footer are rendered anew (the success view, a new site): watch the current ones.
    const now = [...this.host.renderRoot.querySelectorAll('.new-order, .footer')];
    if (now.length === this.observed.length && now.every((e, i) => e === this.observed[i])) return;
    for (const e of this.observed) this.observer?.unobserve(e);
    for (const e of now) this.observer?.observe(e);
    this.observed = now;
  }

  private measure(): void {
    const { host } = this;
    const width = host.getBoundingClientRect().width;
    const narrow = width < 56 * parseFloat(getComputedStyle(document.documentElement).fontSize);
    if (width && !this.chosen && narrow !== host.ordersHidden) {
      const apply = () => {
        if (this.chosen) return;
        this.seen = narrow;
        host.ordersHidden = narrow;
      };
      // Before the split view shows, at once; else in the next frame, so that the resize this
      // causes does not loop back into this observer within the frame.
      cancelAnimationFrame(this.frame);
      if (host.renderRoot.querySelector('.split')) this.frame = requestAnimationFrame(apply);
      else apply();
    }
    const [pane, footer] = this.observed as HTMLElement[];
    // Changing these moves nothing's size: safe within the observer's callback.
    const room = footer && pane && footer.offsetHeight <= pane.clientHeight / 4 ? footer.offsetHeight : 0;
    this.set('--_oo-footer-position', room || !footer ? 'sticky' : 'static');
    this.set('--_oo-footer-room', `${room}px`);
  }

  /** Sets a custom property on the builder (`:host`), e.g. the orders pane width on every drag move. */
  set(name: string, value: string): void {
    if (this.style?.getPropertyValue(name) !== value) this.style?.setProperty(name, value);
  }
}

/**
 * Hostile data for `npm run test:faults`: an adapter whose every text field (the names, labels
 * and words an adapter returns for the agent to read) carries a payload, and what the page must
 * show of it: nothing executed, no sideways overflow of the host page, the payload shown as text,
 * and everything around it reading as it does without it.
 */
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type {
  Address,
  Customer,
  FulfillmentOption,
  Listed,
  OrderSummary,
  Page,
  Pricing,
} from '../../../src/model/types.js';

/** What a payload does when something executes it: counts on `window.__hostile`. */
const RUN = 'window.__hostile=(window.__hostile||0)+1';

export interface Payload {
  name: string;
  text: string;
}

export const PAYLOADS: Payload[] = [
  { name: 'markup', text: `<img src=x onerror="${RUN}"><b>bold</b><script>${RUN}</script>` },
  { name: 'javascript: URL', text: `javascript:${RUN}` },
  { name: 'data: URL', text: `data:text/html,<script>${RUN}</script>` },
  { name: 'template syntax', text: `\${${RUN}} {{constructor.constructor('${RUN}')()}} <%= 7*7 %>` },
  { name: 'CSS break-out', text: `</style><style>*{display:none!important}</style>";}body{background:url(x)}` },
  { name: '10,000 characters unbroken', text: 'W'.repeat(10_000) },
  { name: 'bidi controls (U+202E…)', text: '\u202Eevil\u202D\u2066x\u2069\u200F' },
  { name: 'emoji', text: '👩🏽‍💻🇺🇦🏳️‍🌈' },
  { name: 'combining marks', text: 'Z̸̢̛̖̝a̴̡̮͓l̵̨̛g̷o̵̜' },
];

/** How many text fields of the adapter's answers carry the payload (the figure the table prints). */
export const HOSTILE_FIELDS = [
  'site name',
  'order customer name',
  'customer first name',
  'customer last name',
  'address name',
  'address line 1',
  'address city',
  'product name',
  'location name',
  'unavailable message',
  'shipping method name',
  'price list name',
  'payment type label',
  'payment term label',
  'coupon message',
] as const;

const address = (a: Address, p: string): Address => ({ ...a, name: a.name + p, line1: a.line1 + p, city: a.city + p });
const customer = (c: Customer, p: string): Customer => ({
  ...c,
  firstName: c.firstName + p,
  lastName: c.lastName + p,
  addresses: c.addresses.map((a) => address(a, p)),
});
/** `out` with the count of records `list` left out, as `list` had it. */
function withSkipped<T>(list: Listed<unknown>, out: T[]): Listed<T> {
  return list.skipped === undefined ? out : Object.assign(out, { skipped: list.skipped });
}

/** `inner` with `payload` appended to every text field of its answers the agent reads. */
export function hostileAdapter(inner: OrderAdapter, payload: string): OrderAdapter {
  const p = payload;
  const option = (o: FulfillmentOption): FulfillmentOption => ({
    ...o,
    locationName: o.locationName === null ? null : o.locationName + p,
    ...(o.unavailableMessage ? { unavailableMessage: o.unavailableMessage + p } : {}),
  });
  return {
    ...inner,
    listSites: async (init) => {
      const sites = await inner.listSites(init);
      return withSkipped(
        sites,
        sites.map((s) => ({ ...s, name: s.name + p })),
      );
    },
    listOrders: async (request, init) => {
      const page: Page<OrderSummary> = await inner.listOrders(request, init);
      return { ...page, items: page.items.map((o) => ({ ...o, customerName: o.customerName + p })) };
    },
    searchCustomers: async (request, init) => {
      const found = await inner.searchCustomers(request, init);
      return withSkipped(
        found,
        found.map((c) => customer(c, p)),
      );
    },
    searchProducts: async (request, init) => {
      const found = await inner.searchProducts(request, init);
      return withSkipped(
        found,
        found.map((product) => ({ ...product, name: product.name + p })),
      );
    },
    getProduct: async (request, init) => {
      const product = await inner.getProduct(request, init);
      return { ...product, name: product.name + p };
    },
    getFulfillmentOptions: async (request, init) => (await inner.getFulfillmentOptions(request, init)).map(option),
    ...(inner.getFulfillmentOptionsBatch
      ? {
          getFulfillmentOptionsBatch: async (request, init) =>
            (await inner.getFulfillmentOptionsBatch!(request, init)).map((options) => options?.map(option) ?? null),
        }
      : {}),
    getShippingMethods: async (request, init) =>
      (await inner.getShippingMethods(request, init)).map((m) => ({ ...m, name: m.name + p })),
    ...(inner.listPriceLists
      ? {
          listPriceLists: async (request, init) =>
            (await inner.listPriceLists!(request, init)).map((l) => ({ ...l, name: l.name + p })),
        }
      : {}),
    listPaymentTypes: async (request, init) =>
      (await inner.listPaymentTypes(request, init)).map((t) => ({
        ...t,
        label: t.label + p,
        ...(t.terms ? { terms: t.terms.map((term) => ({ ...term, label: term.label + p })) } : {}),
      })),
    priceOrder: async (request, init) => {
      const pricing: Pricing = await inner.priceOrder(request, init);
      return {
        ...pricing,
        coupons: pricing.coupons.map((c) => (c.message ? { ...c, message: c.message + p } : c)),
      };
    },
  };
}

/** Isolation marks the elements add around adapter text (FSI, LRI, RLI, PDI). */
const ISOLATES = /[\u2066\u2067\u2068\u2069]/g;

/** `text` as shown with `payload` taken out and isolation marks dropped: what it reads without it. */
export function without(text: string, payload: string): string {
  const bare = text.replace(ISOLATES, '');
  const cut = payload.replace(ISOLATES, '');
  return cut ? bare.split(cut).join('') : bare;
}

/** Whether `text` shows `payload` literally (isolation marks aside). */
export function showsLiterally(text: string, payload: string): boolean {
  return text.replace(ISOLATES, '').includes(payload.replace(ISOLATES, ''));
}

/** Every element under `root` (through shadow roots). */
function allElements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      out.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return out;
}

/** What executed or was injected: the payloads' counter, and elements or handlers they would bring. */
export function executed(root: Node): string[] {
  const found: string[] = [];
  const count = (window as unknown as { __hostile?: number }).__hostile ?? 0;
  if (count) found.push(`ran ${count} time(s)`);
  for (const el of allElements(root)) {
    if (el.localName === 'script' || el.localName === 'iframe' || el.localName === 'object')
      found.push(`<${el.localName}>`);
    if (el.localName === 'img' && el.getAttribute('src') === 'x') found.push('<img src=x>');
    if (el.localName === 'b' && el.textContent === 'bold') found.push('<b> from the payload');
    for (const attribute of el.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${el.localName}[${attribute.name}]`);
      // A script URL, or a document from data: (an image from data: is only an image).
      const url = /^(href|src|action|formaction|xlink:href)$/i.test(attribute.name);
      if (url && /^\s*(javascript:|data:(?!image\/))/i.test(attribute.value))
        found.push(`${el.localName}[${attribute.name}=${attribute.value.slice(0, 20)}]`);
    }
    if (el.localName === 'style' && /display:none!important/.test(el.textContent ?? '')) found.push('<style> injected');
  }
  return found;
}

/** How far the host page scrolls sideways (0: not at all). */
export function overflow(): number {
  const page = document.scrollingElement ?? document.documentElement;
  return Math.max(0, page.scrollWidth - page.clientWidth);
}

const ISOLATING = new Set(['isolate', 'isolate-override', 'plaintext']);

/** Whether `element` starts a paragraph of its own (not laid out inline in its parent's line). */
const ownsParagraph = (element: Element) => !getComputedStyle(element).display.startsWith('inline');

/**
 * Whether an override in `node` stays inside it: an element between it and its paragraph isolates
 * its text (`<bdi>`, `dir`, `unicode-bidi: isolate`), or nothing follows it in its paragraph.
 */
function contained(node: Text): boolean {
  const value = node.textContent ?? '';
  const at = value.indexOf('\u202E');
  if (value.lastIndexOf('\u2068', at) >= 0 && value.indexOf('\u2069', at) > at) return true;
  let element = node.parentElement;
  // Up to the paragraph (a block isolates by itself: the UA style sheet gives blocks unicode-bidi: isolate).
  while (element && !ownsParagraph(element)) {
    if (element.localName === 'bdi' || element.hasAttribute('dir')) return true;
    if (ISOLATING.has(getComputedStyle(element).unicodeBidi)) return true;
    element = element.parentElement;
  }
  if (!element) return true;
  // The paragraph is `element`: does any text follow the override in it?
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  walker.currentNode = node;
  for (let next = walker.nextNode(); next; next = walker.nextNode()) {
    const parent = next.parentElement;
    if (parent && parent !== element && ownsParagraph(parent)) continue;
    if ((next.textContent ?? '').trim()) return false;
  }
  return true;
}

/**
 * Right-to-left overrides under `root` that reach text after them on screen: not isolated
 * (FSI…PDI, `<bdi>`, `dir`, `unicode-bidi: isolate`) and followed by more text in their paragraph.
 * Such an override reorders what follows it, which `textContent` never shows.
 */
export function unisolatedOverrides(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').includes('\u202E') && !contained(node as Text))
      out.push(`${node.parentElement?.localName ?? '?'}: ${(node.textContent ?? '').slice(0, 30)}`);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return out;
}

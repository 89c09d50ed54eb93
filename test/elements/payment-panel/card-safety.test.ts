/**
 * The canary: a card number typed into <payment-panel> must reach the tokenizer and nothing
 * else. After a save, its digits may not appear in the DOM (shadow roots, attributes, input
 * values), the element's properties, any event dispatched, web storage, the console, or any
 * request but the tokenizer's.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createRestAdapter } from '../../../src/adapter/rest-adapter.js';
import { useMockBackend } from '../../support/mock.js';
import { $, control, fill, openForm, paymentRows, renderPanel, save } from './helpers.js';

/** Luhn-valid, tokenizes, and unlike 4111… its digits cannot be mistaken for anything else. */
const NUMBER = '4539148803436467';
const CODE = '837';

interface Sent {
  url: string;
  method: string;
  headers: string;
  body: string;
}

/** Every string reachable from a value, without following cycles or DOM nodes. */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (!value || typeof value !== 'object' || seen.has(value) || value instanceof Node || value === window) return [];
  seen.add(value);
  const keys = new Set([...Object.keys(value), ...Object.getOwnPropertyNames(value)]);
  if (value instanceof Event) for (const key of ['type', 'detail', 'payments']) keys.add(key);
  return [...keys].flatMap((key) => {
    try {
      return [key, ...strings((value as Record<string, unknown>)[key], seen)];
    } catch {
      return [key];
    }
  });
}

/** Text, attribute values and control values of a node and everything under it, shadow roots included. */
function domStrings(root: Node): string[] {
  const found: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const attr of node.attributes) found.push(attr.name, attr.value);
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) {
        found.push(node.value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return found;
}

/** Whether any string holds the number, also as typed in groups or with separators. */
function leaks(list: string[], secret = NUMBER): string[] {
  return list.filter((s) => s.includes(secret) || s.replace(/[\s.-]/g, '').includes(secret));
}

describe('<payment-panel> card safety (canary)', () => {
  const mock = useMockBackend();
  const sent: Sent[] = [];
  const logged: string[] = [];
  const events: Event[] = [];
  const restore: (() => void)[] = [];

  beforeEach(() => {
    sent.length = logged.length = events.length = 0;
    /* eslint-disable no-console -- the canary replaces every console method to see what is written */
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const) {
      const original = console[method];
      console[method] = (...args: unknown[]) => {
        logged.push(...strings(args));
      };
      restore.push(() => (console[method] = original));
    }
    /* eslint-enable no-console */
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      events.push(event);
      return dispatch.call(this, event);
    };
    restore.push(() => (EventTarget.prototype.dispatchEvent = dispatch));
  });

  afterEach(() => {
    restore.splice(0).forEach((undo) => undo());
    sessionStorage.clear();
  });

  function recordingAdapter() {
    return createRestAdapter({
      baseUrl: mock.baseUrl,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        sent.push({
          url: request.url,
          method: request.method,
          headers: JSON.stringify([...request.headers]),
          body: await request.clone().text(),
        });
        return fetch(request);
      },
    });
  }

  it('keeps the number and the security code out of everything but the tokenizer’s request', async () => {
    const el = await renderPanel({ adapter: recordingAdapter(), customer: mock.backend.findCustomer('ada')! });
    await openForm(el);
    fill(el, 'Name on card', 'Ada Lovelace');
    control(el, 'Card number').focus();
    await sendKeys({ type: '4539 1488 0343 6467' });
    control(el, 'Expiry (MM/YY)').focus();
    await sendKeys({ type: '12/30' });
    control(el, 'Security code').focus();
    await sendKeys({ type: CODE });
    await save(el);
    await waitUntil(() => el.payments.length === 1, 'the card was not saved', { timeout: 5000 });
    await el.updateComplete;
    expect(paymentRows(el)).to.deep.equal(['Visa •••• 6467 $100.00']);

    // The canary works: the tokenizer did get the number and the code.
    const tokenizer = sent.filter((r) => r.url.endsWith('/sites/us/card-tokens'));
    expect(tokenizer).to.have.length(1);
    expect(JSON.parse(tokenizer[0]!.body)).to.include({ number: NUMBER, securityCode: CODE });

    // Nowhere else.
    expect(leaks(domStrings(document.documentElement)), 'DOM').to.deep.equal([]);
    expect(leaks(strings(Object.fromEntries(Object.entries(el)))), 'element properties').to.deep.equal([]);
    expect(leaks(strings(el.payments)), 'payments').to.deep.equal([]);
    expect(events.length).to.be.greaterThan(0);
    const paymentEvents = events.filter((e) => e.type === 'payments-change');
    expect(paymentEvents).to.have.length(1);
    for (const event of events) {
      expect(leaks(strings(event)), `event ${event.type}`).to.deep.equal([]);
      expect(strings(event), `event ${event.type}`).not.to.include('securityCode');
    }
    const storage = [sessionStorage, localStorage].flatMap((s) =>
      Object.keys(s).flatMap((key) => [key, s.getItem(key) ?? '']),
    );
    expect(leaks(storage), 'storage').to.deep.equal([]);
    expect(leaks(storage, CODE), 'storage').to.deep.equal([]);
    expect(leaks(logged), 'console').to.deep.equal([]);
    expect(leaks(logged, CODE), 'console').to.deep.equal([]);
    const others = sent.filter((r) => !r.url.endsWith('/card-tokens'));
    expect(others.length, 'other requests were recorded').to.be.greaterThan(0);
    for (const request of others) {
      const all = [request.url, request.headers, request.body];
      expect(leaks(all), request.url).to.deep.equal([]);
      expect(leaks(all, CODE), request.url).to.deep.equal([]);
    }
    expect(leaks(mock.backend.requests.map((r) => JSON.stringify(r))), 'requests served').to.deep.equal([]);
    // The inputs are empty again, and nothing names the card fields for a form to serialize.
    expect($(el, 'form')).to.equal(null);
  });

  it('keeps a declined number in its input only', async () => {
    const el = await renderPanel({ adapter: recordingAdapter(), customer: mock.backend.findCustomer('ada')! });
    await openForm(el);
    fill(el, 'Name on card', 'Ada Lovelace');
    fill(el, 'Card number', '4000 0000 0000 0002');
    fill(el, 'Expiry (MM/YY)', '12/30');
    fill(el, 'Security code', CODE);
    await save(el);
    await waitUntil(() => $(el, '[part="form-error"]'), 'no decline shown', { timeout: 5000 });

    const declined = '4000000000000002';
    const dom = domStrings(document.documentElement);
    // The agent may correct it: the number is still in its input, and nowhere else in the page.
    expect(leaks(dom, declined)).to.deep.equal(['4000 0000 0000 0002']);
    expect(control(el, 'Card number').value).to.equal('4000 0000 0000 0002');
    for (const event of events) expect(leaks(strings(event), declined), `event ${event.type}`).to.deep.equal([]);
    expect(leaks(logged, declined), 'console').to.deep.equal([]);
    for (const request of sent.filter((r) => !r.url.endsWith('/card-tokens'))) {
      expect(leaks([request.url, request.headers, request.body], declined), request.url).to.deep.equal([]);
    }
    expect(leaks(strings(Object.fromEntries(Object.entries(el))), declined)).to.deep.equal([]);
  });
});

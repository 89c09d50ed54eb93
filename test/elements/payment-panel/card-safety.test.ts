/**
 * The canary: a card number and its security code typed into <payment-panel> must reach the
 * tokenizer and nothing else. After a save, their digits may not appear in the DOM (text of the
 * page, shadow roots, attributes, input values), the element's properties and public state, any
 * event dispatched (payments-change's detail as JSON too), web storage, the console, or any
 * request but the tokenizer's.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createRestAdapter } from '../../../src/adapter/rest-adapter.js';
import type { PaymentsChangeEvent } from '../../../src/events/payments-change.js';
import { useMockBackend } from '../../support/mock.js';
import { $ } from '../../support/dom.js';
import { control, fill, openForm, paymentRows, renderPanel, save } from '../../support/harness/payment-panel.js';
import { watchConsole, watchEvents } from '../../support/spy.js';

/** Luhn-valid, tokenizes, and unlike 4111… its digits cannot be mistaken for anything else. */
const NUMBER = '4539148803436467';
const CODE = '837';

/**
 * The cards keyed in the canary: each number with a security code unusual enough that finding
 * its digits anywhere means it leaked (a 4-digit American Express code above all).
 */
const CARDS = [
  { brand: 'Visa', number: NUMBER, typed: '4539 1488 0343 6467', code: CODE, shown: 'Visa •••• 6467' },
  {
    brand: 'American Express',
    number: '378282246310005',
    typed: '3782 822463 10005',
    code: '7391',
    shown: 'American Express •••• 0005',
  },
] as const;

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
      if (
        node instanceof HTMLInputElement ||
        node instanceof HTMLTextAreaElement ||
        node instanceof HTMLSelectElement
      ) {
        found.push(node.value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return found;
}

/**
 * Whether any string holds the number, also as typed in groups or with separators. A security code
 * is 3 or 4 digits: it counts as found standing alone, not inside a longer run of letters and digits
 * (a random id such as `payment_…-d60837ed…` holds "837" by chance, now and then).
 */
function leaks(list: string[], secret = NUMBER): string[] {
  if (secret.length <= 4) {
    const alone = new RegExp(`(?<![0-9A-Za-z])${secret}(?![0-9A-Za-z])`);
    return list.filter((s) => alone.test(s));
  }
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
    restore.push(
      watchConsole((args) => logged.push(...strings(args)), {
        methods: ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'],
      }),
      watchEvents((event) => events.push(event)),
    );
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

  for (const card of CARDS) {
    it(`keeps the ${card.brand} number and its security code out of everything but the tokenizer’s request`, async () => {
      const { number, code } = card;
      const el = await renderPanel({ adapter: recordingAdapter(), customer: mock.backend.findCustomer('ada')! });
      await openForm(el);
      fill(el, 'Name on card', 'Ada Lovelace');
      control(el, 'Card number').focus();
      await sendKeys({ type: card.typed });
      control(el, 'Expiry (MM/YY)').focus();
      await sendKeys({ type: '12/30' });
      control(el, 'Security code').focus();
      await sendKeys({ type: code });
      await save(el);
      await waitUntil(() => el.payments.length === 1, 'the card was not saved', { timeout: 5000 });
      await el.updateComplete;
      expect(paymentRows(el)).to.deep.equal([`${card.shown} $100.00`]);

      // The canary works: the tokenizer did get the number and the code.
      const tokenizer = sent.filter((r) => r.url.endsWith('/sites/us/card-tokens'));
      expect(tokenizer).to.have.length(1);
      expect(JSON.parse(tokenizer[0]!.body)).to.include({ number, securityCode: code });

      // Nowhere else: neither the number nor the code.
      for (const secret of [number, code]) {
        const what = secret === number ? 'number' : 'security code';
        // The page: its text (shadow roots included), attributes and the values of every control.
        expect(leaks(domStrings(document.documentElement), secret), `DOM: ${what}`).to.deep.equal([]);
        expect(leaks([document.body.innerText], secret), `page text: ${what}`).to.deep.equal([]);
        // The element: its own fields, and its public state as a host would serialize it.
        expect(
          leaks(strings(Object.fromEntries(Object.entries(el))), secret),
          `element properties: ${what}`,
        ).to.deep.equal([]);
        const state = {
          payments: el.payments,
          total: el.total,
          paid: el.paid,
          balanceDue: el.balanceDue,
          customer: el.customer,
          site: el.site,
        };
        expect(leaks([JSON.stringify(state)], secret), `public state: ${what}`).to.deep.equal([]);
        // Every event, and payments-change's detail as JSON.
        for (const event of events)
          expect(leaks(strings(event), secret), `event ${event.type}: ${what}`).to.deep.equal([]);
        const paymentEvents = events.filter((e) => e.type === 'payments-change') as PaymentsChangeEvent[];
        expect(paymentEvents).to.have.length(1);
        expect(
          leaks([JSON.stringify(paymentEvents[0]!.payments), JSON.stringify(paymentEvents[0])], secret),
          `payments-change: ${what}`,
        ).to.deep.equal([]);
        // Web storage and the console.
        const storage = [sessionStorage, localStorage].flatMap((s) =>
          Object.keys(s).flatMap((key) => [key, s.getItem(key) ?? '']),
        );
        expect(leaks(storage, secret), `storage: ${what}`).to.deep.equal([]);
        expect(leaks(logged, secret), `console: ${what}`).to.deep.equal([]);
        // Every request but the tokenizer's: URL, headers and body, as sent and as served.
        const others = sent.filter((r) => !r.url.endsWith('/card-tokens'));
        expect(others.length, 'other requests were recorded').to.be.greaterThan(0);
        for (const request of others) {
          expect(leaks([request.url, request.headers, request.body], secret), `${request.url}: ${what}`).to.deep.equal(
            [],
          );
        }
        // (The mock records each request's URL and body size, the tokenizer's too: never a body.)
        const served = mock.backend.requests.map((r) => JSON.stringify(r));
        expect(leaks(served, secret), `requests served: ${what}`).to.deep.equal([]);
      }
      for (const event of events) expect(strings(event), `event ${event.type}`).not.to.include('securityCode');
      // The inputs are empty again, and nothing names the card fields for a form to serialize.
      expect($(el, 'form')).to.equal(null);
    });
  }

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

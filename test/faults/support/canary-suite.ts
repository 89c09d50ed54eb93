/**
 * The card canary of `npm run test:faults`: a card keyed into the builder's Payments section, then
 * every way its tokenizing can go (tokenized and submitted, declined, refused, failed, hostile
 * answers, a redirect, error texts echoing the number and the code), and after each, every place
 * the card number or the security code could reach, searched: they are only ever in the tokenizer's
 * request. Places: session and local storage, cookies, the URL, the console, every event the page
 * dispatched, the builder's `draft`, the page's text and attributes (through shadow roots; the
 * card fields' own typed values excepted), every request sent but the tokenizer's, and the mock's
 * request log. One row per case; the total `canaryHits` must be 0.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import { buildDraft } from '../../support/fixtures.js';
import { MockBackend } from '../../../mocks/backend.js';
import type { Fault, FaultOptions } from '../../../mocks/scenario.js';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { $, $$ } from '../../support/dom.js';
import { confirm, openConfirmation, renderBuilder, tab } from '../../support/harness/offline-order-builder.js';
import { control, fill, openForm, save } from '../../support/harness/payment-panel.js';
import { reachableStrings as strings, watchConsole, watchEvents } from '../../support/spy.js';
import { reportRow, reportTotals } from './report.js';

const WAIT = { timeout: 8000 };
const NUMBER = '4111111111111111';
const DECLINED = '4000000000000002';
const INSUFFICIENT = '4000000000009995';
const CODE = '737';
const SUITE = 'card canary';

interface Sent {
  url: string;
  body: string;
}

/** Whether `text` holds `number` (in any grouping) or `code` standing on its own. */
function holds(text: string, number: string): boolean {
  return text.replace(/[\s.-]/g, '').includes(number) || new RegExp(`(^|[^\\w.:-])${CODE}($|[^\\w])`).test(text);
}

/** The page's text and attribute values, through shadow roots; the card fields' typed values left out. */
function pageText(root: Node = document.body): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const attribute of node.attributes) out.push(attribute.value);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return out;
}

/** A problem body whose words echo the card (answered with a 422 or a 402). */
function echoing(number: string): Record<string, unknown> {
  return {
    type: 'validation',
    title: `Card ${number} refused`,
    detail: `The card ${number} with CVV ${CODE} was refused.`,
    errors: [{ path: 'number', code: 'invalid-card-number', message: `Card number ${number} is wrong (CVV ${CODE}).` }],
  };
}

/** How a case reaches the tokenizer and what the run reads back, over MSW or over HTTP. */
export interface CanaryTransport {
  readonly name: string;
  /** The tokenizer's next calls meet `fault` (the mock scenario's). */
  fail(fault: Fault, options?: FaultOptions): Promise<void>;
  /** The tokenizer's next calls are answered `status` with `body` as JSON. */
  answer(status: number, body: Record<string, unknown>): Promise<void>;
  /** A REST adapter over the mock, sending through `fetch`. */
  adapter(fetch: typeof globalThis.fetch): OrderAdapter;
  /** The mock's record of the requests it served, as text. */
  log(): Promise<string[]>;
}

interface CanaryCase {
  name: string;
  number: string;
  /** Sets the tokenizer's behaviour up (a fault, an answer of its own). */
  arrange?: (transport: CanaryTransport) => Promise<void>;
  /** Whether the card is taken (then the order is submitted too). */
  taken: boolean;
}

const CASES: CanaryCase[] = [
  { name: 'tokenized, order submitted', number: NUMBER, taken: true },
  { name: 'declined (card-declined)', number: DECLINED, taken: false },
  { name: 'declined (insufficient-funds)', number: INSUFFICIENT, taken: false },
  { name: 'tokenizer 500', number: NUMBER, arrange: (t) => t.fail(500), taken: false },
  {
    name: 'tokenizer 503',
    number: NUMBER,
    arrange: (t) => t.fail(503, { retryAfter: 0 }),
    taken: false,
  },
  {
    name: 'tokenizer unreachable',
    number: NUMBER,
    arrange: (t) => t.fail('network'),
    taken: false,
  },
  {
    name: 'tokenizer hangs',
    number: NUMBER,
    arrange: (t) => t.fail('timeout'),
    taken: false,
  },
  {
    name: 'tokenizer redirects',
    number: NUMBER,
    arrange: (t) => t.fail('redirect'),
    taken: false,
  },
  {
    name: 'malformed answer',
    number: NUMBER,
    arrange: (t) => t.fail('malformed'),
    taken: false,
  },
  {
    name: 'error text echoing number and code (422)',
    number: NUMBER,
    arrange: (t) => t.answer(422, echoing(NUMBER)),
    taken: false,
  },
  {
    name: 'error text echoing number and code (402)',
    number: NUMBER,
    arrange: (t) => t.answer(402, echoing(NUMBER)),
    taken: false,
  },
  {
    name: 'hostile answer: the number as token, last4 and brand',
    number: NUMBER,
    arrange: (t) =>
      t.answer(200, { token: NUMBER, brand: `visa ${NUMBER}`, last4: NUMBER, expiryMonth: 12, expiryYear: 2030 }),
    taken: false,
  },
];

/** The canary over one transport: `over()` registers its mock's hooks. */
export function canarySuite(over: () => CanaryTransport): void {
  const transport = over();
  describe(`card canary over ${transport.name}: the card number and code reach the tokenizer and nothing else`, function () {
    this.timeout(60_000);
    /** A backend of the mock's seed: the drafts and the totals to expect. */
    const world = new MockBackend();
    let hitsTotal = 0;
    let placesTotal = 0;

    after(async () => {
      await reportTotals(SUITE, { cases: CASES.length, placesSearched: placesTotal, canaryHits: hitsTotal });
    });

    afterEach(() => {
      sessionStorage.clear();
      localStorage.clear();
    });

    for (const canary of CASES) {
      it(canary.name, async () => {
        const sent: Sent[] = [];
        const logged: string[] = [];
        const events: string[] = [];
        const undo = [
          watchConsole((args) => logged.push(...strings(args)), { passThrough: false }),
          watchEvents((event) => events.push(...strings(event))),
        ];
        let el: OfflineOrderBuilder | undefined;
        try {
          const adapter = transport.adapter(async (input, init) => {
            const request = new Request(input, init);
            sent.push({ url: request.url, body: await request.clone().text() });
            return fetch(request);
          });
          el = await renderBuilder(adapter, { siteId: 'us', ordersHidden: true });
          await waitUntil(() => $(el!, '[part~="submit-button"]'), 'the new order did not show', WAIT);
          el.draft = buildDraft(world);
          const total = `$${(world.priceOrder('us', el.draft).total.amount / 100).toFixed(2)}`;
          await waitUntil(
            () => $$(el!, '[part~="details-summary"] dd').some((dd) => dd.textContent?.trim() === total),
            'not priced',
            WAIT,
          );
          tab(el, 'Payments').click();
          await waitUntil(
            () => customElements.get('payment-panel') && $(el!, 'payment-panel'),
            'no payment panel',
            WAIT,
          );
          const panel = $<PaymentPanel>(el, 'payment-panel')!;
          await waitUntil(() => panel.total, 'the panel has no total', WAIT);
          await canary.arrange?.(transport);
          await openForm(panel);
          fill(panel, 'Name on card', 'Ada Lovelace');
          control(panel, 'Card number').focus();
          await sendKeys({ type: canary.number });
          fill(panel, 'Expiry (MM/YY)', '12/30');
          control(panel, 'Security code').focus();
          await sendKeys({ type: CODE });
          await save(panel);
          const tokenized = () => sent.filter((r) => r.url.endsWith('/card-tokens')).length > 0;
          await waitUntil(tokenized, 'the tokenizer was not asked', WAIT);
          if (canary.taken) {
            await waitUntil(() => el!.draft.payments.length === 1, 'the card was not taken', WAIT);
            await openConfirmation(el);
            await confirm(el);
            await waitUntil(() => $(el!, '[part~="success"]'), 'the order was not submitted', WAIT);
          } else {
            // Whatever the answer, the panel ends up saying something and taking nothing.
            await waitUntil(
              () =>
                $$(panel, '[role="alert"], [part~="error"], [part~="form-error"], .field__error').some((e) =>
                  e.textContent?.trim(),
                ),
              'the panel said nothing about the failure',
              WAIT,
            );
            expect(el.draft.payments).to.deep.equal([]);
          }

          // The canary works: the tokenizer's request had the number and the code.
          const tokenizer = sent.filter((r) => r.url.endsWith('/card-tokens'));
          expect(JSON.parse(tokenizer[0]!.body)).to.include({ number: canary.number, securityCode: CODE });
          // …and the search finds them where they are.
          expect(holds(tokenizer[0]!.body, canary.number)).to.equal(true);

          // The card fields' own values (the agent may correct them): the only place in the page they may be.
          const cardFields = new Set(
            canary.taken ? [] : [control(panel, 'Card number').value, control(panel, 'Security code').value],
          );
          const places: [string, string[]][] = [
            ['sessionStorage', Object.entries(sessionStorage).flat()],
            ['localStorage', Object.entries(localStorage).flat()],
            ['cookies', [document.cookie]],
            ['URL', [location.href, history.state ? JSON.stringify(history.state) : '']],
            ['console', logged],
            ['events', events],
            ['draft', [JSON.stringify(el.draft)]],
            ['page text and attributes', pageText().filter((t) => !cardFields.has(t))],
            [
              'requests but the tokenizer’s',
              sent.filter((r) => !r.url.endsWith('/card-tokens')).flatMap((r) => [r.url, r.body]),
            ],
            ['the mock’s request log', await transport.log()],
          ];
          const hits = places.filter(([, texts]) => texts.some((t) => holds(t, canary.number))).map(([place]) => place);
          hitsTotal += hits.length;
          placesTotal += places.length;
          await reportRow(SUITE, {
            transport: transport.name,
            case: canary.name,
            places: places.length,
            hits: hits.length,
            result: hits.length ? `found in: ${hits.join(', ')}` : 'ok',
          });
          expect(hits, 'places holding the card number or code').to.deep.equal([]);
        } catch (error) {
          if (!(error instanceof Error && error.message.startsWith('places holding'))) {
            await reportRow(SUITE, { case: canary.name, places: 0, hits: 0, result: String(error).slice(0, 120) });
          }
          throw error;
        } finally {
          undo.forEach((restore) => restore());
          el?.remove();
        }
      });
    }
  });
}

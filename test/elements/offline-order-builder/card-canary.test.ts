/**
 * The builder-level canary: a card keyed into the Payments section of `<offline-order-builder>`
 * reaches the tokenizer and nothing the builder keeps or tells: not session or local storage (all
 * keys and values), not `draft-change`, not the console, not the `draft` property; and after the
 * submit, not `order-submit`, `order-submitted` nor the submit request's body either.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createRestAdapter } from '../../../src/adapter/rest-adapter.js';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $ } from '../../support/dom.js';
import {
  confirm,
  openConfirmation,
  renderBuilder,
  tab,
  untilPriced,
} from '../../support/harness/offline-order-builder.js';
import { control, fill, openForm, paymentRows, save } from '../../support/harness/payment-panel.js';
import { record, WAIT } from '../../support/wait.js';
import { watchConsole } from '../../support/spy.js';

const CARDS = [
  { brand: 'Visa', number: '4111111111111111', typed: '4111 1111 1111 1111', code: '737', shown: 'Visa •••• 1111' },
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
  body: string;
}

/**
 * The strings among `list` that hold `secret`. A card number also counts as typed in groups or
 * with separators; a security code (3 or 4 digits) counts where it stands on its own, so that a
 * time's milliseconds or a run of an id's hex digits are not mistaken for it.
 */
function leaks(list: string[], secret: string): string[] {
  if (secret.length <= 4) {
    const alone = new RegExp(`(^|[^\\w.:-])${secret}($|[^\\w])`);
    return list.filter((s) => alone.test(s));
  }
  return list.filter((s) => s.includes(secret) || s.replace(/[\s.-]/g, '').includes(secret));
}

/** Every key and value of session and local storage. */
function storage(): string[] {
  return [sessionStorage, localStorage].flatMap((s) => Object.keys(s).flatMap((key) => [key, s.getItem(key) ?? '']));
}

/** What a console call wrote, as text. */
function written(args: unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string') return a;
      try {
        return JSON.stringify(a) ?? String(a);
      } catch {
        return String(a);
      }
    })
    .join(' ');
}

describe('<offline-order-builder> card safety (canary)', function () {
  // A whole order with a card and a submit: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();
  const sent: Sent[] = [];
  const logged: string[] = [];
  const restore: (() => void)[] = [];

  beforeEach(() => {
    sent.length = logged.length = 0;
    restore.push(watchConsole((args) => logged.push(written(args)), { passThrough: true }));
  });

  afterEach(() => {
    restore.splice(0).forEach((undo) => undo());
    sessionStorage.clear();
  });

  /** A REST adapter over the mock that records each request's URL and body as sent. */
  function recordingAdapter() {
    return createRestAdapter({
      baseUrl: mock.baseUrl,
      random: () => 0,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        sent.push({ url: request.url, body: await request.clone().text() });
        return fetch(request);
      },
    });
  }

  for (const card of CARDS) {
    it(`keeps a ${card.brand} number and its code out of storage, events, the console, the draft and the submit`, async () => {
      const { number, code } = card;
      const el = await renderBuilder(recordingAdapter(), { siteId: 'us', ordersHidden: true });
      await waitUntil(() => $(el, '[part~="submit-button"]'), 'the new order did not show', WAIT);
      const changes = record<Event>(el, 'draft-change');
      const submits = record<Event>(el, 'order-submit');
      const submitted = record<Event>(el, 'order-submitted');
      el.draft = buildDraft(mock.backend);

      // The agent takes the card in the Payments section, typing as on a keyboard.
      tab(el, 'Payments').click();
      await waitUntil(() => customElements.get('payment-panel') && $(el, 'payment-panel'), 'no payment panel', WAIT);
      const panel = $<PaymentPanel>(el, 'payment-panel')!;
      await waitUntil(() => panel.total, 'the panel has no total to pay', WAIT);
      // The amount fills in from the adapter's total (review of issue 9, item 1): priced first.
      await untilPriced(el, mock);
      await openForm(panel);
      fill(panel, 'Name on card', 'Ada Lovelace');
      control(panel, 'Card number').focus();
      await sendKeys({ type: card.typed });
      control(panel, 'Expiry (MM/YY)').focus();
      await sendKeys({ type: '12/30' });
      control(panel, 'Security code').focus();
      await sendKeys({ type: code });
      await save(panel);
      await waitUntil(() => el.draft.payments.length === 1, 'the card did not reach the draft', WAIT);
      await panel.updateComplete;
      expect(paymentRows(panel)[0]).to.match(new RegExp(`^${card.shown} `));
      await expect(el).to.be.accessible();
      // The draft is stored with the card's summary (what is checked below is the real storage).
      await waitUntil(
        () => storage().some((s) => s.includes(`"last4":"${number.slice(-4)}"`)),
        'the draft with the card was not stored',
        WAIT,
      );

      // The canary works: the tokenizer got the number and the code.
      const tokenizer = sent.filter((r) => r.url.endsWith('/sites/us/card-tokens'));
      expect(tokenizer).to.have.length(1);
      expect(JSON.parse(tokenizer[0]!.body)).to.include({ number, securityCode: code });

      const check = (when: string) => {
        for (const secret of [number, code]) {
          const what = `${secret === number ? 'number' : 'security code'} ${when}`;
          expect(leaks(storage(), secret), `storage: ${what}`).to.deep.equal([]);
          expect(
            leaks(
              changes.map((e) => JSON.stringify(e)),
              secret,
            ),
            `draft-change: ${what}`,
          ).to.deep.equal([]);
          expect(leaks(logged, secret), `console: ${what}`).to.deep.equal([]);
          expect(leaks([JSON.stringify(el.draft)], secret), `draft property: ${what}`).to.deep.equal([]);
        }
      };
      expect(changes.length).to.be.greaterThan(0);
      check('before the submit');

      await openConfirmation(el);
      await confirm(el);
      await waitUntil(() => $(el, '[part~="success"]'), 'the order was not submitted', { timeout: 8000 });
      check('after the submit');
      expect(submits).to.have.length(1);
      expect(submitted).to.have.length(1);
      const submitBodies = sent.filter((r) => r.url.endsWith('/sites/us/orders') && r.body);
      expect(submitBodies).to.have.length(1);
      // What is sent is the card's token and summary.
      expect(JSON.parse(submitBodies[0]!.body).draft.payments[0].card).to.include({ last4: number.slice(-4) });
      for (const secret of [number, code]) {
        const what = secret === number ? 'number' : 'security code';
        expect(
          leaks([JSON.stringify(submits[0]), JSON.stringify(submitted[0])], secret),
          `order-submit/order-submitted: ${what}`,
        ).to.deep.equal([]);
        for (const request of sent.filter((r) => !r.url.endsWith('/card-tokens'))) {
          expect(leaks([request.url, request.body], secret), `${request.url}: ${what}`).to.deep.equal([]);
        }
      }
      expect(
        leaks(
          mock.backend.requests.map((r) => JSON.stringify(r)),
          number,
        ),
        'requests the mock served',
      ).to.deep.equal([]);
    });
  }
});

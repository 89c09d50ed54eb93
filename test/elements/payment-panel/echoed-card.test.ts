/**
 * A backend (or whatever sits in front of it) that echoes the card in its error text: the panel
 * shows the message, scrubbed of the card number and the security code (scrubMessage, applied by
 * every adapter error), and no event or console line carries them.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { useMockBackend } from '../../support/mock.js';
import { $, text } from '../../support/dom.js';
import { errorAt, fillCard, openForm, renderPanel, save } from '../../support/harness/payment-panel.js';
import { reachableStrings as strings, watchConsole, watchEvents } from '../../support/spy.js';

/** The strings that hold the card number (in any grouping) or the security code next to its name. */
function leaks(list: string[]): string[] {
  return list.filter((s) => s.replace(/[\s-]/g, '').includes('4111111111111111') || /CVV\D{0,3}123/.test(s));
}

function problem(status: number, body: Record<string, unknown>): Response {
  return new HttpResponse(JSON.stringify({ status, title: 'Refused', ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

describe('<payment-panel> and a backend that echoes the card in its errors', () => {
  const mock = useMockBackend();
  const logged: string[] = [];
  const events: Event[] = [];
  const restore: (() => void)[] = [];

  beforeEach(() => {
    logged.length = events.length = 0;
    restore.push(
      watchConsole((args) => logged.push(...strings(args))),
      watchEvents((event) => events.push(event)),
    );
  });

  afterEach(() => restore.splice(0).forEach((undo) => undo()));

  it('shows a 402 whose detail echoes the number and the CVV without their digits', async () => {
    mock.worker.use(
      http.post(`${mock.baseUrl}/sites/:siteId/card-tokens`, () =>
        problem(402, {
          type: 'declined',
          code: 'card-declined',
          detail: 'Card 4111 1111 1111 1111 declined: CVV 123 does not match.',
        }),
      ),
    );
    const el = await renderPanel({ adapter: mock.adapter, customer: mock.backend.findCustomer('ada')! });
    await openForm(el);
    fillCard(el, { number: '4111 1111 1111 1111', code: '123' });
    await save(el);
    await waitUntil(() => $(el, '[part="form-error"]'), 'no error shown', { timeout: 5000 });

    const alert = $(el, '[part="form-error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.equal('Card •••• 1111 declined: CVV ••• does not match.');
    expect(leaks([text(alert)])).to.deep.equal([]);
    for (const event of events) expect(leaks(strings(event)), `event ${event.type}`).to.deep.equal([]);
    expect(leaks(logged), 'console').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows a 422 problem at the number that echoes it without its digits', async () => {
    mock.worker.use(
      http.post(`${mock.baseUrl}/sites/:siteId/card-tokens`, () =>
        problem(422, {
          type: 'validation',
          detail: 'Card 4111-1111-1111-1111 refused.',
          errors: [
            { path: 'number', code: 'processor-refused', message: '4111111111111111 is not accepted here (CVV 123).' },
          ],
        }),
      ),
    );
    const el = await renderPanel({ adapter: mock.adapter, customer: mock.backend.findCustomer('ada')! });
    await openForm(el);
    fillCard(el, { number: '4111 1111 1111 1111', code: '123' });
    await save(el);
    await waitUntil(() => errorAt(el, 'Card number'), 'no error at the number', { timeout: 5000 });

    expect(errorAt(el, 'Card number')).to.equal('•••• 1111 is not accepted here (CVV •••).');
    for (const event of events) expect(leaks(strings(event)), `event ${event.type}`).to.deep.equal([]);
    expect(leaks(logged), 'console').to.deep.equal([]);
  });
});

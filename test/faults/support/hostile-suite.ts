/**
 * Hostile data of `npm run test:faults`: the builder's whole flow (site, the orders, a customer
 * found, a product picked for pickup, a shipping method, the payment types, the read-back, the
 * order submitted) on an adapter whose every text field carries a payload (support/hostile.ts),
 * once without one for reference, then once per payload. At each stage the text the agent reads
 * there is probed: it shows the payload literally and, the payload taken out, reads exactly as
 * without it; and after each stage nothing executed, no right-to-left override is left
 * unisolated, and the host page does not scroll sideways.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import { text } from '../../support/dom.js';
import { search } from '../../support/harness/customer-search.js';
import { confirm, openConfirmation, tab } from '../../support/harness/offline-order-builder.js';
import { searchProducts } from '../../support/harness/line-item-editor.js';
import { openForm } from '../../support/harness/payment-panel.js';
import {
  executed,
  HOSTILE_FIELDS,
  hostileAdapter,
  overflow,
  PAYLOADS,
  showsLiterally,
  unisolatedOverrides,
  without,
} from './hostile.js';
import { deepAll } from './matrix.js';
import { reportRow, reportTotals } from './report.js';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';

const WAIT = { timeout: 20_000 };
const SUITE = 'hostile data';

/** The first element under `root` (through shadow roots) matching `selector` and `accept`, once there. */
async function find<E extends Element = HTMLElement>(
  root: Element,
  selector: string,
  accept: (el: E) => boolean = () => true,
): Promise<E> {
  let found: E | undefined;
  try {
    await waitUntil(() => (found = (deepAll(root, selector) as E[]).find(accept)), 'nothing', WAIT);
  } catch {
    const shown = text(root.shadowRoot?.firstElementChild as HTMLElement | null) || text(root as HTMLElement);
    const selects = deepAll(root, 'select').map((el) =>
      [...(el as HTMLSelectElement).options].map((o) => o.value).join('/'),
    );
    throw new Error(
      `nothing matches ${selector} (${deepAll(root, selector).length} found: ${selects.join(' ; ')}; shown: ${shown.slice(0, 100)})`,
    );
  }
  return found!;
}

/** Whether the confirmation's Submit Order may be pressed (its figures are all in). */
const confirmReady = (el: OfflineOrderBuilder) =>
  deepAll(el, '[part~="confirm-button"]')[0]?.getAttribute('aria-disabled') === 'false';

/** A control's label as read, isolation marks aside. */
/**
 * The text with its dates and times masked: the mock dates its seed orders from the moment it is
 * reset (before each test), so the orders list of a later test reads a minute (or a day, past
 * midnight) later than the reference's. The payload is what is compared, not the clock.
 */
const undated = (shown: string) => shown.replace(/\b[A-Z][a-z]{2} \d{1,2}, \d{4}(, \d{1,2}:\d{2}\s?[AP]M)?/g, '<date>');

const label = (input: HTMLInputElement) => without(text(input.labels?.[0]), '');

/** The texts the agent reads at each stage of the flow, by stage. */
type Probes = Record<string, string>;

/** The whole flow on `adapter`; resolves with the probes, checking `after(stage)` after each stage. */
async function flow(adapter: OrderAdapter, after: (stage: string, host: Element) => void): Promise<Probes> {
  const probes: Probes = {};
  const host = await fixture<HTMLDivElement>(
    html`<div style="inline-size: 100%; max-inline-size: 1000px">
      <offline-order-builder style="block-size: 700px" .adapter=${adapter} draft-key="hostile"></offline-order-builder>
    </div>`,
  );
  const el = host.querySelector<OfflineOrderBuilder>('offline-order-builder')!;

  const site = await find<HTMLSelectElement>(el, 'select', (s) => s.options.length > 1);
  probes['site picker'] = text([...site.options].find((o) => o.value === 'us')!);
  site.value = 'us';
  site.dispatchEvent(new Event('change', { bubbles: true }));
  (await find<HTMLButtonElement>(el, 'button', (b) => text(b) === 'Continue')).click();
  after('site picker', host);

  probes['orders list'] = text(await find(el, 'article'));
  after('orders list', host);

  const customers = await find<CustomerSearch>(el, 'customer-search');
  await search(customers, 'Lovelace');
  const option = await find(
    customers,
    '[role="option"]',
    (o) => text(o).startsWith('Ada') && text(o).includes('Lovelace'),
  );
  probes['customer option'] = text(option);
  option.click();
  probes['customer card'] = text(await find(customers, '[part~="customer"]'));
  after('customer', host);

  (await find<HTMLButtonElement>(el, 'button', (b) => text(b) === 'Edit Details')).click();
  const editor = await find<LineItemEditor>(el, 'line-item-editor');
  const products = await searchProducts(editor, 'Canvas');
  const product = products.find((o) => text(o).includes('Canvas Tote Bag'))!;
  probes['product option'] = text(product);
  product.click();
  const pickup = await find<HTMLInputElement>(editor, 'input[type="radio"]', (r) =>
    label(r).startsWith('Pickup: Downtown Store'),
  );
  probes['location'] = label(pickup);
  // Shipped (a shipping method is then needed: its names are probed below).
  (await find<HTMLInputElement>(editor, 'input[type="radio"]', (r) => label(r).startsWith('Direct Ship'))).click();
  (await find<HTMLButtonElement>(editor, 'button', (b) => text(b) === 'Add')).click();
  probes['line'] = text(await find(editor, 'tr[part~="line-item"]'));
  after('line item', host);

  const method = await find<HTMLSelectElement>(el, 'select', (s) => [...s.options].some((o) => o.value === 'ground'));
  probes['shipping method'] = text([...method.options].find((o) => o.value === 'ground')!);
  method.value = 'ground';
  method.dispatchEvent(new Event('change', { bubbles: true }));
  const dialog = await find<HTMLDialogElement>(el, 'dialog[open]', (d) => text(d).includes('Order Details'));
  (await find<HTMLButtonElement>(dialog, 'button', (b) => text(b) === 'Save')).click();
  await waitUntil(() => !dialog.open, 'Order Details did not close', WAIT);
  after('order details', host);

  tab(el, 'Payments').click();
  const panel = await find<PaymentPanel>(el, 'payment-panel');
  await openForm(panel);
  const types = await find<HTMLSelectElement>(panel, 'select', (s) => s.options.length > 1);
  probes['payment types'] = [...types.options].map((o) => text(o)).join(' | ');
  (await find<HTMLButtonElement>(panel, 'button', (b) => text(b) === 'Cancel')).click();
  after('payments', host);

  await openConfirmation(el);
  // Once its figures are in (the total is priced), as the agent reads it before submitting.
  await find(el, '[part~="read-back-total"]', (total) => /\$\d/.test(text(total)));
  await waitUntil(() => confirmReady(el), 'Submit Order stayed disabled', WAIT);
  probes['read-back'] = text(await find(el, '[part~="read-back"]'));
  after('read-back', host);
  await confirm(el);
  probes['submitted'] = text(await find(el, '[part~="success"] h2'));
  after('submitted', host);
  return probes;
}

/**
 * The suite over one transport: `over()` registers its mock's hooks and gives the adapter to wrap.
 */
export function hostileSuite(transport: string, over: () => () => OrderAdapter): void {
  describe(`hostile data over ${transport}: every text an adapter returns, with a payload, through the whole flow`, function () {
    this.timeout(90_000);
    const adapter = over();
    let reference: Probes | undefined;
    let executedTotal = 0;
    let overflowTotal = 0;

    after(async () => {
      await reportTotals(SUITE, {
        payloads: PAYLOADS.length,
        fieldsPerPayload: HOSTILE_FIELDS.length,
        tried: PAYLOADS.length * HOSTILE_FIELDS.length,
        executed: executedTotal,
        overflows: overflowTotal,
      });
    });

    afterEach(() => {
      sessionStorage.clear();
      localStorage.clear();
    });

    it('the checks can fail: an override followed by text, a handler attribute, a javascript: link', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div
          ><p><span>a‮b</span> c</p><p><bdi>d‮e</bdi> f</p><p>g‮h</p></div
        >`,
      );
      expect(unisolatedOverrides(box)).to.deep.equal(['span: a\u202Eb']);
      const link = document.createElement('a');
      link.setAttribute('href', 'javascript:void 0');
      link.setAttribute('onclick', 'void 0');
      box.append(link);
      expect(executed(box)).to.deep.equal(['a[href=javascript:void 0]', 'a[onclick]']);
    });

    it('the flow without a payload (the reference)', async () => {
      reference = await flow(hostileAdapter(adapter(), ''), () => undefined);
      expect(Object.keys(reference)).to.have.length(11);
    });

    for (const payload of PAYLOADS) {
      it(`${payload.name}: shown as text, nothing executed, no overflow, the rest reads the same`, async () => {
        const problems: string[] = [];
        let executions = 0;
        let overflows = 0;
        const probes = await flow(hostileAdapter(adapter(), payload.text), (stage, host) => {
          const ran = executed(host);
          if (ran.length) {
            executions += ran.length;
            problems.push(`${stage}: ${ran.join(', ')}`);
          }
          const loose = unisolatedOverrides(host);
          if (loose.length) problems.push(`${stage}: an override not isolated in ${loose.join(', ')}`);
          const sideways = overflow();
          if (sideways > 0) {
            overflows += 1;
            problems.push(`${stage}: the page scrolls ${sideways}px sideways`);
          }
        });
        for (const [stage, shown] of Object.entries(probes)) {
          if (stage === 'submitted') continue; // No adapter text in "Order 10542 submitted".
          if (!showsLiterally(shown, payload.text)) problems.push(`${stage}: the payload is not shown as text`);
          if (undated(without(shown, payload.text)) !== undated(without(reference![stage]!, '')))
            problems.push(`${stage}: reads "${without(shown, payload.text).slice(0, 80)}"`);
        }
        executedTotal += executions;
        overflowTotal += overflows;
        await reportRow(SUITE, {
          transport,
          payload: payload.name,
          fields: HOSTILE_FIELDS.length,
          stages: Object.keys(probes).length,
          result: problems.length ? problems.join('; ').slice(0, 200) : 'ok',
        });
        expect(problems).to.deep.equal([]);
      });
    }
  });
}

/**
 * Price overrides within limits (issue 16): `max-adjustment-percent`, the approver's code above it,
 * the `override-approval` event and its answers, and an amount off that would take a line below zero.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { OverrideApprovalEvent } from '../../../src/events/override-approval.js';
import { $, button, control, describeElement, focusName, text } from '../../support/dom.js';
import { cells, renderEditor, tableRows } from '../../support/harness/line-item-editor.js';
import { SITES } from '../../support/fixtures.js';
import { nextEvent, record, until } from '../../support/wait.js';
import { recordChanges, someLines, useEditorSuite } from './line-item-editor-support.js';

const NEEDED = "Above the 15% an agent may give: an approver's code is needed.";

describe('<line-item-editor> price overrides', () => {
  const mock = useEditorSuite();

  /** The editor with a 15% limit, the tote's ($24.99 × 2) adjustment form open with `amount` off each and a reason. */
  async function adjustTote(amount: string, limit: number | null = 15): Promise<LineItemEditor> {
    const el = await renderEditor(mock.adapter, { lines: someLines() });
    el.maxAdjustmentPercent = limit;
    $<HTMLButtonElement>(el, '[data-path="lines.tote.adjustment"]')!.click();
    await el.updateComplete;
    control(el, 'Amount')!.value = amount;
    control(el, 'Reason')!.value = 'Loyal customer';
    return el;
  }

  /** Past the first "Apply" above the limit, with `code` typed in "Approver code". */
  async function withCode(el: LineItemEditor, code: string): Promise<void> {
    button(el, 'Apply')!.click();
    await el.updateComplete;
    control(el, 'Approver code')!.value = code;
  }

  /** Why the form refused, as its alert says it. */
  const alert = (el: LineItemEditor) => text($(el, 'form [role="alert"]'));

  it('applies an adjustment within the limit as before, with no override-approval', async () => {
    const el = await adjustTote('3.00'); // 12% of $24.99
    const asked = record<OverrideApprovalEvent>(el, 'override-approval');
    const changed = nextEvent(el, 'line-items-change');
    button(el, 'Apply')!.click();
    expect((await changed).lines[0]!.adjustment).to.deep.include({
      kind: 'amount-off',
      amount: { amount: 300, currency: 'USD' },
    });
    await el.updateComplete;
    expect(asked.length).to.equal(0);
    expect(control(el, 'Approver code')).to.equal(null);
    expect(cells(tableRows(el)[0]!)[6]).to.equal('$43.98');
  });

  it('sets no limit when unset: any adjustment applies without asking', async () => {
    const el = await adjustTote('20.00', null);
    const asked = record<OverrideApprovalEvent>(el, 'override-approval');
    const changed = nextEvent(el, 'line-items-change');
    button(el, 'Apply')!.click();
    await changed;
    expect(asked.length).to.equal(0);
  });

  it('reads max-adjustment-percent from its attribute', async () => {
    const el = await fixture<LineItemEditor>(
      html`<line-item-editor
        max-adjustment-percent="12.5"
        .adapter=${mock.adapter}
        .site=${SITES.us}
      ></line-item-editor>`,
    );
    expect(el.maxAdjustmentPercent).to.equal(12.5);
  });

  it('asks for an approver code above the limit, says why, and applies nothing yet', async () => {
    const el = await adjustTote('5.00'); // 20.01%
    const events = recordChanges(el);
    const asked = record<OverrideApprovalEvent>(el, 'override-approval');
    button(el, 'Apply')!.click();
    await el.updateComplete;
    const code = control(el, 'Approver code')!;
    expect(code.required).to.equal(true);
    expect(code.type).to.equal('password');
    expect(text($(el, '#adjust-approval'))).to.equal(NEEDED);
    expect(focusName()).to.equal(describeElement(code));
    expect(events.length).to.equal(0);
    expect(asked.length).to.equal(0);
    await expect(el).to.be.accessible();

    // "Apply" again without a code: it is required.
    button(el, 'Apply')!.click();
    await el.updateComplete;
    expect(alert(el)).to.equal("Enter the approver's code.");
    expect(code.getAttribute('aria-invalid')).to.equal('true');
    expect(asked.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('fires override-approval with the adjustment, and applies it once the host approves', async () => {
    const el = await adjustTote('5.00');
    await withCode(el, ' 4321 ');
    let answer!: (approved: boolean) => void;
    const asked = nextEvent(el, 'override-approval');
    el.addEventListener('override-approval', (event) =>
      event.respondWith(new Promise<boolean>((resolve) => (answer = resolve))),
    );
    const changes = recordChanges(el);
    button(el, 'Apply')!.click();
    const event = await asked;
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect({
      kind: event.kind,
      lineId: event.lineId,
      lineName: event.lineName,
      amount: event.amount,
      percent: event.percent,
      maxPercent: event.maxPercent,
      approverCode: event.approverCode,
    }).to.deep.equal({
      kind: 'line',
      lineId: 'tote',
      lineName: 'Canvas Tote Bag',
      amount: { amount: 1000, currency: 'USD' },
      percent: 20.01,
      maxPercent: 15,
      approverCode: '4321',
    });
    await el.updateComplete;
    expect(text($(el, 'form [role="status"]'))).to.equal('Asking the approver…');
    expect(changes.length).to.equal(0);
    await expect(el).to.be.accessible();

    answer(true);
    await until(() => changes.length === 1, 'the approved adjustment was not applied');
    expect(changes[0]!.lines[0]!.adjustment).to.deep.equal({
      kind: 'amount-off',
      amount: { amount: 500, currency: 'USD' },
      reason: 'Loyal customer',
    });
    // The code is a credential: never in the lines the host is given.
    expect(JSON.stringify(changes[0]!.lines)).not.to.contain('4321');
    await el.updateComplete;
    expect(control(el, 'Approver code')).to.equal(null);
    expect(cells(tableRows(el)[0]!)[4]).to.equal('$5.00 off each: Loyal customer Edit');
    await expect(el).to.be.accessible();
  });

  it('shows the host’s reason when it refuses, empties the code, and applies nothing', async () => {
    const el = await adjustTote('5.00');
    await withCode(el, '9999');
    el.addEventListener('override-approval', (event) =>
      event.respondWith(Promise.resolve({ approved: false, reason: 'This code has expired.' })),
    );
    const changes = recordChanges(el);
    button(el, 'Apply')!.click();
    await until(() => alert(el) === 'This code has expired.', 'the refusal was not shown');
    await el.updateComplete;
    const code = control(el, 'Approver code')!;
    expect(code.value).to.equal('');
    expect(code.getAttribute('aria-invalid')).to.equal('true');
    expect(focusName()).to.equal(describeElement(code));
    expect(text($(el, '#adjust-approval'))).to.equal(NEEDED);
    expect(changes.length).to.equal(0);
    expect(el.lines[0]!.adjustment).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('refuses on preventDefault() with its reason, on false, and on a failed answer', async () => {
    const el = await adjustTote('5.00');
    const changes = recordChanges(el);
    const answers: Array<(event: OverrideApprovalEvent) => void> = [
      (event) => {
        event.reason = 'Supervisors only.';
        event.preventDefault();
      },
      (event) => event.respondWith(false),
      (event) => event.respondWith(Promise.reject(new Error('offline'))),
    ];
    const said: string[] = [];
    for (const answer of answers) {
      el.addEventListener('override-approval', answer, { once: true });
      await withCode(el, '1234');
      const before = alert(el);
      button(el, 'Apply')!.click();
      await until(
        () => text($(el, 'form [role="status"]')) !== 'Asking the approver…' && alert(el) !== before,
        'the refusal was not shown',
      );
      said.push(alert(el));
      // Back to the amount form's state before the code was typed (the field stays).
      control(el, 'Approver code')!.value = '';
    }
    expect(said).to.deep.equal([
      'Supervisors only.',
      'The approver refused this adjustment.',
      'The approver refused this adjustment.',
    ]);
    expect(changes.length).to.equal(0);
  });

  it('refuses safely when no listener answers, saying an approver must approve', async () => {
    const el = await adjustTote('5.00');
    await withCode(el, '1234');
    const changes = recordChanges(el);
    const asked = record<OverrideApprovalEvent>(el, 'override-approval');
    button(el, 'Apply')!.click();
    await until(() => alert(el) !== '', 'the refusal was not shown');
    expect(asked.length).to.equal(1);
    expect(alert(el)).to.equal('An approver must approve this adjustment.');
    expect(changes.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('needs no approval once the amount is brought within the limit', async () => {
    const el = await adjustTote('5.00');
    button(el, 'Apply')!.click();
    await el.updateComplete;
    control(el, 'Amount')!.value = '3.00';
    const asked = record<OverrideApprovalEvent>(el, 'override-approval');
    const changed = nextEvent(el, 'line-items-change');
    button(el, 'Apply')!.click();
    expect((await changed).lines[0]!.adjustment).to.deep.include({ amount: { amount: 300, currency: 'USD' } });
    expect(asked.length).to.equal(0);
  });

  it('measures a new unit price against the line: a price cut above the limit asks, a rise never does', async () => {
    const el = await adjustTote('20.00');
    control<HTMLSelectElement>(el, 'Adjustment')!.value = 'unit-price';
    const asked = record<OverrideApprovalEvent>(el, 'override-approval');
    el.addEventListener('override-approval', (event) => event.respondWith(true));
    await withCode(el, '1234');
    const changed = nextEvent(el, 'line-items-change');
    button(el, 'Apply')!.click();
    await changed;
    // $24.99 → $20.00 each, two of them: $9.98 off, 19.97%.
    expect(asked[0]!.amount).to.deep.equal({ amount: 998, currency: 'USD' });
    expect(asked[0]!.percent).to.equal(19.97);
  });

  describe('a line never goes below zero silently', () => {
    it('refuses an amount off larger than the unit price, at the field', async () => {
      const el = await adjustTote('30.00', null);
      const changes = recordChanges(el);
      button(el, 'Apply')!.click();
      await el.updateComplete;
      const amount = control(el, 'Amount')!;
      expect(alert(el)).to.equal('Enter an amount off no larger than the unit price.');
      expect(amount.getAttribute('aria-invalid')).to.equal('true');
      expect(focusName()).to.equal(describeElement(amount));
      expect(changes.length).to.equal(0);
      await expect(el).to.be.accessible();

      // The whole unit price off (free) is not below zero.
      amount.value = '24.99';
      const changed = nextEvent(el, 'line-items-change');
      button(el, 'Apply')!.click();
      await changed;
      await el.updateComplete;
      expect(cells(tableRows(el)[0]!)[6]).to.equal('$0.00');
    });

    it('refuses a negative new unit price, at the field', async () => {
      const el = await adjustTote('-1.00', null);
      control<HTMLSelectElement>(el, 'Adjustment')!.value = 'unit-price';
      const changes = recordChanges(el);
      button(el, 'Apply')!.click();
      await el.updateComplete;
      expect(alert(el)).to.equal('Enter an amount, like 10.00.');
      expect(changes.length).to.equal(0);
    });
  });
});

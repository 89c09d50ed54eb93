import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { TemplateResult } from 'lit';
import { a11yStyles } from '../../../src/elements/shared/a11y.styles.js';
import { buttonStyles } from '../../../src/elements/shared/button.styles.js';
import { tokens } from '../../../src/elements/shared/tokens.styles.js';
import { UNDO_MS, UndoStatus, undoStatusStyles } from '../../../src/elements/shared/undo-status.js';
import type { Schedule } from '../../../src/elements/shared/undo-status.js';
import { text } from '../../support/dom.js';

/** A timer the test runs by hand: what was scheduled, and for how long. */
class ManualTimer {
  pending: { run: () => void; ms: number; cancelled: boolean }[] = [];
  schedule: Schedule = (run, ms) => {
    const entry = { run, ms, cancelled: false };
    this.pending.push(entry);
    return () => (entry.cancelled = true);
  };

  /** Runs the timers still due, as if their time had come. */
  elapse(): void {
    const due = this.pending.filter((t) => !t.cancelled);
    this.pending = [];
    for (const t of due) t.run();
  }

  get due(): number[] {
    return this.pending.filter((t) => !t.cancelled).map((t) => t.ms);
  }
}

const timer = new ManualTimer();

class UndoHost extends LitElement {
  static override styles = [tokens, a11yStyles, buttonStyles, undoStatusStyles];
  undo = new UndoStatus(this, { schedule: timer.schedule });
  protected override render(): TemplateResult {
    return html`<button type="button">Elsewhere</button>${this.undo.render('Something else happened.')}`;
  }
}
customElements.define('undo-host-test', UndoHost);

const status = (el: UndoHost) => el.shadowRoot!.querySelector<HTMLElement>('[part~="undo-status"]')!;
const undoButton = (el: UndoHost) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="undo-button"]');

describe('UndoStatus', () => {
  let el: UndoHost;
  let undone: number;

  beforeEach(async () => {
    timer.pending = [];
    undone = 0;
    el = await fixture<UndoHost>(html`<undo-host-test></undo-host-test>`);
  });

  async function offer(): Promise<void> {
    el.undo.offer('Visa •••• 1111 removed.', () => undone++);
    await el.updateComplete;
  }

  it('is a polite live region in the page before it has anything to say, speaking the host’s news meanwhile', async () => {
    expect(status(el).getAttribute('role')).to.equal('status');
    expect(status(el).getAttribute('aria-live')).to.equal('polite');
    expect(text(status(el))).to.equal('Something else happened.');
    expect(undoButton(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the message with "Undo" for at least 10 s, then goes', async () => {
    await offer();
    expect(text(status(el))).to.equal('Visa •••• 1111 removed. Undo');
    expect(timer.due).to.have.length(1);
    expect(timer.due[0]).to.be.at.least(10_000);
    expect(timer.due[0]).to.equal(UNDO_MS);
    await expect(el).to.be.accessible();
    timer.elapse();
    await el.updateComplete;
    expect(undoButton(el)).to.equal(null);
    expect(undone).to.equal(0);
  });

  it('does not go while focus is on it, and stays another while once focus leaves', async () => {
    await offer();
    undoButton(el)!.focus();
    timer.elapse();
    await el.updateComplete;
    expect(undoButton(el)).to.not.equal(null);
    expect(timer.due).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.focus();
    expect(timer.due).to.deep.equal([UNDO_MS]);
    timer.elapse();
    await el.updateComplete;
    expect(undoButton(el)).to.equal(null);
  });

  it('does not go while the pointer is over it', async () => {
    await offer();
    status(el).dispatchEvent(new PointerEvent('pointerenter'));
    timer.elapse();
    await el.updateComplete;
    expect(undoButton(el)).to.not.equal(null);
    status(el).dispatchEvent(new PointerEvent('pointerleave'));
    expect(timer.due).to.deep.equal([UNDO_MS]);
    timer.elapse();
    await el.updateComplete;
    expect(undoButton(el)).to.equal(null);
  });

  it('"Undo" undoes once and takes the offer away', async () => {
    await offer();
    undoButton(el)!.click();
    await el.updateComplete;
    expect(undone).to.equal(1);
    expect(undoButton(el)).to.equal(null);
    expect(timer.due).to.deep.equal([]);
  });

  it('hides an offer that no longer applies', async () => {
    let applies = true;
    el.undo.offer(
      'Unsaved order discarded.',
      () => undone++,
      () => applies,
    );
    await el.updateComplete;
    expect(undoButton(el)).to.not.equal(null);
    applies = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(undoButton(el)).to.equal(null);
    expect(el.undo.message).to.equal('');
  });

  it('never brings back an offer that stopped applying, even when it would apply again', async () => {
    let applies = true;
    el.undo.offer(
      'Unsaved order discarded.',
      () => undone++,
      () => applies,
    );
    await el.updateComplete;
    applies = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(undoButton(el) === null, 'Undo is shown').to.equal(true);
    // What made it stop applying is undone in turn (a customer picked, then cleared).
    applies = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(undoButton(el) === null, 'Undo is shown').to.equal(true);
    expect(el.undo.message).to.equal('');
    expect(text(status(el))).to.equal('Something else happened.');
    // Its timer went with it.
    expect(timer.due).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('drops an offer that stopped applying when its message is read, and the host renders without it', async () => {
    let applies = true;
    el.undo.offer(
      'Unsaved order discarded.',
      () => undone++,
      () => applies,
    );
    await el.updateComplete;
    applies = false;
    expect(el.undo.message).to.equal('');
    await el.updateComplete;
    expect(undoButton(el) === null, 'Undo is shown').to.equal(true);
    applies = true;
    expect(el.undo.message).to.equal('');
  });
});

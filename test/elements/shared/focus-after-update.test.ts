import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FocusAfterUpdate } from '../../../src/elements/shared/focus-after-update.js';

class FocusProbe extends LitElement {
  shown = false;
  once = new FocusAfterUpdate(this);
  kept = new FocusAfterUpdate(this, { untilFound: true });
  override render() {
    return html`<button id="a">A</button>${this.shown ? html`<button id="b">B</button>` : ''}`;
  }
}
customElements.define('focus-after-update-probe', FocusProbe);

describe('FocusAfterUpdate', () => {
  it('focuses the control after the next update, then forgets the request', async () => {
    const probe = await fixture<FocusProbe>(html`<focus-after-update-probe></focus-after-update-probe>`);
    probe.once.request('#a');
    expect(probe.once.pending).to.equal(true);
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.shadowRoot!.activeElement?.id).to.equal('a');
    probe.once.request('#b');
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.once.pending, 'dropped: #b was not there').to.equal(false);
  });

  it('with untilFound, waits for a control that shows later', async () => {
    const probe = await fixture<FocusProbe>(html`<focus-after-update-probe></focus-after-update-probe>`);
    probe.kept.request('#b');
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.kept.pending).to.equal(true);
    probe.shown = true;
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.shadowRoot!.activeElement?.id).to.equal('b');
    expect(probe.kept.pending).to.equal(false);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { WindowSplitterController } from '../../src/controllers/window-splitter.js';

/** A track with a separator, and the controller alone. */
class SplitterHost extends LitElement {
  collapsed = false;
  changes: number[] = [];
  splitter = new WindowSplitterController(this, {
    min: 20,
    max: 70,
    step: 5,
    value: 35,
    track: () => this.renderRoot.querySelector('.track'),
    storageKey: () => 'splitter-test-width',
    onChange: (value) => this.changes.push(value),
    collapsed: () => this.collapsed,
    onCollapse: (collapsed) => (this.collapsed = collapsed),
  });

  override render() {
    return html`<div class="track" style="display: flex; inline-size: 1000px; block-size: 100px">
      <div
        class="separator"
        role="separator"
        tabindex="0"
        style="inline-size: 10px"
        @keydown=${this.splitter.handleKeydown}
        @pointerdown=${this.splitter.handlePointerDown}
      ></div>
    </div>`;
  }
}
customElements.define('window-splitter-host', SplitterHost);

function pointer(type: string, clientX: number): PointerEvent {
  return new PointerEvent(type, { pointerId: 7, button: 0, clientX, bubbles: true, cancelable: true });
}

describe('WindowSplitterController', () => {
  beforeEach(() => sessionStorage.clear());
  after(() => sessionStorage.clear());

  it('moves with the keys, stores the width, and takes the stored width when connected', async () => {
    const el = await fixture<SplitterHost>(html`<window-splitter-host></window-splitter-host>`);
    const separator = el.shadowRoot!.querySelector<HTMLElement>('.separator')!;
    separator.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(el.splitter.valueNow).to.equal(40);
    expect(sessionStorage.getItem('splitter-test-width')).to.equal('40');
    separator.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect(el.collapsed).to.equal(true);
    expect(el.splitter.valueNow).to.equal(0);

    const again = await fixture<SplitterHost>(html`<window-splitter-host></window-splitter-host>`);
    expect(again.splitter.value).to.equal(40);
  });

  it('removes its drag listeners when the host is disconnected mid-drag', async () => {
    const el = await fixture<SplitterHost>(html`<window-splitter-host></window-splitter-host>`);
    const separator = el.shadowRoot!.querySelector<HTMLElement>('.separator')!;
    const left = el.shadowRoot!.querySelector('.track')!.getBoundingClientRect().left;
    // Synthetic pointers cannot be captured.
    separator.setPointerCapture = () => undefined;
    separator.hasPointerCapture = () => false;
    separator.dispatchEvent(pointer('pointerdown', left + 350));
    separator.dispatchEvent(pointer('pointermove', left + 500));
    expect(el.splitter.value).to.equal(50);

    const parent = el.parentElement!;
    el.remove();
    separator.dispatchEvent(pointer('pointermove', left + 600));
    expect(el.splitter.value).to.equal(50);

    // Connected again, a new drag starts (the old one ended with the disconnect).
    parent.append(el);
    await el.updateComplete;
    separator.dispatchEvent(pointer('pointerdown', left + 500));
    separator.dispatchEvent(pointer('pointermove', left + 600));
    expect(el.splitter.value).to.equal(60);
    separator.dispatchEvent(pointer('pointerup', left + 600));
    expect(el.changes).to.deep.equal([50, 60]);
  });
});

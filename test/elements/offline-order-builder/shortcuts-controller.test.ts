import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { OnDemand } from '../../../src/controllers/on-demand.js';
import { loadShortcutsList } from '../../../src/elements/offline-order-builder/on-demand-modules.js';
import { ShortcutsController } from '../../../src/elements/offline-order-builder/shortcuts.js';
import type { ShortcutAction } from '../../../src/elements/offline-order-builder/shortcuts.js';
import { WAIT } from '../../support/wait.js';

/** A host with nothing but the controller, a button, a text field, a modal dialog and the list of shortcuts. */
class ShortcutsHost extends LitElement {
  enabled = true;
  actions: ShortcutAction[] = [];
  shortcuts = new ShortcutsController(this, {
    enabled: () => this.enabled,
    run: (action) => this.actions.push(action),
    list: new OnDemand(this, loadShortcutsList),
  });

  override render() {
    return html`<button id="plain" type="button">Plain</button><input id="field" type="text" />
      <dialog id="modal"><button id="in-dialog" type="button">In a dialog</button></dialog>
      ${this.shortcuts.renderHelp()}`;
  }

  focusOn(id: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)!.focus();
  }

  get helpOpen(): boolean {
    return this.renderRoot.querySelector('#shortcuts')!.matches(':popover-open');
  }
}
customElements.define('shortcuts-controller-host', ShortcutsHost);

describe('ShortcutsController', () => {
  async function host(): Promise<ShortcutsHost> {
    return fixture<ShortcutsHost>(html`<shortcuts-controller-host></shortcuts-controller-host>`);
  }

  it('Alt+Shift+C/D/P/S ask for their action, from a button or a text field', async () => {
    const el = await host();
    el.focusOn('plain');
    await sendKeys({ press: 'Alt+Shift+KeyC' });
    await sendKeys({ press: 'Alt+Shift+KeyD' });
    el.focusOn('field');
    await sendKeys({ press: 'Alt+Shift+KeyP' });
    await sendKeys({ press: 'Alt+Shift+KeyS' });
    expect(el.actions).to.deep.equal(['customer', 'details', 'payment', 'submit']);
    expect((el.renderRoot.querySelector('#field') as HTMLInputElement).value).to.equal('');
  });

  it('"?" opens the list of shortcuts outside text fields, and the button says so', async () => {
    const el = await host();
    el.focusOn('plain');
    await sendKeys({ press: '?' });
    await waitUntil(() => el.helpOpen, 'the list of shortcuts did not open', WAIT);
    await el.updateComplete;
    const button = el.renderRoot.querySelector('[part~="shortcuts-button"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.actions).to.deep.equal([]);
  });

  it('inside a text field "?" is a question mark', async () => {
    const el = await host();
    el.focusOn('field');
    await sendKeys({ type: '?' });
    const field = el.renderRoot.querySelector<HTMLInputElement>('#field')!;
    await waitUntil(() => field.value === '?', 'the question mark was not typed', WAIT);
    expect(el.helpOpen).to.equal(false);
  });

  it('does nothing inside a modal dialog, nor while not enabled, nor once the host is disconnected', async () => {
    const el = await host();
    const dialog = el.renderRoot.querySelector<HTMLDialogElement>('#modal')!;
    dialog.showModal();
    el.focusOn('in-dialog');
    await sendKeys({ press: 'Alt+Shift+KeyC' });
    dialog.close();

    el.enabled = false;
    el.focusOn('plain');
    await sendKeys({ press: 'Alt+Shift+KeyD' });
    await sendKeys({ press: '?' });

    el.enabled = true;
    const parent = el.parentElement!;
    el.remove();
    el.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyP', altKey: true, shiftKey: true, bubbles: true }));
    expect(el.actions).to.deep.equal([]);
    expect(el.helpOpen).to.equal(false);

    parent.append(el);
    el.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyS', altKey: true, shiftKey: true, bubbles: true }));
    expect(el.actions).to.deep.equal(['submit']);
  });
});

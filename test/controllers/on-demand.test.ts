import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { OnDemand } from '../../src/controllers/on-demand.js';

/** A module that loads when the test says so, or fails. */
class Loader {
  calls = 0;
  fail = false;
  private release: (() => void)[] = [];
  load = (): Promise<string> => {
    this.calls++;
    const fail = this.fail;
    return new Promise((resolve, reject) =>
      this.release.push(() => (fail ? reject(new Error('offline')) : resolve('module'))),
    );
  };
  settle(): void {
    for (const release of this.release.splice(0)) release();
  }
}

class OnDemandHost extends LitElement {
  loader = new Loader();
  unavailable = 0;
  module = new OnDemand(this, this.loader.load, { unavailable: () => this.unavailable++ });
}
customElements.define('on-demand-host', OnDemandHost);

describe('OnDemand', () => {
  it('loads once: a press before the code is there waits for it, a preload shares the load', async () => {
    const el = await fixture<OnDemandHost>(html`<on-demand-host></on-demand-host>`);
    el.module.preload();
    const press = el.module.tryLoad();
    expect(el.loader.calls).to.equal(1);
    el.loader.settle();
    expect(await press).to.equal('module');
    expect(el.module.value).to.equal('module');
    await el.module.load();
    expect(el.loader.calls).to.equal(1);
  });

  it('says when the code cannot be fetched, and tries again at the next press', async () => {
    const el = await fixture<OnDemandHost>(html`<on-demand-host></on-demand-host>`);
    el.loader.fail = true;
    const press = el.module.tryLoad();
    el.loader.settle();
    expect(await press).to.equal(undefined);
    expect(el.unavailable).to.equal(1);
    el.loader.fail = false;
    const again = el.module.tryLoad();
    el.loader.settle();
    expect(await again).to.equal('module');
    expect(el.loader.calls).to.equal(2);
  });
});

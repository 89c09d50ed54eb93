import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { OnDemand, preloadAtIdle } from '../../src/controllers/on-demand.js';

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

describe('preloadAtIdle', () => {
  const originals = { request: window.requestIdleCallback, cancel: window.cancelIdleCallback };
  /** Idle callbacks asked for and not cancelled, by handle: they run only when the test says so. */
  const idle = new Map<number, () => void>();
  let handles = 0;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const frames = async (count: number) => {
    for (let i = 0; i < count; i++) await frame();
  };

  before(() => {
    window.requestIdleCallback = (callback: IdleRequestCallback) => {
      idle.set(++handles, () => callback({} as IdleDeadline));
      return handles;
    };
    window.cancelIdleCallback = (handle: number) => void idle.delete(handle);
  });

  after(() => {
    window.requestIdleCallback = originals.request;
    window.cancelIdleCallback = originals.cancel;
  });

  beforeEach(() => idle.clear());

  it('waits for what is on screen to be painted, then for idle time, before loading anything', async () => {
    let preloads = 0;
    preloadAtIdle([{ preload: () => preloads++ }, { preload: () => preloads++ }]);
    expect(idle.size).to.equal(0);
    await frame();
    expect(idle.size, 'idle time asked for before the paint').to.equal(0);
    await frames(2);
    expect(idle.size).to.equal(1);
    expect(preloads).to.equal(0);
    for (const run of idle.values()) run();
    expect(preloads).to.equal(2);
  });

  it('loads nothing once cancelled, before or after the paint', async () => {
    preloadAtIdle([{ preload: () => expect.fail('loaded') }])();
    await frames(3);
    expect(idle.size).to.equal(0);
    const cancel = preloadAtIdle([{ preload: () => expect.fail('loaded') }]);
    await frames(3);
    expect(idle.size).to.equal(1);
    cancel();
    expect(idle.size).to.equal(0);
  });
});

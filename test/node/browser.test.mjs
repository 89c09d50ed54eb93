// How `npm test` finds or gets a browser (scripts/browser.mjs), on made-up machines.
// Run by scripts/test.mjs with `node --test` before the browser tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findBrowser } from '../../scripts/browser.mjs';

/** A machine with the given files, where commands and installs are recorded (and may add files). */
function fakeMachine({ files = [], env = {}, platform = 'linux', root = true, apt = true, installs = {} } = {}) {
  const present = new Set(files);
  const ran = [];
  const logs = [];
  return {
    ran,
    logs,
    present,
    env,
    platform,
    exists: (p) => present.has(p),
    isRoot: () => root,
    hasCommand: (cmd) => cmd === 'apt-get' && apt,
    run: (cmd, args) => {
      ran.push([cmd, ...args].join(' '));
      const adds = installs[`${cmd} ${args.join(' ')}`];
      if (adds === false) throw new Error('failed');
      for (const f of adds ?? []) present.add(f);
    },
    playwrightPath: () => '/home/me/.cache/ms-playwright/chromium/chrome',
    log: (message) => logs.push(message),
  };
}

describe('findBrowser', () => {
  it('takes CHROME_PATH first', () => {
    const m = fakeMachine({ files: ['/opt/chrome', '/usr/bin/chromium'], env: { CHROME_PATH: '/opt/chrome' } });
    assert.equal(findBrowser(m), '/opt/chrome');
  });

  it('stops at once when CHROME_PATH points at nothing', () => {
    const m = fakeMachine({ files: ['/usr/bin/chromium'], env: { CHROME_PATH: '/nope/chrome' } });
    assert.throws(() => findBrowser(m), /CHROME_PATH is set to \/nope\/chrome, but no file is there/);
    assert.deepEqual(m.ran, []);
  });

  it('then an installed Chromium, without installing anything', () => {
    const m = fakeMachine({ files: ['/usr/bin/chromium'] });
    assert.equal(findBrowser(m), '/usr/bin/chromium');
    assert.deepEqual(m.ran, []);
  });

  it('then a browser Playwright installed earlier', () => {
    const m = fakeMachine({ files: ['/home/me/.cache/ms-playwright/chromium/chrome'] });
    assert.equal(findBrowser(m), '/home/me/.cache/ms-playwright/chromium/chrome');
  });

  it('installs Debian’s chromium as root with apt-get, and uses it', () => {
    const m = fakeMachine({ installs: { 'apt-get install -y -qq chromium': ['/usr/bin/chromium'] } });
    assert.equal(findBrowser(m), '/usr/bin/chromium');
    assert.deepEqual(m.ran, ['apt-get update -qq', 'apt-get install -y -qq chromium']);
    assert.match(m.logs[0], /installing Debian's "chromium" package/);
  });

  it('uses Playwright’s installer elsewhere (not root)', () => {
    const m = fakeMachine({
      root: false,
      installs: {
        'npx --no-install playwright-core install chromium': ['/home/me/.cache/ms-playwright/chromium/chrome'],
      },
    });
    assert.equal(findBrowser(m), '/home/me/.cache/ms-playwright/chromium/chrome');
    assert.deepEqual(m.ran, ['npx --no-install playwright-core install chromium']);
  });

  it('says what to install when every way fails', () => {
    const apt = fakeMachine({ installs: { 'apt-get update -qq': false } });
    assert.throws(
      () => findBrowser(apt),
      /No Chrome or Chromium browser was found[\s\S]*apt-get install chromium[\s\S]*CHROME_PATH/,
    );
    const mac = fakeMachine({
      platform: 'darwin',
      root: false,
      installs: { 'npx --no-install playwright-core install chromium': false },
    });
    assert.throws(() => findBrowser(mac), /No Chrome or Chromium browser was found/);
  });
});

// Finds a Chrome/Chromium for the browser tests, or gets one.
// Order: $CHROME_PATH, then an installed Chrome/Chromium, then an install
// (Debian's `chromium` package when running as root with apt-get; Playwright's
// installer elsewhere). When all of that fails it stops at once and says what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

function installed() {
  return CANDIDATES.find((p) => existsSync(p));
}

function playwrightBrowser() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function log(message) {
  process.stderr.write(`[browser] ${message}\n`);
}

/** @returns {string} the path of a Chrome/Chromium executable */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there. Fix or unset it.`);
  }
  const found = installed() ?? playwrightBrowser();
  if (found) return found;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && isRoot && hasCommand('apt-get')) {
    log('No Chrome/Chromium found: installing Debian\'s "chromium" package with apt-get…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      log('apt-get could not install chromium.');
    }
    const afterApt = installed();
    if (afterApt) return afterApt;
  } else {
    log("No Chrome/Chromium found: installing Playwright's Chromium…");
    const result = spawnSync('npx', ['--no-install', 'playwright-core', 'install', 'chromium'], {
      stdio: 'inherit',
    });
    if (result.status === 0) {
      const afterInstall = playwrightBrowser();
      if (afterInstall) return afterInstall;
    }
  }
  throw new Error(
    'No Chrome or Chromium browser was found and none could be installed.\n' +
      'Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome;\n' +
      'or run `npx playwright-core install chromium`), or point CHROME_PATH at its executable.',
  );
}

/** Flags for a headless Chromium in containers and closed networks. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.stdout.write(`${findBrowser()}\n`);
  } catch (error) {
    log(error.message);
    process.exit(1);
  }
}

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

/** What findBrowser() asks of the machine; tests pass their own. */
export const machine = {
  env: process.env,
  exists: existsSync,
  platform: process.platform,
  isRoot: () => typeof process.getuid === 'function' && process.getuid() === 0,
  hasCommand: (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0,
  /** Runs a command; throws when it fails. */
  run: (cmd, args, env) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }),
  playwrightPath: () => {
    try {
      const require = createRequire(import.meta.url);
      return require('playwright-core').chromium.executablePath();
    } catch {
      return undefined;
    }
  },
  log: (message) => process.stderr.write(`[browser] ${message}\n`),
};

/**
 * @param {typeof machine} m the machine (default: this one)
 * @returns {string} the path of a Chrome/Chromium executable
 */
export function findBrowser(m = machine) {
  const installed = () => CANDIDATES.find((p) => m.exists(p));
  const playwrightBrowser = () => {
    const path = m.playwrightPath();
    return path && m.exists(path) ? path : undefined;
  };
  const fromEnv = m.env.CHROME_PATH;
  if (fromEnv) {
    if (m.exists(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there. Fix or unset it.`);
  }
  const found = installed() ?? playwrightBrowser();
  if (found) return found;

  if (m.platform === 'linux' && m.isRoot() && m.hasCommand('apt-get')) {
    m.log('No Chrome/Chromium found: installing Debian\'s "chromium" package with apt-get…');
    try {
      m.run('apt-get', ['update', '-qq']);
      m.run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
    } catch {
      m.log('apt-get could not install chromium.');
    }
    const afterApt = installed();
    if (afterApt) return afterApt;
  } else {
    m.log("No Chrome/Chromium found: installing Playwright's Chromium…");
    try {
      m.run('npx', ['--no-install', 'playwright-core', 'install', 'chromium']);
      const afterInstall = playwrightBrowser();
      if (afterInstall) return afterInstall;
    } catch {
      m.log('Playwright could not install Chromium.');
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
    machine.log(error.message);
    process.exit(1);
  }
}

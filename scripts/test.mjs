// `npm test`: find (or get) a browser, run the Node tests (test/node/), then the browser tests with coverage.
import { spawn, spawnSync } from 'node:child_process';
import process from 'node:process';
import { findBrowser } from './browser.mjs';

let chrome;
try {
  chrome = findBrowser();
} catch (error) {
  process.stderr.write(`\n${error.message}\n`);
  process.exit(1);
}

// Node-side checks first (how the browser is found): quick, and they need no browser.
if (!process.argv.includes('--watch')) {
  const node = spawnSync(process.execPath, ['--test', '--test-reporter=dot', 'test/node/'], { stdio: 'inherit' });
  if (node.status !== 0) process.exit(node.status ?? 1);
}

const args = ['wtr', '--config', 'web-test-runner.config.js'];
if (process.argv.includes('--watch')) args.push('--watch');
else args.push('--coverage');
const extra = process.argv.slice(2).filter((a) => a !== '--watch');
args.push(...extra);

const child = spawn('npx', ['--no-install', ...args], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));

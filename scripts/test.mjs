// `npm test`: find (or get) a browser, then run the browser tests with coverage.
import { spawn } from 'node:child_process';
import process from 'node:process';
import { findBrowser } from './browser.mjs';

let chrome;
try {
  chrome = findBrowser();
} catch (error) {
  process.stderr.write(`\n${error.message}\n`);
  process.exit(1);
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

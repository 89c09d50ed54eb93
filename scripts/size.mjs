// Prints what the whole library weighs for a host: every element registered, lit included,
// minified and gzipped. Fails when it exceeds the budget in DESIGN.md (40 KB min+gzip).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET = 40 * 1024;
const root = resolve(import.meta.dirname, '..');
// `--entry <file>` weighs one module (with what it imports) instead of the whole library.
const entryFlag = process.argv.indexOf('--entry');
const entry = entryFlag === -1 ? 'src/define.ts' : process.argv[entryFlag + 1];
const outDir = mkdtempSync(join(tmpdir(), 'oo-size-'));

try {
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      // One self-contained module, as a host's bundler would ship it (lit included).
      lib: { entry: resolve(root, entry), formats: ['es'], fileName: 'offline-orders' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  let raw = 0;
  let gz = 0;
  for (const file of readdirSync(outDir)) {
    if (!file.endsWith('.js')) continue;
    const bytes = readFileSync(join(outDir, file));
    raw += statSync(join(outDir, file)).size;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  if (entryFlag !== -1) {
    console.log(`${entry} (with what it imports): ${kb(raw)} minified, ${kb(gz)} min+gzip`);
  } else {
    console.log(`library (all elements + lit): ${kb(raw)} minified, ${kb(gz)} min+gzip (budget ${kb(BUDGET)})`);
  }
  if (entryFlag === -1 && gz > BUDGET) {
    console.error(`Over budget by ${kb(gz - BUDGET)}.`);
    process.exitCode = 1;
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

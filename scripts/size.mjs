// Prints what the whole library weighs for a host: every element registered, lit included,
// minified and gzipped. Fails when it exceeds the budget in DESIGN.md (40 KB min+gzip).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET = 40 * 1024;
const root = resolve(import.meta.dirname, '..');
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
      lib: { entry: resolve(root, 'src/define.ts'), formats: ['es'], fileName: 'offline-orders' },
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
  console.log(`library (all elements + lit): ${kb(raw)} minified, ${kb(gz)} min+gzip (budget ${kb(BUDGET)})`);
  if (gz > BUDGET) {
    console.error(`Over budget by ${kb(gz - BUDGET)}.`);
    process.exitCode = 1;
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

// Builds the bench's browser pages (bench/pages/*.ts) with Vite as a host's bundler would: minified
// ES modules, lit included, split where a page loads something on demand. Each scenario is an entry
// exporting `run(name)`; bench/index.html is the blank page they are imported into.
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { minifyTemplatesPlugin } from '../minify-templates.mjs';

const root = resolve(import.meta.dirname, '../..');
export const SCENARIOS = ['typeahead', 'lines', 'orders', 'builder', 'heap'];

/** Builds the pages into `outDir`, resolving `@lit-labs/virtualizer` from the peers' folder. */
export async function buildPages(outDir, peersDir) {
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    publicDir: false,
    plugins: [minifyTemplatesPlugin()],
    resolve: {
      alias: { '@lit-labs/virtualizer': join(peersDir, 'node_modules/@lit-labs/virtualizer') },
      // One lit for the library, the floors and the virtualizer.
      dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
    },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: {
        entry: Object.fromEntries(SCENARIOS.map((name) => [name, resolve(root, `bench/pages/${name}.ts`)])),
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
    },
  });
  copyFileSync(resolve(root, 'bench/index.html'), join(outDir, 'index.html'));
}

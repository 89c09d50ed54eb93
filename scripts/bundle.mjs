// How the size checks build a module: as a host's bundler would (Vite, minified ES module, lit
// included, the templates' indentation not shipped, as the library build does). Fully minified,
// as an app build is: until issue 14 the figures came from Vite's library mode, which leaves white
// space, line breaks and module path comments (~10% more gzip, and a few bytes more in a worktree
// whose node_modules path is longer). Shared by
// scripts/size.mjs (the budget) and scripts/bench/size.mjs (the bench's size rows).
import { resolve } from 'node:path';
import { build } from 'vite';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

/**
 * The French catalogue (src/generated/locales/): data that only a French page loads, on demand. Left
 * out of a build with `external`, its dynamic import stays in the code as a reference.
 */
export const CATALOGUES = /[\\/]generated[\\/]locales[\\/]/;

/**
 * Builds `entry` (a file under `root`) and returns its chunks: one file, or split where it loads on
 * demand; modules matching `external` (e.g. `CATALOGUES`) are left out.
 */
export async function bundle(root, entry, { split, external }) {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    plugins: [minifyTemplatesPlugin()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: resolve(root, entry), formats: ['es'], fileName: 'entry' },
      rolldownOptions: {
        ...(external ? { external } : {}),
        // As in a host's app build (Vite's default there; library mode keeps the entry's exports
        // strict): what the page's code shares with what loads on demand may join the entry's chunk
        // instead of making small chunks of its own, each a request and a gzip stream.
        preserveEntrySignatures: false,
        // Minified as a host's app build does (Vite's `build.minify` there): library mode would keep
        // the white space, the line breaks and the modules' path comments, which no page is served.
        output: { minify: true, comments: false, ...(split ? {} : { codeSplitting: false }) },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return outputs.filter((o) => o.type === 'chunk');
}

/** The chunks a page loads at once (the entries and what they import statically), and the rest (on demand). */
export function splitEager(chunks) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (chunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const name of chunk.imports) if (byName.has(name)) visit(byName.get(name));
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
  return {
    eager: chunks.filter((c) => seen.has(c.fileName)),
    lazy: chunks.filter((c) => !seen.has(c.fileName)),
  };
}

// Builds the Kibo adapter's entry (src/kibo/index.ts) as a host's bundler would (minified, with
// what it imports) and fails when any module of `@kibocommerce/rest-sdk` is in it: the SDK is a
// devDependency whose models type the adapter (`import type` only); none of its code may reach a
// page. Prints the entry's weight, min+gzip.
//
//   node scripts/kibo-entry.mjs        (npm run kibo:entry)
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const entry = 'src/kibo/index.ts';
const SDK = /[\\/]node_modules[\\/]@kibocommerce[\\/]/;

const result = await build({
  configFile: false,
  root,
  logLevel: 'silent',
  publicDir: false,
  build: {
    write: false,
    target: 'es2022',
    minify: true,
    lib: { entry: resolve(root, entry), formats: ['es'], fileName: 'kibo' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
const modules = chunks.flatMap((chunk) => Object.keys(chunk.modules ?? {}));
const fromSdk = modules.filter((id) => SDK.test(id) || id.includes('@kibocommerce/rest-sdk'));
const code = chunks.map((c) => c.code).join('\n');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `${entry} (with what it imports): ${kb(code.length)} minified, ${kb(gzipSync(code, { level: 9 }).length)} min+gzip`,
);
if (!modules.length) {
  console.error('The build listed no modules: cannot tell whether the Kibo SDK is in it.');
  process.exit(1);
}
if (fromSdk.length || code.includes('@kibocommerce/')) {
  console.error('Code of @kibocommerce/rest-sdk is in the Kibo entry (use `import type` only):');
  for (const id of fromSdk) console.error(`  ${id}`);
  process.exit(1);
}
console.log(`no module of @kibocommerce/rest-sdk among its ${modules.length} modules.`);

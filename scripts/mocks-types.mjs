// The declarations of `offline-order-elements/mocks`. The mock backend lives in mocks/, beside
// src/: tsc emits its declarations with the library's (rootDir "."), into dist/.mocks-types/; this
// script keeps those of mocks/ as dist/mocks/**/*.d.ts, their imports of ../src/… pointing at the
// library's own declarations in dist/ (as the vite build lays the JavaScript out: dist/mocks/x.js
// imports ../model/y.js), so a host's MockBackend takes the same Site, OrderDraft… as the elements.
// Then it drops dist/.mocks-types/. Run after `tsc -p tsconfig.build.json` (npm run build).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const emitted = join(root, 'dist/.mocks-types');
const dist = join(root, 'dist');

rmSync(emitted, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.mocks.json')],
  {
    stdio: 'inherit',
  },
);

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

const missing = [];
let count = 0;
for (const file of files(join(emitted, 'mocks')).filter((f) => f.endsWith('.d.ts'))) {
  const target = join(dist, relative(emitted, file));
  const text = readFileSync(file, 'utf8').replace(/(from |import\()(['"])(\.[^'"]*)\2/g, (whole, lead, quote, spec) => {
    const inEmitted = resolve(dirname(file), spec);
    const fromSrc = relative(join(emitted, 'src'), inEmitted);
    if (fromSrc.startsWith('..')) return whole; // another module of mocks/
    const declaration = join(dist, fromSrc).replace(/\.js$/, '.d.ts');
    if (!existsSync(declaration)) missing.push(`${relative(root, target)} → ${relative(root, declaration)}`);
    let spec2 = relative(dirname(target), join(dist, fromSrc)).replaceAll('\\', '/');
    if (!spec2.startsWith('.')) spec2 = `./${spec2}`;
    return `${lead}${quote}${spec2}${quote}`;
  });
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  count += 1;
}
rmSync(emitted, { recursive: true, force: true });
if (missing.length) {
  console.error(
    'The mocks declarations import library declarations that dist/ lacks (run tsc -p tsconfig.build.json first):',
  );
  for (const line of missing) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`dist/mocks/: ${count} declaration files`);

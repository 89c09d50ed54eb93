// What the package ships (npm run pack:check, in .ci/run after the build), from `npm pack --dry-run`:
//   - no test, story, end-to-end, example, scratch or coverage file is in it;
//   - every target of package.json (each `exports` entry and condition, main, module, types,
//     customElements, web-types, the VS Code custom data) is among the packed files (a `*` pattern
//     must match at least one);
//   - the main entries (dist/index.js, dist/define.js, dist/kibo.js), with every module they import
//     statically or on demand, import no msw and nothing of the mock backend (dist/mocks/): that is
//     only in `offline-order-elements/mocks`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const failures = [];

const npm = process.env.npm_execpath
  ? [process.execPath, [process.env.npm_execpath]]
  : [process.platform === 'win32' ? 'npm.cmd' : 'npm', []];
const packed = JSON.parse(
  execFileSync(npm[0], [...npm[1], 'pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }),
)[0];
const files = new Set(packed.files.map((f) => f.path));

const FORBIDDEN = [
  [/(^|\/)test\//, 'a test directory'],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'a test'],
  [/(^|\/)stories\/|\.stories\.[cm]?[jt]sx?$|\.mdx$/, 'a story'],
  [/(^|\/)\.storybook\//, 'Storybook configuration'],
  [/(^|\/)e2e\//, 'an end-to-end file'],
  [/(^|\/)examples\//, 'an example host'],
  [/(^|\/)\.scratch\//, 'a scratch file'],
  [/(^|\/)coverage\//, 'coverage'],
  [/(^|\/)dist-(demo|storybook)\//, 'a demo or Storybook build'],
  [/(^|\/)dist\/\.mocks-types\//, 'an intermediate declaration'],
];
for (const file of files) {
  for (const [pattern, what] of FORBIDDEN) if (pattern.test(file)) failures.push(`${file}: ${what} is in the package`);
}

/** Every path target of package.json, with where it is named. */
function targets() {
  const found = [];
  const walk = (value, where) => {
    if (typeof value === 'string') found.push([value, where]);
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) walk(v, `${where}.${key}`);
  };
  walk(pkg.exports, 'exports');
  for (const field of ['main', 'module', 'types', 'customElements', 'web-types'])
    if (pkg[field]) walk(pkg[field], field);
  walk(pkg.contributes, 'contributes');
  return found;
}
const normalize = (target) => target.replace(/^\.\//, '');
for (const [target, where] of targets()) {
  const path = normalize(target);
  if (path.includes('*')) {
    const [head, tail] = path.split('*');
    if (![...files].some((f) => f.startsWith(head) && f.endsWith(tail)))
      failures.push(`${where}: nothing packed matches ${target}`);
  } else if (!files.has(path)) failures.push(`${where}: ${target} is not in the package`);
}

/** The built modules an entry loads, statically or on demand, and the bare specifiers they import. */
function graph(entry) {
  const seen = new Set();
  const bare = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    // Comments out (a doc comment may show an import); the rest is the built code.
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])([^"']+)\1/g)].map(
      (m) => m[2],
    );
    for (const spec of specifiers) {
      if (!spec.startsWith('.')) bare.add(spec);
      else {
        const next = resolve(dirname(file), spec);
        if (existsSync(next)) visit(next);
        else failures.push(`${relative(root, file)} imports ${spec}, which is not built`);
      }
    }
  };
  visit(join(root, entry));
  return { modules: [...seen].map((f) => relative(root, f)), bare: [...bare] };
}
const usesMsw = ({ modules, bare }) => [
  ...bare.filter((spec) => spec === 'msw' || spec.startsWith('msw/')),
  ...modules.filter((m) => m.startsWith('dist/mocks')),
];
for (const entry of ['dist/index.js', 'dist/define.js', 'dist/kibo.js']) {
  if (!existsSync(join(root, entry))) {
    failures.push(`${entry} is missing: run \`npm run build\` first`);
    continue;
  }
  const found = usesMsw(graph(entry));
  if (found.length) failures.push(`${entry} reaches the mock backend or msw: ${found.join(', ')}`);
}
// The same walk must find msw from the mocks entry, or it proves nothing about the others.
if (existsSync(join(root, 'dist/mocks.js')) && !usesMsw(graph('dist/mocks.js')).some((s) => s.startsWith('msw')))
  failures.push('dist/mocks.js: the import walk found no msw there; the check of the main entries cannot be trusted');

if (failures.length) {
  console.error('The package is not as it should be:');
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log(
  `npm pack: ${files.size} files, ${(packed.size / 1024).toFixed(0)} KB packed; no tests, stories or e2e; every target of package.json packed; no msw in the main entries`,
);

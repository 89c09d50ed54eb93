// Checks the rules of docs/ARCHITECTURE.md that a script can see, and prints the figures behind them:
// no import cycles in src/ or mocks/, each layer imports only the ones before it (model → adapter →
// controllers → elements → define), the model has no DOM, no element imports another element's
// internals, no source file over 600 lines (the builder at most 360 besides its class comment, with at most 5
// @state).
// `node scripts/architecture.mjs` exits 1 when a rule is broken; `--figures` only prints.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const figuresOnly = process.argv.includes('--figures');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

const files = [...walk(join(root, 'src')), ...walk(join(root, 'mocks'))];
const rel = (path) => relative(root, path);
const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"](\.[^'"]+)['"]/g;

/** Relative imports of each file, resolved to the .ts file they name. */
const graph = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const targets = [];
  for (const match of text.matchAll(importPattern)) {
    const spec = match[1] ?? match[2] ?? match[3];
    const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
    const names =
      /\{([^}]*)\}/
        .exec(match[0])?.[1]
        .split(',')
        .map(
          (n) =>
            n
              .trim()
              .replace(/^type\s+/, '')
              .split(/\s+as\s+/)[0],
        )
        .filter(Boolean) ?? [];
    if (files.includes(target)) targets.push({ target, dynamic: match[2] !== undefined, names });
  }
  graph.set(file, targets);
}

const problems = [];

// Import cycles (static imports, type-only ones included: they are still a knot for a reader).
const cycles = [];
const state = new Map();
const stack = [];
function visit(file) {
  state.set(file, 'open');
  stack.push(file);
  for (const { target, dynamic } of graph.get(file)) {
    if (dynamic) continue;
    if (state.get(target) === 'open') cycles.push(stack.slice(stack.indexOf(target)).map(rel));
    else if (!state.has(target)) visit(target);
  }
  stack.pop();
  state.set(file, 'done');
}
for (const file of files) if (!state.has(file)) visit(file);
for (const cycle of cycles) problems.push(`import cycle: ${[...cycle, cycle[0]].join(' → ')}`);

// The model has no DOM and no element.
for (const file of files.filter((f) => rel(f).startsWith('src/model/'))) {
  const text = readFileSync(file, 'utf8');
  for (const { target } of graph.get(file)) {
    if (!rel(target).startsWith('src/model/'))
      problems.push(`${rel(file)} imports ${rel(target)}: the model imports only the model`);
  }
  if (
    /\b(document|window|HTMLElement|customElements|localStorage)\b/.test(text.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''))
  )
    problems.push(`${rel(file)} names the DOM: the model has none`);
}

// The layers: model → adapter → controllers → elements → define. A module imports only its own layer
// and the ones before it (the model is checked above, with its DOM rule); an element may load another
// tag's define module on demand (a dynamic import).
const layers = ['src/model/', 'src/adapter/', 'src/controllers/', 'src/elements/', 'src/define'];
const layerOf = (path) => layers.findIndex((prefix) => rel(path).startsWith(prefix));
for (const [file, targets] of graph) {
  const from = layerOf(file);
  if (from < 0) continue;
  for (const { target, dynamic } of targets) {
    const to = layerOf(target);
    if (to > from && !(dynamic && layers[to] === 'src/define'))
      problems.push(`${rel(file)} imports ${rel(target)}: ${layers[from]} comes before ${layers[to]} in the layers`);
  }
}

// The Kibo adapter (src/kibo/, entry src/kibo.ts) is a branch beside the layers: it builds on the
// model and the adapter's seams only, and nothing else in src/ imports it (the main entry and
// define.js never load it; `npm run kibo:entry` checks that Kibo's SDK code does not reach it).
const inKibo = (path) => rel(path).startsWith('src/kibo/') || rel(path) === 'src/kibo.ts';
for (const [file, targets] of graph) {
  if (!rel(file).startsWith('src/')) continue;
  for (const { target } of targets) {
    if (inKibo(file) && !inKibo(target) && !/^src\/(model|adapter)\//.test(rel(target)))
      problems.push(`${rel(file)} imports ${rel(target)}: the Kibo adapter builds on src/model and src/adapter only`);
    if (!inKibo(file) && inKibo(target))
      problems.push(`${rel(file)} imports ${rel(target)}: only the entry src/kibo.ts loads the Kibo adapter`);
  }
}

// An element imports another element only through its public class (a module src/define/ registers,
// and from it only classes and types: capitalised names), never its internals; shared code lives in
// src/elements/shared/.
const publicModules = new Set(
  files.filter((f) => rel(f).startsWith('src/define/')).flatMap((f) => graph.get(f).map(({ target }) => target)),
);
const elementOf = (path) => /^src\/elements\/([^/]+)\//.exec(rel(path))?.[1];
for (const [file, targets] of graph) {
  const from = elementOf(file);
  for (const { target, names } of targets) {
    const to = elementOf(target);
    if (!from || !to || from === to || to === 'shared') continue;
    const helpers = names.filter((n) => !/^[A-Z]/.test(n));
    if (from === 'shared') problems.push(`${rel(file)} imports ${rel(target)}: shared code imports no element`);
    else if (!publicModules.has(target) || helpers.length)
      problems.push(
        `${rel(file)} imports ${helpers.length ? helpers.join(', ') + ' from ' : ''}${rel(target)}: another element's internals (move it to src/elements/shared/ or src/model/)`,
      );
  }
}

// Sizes.
const lines = new Map(files.map((f) => [f, readFileSync(f, 'utf8').split('\n').length - 1]));
for (const [file, count] of lines)
  if (rel(file).startsWith('src/') && count > 600) problems.push(`${rel(file)}: ${count} lines (at most 600)`);
const builder = join(root, 'src/elements/offline-order-builder/offline-order-builder.ts');
const builderText = readFileSync(builder, 'utf8');
const builderStates = (builderText.match(/@state\(/g) ?? []).length;
// The builder's code: its lines less the class's documentation comment (the host's reference: what it
// does, its events and its CSS parts, which grow with every part a host may style).
const builderDoc = builderText.match(/\n\/\*\*\n \* @tagname.*\n(?: \*.*\n)*? \*\/\n/)?.[0] ?? '';
const builderCode = lines.get(builder) - Math.max(0, builderDoc.split('\n').length - 2);
if (builderCode > 360)
  problems.push(`offline-order-builder.ts: ${builderCode} lines besides its class comment (at most 360)`);
if (builderStates > 5) problems.push(`offline-order-builder.ts: ${builderStates} @state (at most 5)`);

const longest = Math.max(
  ...files.map((f) =>
    Math.max(
      ...readFileSync(f, 'utf8')
        .split('\n')
        .map((l) => l.length),
    ),
  ),
);
const biggest = [...lines]
  .filter(([f]) => rel(f).startsWith('src/'))
  .sort((a, b) => b[1] - a[1])
  .slice(0, 5);
console.log(
  `files: ${files.length} in src/ and mocks/; import cycles: ${cycles.length}; longest line: ${longest} characters`,
);
console.log(
  `offline-order-builder.ts: ${lines.get(builder)} lines (${builderCode} besides its class comment), ${builderStates} @state`,
);
console.log(`largest in src/: ${biggest.map(([f, n]) => `${rel(f)} ${n}`).join(', ')}`);
if (problems.length) {
  console.log(`\n${problems.length} rule(s) broken:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  if (!figuresOnly) process.exit(1);
} else console.log('architecture rules hold');

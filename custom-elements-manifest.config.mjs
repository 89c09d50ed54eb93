import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

// What hosts get beside the manifest, generated from it into types/ (committed, shipped; CI
// regenerates it and fails on a difference): JSX types (React 19, Preact…), Vue types, VS Code's
// custom data and JetBrains' web-types. The types name our classes through the built entry.
const INTEGRATIONS_DIR = 'types';
const TYPES_ENTRY = '../dist/index.js';
/** Declarations of the manifest that are no tag a host writes (base classes). */
const NOT_TAGS = ['OrderElement'];

/**
 * The manifest as a host sees the elements: only members it can set. A read-only field
 * (`site`, `sites`, `paid`…) is a getter: a framework assigning it as a prop would throw.
 */
function settableView(manifest) {
  const view = structuredClone(manifest);
  for (const mod of view.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.members) continue;
      declaration.members = declaration.members.filter((member) => !(member.kind === 'field' && member.readonly));
    }
  }
  return view;
}

/**
 * The library's event classes: the classes of src/events/, each extending `Event` (directly, or
 * through `OrderEvent`, which the manifest shows only as a variable: see src/events/order-event.ts).
 */
function eventClasses(manifest) {
  return (manifest.modules ?? [])
    .filter((mod) => mod.path.startsWith('src/events/'))
    .flatMap((mod) => (mod.declarations ?? []).filter((d) => d.kind === 'class').map((d) => d.name));
}

/**
 * The JSX and Vue generators type every event handler `(e: CustomEvent<T>) => void`, T being the
 * event's type in the manifest. Our events are classes extending `Event` that carry their fields
 * themselves (`event.orderNumber`, no `detail`): the handler receives that class.
 */
function typeEventsAsTheirClass(file, classes) {
  const path = join(INTEGRATIONS_DIR, file);
  const text = readFileSync(path, 'utf8');
  const fixed = text.replace(/CustomEvent<(\w+)>/g, (whole, name) => (classes.includes(name) ? name : whole));
  writeFileSync(path, fixed);
}

/** Runs an integration's plugin over the settable view, then `after(manifest)`. */
function forHosts(plugin, after) {
  return {
    name: `${plugin.name} (for hosts)`,
    packageLinkPhase({ customElementsManifest, context }) {
      plugin.packageLinkPhase({ customElementsManifest: settableView(customElementsManifest), context });
      after?.(customElementsManifest);
    },
  };
}

const common = { outdir: INTEGRATIONS_DIR, exclude: NOT_TAGS, hideLogs: true };

export default {
  globs: ['src/**/*.ts'],
  // Style sheets are left out: a CSS tweak should not change the public manifest.
  // The model, the adapters (the Kibo one included) have no elements: the manifest is the elements'.
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.styles.ts',
    'src/model/**',
    'src/adapter/**',
    'src/kibo/**',
    'src/kibo.ts',
    'src/generated/**',
  ],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    {
      // Modules in path order: the files' order on disk differs between machines and clones, and
      // CI compares the regenerated manifest with the committed one.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
    // React 19 sets a prop as a property when the element has it (`adapter={…}`), and listens to
    // `on<event-name>` props (`onorder-submitted={…}`): the JSX types name them so.
    forHosts(customElementJsxPlugin({ ...common, fileName: 'jsx.d.ts', globalTypePath: TYPES_ENTRY }), (manifest) =>
      typeEventsAsTheirClass('jsx.d.ts', eventClasses(manifest)),
    ),
    forHosts(customElementVuejsPlugin({ ...common, fileName: 'vue.d.ts', globalTypePath: TYPES_ENTRY }), (manifest) =>
      typeEventsAsTheirClass('vue.d.ts', eventClasses(manifest)),
    ),
    forHosts(
      customElementVsCodePlugin({
        ...common,
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: 'vscode.css-custom-data.json',
      }),
    ),
    forHosts(customElementJetBrainsPlugin({ ...common, webTypesFileName: 'web-types.json' })),
  ],
};

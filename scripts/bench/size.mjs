// The size rows: what the library and the peers' bare building blocks weigh, each built the same
// way in the same run (Vite, minified ES module, lit included), then compressed with node:zlib:
// gzip at level 9 and brotli at quality 11.
// - "whole library": src/define.ts as one file, every element with what it loads on demand
//   (dialogs, payment panel), lit included, WITHOUT the French catalogue
//   (src/generated/locales/fr-CA.ts, ~8.5 KB min+gzip): that is data only a French page
//   downloads, on demand, not code every host ships. The row "with the French catalogue" gives
//   the weight with it, for comparison; the define/<tag> rows leave it out too.
// - "first paint" rows: what a page showing the element loads at once, as scripts/size.mjs
//   counts it: the define entry and every chunk it imports statically, built with code splitting
//   (what loads on demand is not counted), each chunk gzipped on its own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundle, CATALOGUES, splitEager } from '../bundle.mjs';

const root = resolve(import.meta.dirname, '../..');

/**
 * The peers' building blocks: the components a team would otherwise assemble this widget from
 * (a search field with a list of results, a select, buttons, a dialog, tabs, radios, a checkbox,
 * a text area, a progress indicator), with no business logic. Each module is imported for its
 * side effect (it registers its elements).
 */
export const KITS = {
  // Shoelace 2: input + dropdown/menu/menu-item (its typeahead), select + option, button, dialog,
  // tab-group/tab/tab-panel, radio-group/radio, checkbox, textarea, spinner, alert.
  'Shoelace (building blocks)': [
    'input',
    'dropdown',
    'menu',
    'menu-item',
    'select',
    'option',
    'button',
    'dialog',
    'tab-group',
    'tab',
    'tab-panel',
    'radio-group',
    'radio',
    'checkbox',
    'textarea',
    'spinner',
    'alert',
  ].map((name) => `@shoelace-style/shoelace/dist/components/${name}/${name}.js`),
  // Material Web 2: outlined text field, menu + menu item (its typeahead), outlined select + option,
  // filled and text buttons, dialog, tabs + primary tab, radio, checkbox, circular progress.
  'Material Web (building blocks)': [
    'textfield/outlined-text-field',
    'menu/menu',
    'menu/menu-item',
    'select/outlined-select',
    'select/select-option',
    'button/filled-button',
    'button/text-button',
    'dialog/dialog',
    'tabs/tabs',
    'tabs/primary-tab',
    'radio/radio',
    'checkbox/checkbox',
    'progress/circular-progress',
  ].map((name) => `@material/web/${name}.js`),
  // Web Awesome 3: one select with its option, nothing else.
  'Web Awesome (one select)': ['select', 'option'].map(
    (name) => `@awesome.me/webawesome/dist/components/${name}/${name}.js`,
  ),
};

/** lit alone: one trivial element rendering a template (LitElement, html, css). */
const LIT_ALONE = `import { css, html, LitElement } from 'lit';
customElements.define('lit-alone', class extends LitElement {
  static styles = css\`:host { display: block; }\`;
  render() { return html\`<p>\${'lit'}</p>\`; }
});
`;

const weigh = (code) => ({
  minified: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

const chunks = (base, entry, split, external) => bundle(base, entry, { split, external });

/** The entry with everything it imports, as one file (modules matching `external` left out). */
async function whole(base, entry, external) {
  const [chunk] = await chunks(base, entry, false, external);
  return weigh(chunk.code);
}

/** The entry chunk and the chunks it imports statically (what a page loads at once), one weight each summed. */
async function eager(base, entry) {
  const { eager: loaded } = splitEager(await chunks(base, entry, true));
  const total = { minified: 0, gzip: 0, brotli: 0 };
  for (const chunk of loaded) {
    const w = weigh(chunk.code);
    for (const key of Object.keys(total)) total[key] += w[key];
  }
  return total;
}

/** The row names the table judges (see table.mjs). */
export const WHOLE_LIBRARY = 'whole library, French catalogue excluded (src/define.ts)';
export const CUSTOMER_SEARCH_PAINT = "customer-search's first paint (alone)";

/** Every size row: `{ name, group, minified, gzip, brotli }` in bytes. */
export async function measureSizes(peersDir) {
  const rows = [];
  rows.push({ group: 'ours', name: WHOLE_LIBRARY, ...(await whole(root, 'src/define.ts', CATALOGUES)) });
  rows.push({ group: 'ours', name: '  with the French catalogue', ...(await whole(root, 'src/define.ts')) });
  for (const tag of [
    'offline-order-builder',
    'customer-search',
    'line-item-editor',
    'order-details-dialog',
    'payment-panel',
  ])
    rows.push({ group: 'ours', name: `define/${tag}`, ...(await whole(root, `src/define/${tag}.ts`, CATALOGUES)) });
  rows.push({
    group: 'ours',
    name: "builder's first paint",
    ...(await eager(root, 'src/define/offline-order-builder.ts')),
  });
  rows.push({
    group: 'ours',
    name: CUSTOMER_SEARCH_PAINT,
    ...(await eager(root, 'src/define/customer-search.ts')),
  });
  const entries = join(peersDir, 'entries');
  mkdirSync(entries, { recursive: true });
  for (const [kit, modules] of Object.entries(KITS)) {
    const file = join(entries, `${kit.replace(/\W+/g, '-')}.js`);
    writeFileSync(file, modules.map((m) => `import '${m}';`).join('\n') + '\n');
    rows.push({ group: 'peer', name: kit, ...(await whole(peersDir, file)) });
  }
  const litFile = join(entries, 'lit-alone.js');
  writeFileSync(litFile, LIT_ALONE);
  rows.push({ group: 'peer', name: 'lit alone', ...(await whole(peersDir, litFile)) });
  return rows;
}

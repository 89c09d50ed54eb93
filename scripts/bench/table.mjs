// Turns the bench's measurements into rows (ours, the floor or peer, the ratio, the target, met or
// missed) and prints them as a table.
import { CUSTOMER_SEARCH_PAINT, WHOLE_LIBRARY } from './size.mjs';

/**
 * The runtime rows: [section, label, group, ours run, floor run, figure, unit, target ratio or null,
 * floor's name]. A null target is a figure shown for understanding, not judged.
 */
const RUNTIME = [
  [
    'Typeahead',
    'customer search: answer → 20 options laid out',
    'typeahead',
    'ours:customer',
    'floor:customer',
    'shownMs',
    'ms',
    1.3,
    'bare Lit list',
  ],
  [
    'Typeahead',
    'product search: answer → 20 options laid out',
    'typeahead',
    'ours:product',
    'floor:product',
    'shownMs',
    'ms',
    1.3,
    'bare Lit list',
  ],
  [
    'Typeahead',
    '  customer search: answer → next frame painted',
    'typeahead',
    'ours:customer',
    'floor:customer',
    'paintMs',
    'ms',
    null,
    'bare Lit list',
  ],
  [
    'Typeahead',
    '  product search: answer → next frame painted',
    'typeahead',
    'ours:product',
    'floor:product',
    'paintMs',
    'ms',
    null,
    'bare Lit list',
  ],
  [
    'Typeahead',
    '  customer search: calls per query beyond one',
    'typeahead',
    'ours:customer',
    'floor:customer',
    'extraCalls',
    '',
    null,
    'bare Lit list',
  ],
  [
    'Typeahead',
    '  product search: calls per query beyond one',
    'typeahead',
    'ours:product',
    'floor:product',
    'extraCalls',
    '',
    null,
    'bare Lit list',
  ],
  [
    'Typeahead',
    '  customer search: updates per answer',
    'typeahead',
    'ours:customer',
    'floor:customer',
    'updates',
    '',
    null,
    'bare Lit list',
  ],
  [
    'Typeahead',
    '  customer search: time in update()',
    'typeahead',
    'ours:customer',
    'floor:customer',
    'updateMs',
    'ms',
    null,
    'bare Lit list',
  ],
  [
    'Typeahead',
    '  product search: updates per answer',
    'typeahead',
    'ours:product',
    'floor:product',
    'updates',
    '',
    null,
    'bare Lit list',
  ],
  [
    'Typeahead',
    '  product search: time in update()',
    'typeahead',
    'ours:product',
    'floor:product',
    'updateMs',
    'ms',
    null,
    'bare Lit list',
  ],
  ['Line items', '1,000 lines set → painted', 'lines', 'ours', 'floor', 'firstPaintMs', 'ms', 1.5, 'keyed repeat'],
  [
    'Line items',
    '1,000 lines set → idle (stock looked up)',
    'lines',
    'ours',
    'floor',
    'busyMs',
    'ms',
    1.5,
    'keyed repeat',
  ],
  ['Line items', '  updates until idle', 'lines', 'ours', 'floor', 'firstUpdates', '', null, 'keyed repeat'],
  [
    'Line items',
    '  time in update() until idle',
    'lines',
    'ours',
    'floor',
    'firstUpdateMs',
    'ms',
    null,
    'keyed repeat',
  ],
  [
    'Line items',
    '  long frames (>50 ms) until idle',
    'lines',
    'ours',
    'floor',
    'firstLongFrames',
    '',
    null,
    'keyed repeat',
  ],
  ['Line items', '  stock look-up calls', 'lines', 'ours', 'floor', 'stockCalls', '', null, 'keyed repeat'],
  [
    'Line items',
    '1,000 lines, stock answered over 200 ms → idle',
    'lines',
    'ours:slow',
    'floor',
    'busyMs',
    'ms',
    null,
    'keyed repeat',
  ],
  ['Line items', '  updates until idle', 'lines', 'ours:slow', 'floor', 'firstUpdates', '', null, 'keyed repeat'],
  [
    'Line items',
    '  time in update() until idle',
    'lines',
    'ours:slow',
    'floor',
    'firstUpdateMs',
    'ms',
    null,
    'keyed repeat',
  ],
  [
    'Line items',
    '  long frames (>50 ms) until idle',
    'lines',
    'ours:slow',
    'floor',
    'firstLongFrames',
    '',
    null,
    'keyed repeat',
  ],
  ['Line items', '  stock look-up calls', 'lines', 'ours:slow', 'floor', 'stockCalls', '', null, 'keyed repeat'],
  [
    'Line items',
    '  the same, adapter without the batch method → idle',
    'lines',
    'ours:slow-single',
    'floor',
    'busyMs',
    'ms',
    null,
    'keyed repeat',
  ],
  [
    'Line items',
    '    updates until idle',
    'lines',
    'ours:slow-single',
    'floor',
    'firstUpdates',
    '',
    null,
    'keyed repeat',
  ],
  [
    'Line items',
    '    time in update() until idle',
    'lines',
    'ours:slow-single',
    'floor',
    'firstUpdateMs',
    'ms',
    null,
    'keyed repeat',
  ],
  [
    'Line items',
    '    stock look-up calls',
    'lines',
    'ours:slow-single',
    'floor',
    'stockCalls',
    '',
    null,
    'keyed repeat',
  ],
  ['Line items', 'edit one quantity → painted', 'lines', 'ours', 'floor', 'editMs', 'ms', 1.5, 'keyed repeat'],
  [
    'Line items',
    '  time in update() for the edit',
    'lines',
    'ours',
    'floor',
    'editUpdateMs',
    'ms',
    null,
    'keyed repeat',
  ],
  ['Line items', 'add one line → painted', 'lines', 'ours', 'floor', 'addMs', 'ms', 1.5, 'keyed repeat'],
  ['Line items', 'remove one line → painted', 'lines', 'ours', 'floor', 'removeMs', 'ms', 1.5, 'keyed repeat'],
  ['Orders list', '10,000 orders: first paint', 'orders', 'ours', 'floor', 'firstPaintMs', 'ms', 1.0, 'virtualizer'],
  [
    'Orders list',
    'worst frame scrolling top → bottom',
    'orders',
    'ours',
    'floor',
    'worstFrameMs',
    'ms',
    1.0,
    'virtualizer',
  ],
  ['Orders list', '  mean frame while scrolling', 'orders', 'ours', 'floor', 'meanFrameMs', 'ms', null, 'virtualizer'],
  ['Orders list', '  frames to reach the end', 'orders', 'ours', 'floor', 'frames', '', null, 'virtualizer'],
  ['Orders list', '  page loads to reach the end', 'orders', 'ours', 'floor', 'pageLoads', '', null, 'virtualizer'],
  [
    'Builder',
    'define → first paint (sites, orders)',
    'builder',
    'ours',
    'floor',
    'firstPaintMs',
    'ms',
    1.5,
    'bare Lit element',
  ],
  ['Builder', 'Edit Details → dialog painted', 'builder', 'ours', 'floor', 'detailsMs', 'ms', 1.5, 'bare Lit dialog'],
  [
    'Builder',
    '  pressed a moment after (1 s, idle)',
    'builder',
    'ours:idle',
    'floor:idle',
    'detailsIdleMs',
    'ms',
    1.5,
    'bare Lit dialog',
  ],
  [
    'Memory',
    'JS heap, 10,000 orders + 1,000 lines',
    'heap',
    'ours',
    'floor',
    'heapMB',
    'MB',
    1.5,
    'virtualizer + repeat',
  ],
  ['Memory', '  DOM nodes', 'heap', 'ours', 'floor', 'domNodes', '', null, 'virtualizer + repeat'],
];

/** @param {Record<string, Record<string, Record<string, number>>>} measured */
export function runtimeRows(measured) {
  return RUNTIME.filter(([, , group]) => measured[group]).map(
    ([section, label, group, oursRun, floorRun, key, unit, target, floorName]) => {
      const ours = measured[group][oursRun]?.[key];
      const floor = measured[group][floorRun]?.[key];
      const ratio = floor ? ours / floor : null;
      return {
        section,
        label,
        ours,
        floor,
        unit,
        against: floorName,
        ratio,
        target: target === null ? null : `ratio ≤ ${target}`,
        met: target === null || ratio === null ? null : ratio <= target,
      };
    },
  );
}

const KB = 1024;

/** The size rows: ours beside Material Web's building blocks, with the issue's targets. */
export function sizeRows(sizes) {
  if (!sizes.length) return [];
  const material = sizes.find((s) => s.name.startsWith('Material Web'));
  const targets = {
    [WHOLE_LIBRARY]: 51 * KB,
    "builder's first paint": 30 * KB,
    // "<customer-search> alone": what a page showing it loads at once (its dialogs load on demand).
    [CUSTOMER_SEARCH_PAINT]: 12 * KB,
  };
  return sizes.map((s) => ({
    section: 'Size',
    label: s.name,
    ours: s.gzip / KB,
    floor: s.group === 'ours' ? material.gzip / KB : null,
    unit: 'KB',
    against: s.group === 'ours' ? 'Material Web' : '',
    ratio: s.group === 'ours' ? s.gzip / material.gzip : null,
    brotli: s.brotli / KB,
    minified: s.minified / KB,
    target: targets[s.name] ? `≤ ${targets[s.name] / KB} KB gzip` : null,
    met: targets[s.name] ? s.gzip <= targets[s.name] : null,
  }));
}

const fmt = (value, unit) =>
  value === undefined || value === null || Number.isNaN(value)
    ? '—'
    : `${unit === '' ? Math.round(value) : value.toFixed(1)}${unit ? ` ${unit}` : ''}`;

/** Prints the rows as a Markdown table (readable in a terminal, pasteable in the README). */
export function printTable(report) {
  const { machine } = report;
  console.log(
    `\nnproc ${machine.nproc}, ${machine.cpu}, ${machine.browser}, Node ${machine.node}, median of ${machine.rounds} rounds, ${report.seconds} s\n`,
  );
  const header = ['', 'Row', 'Ours', 'Floor / peer', 'Ratio', 'Target', ''];
  const lines = report.rows.map((row) => [
    row.section,
    row.label,
    row.section === 'Size' ? `${fmt(row.ours, 'KB')} (br ${fmt(row.brotli, 'KB')})` : fmt(row.ours, row.unit),
    row.floor === null || row.floor === undefined ? '' : `${fmt(row.floor, row.unit)} ${row.against}`,
    row.ratio === null || Number.isNaN(row.ratio) ? '' : `${row.ratio.toFixed(2)}×`,
    row.target ?? '',
    row.met === null ? '' : row.met ? 'met' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const cells of lines) console.log(line(cells));
}

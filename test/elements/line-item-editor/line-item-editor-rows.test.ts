import { expect } from '@open-wc/testing';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { DraftLine } from '../../../src/model/types.js';
import { $, text } from '../../support/dom.js';
import { cells, renderEditor, tableRows } from '../../support/harness/line-item-editor.js';
import { nextEvent } from '../../support/wait.js';
import { someLines, useEditorSuite } from './line-item-editor-support.js';

/** Three lines as a host sets them: the tote, the shoe, and a second tote. */
function threeLines(): DraftLine[] {
  const [tote, shoe] = someLines();
  return [tote!, shoe!, { ...tote!, id: 'tote-2', quantity: 1 }];
}

/** The line's row, by the id of its line. */
const rowOf = (el: LineItemEditor, id: string) => $<HTMLTableRowElement>(el, `#name-${id}`)!.closest('tr')!;

/** Records every change of the DOM under the rows of these lines (nodes, attributes, text) until `stop()`. */
function watchRows(el: LineItemEditor, ids: string[]): { rows: HTMLTableRowElement[]; stop(): MutationRecord[] } {
  const rows = ids.map((id) => rowOf(el, id));
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((found) => records.push(...found));
  for (const row of rows)
    observer.observe(row, { subtree: true, childList: true, attributes: true, characterData: true });
  return {
    rows,
    stop() {
      records.push(...observer.takeRecords());
      observer.disconnect();
      return records;
    },
  };
}

/** Whether two lists hold the very same nodes (not equal copies), in the same order. */
const sameNodes = (a: Node[], b: Node[]) => a.length === b.length && a.every((node, i) => node === b[i]);

/** Records what every `Intl.NumberFormat` formats (the values given to it) until `stop()`. */
function spyFormats(): { values: string[]; stop(): void } {
  const proto = Intl.NumberFormat.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'format')!;
  const values: string[] = [];
  Object.defineProperty(proto, 'format', {
    configurable: true,
    get(this: Intl.NumberFormat) {
      const format = original.get!.call(this) as (value: unknown) => string;
      return (value: unknown) => (values.push(String(value)), format(value));
    },
  });
  return { values, stop: () => Object.defineProperty(proto, 'format', original) };
}

/** Enters a quantity in a line's field, as the agent does (typed, then the field left). */
async function enterQuantity(el: LineItemEditor, id: string, value: string): Promise<void> {
  const field = $<HTMLInputElement>(el, `[data-path="lines.${id}.quantity"]`)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  field.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<line-item-editor>', () => {
  const mock = useEditorSuite();

  describe('rows that did not change', () => {
    it('are left as they are when one quantity is entered: same nodes, no mutation; the edited row shows its new total', async () => {
      const el = await renderEditor(mock.adapter, { lines: threeLines() });
      await el.stockComplete;
      await el.updateComplete;
      const others = watchRows(el, ['tote', 'tote-2']);
      const changed = nextEvent(el, 'line-items-change');
      await enterQuantity(el, 'shoe', '2');
      expect((await changed).lines.map((line) => line.quantity)).to.deep.equal([2, 2, 1]);
      expect(others.stop()).to.deep.equal([]);
      expect(sameNodes([rowOf(el, 'tote'), rowOf(el, 'tote-2')], others.rows)).to.equal(true);
      expect(cells(rowOf(el, 'shoe'))[6]).to.equal('$179.98');
      expect(tableRows(el).map((row) => cells(row)[6])).to.deep.equal(['$49.98', '$179.98', '$24.99']);
    });

    it('are not rendered again when one quantity is entered: only the edited row formats its amounts', async () => {
      const el = await renderEditor(mock.adapter, { lines: threeLines() });
      await el.stockComplete;
      await el.updateComplete;
      const formatted = spyFormats();
      try {
        await enterQuantity(el, 'shoe', '2');
      } finally {
        formatted.stop();
      }
      // The shoe's unit price and its new total; nothing of the totes ($24.99, $49.98).
      expect([...new Set(formatted.values)].sort()).to.deep.equal(['179.98', '89.99']);
      expect(tableRows(el).map((row) => cells(row)[6])).to.deep.equal(['$49.98', '$179.98', '$24.99']);
    });

    it('are left as they are when a host sets the lines with one more, or one less', async () => {
      const lines = threeLines();
      const el = await renderEditor(mock.adapter, { lines: lines.slice(0, 2) });
      await el.stockComplete;
      await el.updateComplete;
      let others = watchRows(el, ['tote', 'shoe']);
      el.lines = [...el.lines, lines[2]!];
      await el.updateComplete;
      expect(others.stop()).to.deep.equal([]);
      expect(tableRows(el)).to.have.length(3);
      expect(cells(rowOf(el, 'tote-2'))[6]).to.equal('$24.99');

      others = watchRows(el, ['tote', 'tote-2']);
      el.lines = el.lines.filter((line) => line.id !== 'shoe');
      await el.updateComplete;
      expect(others.stop()).to.deep.equal([]);
      expect(sameNodes(tableRows(el), others.rows)).to.equal(true);
    });

    it('are left as they are when a line is removed with its Remove button', async () => {
      const el = await renderEditor(mock.adapter, { lines: threeLines() });
      await el.stockComplete;
      await el.updateComplete;
      const others = watchRows(el, ['tote', 'tote-2']);
      $<HTMLButtonElement>(el, '[data-path="lines.shoe.remove"]')!.click();
      await el.updateComplete;
      expect(others.stop()).to.deep.equal([]);
      expect(sameNodes(tableRows(el), others.rows)).to.equal(true);
      expect(el.lines.map((line) => line.id)).to.deep.equal(['tote', 'tote-2']);
    });

    it('are left as they are when another row shows a refused quantity, which its own row shows and puts back', async () => {
      const el = await renderEditor(mock.adapter, { lines: threeLines() });
      await el.stockComplete;
      await el.updateComplete;
      const others = watchRows(el, ['tote', 'tote-2']);
      await enterQuantity(el, 'shoe', '1.5');
      const field = $<HTMLInputElement>(el, '[data-path="lines.shoe.quantity"]')!;
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '#note-shoe'))).to.equal('Enter a whole number of at least 1.');
      expect(el.lines[1]!.quantity).to.equal(1);

      // The line's own quantity entered again: the field and its note are as before.
      await enterQuantity(el, 'shoe', '1');
      expect(field.getAttribute('aria-invalid')).to.equal('false');
      expect(text($(el, '#note-shoe'))).to.equal('');
      expect(field.value).to.equal('1');
      expect(others.stop()).to.deep.equal([]);
    });

    it('are rendered again when what they show changes: the line given anew, its edit row opened', async () => {
      const el = await renderEditor(mock.adapter, { lines: threeLines() });
      await el.stockComplete;
      await el.updateComplete;
      el.lines = el.lines.map((line) => (line.id === 'tote-2' ? { ...line, needsRepricing: true } : line));
      await el.updateComplete;
      expect(cells(rowOf(el, 'tote-2'))[2]).to.equal('Recalculating…');
      expect(cells(rowOf(el, 'tote'))[2]).to.equal('$24.99');

      $<HTMLButtonElement>(el, '[data-path="lines.tote.adjustment"]')!.click();
      await el.updateComplete;
      expect(rowOf(el, 'tote').nextElementSibling?.querySelector('form')).to.not.equal(null);
    });
  });
});

/**
 * Line items: 1,000 lines set, then one quantity edited, one line added, one removed, each until
 * painted. Ours: `<line-item-editor>` (the quantity field's `change`, the host setting `lines` with
 * one more, the row's Remove button); the floor: `<floor-lines>`, a bare keyed `repeat` of the same
 * rows making the same changes through the same kinds of controls. Beside the paint times: the
 * time inside `update()`, the updates made, and long frames (over 50 ms), for the first render
 * with its stock look-ups and for the edits.
 */
import '../../src/define/line-item-editor.js';
import type { ReactiveElement } from 'lit';
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import type { DraftLine } from '../../src/model/types.js';
import { instantAdapter, LINE_COUNT, LINES, makeLine, SITE, slowStockAdapter } from './data.js';
import { defineFloors } from './floors.js';
import { afterPaint, deep, deepAll, longFrames, median, now, quiet, settled, timeUpdates, until } from './measure.js';

const SAMPLES = 5;

type Editor = ReactiveElement & { lines: DraftLine[]; adapter?: OrderAdapter; site?: typeof SITE };

/**
 * `ours`, `floor`: the instant adapter. `ours:slow`: stock answered over 200 ms, with the batch
 * method; `ours:slow-single`: the same without it (1,000 lines of 250 products: 250 look-ups).
 * The slow runs stop once the page is idle after the first render (no edits).
 */
export async function run(name: string): Promise<Record<string, number>> {
  const ours = name.startsWith('ours');
  const slow = name.startsWith('ours:slow');
  if (!ours) defineFloors();
  const adapter = slow ? slowStockAdapter({ batch: name !== 'ours:slow-single' }) : instantAdapter();
  const calls = () => Object.values(adapter.log.calls).reduce((a, b) => a + b, 0);
  const element = document.createElement(ours ? 'line-item-editor' : 'floor-lines') as Editor;
  element.adapter = adapter;
  element.site = SITE;
  element.style.inlineSize = '1100px';
  const rows = () => element.shadowRoot?.querySelectorAll('tr[part~="line-item"]').length ?? 0;

  // First paint of 1,000 lines, then everything that follows it until the page is idle.
  const frames = longFrames();
  const start = now();
  element.lines = LINES;
  document.body.append(element);
  const updates = timeUpdates(element);
  await until(() => rows() === LINE_COUNT, 'the lines');
  const firstPaintMs = (await afterPaint()) - start;
  await quiet(calls, 100);
  await settled(element);
  const busyMs = now() - start;
  const first = updates.stop();
  const firstFrames = frames.stop();
  // Single-item look-ups and batches alike: each is one call to the backend.
  const stockCalls =
    (adapter.log.calls['getFulfillmentOptions'] ?? 0) + (adapter.log.calls['getFulfillmentOptionsBatch'] ?? 0);
  if (slow) {
    element.remove();
    return {
      busyMs,
      firstUpdates: first.updates,
      firstUpdateMs: first.updateMs,
      firstLongFrames: firstFrames.longFrames,
      stockCalls,
    };
  }

  const edit: number[] = [];
  const add: number[] = [];
  const remove: number[] = [];
  const editUpdateMs: number[] = [];
  let editLongFrames = 0;
  for (let i = 0; i < SAMPLES; i++) {
    // Edit one quantity (a different line each time).
    const id = LINES[100 + i * 150]!.id;
    const field = deep<HTMLInputElement>(`[data-path="lines.${id}.quantity"]`, element.shadowRoot!);
    const quantity = 4 + i;
    let timing = timeUpdates(element);
    let watch = longFrames();
    let t = now();
    field.value = String(quantity);
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await until(() => element.lines.find((line) => line.id === id)?.quantity === quantity, 'the edit');
    await settled(element);
    edit.push((await afterPaint()) - t);
    editUpdateMs.push(timing.stop().updateMs);
    editLongFrames += watch.stop().longFrames;
    await quiet(calls, 30);

    // Add one line (the host sets the lines with one more).
    timing = timeUpdates(element);
    watch = longFrames();
    t = now();
    element.lines = [...element.lines, makeLine(LINE_COUNT + i)];
    await until(() => rows() === LINE_COUNT + 1, 'the added line');
    await settled(element);
    add.push((await afterPaint()) - t);
    timing.stop();
    editLongFrames += watch.stop().longFrames;
    await quiet(calls, 30);

    // Remove one line with its Remove button.
    const button = deepAll<HTMLButtonElement>(`#remove-line-${LINE_COUNT + i}`, element.shadowRoot!)[0]!;
    watch = longFrames();
    t = now();
    button.click();
    await until(() => rows() === LINE_COUNT, 'the removal');
    await settled(element);
    remove.push((await afterPaint()) - t);
    editLongFrames += watch.stop().longFrames;
    await quiet(calls, 30);
  }
  element.remove();
  return {
    firstPaintMs,
    busyMs,
    firstUpdates: first.updates,
    firstUpdateMs: first.updateMs,
    firstLongFrames: firstFrames.longFrames,
    longestFrameMs: firstFrames.longestFrameMs,
    stockCalls,
    editMs: median(edit),
    editUpdateMs: median(editUpdateMs),
    addMs: median(add),
    removeMs: median(remove),
    editLongFrames,
  };
}

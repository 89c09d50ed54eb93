/**
 * The fault matrix's steps in `<line-item-editor>`: the product search, loading a configurable
 * product's options, resolving the options chosen in "Configure Product" to a variant, and loading
 * the fulfillment options (stock per location) of the item being added. The editor is rendered as a
 * host renders it alone (the adapter, the US Store, lines of its own, whose stock is looked up
 * before the fault), and driven as an agent: typing in "Name", choosing a suggestion, choosing options.
 */
import { waitUntil } from '@open-wc/testing';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import { $, $$, control, press, setValue, text } from '../../support/dom.js';
import { buildDraft, PRODUCTS, VARIANTS } from '../../support/fixtures.js';
import { configure, configureDialog, options, renderEditor } from '../../support/harness/line-item-editor.js';
import { failureIn, type MatrixEnv, type MatrixStep, type StepContext } from './matrix.js';

const WAIT = { timeout: 8000 };

/** A step's context: the editor, and the variant code "Configure Product" must resolve to. */
interface ItemsContext extends StepContext {
  root: LineItemEditor;
  code?: string;
}

const editorOf = (context: StepContext) => context.root as LineItemEditor;

/** The product search input ("Name"). */
const nameInput = (el: LineItemEditor) => $<HTMLInputElement>(el, '#search')!;

/** Types `query` into "Name" (as typing ends: the value, then an `input` event), focus in it. */
function typeName(el: LineItemEditor, query: string): void {
  const input = nameInput(el);
  input.focus();
  setValue(input, query);
}

/** The editor with the host's lines (two Canvas Tote Bags shipped), their stock known. */
async function editorWithLines(env: MatrixEnv): Promise<ItemsContext> {
  const { lines } = buildDraft(env.backend, { lines: [{ productId: PRODUCTS.canvasTote.id, quantity: 2 }] });
  const el = await renderEditor(env.adapter(), { lines });
  await el.stockComplete;
  return { root: el, state: () => el.lines };
}

/** The suggestion whose text starts with `name`, once the search for `query` shows it. */
async function suggestion(el: LineItemEditor, query: string, name: string): Promise<HTMLElement> {
  typeName(el, query);
  const find = () => options(el).find((option) => text(option).startsWith(name));
  await waitUntil(find, `"${name}" was not suggested for "${query}"`, WAIT);
  return find()!;
}

/** The add row's error (its role=alert with text), once shown. */
const addRowFailure = (context: StepContext) => failureIn(context.root, '[part~="add-row"] [role="alert"]');

/** Presses the Retry of the add row's error. */
async function retryAddRow(context: StepContext): Promise<void> {
  const retry = $$<HTMLButtonElement>(context.root, '[part~="add-row"] [role="alert"] button').find(
    (button) => text(button) === 'Retry',
  );
  if (!retry) throw new Error('the add row offers no Retry');
  press(retry);
}

/** What the product search's live region says once the search has settled. */
async function searchStatus(el: LineItemEditor): Promise<string> {
  const read = () => text($(el, '.combo [role="status"]'));
  await waitUntil(() => read() && !/Searching/.test(read()), `the search did not settle (status: "${read()}")`, WAIT);
  return read();
}

/** The "Configure Product" dialog's status: the variant resolved, "Checking…", or why not. */
const configureStatus = (el: LineItemEditor) => $(el, 'dialog[open] [role="status"]');

/** Chooses `value` for the option `name` in the open "Configure Product" dialog. */
async function choose(el: LineItemEditor, name: string, value: string): Promise<void> {
  await configure(el, { [name]: value });
}

export function itemSteps(env: MatrixEnv): MatrixStep[] {
  return [
    {
      call: 'product search',
      operationId: 'searchProducts',
      fieldPath: 'q',
      names: /products?/i,
      setup: () => editorWithLines(env),
      act: async (context) => typeName(editorOf(context), 'Canvas Tote'),
      message: (context) => searchStatus(editorOf(context)),
      // No Retry is offered: the agent types the query again.
      retry: async (context) => typeName(editorOf(context), 'Canvas Tote'),
      async succeeded(context) {
        const el = editorOf(context);
        await waitUntil(
          () => options(el).some((option) => text(option).startsWith(PRODUCTS.canvasTote.name)),
          `the Canvas Tote Bag was not suggested (status: "${text($(el, '.combo [role="status"]'))}")`,
          WAIT,
        );
      },
    },
    {
      call: 'product',
      operationId: 'getProduct',
      fieldPath: 'productId',
      names: /product/i,
      async setup() {
        const context = await editorWithLines(env);
        const option = await suggestion(editorOf(context), 'Trail Runner', PRODUCTS.trailRunner.name);
        return { ...context, option } as StepContext;
      },
      // Choosing a configurable product loads its options and variants.
      act: async (context) => (context as StepContext & { option: HTMLElement }).option.click(),
      message: addRowFailure,
      retry: retryAddRow,
      async succeeded(context) {
        const dialog = await configureDialog(context.root);
        if (!text(dialog).includes('Configure Product')) throw new Error('another dialog opened');
      },
    },
    {
      call: 'configure',
      operationId: 'configureProduct',
      fieldPath: 'options.Color',
      names: /options|configuration/i,
      async setup() {
        const context = await editorWithLines(env);
        const el = editorOf(context);
        (await suggestion(el, 'Trail Runner', PRODUCTS.trailRunner.name)).click();
        await configureDialog(el);
        await choose(el, 'Size', VARIANTS.trailRunner9Blue.options.Size);
        return { ...context, code: VARIANTS.trailRunner9Blue.code };
      },
      // The last option chosen: the choice resolves through the adapter to its variant.
      act: (context) => choose(editorOf(context), 'Color', VARIANTS.trailRunner9Blue.options.Color),
      message: (context) => failureIn(context.root, 'dialog[open] [role="status"] .error'),
      async retry(context) {
        const el = editorOf(context);
        const retry = $$<HTMLButtonElement>(el, 'dialog[open] [role="status"] button').find(
          (button) => text(button) === 'Retry',
        );
        if (retry) press(retry);
        else if (text(configureStatus(el)).startsWith('No variant has these options.')) {
          // No such combination (the 404): nothing to retry; the agent chooses another colour.
          await choose(el, 'Color', VARIANTS.trailRunner10Black.options.Color);
          (context as ItemsContext).code = 'TRS-100-09-BLA';
        } else throw new Error('"Configure Product" offers no Retry');
      },
      async succeeded(context) {
        const el = editorOf(context);
        const { code } = context as ItemsContext;
        await waitUntil(
          () => text(configureStatus(el)).startsWith(`${code} ·`) && text(configureStatus(el)).endsWith('In stock'),
          `${code} did not resolve in stock (status: "${text(configureStatus(el))}")`,
          WAIT,
        );
      },
    },
    {
      call: 'stock and locations',
      operationId: 'getFulfillmentOptions',
      fieldPath: 'productId',
      names: /fulfillment/i,
      async setup() {
        const context = await editorWithLines(env);
        const option = await suggestion(editorOf(context), 'Water Bottle', PRODUCTS.waterBottle.name);
        return { ...context, option } as StepContext;
      },
      // Choosing a product that needs no options loads its fulfillment options with their stock.
      act: async (context) => (context as StepContext & { option: HTMLElement }).option.click(),
      message: addRowFailure,
      retry: retryAddRow,
      async succeeded(context) {
        const el = editorOf(context);
        await waitUntil(
          () => control(el, 'Pickup: Downtown Store'),
          `the fulfillment options did not show (shown: "${text($(el, '[part~="add-row"]'))}")`,
          WAIT,
        );
      },
    },
  ];
}

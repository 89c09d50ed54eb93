import { expect, fixture, html } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { LineItemsChangeEvent } from '../../../src/events/line-items-change.js';
import { addLine, createDraft } from '../../../src/model/draft.js';
import type { DraftLine } from '../../../src/model/types.js';
import { LOCATIONS, pickupAt, PRODUCTS, SHIP, SITES, VARIANTS } from '../../support/fixtures.js';
import { discardDialog, expectCloseButton } from '../../support/discard.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, button, control, describeElement, focusName, text, typeInto } from '../../support/dom.js';
import {
  cells,
  configure,
  configureDialog,
  fulfillment,
  fulfillmentNote,
  options,
  pickProduct,
  renderEditor,
  searchProducts,
  tableRows,
} from '../../support/harness/line-item-editor.js';
import { nextEvent, until } from '../../support/wait.js';

/** Lines as a host would set them: a tote shipped and a 9 Blue shoe picked up downtown. */
function someLines(): DraftLine[] {
  let d = createDraft({ site: SITES.us });
  d = addLine(d, {
    id: 'tote',
    productId: PRODUCTS.canvasTote.id,
    productName: PRODUCTS.canvasTote.name,
    code: PRODUCTS.canvasTote.code,
    quantity: 2,
    fulfillment: SHIP,
    unitPrice: { amount: PRODUCTS.canvasTote.usd, currency: 'USD' },
  });
  d = addLine(d, {
    id: 'shoe',
    productId: PRODUCTS.trailRunner.id,
    variantId: VARIANTS.trailRunner9Blue.id,
    productName: PRODUCTS.trailRunner.name,
    code: VARIANTS.trailRunner9Blue.code,
    options: [
      { name: 'Size', value: '9' },
      { name: 'Color', value: 'Blue' },
    ],
    fulfillment: pickupAt(LOCATIONS.downtown),
    unitPrice: { amount: PRODUCTS.trailRunner.usd, currency: 'USD' },
  });
  return d.lines;
}

function recordChanges(el: LineItemEditor): LineItemsChangeEvent[] {
  const events: LineItemsChangeEvent[] = [];
  el.addEventListener('line-items-change', (e) => events.push(e));
  return events;
}

/** Picks the 9 Blue Trail Runner and saves the configuration. */
async function configureNineBlue(el: LineItemEditor): Promise<void> {
  await pickProduct(el, PRODUCTS.trailRunner.name);
  const dialog = await configure(el, VARIANTS.trailRunner9Blue.options);
  await until(() => text(dialog).includes('In stock'), 'the variant did not resolve');
  button(dialog, 'Save')!.click();
  await el.updateComplete;
}

describe('<line-item-editor>', () => {
  const mock = useMockBackend();

  afterEach(() => resetMouse());

  describe('product search', () => {
    it('searches under "Name" and lists each product with its code, price and thumbnail', async () => {
      const el = await renderEditor(mock.adapter);
      expect(control(el, 'Name')?.getAttribute('role')).to.equal('combobox');
      const found = await searchProducts(el, 'Canvas');
      const tote = found.find((o) => text(o).includes('Canvas Tote Bag'))!;
      expect(text(tote)).to.include('CTB-200').and.include('$24.99');
      expect(tote.querySelector('mark')?.textContent).to.equal('Canvas');
      expect(tote.querySelector('img')?.getAttribute('src')).to.match(/^data:image\//);
      expect(control(el, 'Name')?.getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('shows the price list price with the list price when the order has a price list', async () => {
      const el = await renderEditor(mock.adapter, { priceListId: 'vip' });
      const found = await searchProducts(el, 'Canvas Tote');
      const tote = found.find((o) => text(o).includes('Canvas Tote Bag'))!;
      expect(text(tote)).to.include('$22.49');
      expect(tote.querySelector('s')?.textContent).to.equal('$24.99');
      expect(mock.backend.requestsFor('searchProducts')[0]?.url).to.include('priceListId=vip');
    });

    it('shows no image for a URL that is not https: or data:image', async () => {
      mock.worker.use(
        http.get(`${mock.baseUrl}/sites/us/products`, () =>
          HttpResponse.json({
            items: [
              {
                id: 'x',
                code: 'X-1',
                name: 'Sketchy Hat',
                type: 'simple',
                price: { amount: 100, currency: 'USD' },
                imageUrl: 'javascript:alert(1)',
              },
              {
                id: 'y',
                code: 'Y-1',
                name: 'Plain Hat',
                type: 'simple',
                price: { amount: 100, currency: 'USD' },
                imageUrl: 'http://example.com/a.png',
              },
            ],
          }),
        ),
      );
      const el = await renderEditor(mock.adapter);
      const found = await searchProducts(el, 'Hat');
      expect(found).to.have.length(2);
      expect($$(el, '[role="option"] img')).to.have.length(0);
    });

    it('announces that nothing matches', async () => {
      const el = await renderEditor(mock.adapter);
      $<HTMLInputElement>(el, '[role="combobox"]')!.focus();
      await sendKeys({ type: 'zzzzqq' });
      const status = await until(
        () => $$(el, '[role="status"]').find((s) => text(s) === 'No products match.'),
        'no empty state',
      );
      expect(status.hidden).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('keeps its live region in the page before it has anything to say, so that what it says is heard', async () => {
      const el = await renderEditor(mock.adapter);
      const region = $(el, '.combo [role="status"]')!;
      expect(region.hidden).to.equal(false);
      expect(text(region)).to.equal('');
      await expect(el).to.be.accessible();
      $<HTMLInputElement>(el, '[role="combobox"]')!.focus();
      await sendKeys({ type: 'C' });
      await el.updateComplete;
      // The same node, never hidden: its text changes.
      expect($(el, '.combo [role="status"]')).to.equal(region);
      expect(text(region)).to.equal('Type at least 2 characters.');
      expect(region.checkVisibility()).to.equal(true);
      await sendKeys({ type: 'anvas' });
      await until(() => options(el).length > 0, 'no suggestions');
      expect($(el, '.combo [role="status"]')).to.equal(region);
      expect(text(region)).to.match(/^\d+ products? found\.$/);
    });

    it('does not let the previous query’s products be seen or chosen while a new one loads', async () => {
      const el = await renderEditor(mock.adapter);
      const input = control(el, 'Name')!;
      await searchProducts(el, 'Canvas');
      const release = mock.scenario.holdNext('searchProducts');
      const before = mock.backend.requestsFor('searchProducts').length;
      // The agent types on: "Canvas" → "Canvas Tote", each keystroke a new query.
      await sendKeys({ press: 'End' });
      await sendKeys({ type: ' Tote' });
      await el.updateComplete;
      // At once, and for as long as the new answer is on its way: nothing from "Canvas".
      expect(options(el)).to.deep.equal([]);
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(text($(el, '.combo [role="status"]'))).to.equal('Searching products…');
      await until(() => mock.backend.requestsFor('searchProducts').length > before, 'the new search was not sent');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '[part="add-row"]'), 'a product was chosen').to.equal(null);
      expect(options(el)).to.deep.equal([]);
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      await expect(el).to.be.accessible();

      release();
      await until(() => options(el).length > 0, 'no suggestions for the new query');
      expect(mock.backend.requestsFor('searchProducts').at(-1)!.url).to.include('q=Canvas+Tote');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await until(() => $(el, '[part="add-row"]'), 'the product was not chosen');
      expect(text($(el, '[part="add-row"]'))).to.include('Canvas Tote Bag');
    });

    it('says what failed when the search fails', async () => {
      mock.scenario.failNext('searchProducts', 400);
      const el = await renderEditor(mock.adapter);
      $<HTMLInputElement>(el, '[role="combobox"]')!.focus();
      await sendKeys({ type: 'Canvas' });
      await until(
        () => $$(el, '[role="status"]').find((s) => text(s) !== '' && !/Searching/.test(text(s))),
        'no error shown',
      );
      expect(options(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('Configure Product', () => {
    it('opens for a configurable product, marks required options and resolves the variant with its code and price', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.trailRunner.name);
      const dialog = await configureDialog(el);
      expect(text(dialog.querySelector('h2'))).to.equal('Configure Product');
      expect(text(dialog.querySelector('label[for="option-0"]'))).to.equal('Size (required)');
      expect(text(dialog.querySelector('label[for="option-1"]'))).to.equal('Color (required)');
      expect(button(dialog, 'Save')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();

      await configure(el, VARIANTS.trailRunner9Blue.options);
      await until(() => text(dialog).includes('TRS-100-09-BLU'), 'no variant');
      expect(text(dialog.querySelector('[role="status"]'))).to.equal('TRS-100-09-BLU · $89.99 · In stock');
      const request = mock.backend.requestsFor('configureProduct');
      expect(request).to.have.length(1);
      await expect(el).to.be.accessible();

      button(dialog, 'Save')!.click();
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      const row = $(el, '[part="add-row"]')!;
      expect(text(row)).to.include('TRS-100-09-BLU').and.include('Size: 9, Color: Blue').and.include('$89.99');
      expect(focusName()).to.equal('button#change "Change options"');
    });

    it('marks values that lead only to out-of-stock or missing combinations, and refuses to save them', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.trailRunner.name);
      const dialog = await configure(el, { Color: 'Red' });
      const twelve = [...control<HTMLSelectElement>(dialog, /^Size/)!.options].find((o) => o.value === '12')!;
      expect(text(twelve)).to.equal('12 (out of stock)');
      await configure(el, { Size: '12' });
      await until(() => text(dialog).includes('Out of stock'), 'no out-of-stock variant');
      expect(button(dialog, 'Save')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('marks a combination that does not exist as not available, and says so when it is chosen', async () => {
      // A generated garment that does not come in XL in one of its colours (mocks/README.md).
      const all = (options: { values: string[] }[]) => options.reduce((n, o) => n * o.values.length, 1);
      const garment = mock.backend.seed.products.find(
        (p) => p.type === 'configurable' && p.variants.length < all(p.options),
      )!;
      const color = garment.options
        .find((o) => o.name === 'Color')!
        .values.find((c) => !garment.variants.some((v) => v.options['Size'] === 'XL' && v.options['Color'] === c))!;
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, garment.name);
      const dialog = await configure(el, { Color: color });
      const sizes = [...control<HTMLSelectElement>(dialog, /^Size/)!.options].slice(1).map((o) => text(o));
      expect(sizes.map((s) => s.replace(' (out of stock)', ''))).to.deep.equal(['S', 'M', 'L', 'XL (not available)']);
      await expect(el).to.be.accessible();

      await configure(el, { Size: 'XL' });
      await until(
        () => text(dialog.querySelector('[role="status"]')).includes('does not come in'),
        'the missing combination was not refused',
      );
      expect(text(dialog.querySelector('[role="status"]'))).to.equal(
        `${garment.name} does not come in Color ${color}, Size XL.`,
      );
      expect(button(dialog, 'Save')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });

    // Issue 9 item 7 changed this: Cancel with an option chosen asks "Discard changes?" first.
    it('Cancel with an option chosen asks "Discard changes?"; Discard drops the choice and returns to the search', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.trailRunner.name);
      const dialog = await configure(el, { Size: '9' });
      button(dialog, 'Cancel')!.click();
      const ask = await discardDialog(el);
      button(ask, 'Discard')!.click();
      await until(
        () => !dialog.open && $(el, '[part="add-row"]') === null,
        'Discard did not close Configure Product and drop the item',
      );
      expect(ask.open).to.equal(false);
      expect(focusName()).to.equal(describeElement($(el, '[role="combobox"]')));
    });

    it('Escape with an option chosen asks "Discard changes?"; "Keep editing" returns to the option', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.trailRunner.name);
      const dialog = await configure(el, { Size: '9' });
      const size = control<HTMLSelectElement>(dialog, /^Size/)!;
      size.focus();
      await sendKeys({ press: 'Escape' });
      const ask = await discardDialog(el);
      expect(dialog.open).to.equal(true);
      expect(focusName()).to.equal(describeElement(button(ask, 'Keep editing')));
      await expect(el).to.be.accessible();
      button(ask, 'Keep editing')!.click();
      await el.updateComplete;
      expect(ask.open).to.equal(false);
      expect(dialog.open).to.equal(true);
      expect(size.value).to.equal('9');
      expect(focusName()).to.equal(describeElement(size));
    });

    it('Cancel and Escape without a change close at once', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.trailRunner.name);
      let dialog = await configureDialog(el);
      button(dialog, 'Cancel')!.click();
      await until(() => !dialog.open, 'Cancel did not close Configure Product');
      expect($(el, '[role="alertdialog"]') === null, 'it asked').to.equal(true);

      await pickProduct(el, PRODUCTS.trailRunner.name);
      dialog = await configureDialog(el);
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog.open, 'Escape did not close Configure Product');
      expect($(el, '[role="alertdialog"]') === null, 'it asked').to.equal(true);
      expect(focusName()).to.equal(describeElement($(el, '[role="combobox"]')));
    });

    it('"Close" (the word shown beside its ×) closes at once without a change, and asks with one', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.trailRunner.name);
      let dialog = await configureDialog(el);
      const close = () => $<HTMLButtonElement>(dialog, '[part~="close-button"]')!;
      expectCloseButton(dialog);
      await expect(el).to.be.accessible();
      close().click();
      await until(() => !dialog.open, '"Close" did not close Configure Product');
      expect($(el, '[role="alertdialog"]') === null, 'it asked').to.equal(true);

      await pickProduct(el, PRODUCTS.trailRunner.name);
      dialog = await configure(el, { Color: 'Blue' });
      close().click();
      await discardDialog(el);
      expect(dialog.open).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('fulfillment', () => {
    it('lists Direct Ship, each store for pickup and Delivery, with the inventory of each', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      const labels = [
        'Direct Ship',
        'Pickup: Downtown Store',
        'Pickup: Airport Kiosk',
        'Pickup: Uptown Store',
        'Delivery: Uptown Store',
      ];
      const notes = [];
      for (const label of labels) notes.push(fulfillmentNote(await fulfillment(el, label)));
      expect(notes).to.deep.equal(['240 available', '18 available', '6 available', '12 available', '12 available']);
      expect(text($(el, 'fieldset legend'))).to.equal('Fulfillment');
      await expect(el).to.be.accessible();
    });

    it('disables the options an item cannot use, with the reason', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.waterBottle.name);
      const ship = await fulfillment(el, 'Direct Ship');
      expect(ship.disabled).to.equal(true);
      expect(fulfillmentNote(ship)).to.equal('Out of stock at the warehouse, and none expected.');
      expect((await fulfillment(el, 'Pickup: Downtown Store')).disabled).to.equal(false);
      await expect(el).to.be.accessible();
    });

    // Issue 9 item 17: the Gift Card used to list every option disabled, each with its reason, beside an enabled "Add".
    it('says once that no option can fulfil the Gift Card, and disables Add with that reason', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.giftCard.name);
      const message = 'Gift Card cannot be fulfilled here: no fulfillment option is available.';
      const add = await until(() => button(el, 'Add'), 'no Add');
      expect(
        $$(el, '[part="add-row"] *').filter((n) => n.children.length === 0 && text(n) === message).length,
      ).to.equal(1);
      expect(text($(el, '[part="add-row"]')).split(message)).to.have.length(2);
      expect($$(el, 'input[type="radio"]').length).to.equal(0);
      expect(add.getAttribute('aria-disabled')).to.equal('true');
      expect(text($(el, `#${add.getAttribute('aria-describedby')}`))).to.equal(message);
      await expect(el).to.be.accessible();

      const events = recordChanges(el);
      add.click();
      await el.updateComplete;
      expect(events.length).to.equal(0);
      expect(text($(el, '[part="add-row"]'))).not.to.contain('Choose how this item is fulfilled.');
    });

    it('underlines stock that includes expected units and shows the breakdown on hover', async () => {
      const el = await renderEditor(mock.adapter);
      await configureNineBlue(el);
      const ship = await fulfillment(el, 'Direct Ship');
      expect(fulfillmentNote(ship)).to.equal('0 available + 7 expected');
      expect(fulfillmentNote(await fulfillment(el, 'Pickup: Downtown Store'))).to.equal('3 available');
      const future = $<HTMLElement>(el, '.future')!;
      expect(getComputedStyle(future).textDecorationLine).to.equal('underline');
      const tooltip = $(el, `#${future.getAttribute('aria-describedby')}`)!;
      expect(tooltip.getAttribute('role')).to.equal('tooltip');
      expect(tooltip.checkVisibility()).to.equal(false);

      const box = future.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 4), Math.round(box.top + box.height / 2)] });
      await until(() => tooltip.checkVisibility(), 'the breakdown did not show on hover');
      const [first, second] = mock.backend
        .getFulfillmentOptions('us', PRODUCTS.trailRunner.id, VARIANTS.trailRunner9Blue.id)[0]!
        .inventory.future.map((f) =>
          new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(f.expectedDate)),
        );
      expect(tooltip.innerText.split('\n')).to.deep.equal([
        '0 available now',
        `2 expected ${first}`,
        `5 expected ${second}`,
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows the breakdown on keyboard focus, and Escape hides it', async () => {
      const el = await renderEditor(mock.adapter);
      await configureNineBlue(el);
      const ship = await fulfillment(el, 'Direct Ship');
      ship.focus();
      await sendKeys({ press: 'Tab' });
      const future = $<HTMLElement>(el, '.future')!;
      expect(focusName()).to.equal(describeElement(future));
      const tooltip = $(el, '[role="tooltip"]')!;
      expect(tooltip.checkVisibility()).to.equal(true);
      await sendKeys({ press: 'Escape' });
      expect(tooltip.checkVisibility()).to.equal(false);
      expect(focusName()).to.equal(describeElement(future));
    });
  });

  describe('quantity', () => {
    it('names the count on hand when some is, and the rest comes from expected stock', async () => {
      // The fixture ships Size 9 Blue from expected stock only: give Direct Ship 2 on hand as well.
      const adapter: OrderAdapter = {
        ...mock.adapter,
        getFulfillmentOptions: async (request, init) =>
          (await mock.adapter.getFulfillmentOptions(request, init)).map((o) =>
            o.id === 'ship' ? { ...o, inventory: { ...o.inventory, current: 2 } } : o,
          ),
      };
      const el = await renderEditor(adapter);
      await configureNineBlue(el);
      (await fulfillment(el, 'Direct Ship')).click();
      const quantity = await typeInto(el, 'Quantity', '5');
      expect(text($(el, '#quantity-note'))).to.equal('Only 2 available now; the rest comes from expected stock.');
      expect(quantity.getAttribute('aria-invalid')).to.equal('false');
    });

    it('warns when more than is on hand, naming the count, and still adds when expected stock covers it', async () => {
      const el = await renderEditor(mock.adapter);
      await configureNineBlue(el);
      (await fulfillment(el, 'Direct Ship')).click();
      const quantity = await typeInto(el, 'Quantity', '5');
      expect(text($(el, '#quantity-note'))).to.equal('None available now: it comes from expected stock.');
      expect(quantity.getAttribute('aria-invalid')).to.equal('false');
      await expect(el).to.be.accessible();
      const changed = nextEvent(el, 'line-items-change');
      button(el, 'Add')!.click();
      expect((await changed).lines.map((l) => l.quantity)).to.deep.equal([5]);
    });

    it('blocks more than is on hand and expected together, with the reason', async () => {
      const el = await renderEditor(mock.adapter);
      await configureNineBlue(el);
      (await fulfillment(el, 'Direct Ship')).click();
      const quantity = await typeInto(el, 'Quantity', '8');
      expect(text($(el, '#quantity-note'))).to.equal('Only 7 can be ordered: 0 available now and 7 expected.');
      expect(quantity.getAttribute('aria-invalid')).to.equal('true');
      const events = recordChanges(el);
      button(el, 'Add')!.click();
      await el.updateComplete;
      expect(events).to.have.length(0);
      expect(focusName()).to.equal(describeElement(quantity));
      await expect(el).to.be.accessible();
    });

    it('refuses a quantity that is not a whole number of at least 1', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      (await fulfillment(el, 'Direct Ship')).click();
      const quantity = control(el, 'Quantity')!;
      quantity.value = '0';
      quantity.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(text($(el, '#quantity-note'))).to.equal('Enter a whole number of at least 1.');
      const events = recordChanges(el);
      button(el, 'Add')!.click();
      expect(events).to.have.length(0);
    });
  });

  describe('quantity of lines already in the order', () => {
    /** A line's quantity note (under its quantity field). */
    const note = (el: LineItemEditor, id: string) => $(el, `#note-${id}`)!;
    const quantityOf = (el: LineItemEditor, id: string) =>
      $<HTMLInputElement>(el, `[data-path="lines.${id}.quantity"]`)!;
    const withQuantity = (lines: DraftLine[], id: string, quantity: number) =>
      lines.map((l) => (l.id === id ? { ...l, quantity } : l));

    it('looks up the stock of lines it was given, once, and refuses a quantity beyond it', async () => {
      // 5 shoes to pick up downtown, where there are 3 and none expected (a restored draft, say).
      const el = await renderEditor(mock.adapter, { lines: withQuantity(someLines(), 'shoe', 5) });
      await until(() => text(note(el, 'shoe')), 'the quantity was not checked');
      expect(text(note(el, 'shoe'))).to.equal('Only 3 can be ordered: 3 available now and 0 expected.');
      expect(note(el, 'shoe').className).to.equal('error');
      expect(quantityOf(el, 'shoe').getAttribute('aria-invalid')).to.equal('true');
      expect(text(note(el, 'tote'))).to.equal('');
      expect(quantityOf(el, 'tote').getAttribute('aria-invalid')).to.equal('false');
      expect(el.quantityProblems()).to.deep.equal([
        {
          path: 'lines.shoe.quantity',
          code: 'insufficient-stock',
          message: 'Only 3 can be ordered: 3 available now and 0 expected.',
        },
      ]);
      await expect(el).to.be.accessible();
      const lookups = () => mock.backend.requestsFor('getFulfillmentOptions').map((r) => r.url);
      const looked = lookups();
      expect(
        looked.filter((u) => u.includes('/products/trail-runner/') && u.includes('variantId=trail-runner-9-blue')),
      ).to.have.length(1);
      expect(looked.filter((u) => u.includes('/products/canvas-tote/'))).to.have.length(1);

      // Still too many: refused, and (issue 9 item 12) what was typed stays in the field.
      const events = recordChanges(el);
      const quantity = quantityOf(el, 'shoe');
      quantity.value = '4';
      quantity.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(events).to.have.length(0);
      expect(quantity.value).to.equal('4');
      expect(text(note(el, 'shoe'))).to.equal('Only 3 can be ordered: 3 available now and 0 expected.');

      // What the store has: taken, and the mark goes.
      const changed = nextEvent(el, 'line-items-change');
      quantity.value = '3';
      quantity.dispatchEvent(new Event('change'));
      expect((await changed).lines.map((l) => l.quantity)).to.deep.equal([2, 3]);
      await el.updateComplete;
      expect(text(note(el, 'shoe'))).to.equal('');
      expect(quantity.getAttribute('aria-invalid')).to.equal('false');
      expect(el.quantityProblems()).to.deep.equal([]);
      // Looked up once: edits and renders do not ask again.
      expect(lookups()).to.deep.equal(looked);
    });

    it('refuses a fulfillment whose stock cannot cover the quantity, with the reason, and keeps the line as it was', async () => {
      // 10 totes shipped; the Airport Kiosk has 6.
      const el = await renderEditor(mock.adapter, { lines: withQuantity(someLines(), 'tote', 10) });
      $<HTMLButtonElement>(el, '[data-path="lines.tote.fulfillment"]')!.click();
      const airport = await fulfillment(el, 'Pickup: Airport Kiosk');
      const events = recordChanges(el);
      airport.click();
      await el.updateComplete;
      expect(events).to.have.length(0);
      const alert = $(el, 'td fieldset [role="alert"]')!;
      expect(text(alert)).to.equal('Only 6 can be ordered: 6 available now and 0 expected.');
      expect(airport.checked).to.equal(false);
      expect(control(el, 'Direct Ship')!.checked).to.equal(true);
      expect(el.lines[0]!.fulfillment).to.deep.equal(SHIP);
      await expect(el).to.be.accessible();

      // The Downtown Store has 18: taken.
      const changed = nextEvent(el, 'line-items-change');
      control(el, 'Pickup: Downtown Store')!.click();
      expect((await changed).lines[0]!.fulfillment).to.deep.equal(pickupAt(LOCATIONS.downtown));
      await el.updateComplete;
      expect(text(note(el, 'tote'))).to.equal('');
    });

    it('warns when a new fulfillment has fewer on hand than the quantity but expected stock covers it', async () => {
      // 2 shoes downtown (3 there) move to Direct Ship: 0 on hand, 7 expected.
      const el = await renderEditor(mock.adapter, { lines: withQuantity(someLines(), 'shoe', 2) });
      $<HTMLButtonElement>(el, '[data-path="lines.shoe.fulfillment"]')!.click();
      const changed = nextEvent(el, 'line-items-change');
      (await fulfillment(el, 'Direct Ship')).click();
      expect((await changed).lines[1]!.fulfillment).to.deep.equal(SHIP);
      await el.updateComplete;
      expect(text(note(el, 'shoe'))).to.equal('None available now: it comes from expected stock.');
      expect(note(el, 'shoe').className).to.equal('warning');
      expect(quantityOf(el, 'shoe').getAttribute('aria-invalid')).to.equal('false');
      await expect(el).to.be.accessible();

      // Beyond what is expected too: the quantity is refused there (it stays in the field, the line keeps 2).
      const quantity = quantityOf(el, 'shoe');
      quantity.value = '8';
      quantity.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(quantity.value).to.equal('8');
      expect(el.lines[1]!.quantity).to.equal(2);
      expect(text(note(el, 'shoe'))).to.equal('Only 7 can be ordered: 0 available now and 7 expected.');
    });
  });

  describe('typing a line’s quantity', () => {
    const note = (el: LineItemEditor, id: string) => $(el, `#note-${id}`)!;
    const quantityOf = (el: LineItemEditor, id: string) =>
      $<HTMLInputElement>(el, `[data-path="lines.${id}.quantity"]`)!;

    /** Types into a line's quantity field with the keyboard, replacing what is there; then Enter, unless told not to. */
    async function typeQuantity(el: LineItemEditor, id: string, value: string, enter = true): Promise<void> {
      const input = quantityOf(el, id);
      input.focus();
      input.select();
      await sendKeys({ type: value });
      await el.updateComplete;
      if (!enter) return;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }

    // Issue 9 item 12 (review): typed key by key, as an agent does, nothing is taken before the
    // quantity is entered. This test expected the draft to take 1 on the way to "1.5"; it keeps 2.
    for (const typed of ['0', '-2', '1.5']) {
      it(`keeps ${typed} in the field, marked invalid with the reason, and the last valid quantity in the draft`, async () => {
        const el = await renderEditor(mock.adapter, { lines: someLines() });
        const events = recordChanges(el);
        await typeQuantity(el, 'tote', typed, false);
        expect(el.lines[0]!.quantity).to.equal(2);
        quantityOf(el, 'tote').dispatchEvent(new Event('change'));
        await el.updateComplete;
        const input = quantityOf(el, 'tote');
        expect(input.value).to.equal(typed);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.equal('note-tote');
        expect(text(note(el, 'tote'))).to.equal('Enter a whole number of at least 1.');
        expect(note(el, 'tote').className).to.equal('error');
        expect(el.lines[0]!.quantity).to.equal(2);
        expect(events).to.deep.equal([]);
        expect(el.quantityProblems()).to.deep.equal([
          { path: 'lines.tote.quantity', code: 'invalid-quantity', message: 'Enter a whole number of at least 1.' },
        ]);
        await expect(el).to.be.accessible();

        // A valid value clears the message as soon as it is typed, and goes to the draft when entered.
        await typeQuantity(el, 'tote', '3', false);
        expect(quantityOf(el, 'tote').getAttribute('aria-invalid')).to.equal('false');
        expect(text(note(el, 'tote'))).to.equal('');
        expect(events).to.deep.equal([]);
        const changed = nextEvent(el, 'line-items-change');
        await sendKeys({ press: 'Enter' });
        expect((await changed).lines.map((l) => l.quantity)).to.deep.equal([3, 1]);
        await el.updateComplete;
        expect(quantityOf(el, 'tote').value).to.equal('3');
        expect(quantityOf(el, 'tote').getAttribute('aria-invalid')).to.equal('false');
        expect(text(note(el, 'tote'))).to.equal('');
        expect(el.lines[0]!.quantity).to.equal(3);
        expect(el.quantityProblems()).to.deep.equal([]);
      });
    }

    // Review of issue 9, item 12: in a reopened Order Details, a quantity entered while the stock
    // was still being looked up went into the draft (and the totals: $24,990.00) and stayed there
    // once the stock refused it ("Only 240 can be ordered").
    it('gives the draft back its last valid quantity when the stock that comes refuses one entered before it, the typed one staying in the field', async () => {
      const release = mock.scenario.holdNext('getFulfillmentOptions');
      const el = await renderEditor(mock.adapter, { lines: someLines().filter((l) => l.id === 'tote') });
      const events = recordChanges(el);
      // Without the stock, only the whole-number rule applies: taken (the totals follow).
      await typeQuantity(el, 'tote', '1000');
      await typeQuantity(el, 'tote', '300');
      expect(events.map((e) => e.lines[0]!.quantity)).to.deep.equal([1000, 300]);
      expect(quantityOf(el, 'tote').getAttribute('aria-invalid')).to.equal('false');

      const back = nextEvent(el, 'line-items-change');
      release();
      expect((await back).lines.map((l) => l.quantity)).to.deep.equal([2]);
      await el.updateComplete;
      const input = quantityOf(el, 'tote');
      const reason = text(note(el, 'tote'));
      expect(reason).to.match(/^Only \d+ can be ordered: \d+ available now and \d+ expected\.$/);
      expect(input.value).to.equal('300');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(note(el, 'tote').className).to.equal('error');
      expect(el.lines[0]!.quantity).to.equal(2);
      expect(el.typing).to.equal(true);
      expect(el.quantityProblems()).to.deep.equal([
        { path: 'lines.tote.quantity', code: 'invalid-quantity', message: reason },
      ]);
      await expect(el).to.be.accessible();

      // A quantity the stock allows is taken, and the mark goes.
      const taken = nextEvent(el, 'line-items-change');
      await typeQuantity(el, 'tote', '5');
      expect((await taken).lines.map((l) => l.quantity)).to.deep.equal([5]);
      await el.updateComplete;
      expect(quantityOf(el, 'tote').getAttribute('aria-invalid')).to.equal('false');
      expect(text(note(el, 'tote'))).to.equal('');
      expect(events).to.have.length(4);
    });

    it('keeps a quantity entered before the stock came when the stock allows it', async () => {
      const release = mock.scenario.holdNext('getFulfillmentOptions');
      const el = await renderEditor(mock.adapter, { lines: someLines().filter((l) => l.id === 'tote') });
      const events = recordChanges(el);
      await typeQuantity(el, 'tote', '5');
      release();
      await el.stockComplete;
      await el.updateComplete;
      expect(events.map((e) => e.lines[0]!.quantity)).to.deep.equal([5]);
      expect(el.lines[0]!.quantity).to.equal(5);
      expect(quantityOf(el, 'tote').getAttribute('aria-invalid')).to.equal('false');
      expect(el.quantityProblems()).to.deep.equal([]);
    });

    it('takes nothing on the way to "1.5" or "12": the draft changes once, when the quantity is entered', async () => {
      const el = await renderEditor(mock.adapter, { lines: someLines() });
      const events = recordChanges(el);
      await typeQuantity(el, 'tote', '1.5', false);
      expect(el.lines[0]!.quantity).to.equal(2);
      expect(text(note(el, 'tote'))).to.equal('');
      await typeQuantity(el, 'tote', '12', false);
      expect(el.lines[0]!.quantity).to.equal(2);
      expect(events).to.deep.equal([]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(events.map((e) => e.lines[0]!.quantity)).to.deep.equal([12]);
      // Leaving the field after Enter takes nothing twice.
      quantityOf(el, 'tote').blur();
      await el.updateComplete;
      expect(events).to.have.length(1);
    });

    it('keeps 8 in the field when only 7 can be ordered, and takes 7', async () => {
      // 2 shoes moved to Direct Ship: 0 on hand, 7 expected.
      const lines = someLines().map((l) => (l.id === 'shoe' ? { ...l, fulfillment: SHIP } : l));
      const el = await renderEditor(mock.adapter, { lines });
      await el.stockComplete;
      await el.updateComplete;
      const events = recordChanges(el);
      await typeQuantity(el, 'shoe', '8');
      expect(quantityOf(el, 'shoe').value).to.equal('8');
      expect(quantityOf(el, 'shoe').getAttribute('aria-invalid')).to.equal('true');
      expect(text(note(el, 'shoe'))).to.equal('Only 7 can be ordered: 0 available now and 7 expected.');
      expect(el.lines[1]!.quantity).to.equal(1);
      expect(events.length).to.equal(0);
      await expect(el).to.be.accessible();

      const changed = nextEvent(el, 'line-items-change');
      await typeQuantity(el, 'shoe', '7');
      expect((await changed).lines.map((l) => l.quantity)).to.deep.equal([2, 7]);
      await el.updateComplete;
      expect(quantityOf(el, 'shoe').getAttribute('aria-invalid')).to.equal('false');
      expect(text(note(el, 'shoe'))).to.equal('None available now: it comes from expected stock.');
      expect(note(el, 'shoe').className).to.equal('warning');
    });

    it('keeps "10" in the field when only 7 can be ordered, and the line’s previous quantity (3) in the draft', async () => {
      // 3 shoes by Direct Ship: 0 on hand, 7 expected. On the way to "10", "1" is a valid quantity: not taken.
      const lines = someLines().map((l) => (l.id === 'shoe' ? { ...l, quantity: 3, fulfillment: SHIP } : l));
      const el = await renderEditor(mock.adapter, { lines });
      await el.stockComplete;
      await el.updateComplete;
      const events = recordChanges(el);
      await typeQuantity(el, 'shoe', '10', false);
      expect(el.lines[1]!.quantity).to.equal(3);
      expect(events).to.deep.equal([]);
      // Not entered yet: no message while typing.
      expect(text(note(el, 'shoe'))).to.equal('None available now: it comes from expected stock.');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(quantityOf(el, 'shoe').value).to.equal('10');
      expect(quantityOf(el, 'shoe').getAttribute('aria-invalid')).to.equal('true');
      expect(text(note(el, 'shoe'))).to.equal('Only 7 can be ordered: 0 available now and 7 expected.');
      expect(el.lines[1]!.quantity).to.equal(3);
      expect(events).to.deep.equal([]);
      expect(el.quantityProblems()).to.deep.equal([
        {
          path: 'lines.shoe.quantity',
          code: 'invalid-quantity',
          message: 'Only 7 can be ordered: 0 available now and 7 expected.',
        },
      ]);
      await expect(el).to.be.accessible();
    });

    it('refuses a quantity whose adjusted line total the order cannot hold, keeping the last one', async () => {
      // A new unit price of 1,000,000,000,000.00: ten of them is the most an order holds.
      const lines = someLines().map((l) =>
        l.id === 'tote'
          ? {
              ...l,
              quantity: 1,
              adjustment: {
                kind: 'unit-price' as const,
                unitPrice: { amount: 100_000_000_000_000, currency: 'USD' },
                reason: 'Test',
              },
            }
          : l,
      );
      const el = await renderEditor(mock.adapter, { lines: lines.filter((l) => l.id === 'tote') });
      const events = recordChanges(el);
      await typeQuantity(el, 'tote', '11');
      expect(quantityOf(el, 'tote').value).to.equal('11');
      expect(quantityOf(el, 'tote').getAttribute('aria-invalid')).to.equal('true');
      expect(text(note(el, 'tote'))).to.equal('Enter a smaller quantity.');
      expect(events.length).to.equal(0);
      await expect(el).to.be.accessible();
      expect(cells(tableRows(el)[0]!)[6]).to.equal('$1,000,000,000,000.00');
      const changed = nextEvent(el, 'line-items-change');
      await typeQuantity(el, 'tote', '10');
      expect((await changed).lines[0]!.quantity).to.equal(10);
      await el.updateComplete;
      expect(cells(tableRows(el)[0]!)[6]).to.equal('$10,000,000,000,000.00');
    });
  });

  describe('the item being added', () => {
    it('"Cancel" drops the chosen product and its error, and returns to Name', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      await fulfillment(el, 'Direct Ship');
      button(el, 'Add')!.click();
      await el.updateComplete;
      expect(text($(el, '[part="add-row"]'))).to.contain('Choose how this item is fulfilled.');
      const cancel = $<HTMLButtonElement>(el, '[part~="cancel-add-button"]')!;
      expect(text(cancel)).to.equal('Cancel');
      await expect(el).to.be.accessible();
      const events = recordChanges(el);
      cancel.click();
      await el.updateComplete;
      expect($(el, '[part="add-row"]') === null, 'the item is still there').to.equal(true);
      expect(control(el, 'Name')!.value).to.equal('');
      expect(focusName()).to.equal(describeElement(control(el, 'Name')));
      expect(events.length).to.equal(0);
    });

    it('Escape in it drops it and returns to Name, without reaching a dialog around the editor', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      (await fulfillment(el, 'Direct Ship')).focus();
      const escapes: KeyboardEvent[] = [];
      el.parentElement!.addEventListener('keydown', (e) => escapes.push(e));
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '[part="add-row"]') === null, 'the item is still there').to.equal(true);
      expect(focusName()).to.equal(describeElement(control(el, 'Name')));
      expect(escapes.length).to.equal(0);
    });

    it('clearing Name dismisses it', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      await fulfillment(el, 'Direct Ship');
      const name = control(el, 'Name')!;
      expect(name.value).to.equal(PRODUCTS.canvasTote.name);
      name.focus();
      name.select();
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect($(el, '[part="add-row"]') === null, 'the item is still there').to.equal(true);
      expect(focusName()).to.equal(describeElement(name));
    });

    it('refuses a quantity whose line total the order cannot hold', async () => {
      // A warehouse with stock beyond any order: only the order's limit speaks.
      const adapter: OrderAdapter = {
        ...mock.adapter,
        getFulfillmentOptions: async (request, init) =>
          (await mock.adapter.getFulfillmentOptions(request, init)).map((o) => ({
            ...o,
            inventory: { ...o.inventory, current: Number.MAX_SAFE_INTEGER },
          })),
      };
      const el = await renderEditor(adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      (await fulfillment(el, 'Direct Ship')).click();
      const quantity = control(el, 'Quantity')!;
      // 24.99 × 10^14 is more than an order holds (10^15 cents).
      quantity.value = '100000000000000';
      quantity.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(text($(el, '#quantity-note'))).to.equal('Enter a smaller quantity.');
      expect(quantity.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      const events = recordChanges(el);
      button(el, 'Add')!.click();
      await el.updateComplete;
      expect(events.length).to.equal(0);
      expect(focusName()).to.equal(describeElement(quantity));
    });
  });

  describe('adding', () => {
    it('asks how the item is fulfilled before adding it', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      await fulfillment(el, 'Direct Ship');
      const events = recordChanges(el);
      button(el, 'Add')!.click();
      await el.updateComplete;
      expect(events).to.have.length(0);
      expect(text($(el, 'fieldset > p.error'))).to.equal('Choose how this item is fulfilled.');
      expect(focusName()).to.equal(describeElement(control(el, 'Direct Ship')));
      await expect(el).to.be.accessible();
    });

    it('appends the line, fires line-items-change, resets the add row and returns to the search', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      (await fulfillment(el, 'Pickup: Downtown Store')).click();
      const changed = nextEvent(el, 'line-items-change');
      button(el, 'Add')!.click();
      const event = await changed;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.lines).to.have.length(1);
      expect(event.lines[0]).to.deep.include({
        productId: 'canvas-tote',
        variantId: null,
        code: 'CTB-200',
        quantity: 1,
        fulfillment: pickupAt(LOCATIONS.downtown),
        unitPrice: { amount: 2499, currency: 'USD' },
      });
      await el.updateComplete;
      expect(el.lines).to.equal(event.lines);
      expect($(el, '[part="add-row"]') === null, 'the add row is gone').to.equal(true);
      expect(control(el, 'Name')!.value).to.equal('');
      expect(focusName()).to.equal(describeElement(control(el, 'Name')));
      expect(cells(tableRows(el)[0]!)).to.deep.equal([
        'Canvas Tote Bag CTB-200',
        'Pickup: Downtown Store Change',
        '$24.99',
        '',
        'Adjust price',
        'Include gift message',
        '$24.99',
        'Remove',
      ]);
      await expect(el).to.be.accessible();
    });

    it('adds a configured item with the keyboard alone', async () => {
      const el = await renderEditor(mock.adapter);
      $<HTMLInputElement>(el, '[role="combobox"]')!.focus();
      await sendKeys({ type: 'Trail Runner' });
      await until(() => options(el).length > 0, 'no suggestions');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      const dialog = await configureDialog(el);
      // Focus starts in the dialog, on the first option.
      expect(focusName()).to.equal(describeElement(control(dialog, /^Size/)));
      // Size: 7 8 [9]; Color: Red [Blue].
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      for (let i = 0; i < 2; i++) await sendKeys({ press: 'ArrowDown' });
      await until(() => text(dialog).includes('TRS-100-09-BLU'), 'the variant did not resolve');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focusName()).to.include('Save');
      await sendKeys({ press: 'Enter' });
      await until(() => control(el, 'Direct Ship'), 'no fulfillment options');
      expect(focusName()).to.include('Change options');
      await sendKeys({ press: 'Tab' });
      // Into the radio group: arrows move and choose; Direct Ship → Pickup: Downtown Store.
      expect(focusName()).to.equal(describeElement(control(el, 'Direct Ship')));
      await sendKeys({ press: 'ArrowDown' });
      expect(control(el, 'Pickup: Downtown Store')!.checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(focusName()).to.equal(describeElement(control(el, 'Quantity')));
      await sendKeys({ press: 'Tab' });
      const changed = nextEvent(el, 'line-items-change');
      await sendKeys({ press: 'Enter' });
      const { lines } = await changed;
      expect(lines.map((l) => [l.variantId, l.fulfillment?.locationId, l.quantity])).to.deep.equal([
        ['trail-runner-9-blue', 'downtown', 1],
      ]);
      await el.updateComplete;
      expect(focusName()).to.equal(describeElement(control(el, 'Name')));
    });
  });

  describe('line items table', () => {
    it('renders lines set by the host without firing', async () => {
      const el = await renderEditor(mock.adapter);
      const events = recordChanges(el);
      el.lines = someLines();
      await el.updateComplete;
      expect(events).to.have.length(0);
      expect($$(el, 'thead th').map((th) => text(th))).to.deep.equal([
        'Product',
        'Fulfillment',
        'Unit price',
        'Quantity',
        'Price adjustment',
        'Gift',
        'Total',
        'Actions',
      ]);
      expect(tableRows(el).map((r) => cells(r)[0])).to.deep.equal([
        'Canvas Tote Bag CTB-200',
        'Trail Runner Shoe TRS-100-09-BLU Size: 9, Color: Blue',
      ]);
      expect(tableRows(el).map((r) => cells(r)[6])).to.deep.equal(['$49.98', '$89.99']);
      await expect(el).to.be.accessible();
    });

    it('keeps its table semantics when its rows stack (narrow): explicit roles on the table, row groups, rows, headers and cells', async () => {
      const el = await fixture<LineItemEditor>(
        html`<line-item-editor
          style="display: block; inline-size: 600px"
          .adapter=${mock.adapter}
          .site=${SITES.us}
          .lines=${someLines()}
        ></line-item-editor>`,
      );
      await el.updateComplete;
      const table = $<HTMLTableElement>(el, 'table')!;
      // Stacked: the table's elements are blocks (Safari then drops their implicit roles).
      expect(getComputedStyle(table).display).to.equal('block');
      expect(getComputedStyle(tableRows(el)[0]!).display).to.equal('grid');
      expect(table.getAttribute('role')).to.equal('table');
      expect(text(el.shadowRoot!.getElementById(table.getAttribute('aria-labelledby')!))).to.equal('Line items');
      expect($$(el, 'thead, tbody').map((g) => g.getAttribute('role'))).to.deep.equal(['rowgroup', 'rowgroup']);
      expect($$(el, 'thead th').map((th) => th.getAttribute('role'))).to.deep.equal(Array(8).fill('columnheader'));
      $<HTMLButtonElement>(el, '[data-path="lines.tote.adjustment"]')!.click();
      await el.updateComplete;
      const rows = $$(el, 'tr');
      expect(rows).to.have.length(4);
      expect(rows.map((r) => r.getAttribute('role'))).to.deep.equal(['row', 'row', 'row', 'row']);
      for (const row of tableRows(el)) {
        expect([...row.cells].map((c) => c.getAttribute('role'))).to.deep.equal([
          'rowheader',
          ...Array(7).fill('cell'),
        ]);
      }
      expect($$(el, 'tbody td').every((td) => td.getAttribute('role') === 'cell')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('edits the quantity, labelled by its column and product', async () => {
      const el = await renderEditor(mock.adapter, { lines: someLines() });
      const quantity = $<HTMLInputElement>(el, '[data-path="lines.tote.quantity"]')!;
      expect(quantity.getAttribute('aria-labelledby')).to.equal('quantity-heading name-tote');
      const changed = nextEvent(el, 'line-items-change');
      quantity.value = '3';
      quantity.dispatchEvent(new Event('change'));
      expect((await changed).lines.map((l) => l.quantity)).to.deep.equal([3, 1]);
      await el.updateComplete;
      expect(cells(tableRows(el)[0]!)[6]).to.equal('$74.97');
    });

    it('keeps a price adjustment with its reason through quantity changes', async () => {
      const el = await renderEditor(mock.adapter, { lines: someLines() });
      $<HTMLButtonElement>(el, '[data-path="lines.tote.adjustment"]')!.click();
      await el.updateComplete;
      expect(focusName()).to.equal(describeElement(control(el, 'Amount')));
      control(el, 'Amount')!.value = '5.00';
      button(el, 'Apply')!.click();
      await el.updateComplete;
      expect(text($(el, 'form [role="alert"]'))).to.equal('Enter a reason for the price adjustment.');
      expect(focusName()).to.equal(describeElement(control(el, 'Reason')));
      await expect(el).to.be.accessible();

      control(el, 'Reason')!.value = 'Scuffed';
      const changed = nextEvent(el, 'line-items-change');
      button(el, 'Apply')!.click();
      expect((await changed).lines[0]!.adjustment).to.deep.equal({
        kind: 'amount-off',
        amount: { amount: 500, currency: 'USD' },
        reason: 'Scuffed',
      });
      await el.updateComplete;
      expect(cells(tableRows(el)[0]!)[4]).to.equal('$5.00 off each: Scuffed Edit');
      expect(cells(tableRows(el)[0]!)[6]).to.equal('$39.98');

      const quantity = $<HTMLInputElement>(el, '[data-path="lines.tote.quantity"]')!;
      quantity.value = '4';
      quantity.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.lines[0]!.adjustment?.reason).to.equal('Scuffed');
      expect(cells(tableRows(el)[0]!)[6]).to.equal('$79.96');
    });

    it('sets a new unit price, and removes the adjustment', async () => {
      const el = await renderEditor(mock.adapter, { lines: someLines() });
      $<HTMLButtonElement>(el, '[data-path="lines.shoe.adjustment"]')!.click();
      await el.updateComplete;
      control<HTMLSelectElement>(el, 'Adjustment')!.value = 'unit-price';
      control(el, 'Amount')!.value = '70';
      control(el, 'Reason')!.value = 'Price match';
      button(el, 'Apply')!.click();
      await el.updateComplete;
      expect(cells(tableRows(el)[1]!)[4]).to.equal('New unit price $70.00: Price match Edit');
      expect(cells(tableRows(el)[1]!)[6]).to.equal('$70.00');

      $<HTMLButtonElement>(el, '[data-path="lines.shoe.adjustment"]')!.click();
      await el.updateComplete;
      button(el, 'Remove adjustment')!.click();
      await el.updateComplete;
      expect(el.lines[1]!.adjustment).to.equal(null);
      expect(focusName()).to.equal(describeElement($(el, '[data-path="lines.shoe.adjustment"]')));
    });

    it('refuses a new unit price whose line total the order cannot hold, at the field, without throwing', async () => {
      // The figure: 90071992547409.91 (the largest safe amount of cents) for 5 totes.
      const lines = someLines().map((l) => (l.id === 'tote' ? { ...l, quantity: 5 } : l));
      const el = await renderEditor(mock.adapter, { lines });
      const events = recordChanges(el);
      $<HTMLButtonElement>(el, '[data-path="lines.tote.adjustment"]')!.click();
      await el.updateComplete;
      control<HTMLSelectElement>(el, 'Adjustment')!.value = 'unit-price';
      control(el, 'Amount')!.value = '90071992547409.91';
      control(el, 'Reason')!.value = 'Typo';
      button(el, 'Apply')!.click();
      await el.updateComplete;
      const amount = control(el, 'Amount')!;
      expect(amount.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, `#${amount.getAttribute('aria-describedby')}`))).to.equal('Enter a smaller amount.');
      expect(focusName()).to.equal(describeElement(amount));
      expect(events.length).to.equal(0);
      expect(el.lines[0]!.adjustment === null).to.equal(true);
      // The table still renders and updates.
      expect(cells(tableRows(el)[0]!)[6]).to.equal('$124.95');
      await expect(el).to.be.accessible();

      // An amount the order can hold is taken.
      amount.value = '100';
      const changed = nextEvent(el, 'line-items-change');
      button(el, 'Apply')!.click();
      expect((await changed).lines[0]!.adjustment).to.deep.include({
        kind: 'unit-price',
        unitPrice: { amount: 10000, currency: 'USD' },
      });
      await el.updateComplete;
      expect(cells(tableRows(el)[0]!)[6]).to.equal('$500.00');
    });

    it('includes a gift message per item', async () => {
      const el = await renderEditor(mock.adapter, { lines: someLines() });
      const gift = $$<HTMLInputElement>(el, 'input[type="checkbox"]')[0]!;
      expect(text(gift.closest('label'))).to.equal('Include gift message');
      gift.click();
      await el.updateComplete;
      expect(el.lines[0]!.gift).to.equal(true);
      const message = control<HTMLTextAreaElement>(el, 'Gift message')!;
      const changed = nextEvent(el, 'line-items-change');
      message.value = 'Happy birthday!';
      message.dispatchEvent(new Event('change'));
      expect((await changed).lines[0]).to.deep.include({ gift: true, giftMessage: 'Happy birthday!' });
      await expect(el).to.be.accessible();
    });

    it('changes how a line is fulfilled', async () => {
      const el = await renderEditor(mock.adapter, { lines: someLines() });
      const change = $<HTMLButtonElement>(el, '[data-path="lines.shoe.fulfillment"]')!;
      expect(change.getAttribute('aria-labelledby')).to.equal('fulfillment-shoe name-shoe');
      change.click();
      const ship = await fulfillment(el, 'Direct Ship');
      expect(control(el, 'Pickup: Downtown Store')!.checked).to.equal(true);
      await expect(el).to.be.accessible();
      const changed = nextEvent(el, 'line-items-change');
      ship.click();
      expect((await changed).lines[1]!.fulfillment).to.deep.equal(SHIP);
      await el.updateComplete;
      expect(cells(tableRows(el)[1]!)[1]).to.equal('Direct Ship Change');
      expect(focusName()).to.equal(describeElement(change));
    });

    it('removes a line', async () => {
      const el = await renderEditor(mock.adapter, { lines: someLines() });
      const remove = $<HTMLButtonElement>(el, '#remove-tote')!;
      expect(remove.getAttribute('aria-labelledby')).to.equal('remove-tote name-tote');
      const changed = nextEvent(el, 'line-items-change');
      remove.click();
      expect((await changed).lines.map((l) => l.id)).to.deep.equal(['shoe']);
    });
  });
});

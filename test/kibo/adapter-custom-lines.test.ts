/**
 * The Kibo adapter and custom lines (items the catalog lacks): Kibo has no way to put one on an
 * order (docs/KIBO.md), so the adapter says so and refuses a draft that carries one, sending nothing.
 */
import { expect } from '@open-wc/testing';
import { ValidationError } from '../../src/adapter/errors.js';
import { kiboDraft, mugLine, usd } from './drafts.js';
import { kiboWorld } from './kibo-world.js';

/** Ada's draft with one custom line (an engraving the catalog lacks, untaxed). */
const draft = kiboDraft({
  lines: [
    mugLine({
      id: 'c-1',
      productId: '',
      productName: 'Engraving',
      code: '',
      quantity: 1,
      unitPrice: usd(1500),
      custom: { taxable: false },
    }),
  ],
});

describe('Kibo adapter: custom lines', () => {
  it('says it takes no custom lines, so "Add custom item" is not offered', () => {
    const world = kiboWorld(() => ({ status: 500 }));
    expect(world.adapter.customLines).to.equal(false);
  });

  for (const [name, call] of [
    ['priceOrder', (w: ReturnType<typeof kiboWorld>) => w.adapter.priceOrder({ draft })],
    ['getShippingMethods', (w: ReturnType<typeof kiboWorld>) => w.adapter.getShippingMethods({ draft })],
    ['submitOrder', (w: ReturnType<typeof kiboWorld>) => w.adapter.submitOrder({ draft, idempotencyKey: 'k-1' })],
  ] as const) {
    it(`refuses a draft with a custom line in ${name}, at the line, sending nothing`, async () => {
      const world = kiboWorld(() => ({ status: 500 }));
      const error = await call(world).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).message).to.contain('Kibo takes only products of its catalog');
      expect((error as ValidationError).problems.map((p) => [p.path, p.code])).to.deep.equal([
        ['lines.c-1', 'custom-line-unsupported'],
      ]);
      expect(world.requests).to.have.length(0);
    });
  }
});

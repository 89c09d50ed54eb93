import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { useMockBackend } from '../../support/mock.js';
import { $, text } from '../../support/dom.js';
import { options, renderEditor, searchProducts } from '../../support/harness/line-item-editor.js';

/** Seen on screen, not only heard (a visually hidden live region is 1 px wide). */
function isShownText(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return node.checkVisibility() && box.width > 1 && box.height > 1;
}

describe('<line-item-editor> with product results that cannot all be used', () => {
  const mock = useMockBackend();

  it('leaves out a product in an unknown currency and says "1 product could not be shown", visibly', async () => {
    const found = mock.backend.searchProducts('us', 'Canvas Tote');
    mock.worker.use(
      http.get(`${mock.baseUrl}/sites/:siteId/products`, () =>
        HttpResponse.json({ items: [...found, { ...found[0]!, id: 'zzz', price: { amount: 100, currency: 'ZZZ' } }] }),
      ),
    );
    const editor = await renderEditor(mock.adapter);
    const shown = await searchProducts(editor, 'Canvas Tote');
    expect(shown).to.have.length(found.length);
    const status = $(editor, '.combo [role="status"]')!;
    expect(text(status)).to.equal(
      `${found.length === 1 ? '1 product found.' : `${found.length} products found.`} 1 product could not be shown`,
    );
    expect(isShownText(status)).to.equal(true);
    expect(
      options(editor)
        .map((o) => text(o))
        .join(' '),
    ).to.contain('Canvas Tote Bag');
    await expect(editor).to.be.accessible();
  });
});

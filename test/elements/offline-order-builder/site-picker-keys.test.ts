import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SiteChangeEvent } from '../../../src/events/site-change.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { useMockBackend } from '../../support/mock.js';
import { $ } from '../../support/dom.js';
import '../../support/harness/offline-order-builder.js';
import { WAIT } from '../../support/wait.js';

/** What has focus, through shadow roots. */
function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

describe('<offline-order-builder> site picker by keyboard (autofocus, Enter)', () => {
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  async function render(options: { autofocus: boolean; siteId?: string }): Promise<OfflineOrderBuilder> {
    return fixture<OfflineOrderBuilder>(
      html`<offline-order-builder
        style="block-size: 640px; inline-size: 1100px"
        .adapter=${mock.adapter}
        site-id=${options.siteId ?? ''}
        ?autofocus=${options.autofocus}
      ></offline-order-builder>`,
    );
  }

  it('focuses the Site select as the sites show, so that the agent starts without a key', async () => {
    const el = await render({ autofocus: true });
    await waitUntil(() => $(el, '#site-picker-select'), 'no site picker', WAIT);
    await waitUntil(() => deepActive()?.id === 'site-picker-select', 'the Site select did not take focus', WAIT);
    const select = $<HTMLSelectElement>(el, '#site-picker-select')!;
    expect(select.labels?.[0]?.textContent?.trim()).to.equal('Site');
    await expect(el).to.be.accessible();
  });

  it('focuses the "New Order" heading when the site is already chosen', async () => {
    await render({ autofocus: true, siteId: 'us' });
    await waitUntil(() => deepActive()?.id === 'new-order-heading', 'the heading did not take focus', WAIT);
    expect(deepActive()?.textContent?.trim()).to.equal('New Order');
  });

  it('leaves focus alone without the attribute', async () => {
    const el = await render({ autofocus: false });
    await waitUntil(() => $(el, '#site-picker-select'), 'no site picker', WAIT);
    await el.updateComplete;
    expect(deepActive()).to.equal(document.body);
  });

  it('does not take focus from a control the agent is already in', async () => {
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Host search');
    document.body.append(input);
    try {
      input.focus();
      const el = await render({ autofocus: true });
      await waitUntil(() => $(el, '#site-picker-select'), 'no site picker', WAIT);
      await el.updateComplete;
      expect(document.activeElement).to.equal(input);
    } finally {
      input.remove();
    }
  });

  describe('Enter in the Site select', () => {
    it('continues with the site chosen, as "Continue" does', async () => {
      const el = await render({ autofocus: true });
      await waitUntil(() => deepActive()?.id === 'site-picker-select', 'the Site select did not take focus', WAIT);
      await sendKeys({ press: 'ArrowDown' });
      const changed = oneEvent<SiteChangeEvent>(el, 'site-change');
      await sendKeys({ press: 'Enter' });
      expect((await changed).site.id).to.equal('us');
      await waitUntil(() => deepActive()?.id === 'new-order-heading', 'focus is not on "New Order"', WAIT);
      expect(el.siteId).to.equal('us');
    });

    it('says "Select a site to continue." when none is chosen', async () => {
      const el = await render({ autofocus: true });
      await waitUntil(() => deepActive()?.id === 'site-picker-select', 'the Site select did not take focus', WAIT);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#site-picker-error'), 'no error', WAIT);
      expect($(el, '#site-picker-error')!.textContent?.trim()).to.equal('Select a site to continue.');
      expect(el.siteId).to.equal('');
      await expect(el).to.be.accessible();
    });
  });
});

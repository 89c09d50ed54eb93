import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import type { Customer } from '../../../src/model/types.js';
import { SITES } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { getButton, press } from '../../support/dom.js';
import {
  openDialog,
  options,
  renderSearch,
  search,
  status,
  untilDialog,
} from '../../support/harness/customer-search.js';

describe('<customer-search> with answers and sites that cannot all be used', function () {
  this.timeout(20_000);
  const mock = useMockBackend();

  it('leaves out a customer that cannot be used and says "1 customer could not be shown"', async () => {
    const found = mock.backend.searchCustomers('us', 'Lovelace');
    const broken: unknown = { ...found[0]!, id: 'broken', lastName: null };
    mock.worker.use(
      http.get(`${mock.baseUrl}/sites/:siteId/customers`, () => HttpResponse.json({ items: [...found, broken] })),
    );
    const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
    await search(el, 'Lovelace');
    expect(options(el)).to.have.length(found.length);
    expect(status(el)).to.equal(
      `${found.length === 1 ? '1 customer found.' : `${found.length} customers found.`} 1 customer could not be shown`,
    );
    await expect(el).to.be.accessible();
  });

  it('says "2 customers could not be shown" when none of the results can be used', async () => {
    const found = mock.backend.searchCustomers('us', 'Lovelace');
    const broken = (c: Customer, id: string): unknown => ({ ...c, id, phones: 'none' });
    mock.worker.use(
      http.get(`${mock.baseUrl}/sites/:siteId/customers`, () =>
        HttpResponse.json({ items: [broken(found[0]!, 'b1'), broken(found[0]!, 'b2')] }),
      ),
    );
    const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
    await search(el, 'Lovelace');
    expect(options(el)).to.have.length(0);
    expect(status(el)).to.equal('No customers found. 2 customers could not be shown');
  });

  it('opens Create Customer and Edit Address for a site whose locale Intl cannot read', async () => {
    const el = await renderSearch({ adapter: mock.adapter, site: { ...SITES.us, locale: 'not a locale!!' } });
    press(getButton(el.shadowRoot!, 'Create New Customer'));
    await untilDialog(el, 'Create Customer');
    press(getButton(openDialog(el, 'Create Customer')!, 'Add Address'));
    await untilDialog(el, 'Edit Address');
    await expect(el).to.be.accessible();
  });
});

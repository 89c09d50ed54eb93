import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { OrderList } from '../../src/elements/order-list/order-list.js';
import { activeLanguage, languageReady } from '../../src/elements/shared/localization.js';
import { problemId, problemText } from '../../src/elements/shared/problem-text.js';
import { problemMessages } from '../../src/elements/shared/problem-messages.js';
import { validateCard } from '../../src/model/card.js';
import { validateAddress, validateCustomer, validateOrderReadiness } from '../../src/model/validation.js';
import type { Problem } from '../../src/model/types.js';
import { SITES } from '../support/fixtures.js';
import { useMockBackend } from '../support/mock.js';
import { $ } from '../support/dom.js';
import { WAIT } from '../support/wait.js';
import '../../src/define.js';

// The test page loads hundreds of modules: room for every one in the resource timeline.
performance.setResourceTimingBufferSize(100_000);

/** The modules the page fetched whose URL matches `pattern`. */
const fetched = (pattern: RegExp) =>
  performance.getEntriesByType('resource').filter((entry) => pattern.test(entry.name));

describe('languages', function () {
  this.timeout(20_000);
  const mock = useMockBackend();
  afterEach(() => (document.documentElement.lang = ''));

  // Kept first: once French was asked for, the catalogue is in the page.
  it('an English page downloads neither the French catalogue nor the localization runtime', async () => {
    document.documentElement.lang = 'en-US';
    const el = await fixture<OrderList>(
      html`<oo-order-list .adapter=${mock.adapter} .site=${SITES.us}></oo-order-list>`,
    );
    await waitUntil(() => $(el, '[part~="feed"], [role="feed"]'), 'the list did not render', WAIT).catch(
      () => undefined,
    );
    await languageReady();
    expect(activeLanguage()).to.equal('en');
    expect(fetched(/generated\/locales\/fr-CA/)).to.have.length(0);
    expect(fetched(/localization-runtime/)).to.have.length(0);
    await waitUntil(() => el.shadowRoot!.textContent?.includes(' orders'), 'not in English', WAIT);
  });

  it('follows a change of the document’s lang at run time, and back (one language per page)', async () => {
    document.documentElement.lang = 'en-US';
    const el = await fixture<OrderList>(
      html`<oo-order-list .adapter=${mock.adapter} .site=${SITES.us}></oo-order-list>`,
    );
    const heading = () => el.shadowRoot!.textContent ?? '';
    await waitUntil(() => heading().includes(' orders'), 'not in English', WAIT);
    document.documentElement.lang = 'fr-CA';
    await waitUntil(() => heading().includes(' commandes'), 'did not turn French', WAIT);
    expect(fetched(/generated\/locales\/fr-CA/)).to.have.length(1);
    expect(el.locale).to.equal('fr-CA');
    document.documentElement.lang = 'en';
    await waitUntil(
      () => heading().includes(' orders') && !heading().includes(' commandes'),
      'did not turn back',
      WAIT,
    );
  });

  it('puts an element’s own locale before the page’s, for the elements inside it too', async () => {
    document.documentElement.lang = 'en-US';
    const el = await fixture<OrderList>(
      html`<oo-order-list locale="fr-CA" .adapter=${mock.adapter} .site=${SITES.us}></oo-order-list>`,
    );
    expect(el.locale).to.equal('fr-CA');
    await waitUntil(() => activeLanguage() === 'fr-CA', 'did not turn French', WAIT);
    el.locale = null;
    expect(el.locale).to.equal('en-US');
  });
});

/** An address with every required field empty, in `country`. */
const address = (country: string, postalCode: string) => ({
  name: '',
  line1: '',
  city: '',
  region: '',
  country,
  postalCode,
  isDefaultBilling: false,
  isDefaultShipping: false,
});

describe('the model’s problems by id', () => {
  const problems: Problem[] = [
    ...validateCustomer({ firstName: '', lastName: '', email: 'x', phones: { home: '1' }, addresses: [] }),
    ...validateCustomer({ firstName: 'a', lastName: 'b', email: '', phones: {}, addresses: [] }),
    ...validateAddress(address('US', ''), 'a'),
    ...validateAddress(address('US', '1'), 'a'),
    ...validateAddress(address('CA', ''), 'a'),
    ...validateAddress(address('CA', '1'), 'a'),
    ...validateAddress(address('FR', '#'), 'a'),
    ...validateAddress(address('USA', ''), 'a'),
    ...validateCard({ number: '', expiry: '', securityCode: '', name: '' } as never, new Date()),
    ...validateOrderReadiness({ siteId: null, customer: null, lines: [], payments: [] } as never),
  ];

  it('has words for each in problem-messages.ts, the model’s to the letter (English)', () => {
    const table = problemMessages();
    expect(problems.length).to.be.greaterThan(20);
    for (const problem of problems) {
      expect(table[problemId(problem)], `${problemId(problem)}`).to.equal(problem.message);
      expect(problemText(problem)).to.equal(problem.message);
    }
  });
});

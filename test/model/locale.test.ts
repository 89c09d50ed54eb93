import { expect } from '@open-wc/testing';
import { canonicalLocale, defaultLocale, isValidLocale, safeLocale } from '../../src/model/locale.js';
import { formatMoney, formatMoneyForInput, formatPercent, parseMoney } from '../../src/model/money.js';
import type { Money } from '../../src/model/types.js';

describe('locales from an adapter', () => {
  it('tells the tags Intl reads from those it throws on', () => {
    for (const tag of ['en-US', 'fr-CA', 'ja', 'zh-Hant-TW']) expect(isValidLocale(tag), tag).to.equal(true);
    for (const tag of ['not a locale!!', '', 'en_US!', undefined, null, 7])
      expect(isValidLocale(tag), String(tag)).to.equal(false);
  });

  it('gives a tag Intl reads in canonical form, and null for one it cannot', () => {
    expect(canonicalLocale('EN-us')).to.equal('en-US');
    expect(canonicalLocale('zh-hant-tw')).to.equal('zh-Hant-TW');
    for (const tag of ['not a locale!!', '', ' en-US', undefined, 7])
      expect(canonicalLocale(tag), String(tag)).to.equal(null);
  });

  it('falls back to the runtime locale for a tag Intl cannot read', () => {
    expect(safeLocale('fr-CA')).to.equal('fr-CA');
    expect(safeLocale('not a locale!!')).to.equal(defaultLocale());
    expect(safeLocale(undefined)).to.equal(defaultLocale());
  });
});

describe('formatting never throws during a render', () => {
  const usd = { amount: 123450, currency: 'USD' };

  it('formats money in the runtime locale when the site locale cannot be read', () => {
    expect(() => formatMoney(usd, 'not a locale!!')).not.to.throw();
    expect(formatMoney(usd, 'not a locale!!')).to.equal(formatMoney(usd, defaultLocale()));
    expect(formatMoneyForInput(usd, 'not a locale!!')).to.equal(formatMoneyForInput(usd, defaultLocale()));
    expect(formatPercent(1000, 'not a locale!!')).to.equal(formatPercent(1000, defaultLocale()));
  });

  it('shows "—" for a value that is not money (an unknown currency, a fraction of a minor unit)', () => {
    expect(formatMoney({ amount: 100, currency: 'ZZZ' }, 'en-US')).to.equal('—');
    expect(formatMoney({ amount: 1.5, currency: 'USD' } as Money, 'en-US')).to.equal('—');
    expect(formatMoney(undefined as unknown as Money, 'en-US')).to.equal('—');
    expect(formatMoneyForInput({ amount: 100, currency: 'ZZZ' }, 'en-US')).to.equal('');
  });

  it('reads typed amounts in the runtime locale when the site locale cannot be read', () => {
    expect(parseMoney('12.50', 'USD', 'not a locale!!')).to.deep.equal(parseMoney('12.50', 'USD', defaultLocale()));
  });
});

import { expect } from '@open-wc/testing';
import { safeImageUrl } from '../../src/model/safe-url.js';

describe('safeImageUrl', () => {
  it('keeps https: URLs', () => {
    expect(safeImageUrl('https://cdn.example.com/shoe.png')).to.equal('https://cdn.example.com/shoe.png');
  });

  it('keeps inline data:image URLs, in any case', () => {
    expect(safeImageUrl('data:image/svg+xml,%3Csvg%3E')).to.equal('data:image/svg+xml,%3Csvg%3E');
    expect(safeImageUrl('DATA:image/png;base64,AAAA')).to.equal('DATA:image/png;base64,AAAA');
  });

  it('refuses javascript:, http:, other data: types, relative and malformed URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'http://cdn.example.com/shoe.png',
      'data:text/html,<script>alert(1)</script>',
      '/images/shoe.png',
      'https//missing-colon',
      '',
    ]) {
      expect(safeImageUrl(url), url).to.equal(undefined);
    }
  });

  it('refuses a missing URL', () => {
    expect(safeImageUrl(undefined)).to.equal(undefined);
    expect(safeImageUrl(null)).to.equal(undefined);
  });
});

import { expect } from '@open-wc/testing';
import {
  clearDraft,
  defaultDraftKey,
  loadDraft,
  saveDraft,
} from '../../../src/elements/offline-order-builder/draft-store.js';
import { addPayment, createDraft, setCustomerNotes } from '../../../src/model/draft.js';

describe('draft store', () => {
  const key = 'test-draft';
  afterEach(() => sessionStorage.removeItem(key));

  it('keys drafts per site by default', () => {
    expect(defaultDraftKey('us')).to.equal('offline-order-draft:us');
    expect(defaultDraftKey('ca')).not.to.equal(defaultDraftKey('us'));
  });

  it('gives back the draft it saved, with the time of the save', () => {
    const draft = setCustomerNotes(createDraft({ id: 'd1' }), 'Leave at the back door');
    const now = new Date('2026-11-26T14:32:00Z');
    expect(saveDraft(sessionStorage, key, draft, now)).to.equal(true);
    const stored = loadDraft(sessionStorage, key);
    expect(stored?.savedAt).to.equal('2026-11-26T14:32:00.000Z');
    expect(stored?.draft).to.deep.equal(draft);
  });

  it('never stores a card number or security code that rides along on a payment', () => {
    const draft = addPayment(createDraft({ id: 'd2' }), {
      typeId: 'credit-card',
      kind: 'credit-card',
      amount: { amount: 1000, currency: 'USD' },
      card: { token: 'tok_1', brand: 'visa', last4: '1111', expiryMonth: 12, expiryYear: 2030 },
    });
    const payment = draft.payments[0] as unknown as Record<string, unknown>;
    payment['number'] = '4111111111111111';
    (payment['card'] as Record<string, unknown>)['securityCode'] = '123';
    saveDraft(sessionStorage, key, draft);
    const text = sessionStorage.getItem(key) ?? '';
    expect(text).not.to.contain('4111111111111111');
    expect(text).not.to.contain('securityCode');
    expect(loadDraft(sessionStorage, key)?.draft.payments[0]?.card?.last4).to.equal('1111');
  });

  it('keeps the key stored with the same draft when the caller does not know it (undefined), drops it for null or another draft', () => {
    const draft = createDraft({ id: 'd3' });
    saveDraft(sessionStorage, key, draft, undefined, 'order-key-1');
    expect(loadDraft(sessionStorage, key)?.attemptKey).to.equal('order-key-1');
    const edited = setCustomerNotes(draft, 'Call first');
    saveDraft(sessionStorage, key, edited);
    expect(loadDraft(sessionStorage, key)).to.deep.include({ draft: edited, attemptKey: 'order-key-1' });
    saveDraft(sessionStorage, key, edited, undefined, null);
    expect(loadDraft(sessionStorage, key)?.attemptKey).to.equal(undefined);
    saveDraft(sessionStorage, key, draft, undefined, 'order-key-2');
    saveDraft(sessionStorage, key, createDraft({ id: 'd4' }));
    expect(loadDraft(sessionStorage, key)?.attemptKey).to.equal(undefined);
  });

  it('keeps the id of the saved draft it was resumed from, and only a string one', () => {
    const draft = createDraft({ id: 'd5' });
    saveDraft(sessionStorage, key, draft, undefined, null, 'saved-7');
    expect(loadDraft(sessionStorage, key)).to.deep.include({ draft, savedDraftId: 'saved-7' });
    saveDraft(sessionStorage, key, draft, undefined, null, null);
    expect(loadDraft(sessionStorage, key)?.savedDraftId).to.equal(undefined);
    const stored = JSON.parse(sessionStorage.getItem(key)!) as Record<string, unknown>;
    sessionStorage.setItem(key, JSON.stringify({ ...stored, savedDraftId: 42 }));
    expect(loadDraft(sessionStorage, key)?.savedDraftId).to.equal(undefined);
  });

  it('drops a malformed entry instead of trusting it', () => {
    sessionStorage.setItem(key, '{"savedAt":"2026-11-26T14:32:00Z","draft":{"schema":99}}');
    expect(loadDraft(sessionStorage, key)).to.equal(null);
    expect(sessionStorage.getItem(key)).to.equal(null);
    sessionStorage.setItem(key, 'not json');
    expect(loadDraft(sessionStorage, key)).to.equal(null);
  });

  it('reports a storage that refuses the save, and reads nothing from one that throws', () => {
    const broken = {
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
      getItem() {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem() {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as Storage;
    expect(saveDraft(broken, key, createDraft())).to.equal(false);
    expect(loadDraft(broken, key)).to.equal(null);
    expect(() => clearDraft(broken, key)).not.to.throw();
  });
});

/**
 * Order-level details of the mock backend: the shipping methods and price lists a site offers,
 * and the authoritative price of a draft (the rules are in `pricing.ts`).
 */
import type { OrderDraft, PriceList, Pricing, ShippingMethod, Site } from '../src/model/types.js';
import type { MockState } from './backend-state.js';
import { priceDraft, priceListsFor } from './pricing.js';
import { badRequest, validationProblem } from './problem.js';

export class MockPricing {
  constructor(private readonly state: MockState) {}

  /** The site a draft is sent to; 400 when the body is not a draft, 422 when the draft is another site's. */
  draftSite(siteId: string, draft: OrderDraft): Site {
    const site = this.state.site(siteId);
    if (!draft || typeof draft !== 'object' || !Array.isArray(draft.lines))
      throw badRequest('The body must be { draft: OrderDraft }.');
    if (draft.siteId !== null && draft.siteId !== undefined && draft.siteId !== siteId) {
      throw validationProblem('The draft belongs to another site.', [
        {
          path: 'siteId',
          code: 'site-mismatch',
          message: `This order is for site "${draft.siteId}", not ${site.name}.`,
        },
      ]);
    }
    return site;
  }

  getShippingMethods(siteId: string, draft: OrderDraft): ShippingMethod[] {
    const site = this.draftSite(siteId, draft);
    return this.state.data.shippingMethods.map((m) => ({
      id: m.id,
      name: m.name,
      description: m.description,
      rate: { amount: m.rates[site.currency] ?? 0, currency: site.currency },
      ...(m.isDefault ? { isDefault: true } : {}),
    }));
  }

  listPriceLists(siteId: string): PriceList[] {
    const site = this.state.site(siteId);
    return priceListsFor(this.state.catalog, site).map((l) => ({ id: l.id, name: l.name, description: l.description }));
  }

  priceOrder(siteId: string, draft: OrderDraft): Pricing {
    const site = this.draftSite(siteId, draft);
    return priceDraft(this.state.catalog, site, {
      ...draft,
      coupons: Array.isArray(draft.coupons) ? draft.coupons : [],
    });
  }
}

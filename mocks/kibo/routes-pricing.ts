/**
 * Pricing and shipping rates of the Kibo-shaped mock (docs/KIBO.md: `priceOrder`,
 * `getShippingMethods`), over our backend's pricing rules; the translations and the choices the
 * definitions leave open are in pricing-shapes.ts.
 */
import { MockProblem } from '../problem.js';
import { KiboError, fieldError, kiboBadParameter } from './errors.js';
import type { KiboContext, KiboRoute } from './route.js';
import {
  draftOfKiboOrder,
  kiboOrderPath,
  toKiboPricedOrder,
  toKiboRates,
  type KiboOrderInput,
} from './pricing-shapes.js';
import { kiboSiteId } from './shapes.js';

function objectBody<T>(body: unknown): T {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw kiboBadParameter('The request body must be a JSON object.');
  return body as T;
}

export function pricingRoutes(context: KiboContext): KiboRoute[] {
  const { backend } = context;
  return [
    {
      method: 'post',
      path: '/commerce/orders/price',
      operationId: 'priceOrder',
      application: 'Commerce',
      run: (call) => {
        const site = call.site();
        const order = objectBody<KiboOrderInput>(call.body);
        const sites = backend.listSites();
        if (typeof order.siteId === 'number' && order.siteId !== kiboSiteId(sites, site.id)) {
          throw new KiboError({
            status: 400,
            message: `The order is for site ${order.siteId}, not ${kiboSiteId(sites, site.id)}.`,
            items: [fieldError('siteId', 'Not the site of the call.')],
          });
        }
        const customer =
          typeof order.customerAccountId === 'number'
            ? context.customerByAccountId(order.customerAccountId)
            : undefined;
        if (typeof order.customerAccountId === 'number' && !customer) {
          throw new KiboError({
            status: 400,
            message: `Customer account ${order.customerAccountId} does not exist.`,
            items: [fieldError('customerAccountId', 'Unknown customer account.')],
            applicationName: 'Commerce',
          });
        }
        const draft = draftOfKiboOrder(order, site, backend.seed, customer);
        try {
          return { body: toKiboPricedOrder(draft, backend.priceOrder(site.id, draft), sites, backend.seed) };
        } catch (error) {
          if (!(error instanceof MockProblem)) throw error;
          throw new KiboError({
            status: error.status === 422 ? 400 : error.status,
            message: error.message,
            items: (error.errors ?? []).map((e) => fieldError(kiboOrderPath(e.path, draft), e.message)),
          });
        }
      },
    },
    {
      method: 'post',
      path: '/commerce/catalog/storefront/shipping/request-rates',
      operationId: 'requestRates',
      application: 'Shipping',
      run: (call) => {
        const site = call.site();
        const request = objectBody<{ isoCurrencyCode?: string | null }>(call.body);
        if (request.isoCurrencyCode && request.isoCurrencyCode !== site.currency) {
          throw kiboBadParameter(`Rates are in ${site.currency}.`, [
            fieldError('isoCurrencyCode', `Use ${site.currency}.`),
          ]);
        }
        const draft = draftOfKiboOrder({}, site, backend.seed);
        return { body: toKiboRates(backend.getShippingMethods(site.id, draft), site.locale) };
      },
    },
  ];
}

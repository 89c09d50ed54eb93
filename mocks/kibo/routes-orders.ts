/**
 * The orders of the Kibo-shaped mock (docs/KIBO.md: `listOrders` and the duplicate look-up).
 *
 * `getOrders` lists the call's site's orders, newest first (`sortBy` absent or
 * `submittedDate desc`), paged by `startIndex` / `pageSize` (default 20, at most 200), with a
 * `filter` of clauses joined by `and`: `customerAccountId eq 1`, `submittedDate ge <ISO time>`
 * (`gt` too), `externalId eq …` (the orders built through Kibo's order operations with that
 * external id, submitted or not; see order-store.ts). A submitted order built that way is listed
 * under its Kibo id.
 */
import type { MockBackend } from '../backend.js';
import { fieldError, kiboBadParameter } from './errors.js';
import { intParam, type KiboContext, type KiboRoute } from './route.js';
import { parseFilter } from './routes-customers.js';
import { KiboOrderStore, toKiboOrder } from './order-store.js';
import { toKiboListedOrder } from './shapes.js';

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 200;

/**
 * A seeded order's item as Kibo lists it: its variation (code and options) and how it was
 * fulfilled, from the line the seed drew (what `listLastOrderedItems` reads over Kibo).
 */
function itemDetailsOf(backend: MockBackend, orderId: string, index: number): { item?: object; product?: object } {
  const line = backend.seed.orderDetails.get(orderId)?.lines[index];
  if (!line) return {};
  const variant = line.variantId ? backend.seed.variantById.get(line.variantId)?.variant : undefined;
  const { kind, locationId } = line.fulfillment ?? { kind: 'ship', locationId: null };
  const item = {
    fulfillmentMethod: { ship: 'Ship', pickup: 'Pickup', delivery: 'Delivery', digital: 'Digital' }[kind],
    ...(locationId ? { fulfillmentLocationCode: locationId } : {}),
  };
  if (!variant) return { item };
  const options = Object.entries(variant.options).map(([name, value]) => ({ name, value, stringValue: value }));
  return { item, product: { variationProductCode: variant.code, options } };
}

function productCodeOf(backend: MockBackend, productId: string): string {
  return backend.seed.productById.get(productId)?.code ?? productId;
}

export function orderRoutes(context: KiboContext): KiboRoute[] {
  const { backend } = context;
  return [
    {
      method: 'get',
      path: '/commerce/orders',
      operationId: 'getOrders',
      application: 'Commerce',
      run: (call) => {
        const site = call.site();
        const { query } = call;
        const sortBy = (query.get('sortBy') ?? '').trim();
        if (sortBy && !/^submittedDate\s+desc$/i.test(sortBy)) {
          throw kiboBadParameter(`Unsupported sortBy: ${sortBy}`, [fieldError('sortBy', 'Use "submittedDate desc".')]);
        }
        const startIndex = intParam(query, 'startIndex', 0);
        const pageSize = Math.min(intParam(query, 'pageSize', DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
        let customerId: string | null = null;
        let since: string | null = null;
        let none = false;
        let externalId: string | null = null;
        for (const clause of parseFilter(query.get('filter'))) {
          if (clause.field === 'customerAccountId' && clause.op === 'eq') {
            const customer = context.customerByAccountId(Number(clause.value));
            if (customer) customerId = customer.id;
            else none = true;
          } else if (
            (clause.field === 'submittedDate' || clause.field === 'auditInfo.createDate') &&
            /^g[et]$/.test(clause.op)
          ) {
            if (Number.isNaN(Date.parse(clause.value))) {
              throw kiboBadParameter(`Invalid date in filter: ${clause.value}`, [
                fieldError('filter', 'Use an ISO date and time.'),
              ]);
            }
            since = clause.value;
          } else if (clause.field === 'externalId' && clause.op === 'eq') {
            externalId = clause.value;
          } else {
            throw kiboBadParameter(`Unsupported filter: ${clause.field} ${clause.op}`, [
              fieldError('filter', 'Filter on customerAccountId, submittedDate or externalId.'),
            ]);
          }
        }
        if (externalId !== null) {
          // Orders built through Kibo's operations, submitted or not (a resumed submit looks them up).
          const found = KiboOrderStore.of(backend)
            .byExternalId(externalId)
            .filter((o) => o.siteId === site.id && !none);
          return {
            body: {
              items: found.slice(startIndex, startIndex + pageSize).map((o) => toKiboOrder(o, backend)),
              startIndex,
              pageSize,
              pageCount: Math.ceil(found.length / pageSize),
              totalCount: found.length,
            },
          };
        }
        const page = none
          ? { items: [], total: 0 }
          : backend.listOrders(site.id, {
              cursor: startIndex > 0 ? String(startIndex) : null,
              limit: pageSize,
              customerId,
              since,
            });
        const total = page.total ?? page.items.length;
        const sites = backend.listSites();
        return {
          body: {
            items: page.items.map((order) => {
              const built = KiboOrderStore.of(backend).bySubmittedId(order.id);
              if (built) return toKiboOrder(built, backend);
              return toKiboListedOrder(order, {
                sites,
                customer: (id) => backend.findCustomer(id),
                productCode: (id) => productCodeOf(backend, id),
                itemDetails: (orderId, index) => itemDetailsOf(backend, orderId, index),
              });
            }),
            startIndex,
            pageSize,
            pageCount: Math.ceil(total / pageSize),
            totalCount: total,
          },
        };
      },
    },
  ];
}

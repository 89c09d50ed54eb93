/**
 * The REST adapter: `OrderAdapter` over the HTTP JSON contract of `api/openapi.yaml`.
 *
 * Every call gets a per-attempt timeout and honours the caller's `AbortSignal`; answers are checked
 * by the decoders of `decode.ts` before use; failures become the typed errors of `errors.ts`.
 * Calls that are safe to repeat (GETs, the read-only POSTs, and the submit, which is keyed by its
 * idempotency key) are retried with full-jitter backoff; the others never are, so that a lost answer
 * cannot create a customer twice or charge a card twice.
 */
import {
  FULFILLMENT_BATCH_LIMIT,
  type CallInit,
  type ConfirmationSent,
  type FulfillmentItem,
  type OrderAdapter,
} from './adapter.js';
import * as d from './decode.js';
import { savedDraft } from './decode-drafts.js';
import { AdapterError, InvalidResponseError, NotFoundError, ValidationError } from './errors.js';
import {
  type CallContext,
  type QueryValue,
  buildUrl,
  errorFromResponse,
  invalidResponse,
  pathOf,
  timedOut,
  unreachable,
} from './http.js';
import { RedirectRefused, fetchWithoutForeignRedirects, redirected } from './redirects.js';
import { withRetry, withTimeout } from './retry.js';
import { serializeDraft } from '../model/draft-json.js';
import { pricingDraft } from '../model/pricing-request.js';
import type { FulfillmentOption, SubmittedOrder } from '../model/types.js';

export interface RestAdapterRetryOptions {
  /** Retries after the first attempt. Default 3. */
  retries?: number;
  /** The first backoff ceiling. Default 250 ms. */
  baseDelayMs?: number;
  /** The largest backoff ceiling. Default 4000 ms. */
  maxDelayMs?: number;
  /** Gives up at once when `Retry-After` asks for longer than this. Default 30 000 ms. */
  maxRetryAfterMs?: number;
}

export interface RestAdapterOptions {
  /** Where the contract's paths live: absolute ("https://api.example.com/v1") or relative ("/api/v1"). */
  baseUrl: string;
  /** The fetch to use (defaults to the global one, looked up at each call). */
  fetch?: typeof fetch;
  /**
   * Headers sent with every request, such as authorization. A function is called before every
   * attempt, so a refreshed token is picked up by a retry.
   */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Timeout of each attempt, in milliseconds. Default 15 000; 0 disables it. */
  timeoutMs?: number;
  /** Retry settings of the calls that are safe to repeat, or `false` to never retry. */
  retry?: RestAdapterRetryOptions | false;
  /** A number in [0, 1) for the backoff jitter; `Math.random` by default. */
  random?: () => number;
  /**
   * True when the backend serves the orders list's `offset` parameter (a page at any place): the
   * orders list then spans all the orders and loads the pages the agent scrolls or jumps to
   * (`OrderAdapter.orderOffsets`). Default false: pages are chained by cursor.
   */
  orderOffsets?: boolean;
  /**
   * Whether the backend takes custom lines (`DraftLine.custom`, in `api/openapi.yaml`): "Add custom
   * item" is offered (`OrderAdapter.customLines`). Default true; false hides it.
   */
  customLines?: boolean;
  /**
   * True when the backend serves the orders list's `search` and `status` parameters: the orders list
   * then offers "Search orders" and "Status" (`OrderAdapter.orderSearch`). Default false: they are
   * never sent, and the list has neither.
   */
  orderSearch?: boolean;
}

interface Route<T> extends CallContext {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Whether repeating the request cannot do harm (safe, or keyed by an idempotency key). */
  retry: boolean;
  /** Card data (a card, a gift card or store credit code): never redirected, not even to the same origin. */
  card?: boolean;
  decode: d.Decoder<T>;
}

/** What a POST or PUT is for (its error messages) and how it may be sent. */
type Sending = CallContext & Pick<Route<unknown>, 'retry' | 'card' | 'headers'> & { method?: 'POST' | 'PUT' };

const DEFAULT_TIMEOUT_MS = 15_000;

/** The 404 of a call about a product. */
const PRODUCT_GONE = 'this product no longer exists. Search for it again.';

/** The site a draft-based call goes to; a draft without a site cannot be sent anywhere. */
function siteOf(draft: { siteId: string | null }, action: string): string {
  if (draft.siteId) return draft.siteId;
  throw new ValidationError(`Could not ${action}: choose a site first.`, [
    { path: 'siteId', code: 'required', message: 'Choose a site.' },
  ]);
}

/** Creates an `OrderAdapter` that talks to a backend implementing `api/openapi.yaml`. */
export function createRestAdapter(options: RestAdapterOptions): OrderAdapter {
  const { baseUrl, timeoutMs = DEFAULT_TIMEOUT_MS, retry = {} } = options;
  // Looked up at call time so that a fetch patched later (a test's mock worker, a host's
  // instrumentation) is used, and called unbound-safe.
  const fetcher: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function headersFor<T>(route: Route<T>): Promise<Headers> {
    const host = typeof options.headers === 'function' ? await options.headers() : options.headers;
    const headers = new Headers(host);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
    if (route.body !== undefined) headers.set('Content-Type', 'application/json');
    for (const [name, value] of Object.entries(route.headers ?? {})) headers.set(name, value);
    return headers;
  }

  async function attempt<T>(route: Route<T>, url: string, body: string | undefined, callerSignal?: AbortSignal) {
    const headers = await headersFor(route);
    const timeout = withTimeout(callerSignal, timeoutMs);
    let response: Response;
    let text: string;
    try {
      // Never on to another origin (see redirects.ts): a redirect fails the call.
      const redirect = route.card ? 'error' : 'manual';
      response = await fetchWithoutForeignRedirects(fetcher, url, {
        method: route.method,
        headers,
        body,
        signal: timeout.signal,
        redirect,
      });
      text = await response.text();
    } catch (error) {
      // The caller's abort is not a failure to report: rethrow its reason untouched.
      if (callerSignal?.aborted) throw callerSignal.reason;
      if (error instanceof RedirectRefused) throw redirected(route, error);
      if (timeout.timedOut()) throw timedOut(route, error);
      throw unreachable(route, error);
    }
    if (!response.ok) throw errorFromResponse(response.status, response.headers, text, route);
    let json: unknown = null;
    try {
      // 204 No Content (a deleted draft) has no body to read.
      if (response.status !== 204) json = JSON.parse(text);
    } catch {
      throw invalidResponse(route, 'the answer is not JSON', response.status);
    }
    try {
      return route.decode(json, '');
    } catch (error) {
      if (error instanceof d.DecodeError) throw invalidResponse(route, error.message, response.status);
      throw error;
    }
  }

  function call<T>(route: Route<T>, init?: CallInit): Promise<T> {
    const url = buildUrl(baseUrl, route.path, route.query);
    const body = route.body === undefined ? undefined : JSON.stringify(route.body);
    const signal = init?.signal;
    return withRetry(() => attempt(route, url, body, signal), {
      ...(retry === false ? {} : retry),
      retries: retry === false || !route.retry || init?.retry === false ? 0 : (retry.retries ?? 3),
      signal,
      shouldRetry: (error) => error instanceof AdapterError && error.retryable,
      ...(init?.onRetry ? { onRetry: init.onRetry } : {}),
      ...(options.random ? { random: options.random } : {}),
    });
  }

  /** A GET: safe to repeat. */
  function read<T>(
    path: string,
    decode: d.Decoder<T>,
    context: CallContext,
    init: CallInit | undefined,
    query?: Record<string, QueryValue>,
  ): Promise<T> {
    return call({ ...context, method: 'GET', path, query, retry: true, decode }, init);
  }

  /** A POST (or a PUT) of `body` as JSON; `sending.retry` says whether repeating it cannot do harm. */
  function send<T>(path: string, body: unknown, decode: d.Decoder<T>, sending: Sending, init?: CallInit): Promise<T> {
    return call({ method: 'POST', ...sending, path, body, decode }, init);
  }

  return {
    ...(options.orderOffsets ? { orderOffsets: true } : {}),
    ...(options.orderSearch ? { orderSearch: true } : {}),

    listSites(init) {
      return read('/sites', d.listed(d.site), { action: 'load the sites' }, init);
    },

    listOrders({ siteId, cursor, offset, limit, customerId, since, search, status }, init) {
      const context = { action: 'load the orders', notFound: 'this site no longer exists. Refresh the page.' };
      // An offset is sent only to a backend said to serve it; another one pages by cursor.
      const at = options.orderOffsets && offset !== undefined ? { offset } : { cursor };
      // The same for the search and the status: never to a backend that would ignore them.
      const filter = options.orderSearch ? { search: search?.trim() || undefined, status } : {};
      const query = { ...at, limit, customerId, since, ...filter };
      return read(pathOf`/sites/${siteId}/orders`, d.orderPage, context, init, query);
    },

    searchCustomers({ siteId, query, limit }, init) {
      const context = { action: 'search the customers' };
      return read(pathOf`/sites/${siteId}/customers`, d.foundCustomers, context, init, { q: query, limit });
    },

    createCustomer({ siteId, customer }, init) {
      const sending = { action: 'create the customer', retry: false };
      return send(pathOf`/sites/${siteId}/customers`, customer, d.customer, sending, init);
    },

    updateCustomer({ siteId, customerId, customer }, init) {
      const notFound = 'this customer no longer exists. Search for the customer again.';
      const sending: Sending = { action: 'save the customer', notFound, method: 'PUT', retry: false };
      return send(pathOf`/sites/${siteId}/customers/${customerId}`, customer, d.customer, sending, init);
    },

    searchProducts({ siteId, query, priceListId, limit }, init) {
      const context = { action: 'search the products' };
      const path = pathOf`/sites/${siteId}/products`;
      return read(path, d.listed(d.productSummary), context, init, { q: query, priceListId, limit });
    },

    getProduct({ siteId, productId, priceListId }, init) {
      const context = { action: 'load the product', notFound: PRODUCT_GONE };
      return read(pathOf`/sites/${siteId}/products/${productId}`, d.product, context, init, { priceListId });
    },

    configureProduct({ siteId, productId, options: chosen, priceListId }, init) {
      const notFound = 'this combination of options does not exist. Choose other options.';
      const sending = { action: 'find this product configuration', notFound, retry: true };
      const body = priceListId ? { options: chosen, priceListId } : { options: chosen };
      return send(pathOf`/sites/${siteId}/products/${productId}/configure`, body, d.variant, sending, init);
    },

    getFulfillmentOptions({ siteId, productId, variantId }, init) {
      const path = pathOf`/sites/${siteId}/products/${productId}/fulfillment`;
      const context = { action: 'load the fulfillment options', notFound: PRODUCT_GONE };
      return read(path, d.items(d.fulfillmentOption), context, init, { variantId });
    },

    async getFulfillmentOptionsBatch({ siteId, items }, init) {
      const action = 'load the fulfillment options';
      if (items.length > FULFILLMENT_BATCH_LIMIT) {
        throw new ValidationError(`Could not ${action}: at most ${FULFILLMENT_BATCH_LIMIT} items at a time.`, [
          { path: 'items', code: 'too-many', message: `Ask for at most ${FULFILLMENT_BATCH_LIMIT} items.` },
        ]);
      }
      if (!items.length) return [];
      const body = {
        items: items.map(({ productId, variantId }) => (variantId ? { productId, variantId } : { productId })),
      };
      // Read-only (a POST only because the items are a list): safe to repeat.
      const sending = { action, retry: true };
      return send(pathOf`/sites/${siteId}/fulfillment`, body, forItems(items, action), sending, init);
    },

    async getShippingMethods({ draft }, init) {
      const action = 'load the shipping methods';
      const path = pathOf`/sites/${siteOf(draft, action)}/shipping-methods`;
      return send(path, { draft: pricingDraft(draft) }, d.items(d.shippingMethod), { action, retry: true }, init);
    },

    listPriceLists({ siteId }, init) {
      return read(pathOf`/sites/${siteId}/price-lists`, d.items(d.priceList), { action: 'load the price lists' }, init);
    },

    async priceOrder({ draft }, init) {
      const action = 'price the order';
      // Only what prices depend on: no notes, gift messages or payments.
      const body = { draft: pricingDraft(draft) };
      return send(pathOf`/sites/${siteOf(draft, action)}/pricing`, body, d.pricing, { action, retry: true }, init);
    },

    listPaymentTypes({ siteId }, init) {
      const context = { action: 'load the payment types' };
      return read(pathOf`/sites/${siteId}/payment-types`, d.items(d.paymentType), context, init);
    },

    checkBalance({ siteId, typeId, code }, init) {
      const notFound = 'this code is not known. Check the code with the shopper.';
      const sending = { action: 'check the balance', notFound, retry: true, card: true };
      return send(pathOf`/sites/${siteId}/balances`, { typeId, code }, d.balance, sending, init);
    },

    tokenizeCard({ siteId, card }, init) {
      // Never repeated: a lost answer must not charge or register the card twice.
      const sending = { action: 'add the card', retry: false, card: true };
      return send(pathOf`/sites/${siteId}/card-tokens`, card, d.cardSummary, sending, init);
    },

    async submitOrder({ draft, idempotencyKey }, init) {
      const action = 'submit the order';
      const sending = {
        action,
        conflict: 'this order is still being submitted. Wait a moment, then try again.',
        headers: { 'Idempotency-Key': idempotencyKey },
        // Safe to repeat: the backend answers the same order for the same key.
        retry: true,
      };
      const path = pathOf`/sites/${siteOf(draft, action)}/orders`;
      return send(path, { draft }, forKey(idempotencyKey), sending, init);
    },

    async findOrder({ siteId, idempotencyKey }, init) {
      const context = { action: 'check whether the order was submitted' };
      try {
        return await read(
          pathOf`/sites/${siteId}/submissions/${idempotencyKey}`,
          forKey(idempotencyKey),
          context,
          init,
        );
      } catch (error) {
        // No order was created with this key.
        if (error instanceof NotFoundError) return null;
        throw error;
      }
    },

    sendConfirmation({ siteId, orderId, email }, init) {
      // Never repeated: a lost answer must not email the shopper twice.
      const sending = { action: 'send the confirmation', retry: false };
      const path = pathOf`/sites/${siteId}/orders/${orderId}/confirmation`;
      return send(path, { email }, confirmationSent, sending, init);
    },

    listLastOrderedItems({ siteId, customerId, limit }, init) {
      const context = { action: 'load the last ordered items', notFound: 'this customer no longer exists.' };
      const path = pathOf`/sites/${siteId}/customers/${customerId}/last-ordered-items`;
      return read(path, d.items(d.lastOrderedItem), context, init, { limit });
    },

    saveDraft({ siteId, draft, draftId }, init) {
      const action = 'save the draft';
      // What the builder keeps in sessionStorage (serializeDraft: known fields only, cards by token).
      const body = { draft: JSON.parse(serializeDraft(draft)) as unknown };
      if (draftId === undefined) {
        // Never repeated: a lost answer must not save the draft twice.
        return send(pathOf`/sites/${siteId}/drafts`, body, savedDraft(siteId), { action, retry: false }, init);
      }
      const notFound = 'this draft was deleted meanwhile. Save it again as a new draft.';
      const sending: Sending = { action, notFound, method: 'PUT', retry: true };
      return send(pathOf`/sites/${siteId}/drafts/${draftId}`, body, savedDraft(siteId), sending, init);
    },

    listDrafts({ siteId }, init) {
      return read(pathOf`/sites/${siteId}/drafts`, d.listed(savedDraft(siteId)), { action: 'load the drafts' }, init);
    },

    async deleteDraft({ siteId, draftId }, init) {
      const route: Route<null> = {
        action: 'delete the draft',
        method: 'DELETE',
        path: pathOf`/sites/${siteId}/drafts/${draftId}`,
        // Repeating it cannot do harm: gone is gone.
        retry: true,
        decode: () => null,
      };
      try {
        await call(route, init);
      } catch (error) {
        // Gone already (deleted elsewhere, or by a retried call whose first answer was lost): done.
        if (!(error instanceof NotFoundError)) throw error;
      }
    },

    async sendPaymentLink(draft, to, init) {
      const action = 'send the payment link';
      const { idempotencyKey } = init;
      const sending = {
        action,
        conflict: 'this order is still being submitted. Wait a moment, then try again.',
        headers: { 'Idempotency-Key': idempotencyKey },
        // Safe to repeat, as the submit: the backend answers the same order (and link) for the same key.
        retry: true,
      };
      const path = pathOf`/sites/${siteOf(draft, action)}/orders/payment-link`;
      return send(path, { draft, to }, forKey(idempotencyKey), sending, init);
    },
    customLines: options.customLines !== false,
    getOrder({ siteId, orderId }, init) {
      const context = { action: 'load the order', notFound: 'this order no longer exists.' };
      return read(pathOf`/sites/${siteId}/orders/${orderId}`, d.orderRecord, context, init);
    },
  };
}

/** The answer of `sendConfirmation`. */
const confirmationSent: d.Decoder<ConfirmationSent> = d.object({ email: d.string });

/**
 * The options of each item of a batch, checked to be about the items asked, in their order: an
 * answer about other items (or a different number of them) would show one product's stock on
 * another's line, and is refused whole.
 */
function forItems(items: readonly FulfillmentItem[], action: string): d.Decoder<(FulfillmentOption[] | null)[]> {
  const entries = d.items(d.fulfillmentEntry);
  return (value, path) => {
    const answered = entries(value, path);
    const same = (item: FulfillmentItem, i: number) =>
      answered[i]?.productId === item.productId && (answered[i]?.variantId ?? null) === (item.variantId || null);
    if (answered.length !== items.length || !items.every(same)) {
      throw new InvalidResponseError(
        `Could not ${action}: the stock service answered about other items. Try again; if it keeps happening, ask an administrator.`,
      );
    }
    return answered.map((entry) => entry.options);
  };
}

/**
 * The submitted order, checked to be the one of this key: an answer that echoes another key (or
 * none) is about another order, and must never be shown as this one.
 */
function forKey(idempotencyKey: string): d.Decoder<SubmittedOrder> {
  return (value, path) => {
    const order = d.submittedOrder(value, path);
    if (order.idempotencyKey !== idempotencyKey) {
      // In the agent's words, not the decoder's (no field names): what happened, what to do.
      const about =
        order.idempotencyKey === undefined
          ? 'did not say which order it answered about'
          : 'answered about another order';
      throw new InvalidResponseError(
        `Could not submit the order: the order service ${about}. Try again; if it keeps happening, ask an administrator.`,
      );
    }
    return order;
  };
}

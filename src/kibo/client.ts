/**
 * The HTTP side of the Kibo adapter: one request to Kibo's REST API with the headers Kibo wants
 * (`Authorization: Bearer …` from `getAccessToken()`, re-read before every attempt, none when it is
 * empty or the call is anonymous (the payment service); `x-vol-tenant`;
 * `x-vol-site` on the site's calls), a timeout per attempt, the caller's abort, retries of what is
 * safe to repeat (`withRetry`), redirects never followed to another origin (`redirects.ts`), and
 * Kibo's errors as typed errors (`errors.ts`).
 */
import type { CallInit } from '../adapter/adapter.js';
import { DecodeError, type Decoder } from '../adapter/decode.js';
import { AdapterError, UnavailableError } from '../adapter/errors.js';
import { type QueryValue, buildUrl, invalidResponse, timedOut, unreachable } from '../adapter/http.js';
import { RedirectRefused, fetchWithoutForeignRedirects, redirected } from '../adapter/redirects.js';
import { withRetry, withTimeout } from '../adapter/retry.js';
import { type KiboCallContext, kiboErrorFromResponse } from './errors.js';

export interface KiboRetryOptions {
  /** Retries after the first attempt. Default 3. */
  retries?: number;
  /** The first backoff ceiling. Default 250 ms. */
  baseDelayMs?: number;
  /** The largest backoff ceiling. Default 4000 ms. */
  maxDelayMs?: number;
  /** Gives up at once when `Retry-After` asks for longer than this. Default 30 000 ms. */
  maxRetryAfterMs?: number;
}

export interface KiboClientOptions {
  /**
   * Where Kibo's paths (`/commerce/…`, `/platform/…`) live: the tenant's API root
   * ("https://t12345.sandbox.mozu.com/api") or a proxy of the host's ("/kibo/api"). A function
   * is asked for each call with the site it is about (null for the tenant's calls), for a host
   * that sends site calls to the site-level host ("https://t12345-s67890.sandbox.mozu.com/api").
   */
  apiHost: string | ((siteId: string | null) => string);
  /** The Kibo tenant id, sent as `x-vol-tenant`. */
  tenantId: number;
  /**
   * The access token, asked before every attempt (a retry picks up a refreshed one). The host
   * owns authentication: never put an application's client secret in a page.
   */
  getAccessToken: () => string | Promise<string>;
  /** The fetch to use (defaults to the global one, looked up at each call). */
  fetch?: typeof fetch;
  /** Timeout of each attempt, in milliseconds. Default 15 000; 0 disables it. */
  timeoutMs?: number;
  /** Retries of the calls that are safe to repeat, or `false` to never retry. */
  retry?: KiboRetryOptions | false;
  /** A number in [0, 1) for the backoff jitter; `Math.random` by default. */
  random?: () => number;
}

export interface KiboRequest<T> extends KiboCallContext {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Kibo's path, its parameters already encoded (`pathOf`). */
  path: string;
  /**
   * Where `path` lives when it is not Kibo's API (`apiHost`): the payment service's origin, or the
   * host's proxy of it (`paymentServiceUrl`, see cards.ts).
   */
  root?: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** The site a site-scoped call is about (`x-vol-site`); absent for the tenant's calls. */
  siteId?: string;
  /** Whether repeating the request cannot do harm. */
  retry: boolean;
  /** Card data (a card, a gift card or store credit code): never redirected, not even to the same origin. */
  card?: boolean;
  /**
   * Sent without the access token: the payment service takes none (Kibo's storefronts call it
   * without one), and the admin's token has no business there.
   */
  anonymous?: boolean;
  /** Reads the answer (`undefined` for an empty one). */
  decode: Decoder<T>;
}

const DEFAULT_TIMEOUT_MS = 15_000;

export type KiboRequester = <T>(request: KiboRequest<T>, init?: CallInit) => Promise<T>;

/** `request(…)`: one Kibo call, with its retries. */
export function createKiboClient(options: KiboClientOptions): KiboRequester {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, retry = {} } = options;
  const fetcher: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function headersFor(request: KiboRequest<unknown>): Promise<Headers> {
    let token = '';
    try {
      if (!request.anonymous) token = await options.getAccessToken();
    } catch (cause) {
      throw new UnavailableError(
        `Could not ${request.action}: no access to Kibo could be obtained. Sign in again; if it keeps happening, ask an administrator.`,
        { cause },
      );
    }
    const headers = new Headers({ Accept: 'application/json' });
    // An empty token: the host's proxy adds it.
    if (token) headers.set('Authorization', `Bearer ${token}`);
    headers.set('x-vol-tenant', String(options.tenantId));
    if (request.siteId !== undefined) headers.set('x-vol-site', request.siteId);
    if (request.body !== undefined) headers.set('Content-Type', 'application/json');
    return headers;
  }

  async function attempt<T>(request: KiboRequest<T>, url: string, body: string | undefined, signal?: AbortSignal) {
    const headers = await headersFor(request);
    const timeout = withTimeout(signal, timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetchWithoutForeignRedirects(fetcher, url, {
        method: request.method,
        headers,
        body,
        signal: timeout.signal,
        redirect: request.card ? 'error' : 'manual',
      });
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (error instanceof RedirectRefused) throw redirected(request, error);
      if (timeout.timedOut()) throw timedOut(request, error);
      throw unreachable(request, error);
    }
    if (!response.ok) throw kiboErrorFromResponse(response.status, response.headers, text, request);
    let json: unknown;
    if (text.trim()) {
      try {
        json = JSON.parse(text);
      } catch {
        throw invalidResponse(request, 'the answer is not JSON', response.status);
      }
    }
    try {
      return request.decode(json, '');
    } catch (error) {
      if (error instanceof DecodeError) throw invalidResponse(request, error.message, response.status);
      throw error;
    }
  }

  return function request<T>(request: KiboRequest<T>, init?: CallInit): Promise<T> {
    const root =
      request.root ??
      (typeof options.apiHost === 'function' ? options.apiHost(request.siteId ?? null) : options.apiHost);
    const url = buildUrl(root, request.path, request.query);
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    const signal = init?.signal;
    return withRetry(() => attempt(request, url, body, signal), {
      ...(retry === false ? {} : retry),
      retries: retry === false || !request.retry || init?.retry === false ? 0 : (retry.retries ?? 3),
      signal,
      shouldRetry: (error) => error instanceof AdapterError && error.retryable,
      ...(init?.onRetry ? { onRetry: init.onRetry } : {}),
      ...(options.random ? { random: options.random } : {}),
    });
  };
}

/**
 * Redirects in the REST adapter. A request is never sent on to another origin: a backend (or
 * anything between it and the page) answering 307 with a `Location` elsewhere would otherwise
 * have the browser POST the same body there, a card number and security code included.
 *
 * Every call is made with `redirect: 'manual'` (card data, with `redirect: 'error'`). A browser
 * then shows no redirect at all (an "opaque redirect"), so none is followed: the call fails with
 * an InvalidResponseError after one request. A `fetch` that shows redirects (a host's, on a
 * server) has its same-origin ones followed, at most `MAX_REDIRECTS` per call, never one to
 * another origin, and never one for card data.
 */
import { InvalidResponseError } from './errors.js';
import type { CallContext } from './http.js';

/** The most same-origin redirects one call follows, when its `fetch` shows them at all. */
export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Why a redirect was not followed; the adapter turns it into an error for the agent. */
export class RedirectRefused extends Error {
  override name = 'RedirectRefused';
}

function resolve(location: string | null, from: string): URL | null {
  if (!location) return null;
  try {
    return new URL(location, new URL(from, globalThis.location?.href));
  } catch {
    return null;
  }
}

/**
 * `fetcher(url, init)` that follows a redirect only to the same origin and at most
 * `MAX_REDIRECTS` times, and none when `init.redirect` is "error". Rejects with `RedirectRefused`
 * for any other redirect, without sending anything to its `Location`.
 */
export async function fetchWithoutForeignRedirects(
  fetcher: typeof fetch,
  url: string,
  init: RequestInit & { redirect: 'manual' | 'error' },
): Promise<Response> {
  let target = url;
  let request: RequestInit = init;
  for (let redirects = 0; ; redirects++) {
    const response = await fetcher(target, request);
    if (response.type === 'opaqueredirect') throw new RedirectRefused('redirected (not shown to the page)');
    if (!REDIRECT_STATUSES.has(response.status)) return response;
    const next = resolve(response.headers.get('Location'), target);
    const from = resolve(target, target);
    if (init.redirect === 'error') throw new RedirectRefused('redirected a request with card data');
    if (!next || !from || next.origin !== from.origin) throw new RedirectRefused('redirected to another origin');
    if (redirects >= MAX_REDIRECTS) throw new RedirectRefused('redirected too many times');
    // As fetch does: 303, and 301/302 after a POST, go on as a GET without a body.
    const status = response.status;
    if (status === 303 || ((status === 301 || status === 302) && request.method === 'POST')) {
      request = { ...request, method: 'GET', body: null };
    }
    target = next.href;
  }
}

/** The error of a call whose redirect was not followed: not retried (it would be redirected again). */
export function redirected(context: CallContext, cause: RedirectRefused): InvalidResponseError {
  return new InvalidResponseError(
    `Could not ${context.action}: the order service sent the request on to another address, which this page does not follow. ` +
      'If it keeps happening, ask an administrator.',
    { cause },
  );
}

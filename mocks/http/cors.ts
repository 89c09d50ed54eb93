/**
 * CORS of the mock server: a page on a loopback origin (the demo's dev server, web-test-runner's
 * page on another port) may call it; any other origin is refused. The allowed request headers are
 * the ones the REST adapter sends (src/adapter/rest-adapter.ts: Accept, Content-Type,
 * Idempotency-Key), a host's Authorization, and the tests' epoch mark; the exposed response headers
 * are the ones it reads (Retry-After). A request with another header fails its preflight, as it
 * would against a production server configured the same way.
 */
import { ALLOWED_REQUEST_HEADERS, EXPOSED_RESPONSE_HEADERS } from './protocol.js';

export const ALLOWED_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'];

/** How long a browser may keep a preflight's answer (seconds). */
const PREFLIGHT_MAX_AGE = 600;

/** Whether an `Origin` header names a page on this machine: localhost, 127.0.0.0/8 or [::1], http or https. */
export function isLoopbackOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The CORS headers of every answer to a request from `origin` (none for a request without one). */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  if (origin === undefined) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': EXPOSED_RESPONSE_HEADERS.join(', '),
    Vary: 'Origin',
  };
}

/** The answer to a preflight (`OPTIONS` with `Access-Control-Request-Method`). */
export function preflightHeaders(origin: string, extraHeaders: readonly string[] = []): Record<string, string> {
  return {
    ...corsHeaders(origin),
    'Access-Control-Allow-Methods': ALLOWED_METHODS.join(', '),
    'Access-Control-Allow-Headers': [...ALLOWED_REQUEST_HEADERS, ...extraHeaders].join(', '),
    'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE),
    Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
  };
}

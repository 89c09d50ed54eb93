/**
 * The contract guard on the browser side: a `fetch` that hands every request and every answer
 * exchanged with the mock backend to the `openapi-contract` plugin of web-test-runner
 * (test/adapter/openapi-contract-plugin.mjs), which validates them against api/openapi.yaml.
 *
 * Checks run beside the exchange, never in its way, so that they cannot change the timing the
 * timeout and retry tests rely on; `settle()` waits for them and answers the violations.
 */
import { executeServerCommand } from '@web/test-runner-commands';

interface CheckResult {
  operationId: string | null;
  errors: string[];
}

export interface Contract {
  /** Pass to `createRestAdapter({ fetch })`. */
  fetch: typeof fetch;
  /** Waits for the pending checks and answers (and forgets) the violations found so far. */
  settle(): Promise<string[]>;
  /** The operationIds answered with a 2xx at least once. */
  readonly exercised: ReadonlySet<string>;
}

export function operationIds(): Promise<string[]> {
  return executeServerCommand<string[], undefined>('openapi-contract:operations');
}

/** The operationId of api/openapi.yaml that `method` on `url` addresses; null when it is none of them. */
export async function operationOf(method: string, url: string): Promise<string | null> {
  const payload = { phase: 'request', method: method.toUpperCase(), url, requestHeaders: {} };
  return (await executeServerCommand<CheckResult, Record<string, unknown>>('openapi-contract:check', payload))
    .operationId;
}

export function createContract(base: typeof fetch = (input, init) => globalThis.fetch(input, init)): Contract {
  let pending: Promise<void>[] = [];
  let violations: string[] = [];
  const exercised = new Set<string>();

  function check(label: string, payload: Record<string, unknown>) {
    pending.push(
      executeServerCommand<CheckResult, Record<string, unknown>>('openapi-contract:check', payload).then((result) => {
        violations.push(...result.errors.map((e) => `${label} (${result.operationId ?? 'unknown'}): ${e}`));
        const status = payload['status'];
        if (result.operationId && typeof status === 'number' && status >= 200 && status < 300) {
          exercised.add(result.operationId);
        }
      }),
    );
  }

  const contractFetch: typeof fetch = async (input, init) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const label = `${method} ${url}`;
    const requestHeaders = Object.fromEntries(new Headers(init?.headers).entries());
    const requestBody = typeof init?.body === 'string' ? init.body : undefined;
    check(label, { phase: 'request', method, url, requestHeaders, requestBody });
    const response = await base(input, init);
    pending.push(
      response
        .clone()
        .text()
        .then(
          (responseBody) =>
            check(label, {
              phase: 'response',
              method,
              url,
              status: response.status,
              responseContentType: response.headers.get('Content-Type'),
              responseBody,
            }),
          // The caller aborted or timed out while the body streamed: nothing to check.
          () => undefined,
        ),
    );
    return response;
  };

  return {
    fetch: contractFetch,
    exercised,
    async settle() {
      while (pending.length) {
        const batch = pending;
        pending = [];
        await Promise.all(batch);
      }
      const found = violations;
      violations = [];
      return found;
    },
  };
}

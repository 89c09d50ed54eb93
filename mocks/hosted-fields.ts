/**
 * A fake payment provider with hosted card fields, for the hosted-fields story, the demo and tests.
 *
 * - `createHostedFieldsHandlers({ baseUrl })`: MSW handlers serving the provider's page at
 *   `${baseUrl}/hosted-fields/{siteId}`. The page has its own card number, expiry and security code
 *   inputs; asked for a token (a `postMessage`), it sends the card to the mock's tokenizer
 *   (`POST …/card-tokens`) itself, clears its inputs and posts back the card summary only.
 * - `connectHostedFields(iframe)`: the host's side, a `tokenizeHosted` function for
 *   `<payment-panel hosted-fields>`. It asks the frame for a token and turns the provider's
 *   refusals into the adapter's typed errors (a decline into `DeclinedError`).
 *
 * The host page never sees the card number: it lives in the frame's document. (A real provider
 * serves the frame from its own origin; this fake shares the page's origin so that MSW serves it.)
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { DeclinedError, UnavailableError, ValidationError } from '../src/adapter/errors.js';
import type { HostedCardDetails } from '../src/elements/payment-panel/payment-panel.js';
import type { CardSummary, Problem } from '../src/model/types.js';

/** Where the fake provider's page for a site is served. */
export function hostedFieldsUrl(baseUrl: string, siteId: string): string {
  return `${baseUrl}/hosted-fields/${encodeURIComponent(siteId)}`;
}

/** The provider's answer to a tokenize message. */
type FrameAnswer =
  | { type: 'tokenized'; id: string; card: CardSummary }
  | { type: 'failed'; id: string; status: number; detail: string; code?: string; errors?: Problem[] };

function page(tokenUrl: string): string {
  // Served as a document of its own: the script only runs inside the frame.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Card details</title>
<style>
  body { margin: 0; font: 0.875rem/1.5 system-ui, sans-serif; color: #1f2328; background: transparent; }
  form { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.75rem; }
  label { display: grid; gap: 0.25rem; font-weight: 600; }
  input { box-sizing: border-box; inline-size: 100%; min-inline-size: 0; min-block-size: 2.25rem; padding: 0 0.75rem; border: 1px solid #818b98; border-radius: 0.375rem; font: inherit; }
  input:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
  p { grid-column: 1 / -1; margin: 0; color: #59636e; font-size: 0.8125rem; }
</style>
</head>
<body>
<form>
  <label>Card number <input id="number" inputmode="numeric" autocomplete="off"></label>
  <label>Expiry (MM/YY) <input id="expiry" inputmode="numeric" autocomplete="off"></label>
  <label>Security code <input id="code" inputmode="numeric" autocomplete="off"></label>
  <p>Secured by Example Pay (a fake provider for this demo).</p>
</form>
<script>
  const tokenUrl = ${JSON.stringify(tokenUrl)};
  const field = (id) => document.getElementById(id);
  addEventListener('message', async (event) => {
    if (event.source !== parent || event.origin !== location.origin || event.data?.type !== 'tokenize') return;
    const { id, nameOnCard } = event.data;
    const [month, year] = field('expiry').value.split(/[\\s/.-]+/);
    const answer = (message) => parent.postMessage({ id, ...message }, location.origin);
    try {
      const response = await fetch(tokenUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          number: field('number').value.replace(/[\\s-]/g, ''),
          expiryMonth: Number(month),
          expiryYear: Number(year),
          securityCode: field('code').value.trim(),
          nameOnCard: String(nameOnCard ?? ''),
        }),
      });
      const body = await response.json();
      if (response.ok) {
        field('number').value = field('code').value = '';
        answer({ type: 'tokenized', card: body });
      } else {
        answer({ type: 'failed', status: response.status, detail: body.detail ?? body.title, code: body.code, errors: body.errors });
      }
    } catch {
      answer({ type: 'failed', status: 0, detail: 'The payment provider could not be reached. Try again.' });
    }
  });
</script>
</body>
</html>`;
}

/** MSW handlers that serve the fake provider's page for each site, tokenizing through `${baseUrl}/sites/{siteId}/card-tokens`. */
export function createHostedFieldsHandlers(options: { baseUrl?: string } = {}): HttpHandler[] {
  const baseUrl = options.baseUrl ?? '/api/v1';
  return [
    http.get(`${baseUrl}/hosted-fields/:siteId`, ({ params }) => {
      const siteId = encodeURIComponent(String(params['siteId']));
      return new HttpResponse(page(`${baseUrl}/sites/${siteId}/card-tokens`), {
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      });
    }),
  ];
}

/** A `tokenizeHosted` for `<payment-panel>` that asks the fake provider's frame for a token. */
export function connectHostedFields(frame: HTMLIFrameElement): (details: HostedCardDetails) => Promise<CardSummary> {
  return (details) =>
    new Promise<CardSummary>((resolve, reject) => {
      const id = crypto.randomUUID();
      const onMessage = (event: MessageEvent<FrameAnswer>) => {
        if (event.source !== frame.contentWindow || event.data?.id !== id) return;
        removeEventListener('message', onMessage);
        const answer = event.data;
        if (answer.type === 'tokenized') return resolve(answer.card);
        const { status, detail } = answer;
        reject(
          status === 402
            ? new DeclinedError(detail, { status, ...(answer.code ? { code: answer.code } : {}) })
            : status === 400 || status === 422
              ? new ValidationError(detail, answer.errors ?? [], { status })
              : new UnavailableError(detail, { status }),
        );
      };
      addEventListener('message', onMessage);
      if (!frame.contentWindow) {
        removeEventListener('message', onMessage);
        reject(new UnavailableError('The card fields are not loaded yet. Try again.'));
        return;
      }
      frame.contentWindow.postMessage({ type: 'tokenize', id, nameOnCard: details.nameOnCard }, location.origin);
    });
}

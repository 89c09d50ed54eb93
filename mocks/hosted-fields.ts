/**
 * A fake payment provider with hosted card fields, for the hosted-fields story, the demo and tests.
 *
 * - `hostedFieldsUrl(baseUrl, siteId)`: the provider's page, a static document of its own
 *   (`public/example-pay/`). It has its own card number, expiry and security code inputs; asked
 *   for a token (a `postMessage`), it sends the card to the mock's tokenizer (`POST …/card-tokens`)
 *   itself, clears its inputs and posts back the card summary only.
 * - `connectHostedFields(iframe)`: the host's side, a `tokenizeHosted` function for
 *   `<payment-panel hosted-fields>`. It asks the frame for a token and turns the provider's
 *   refusals into the adapter's typed errors (a decline into `DeclinedError`).
 *
 * The host page never sees the card number: it lives in the frame's document. (A real provider
 * serves the frame from its own origin; this fake shares the page's origin so that MSW answers its
 * tokenize request.)
 */
import { DeclinedError, UnavailableError, ValidationError } from '../src/adapter/errors.js';
import type { HostedCardDetails } from '../src/elements/payment-panel/payment-panel.js';
import type { CardSummary, Problem } from '../src/model/types.js';

/**
 * Where the fake provider's page for a site is served: `public/example-pay/card-fields.html` (at
 * the root of the demo and Storybook), tokenizing through `${baseUrl}/sites/{siteId}/card-tokens`.
 */
export function hostedFieldsUrl(baseUrl: string, siteId: string): string {
  const tokens = `${baseUrl}/sites/${encodeURIComponent(siteId)}/card-tokens`;
  return `/example-pay/card-fields.html?tokens=${encodeURIComponent(tokens)}`;
}

/** The provider's answer to a tokenize message. */
type FrameAnswer =
  | { type: 'tokenized'; id: string; card: CardSummary }
  | { type: 'failed'; id: string; status: number; detail: string; code?: string; errors?: Problem[] };

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

// Proof that the JSX types are real (not `any`): tsc must report each marked line as an error,
// else `@ts-expect-error` itself fails the type check (npm run example:react). Not bundled.
import type { OrderAdapter } from 'offline-order-elements';

declare const adapter: OrderAdapter;

export const accepted = (
  <offline-order-builder
    adapter={adapter}
    site-id="us"
    orders-hidden
    onorder-submitted={(event) => event.orderNumber.toUpperCase()}
    onsite-change={(event) => event.site.id}
  />
);

export const refused = [
  // @ts-expect-error `adapter` is an OrderAdapter, not a URL string.
  <offline-order-builder adapter="https://example.com/api" />,
  // @ts-expect-error `order-submitted` is an OrderSubmittedEvent: it has no `detail`.
  <offline-order-builder onorder-submitted={(event) => event.detail} />,
  // @ts-expect-error `orders-hidden` is a boolean.
  <offline-order-builder orders-hidden={42} />,
  // @ts-expect-error `sites` is read-only (a getter): not a prop.
  <offline-order-builder sites={[]} />,
  // @ts-expect-error `site-change` carries the site, not an order number.
  <offline-order-builder onsite-change={(event) => event.orderNumber} />,
];

import { useState } from 'react';
import type { OrderAdapter, OrderSubmittedEvent } from 'offline-order-elements';

/** The host's page: its own heading and status, and the builder with the host's adapter. */
export function App({ adapter }: { adapter: OrderAdapter }) {
  const [submitted, setSubmitted] = useState<string | null>(null);
  // React 19 sets `adapter` as a property (the element has it) and listens to `order-submitted`
  // through the `onorder-submitted` prop; the handler receives the library's event class.
  const onSubmitted = (event: OrderSubmittedEvent) => setSubmitted(event.orderNumber);
  return (
    <main>
      <h1>Orders desk</h1>
      <p role="status" id="host-status">
        {submitted ? `The host saw order ${submitted}.` : 'No order submitted yet.'}
      </p>
      <offline-order-builder adapter={adapter} width-storage-key="react-host" onorder-submitted={onSubmitted} />
    </main>
  );
}

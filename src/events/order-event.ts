/**
 * The base of the library's events: one class per event, each extending `OrderEvent` with the
 * fields it carries and naming its type in `static readonly eventName`:
 *
 * ```ts
 * export class DraftChangeEvent extends OrderEvent<{ draft: OrderDraft }> {
 *   static readonly eventName = 'draft-change';
 * }
 * new DraftChangeEvent({ draft }); // event.type === 'draft-change', event.draft === draft
 * ```
 *
 * Every event bubbles and crosses shadow roots (composed); a request event that a host may veto
 * passes `{ cancelable: true }`. The fields of `init` become the event's own read-only properties,
 * copied once when it is created.
 */

/** What an event class may add to the defaults (bubbles, composed, not cancelable). */
export interface OrderEventOptions {
  cancelable?: boolean;
}

/** The constructor `OrderEvent` is: an `Event` that also has the fields of `init`. */
export interface OrderEventConstructor {
  new <Init extends object>(init: Init, options?: OrderEventOptions): Event & Readonly<Init>;
}

/** An event class: the constructor of a subclass, which names its type. */
interface EventClass {
  readonly eventName: string;
}

class OrderEventBase extends Event {
  constructor(init: object, options: OrderEventOptions = {}) {
    // The type is the one the subclass being constructed names.
    super((new.target as unknown as EventClass).eventName, { bubbles: true, composed: true, ...options });
    Object.assign(this, init);
  }
}

export const OrderEvent = OrderEventBase as unknown as OrderEventConstructor;

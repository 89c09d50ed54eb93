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
 * Every event bubbles and crosses shadow roots (composed). The fields of `init` become the event's
 * own read-only properties, copied once when it is created.
 *
 * `order-submit` and `order-submitted` extend `Event` themselves: they are created only by the
 * builder's on-demand submission module, and sharing this class with it too would give this class a
 * chunk of its own on the builder page (`npm run size`); here it joins the elements' shared chunk.
 */

/** The constructor `OrderEvent` is: an `Event` that also has the fields of `init`. */
export interface OrderEventConstructor {
  new <Init extends object>(init: Init): Event & Readonly<Init>;
}

/** An event class: the constructor of a subclass, which names its type. */
interface EventClass {
  readonly eventName: string;
}

class OrderEventBase extends Event {
  constructor(init: object) {
    // The type is the one the subclass being constructed names.
    super((new.target as unknown as EventClass).eventName, { bubbles: true, composed: true });
    Object.assign(this, init);
  }
}

export const OrderEvent = OrderEventBase as unknown as OrderEventConstructor;

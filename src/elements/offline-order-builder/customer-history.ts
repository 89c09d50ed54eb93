import { nothing } from 'lit';
import type { ReactiveElement } from 'lit';
import { OnDemand } from '../../controllers/on-demand.js';
import type { CustomerHistory, CustomerHistoryOptions } from './customer-history-view.js';

/**
 * The chosen customer's last orders and last ordered items, under the customer in the new order.
 * What reads them, the quick "Add" and the card (`CustomerHistory`, customer-history-view.ts) load
 * on demand, once a customer is chosen; the reads start as soon as that code is there.
 */
export class CustomerHistoryController {
  private readonly history: OnDemand<CustomerHistory>;

  constructor(
    host: ReactiveElement,
    private readonly options: CustomerHistoryOptions,
  ) {
    this.history = new OnDemand(host, () =>
      import('./customer-history-view.js').then((module) => new module.CustomerHistory(host, options)),
    );
  }

  /** Under the chosen customer: their last orders and last ordered items; nothing without a customer. */
  render(): unknown {
    if (!this.options.draft().customer) return nothing;
    const history = this.history.value;
    if (!history) this.history.preload();
    return history?.render() ?? nothing;
  }
}

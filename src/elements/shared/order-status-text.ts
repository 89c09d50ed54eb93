import { msg } from './localize.js';
import type { OrderStatus } from '../../model/types.js';

/** An order's status in the agent's words ("Shipped"); a status the library does not know, as it is. */
export function orderStatusText(status: OrderStatus): string {
  switch (status) {
    case 'new':
      return msg('New');
    case 'open':
      return msg('Open');
    case 'shipped':
      return msg('Shipped');
    case 'completed':
      return msg('Completed');
    case 'cancelled':
      return msg('Cancelled');
    default:
      return String(status);
  }
}

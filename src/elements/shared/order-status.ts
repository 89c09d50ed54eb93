/** What an order's status reads as, wherever one shows (the orders list, the customer's last orders, the order's sheet). */
import { msg } from './localize.js';
import type { OrderStatus } from '../../model/types.js';

export function orderStatusLabel(status: OrderStatus): string {
  const labels: Record<OrderStatus, string> = {
    new: msg('New'),
    open: msg('Open'),
    shipped: msg('Shipped'),
    completed: msg('Completed'),
    cancelled: msg('Cancelled'),
    'awaiting-payment': msg('Payment link sent'),
  };
  // An adapter's status the model does not know (decoded away, but kept safe): as it came.
  return labels[status] ?? String(status);
}

/**
 * Context objects through which <offline-order-builder> provides the adapter and the current site
 * to its children. Keys are `Symbol.for(…)` so that two copies of this package still match.
 * Children consume with `subscribe: true` and also accept `.adapter` set directly by a host.
 */
import { createContext } from '@lit/context';
import type { Site } from '../model/types.js';
import type { OrderAdapter } from './adapter.js';

export const adapterContext = createContext<OrderAdapter | undefined>(Symbol.for('offline-orders/adapter'));

export const siteContext = createContext<Site | undefined>(Symbol.for('offline-orders/site'));

/**
 * `offline-order-elements/kibo`: the Kibo Commerce adapter, a package entry of its own so that
 * neither the main entry nor `define.js` carries it (see docs/KIBO.md).
 */
export { createKiboAdapter } from './adapter.js';
export type { KiboAdapterOptions } from './adapter.js';
export type { KiboRetryOptions } from './client.js';

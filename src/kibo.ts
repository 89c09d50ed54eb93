// `offline-order-elements/kibo` (dist/kibo.js): the Kibo Commerce adapter. Not imported by the
// main entry nor by `define.js`: a host that does not use Kibo never loads it.
export * from './kibo/index.js';

export * from '../../src/model/totals.js';

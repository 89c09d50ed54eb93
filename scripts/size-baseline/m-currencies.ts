export * from '../../src/model/currencies.js';

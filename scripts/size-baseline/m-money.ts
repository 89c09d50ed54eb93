export * from '../../src/model/money.js';

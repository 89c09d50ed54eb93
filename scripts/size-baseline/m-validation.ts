export * from '../../src/model/validation.js';

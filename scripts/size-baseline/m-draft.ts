export * from '../../src/model/draft.js';

import { useMockBackend } from '../support/mock.js';
import { hostileSuite } from './support/hostile-suite.js';

hostileSuite('MSW', () => {
  const mock = useMockBackend();
  return () => mock.adapter;
});

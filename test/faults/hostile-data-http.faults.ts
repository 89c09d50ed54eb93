import { useHttpMock } from '../support/http-mock.js';
import { hostileSuite } from './support/hostile-suite.js';

hostileSuite('HTTP', () => {
  const mock = useHttpMock();
  return () => mock.adapter();
});

import { MockBackend, type MockBackendOptions } from '../mocks/backend.js';

/**
 * A mock backend built on its first use. Seeding takes a moment (ten thousand orders for the
 * builder's ManyOrders), and a stories module defines every story's backend up front, so each
 * preview would pay for all of them; the handlers only call methods, which the proxy forwards to
 * the real backend.
 */
export function lazyBackend(options: MockBackendOptions): MockBackend {
  let real: MockBackend | undefined;
  return new Proxy({} as MockBackend, {
    get(_target, property) {
      real ??= new MockBackend(options);
      const value: unknown = Reflect.get(real, property, real);
      return typeof value === 'function' ? value.bind(real) : value;
    },
  });
}

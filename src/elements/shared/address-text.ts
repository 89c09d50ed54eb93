/** An address as an agent reads it back to a shopper: on one line, each part isolated (bidi). */
import { isolate } from './bidi.js';
import type { Address, AddressInput } from '../../model/types.js';

/** An address on one line, as an agent reads it back to a shopper. */
export const addressText = (a: Address | AddressInput | null): string =>
  a
    ? [a.name, a.line1, a.line2, a.city, `${isolate(a.region)} ${isolate(a.postalCode)}`, a.country]
        .map((part) => isolate(part ?? ''))
        .filter(Boolean)
        .join(', ')
    : '';

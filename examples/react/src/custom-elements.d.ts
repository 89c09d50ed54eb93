// The library's JSX types (generated from custom-elements.json by `npm run analyze`) become React's
// intrinsic elements: `<offline-order-builder adapter={…} onorder-submitted={…}>` is type-checked.
import type { CustomElements } from 'offline-order-elements/jsx';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

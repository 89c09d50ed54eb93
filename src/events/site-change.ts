import type { Site } from '../model/types.js';
import { OrderEvent } from './order-event.js';

/**
 * Fired by `<offline-order-builder>` when the agent picks a site (in the site picker or in the
 * header). Not fired when a host sets `siteId`, nor when the only site is picked automatically.
 */
export class SiteChangeEvent extends OrderEvent<{
  /** The site the agent picked. */
  site: Site;
  /** The site chosen before, or null when this is the first choice. */
  previousSite: Site | null;
}> {
  static readonly eventName = 'site-change';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'site-change': SiteChangeEvent;
  }
}

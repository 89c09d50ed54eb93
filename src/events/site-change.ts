import type { Site } from '../model/types.js';

/**
 * Fired by `<offline-order-builder>` when the agent picks a site (in the site picker or in the
 * header). Not fired when a host sets `siteId`, nor when the only site is picked automatically.
 */
export class SiteChangeEvent extends Event {
  static readonly eventName = 'site-change';

  /** The site the agent picked. */
  readonly site: Site;
  /** The site chosen before, or null when this is the first choice. */
  readonly previousSite: Site | null;

  constructor(init: { site: Site; previousSite: Site | null }) {
    super(SiteChangeEvent.eventName, { bubbles: true, composed: true });
    this.site = init.site;
    this.previousSite = init.previousSite;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'site-change': SiteChangeEvent;
  }
}

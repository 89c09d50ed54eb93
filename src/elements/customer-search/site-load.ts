import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { isAbortError } from '../../adapter/errors.js';
import type { Site } from '../../model/types.js';

/** What the load reads from `<customer-search>`. */
export interface SiteLoadSource extends ReactiveControllerHost {
  readonly adapter: OrderAdapter | undefined;
  /** A site given by context or by the host: nothing is loaded then. */
  readonly site: Site | undefined;
  /** The id of the site to find when no `site` is given. */
  readonly siteId: string | null;
}

/** What a load runs with: the adapter, the id of the site to find, and the site given (if any). */
type SiteLoadArgs = [adapter: OrderAdapter | undefined, siteId: string | null, given: Site | undefined];

/**
 * `<customer-search>` alone with `site-id`: finds that site with `adapter.listSites()`, to know its
 * customer set. A Task, run again when the adapter, `site-id` or the given site changes (a newer load
 * aborts the older one) unless the site is given or already loaded. Leaving the page aborts a load
 * in flight; back in the page, it starts again (`onResume`: the element searches its query again).
 */
export class SiteLoad implements ReactiveController {
  private readonly source: SiteLoadSource;
  /** The site `site-id` names, once found; kept while another load runs. */
  private readonly task: Task<SiteLoadArgs, Site | undefined>;
  private readonly onResume: () => void;
  /** Whether the element left the page without a site loaded: it loads again when back. */
  private resume = false;

  constructor(source: SiteLoadSource, onResume: () => void) {
    this.source = source;
    this.onResume = onResume;
    source.addController(this);
    this.task = new Task<SiteLoadArgs, Site | undefined>(source, {
      args: (): SiteLoadArgs => [source.adapter, source.siteId, source.site],
      task: (args, { signal }) => this.load(args, signal),
    });
  }

  /** The site `site-id` names, once loaded (undefined for any other id). */
  get site(): Site | undefined {
    const loaded = this.task.value;
    return loaded && loaded.id === this.source.siteId ? loaded : undefined;
  }

  /** Whether the site is being looked for (the search waits for it: "Loading…"). */
  get loading(): boolean {
    const { adapter, site, siteId } = this.source;
    return this.task.status === TaskStatus.PENDING && !!adapter && !!siteId && !site && !this.site;
  }

  /** Whether the site could not be loaded (its error is `error`). */
  get failed(): boolean {
    return this.task.status === TaskStatus.ERROR && !isAbortError(this.task.error);
  }

  get error(): unknown {
    return this.failed ? this.task.error : undefined;
  }

  /** The site once the load in flight (if any) is over; rejects when it failed. */
  whenLoaded(): Promise<Site | undefined> {
    return this.task.taskComplete;
  }

  /** Loads the site again (Retry, back in the page). */
  reload(): void {
    void this.task.run();
  }

  hostConnected(): void {
    if (!this.resume) return;
    this.resume = false;
    this.reload();
    this.onResume();
  }

  hostDisconnected(): void {
    // A site given or found by a load stays (nothing to do when back); a load in flight stops, and
    // starts again when back.
    this.resume = !this.source.site && !this.site;
    if (this.resume) this.task.abort();
  }

  private async load([adapter, siteId, given]: SiteLoadArgs, signal: AbortSignal): Promise<Site | undefined> {
    const known = this.task.value;
    if (given || !adapter || !siteId || known?.id === siteId) return known;
    const sites = await adapter.listSites({ signal });
    signal.throwIfAborted();
    const found = sites.find((candidate) => candidate.id === siteId);
    if (!found) throw new Error(`No site "${siteId}"`);
    return found;
  }
}

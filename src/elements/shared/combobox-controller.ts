import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../../adapter/errors.js';
import { abortableDelay } from './abortable-delay.js';

/** Where a search stands, for rendering and for the live region. */
export type SearchStatus = 'idle' | 'too-short' | 'loading' | 'ready' | 'error';

export interface ComboboxControllerOptions<T> {
  /**
   * Runs the search. The signal is aborted when a newer query replaces this one. A `skipped` count
   * on the answer (`Listed`: records the adapter could not use) is kept in `skipped`.
   */
  search(query: string, signal: AbortSignal): Promise<T[] & { skipped?: number }>;
  /** Called when the agent chooses an item (Enter or a click on a selectable option). */
  onSelect(item: T): void;
  /** Items the agent cannot choose are shown but skipped by the arrow keys. Default: all selectable. */
  isSelectable?(item: T): boolean;
  /** The shortest query that is sent. Default 2. */
  minLength?: number;
  /** Quiet time after the last keystroke before searching. Default 250 ms. */
  debounceMs?: number;
  /** A prefix for the option ids (unique within the host's shadow root). Default "option". */
  idPrefix?: string;
}

let instances = 0;

/** What one search runs with: the trimmed query, and how long to wait for the agent to pause first. */
type SearchArgs = [query: string, quietMs: number];

/**
 * The behaviour of a WAI-ARIA APG editable combobox with a listbox popup, over an async search.
 *
 * It owns the query, the debounced search (each new query aborts the previous request and clears
 * the previous items, so that nothing stale can be seen or chosen while it loads; an answer to an
 * older query is dropped even if it arrives last), the popup's open state and the
 * active option (DOM focus stays in the input; the host renders `aria-activedescendant` from
 * `activeId`). The host renders the input, the listbox and the live region; it forwards the
 * input's `input` and `keydown` events to `handleInput` and `handleKeydown`.
 *
 * Keys: Down opens (and moves to the next option), Up moves to the previous option, Alt+Down opens
 * without moving, Alt+Up closes, Enter chooses the active option, Escape closes the listbox and, when
 * no listbox is shown (closed, or only a status such as "none found"), clears the input. Home/End
 * stay with the input (caret), as APG advises.
 */
export class ComboboxController<T> implements ReactiveController {
  query = '';
  items: T[] = [];
  /** How many results of the last search the adapter left out (could not be shown). */
  skipped = 0;
  status: SearchStatus = 'idle';
  /** The error of the last search, when `status` is "error". */
  error: unknown = undefined;
  open = false;
  /** Index into `items` of the active option, or -1. */
  activeIndex = -1;

  private readonly host: ReactiveControllerHost;
  private readonly options: ComboboxControllerOptions<T>;
  private readonly prefix: string;
  /**
   * The search, run by hand at each query (`schedule`): it waits out the debounce on its signal,
   * then asks. A newer run aborts the older one's wait or request, and an aborted run takes nothing,
   * so an answer to an older query is dropped even when it arrives last.
   */
  private readonly task: Task<SearchArgs, void>;

  constructor(host: ReactiveControllerHost, options: ComboboxControllerOptions<T>) {
    this.host = host;
    this.options = options;
    this.prefix = `${options.idPrefix ?? 'option'}-${++instances}`;
    host.addController(this);
    this.task = new Task<SearchArgs, void>(host, {
      autoRun: false,
      task: ([query, quietMs], { signal }) => this.run(query, quietMs, signal),
    });
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** The id of the option at `index` (render it on the option element). */
  optionId(index: number): string {
    return `${this.prefix}-${index}`;
  }

  /** The id of the active option, for `aria-activedescendant`; undefined when none is active. */
  get activeId(): string | undefined {
    return this.open && this.activeIndex >= 0 ? this.optionId(this.activeIndex) : undefined;
  }

  get activeItem(): T | undefined {
    return this.activeIndex >= 0 ? this.items[this.activeIndex] : undefined;
  }

  /** Whether the listbox popup is shown: open, with options in it. Hosts render it when this is true. */
  get listboxShown(): boolean {
    return this.open && this.items.length > 0;
  }

  /** Resolves when the search in flight (if any) has settled; for tests and hosts that wait. */
  get searchComplete(): Promise<void> {
    return this.task.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  private get minLength(): number {
    return this.options.minLength ?? 2;
  }

  private selectable(item: T): boolean {
    return this.options.isSelectable ? this.options.isSelectable(item) : true;
  }

  /** The agent typed: remember the query and search once they pause. */
  handleInput(value: string): void {
    this.query = value;
    this.activeIndex = -1;
    this.schedule(this.options.debounceMs ?? 250);
  }

  /** Runs the search for the current query now (Retry, or a host that sets the query itself). */
  searchNow(): Promise<void> {
    this.schedule(0);
    return this.searchComplete;
  }

  /** Sets the query without searching (after a selection, or a host's reset). */
  setQuery(value: string): void {
    this.cancel();
    this.query = value;
    this.items = [];
    this.status = 'idle';
    this.open = false;
    this.activeIndex = -1;
    this.host.requestUpdate();
  }

  handleKeydown(event: KeyboardEvent): void {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) {
          this.show();
        } else if (!this.open) {
          this.show();
          if (this.status === 'ready') this.move(1);
        } else {
          this.move(1);
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) this.close();
        else if (this.open) this.move(-1);
        else {
          this.show();
          if (this.status === 'ready') this.move(-1);
        }
        break;
      case 'Enter': {
        const item = this.open ? this.activeItem : undefined;
        if (item !== undefined && this.selectable(item)) {
          event.preventDefault();
          this.choose(item);
        }
        break;
      }
      case 'Escape':
        // APG: Escape dismisses the listbox when one is shown; otherwise it clears the input. A
        // status without options (too short, none found, an error) is no listbox: it clears at once.
        if (this.listboxShown) {
          event.preventDefault();
          this.close();
        } else if (this.query !== '') {
          event.preventDefault();
          this.setQuery('');
        }
        break;
      case 'Tab':
        this.close();
        break;
      default:
        break;
    }
  }

  /** The agent clicked an option. */
  chooseIndex(index: number): void {
    const item = this.items[index];
    if (item !== undefined && this.selectable(item)) this.choose(item);
  }

  /** Opens the popup when there is something to show (results, or a status worth seeing). */
  show(): void {
    if (this.status === 'idle') return;
    this.open = true;
    this.host.requestUpdate();
  }

  close(): void {
    if (!this.open && this.activeIndex === -1) return;
    this.open = false;
    this.activeIndex = -1;
    this.host.requestUpdate();
  }

  private choose(item: T): void {
    this.open = false;
    this.activeIndex = -1;
    this.host.requestUpdate();
    this.options.onSelect(item);
  }

  private move(step: 1 | -1): void {
    const count = this.items.length;
    if (count === 0) return;
    let index = this.activeIndex;
    for (let tries = 0; tries < count; tries++) {
      index = index === -1 ? (step === 1 ? 0 : count - 1) : (index + step + count) % count;
      const item = this.items[index];
      if (item !== undefined && this.selectable(item)) {
        this.activeIndex = index;
        this.host.requestUpdate();
        return;
      }
    }
  }

  private cancel(): void {
    this.task.abort(new DOMException('A newer search replaced this one.', 'AbortError'));
  }

  private schedule(delay: number): void {
    const query = this.query.trim();
    if (query.length < this.minLength) {
      this.cancel();
      this.items = [];
      this.status = query.length === 0 ? 'idle' : 'too-short';
      this.open = query.length > 0;
      this.host.requestUpdate();
      return;
    }
    // The previous query's items go at once: nothing stale is shown or chosen while this one loads.
    this.items = [];
    this.skipped = 0;
    this.activeIndex = -1;
    this.status = 'loading';
    this.open = true;
    // Aborts the search in flight, if any; the host updates to show "loading".
    void this.task.run([query, delay]);
  }

  private async run(query: string, quietMs: number, signal: AbortSignal): Promise<void> {
    try {
      await abortableDelay(quietMs, signal);
      const items = await this.options.search(query, signal);
      signal.throwIfAborted();
      this.items = items;
      this.skipped = items.skipped ?? 0;
      this.error = undefined;
      this.status = 'ready';
    } catch (error) {
      // Aborted: a newer query (or a reset) took over, and says what is shown.
      if (signal.aborted || isAbortError(error)) throw error;
      this.items = [];
      this.error = error;
      this.status = 'error';
    }
    this.activeIndex = -1;
    this.open = true;
  }
}

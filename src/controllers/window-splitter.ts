import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

export interface WindowSplitterOptions {
  /** Smallest size of the open primary pane, in percent of the track. */
  min: number;
  /** Largest size of the primary pane, in percent of the track. */
  max: number;
  /** How much one arrow key press moves the splitter, in percent. */
  step: number;
  /** Initial size, in percent. */
  value: number;
  /** The element the pane and the splitter share: pointer positions are measured against it. */
  track: () => Element | null | undefined;
  /** Called after every change of the open size made by the agent (keys, pointer), not on `setValue`. */
  onChange?: (value: number) => void;
  /**
   * Whether the pane is collapsed (its size 0), when the host keeps that state (e.g. an attribute).
   * Without it and `onCollapse` the pane cannot collapse and `min` is the smallest value.
   */
  collapsed?: () => boolean;
  /** Called when the agent collapses (true) or restores (false) the pane with the splitter. */
  onCollapse?: (collapsed: boolean) => void;
  /**
   * The `sessionStorage` key the open size is kept under (read when the host connects and on
   * `restore`, written after every change of the agent); none, null or '' keeps it in the page only.
   */
  storageKey?: () => string | null | undefined;
}

/** The page's session storage, or null where reading it throws (storage blocked, sandboxed frames). */
function sessionStore(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

/** The splitter's value as a screen reader says it: "35%" ("35 %" in fr-CA). */
export function percentText(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
  } catch {
    return `${value}%`;
  }
}

/** What the separator is about: the id of the pane it sizes, the id of its label, and the locale its value is said in. */
export interface SeparatorLabels {
  controls: string;
  labelledBy: string;
  locale: string;
}

/**
 * The behaviour of a WAI-ARIA APG "Window Splitter" (a focusable `role="separator"`), for a
 * primary pane whose size is a percentage of a track. Left/Right arrows move the splitter by
 * `step`, End goes to `max`, and dragging with a pointer moves it too. A collapsible pane (with
 * `collapsed` and `onCollapse`) has the value 0 when collapsed: Home, an arrow past `min` and a
 * drag to the edge (under half of `min`) collapse it; Enter collapses it and the next Enter
 * restores the size it had, as do End, the arrow away from the edge (to `min`) and a drag away from
 * the edge (a pane that cannot collapse ignores Enter). While collapsed, the open size is kept for the restore. The host renders the separator
 * (`renderSeparator`), or its own with `aria-valuenow` = `valueNow`, `aria-valuemin` = `valueMin`,
 * `aria-valuemax` = `max`, and binds `handleKeydown` / `handlePointerDown`.
 */
export class WindowSplitterController implements ReactiveController {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** The open size (kept while collapsed: what Enter restores). */
  private current: number;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: WindowSplitterOptions;
  private dragPointer: number | null = null;
  /** Ends the drag in progress: its listeners come off the separator (also when the host disconnects mid-drag). */
  private endDrag: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: WindowSplitterOptions) {
    this.host = host;
    this.options = options;
    this.min = options.min;
    this.max = options.max;
    this.step = options.step;
    this.current = this.clamp(options.value);
    host.addController(this);
  }

  hostConnected(): void {
    this.restore();
  }

  hostDisconnected(): void {
    this.endDrag?.();
  }

  /** Takes the open size kept under `storageKey`, if any (e.g. after the key changed). */
  restore(): void {
    const key = this.options.storageKey?.();
    const raw = key ? (sessionStore()?.getItem(key) ?? null) : null;
    const value = raw === null ? NaN : Number(raw);
    if (Number.isFinite(value)) this.setValue(value);
  }

  private store(value: number): void {
    const key = this.options.storageKey?.();
    if (!key) return;
    try {
      sessionStore()?.setItem(key, String(value));
    } catch {
      // Storage may be full or blocked; the width then lasts only for this page.
    }
  }

  /** Whether the pane can collapse to 0. */
  get collapsible(): boolean {
    return !!(this.options.collapsed && this.options.onCollapse);
  }

  /** Whether the pane is collapsed (its value is then 0). */
  get collapsed(): boolean {
    return this.collapsible && this.options.collapsed!();
  }

  /** The smallest value: 0 for a collapsible pane, else `min`. */
  get valueMin(): number {
    return this.collapsible ? 0 : this.min;
  }

  /** The open size in percent (may have a fraction after a drag), also while collapsed. */
  get value(): number {
    return this.current;
  }

  /** The size as announced: a whole percentage, 0 while collapsed. */
  get valueNow(): number {
    return this.collapsed ? 0 : Math.round(this.current);
  }

  /** Sets the open size without calling `onChange` (a host's setting, a stored size). */
  setValue(value: number): void {
    this.current = this.clamp(value);
    this.host.requestUpdate();
  }

  private clamp(value: number): number {
    if (!Number.isFinite(value)) return this.min;
    return Math.min(this.max, Math.max(this.min, value));
  }

  private collapse(collapsed: boolean): void {
    if (!this.collapsible || collapsed === this.collapsed) return;
    this.options.onCollapse!(collapsed);
    this.host.requestUpdate();
  }

  /** Opens the pane (if collapsed) at `value`. */
  private change(value: number): void {
    const next = this.clamp(value);
    this.collapse(false);
    this.host.requestUpdate();
    if (next === this.current) return;
    this.current = next;
    this.store(next);
    this.options.onChange?.(next);
  }

  private get rtl(): boolean {
    return getComputedStyle(this.host).direction === 'rtl';
  }

  handleKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    const { collapsible, collapsed } = this;
    const now = Math.round(this.current);
    // In a right-to-left layout the primary pane is on the right: the arrows' effect flips.
    const arrow = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
    const grow = arrow && (this.rtl ? -arrow : arrow);
    if (grow > 0) this.change(collapsed ? this.min : now + this.step);
    else if (grow < 0) {
      // One step smaller: to `min`, then collapsed.
      if (collapsible && now <= this.min) this.collapse(true);
      else if (!collapsed) this.change(now - this.step);
    } else if (key === 'Home') {
      if (collapsible) this.collapse(true);
      else this.change(this.min);
    } else if (key === 'End') this.change(this.max);
    // Enter restores the open size, which collapsing kept.
    else if (key === 'Enter' && collapsible) {
      if (collapsed) this.change(this.current);
      else this.collapse(true);
    } else return;
    event.preventDefault();
  };

  handlePointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || this.dragPointer !== null) return;
    const separator = event.currentTarget as HTMLElement;
    this.dragPointer = event.pointerId;
    separator.setPointerCapture?.(event.pointerId);
    separator.focus({ preventScroll: true });
    event.preventDefault();
    // A drag that ends collapsed restores, later, the size the pane had before it.
    const before = this.current;

    const move = (e: PointerEvent): void => {
      if (e.pointerId !== this.dragPointer) return;
      const rect = this.options.track()?.getBoundingClientRect();
      if (!rect || rect.width === 0) return;
      const offset = this.rtl ? rect.right - e.clientX : e.clientX - rect.left;
      // One decimal keeps the drag smooth without sub-pixel churn.
      const value = Math.round((offset / rect.width) * 1000) / 10;
      if (this.collapsible && value < this.min / 2) {
        if (this.current !== before) this.change(before);
        this.collapse(true);
      } else this.change(value);
    };
    const pointer = event.pointerId;
    const end = (e: PointerEvent): void => {
      if (e.pointerId === this.dragPointer) this.endDrag?.();
    };
    this.endDrag = () => {
      this.dragPointer = null;
      this.endDrag = undefined;
      separator.removeEventListener('pointermove', move);
      separator.removeEventListener('pointerup', end);
      separator.removeEventListener('pointercancel', end);
      if (separator.hasPointerCapture?.(pointer)) separator.releasePointerCapture(pointer);
    };
    separator.addEventListener('pointermove', move);
    separator.addEventListener('pointerup', end);
    separator.addEventListener('pointercancel', end);
  };

  /** A vertical separator (class and part `splitter`) with its value for assistive technology, the keys and the pointer bound. */
  renderSeparator({ controls, labelledBy, locale }: SeparatorLabels): TemplateResult {
    const now = this.valueNow;
    return html`<div
      class="splitter"
      part="splitter"
      role="separator"
      aria-controls=${controls}
      aria-labelledby=${labelledBy}
      aria-orientation="vertical"
      tabindex="0"
      aria-valuenow=${now}
      aria-valuemin=${this.valueMin}
      aria-valuemax=${this.max}
      aria-valuetext=${percentText(now, locale)}
      @keydown=${this.handleKeydown}
      @pointerdown=${this.handlePointerDown}
    ></div>`;
  }
}

import type { ReactiveControllerHost } from 'lit';

export interface WindowSplitterOptions {
  /** Smallest size of the primary pane, in percent of the track. Also the collapsed size. */
  min: number;
  /** Largest size of the primary pane, in percent of the track. */
  max: number;
  /** How much one arrow key press moves the splitter, in percent. */
  step: number;
  /** Initial size, in percent. */
  value: number;
  /** The element the pane and the splitter share: pointer positions are measured against it. */
  track: () => Element | null | undefined;
  /** Called after every change made by the agent (keys, pointer), not on `setValue`. */
  onChange?: (value: number) => void;
}

/**
 * The behaviour of a WAI-ARIA APG "Window Splitter" (a focusable `role="separator"`), for a
 * primary pane whose size is a percentage of a track. Left/Right arrows move the splitter by
 * `step`, Home/End go to `min`/`max`, Enter collapses the pane to `min` and the next Enter restores
 * the size it had; dragging with a pointer moves it too. The host renders the separator with
 * `aria-valuenow` = `valueNow` and binds `handleKeydown` / `handlePointerDown`.
 */
export class WindowSplitterController {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  private current: number;
  /** The size to restore on the next Enter, while collapsed. */
  private restoreTo: number | null = null;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: WindowSplitterOptions;
  private dragPointer: number | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: WindowSplitterOptions) {
    this.host = host;
    this.options = options;
    this.min = options.min;
    this.max = options.max;
    this.step = options.step;
    this.current = this.clamp(options.value);
  }

  /** The pane size in percent (may have a fraction after a drag). */
  get value(): number {
    return this.current;
  }

  /** The size as announced: a whole percentage. */
  get valueNow(): number {
    return Math.round(this.current);
  }

  /** Whether Enter collapsed the pane (the next Enter restores it). */
  get collapsed(): boolean {
    return this.restoreTo !== null;
  }

  /** Sets the size without calling `onChange` (a host's setting, a stored size). */
  setValue(value: number): void {
    this.current = this.clamp(value);
    this.restoreTo = null;
    this.host.requestUpdate();
  }

  private clamp(value: number): number {
    if (!Number.isFinite(value)) return this.min;
    return Math.min(this.max, Math.max(this.min, value));
  }

  private change(value: number, restoreTo: number | null = null): void {
    const next = this.clamp(value);
    this.restoreTo = restoreTo;
    if (next === this.current) {
      this.host.requestUpdate();
      return;
    }
    this.current = next;
    this.host.requestUpdate();
    this.options.onChange?.(next);
  }

  /** In a right-to-left layout the primary pane is on the right: the arrows' effect flips. */
  private get rtl(): boolean {
    return getComputedStyle(this.host).direction === 'rtl';
  }

  handleKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const grow = this.rtl ? -1 : 1;
    switch (event.key) {
      case 'ArrowRight':
        this.change(Math.round(this.current) + this.step * grow);
        break;
      case 'ArrowLeft':
        this.change(Math.round(this.current) - this.step * grow);
        break;
      case 'Home':
        this.change(this.min);
        break;
      case 'End':
        this.change(this.max);
        break;
      case 'Enter':
        if (this.restoreTo !== null) this.change(this.restoreTo);
        else this.change(this.min, this.current);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  handlePointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || this.dragPointer !== null) return;
    const separator = event.currentTarget as HTMLElement;
    this.dragPointer = event.pointerId;
    separator.setPointerCapture?.(event.pointerId);
    separator.focus({ preventScroll: true });
    event.preventDefault();

    const move = (e: PointerEvent): void => {
      if (e.pointerId !== this.dragPointer) return;
      const rect = this.options.track()?.getBoundingClientRect();
      if (!rect || rect.width === 0) return;
      const offset = this.rtl ? rect.right - e.clientX : e.clientX - rect.left;
      // One decimal keeps the drag smooth without sub-pixel churn.
      this.change(Math.round((offset / rect.width) * 1000) / 10);
    };
    const end = (e: PointerEvent): void => {
      if (e.pointerId !== this.dragPointer) return;
      this.dragPointer = null;
      separator.removeEventListener('pointermove', move);
      separator.removeEventListener('pointerup', end);
      separator.removeEventListener('pointercancel', end);
      if (separator.hasPointerCapture?.(e.pointerId)) separator.releasePointerCapture(e.pointerId);
    };
    separator.addEventListener('pointermove', move);
    separator.addEventListener('pointerup', end);
    separator.addEventListener('pointercancel', end);
  };
}

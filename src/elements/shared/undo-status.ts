/**
 * A status message with "Undo": what removing something the agent may want back says instead of
 * asking first ("Visa •••• 1111 removed." with "Undo"; "Unsaved order discarded." with "Undo").
 * One implementation for the payment panel and the builder's notices, in modules that load on
 * demand.
 *
 * The offer stays at least `UNDO_MS` (15 s), and never goes while the pointer is over it or focus
 * is in it (WCAG 2.2.1): once left, it stays another `UNDO_MS`. It is a polite live region,
 * always in the page (a region that appears with its text is not reliably heard), which also
 * speaks the host's other announcements while no offer is shown.
 */
import { msg } from './localize.js';
import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

/** How long an offer to undo stays at least, in milliseconds. */
export const UNDO_MS = 15_000;

/** Runs `run` after `ms`; returns what cancels it. */
export type Schedule = (run: () => void, ms: number) => () => void;

const timeout: Schedule = (run, ms) => {
  const id = setTimeout(run, ms);
  return () => clearTimeout(id);
};

export interface UndoStatusOptions {
  /** A timer (tests give their own). Default `setTimeout`. */
  schedule?: Schedule;
}

interface Offer {
  message: string;
  undo: () => void;
  /** Once false, the offer is gone for good (what it would undo has moved on). */
  valid: () => boolean;
}

/** The offer's look. Needs `tokens` and the shared button styles. */
export const undoStatusStyles = css`
  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_oo-space-2) var(--_oo-space-3);
    padding: var(--_oo-space-2) var(--_oo-space-3);
    border: 1px solid var(--_oo-color-divider);
    border-inline-start: 4px solid var(--_oo-color-accent);
    border-radius: var(--_oo-radius);
    background: var(--_oo-color-surface-raised);
  }
  @media (forced-colors: active) {
    .undo {
      border-color: CanvasText;
    }
  }
`;

export class UndoStatus implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly schedule: Schedule;
  private current: Offer | null = null;
  private cancelTimer: (() => void) | undefined;
  /** Whether the pointer is over the offer, or focus in it. */
  private hovered = false;
  private focused = false;
  /** The time ran out while the offer was held: it goes once let go, after another `UNDO_MS`. */
  private expired = false;

  constructor(host: ReactiveControllerHost, options: UndoStatusOptions = {}) {
    this.host = host;
    this.schedule = options.schedule ?? timeout;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.dismiss();
  }

  /** The message of the offer shown, or ''. */
  get message(): string {
    return this.live(true)?.message ?? '';
  }

  /**
   * Shows `message` with "Undo", which calls `undo` (the host then puts focus where it belongs:
   * the button goes). Replaces any earlier offer. `valid` dismisses the offer once it no longer
   * applies: the first time it answers false, the offer goes for good (what made it false may be
   * undone in turn, e.g. a customer picked and cleared again, but the offer does not come back).
   */
  offer(message: string, undo: () => void, valid: () => boolean = () => true): void {
    this.dismiss();
    this.current = { message, undo, valid };
    this.startTimer();
    this.host.requestUpdate();
  }

  /** Takes the offer away. */
  dismiss(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.hovered = this.focused = this.expired = false;
    if (!this.current) return;
    this.current = null;
    this.host.requestUpdate();
  }

  /**
   * The offer, while it still applies; one that no longer does is dismissed. In a render the host
   * updates already (`update` false); elsewhere it is asked to, so that the offer leaves the page.
   */
  private live(update: boolean): Offer | null {
    const offer = this.current;
    if (!offer || offer.valid()) return offer;
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.hovered = this.focused = this.expired = false;
    this.current = null;
    if (update) this.host.requestUpdate();
    return null;
  }

  private startTimer(): void {
    this.cancelTimer?.();
    this.expired = false;
    this.cancelTimer = this.schedule(() => {
      this.cancelTimer = undefined;
      if (this.hovered || this.focused) this.expired = true;
      else this.dismiss();
    }, UNDO_MS);
  }

  private hold(kind: 'hovered' | 'focused', on: boolean): void {
    this[kind] = on;
    if (!on && this.expired && !this.hovered && !this.focused) this.startTimer();
  }

  private handleUndo = (): void => {
    const offer = this.current;
    this.dismiss();
    offer?.undo();
  };

  /**
   * The live region: the offer with its "Undo" button, or (visually hidden) `announcement`, the
   * host's other news.
   */
  render(announcement: string = ''): TemplateResult {
    const offer = this.live(false);
    return html`<div
      class=${offer ? 'undo' : 'visually-hidden'}
      part="undo-status"
      role="status"
      aria-live="polite"
      @pointerenter=${() => this.hold('hovered', true)}
      @pointerleave=${() => this.hold('hovered', false)}
      @focusin=${() => this.hold('focused', true)}
      @focusout=${() => this.hold('focused', false)}
      >${
        offer
          ? html`<span>${offer.message}</span>
              <button class="button button--small" part="undo-button" type="button" @click=${this.handleUndo}
                >${msg('Undo')}</button
              >`
          : announcement || nothing
      }</div
    >`;
  }
}

/**
 * One run of the submit soak as its scenario sees it: the lane, the run's record, its draft and the
 * key it is kept under, the builders it works with, and `check`, which writes down what did not
 * hold instead of throwing (the soak goes on and counts). A gesture that never reaches its state
 * throws; the driver records it as the run's failure.
 */
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { $ } from '../../support/dom.js';
import type { Shown } from './soak-agent.js';
import { until } from './soak-agent.js';
import type { Lane, RunRecord } from './soak-lane.js';
import type { RunPlan } from './soak-plan.js';

export class RunContext {
  /** Where the run's draft is kept in session storage (its builders' `draft-key`). */
  readonly key: string;

  constructor(
    readonly lane: Lane,
    readonly run: RunRecord,
  ) {
    this.key = `soak-draft-${run.plan.index}`;
  }

  get plan(): RunPlan {
    return this.run.plan;
  }

  get draft(): OrderDraft {
    return this.run.draft;
  }

  /** Writes down `failure` when `ok` is false. */
  check(ok: boolean, failure: string): void {
    if (!ok) this.run.failures.push(failure);
  }

  /** The builder the lane reuses, now keeping its draft under the run's key. */
  async main(): Promise<OfflineOrderBuilder> {
    const lane = this.lane;
    if (!lane.main) lane.main = await this.fresh();
    lane.main.draftKey = this.key;
    return lane.main;
  }

  /** The lane's second tab (reused), keeping its draft under the run's key. */
  async second(): Promise<OfflineOrderBuilder> {
    const lane = this.lane;
    if (!lane.second) lane.second = await this.fresh();
    lane.second.draftKey = this.key;
    return lane.second;
  }

  /** A new builder on the run's key (a reload, another tab), once it shows its new order or its success. */
  async fresh(): Promise<OfflineOrderBuilder> {
    const el = await this.lane.builder(this.key);
    await until(() => $(el, '[part~="submit-button"]') || $(el, '[part~="success"]'), 'the builder did not show');
    return el;
  }

  /** `next` becomes the lane's builder; the one it replaces goes. */
  adopt(next: OfflineOrderBuilder): OfflineOrderBuilder {
    if (this.lane.main !== next) this.lane.main?.remove();
    this.lane.main = next;
    return next;
  }

  /** The page with `el` reloaded: `el` goes; a new builder on the same storage becomes the lane's. */
  async reload(el: OfflineOrderBuilder): Promise<OfflineOrderBuilder> {
    el.remove();
    if (this.lane.main === el) this.lane.main = null;
    return this.adopt(await this.fresh());
  }

  /** The agent was shown `now` as the run's end: "Order N submitted" with `note` (the number is checked against the backend later). */
  expectSubmitted(now: Shown, note: string, who = 'the builder'): void {
    this.run.shown = now.number;
    const says = now.refused ? 'problems' : (now.error ?? 'nothing');
    this.check(now.number !== null, `${who} did not show the order as submitted; it says: ${says}`);
    if (now.number !== null) this.check(now.note === note, `${who}'s note is "${now.note}", expected "${note}"`);
  }

  /** The builder said what it should at this point (an error, with or without "Try again"). */
  expectError(now: Shown, message: string, retry: boolean, who = 'the builder'): void {
    this.check(
      now.number === null && now.error === message && now.retry === retry,
      `${who} shows ${now.number ? `order ${now.number} as submitted` : `"${now.error}"${now.retry ? ' with Try again' : ''}`}, expected "${message}"${retry ? ' with Try again' : ''}`,
    );
  }

  /**
   * The builders started `count` submissions in this run (`order-submit`): one per press of the
   * agent's, none for a press while one is in flight.
   */
  expectSubmissions(count: number): void {
    const started = this.run.offered.length;
    this.check(started === count, `${started} submissions were started (order-submit), expected ${count}`);
  }
}

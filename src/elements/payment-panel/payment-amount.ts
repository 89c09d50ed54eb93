/**
 * The payment panel's amount against the order total. The total a panel is given is the adapter's
 * answer for the order as it is only while `totalStatus` says "ready" (or "idle": nothing to
 * price); while it is recalculated ("pending") or could not be ("error"), the total is the model's
 * preview: its figures say so instead of a figure, and the amount is neither filled in from it nor
 * checked against it. The amount fills in with the balance due when the total arrives (the field's
 * default value, so not over what the agent typed meanwhile). The field shows its currency beside
 * it ("CAD"), tied to it as its description: its label, and so its accessible name, stays "Amount".
 */
import { msg } from '../shared/localize.js';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { minMoney } from '../../model/money.js';
import type { Balance, Money } from '../../model/types.js';

/** Where the order total stands, as the builder's pricing says ('idle': nothing to price). */
export type TotalStatus = 'idle' | 'pending' | 'ready' | 'error';

/** Whether the total is the adapter's answer for the order as it is: an amount may be filled in from it, and checked against it. */
export function totalKnown(status: TotalStatus): boolean {
  return status === 'ready' || status === 'idle';
}

/** A figure taken from the total (the total, the balance due): the amount, or why there is none yet. */
export function totalFigure(status: TotalStatus, text: string): string {
  return status === 'pending' ? msg('Recalculating…') : status === 'error' ? msg('Not available') : text;
}

/**
 * The amount field's hint while the total is not known, or once it filled in an amount a save
 * pressed meanwhile found empty (`filled`: the save did not happen, the agent checks and saves), or ''.
 */
export function amountHint(status: TotalStatus, filled = false): string {
  if (filled && totalKnown(status)) return msg('Filled in with the balance due: check it and press Save.');
  return status === 'pending'
    ? msg('Recalculating… The amount fills in when the total arrives.')
    : status === 'error'
      ? msg('The total is not available: enter the amount.')
      : '';
}

/**
 * The most a payment may take: the balance due (when the total is known), and no more than a
 * store credit or gift card holds. Null when nothing caps it.
 */
export function mostFor(due: Money | null, balance: Balance | null): Money | null {
  return due && balance ? minMoney(due, balance.available) : (due ?? balance?.available ?? null);
}

/** An input with its currency beside it ("CAD", with the id `${id}-u` for its aria-describedby). */
export function withCurrency(input: TemplateResult, id: string, currency: string): TemplateResult {
  return html`<div class="amount"
    >${input}<span id="${id}-u" class="amount__currency" part="amount-currency">${currency}</span></div
  >`;
}

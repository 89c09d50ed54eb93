/**
 * The submission of the builder's order: the confirmation dialog with its read-back and what
 * blocks the submission, the cancelable `order-submit`, and the keyed, retried call to the
 * adapter. A controller of `<offline-order-builder>` in a module of its own, which the builder
 * loads when "Submit Order" is first pressed (or when the browser is idle): the page that shows
 * the builder does not pay for it up front. It also renders the success view that follows.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { isAbortError, isAdapterError, ValidationError } from '../../adapter/errors.js';
import { withRetry } from '../../adapter/retry.js';
import { OrderSubmitEvent } from '../../events/order-submit.js';
import { newId } from '../../model/ids.js';
import { formatMoney } from '../../model/money.js';
import type { Money, OrderDraft, PaymentType, Problem, SubmittedOrder } from '../../model/types.js';
import { validateOrderReadiness, validatePayments } from '../../model/validation.js';
import type { BasePricingController } from '../shared/pricing-base.js';
import { renderReadBack } from './read-back.js';

export { onDemandStyles as styles } from './on-demand.styles.js';

/** Where the agent fixes a problem: the customer section, the Order Details, or the payments. */
export type Area = 'customer' | 'details' | 'payments';

export function areaOf(path: string): Area {
  return path.startsWith('customer') ? 'customer' : path.startsWith('payments') ? 'payments' : 'details';
}

export interface SubmissionOptions {
  adapter(): OrderAdapter | undefined;
  draft(): OrderDraft;
  /** The host's pricing of the draft: the figures read back and the total the payments are checked against. */
  pricing(): BasePricingController;
  locale(): string;
  shippingName(): string;
  /** The site's payment types as far as they are known: the read-back names payments by their type's label ("Cheque 889"). */
  paymentTypes?(): readonly PaymentType[];
  /** The confirmation `<dialog>` in the host's shadow root (see `render`). */
  dialog(): HTMLDialogElement | null;
  /** A problem's link was followed (the confirmation is closed): take focus to its field. */
  goTo(problem: Problem, area: Area): void;
  /** The backend accepted the order (the confirmation is closed). */
  done(order: SubmittedOrder, draft: OrderDraft): void;
}

export class Submission {
  /** Whether the submit is in flight, its retries included. */
  busy = false;
  /** Why the last attempt did not go through; `retry` offers "Try again" (with the same key). */
  error: { message: string; retry: boolean } | null = null;
  /** The adapter's reasons for refusing the last attempt, until the draft changes. */
  refused: Problem[] = [];
  private opened = false;
  /** The draft the agent confirmed and its idempotency key, reused by every retry of it. */
  private attempt: { draft: OrderDraft; key: string } | null = null;
  private abort: AbortController | undefined;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly o: SubmissionOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SubmissionOptions) {
    this.host = host;
    this.o = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Opens the confirmation; focus goes to "Back", the least destructive choice. */
  async show(): Promise<void> {
    this.opened = true;
    if (!this.busy) this.error = null;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.o.dialog();
    if (!dialog?.open) dialog?.showModal();
  }

  close(): void {
    if (!this.busy) this.o.dialog()?.close();
  }

  /** The draft changed: what the adapter said about the previous one no longer holds. */
  reset(): void {
    this.refused = [];
    this.error = null;
  }

  /** What blocks the submission: the model's rules, the payments against the priced total, the adapter's refusal. */
  problems(): Problem[] {
    const d = this.o.draft();
    const { pricing, status } = this.o.pricing();
    return [...validateOrderReadiness(d), ...(status === 'ready' && pricing ? validatePayments(d, pricing.total) : []), ...this.refused];
  }

  /** The adapter's reasons for refusing the order that concern one area, to show there. */
  renderRefused(area: Area): unknown {
    const problems = this.refused.filter((p) => areaOf(p.path) === area);
    return problems.length ? html`<ul class="field__error" part="submit-problems">${problems.map((p) => html`<li>${p.message}</li>`)}</ul>` : nothing;
  }

  /** A problem in the agent's words, with what it is about: "Canvas Tote Bag: Choose how…". */
  private text(problem: Problem): string {
    const area = areaOf(problem.path);
    const line = this.o.draft().lines.find((l) => problem.path.startsWith(`lines.${l.id}.`));
    const about = area === 'customer' ? msg('Customer') : area === 'payments' ? msg('Payments') : line?.productName;
    return about ? `${about}: ${problem.message}` : problem.message;
  }

  private goTo(problem: Problem): void {
    this.close();
    this.o.goTo(problem, areaOf(problem.path));
  }

  /** The idempotency key of the attempt to submit `draft`: the same for every retry, new for a changed draft. */
  private keyFor(draft: OrderDraft): string {
    if (this.attempt?.draft !== draft) this.attempt = { draft, key: newId('order') };
    return this.attempt.key;
  }

  private async submit(): Promise<void> {
    const adapter = this.o.adapter();
    const draft = this.o.draft();
    if (this.busy || !adapter || this.o.pricing().status !== 'ready' || this.problems().length) return;
    const idempotencyKey = this.keyFor(draft);
    this.error = null;
    const request = new OrderSubmitEvent({ draft, idempotencyKey });
    this.host.dispatchEvent(request);
    if (request.defaultPrevented) {
      this.error = { message: request.reason || msg('The order was not submitted: the page stopped it.'), retry: false };
      this.host.requestUpdate();
      return;
    }
    this.busy = true;
    this.host.requestUpdate();
    const abort = (this.abort = new AbortController());
    const { signal } = abort;
    try {
      // The builder retries (no response, timeout, 409, 429, 5xx) with the same key; the adapter
      // makes one attempt each, so that retries do not nest.
      const order = await withRetry(() => adapter.submitOrder({ draft, idempotencyKey }, { signal, retry: false }), { signal });
      this.busy = false;
      this.o.dialog()?.close();
      this.o.done(order, draft);
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      if (error instanceof ValidationError) {
        this.refused = error.problems.length ? error.problems : [{ path: '', code: 'invalid', message: error.message }];
      } else {
        this.error = { message: isAdapterError(error) ? error.message : msg('Something went wrong. Try again.'), retry: true };
      }
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** The success view: "Order 10542 submitted", its total and balance due, and "Create New Order". */
  renderSuccess(order: SubmittedOrder, newOrder: () => void): TemplateResult {
    const money = (m: Money) => formatMoney(m, this.o.locale());
    const { number } = order;
    return html`<div class="success" part="success">
      <h2 id="new-order-heading" class="heading heading--large" tabindex="-1">${msg(str`Order ${number} submitted`)}</h2>
      <p>${msg(str`Total: ${money(order.total)}`)}</p>
      ${order.balanceDue.amount > 0 ? html`<p class="strong">${msg(str`Balance due: ${money(order.balanceDue)}`)}</p>` : nothing}
      <button class="button button--primary" part="new-order-button" type="button" @click=${newOrder}>
        ${msg('Create New Order')}
      </button>
    </div>`;
  }

  /** The confirmation dialog: the read-back, what blocks the submission, "Back" and "Submit Order". */
  render(): TemplateResult {
    const pricing = this.o.pricing();
    const { busy, error, opened } = this;
    const problems = opened ? this.problems() : [];
    const blocked = busy || pricing.status !== 'ready' || problems.length > 0;
    const button = (part: string, label: unknown, onClick: () => void, cls = '') =>
      html`<button class="button ${cls}" part=${part} type="button" @click=${onClick}>${label}</button>`;
    return html`<dialog id="confirm-dialog" class="dialog dialog--wide" part="confirm-dialog" aria-labelledby="confirm-title" @close=${(e: Event) => {
        // The event comes a task after close(): the dialog may have been opened again since.
        this.opened = (e.target as HTMLDialogElement).open;
        this.host.requestUpdate();
      }} @cancel=${(e: Event) => busy && e.preventDefault()}>${opened
        ? html`<div class="dialog__body">
            <h2 id="confirm-title" class="heading heading--large">${msg('Submit this order?')}</h2>
            <p class="text-muted">${msg('Read the order back to the shopper before submitting it.')}</p>
            ${problems.length
              ? html`<div class="problems" part="problems" role="alert"><p>${msg('Fix these before submitting:')}</p><ul>${problems.map(
                  (p) => html`<li>${button('problem-link', this.text(p), () => this.goTo(p), 'link')}</li>`,
                )}</ul></div>`
              : nothing}
            ${pricing.status === 'error'
              ? html`<p class="field__error" role="alert">${msg('The totals could not be calculated.')} ${button('retry-pricing-button', msg('Retry'), () => void pricing.refresh(), 'button--small')}</p>`
              : nothing}
            ${renderReadBack(this.o.draft(), pricing.status === 'ready' ? pricing.pricing : null, this.o.locale(), this.o.shippingName(), this.o.paymentTypes?.())}
            ${error
              ? html`<div class="problems" part="submit-error" role="alert"><p>${error.message}</p>${error.retry
                  ? button('try-again-button', msg('Try again'), () => void this.submit(), 'button--small')
                  : nothing}</div>`
              : nothing}
            <div class="actions">
              <button class="button" part="back-button" type="button" autofocus aria-disabled=${busy} @click=${() => this.close()}>${msg('Back')}</button>
              <button class="button button--primary" part="confirm-button" type="button" aria-disabled=${blocked} aria-busy=${busy} @click=${() => this.submit()}>${busy
                ? html`<span class="spinner" aria-hidden="true"></span>${msg('Submitting…')}`
                : msg('Submit Order')}</button>
            </div>
          </div>`
        : nothing}</dialog>`;
  }
}

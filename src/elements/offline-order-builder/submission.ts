/**
 * The submission of the builder's order: the confirmation dialog with its read-back and what
 * blocks the submission, the cancelable `order-submit`, and the keyed, retried call to the
 * adapter. A controller of `<offline-order-builder>` in a module of its own, which the builder
 * loads when "Submit Order" is first pressed (or when the browser is idle): the page that shows
 * the builder does not pay for it up front. It also renders the success view that follows.
 */
import { msg, str } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { ReactiveElement, TemplateResult } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { isAbortError, isAdapterError, ValidationError } from '../../adapter/errors.js';
import { withRetry } from '../../adapter/retry.js';
import { OrderSubmitEvent } from '../../events/order-submit.js';
import { OrderSubmittedEvent } from '../../events/order-submitted.js';
import { customerName } from '../../model/draft.js';
import { newId } from '../../model/ids.js';
import type { OrderDraft, OrderSummary, PaymentType, Problem, SubmittedOrder } from '../../model/types.js';
import { validateOrderReadiness, validatePayments } from '../../model/validation.js';
import { adapterMessage } from '../shared/adapter-text.js';
import { isolate } from '../shared/bidi.js';
import { labelled } from '../shared/labelled.js';
import { inAgentWords } from '../shared/problem-text.js';
import type { PaymentPanel } from '../payment-panel/payment-panel.js';
import type { DraftController } from './draft-controller.js';
import type { RepricingController } from './repricing-controller.js';
import type { LinkTo, Send } from './payment-link.js';
import { renderReadBack } from './read-back.js';
import { SuccessView, type Receipt } from './success-view.js';
import { changesSince, claim, claimedElsewhere, settle, type Claim } from './submit-guard.js';

export { onDemandStyles as styles } from './on-demand.styles.js';
export { PaymentLink } from './payment-link.js';

/** Where the agent fixes a problem: the customer section, the Order Details, or the payments. */
export type Area = 'customer' | 'details' | 'payments';

export function areaOf(path: string): Area {
  return path.startsWith('customer') ? 'customer' : path.startsWith('payments') ? 'payments' : 'details';
}

/** The builder with what the submission reads of it: its adapter, and the dialog in its shadow root (see `render`). */
export type SubmissionHost = ReactiveElement & { readonly adapter: OrderAdapter | undefined };

/**
 * What the submission works with (the builder's `NewOrderController`): the draft's controller (the
 * draft, storing it with its key, the claim of another tab), its pricing, and where the outcome goes.
 */
export interface SubmissionContext {
  readonly host: SubmissionHost;
  readonly drafts: DraftController;
  /** The draft's pricing: the figures read back, the total the payments are checked against, the shipping method's name. */
  readonly repricing: Pick<RepricingController, 'pricing' | 'shippingName'>;
  /** The locale amounts and dates are formatted in (the builder's). */
  readonly locale: string;
  /** A problem's link was followed (the confirmation is closed): take focus to its field. */
  goTo(problem: Problem, area: Area): void;
  /** The backend accepted the order (the confirmation is closed); `draft` is the one it was created from. */
  done(order: SubmittedOrder, draft: OrderDraft, summary: OrderSummary): void;
  /** An attempt's outcome is unknown (it may have created the order): the recent orders are worth asking again. */
  unknown(): void;
}

/**
 * One draft's attempt to be submitted: its key, the draft last sent under it, and what became of
 * it. `new`: not sent yet (or vetoed); `sending`: sent, no answer yet; `unknown`: no usable answer
 * (it may have created the order); `refused`: the backend refused it (nothing was created); `done`.
 */
interface Attempt {
  draftId: string;
  key: string;
  draft: OrderDraft;
  sent: OrderDraft | null;
  outcome: 'new' | 'sending' | 'unknown' | 'refused' | 'done';
}

/** An adapter's answer about another submission than the one sent. */
class OtherOrderError extends Error {}

/**
 * Errors after which the backend certainly created nothing: refused (validation), declined, not
 * found. By `kind`, so that the error classes themselves stay out of the page's first load.
 */
const refusal = (error: unknown) => isAdapterError(error) && /^(validation|declined|not-found)$/.test(error.kind);

/** The submitted order as the orders list shows it (at the top, see the builder's `prependOrder`). */
function summaryOf(order: SubmittedOrder, draft: OrderDraft): OrderSummary {
  const c = draft.customer;
  return {
    id: order.id,
    number: order.number,
    siteId: draft.siteId ?? '',
    createdAt: order.createdAt,
    customerId: c?.id ?? '',
    customerName: c ? customerName(c) : '',
    status: order.status,
    total: order.total,
    items: draft.lines.map(({ productId, productName, quantity }) => ({ productId, productName, quantity })),
  };
}

export class Submission {
  /** Whether the submit is in flight, its retries included. */
  busy = false;
  /** Why the last attempt did not go through; `retry` offers "Try again" (with the same key). */
  error: { message: string; retry: boolean } | null = null;
  /** The adapter's reasons for refusing the last attempt, until the draft changes. */
  refused: Problem[] = [];
  /** What the success view adds under "Order … submitted" (the order predates later changes). */
  note = '';
  private opened = false;
  /** The draft the agent confirmed and its idempotency key, reused by every retry of it. */
  private attempt: Attempt | null = null;
  /** Every key this page used or restored: a claim under one of them is this tab's own. */
  private readonly own = new Set<string>();
  private abort: AbortController | undefined;
  /** The question about a restored attempt (see `resume`). */
  private resuming: AbortController | undefined;
  private readonly host: SubmissionHost;
  /** The submitted order as it was read back, for the success view (see `finish`). */
  private receipt: Receipt | null = null;
  private readonly success: SuccessView;

  constructor(private readonly context: SubmissionContext) {
    this.host = context.host;
    this.success = new SuccessView(this.host);
    this.host.addController(this);
  }

  hostDisconnected(): void {
    this.success.cancel();
    this.abort?.abort();
    this.resuming?.abort();
  }

  private get draft(): OrderDraft {
    return this.context.drafts.draft;
  }

  /** The confirmation `<dialog>` (see `render`). */
  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('#confirm-dialog');
  }

  /** The site's payment types as far as they are known: the read-back names payments by their type's label ("Cheque 889"). */
  private paymentTypes(): readonly PaymentType[] {
    return this.host.renderRoot.querySelector<PaymentPanel>('payment-panel')?.paymentTypes ?? [];
  }

  /**
   * Opens the confirmation with focus on its title, "Submit this order?". Why there (WAI-ARIA APG,
   * dialog and alert dialog patterns): the read-back is long, and the APG advises focusing a
   * static element at the top of such a dialog, so that it opens scrolled to its start and a
   * screen reader reads on from the title into the read-back; and submitting an order completes a
   * financial transaction, for which the APG advises that initial focus not be on the action.
   * Enter there does nothing: a held or repeated Enter from "Submit Order" (or "Save" before it)
   * cannot submit. Tab reaches "Back", then "Submit Order" (Tab, Tab, Enter), and `submit`
   * sends once however often it is pressed (see `busy`).
   */
  async show(): Promise<void> {
    this.opened = true;
    if (!this.busy) this.error = null;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (dialog?.open) return;
    dialog?.showModal();
    dialog?.querySelector<HTMLElement>('#confirm-title')?.focus();
  }

  close(): void {
    if (!this.busy) this.dialog()?.close();
  }

  /** The draft changed: what the adapter said about the previous one no longer holds. */
  reset(): void {
    this.refused = [];
    this.error = null;
  }

  /** What blocks the submission: the model's rules, the payments against the priced total, the adapter's refusal. */
  problems(): Problem[] {
    const draft = this.draft;
    const { pricing, status } = this.context.repricing.pricing;
    return [
      ...inAgentWords(validateOrderReadiness(draft)),
      ...inAgentWords(status === 'ready' && pricing ? validatePayments(draft, pricing.total) : []),
      ...this.refused,
    ];
  }

  /** The adapter's reasons for refusing the order that concern one area, to show there. */
  renderRefused(area: Area): unknown {
    const problems = this.refused.filter((problem) => areaOf(problem.path) === area);
    return problems.length
      ? html`<ul class="field__error" part="submit-problems"
          >${problems.map((problem) => html`<li>${problem.message}</li>`)}</ul
        >`
      : nothing;
  }

  /** A problem in the agent's words, with what it is about: "Canvas Tote Bag: Choose how…". */
  private text(problem: Problem): string {
    const area = areaOf(problem.path);
    const line = this.draft.lines.find((l) => problem.path.startsWith(`lines.${l.id}.`));
    const about = area === 'customer' ? msg('Customer') : area === 'payments' ? msg('Payments') : line?.productName;
    return about ? labelled(isolate(about), isolate(problem.message)) : problem.message;
  }

  private goTo(problem: Problem): void {
    this.close();
    this.context.goTo(problem, areaOf(problem.path));
  }

  /**
   * The idempotency key of the attempt to submit `draft`: the same for every retry; for a draft
   * that was sent and may have created an order (no answer, or one) the same too, even once it
   * changed, so that it can never become a second order; new for a changed draft otherwise.
   */
  private keyFor(draft: OrderDraft): Attempt {
    const attempt = this.attempt;
    const sameAttempt =
      attempt?.draftId === draft.id &&
      (attempt.draft === draft || (attempt.outcome !== 'new' && attempt.outcome !== 'refused'));
    if (!sameAttempt) this.attempt = { draftId: draft.id, key: newId('order'), draft, sent: null, outcome: 'new' };
    else attempt.draft = draft;
    this.own.add(this.attempt!.key);
    return this.attempt!;
  }

  /**
   * The key to keep with the stored draft: that of an attempt that was sent and may have created
   * the order; null when its attempt needs none; undefined when this page has no attempt of the
   * draft (a restored draft before `resume`): then the key stored with it stays (see `saveDraft`).
   */
  pendingKey(draft: OrderDraft): string | null | undefined {
    const attempt = this.attempt;
    if (attempt?.draftId !== draft.id) return undefined;
    return attempt.outcome === 'sending' || attempt.outcome === 'unknown' ? attempt.key : null;
  }

  /** The claim of another tab of this browser on `draft` (it was submitted there), or null. */
  claimedElsewhere(draft: OrderDraft): Claim | null {
    return claimedElsewhere(draft.id, this.own);
  }

  /**
   * A draft restored with the key of an attempt that was sent before the page was reloaded: the
   * key is kept for it, and when the adapter can tell (`findOrder`), the order it created shows
   * as submitted. Resolves true when it did.
   */
  async resume(draft: OrderDraft, key: string): Promise<boolean> {
    this.own.add(key);
    const attempt: Attempt = (this.attempt = { draftId: draft.id, key, draft, sent: draft, outcome: 'unknown' });
    // The key is this page's to keep now: stored again with the draft as it is.
    void this.context.drafts.save();
    this.resuming?.abort();
    const { signal } = (this.resuming = new AbortController());
    const order = await this.find(attempt, signal).catch(() => null);
    // Not when the agent submitted meanwhile, or moved on to another draft.
    if (!order || this.attempt !== attempt || attempt.outcome !== 'unknown' || this.busy || this.draft.id !== draft.id)
      return false;
    this.finish(order, attempt, this.draft, msg('This order was submitted before the page was reloaded.'));
    return true;
  }

  /**
   * The order the attempt created, when the adapter can tell and did; null when it tells that the
   * attempt created none; undefined when it cannot tell (no `findOrder`, the lookup failed, or it
   * answered about another order).
   */
  private async find(attempt: Attempt, signal: AbortSignal): Promise<SubmittedOrder | null | undefined> {
    const adapter = this.host.adapter;
    const siteId = (attempt.sent ?? attempt.draft).siteId;
    if (!adapter?.findOrder || !siteId) return undefined;
    try {
      const order = await adapter.findOrder({ siteId, idempotencyKey: attempt.key }, { signal });
      return !order || (order.idempotencyKey ?? attempt.key) === attempt.key ? order : undefined;
    } catch (error) {
      if (signal.aborted || isAbortError(error)) throw error;
      // Not known: the kept key still makes a resubmission answer the same order.
      return undefined;
    }
  }

  /** The order is there: the success view, with a word when it predates the agent's later changes. */
  private finish(order: SubmittedOrder, attempt: Attempt, draft: OrderDraft, note = ''): void {
    attempt.outcome = 'done';
    settle(attempt.draftId, attempt.key, order.number);
    const sent = attempt.sent ?? draft;
    const changed = sent === draft ? [] : changesSince(sent, draft);
    const { number } = order;
    this.note = changed.length
      ? `${msg(str`Order ${number} was created before your last changes; they are not in it.`)} ${msg(
          str`Changed since: ${new Intl.ListFormat(this.context.locale, { type: 'conjunction' }).format(changed)}.`,
        )}`
      : note;
    this.busy = false;
    // The read-back as the order was sent: the pricing answer for that draft, its shipping method's name.
    const { pricing } = this.context.repricing;
    this.receipt = {
      order,
      draft: sent,
      pricing: pricing.answers(sent) ? pricing.pricing : null,
      shippingMethod: this.context.repricing.shippingName(),
      paymentTypes: this.paymentTypes(),
    };
    this.dialog()?.close();
    this.context.done(order, sent, summaryOf(order, sent));
    // The builder's `order-submitted` (documented there), after the success view took over.
    this.host.dispatchEvent(new OrderSubmittedEvent({ order, draft: sent }));
  }

  /** True when another tab holds `other`, the claim on the draft: the submission is refused, saying so. */
  private claimed(other: Claim | null): boolean {
    if (!other) return false;
    // Not the banner's words again (it says "This order was submitted in another tab" behind the dialog).
    this.error = { message: msg('Not sent: this order was already submitted in another tab.'), retry: false };
    this.context.drafts.setOtherTab(other);
    this.host.requestUpdate();
    return true;
  }

  /** Submits the draft through `send` instead of `submitOrder` ("Send payment link" to `paymentLink.to`), under the same guarantees. */
  submitWith(send: Send, paymentLink: LinkTo): Promise<void> {
    return this.submit(send, paymentLink);
  }

  private async submit(send?: Send, paymentLink?: LinkTo): Promise<void> {
    const adapter = this.host.adapter;
    const draft = this.draft;
    if (this.busy || !adapter || this.context.repricing.pricing.status !== 'ready' || this.problems().length) return;
    // A draft whose order was created is never sent again (an Enter or a click queued behind the answer).
    if (this.attempt?.draftId === draft.id && this.attempt.outcome === 'done') return;
    const attempt = this.keyFor(draft);
    const idempotencyKey = attempt.key;
    this.error = null;
    // Another tab of this browser submitted this draft: refused before the host hears of a submission.
    if (this.claimed(claimedElsewhere(draft.id, this.own))) return;
    const request = new OrderSubmitEvent({ draft, idempotencyKey, ...(paymentLink && { paymentLink }) });
    this.host.dispatchEvent(request);
    if (request.defaultPrevented) {
      this.error = {
        message: request.reason || msg('The order was not submitted: the page stopped it.'),
        retry: false,
      };
      this.host.requestUpdate();
      return;
    }
    this.busy = true;
    this.host.requestUpdate();
    const abort = (this.abort = new AbortController());
    const { signal } = abort;
    try {
      // Claimed under the lock: a tab that claimed it since the check above wins; never a second order.
      if (this.claimed(await claim(draft.id, idempotencyKey, this.own))) return;
      // An earlier attempt may have created the order: show it rather than send the draft again.
      const earlier = attempt.outcome === 'sending' || attempt.outcome === 'unknown' ? attempt.sent : null;
      const found = earlier ? await this.find(attempt, signal) : null;
      if (found) return this.finish(found, attempt, draft);
      // When the adapter cannot tell (no `findOrder`, or the lookup failed), the answer to the kept
      // key may be the order of the earlier draft.
      const unsure = earlier && earlier !== draft && found === undefined && changesSince(earlier, draft).length > 0;
      attempt.sent = draft;
      attempt.outcome = 'sending';
      void this.context.drafts.save();
      // The builder retries (no response, timeout, 409, 429, 5xx) with the same key; the adapter
      // makes one attempt each, so that retries do not nest.
      const init = { signal, retry: false };
      const order = await withRetry(
        () => (send ? send(draft, idempotencyKey, init) : adapter.submitOrder({ draft, idempotencyKey }, init)),
        { signal },
      );
      // An answer about another submission is no answer about this one (its outcome is unknown).
      if (order.idempotencyKey !== undefined && order.idempotencyKey !== idempotencyKey) {
        throw new OtherOrderError();
      }
      const { number } = order;
      this.finish(
        order,
        attempt,
        draft,
        unsure
          ? msg(str`If order ${number} was created before your last changes, they are not in it: check the order.`)
          : '',
      );
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      if (refusal(error)) {
        attempt.outcome = 'refused';
        settle(draft.id, idempotencyKey, null);
        void this.context.drafts.save();
      } else {
        attempt.outcome = 'unknown';
        this.context.unknown();
      }
      if (error instanceof ValidationError) {
        this.refused = error.problems.length
          ? error.problems
          : [{ path: '', code: 'invalid', message: adapterMessage(error) }];
      } else if (isAdapterError(error) && attempt.outcome === 'refused') {
        // Declined, not found: nothing was created; that first (a backend's words may not say
        // which call failed: "The requested resource does not exist."), then why.
        this.error = { message: `${msg('The order was not submitted.')} ${adapterMessage(error)}`, retry: true };
      } else {
        // Not "could not be reached": the order may have been created. What is known, and that
        // trying again is safe (the kept key: the backend answers the order it created, if any).
        const other =
          error instanceof OtherOrderError ? `${msg('The order service answered about another order.')} ` : '';
        this.error = {
          message:
            other +
            msg(
              'We could not confirm whether the order was created. Try again: the same order is sent again and never created twice.',
            ),
          retry: true,
        };
      }
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /**
   * The success view (see `success-view.ts`): "Order 10542 submitted", the read-back of the order
   * as submitted, "Create New Order", "Print" and, when the adapter can, "Email confirmation".
   */
  renderSuccess(order: SubmittedOrder, newOrder: () => void): TemplateResult {
    if (this.receipt?.order !== order)
      this.receipt = { order, draft: this.draft, pricing: null, shippingMethod: '', paymentTypes: [] };
    const receipt = this.receipt;
    // Found after a reload before its pricing was in: the figures once the answer for that draft is.
    const { pricing } = this.context.repricing;
    if (!receipt.pricing && pricing.answers(receipt.draft)) {
      receipt.pricing = pricing.pricing;
      receipt.shippingMethod = this.context.repricing.shippingName();
    }
    return this.success.render({ receipt, locale: this.context.locale, note: this.note, newOrder });
  }

  /** The confirmation dialog: the read-back, what blocks the submission, "Back" and "Submit Order". */
  render(): TemplateResult {
    const pricing = this.context.repricing.pricing;
    const { busy, error, opened } = this;
    const problems = opened ? this.problems() : [];
    const blocked = busy || pricing.status !== 'ready' || problems.length > 0;
    const button = (part: string, label: unknown, onClick: () => void, cls = '') =>
      html`<button class="button ${cls}" part=${part} type="button" @click=${onClick}>${label}</button>`;
    return html`<dialog
      id="confirm-dialog"
      class="dialog dialog--wide"
      part="confirm-dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-intro"
      @close=${(e: Event) => {
        // The event comes a task after close(): the dialog may have been opened again since.
        this.opened = (e.target as HTMLDialogElement).open;
        this.host.requestUpdate();
      }}
      @cancel=${(e: Event) => busy && e.preventDefault()}
      >${
        opened
          ? html`<div class="dialog__body">
              <h2 id="confirm-title" class="heading heading--large" tabindex="-1">${msg('Submit this order?')}</h2>
              <p id="confirm-intro" class="text-muted"
                >${msg('Read the order back to the shopper before submitting it.')}</p
              >
              ${
                problems.length
                  ? html`<div class="problems" part="problems" role="alert"
                      ><p>${msg('Fix these before submitting:')}</p
                      ><ul
                        >${problems.map(
                          (p) => html`<li>${button('problem-link', this.text(p), () => this.goTo(p), 'link')}</li>`,
                        )}</ul
                      ></div
                    >`
                  : nothing
              }
              ${
                pricing.status === 'error'
                  ? html`<p class="field__error" role="alert"
                      >${msg('The totals could not be calculated.')}
                      ${button('retry-pricing-button', msg('Retry'), () => void pricing.refresh(), 'button--small')}</p
                    >`
                  : nothing
              }
              ${renderReadBack(this.draft, pricing.answers(this.draft) ? pricing.pricing : null, this.context.locale, this.context.repricing.shippingName(), this.paymentTypes())}
              <div class="live" role="alert"
                >${
                  error
                    ? html`<div class="problems" part="submit-error"
                        ><p>${error.message}</p>${
                          error.retry
                            ? button('try-again-button', msg('Try again'), () => void this.submit(), 'button--small')
                            : nothing
                        }</div
                      >`
                    : nothing
                }</div
              >
              <div class="actions">
                <button
                  class="button"
                  part="back-button"
                  type="button"
                  aria-disabled=${busy}
                  @click=${() => this.close()}
                  >${msg('Back')}</button
                >
                <button
                  class="button button--primary"
                  part="confirm-button"
                  type="button"
                  aria-disabled=${blocked}
                  aria-busy=${busy}
                  @click=${() => this.submit()}
                  >${
                    busy
                      ? html`<span class="spinner" aria-hidden="true"></span>${msg('Submitting…')}`
                      : msg('Submit Order')
                  }</button
                >
              </div>
            </div>`
          : nothing
      }</dialog
    >`;
  }
}

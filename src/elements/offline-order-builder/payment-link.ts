/**
 * "Send payment link": instead of taking a card by phone, the order is submitted as awaiting
 * payment and the shopper gets a link to pay it, by email or text message (the adapter's optional
 * `sendPaymentLink`). The small form under the Payments ("Send to": the customer's email or phone,
 * prefilled, editable, checked like the customer's; "Send"), in the builder's Payments tab after
 * the payment panel. A submission like "Submit Order", through the same `Submission` (see
 * `submission.ts`): the same checks of the order, the same idempotency key kept with the stored
 * draft across a reload, `findOrder` after a lost answer, never sent twice; its success view says
 * where the link went; `order-submit` says it is a payment link (`paymentLink.to`). "Send" pressed
 * while the totals are being calculated (the Order Details just saved) waits for that answer (the
 * latest one, for at most `SETTLE_MS`) and sends once with it: never with stale totals. Loaded with
 * the submission, on demand.
 */
import { msg } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { ReactiveElement, TemplateResult } from 'lit';
import type { CallInit, OrderAdapter } from '../../adapter/adapter.js';
import { linkPhone, validateLinkDestination } from '../../model/payment-link.js';
import type { OrderDraft, PaymentLinkDestination, Problem, SubmittedOrder } from '../../model/types.js';
import type { PricingStatus } from '../shared/pricing-base.js';
import { inAgentWords } from '../shared/problem-text.js';

/** How an attempt is sent: `submitOrder` by default, or another submission (`sendPaymentLink`, see `Submission.submitWith`). */
export type Send = (draft: OrderDraft, idempotencyKey: string, init: CallInit) => Promise<SubmittedOrder>;

/** Where a payment link goes, as `order-submit` says it (`paymentLink`). */
export type LinkTo = { to: PaymentLinkDestination };

/** What the form reads of the builder (the builder's `NewOrderController`): its host, the draft, the pricing's status. */
export interface LinkContext {
  readonly host: ReactiveElement & { readonly adapter: OrderAdapter | undefined };
  readonly drafts: { readonly draft: OrderDraft };
  readonly repricing: { readonly pricing: { readonly status: PricingStatus; readonly settled: Promise<void> } };
}

/** What the form uses of the builder's `Submission` (see `submission.ts`): its checks, its state, `submitWith`. */
export interface LinkSubmission {
  readonly busy: boolean;
  readonly error: { message: string; retry: boolean } | null;
  refused: Problem[];
  problems(): Problem[];
  submitWith(send: Send, paymentLink: LinkTo): Promise<void>;
}

/** How long "Send" waits for the totals being calculated before saying they still are. */
export const SETTLE_MS = 10_000;

const ADDRESS_FIELD = '#payment-link-address';
const LINK_BUTTON = '[part~="payment-link-button"]';

/** A refusal of the backend about the destination itself (shown at the field), not about the order. */
const atDestination = (problem: Problem) => /^(to\.)?(email|phone)$/.test(problem.path);

/**
 * The form's state and its sending. Opened by "Send payment link" (rendered by the builder with
 * the first paint: see `order-sections.ts`), which this controller's `toggle` answers.
 */
export class PaymentLink {
  /** Whether the form is open. */
  opened = false;
  /** How the link goes: by email or by text message to a phone. */
  private via: 'email' | 'phone' = 'email';
  private email = '';
  private phone = '';
  /** Why the destination is refused ('' when it is not). */
  private problem = '';
  /** What keeps the order from being sent (the checks of "Submit Order"), after a press of "Send". */
  private blockers: Problem[] = [];
  /** The last sending's error, with "Retry" when trying again is safe (the same key). */
  private error: { message: string; retry: boolean } | null = null;
  /** The draft the blockers and the error are about: once it changes, they no longer hold (not shown). */
  private about: OrderDraft | null = null;
  /** The customer the destination was prefilled from (a change of customer prefills again). */
  private customerId: string | null | undefined;
  /** Whether "Send" waits for the totals being calculated (busy meanwhile, see `settled`). */
  private waiting = false;

  constructor(
    private readonly context: LinkContext,
    private readonly submission: LinkSubmission,
  ) {}

  /** Whether the link is being sent (the totals it goes with awaited, or the submission in flight). */
  get busy(): boolean {
    return this.waiting || this.submission.busy;
  }

  /**
   * Where the pricing stands once the totals being calculated, if they are, came in: the latest
   * answer (an edit meanwhile asks again, and that answer is the one waited for; taken into the
   * draft, which may ask again too), waited for at most `SETTLE_MS`.
   */
  private async settled(): Promise<PricingStatus> {
    const { host, repricing } = this.context;
    const { pricing } = repricing;
    if (pricing.status !== 'pending') return pricing.status;
    this.waiting = true;
    void this.update();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let late = false;
    const bound = new Promise<void>((resolve) => (timer = setTimeout(() => resolve(void (late = true)), SETTLE_MS)));
    try {
      // A disconnected builder prices nothing (its run aborted, the status left pending): not waited for.
      while (pricing.status === 'pending' && !late && host.isConnected) {
        await Promise.race([pricing.settled, bound]);
        await host.updateComplete;
      }
    } finally {
      clearTimeout(timer);
      this.waiting = false;
    }
    return pricing.status;
  }

  /** The destination as the agent set it. */
  private get to(): PaymentLinkDestination {
    return this.via === 'email' ? { email: this.email.trim() } : { phone: this.phone.trim() };
  }

  /** Prefills the destination from the draft's customer when the customer changed (or on first opening). */
  private prefill(): void {
    const customer = this.context.drafts.draft.customer;
    if (customer?.id === this.customerId) return;
    this.customerId = customer?.id;
    this.email = customer?.email ?? '';
    this.phone = linkPhone(customer);
    this.via = this.email || !this.phone ? 'email' : 'phone';
    this.problem = '';
  }

  /** Renders, then focuses `selector` (only ever after the agent pressed something). */
  private async update(selector = ''): Promise<void> {
    const { host } = this.context;
    host.requestUpdate();
    await host.updateComplete;
    if (selector) host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** "Send payment link" opens the form with focus on the address; pressed again, closes it (not while sending). */
  toggle(): void {
    if (this.busy) return;
    this.opened = !this.opened;
    this.prefill();
    Object.assign(this, { problem: '', blockers: [], error: null });
    void this.update(this.opened ? ADDRESS_FIELD : '');
  }

  /**
   * "Send" (and "Retry"): the destination checked, then the order checked as "Submit Order" checks
   * it, then the submission through `sendPaymentLink` with the attempt's key (the same on a retry).
   */
  private async send(): Promise<void> {
    const adapter = this.context.host.adapter;
    if (this.busy || !adapter?.sendPaymentLink) return;
    const to = this.to;
    const [problem] = inAgentWords(validateLinkDestination(to));
    this.problem = problem?.message ?? '';
    this.error = null;
    if (problem) return this.update(ADDRESS_FIELD);
    const status = await this.settled();
    this.about = this.context.drafts.draft;
    this.blockers = this.submission.problems();
    if (!this.blockers.length && status !== 'ready') {
      this.error = {
        message:
          status === 'error'
            ? msg('The totals could not be calculated.')
            : msg('The totals are being calculated. Send again in a moment.'),
        retry: false,
      };
    }
    if (this.blockers.length || this.error) return this.update();
    await this.submission.submitWith(
      (draft, idempotencyKey, init) =>
        adapter.sendPaymentLink!(draft, to, { ...init, idempotencyKey })
          // Where it went, when the backend did not say (not for an order an earlier Submit Order created with the key).
          .then((order) =>
            order.paymentLink || order.status !== 'awaiting-payment' ? order : { ...order, paymentLink: to },
          ),
      { to },
    );
    // Done: the success view shows (and says where the link went). Otherwise, what the submission said.
    const refused = this.submission.refused;
    const [atField] = refused.filter(atDestination);
    if (atField) {
      this.problem = atField.message;
      this.submission.refused = refused.filter((p) => !atDestination(p));
    }
    this.blockers = this.submission.refused;
    this.error = this.submission.error;
    this.about = this.context.drafts.draft;
    await this.update(atField ? ADDRESS_FIELD : '');
  }

  private choice(via: 'email' | 'phone', label: string): TemplateResult {
    return html`<label class="payment-link__choice"
      ><input
        type="radio"
        name="payment-link-via"
        value=${via}
        .checked=${this.via === via}
        @change=${() => {
          this.via = via;
          this.problem = '';
          this.context.host.requestUpdate();
        }}
      />${label}</label
    >`;
  }

  private renderForm(): TemplateResult {
    const { problem, busy, via } = this;
    const email = via === 'email';
    return html`<form
      id="payment-link-form"
      class="payment-link__form"
      part="payment-link-form"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.send();
      }}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        void this.close();
      }}
    >
      <fieldset class="payment-link__choices">
        <legend class="field__label">${msg('Send to')}</legend>
        ${this.choice('email', msg('Email'))} ${this.choice('phone', msg('Text message'))}
      </fieldset>
      <div class="field">
        <label class="field__label" for="payment-link-address"
          >${email ? msg('Email address') : msg('Phone number')}</label
        >
        <input
          class="field__control"
          id="payment-link-address"
          type=${email ? 'email' : 'tel'}
          autocomplete="off"
          .value=${email ? this.email : this.phone}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? 'payment-link-address-e' : nothing}
          @input=${(e: Event) => {
            const value = (e.target as HTMLInputElement).value;
            if (this.via === 'email') this.email = value;
            else this.phone = value;
          }}
        />
        ${problem ? html`<p class="field__error" id="payment-link-address-e">${problem}</p>` : nothing}
      </div>
      <button class="button button--primary" part="payment-link-send-button" aria-disabled=${busy} aria-busy=${busy}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>${msg('Sending…')}` : msg('Send')}
      </button>
    </form>`;
  }

  /** What the last "Send" met: what blocks the order, or the error with "Retry". */
  private renderOutcome(): unknown {
    const { blockers, error } = this;
    if (this.about !== this.context.drafts.draft) return nothing;
    if (blockers.length)
      return html`<div class="problems" part="payment-link-problems"
        ><p>${msg('Fix these before sending the payment link:')}</p
        ><ul
          >${blockers.map((p) => html`<li>${p.message}</li>`)}</ul
        ></div
      >`;
    if (!error) return nothing;
    return html`<div class="problems" part="payment-link-error"
      ><p>${error.message}</p>${
        error.retry
          ? html`<button
              class="button button--small"
              part="payment-link-retry-button"
              type="button"
              @click=${() => void this.send()}
              >${msg('Retry')}</button
            >`
          : nothing
      }</div
    >`;
  }

  /** The form (when open) and what its last sending met, in an alert region. */
  render(): TemplateResult {
    return html`${this.opened ? this.renderForm() : nothing}
      <div class="live" role="alert">${this.opened ? this.renderOutcome() : nothing}</div>`;
  }

  /** Focus back on "Send payment link" (Escape in the form closes it). */
  async close(): Promise<void> {
    if (this.busy || !this.opened) return;
    this.opened = false;
    await this.update(LINK_BUTTON);
  }
}

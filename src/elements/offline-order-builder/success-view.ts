/**
 * The success view that follows a submission: "Order 10542 submitted", the read-back of the order
 * as it was submitted, and what the agent can do with it: "Print" (the page prints only the
 * read-back: see the print rules in `on-demand.styles.ts`), "Email confirmation" (when the adapter
 * has `sendConfirmation`: the shopper's email prefilled in a small form, checked like the customer
 * dialog's, the outcome said in a live region) and "Create New Order". Loaded with `submission.ts`.
 */
import { msg, str } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { ReactiveElement, TemplateResult } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { isAbortError } from '../../adapter/errors.js';
import { formatMoney } from '../../model/money.js';
import { linkAddress } from '../../model/payment-link.js';
import type { Money, OrderDraft, PaymentType, Pricing, SubmittedOrder } from '../../model/types.js';
import { validateEmail } from '../../model/validation.js';
import { errorText } from '../shared/adapter-text.js';
import { inAgentWords } from '../shared/problem-text.js';
import { renderReadBack } from './read-back.js';

const EMAIL_FIELD = '#confirmation-email';
const EMAIL_BUTTON = '[part~="email-confirmation-button"]';

/** The builder, with the adapter the confirmation is sent through. */
export type SuccessHost = ReactiveElement & { readonly adapter: OrderAdapter | undefined };

/** What the read-back of the submitted order is made from, kept as it was when the order was created. */
export interface Receipt {
  order: SubmittedOrder;
  draft: OrderDraft;
  pricing: Pricing | null;
  shippingMethod: string;
  paymentTypes: readonly PaymentType[];
}

/** What the success view needs of the submission: where it renders, the locale, the note, "Create New Order". */
export interface SuccessInput {
  receipt: Receipt;
  locale: string;
  note: string;
  newOrder: () => void;
}

/**
 * The success view, and the email confirmation's state. "Create New Order" comes first, as before:
 * "Print" and "Email confirmation" add no Tab stop ahead of it, and take focus only when pressed.
 */
export class SuccessView {
  /** Whether the small "Email confirmation" form is open. */
  private formOpen = false;
  /** The address in the form (the shopper's, until the agent edits it). */
  private email = '';
  /** Why the address is refused ('' when it is not). */
  private problem = '';
  private sending = false;
  /** What the status region says: "Confirmation sent to …", or ''. */
  private status = '';
  /** The adapter's error, with "Retry". */
  private error = '';
  private abort: AbortController | undefined;
  private orderId = '';

  constructor(private readonly host: SuccessHost) {}

  /** A new order or a disconnected builder: an email being sent is no longer waited for. */
  cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  private get adapter(): OrderAdapter | undefined {
    return this.host.adapter;
  }

  /** Starts afresh for another order (the form closed, nothing said). */
  private forOrder(receipt: Receipt): void {
    if (this.orderId === receipt.order.id) return;
    this.cancel();
    this.orderId = receipt.order.id;
    Object.assign(this, { formOpen: false, problem: '', sending: false, status: '', error: '' });
    this.email = receipt.draft.customer?.email ?? '';
  }

  /** Renders, then focuses `selector` (only ever after the agent pressed something). */
  private async update(selector = ''): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (selector) this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** "Email confirmation" opens the form, with focus on the address; pressed again, closes it. */
  private toggle(): void {
    this.cancel();
    Object.assign(this, { formOpen: !this.formOpen, problem: '', sending: false, error: '' });
    void this.update(this.formOpen ? EMAIL_FIELD : '');
  }

  /** "Send" (and "Retry"): the address checked, then the adapter's `sendConfirmation`. */
  private async send(receipt: Receipt): Promise<void> {
    const adapter = this.adapter;
    const email = this.email.trim();
    if (this.sending || !adapter?.sendConfirmation) return;
    const [problem] = inAgentWords(validateEmail(email));
    Object.assign(this, { problem: problem?.message ?? '', error: '', status: '' });
    if (problem) return this.update(EMAIL_FIELD);
    const abort = (this.abort = new AbortController());
    this.sending = true;
    void this.update();
    try {
      const sent = await adapter.sendConfirmation(
        { siteId: receipt.draft.siteId ?? '', orderId: receipt.order.id, email },
        { signal: abort.signal },
      );
      const to = sent.email || email;
      this.status = msg(str`Confirmation sent to ${to}.`);
      this.formOpen = false;
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.error = `${msg('The confirmation was not sent.')} ${errorText(error)}`;
    }
    if (abort.signal.aborted) return;
    this.sending = false;
    // Sent: the form is gone, focus back on the button that opened it (the status says what happened).
    await this.update(this.formOpen ? '' : EMAIL_BUTTON);
  }

  private renderForm(receipt: Receipt): TemplateResult {
    const { problem, sending } = this;
    return html`<form
      class="success__email"
      part="email-confirmation-form"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.send(receipt);
      }}
    >
      <div class="field">
        <label class="field__label" for="confirmation-email">${msg('Email address')}</label>
        <input
          class="field__control"
          id="confirmation-email"
          type="email"
          .value=${this.email}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? 'confirmation-email-e' : nothing}
          @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)}
        />
        ${problem ? html`<p class="field__error" id="confirmation-email-e">${problem}</p>` : nothing}
      </div>
      <button class="button button--primary" part="email-send-button" aria-disabled=${sending} aria-busy=${sending}>
        ${msg('Send')}
      </button>
    </form>`;
  }

  render({ receipt, locale, note, newOrder }: SuccessInput): TemplateResult {
    this.forOrder(receipt);
    const money = (amount: Money) => formatMoney(amount, locale);
    const { order } = receipt;
    const { number } = order;
    const canEmail = !!this.adapter?.sendConfirmation;
    // Sent with a payment link (`sendPaymentLink`): where it went.
    const link = order.paymentLink && linkAddress(order.paymentLink);
    return html`<div class="success" part="success">
      <h2 id="new-order-heading" class="heading heading--large" tabindex="-1"
        >${msg(str`Order ${number} submitted`)}</h2
      >
      ${note ? html`<p class="strong" part="success-note">${note}</p>` : nothing}
      ${link ? html`<p class="strong" part="payment-link-sent">${msg(str`Payment link sent to ${link}.`)}</p>` : nothing}
      <p>${msg(str`Total: ${money(order.total)}`)}</p>
      ${order.balanceDue.amount > 0 ? html`<p class="strong">${msg(str`Balance due: ${money(order.balanceDue)}`)}</p>` : nothing}
      ${renderReadBack(receipt.draft, receipt.pricing, locale, receipt.shippingMethod, receipt.paymentTypes)}
      <div class="success__actions" part="success-actions">
        <button class="button button--primary" part="new-order-button" type="button" @click=${newOrder}>
          ${msg('Create New Order')}
        </button>
        <button class="button" part="print-button" type="button" @click=${() => window.print()}>
          ${msg('Print')}
        </button>
        ${
          canEmail
            ? html`<button
                class="button"
                part="email-confirmation-button"
                type="button"
                aria-expanded=${this.formOpen ? 'true' : 'false'}
                @click=${() => this.toggle()}
              >
                ${msg('Email confirmation')}
              </button>`
            : nothing
        }
      </div>
      ${canEmail && this.formOpen ? this.renderForm(receipt) : nothing}
      <div class="success__status" part="email-status" role="status">${this.status}</div>
      <div class="success__status" role="alert"
        >${
          this.error
            ? html`<div class="problems" part="email-error"
                ><p>${this.error}</p
                ><button
                  class="button button--small"
                  part="email-retry-button"
                  type="button"
                  @click=${() => void this.send(receipt)}
                  >${msg('Retry')}</button
                ></div
              >`
            : nothing
        }</div
      >
    </div>`;
  }
}

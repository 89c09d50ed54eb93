/**
 * The coupon area of the Order Details dialog: "Coupon code" with "Apply", and every code the
 * agent entered with its outcome.
 *
 * The draft holds the ORDER's coupons: a code is in it until the adapter's answer rejects it. A
 * rejected code then leaves the draft (so it is never summarized, read back or submitted as one of
 * the order's coupons) and stays here, with the reason, until the agent removes it. The dialog
 * prices the draft with the rejected codes still in it, so that a code the order comes to meet
 * (BIGSPENDER once the subtotal reaches its minimum, FREESHIP once the order ships by Ground)
 * goes back into the draft by itself.
 */
import { msg, str } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { addCoupon, adoptPricing, normalizeCoupon, removeCoupon } from '../../model/draft.js';
import { same } from '../../model/same.js';
import type { CouponResult, Money, OrderDraft, Pricing } from '../../model/types.js';
import { isolate } from '../shared/bidi.js';
import { couponRejection } from '../shared/coupon-text.js';
import type { BasePricingController } from '../shared/pricing-base.js';

export interface CouponAreaOptions {
  /** The draft being edited. */
  draft(): OrderDraft;
  /** Replaces the draft being edited. */
  set(draft: OrderDraft): void;
  /** The dialog's pricing (of `priced()`). */
  pricing(): BasePricingController;
  locale(): string;
  money(amount: Money, negative?: boolean): string;
}

export class CouponArea {
  /** Every code entered and not removed, in the order entered: the draft's and the rejected ones. */
  private entered: string[] = [];
  /** The answer's results of the codes it rejected (out of the draft). */
  private rejected: CouponResult[] = [];
  /** The code "Apply" refused, its error worded when shown (`applyError`); null when none. */
  private refusedCode: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CouponAreaOptions,
  ) {}

  /** Every code entered and not removed, accepted or not (what the agent did, whatever the answers said). */
  get codes(): readonly string[] {
    return this.entered;
  }

  /** The dialog opened on `draft`: its codes, nothing rejected yet. */
  reset(draft: OrderDraft): void {
    this.entered = [...new Set(draft.coupons.map(normalizeCoupon))];
    this.rejected = [];
    this.refusedCode = null;
  }

  /** The draft as priced: with the rejected codes too, so that they are checked again at each edit. */
  priced(draft: OrderDraft): OrderDraft {
    return this.rejected.length ? { ...draft, coupons: this.entered } : draft;
  }

  /**
   * Takes the answer for the draft as it is (before the dialog renders): the lines' unit prices
   * of the current price list, codes it rejected out of the draft and shown here with their
   * reason, codes it now accepts back in. An answer for an earlier draft is never taken.
   */
  adopt(): void {
    const draft = this.options.draft();
    const priced = this.priced(draft);
    const pricing = this.options.pricing();
    if (!pricing.pricing || !pricing.answers(priced)) return;
    const adopted = adoptPricing({ ...draft, coupons: this.entered }, pricing.pricing);
    if (adopted.draft.lines !== draft.lines || !same(adopted.draft.coupons, draft.coupons))
      this.options.set(adopted.draft);
    if (!same(adopted.rejected, this.rejected)) this.rejected = adopted.rejected;
  }

  /** The rejected result of a code entered, if the answer rejected it. */
  private rejectionOf(code: string): CouponResult | undefined {
    return this.rejected.find((result) => normalizeCoupon(result.code) === code);
  }

  /** Why `code` cannot be applied, or '' when it can. */
  private applyError(code: string): string {
    const shown = isolate(code);
    const rejected = this.rejectionOf(code);
    if (!code) return msg('Enter a coupon code.');
    if (rejected) return msg(str`${shown} was not accepted: ${couponRejection(rejected, this.options.locale())}`);
    if (this.entered.includes(code)) return msg(str`${shown} is already applied`);
    return '';
  }

  private apply(input: HTMLInputElement): void {
    const code = normalizeCoupon(input.value);
    this.refusedCode = this.applyError(code) ? code : null;
    if (this.refusedCode === null) {
      this.entered = [...this.entered, code];
      this.options.set(addCoupon(this.options.draft(), code));
      input.value = '';
    }
    this.host.requestUpdate();
  }

  private remove(code: string): void {
    this.entered = this.entered.filter((c) => c !== code);
    this.rejected = this.rejected.filter((result) => normalizeCoupon(result.code) !== code);
    this.options.set(removeCoupon(this.options.draft(), code));
    this.host.requestUpdate();
  }

  private clearError(): void {
    if (this.refusedCode === null) return;
    this.refusedCode = null;
    this.host.requestUpdate();
  }

  /**
   * The field with "Apply" and its error (an alert that stays in the page, so that a new message
   * is heard), then each code with its outcome and "Remove" (named "Remove SAVE10"; ids by
   * position, as a code may hold spaces).
   */
  render(): TemplateResult {
    const pricing = this.options.pricing();
    const answer = pricing.status === 'ready' ? pricing.pricing : null;
    // Worded now (not at the press), in the page's language as it is.
    const error = this.refusedCode === null ? '' : this.applyError(this.refusedCode);
    const invalid = !!error;
    return html`<form
        novalidate
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          this.apply((e.currentTarget as HTMLFormElement).querySelector('input')!);
        }}
      >
        <div class="field">
          <label class="field__label" for="coupon">${msg('Coupon code')}</label
          ><span class="row"
            ><input
              id="coupon"
              class="field__control"
              autocomplete="off"
              aria-keyshortcuts="Alt+Shift+O"
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${invalid ? 'coupon-error' : nothing}
              @input=${() => this.clearError()}
            /><button class="button" type="submit">${msg('Apply')}</button></span
          ><p id="coupon-error" class="field__error" part="coupon-error" role="alert">${error}</p>
        </div>
      </form>
      <ul part="coupons">
        ${this.entered.map((code, index) => this.renderCode(code, index, answer))}
      </ul>`;
  }

  /** What the answer said of a code: rejected (why), accepted (with its discount), or not yet. */
  private outcome(code: string, answer: Pricing | null): { text: string; tone: 'error' | 'ok' | 'text-muted' } {
    const rejected = this.rejectionOf(code);
    if (rejected)
      return { text: msg(str`Rejected: ${couponRejection(rejected, this.options.locale())}`), tone: 'error' };
    const accepted = answer?.coupons.find(
      (result) => normalizeCoupon(result.code) === code && result.status === 'accepted',
    );
    if (!accepted) return { text: msg('Checking…'), tone: 'text-muted' };
    const text = accepted.discount
      ? msg(str`Accepted: ${this.options.money(accepted.discount, true)}`)
      : msg('Accepted');
    return { text, tone: 'ok' };
  }

  /** A code entered, with its outcome and "Remove". */
  private renderCode(code: string, index: number, answer: Pricing | null): TemplateResult {
    const { text, tone } = this.outcome(code, answer);
    return html`<li part=${tone === 'error' ? 'coupon coupon-rejected' : 'coupon'}>
      <b id="coupon-${index}">${code}</b>
      <span class=${tone}>${text}</span>
      <button
        class="button button--quiet button--small"
        type="button"
        id="remove-coupon-${index}"
        aria-labelledby="remove-coupon-${index} coupon-${index}"
        @click=${() => this.remove(code)}
      >
        ${msg('Remove')}
      </button>
    </li>`;
  }
}

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
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { addCoupon, adoptPricing, normalizeCoupon, removeCoupon } from '../../model/draft.js';
import { same } from '../../model/same.js';
import type { CouponResult, Money, OrderDraft } from '../../model/types.js';
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
  money(m: Money, negative?: boolean): string;
}

export class CouponArea {
  /** Every code entered and not removed, in the order entered: the draft's and the rejected ones. */
  private entered: string[] = [];
  /** The answer's results of the codes it rejected (out of the draft). */
  private rejected: CouponResult[] = [];
  /** The "Coupon code" field's error. */
  private error = '';
  private readonly host: ReactiveControllerHost;
  private readonly o: CouponAreaOptions;

  constructor(host: ReactiveControllerHost, options: CouponAreaOptions) {
    this.host = host;
    this.o = options;
  }

  /** Every code entered and not removed, accepted or not (what the agent did, whatever the answers said). */
  get codes(): readonly string[] {
    return this.entered;
  }

  /** The dialog opened on `draft`: its codes, nothing rejected yet. */
  reset(draft: OrderDraft): void {
    this.entered = [...new Set(draft.coupons.map(normalizeCoupon))];
    this.rejected = [];
    this.error = '';
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
    const draft = this.o.draft();
    const priced = this.priced(draft);
    const pricing = this.o.pricing();
    if (!pricing.pricing || !pricing.answers(priced)) return;
    const adopted = adoptPricing({ ...draft, coupons: this.entered }, pricing.pricing);
    if (adopted.draft.lines !== draft.lines || !same(adopted.draft.coupons, draft.coupons)) this.o.set(adopted.draft);
    if (!same(adopted.rejected, this.rejected)) this.rejected = adopted.rejected;
  }

  private apply(input: HTMLInputElement): void {
    const code = normalizeCoupon(input.value);
    const shown = isolate(code);
    const rejected = this.rejected.find((r) => normalizeCoupon(r.code) === code);
    this.error = !code
      ? msg('Enter a coupon code.')
      : rejected
        ? msg(str`${shown} was not accepted: ${couponRejection(rejected, this.o.locale())}`)
        : this.entered.includes(code)
          ? msg(str`${shown} is already applied`)
          : '';
    if (!this.error) {
      this.entered = [...this.entered, code];
      this.o.set(addCoupon(this.o.draft(), code));
      input.value = '';
    }
    this.host.requestUpdate();
  }

  private remove(code: string): void {
    this.entered = this.entered.filter((c) => c !== code);
    this.rejected = this.rejected.filter((r) => normalizeCoupon(r.code) !== code);
    this.o.set(removeCoupon(this.o.draft(), code));
    this.host.requestUpdate();
  }

  private clearError(): void {
    if (!this.error) return;
    this.error = '';
    this.host.requestUpdate();
  }

  /**
   * The field with "Apply" and its error (an alert that stays in the page, so that a new message
   * is heard), then each code with its outcome and "Remove" (named "Remove SAVE10"; ids by
   * position, as a code may hold spaces).
   */
  render(): TemplateResult {
    const pricing = this.o.pricing();
    const answer = pricing.status === 'ready' ? pricing.pricing : null;
    const invalid = !!this.error;
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
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${invalid ? 'coupon-error' : nothing}
              @input=${() => this.clearError()}
            /><button class="button" type="submit">${msg('Apply')}</button></span
          ><p id="coupon-error" class="field__error" part="coupon-error" role="alert">${this.error}</p>
        </div>
      </form>
      <ul part="coupons">
        ${this.entered.map((code, i) => {
          const rejected = this.rejected.find((r) => normalizeCoupon(r.code) === code);
          const accepted =
            !rejected && answer?.coupons.find((c) => normalizeCoupon(c.code) === code && c.status === 'accepted');
          return html`<li part=${rejected ? 'coupon coupon-rejected' : 'coupon'}>
            <b id="coupon-${i}">${code}</b>
            <span class=${rejected ? 'error' : accepted ? 'ok' : 'text-muted'}
              >${
                rejected
                  ? msg(str`Rejected: ${couponRejection(rejected, this.o.locale())}`)
                  : accepted && accepted.discount
                    ? msg(str`Accepted: ${this.o.money(accepted.discount, true)}`)
                    : accepted
                      ? msg('Accepted')
                      : msg('Checking…')
              }</span
            >
            <button
              class="button button--quiet button--small"
              type="button"
              id="remove-coupon-${i}"
              aria-labelledby="remove-coupon-${i} coupon-${i}"
              @click=${() => this.remove(code)}
            >
              ${msg('Remove')}
            </button>
          </li>`;
        })}
      </ul>`;
  }
}

/**
 * Payments of the mock backend: the payment types of a site, balance codes (gift cards, store
 * credit) and what is left on them, card tokenization, and the payment checks of a submission.
 *
 * Card checks reuse the model's rules (`src/model/card.ts`: digits, Luhn, brand from the IIN,
 * security-code length). Where the mock differs it says why: it plays the server, which accepts
 * what any client sends, not only what this one's form lets through.
 */
import { cardBrandRule, cardDigits, luhnValid } from '../src/model/card.js';
import type {
  Balance,
  CardDetails,
  CardSummary,
  Money,
  OrderDraft,
  PaymentType,
  Problem,
  Site,
} from '../src/model/types.js';
import { validatePayments } from '../src/model/validation.js';
import type { MockState } from './backend-state.js';
import type { MockBalanceCode } from './catalog-types.js';
import { MockProblem, badRequest, notFound, validationProblem } from './problem.js';

/** Test cards (mocks/README.md). */
export const DECLINED_CARD = '4000000000000002';
export const INSUFFICIENT_FUNDS_CARD = '4000000000009995';

/** The digits of a card number the tokenizer takes (any brand, known or not). */
const CARD_NUMBER = /^\d{12,19}$/;

/** Whether a payment type draws on a balance code. */
function isBalanceKind(type: PaymentType): boolean {
  return type.kind === 'gift-card' || type.kind === 'store-credit';
}

/** A declined card's problem (402). */
function declined(code: 'card-declined' | 'insufficient-funds', detail: string): MockProblem {
  return new MockProblem({ status: 402, type: 'declined', title: 'Card declined', detail, code });
}

/**
 * Expiry problems of a card as the API carries it: month and year as numbers (a two-digit year
 * is in 2000s). It differs from the model's `validateExpiry`, which reads the MM/YY the agent
 * types and refuses years more than 20 ahead: the server takes any future year a client sends.
 */
function expiryProblems(month: number, year: number, now: Date): Problem[] {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(year)) {
    return [{ path: 'expiry', code: 'invalid-expiry', message: 'Enter the expiry as a month and a year.' }];
  }
  const thisMonth = now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
  return year * 12 + month < thisMonth ? [{ path: 'expiry', code: 'expired', message: 'This card has expired.' }] : [];
}

export class MockPayments {
  constructor(private readonly state: MockState) {}

  listPaymentTypes(siteId: string): PaymentType[] {
    this.state.site(siteId);
    return structuredClone(this.state.data.paymentTypes[siteId] ?? []);
  }

  private paymentType(siteId: string, typeId: string): PaymentType | undefined {
    return (this.state.data.paymentTypes[siteId] ?? []).find((t) => t.id === typeId);
  }

  private balanceCode(typeId: string, code: string): MockBalanceCode | undefined {
    const wanted = code.trim().toUpperCase();
    return this.state.data.balances.find((b) => b.typeId === typeId && b.code === wanted);
  }

  private remaining(code: string): number {
    return this.state.balances.get(code) ?? this.state.data.balances.find((b) => b.code === code)?.amount ?? 0;
  }

  checkBalance(siteId: string, typeId: string, code: string): Balance {
    const site = this.state.site(siteId);
    const type = this.paymentType(siteId, typeId);
    if (!type || !isBalanceKind(type)) {
      throw validationProblem(`${site.name} does not take balances of "${typeId}".`, [
        { path: 'typeId', code: 'not-offered', message: 'This payment type has no balance to check.' },
      ]);
    }
    const entry = typeof code === 'string' ? this.balanceCode(typeId, code) : undefined;
    if (!entry) throw notFound(`No ${type.label.toLowerCase()} has this code. Check the code with the shopper.`);
    return { typeId, code: entry.code, available: { amount: this.remaining(entry.code), currency: site.currency } };
  }

  /**
   * Tokenizes a card. The number and the security code are read here and never kept, logged or
   * echoed (not even in error messages): only the summary leaves this method.
   */
  tokenizeCard(siteId: string, card: CardDetails): CardSummary {
    this.state.site(siteId);
    if (!card || typeof card !== 'object') throw badRequest('The body must be a card.');
    const number = typeof card.number === 'string' ? cardDigits(card.number) : '';
    // Any Luhn-valid 12-19 digits, not the model's lengths by brand: the tokenizer, not the form, decides.
    if (!CARD_NUMBER.test(number) || !luhnValid(number)) {
      throw validationProblem('The card number is not valid.', [
        {
          path: 'number',
          code: 'invalid-card-number',
          message: 'This card number is not valid. Check it with the shopper.',
        },
      ]);
    }
    const { brand, codeLength } = cardBrandRule(number);
    const month = card.expiryMonth;
    const year = card.expiryYear < 100 ? 2000 + card.expiryYear : card.expiryYear;
    const problems = expiryProblems(month, year, this.state.now());
    if (typeof card.securityCode !== 'string' || !new RegExp(`^\\d{${codeLength}}$`).test(card.securityCode)) {
      problems.push({
        path: 'securityCode',
        code: 'invalid-security-code',
        message: `Enter the ${codeLength}-digit security code.`,
      });
    }
    if (problems.length > 0) throw validationProblem('The card details are not valid.', problems);
    if (number === DECLINED_CARD) {
      throw declined('card-declined', 'The card was declined. Ask the shopper for another card.');
    }
    if (number === INSUFFICIENT_FUNDS_CARD) {
      throw declined(
        'insufficient-funds',
        'The card was declined for insufficient funds. Ask the shopper for another card.',
      );
    }
    return {
      token: `tok_${this.state.tokenPrng.hex(24)}`,
      brand,
      last4: number.slice(-4),
      expiryMonth: month,
      expiryYear: year,
    };
  }

  /**
   * The model's payment rules (currency, amounts, not more than the total), plus what the
   * payment types require: a card token, a check or PO number, PO terms, a known balance code
   * with enough on it.
   */
  problems(site: Site, draft: OrderDraft, total: Money): Problem[] {
    const payments = Array.isArray(draft.payments) ? draft.payments : [];
    const problems = validatePayments({ ...draft, payments }, total);
    for (const payment of payments) {
      const at = `payments.${payment.id}`;
      const type = this.paymentType(site.id, payment.typeId);
      if (!type) {
        problems.push({
          path: `${at}.typeId`,
          code: 'not-offered',
          message: `${site.name} does not take this payment type.`,
        });
        continue;
      }
      if (type.kind === 'credit-card' && !/^tok_\w+$/.test(payment.card?.token ?? '')) {
        problems.push({ path: `${at}.card`, code: 'required', message: 'Enter the card again.' });
      }
      if (type.kind === 'check' && !payment.reference?.trim()) {
        problems.push({ path: `${at}.reference`, code: 'required', message: 'Enter the check number.' });
      }
      if (type.kind === 'purchase-order') {
        if (!payment.reference?.trim())
          problems.push({ path: `${at}.reference`, code: 'required', message: 'Enter the PO number.' });
        if (!type.terms?.some((t) => t.id === payment.termsId)) {
          problems.push({ path: `${at}.termsId`, code: 'required', message: 'Choose the payment terms.' });
        }
      }
      if (isBalanceKind(type)) {
        const entry = this.balanceCode(type.id, payment.reference ?? '');
        if (!entry) {
          problems.push({ path: `${at}.reference`, code: 'unknown-code', message: 'No balance has this code.' });
        } else if (this.remaining(entry.code) < payment.amount.amount) {
          problems.push({
            path: `${at}.amount`,
            code: 'insufficient-balance',
            message: 'The amount is more than the available balance.',
          });
        }
      }
    }
    return problems;
  }

  /** Spends what the balance payments of a placed order take from their codes. */
  spend(site: Site, draft: OrderDraft): void {
    for (const payment of draft.payments ?? []) {
      const type = this.paymentType(site.id, payment.typeId)!;
      if (isBalanceKind(type)) {
        const entry = this.balanceCode(type.id, payment.reference ?? '')!;
        this.state.balances.set(entry.code, this.remaining(entry.code) - payment.amount.amount);
      }
    }
  }
}

/**
 * "Tax exempt" in Order Details: an order-level exemption with its certificate number. Ticked, a
 * required "Exemption certificate number" field (limited to `TEXT_LIMITS.taxCertificate`) shows;
 * the number typed puts the exemption into the draft (re-priced with it: a backend charges no tax
 * on an exempt order), unticking takes it out. "Save" with the box ticked and no number is refused
 * at the field.
 */
import { msg } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { setTaxExemption } from '../../model/draft.js';
import { TEXT_LIMITS } from '../../model/limits.js';
import type { OrderDraft, Problem } from '../../model/types.js';
import { field } from '../shared/form.js';
import { limitHint } from '../shared/text-limit.js';

export interface TaxExemptOptions {
  draft(): OrderDraft;
  set(draft: OrderDraft): void;
  locale(): string;
}

/** The problem path of the certificate number (its field's `data-path`). */
export const CERTIFICATE_PATH = 'taxExemption.certificateNumber';

export class TaxExemptArea {
  /** Whether "Tax exempt" is ticked (it may be, with no number yet: the draft is then taxed). */
  private ticked = false;
  /** Why the number is missing, once "Save" found it so. */
  private error = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TaxExemptOptions,
  ) {}

  /** The dialog opens on `draft`: ticked when it is exempt. */
  reset(draft: OrderDraft): void {
    this.ticked = !!draft.taxExemption;
    this.error = '';
  }

  /** What keeps "Save" from saving: ticked without a certificate number. */
  problems(): Problem[] {
    this.error =
      this.ticked && !this.options.draft().taxExemption ? msg('Enter the exemption certificate number.') : '';
    this.host.requestUpdate();
    return this.error ? [{ path: CERTIFICATE_PATH, code: 'required', message: this.error }] : [];
  }

  private tick(event: Event): void {
    this.ticked = (event.target as HTMLInputElement).checked;
    this.error = '';
    // Unticked, the order is taxed again; ticked, it is exempt once a number is typed.
    if (!this.ticked) this.options.set(setTaxExemption(this.options.draft(), null));
    this.host.requestUpdate();
  }

  private type(event: Event): void {
    const certificateNumber = (event.target as HTMLInputElement).value;
    if (certificateNumber.trim()) this.error = '';
    this.options.set(setTaxExemption(this.options.draft(), { certificateNumber }));
  }

  render(): TemplateResult {
    const exemption = this.options.draft().taxExemption;
    const limit = TEXT_LIMITS.taxCertificate;
    const number = html`<input
        id="tax-certificate"
        class="field__control"
        data-path=${CERTIFICATE_PATH}
        required
        maxlength=${limit}
        autocomplete="off"
        aria-invalid=${!!this.error}
        aria-describedby="tax-certificate-error tax-certificate-limit"
        .value=${exemption?.certificateNumber ?? ''}
        @change=${(event: Event) => this.type(event)}
      />${limitHint('tax-certificate-limit', limit, this.options.locale())}
      <p id="tax-certificate-error" class="error">${this.error}</p>`;
    return html`<div class="tax-exempt" part="tax-exempt">
      <label class="row"
        ><input id="tax-exempt" type="checkbox" .checked=${this.ticked} @change=${(event: Event) => this.tick(event)} />
        ${msg('Tax exempt')}</label
      >
      ${this.ticked ? field('tax-certificate', msg('Exemption certificate number'), number) : nothing}
    </div>`;
  }
}

/**
 * Email delivery in `<line-item-editor>`: the recipient of an item delivered by email (a gift card,
 * the fulfillment option of kind `digital`). While that option is chosen, the add row asks
 * "Recipient email" (required, checked as the customer's email is), "Recipient name" (required) and
 * "Message" (optional, up to `TEXT_LIMITS.recipientMessage` characters); "Add" takes them into the
 * line's fulfillment, or says at each field what is missing and focuses the first. A line
 * delivered by email changes its recipient in its edit row ("Change" under Fulfillment): the same
 * fields, filled in, with "Save" and "Cancel" (and, above them, the product's fulfillment options
 * when it has others). A line of a product offering email delivery and other fulfillment that is
 * switched to email delivery in its edit row is not changed at once: the row asks for the recipient
 * first (filled in with the one the line had, if it was delivered by email before), and "Save" sets
 * both. A recipient is never lost on the way: switched away from email delivery and back, the line's
 * recipient fills the fields again.
 *
 * The fields are what the agent typed until the item is added or the row closed: this controller
 * owns them, and the editor asks it for the recipient (`read`).
 */
import { msg } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { DIGITAL_OPTION_ID, isDigital, recipientOf, validateRecipient } from '../../model/digital.js';
import { TEXT_LIMITS } from '../../model/limits.js';
import type { DigitalRecipient, DraftLine, Fulfillment, FulfillmentOption, Problem } from '../../model/types.js';
import { fieldOf, problemText } from '../shared/problem-text.js';
import { limitHint } from '../shared/text-limit.js';

/** Which form: the add row's, or a line's edit row. */
export type RecipientForm = 'add' | 'row';

/** The selector of the first field of a form (focus goes there when its option is chosen). */
export const recipientFocus = (form: RecipientForm) => `#${form}-recipient-email`;

/** Whether an option (or a line's fulfillment) is email delivery (the model's `isDigital`). */
export const isEmailDelivery = isDigital;

export interface DigitalDeliveryHost extends ReactiveControllerHost {
  readonly locale: string;
}

export interface DigitalDeliveryOptions {
  /** Focuses the control `selector` names after the next render. */
  focus(selector: string): void;
  /** A line's edit row saved: its fulfillment with the new recipient. */
  save(lineId: string, fulfillment: Fulfillment): void;
}

const FIELDS = ['email', 'name', 'message'] as const;
type Field = (typeof FIELDS)[number];

const empty = (): Record<Field, string> => ({ email: '', name: '', message: '' });

/** The recipient forms of the add row and of a line's edit row (see the module). */
export class DigitalDelivery implements ReactiveController {
  /** What each form's fields hold (the add row's and the edit row's are apart: both may be open). */
  private values: Record<RecipientForm, Record<Field, string>> = { add: empty(), row: empty() };
  /** The problems each form shows (after a try). */
  private problems: Record<RecipientForm, Problem[]> = { add: [], row: [] };
  /** The line whose edit row asks for a recipient: email delivery was chosen there (`choose`), not yet saved. */
  private asking: { lineId: string; option: FulfillmentOption } | null = null;
  /** The recipients of lines switched from email delivery to another fulfillment, by line id (for a switch back). */
  private kept = new Map<string, DigitalRecipient>();

  constructor(
    private readonly host: DigitalDeliveryHost,
    private readonly options: DigitalDeliveryOptions,
  ) {
    host.addController(this);
  }

  /** Errors shown before the editor left the page are not shown again when it comes back. */
  hostDisconnected(): void {
    this.problems = { add: [], row: [] };
  }

  /** Empties a form's fields (a new item), or fills them with a line's recipient (its edit row). */
  reset(form: RecipientForm, recipient?: DigitalRecipient): void {
    this.values[form] = { ...empty(), ...recipient };
    this.problems[form] = [];
    this.host.requestUpdate();
  }

  /**
   * The recipient typed in `form`, or null when it is not complete: then each field says why and
   * focus goes to the first of them.
   */
  read(form: RecipientForm): DigitalRecipient | null {
    const { email, name, message } = this.values[form];
    const recipient = recipientOf(email, name, message);
    this.problems[form] = validateRecipient(recipient);
    this.host.requestUpdate();
    const first = FIELDS.find((field) => this.problemOf(form, field));
    if (!first) return recipient;
    this.options.focus(`#${form}-recipient-${first}`);
    return null;
  }

  private problemOf(form: RecipientForm, field: Field): Problem | undefined {
    return this.problems[form].find((problem) => fieldOf(problem) === field);
  }

  private input = (form: RecipientForm, field: Field) => (event: Event) => {
    this.values[form] = { ...this.values[form], [field]: (event.target as HTMLInputElement).value };
  };

  private renderField(
    form: RecipientForm,
    field: Field,
    label: string,
    control: (id: string, described: string) => unknown,
  ) {
    const id = `${form}-recipient-${field}`;
    const problem = this.problemOf(form, field);
    const hint = field === 'message' ? `${id}-limit` : '';
    const described = [problem ? `${id}-e` : '', hint].filter(Boolean).join(' ');
    return html`<div class="field">
      <label class="field__label" for=${id}>${label}</label>${control(id, described)}
      ${field === 'message' ? limitHint(hint, TEXT_LIMITS.recipientMessage, this.host.locale) : nothing}
      ${problem ? html`<p class="field__error" id="${id}-e">${problemText(problem)}</p>` : nothing}
    </div>`;
  }

  /** "Recipient email", "Recipient name" and "Message", in the add row or a line's edit row. */
  render(form: RecipientForm): TemplateResult {
    const text = (field: 'email' | 'name', type: 'email' | 'text') =>
      this.renderField(
        form,
        field,
        field === 'email' ? msg('Recipient email') : msg('Recipient name'),
        (id, described) =>
          html`<input
            id=${id}
            class="field__control"
            type=${type}
            autocomplete="off"
            required
            aria-invalid=${!!this.problemOf(form, field)}
            aria-describedby=${described || nothing}
            .value=${this.values[form][field]}
            @input=${this.input(form, field)}
          />`,
      );
    return html`<fieldset class="recipient" part="recipient">
      <legend class="field__label">${msg('Email delivery')}</legend>
      ${text('email', 'email')} ${text('name', 'text')}
      ${this.renderField(
        form,
        'message',
        msg('Message'),
        (id, described) =>
          html`<textarea
            id=${id}
            class="field__control"
            maxlength=${TEXT_LIMITS.recipientMessage}
            aria-invalid=${!!this.problemOf(form, 'message')}
            aria-describedby=${described}
            .value=${this.values[form].message}
            @input=${this.input(form, 'message')}
          ></textarea>`,
      )}
    </fieldset>`;
  }

  /** A line's fulfillment is to change: when it is delivered by email, its recipient fills the edit row, focused. */
  openRow(line: DraftLine | undefined): void {
    this.asking = null;
    if (!isEmailDelivery(line?.fulfillment)) return;
    this.reset('row', line?.fulfillment?.recipient);
    this.options.focus(recipientFocus('row'));
  }

  /**
   * The agent chose `option` in a line's edit row. Email delivery for a line not delivered by email
   * asks for its recipient first (the row's fields, filled in with the recipient the line had before,
   * focused): true, and the line is changed only by "Save". Any other option: false (the editor sets
   * it), keeping the recipient of a line delivered by email until then, for a switch back.
   */
  choose(line: DraftLine, option: FulfillmentOption): boolean {
    const { fulfillment } = line;
    if (!isEmailDelivery(option)) {
      if (fulfillment?.recipient) this.kept.set(line.id, fulfillment.recipient);
      this.asking = null;
      return false;
    }
    if (isEmailDelivery(fulfillment)) return true;
    this.asking = { lineId: line.id, option };
    this.reset('row', this.kept.get(line.id));
    this.options.focus(recipientFocus('row'));
    return true;
  }

  /**
   * A line's edit row when it is delivered by email, or email delivery was just chosen there: the
   * product's fulfillment options (`choices`, given the option shown chosen; nothing when email
   * delivery is its only one), its recipient's fields, "Save" and "Cancel"; null for any other line
   * (its edit row offers the fulfillment options).
   */
  renderEditRow(line: DraftLine, cancel: () => void, choices: (selected: string) => unknown): TemplateResult | null {
    const asked = this.asking?.lineId === line.id ? this.asking.option : null;
    const { fulfillment } = line;
    const current = asked ?? (isEmailDelivery(fulfillment) ? fulfillment : null);
    if (!current) return null;
    const submit = (event: Event) => {
      event.preventDefault();
      const recipient = this.read('row');
      const { kind, locationId, locationName } = current;
      if (recipient) this.options.save(line.id, { kind, locationId, locationName, recipient });
    };
    return html`${choices(asked?.id ?? DIGITAL_OPTION_ID)}<form @submit=${submit} novalidate>
        ${this.render('row')}
        <div class="row">
          <button class="button button--primary button--small" type="submit">${msg('Save')}</button>
          <button class="button button--small" type="button" @click=${cancel}>${msg('Cancel')}</button>
        </div>
      </form>`;
  }
}

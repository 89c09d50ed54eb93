/**
 * "Discard changes?": what closing a dialog with unsaved edits asks first, whether the agent
 * pressed Escape, Cancel or the dialog's "Close" button. One implementation for every dialog in
 * which the agent edits (Order Details, Configure Product, Create/Edit Customer, Edit Address):
 * each says only what it holds and how it closes (`guard`); the guard keeps what the dialog held
 * when it opened, compares, and gives the dialog its Escape, cancel, Cancel and "Close" (× and the
 * word, `renderClose`). It lives in the modules that render those dialogs, which load on demand,
 * so the builder's first paint does not carry it.
 *
 * The question is a WAI-ARIA APG alert dialog: a modal native `<dialog role="alertdialog">`,
 * labelled by its title and described by its message, with focus on the least destructive
 * action, "Keep editing". "Keep editing" (or Escape) closes it and puts focus back where it was;
 * "Discard" closes the dialog that asked, dropping its edits.
 */
import { msg } from './localize.js';
import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { dialogSurface } from './dialog.styles.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The element that has focus, inside nested shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

let instances = 0;

/** The question's own look (the host's sheets give `.button` and `.heading`). Needs `tokens`. */
export const confirmDiscardStyles = css`
  .discard {
    inline-size: min(100vw - 2rem, 26rem);
    ${dialogSurface}
  }
  .discard[open] {
    display: grid;
    gap: var(--_oo-space-4);
  }
  .discard::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .discard p {
    margin: 0;
  }
  .discard__actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    gap: var(--_oo-space-2);
  }
  .dialog-close {
    position: absolute;
    inset-block-start: calc(var(--_oo-space-5) - var(--_oo-space-1));
    inset-inline-end: var(--_oo-space-3);
  }
  .dialog:has(> .dialog-close, > form > .dialog-close) h2 {
    padding-inline-end: 6.5rem;
  }
  .button--danger,
  .button--danger:hover {
    color: var(--_oo-color-accent-text);
  }
  .button--danger {
    border-color: var(--_oo-color-danger);
    background: var(--_oo-color-danger);
  }
  .button--danger:hover {
    border-color: color-mix(in srgb, var(--_oo-color-danger) 85%, black);
    background: color-mix(in srgb, var(--_oo-color-danger) 85%, black);
  }
  @media (forced-colors: active) {
    .button--danger {
      border-color: ButtonText;
    }
  }
`;

/** What a dialog that `ConfirmDiscard.guard` guards holds, and how it closes without saving. */
export interface DiscardGuardOptions {
  /**
   * What the dialog holds that closing would drop, compared (as JSON: plain data, keys in the order
   * written) with what it held when it opened: leave out what the dialog changes by itself (an
   * answer taken in).
   */
  state(): unknown;
  /** Closes the dialog, dropping its edits. */
  close(): void;
}

/**
 * Other words for the question (the Drafts view's "Delete this draft?"): its title, its message,
 * the least destructive action (focused first) and the destructive one. Unset, "Discard changes?".
 */
export interface DiscardWords {
  title: string;
  message: string;
  keep: string;
  discard: string;
}

/** A dialog that `DiscardGuard.renderDialog` renders: its part, its title and the title's id. */
export interface GuardedDialog {
  part: string;
  titleId: string;
  title: string;
}

/**
 * One editing dialog's side of "Discard changes?": `opened()` when it opens; render the dialog with
 * `renderDialog()` (or bind `keydown` and `cancel` on its `<dialog>` and render `renderClose()` in
 * it), and bind `close` on its "Cancel".
 */
export class DiscardGuard {
  /**
   * What the dialog held when it opened, as JSON: a snapshot that later edits cannot reach, compared
   * the way `same()` of the model compares drafts.
   */
  private held = '';

  constructor(
    private readonly confirm: ConfirmDiscard,
    private readonly options: DiscardGuardOptions,
  ) {}

  /** The dialog opened: what it holds now is what it has no edits against. */
  opened(): void {
    this.held = JSON.stringify(this.options.state());
  }

  /** Whether the dialog holds anything else than when it opened. */
  get dirty(): boolean {
    return JSON.stringify(this.options.state()) !== this.held;
  }

  /** "Cancel", "Close": closes at once without edits, else once the agent chose "Discard". Resolves whether it closed. */
  close = async (): Promise<boolean> => {
    if (this.dirty && !(await this.confirm.ask())) return false;
    this.options.close();
    return true;
  };

  /**
   * The `<dialog>`'s `keydown`: Escape that nothing inside used (a listbox, a tooltip, a nested
   * dialog) closes through `close`. Its default is prevented: the browser does not close the dialog by itself.
   */
  keydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    if (!this.confirm.asking) void this.close();
  };

  /** The `<dialog>`'s `cancel` (a close request other than Escape): kept open, and closed through `close`. */
  cancel = (event: Event): void => {
    event.preventDefault();
    if (!this.confirm.asking) void this.close();
  };

  /**
   * The guarded dialog (needs the shared dialog and heading styles): a modal `<dialog class="dialog">`
   * labelled by its title, a large heading, then `content` and the "Close" button; its Escape and
   * close requests go through `close`.
   */
  renderDialog(dialog: GuardedDialog, content: unknown): TemplateResult {
    return html`<dialog
      class="dialog"
      part=${dialog.part}
      aria-labelledby=${dialog.titleId}
      @keydown=${this.keydown}
      @cancel=${this.cancel}
    >
      <h2 id=${dialog.titleId} class="heading heading--large">${dialog.title}</h2>
      ${content} ${this.renderClose()}
    </dialog>`;
  }

  /**
   * The dialog's "Close" button, in its top corner: an × beside the word "Close" (its visible label
   * and accessible name), closing through `close`. Needs the shared button styles.
   */
  renderClose(): TemplateResult {
    const cross = html`<svg class="button__icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M6 6l12 12M18 6 6 18"></path>
    </svg>`;
    return html`<button
      class="dialog-close button button--quiet button--small"
      part="close-button"
      type="button"
      @click=${this.close}
    >
      ${cross}${msg('Close')}
    </button>`;
  }
}

/**
 * Asks "Discard changes?" for a host's editing dialogs, each guarded by a `guard()`. The host
 * renders `render()` in its shadow root (outside its own `<dialog>`s, which it stacks above; it is
 * there only while it asks).
 */
export class ConfirmDiscard implements ReactiveController {
  private readonly id = `discard-${++instances}`;
  /** Settles the question being asked. */
  private answer: ((discard: boolean) => void) | undefined;
  /** Where focus was when the question was asked. */
  private returnTo: HTMLElement | null = null;
  /** The words of the question being asked, when not "Discard changes?". */
  private words: DiscardWords | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.settle(false);
  }

  /** Whether the question is being asked. */
  get asking(): boolean {
    return !!this.answer;
  }

  /** A guard for one of the host's editing dialogs: what it holds, how it closes. */
  guard(options: DiscardGuardOptions): DiscardGuard {
    return new DiscardGuard(this, options);
  }

  /** Asks "Discard changes?" (or `words`); resolves true for "Discard", false for "Keep editing" (or Escape). */
  async ask(words?: DiscardWords): Promise<boolean> {
    this.settle(false);
    this.words = words;
    this.returnTo = deepActiveElement();
    const asked = new Promise<boolean>((resolve) => (this.answer = resolve));
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    // Opening it focuses "Keep editing" (its `autofocus`).
    if (!dialog) this.settle(false);
    else if (!dialog.open) dialog.showModal();
    return asked;
  }

  /** The alert dialog, while it is rendered. */
  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>(`#${this.id}`);
  }

  private settle(discard: boolean): void {
    const answer = this.answer;
    this.answer = undefined;
    const dialog = this.dialog();
    if (dialog?.open) dialog.close();
    if (!answer) return;
    if (!discard && this.returnTo?.isConnected) this.returnTo.focus();
    this.returnTo = null;
    this.host.requestUpdate();
    answer(discard);
  }

  private handleKeydown = (event: KeyboardEvent): void => {
    // Escape answers "Keep editing", and goes no further: the dialog below stays open.
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.settle(false);
  };

  /**
   * The alert dialog, while the question is asked. Its `close` event comes a task after it closed:
   * by then the next question may be asked, in a new `<dialog>`, which that late event must not answer.
   */
  render(): TemplateResult | typeof nothing {
    if (!this.answer) return nothing;
    const titleId = `${this.id}-t`;
    const messageId = `${this.id}-d`;
    const words = this.words ?? {
      title: msg('Discard changes?'),
      message: msg('The changes made here are not saved yet.'),
      keep: msg('Keep editing'),
      discard: msg('Discard'),
    };
    return html`<dialog
      id=${this.id}
      class="discard"
      part="discard-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby=${titleId}
      aria-describedby=${messageId}
      @keydown=${this.handleKeydown}
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.settle(false);
      }}
      @close=${(e: Event) => e.target === this.dialog() && this.settle(false)}
    >
      <h2 id=${titleId} class="heading heading--large">${words.title}</h2>
      <p id=${messageId}>${words.message}</p>
      <div class="discard__actions">
        <button class="button" type="button" autofocus @click=${() => this.settle(false)}>${words.keep}</button>
        <button class="button button--danger" type="button" @click=${() => this.settle(true)}>${words.discard}</button>
      </div>
    </dialog>`;
  }
}

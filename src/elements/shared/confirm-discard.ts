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
import { msg } from '@lit/localize';
import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

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
    padding: var(--_oo-space-5);
    border: 1px solid var(--_oo-color-divider);
    border-radius: var(--_oo-radius);
    background: var(--_oo-color-surface-raised);
    color: inherit;
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
  .button--danger {
    border-color: var(--_oo-color-danger);
    background: var(--_oo-color-danger);
    color: var(--_oo-color-accent-text);
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
   * What the dialog holds that closing would drop, compared (as JSON) with what it held when it
   * opened: leave out what the dialog changes by itself (an answer taken in).
   */
  state(): unknown;
  /** Closes the dialog, dropping its edits. */
  close(): void;
}

/**
 * One editing dialog's side of "Discard changes?": `opened()` when it opens; bind `keydown` and
 * `cancel` on its `<dialog>`, `close` on its "Cancel", and render `renderClose()` in it.
 */
export class DiscardGuard {
  private held = '';
  private readonly confirm: ConfirmDiscard;
  private readonly o: DiscardGuardOptions;

  constructor(confirm: ConfirmDiscard, options: DiscardGuardOptions) {
    this.confirm = confirm;
    this.o = options;
  }

  /** The dialog opened: what it holds now is what it has no edits against. */
  opened(): void {
    this.held = JSON.stringify(this.o.state());
  }

  /** Whether the dialog holds anything else than when it opened. */
  get dirty(): boolean {
    return JSON.stringify(this.o.state()) !== this.held;
  }

  /** "Cancel", "Close": closes at once without edits, else once the agent chose "Discard". Resolves whether it closed. */
  close = async (): Promise<boolean> => {
    if (this.dirty && !(await this.confirm.ask())) return false;
    this.o.close();
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
   * The dialog's "Close" button, in its top corner: an × beside the word "Close" (its visible label
   * and accessible name), closing through `close`. Needs the shared button styles.
   */
  renderClose(): TemplateResult {
    return html`<button
      class="dialog-close button button--quiet button--small"
      part="close-button"
      type="button"
      @click=${this.close}
    >
      <svg class="button__icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18"></path></svg
      >${msg('Close')}
    </button>`;
  }
}

/**
 * Asks "Discard changes?" for a host's editing dialogs, each guarded by a `guard()`. The host
 * renders `render()` in its shadow root (outside its own `<dialog>`s, which it stacks above; it is
 * there only while it asks).
 */
export class ConfirmDiscard implements ReactiveController {
  private readonly host: Host;
  private readonly id = `discard-${++instances}`;
  /** Settles the question being asked. */
  private answer: ((discard: boolean) => void) | undefined;
  /** Where focus was when the question was asked. */
  private returnTo: HTMLElement | null = null;

  constructor(host: Host) {
    this.host = host;
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

  /** Asks "Discard changes?"; resolves true for "Discard", false for "Keep editing" (or Escape). */
  async ask(): Promise<boolean> {
    this.settle(false);
    this.returnTo = deepActiveElement();
    const asked = new Promise<boolean>((resolve) => (this.answer = resolve));
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (!dialog) this.settle(false);
    else if (!dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-keep]')?.focus();
    }
    return asked;
  }

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

  /** The alert dialog, while the question is asked. */
  render(): TemplateResult | typeof nothing {
    const { id } = this;
    if (!this.answer) return nothing;
    return html`<dialog
      id=${id}
      class="discard"
      part="discard-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="${id}-t"
      aria-describedby="${id}-d"
      @keydown=${this.handleKeydown}
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.settle(false);
      }}
      @close=${() => this.settle(false)}
    >
      <h2 id="${id}-t" class="heading heading--large">${msg('Discard changes?')}</h2>
      <p id="${id}-d">${msg('The changes made here are not saved yet.')}</p>
      <div class="discard__actions">
        <button class="button" type="button" data-keep @click=${() => this.settle(false)}
          >${msg('Keep editing')}</button
        >
        <button class="button button--danger" type="button" @click=${() => this.settle(true)}>${msg('Discard')}</button>
      </div>
    </dialog>`;
  }
}

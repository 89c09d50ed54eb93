/**
 * The soak's runs on one builder: faults before and after the order is created with the agent's
 * "Try again", double presses, a lost answer followed by an edit, and the keyboard. What each
 * expects is what README "Submitting once" / "Never a second order" and `submission.ts` promise.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { $, deepActiveElement } from '../../support/dom.js';
import { confirmButton } from '../../support/harness/offline-order-builder.js';
import {
  back,
  confirm,
  editDetails,
  open,
  openConfirmation,
  priced,
  retryUntilDone,
  settled,
  tryAgain,
  UNCONFIRMED,
  until,
} from './soak-agent.js';
import type { RunContext } from './soak-context.js';

/** Opens the run's draft in the lane's builder and confirms it (`presses` times at once). */
async function submitDraft(ctx: RunContext, presses = 1): Promise<OfflineOrderBuilder> {
  const el = await ctx.main();
  await open(el, ctx.draft);
  await openConfirmation(el);
  await confirm(el, presses);
  return el;
}

/** No fault, or faults before or after the order is created: retried by the builder, then by the agent ("Try again"). */
export async function faults(ctx: RunContext): Promise<void> {
  const el = await submitDraft(ctx);
  ctx.expectSubmitted(await retryUntilDone(el), '');
}

/** Pressed twice: two clicks in one go, a press while the request is held, "Try again" twice, "Submit Order" twice. */
export async function doublePress(ctx: RunContext): Promise<void> {
  const { variant } = ctx.plan;
  if (variant === 'while-held') {
    const release = await ctx.lane.backend.holdNextSubmit();
    const el = await submitDraft(ctx);
    await until(
      async () => (await ctx.lane.sentSince(ctx.run.requestsFrom)).length === 1,
      'the held submit was not sent',
    );
    await confirm(el, 2);
    await release();
    const now = await retryUntilDone(el);
    ctx.expectSubmitted(now, '');
    ctx.expectSubmissions(1 + now.tries);
    return;
  }
  if (variant === 'try-again-twice') {
    const el = await submitDraft(ctx);
    ctx.expectError(await settled(el), UNCONFIRMED, true);
    await tryAgain(el, 2);
    const now = await retryUntilDone(el);
    ctx.expectSubmitted(now, '');
    ctx.expectSubmissions(2 + now.tries);
    return;
  }
  const el = await ctx.main();
  await open(el, ctx.draft);
  await openConfirmation(el, variant === 'submit-twice' ? 2 : 1);
  await confirm(el, variant === 'twice' ? 2 : 1);
  const now = await retryUntilDone(el);
  ctx.expectSubmitted(now, '');
  ctx.expectSubmissions(1 + now.tries);
}

/**
 * Every answer lost, then the agent edits the draft and submits it again. The key is kept: the
 * order the lost attempt created is found and shown, saying the edit is not in it; one that was
 * never created is created from the edited draft; when the lookup fails, the kept key answers the
 * order of the earlier draft and the builder says the edit may not be in it.
 */
export async function lostThenEdit(ctx: RunContext): Promise<void> {
  const { variant, edit, index } = ctx.plan;
  const el = await submitDraft(ctx);
  ctx.expectError(await settled(el), UNCONFIRMED, true);
  await back(el);
  const sent = ctx.run.submitted.length;
  await editDetails(el, edit!, index);
  const edited = el.draft;
  await priced(el, edited);
  await openConfirmation(el);
  await confirm(el);
  const now = await retryUntilDone(el);
  const changed = edit === 'notes' ? 'customer notes' : 'items';
  const number = now.number ?? '?';
  const note = {
    created: `Order ${number} was created before your last changes; they are not in it. Changed since: ${changed}.`,
    'not-created': '',
    'lookup-fails': `If order ${number} was created before your last changes, they are not in it: check the order.`,
  }[variant]!;
  ctx.expectSubmitted(now, note);
  // The backend's order is the draft it was created from: the one sent first, or the edited one.
  const held = await ctx.lane.backend.store.key(ctx.run.offered[0] ?? '');
  const quantity = variant === 'not-created' ? edited.lines[0]!.quantity : ctx.draft.lines[0]!.quantity;
  ctx.check(
    held.order?.number === now.number && held.quantity === quantity,
    `order ${number} has ${held.quantity ?? 'no'} items, expected ${quantity}`,
  );
  // The host hears of the draft the order was created from (as far as the builder knows it).
  const from = ctx.run.submitted[sent]?.draft;
  const expected = variant === 'created' ? ctx.draft : edited;
  ctx.check(
    from?.customerNotes === expected.customerNotes && from.lines[0]?.quantity === expected.lines[0]?.quantity,
    from ? `order-submitted carries another draft than order ${number} was created from` : 'no order-submitted',
  );
}

/** The keyboard runs' turns: one at a time from showing the confirmation until the order is shown (focus is the page's). */
let focusTurn: Promise<unknown> = Promise.resolve();

function withFocus<T>(task: () => Promise<T>): Promise<T> {
  const turn = focusTurn.then(task);
  focusTurn = turn.catch(() => undefined);
  return turn;
}

/**
 * Enter on a focused button and a click (or Enter twice): one submission. The keyboard's runs go
 * after the others, beside each other only while their drafts are priced; from the confirmation
 * on (which takes focus, as does the success view), one at a time.
 */
export async function keyboard(ctx: RunContext): Promise<void> {
  const { variant } = ctx.plan;
  const el = await ctx.main();
  await open(el, ctx.draft);
  await withFocus(async () => {
    await openConfirmation(el);
    let target = confirmButton(el);
    const again = variant === 'try-again-enter-click';
    if (again) {
      await confirm(el);
      ctx.expectError(await settled(el), UNCONFIRMED, true);
      target = $<HTMLButtonElement>(el, '[part~="try-again-button"]')!;
    }
    target.focus();
    ctx.check(deepActiveElement() === target, 'focus is not on the button to press');
    await sendKeys({ press: 'Enter' });
    if (variant === 'enter-enter') await sendKeys({ press: 'Enter' });
    else confirmButton(el)?.click();
    const now = await retryUntilDone(el);
    ctx.expectSubmitted(now, '');
    ctx.expectSubmissions((again ? 2 : 1) + now.tries);
    // The success view takes focus once rendered: still this run's turn.
    await until(() => deepActiveElement() === $(el, '#new-order-heading'), 'focus did not go to the success heading');
  });
}

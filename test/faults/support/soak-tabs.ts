/**
 * The soak's runs across builders: a reload mid-flight or after a lost answer (the builder goes,
 * a new one on the same stored draft finds the order through `findOrder` with the kept key, or
 * sends it under that key), and two builders sharing one storage (two tabs) pressing Submit: one
 * order; the other says it was submitted in another tab and sends nothing.
 */
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { $ } from '../../support/dom.js';
import { confirmButton } from '../../support/harness/offline-order-builder.js';
import {
  back,
  BEFORE_RELOAD,
  confirm,
  editDetails,
  NOT_SENT,
  open,
  openConfirmation,
  priced,
  retryUntilDone,
  settled,
  shown,
  stored,
  tryAgain,
  UNCONFIRMED,
  until,
} from './soak-agent.js';
import type { RunContext } from './soak-context.js';

/** Whether the backend is still serving a request with `key` (held, or before its answer). */
async function inFlight(ctx: RunContext, key: string): Promise<boolean> {
  return (await ctx.lane.backend.store.key(key)).inFlight;
}

/** The key kept with the stored draft once the held submit was sent. */
async function keptKey(ctx: RunContext): Promise<string> {
  await until(
    async () => (await ctx.lane.sentSince(ctx.run.requestsFrom)).length === 1 && stored(ctx.key)?.attemptKey,
    'the key was not kept with the draft',
  );
  return stored(ctx.key)!.attemptKey!;
}

/** The reloaded builder offered the draft back (not yet found submitted): the agent submits it. */
async function submitRestored(ctx: RunContext, el: OfflineOrderBuilder): Promise<void> {
  await until(() => $(el, '[part~="restored-notice"]') && el.draft.id === ctx.draft.id, 'the draft was not restored');
  if (ctx.plan.edit) await editDetails(el, ctx.plan.edit, ctx.plan.index);
  await priced(el, el.draft);
  await openConfirmation(el);
  await confirm(el);
}

/**
 * A reload: while the submit is held at the backend (then created, or failed without creating
 * it), after every answer was lost (created or not), or while the request is still being served
 * (the lookup answers 409 and is retried after its `Retry-After`).
 */
export async function reload(ctx: RunContext): Promise<void> {
  const { variant } = ctx.plan;
  let el = await ctx.main();
  await open(el, ctx.draft);
  const held = variant.startsWith('held') || variant === 'in-flight';
  const lost = variant === 'held-not-created';
  const release = held ? await ctx.lane.backend.holdNextSubmit({ lost }) : async () => {};
  await openConfirmation(el);
  await confirm(el);
  let key: string;
  if (held) {
    key = await keptKey(ctx);
    if (variant === 'in-flight') {
      el = await ctx.reload(el);
      await until(
        async () => (await ctx.lane.lookupsSince(ctx.run.requestsFrom, key)) > 0,
        'the reloaded builder did not look the order up',
      );
      await release();
    } else {
      el.remove();
      await release();
      await until(async () => !(await inFlight(ctx, key)), 'the held submit did not end');
      el = await ctx.reload(el);
    }
  } else {
    ctx.expectError(await settled(el), UNCONFIRMED, true);
    key = stored(ctx.key)?.attemptKey ?? '';
    ctx.check(key === ctx.run.offered[0], 'the key of the lost attempt is not kept with the draft');
    el = await ctx.reload(el);
  }
  // The new builder asks whether the kept key created the order.
  await until(
    async () => (await ctx.lane.lookupsSince(ctx.run.requestsFrom, key)) > 0,
    'no lookup by the kept key after the reload',
  );
  if (variant.endsWith('not-created') || variant === 'lost-not-created-edit') {
    await submitRestored(ctx, el);
    ctx.expectSubmitted(await retryUntilDone(el), '');
  } else {
    await until(() => shown(el).number, 'the reloaded builder did not show the order as submitted');
    ctx.expectSubmitted(shown(el), BEFORE_RELOAD);
  }
}

/** Two builders on the draft: the lane's two (the host opened it in both) or two new ones that restored it from storage. */
async function twoTabs(ctx: RunContext, restored: boolean): Promise<[OfflineOrderBuilder, OfflineOrderBuilder]> {
  if (!restored) {
    const [a, b] = [await ctx.main(), await ctx.second()];
    // Each tab has its own copy of the draft.
    await Promise.all([open(a, ctx.draft), open(b, structuredClone(ctx.draft))]);
    return [a, b];
  }
  sessionStorage.setItem(ctx.key, JSON.stringify({ savedAt: new Date().toISOString(), draft: ctx.draft }));
  const a = ctx.adopt(await ctx.fresh());
  const b = await ctx.fresh();
  for (const el of [a, b]) {
    await until(() => $(el, '[part~="restored-notice"]') && el.draft.id === ctx.draft.id, 'a tab did not restore');
    await priced(el, el.draft);
  }
  return [a, b];
}

/**
 * What the browser tells the other tabs when one writes to `localStorage` (every builder of the
 * page hears it: the soak's tabs share one page).
 */
const storageEvent = () => window.dispatchEvent(new StorageEvent('storage', { key: 'offline-order-submits' }));

const otherTabNotice = async (el: OfflineOrderBuilder, who: string) =>
  until(() => $(el, '[part~="other-tab-notice"]'), `${who} does not say it was submitted in another tab`);

/** The tab that did not submit: "Not sent", no "Try again", and the notice that another tab submitted the draft. */
async function expectRefused(ctx: RunContext, el: OfflineOrderBuilder, who: string): Promise<void> {
  const now = await settled(el);
  ctx.expectError(now, NOT_SENT, false, who);
  await otherTabNotice(el, who);
  if (now.number === null) await back(el);
}

/**
 * Both tabs press Submit: one after the other, one while the other's submit is held, both at
 * once, or one after the other's answers were lost (it then tries again).
 */
export async function tabs(ctx: RunContext): Promise<void> {
  const [setup, mode] = ctx.plan.variant.split('-') as ['host' | 'restored', string];
  const [a, b] = await twoTabs(ctx, setup === 'restored');
  try {
    if (mode === 'simultaneous') {
      await Promise.all([openConfirmation(a), openConfirmation(b)]);
      // Both presses in one task (in either order): the Web Lock decides which tab claims the draft.
      for (const el of ctx.plan.index % 2 ? [a, b] : [b, a]) confirmButton(el).click();
      const [first, second] = await Promise.all([retryUntilDone(a), retryUntilDone(b)]);
      const [loser, won] = first.number !== null ? [b, first] : [a, second];
      ctx.expectSubmitted(won, '', 'the tab that claimed the draft');
      await expectRefused(ctx, loser, 'the other tab');
      return;
    }
    const release = mode === 'held' ? await ctx.lane.backend.holdNextSubmit() : async () => {};
    await openConfirmation(a);
    await confirm(a);
    if (mode === 'sequential') {
      ctx.expectSubmitted(await retryUntilDone(a), '', 'the first tab');
      // The other tab hears of it before its agent presses Submit.
      storageEvent();
      await otherTabNotice(b, 'the second tab');
    }
    // Held at the backend (after any fault queued before it: the MSW mock plays one on the held call, the server first).
    if (mode === 'held') await until(() => inFlight(ctx, ctx.run.offered[0] ?? ''), 'no held submit');
    if (mode === 'lost') ctx.expectError(await settled(a), UNCONFIRMED, true, 'the first tab');
    await openConfirmation(b);
    await confirm(b);
    await expectRefused(ctx, b, 'the second tab');
    if (mode === 'held') await release();
    if (mode === 'lost') await tryAgain(a);
    if (mode !== 'sequential') ctx.expectSubmitted(await retryUntilDone(a), '', 'the first tab');
  } finally {
    // Two new tabs: the second goes (the first is now the lane's builder).
    if (setup === 'restored') b.remove();
  }
}

/**
 * Submitting a draft once, whatever happens around it: the claims that tell the tabs of one browser
 * which key a draft was submitted under (a draft id submitted once is never submitted again under
 * another key, from any tab), and what changed in a draft since the attempt that created its order.
 * Part of the submission, loaded on demand with it (see `submission.ts`).
 *
 * The claims live in `localStorage`, shared by the tabs of the origin, under `CLAIMS_KEY`: a map
 * of draft id → `{ key, at, number? }` (the idempotency key, when it was claimed, the order number
 * once known). Nothing else: no customer, no amounts, no card data. Entries older than a week are
 * pruned on every write. Another tab learns of a claim through the `storage` event, or when it
 * checks before submitting; the claim itself is taken under a Web Lock (`navigator.locks`) where
 * there is one, so that two tabs pressing "Submit Order" at once cannot both take it.
 */
import { msg } from '../shared/localize.js';
import { same } from '../../model/same.js';
import type { OrderDraft } from '../../model/types.js';

/** The `localStorage` key of the claims. */
export const CLAIMS_KEY = 'offline-order-submits';

/** A draft's claim: the key it is submitted under, when (ms since the epoch), and its order number once known. */
export interface Claim {
  key: string;
  at: number;
  number?: string;
}

const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
const MAX_CLAIMS = 200;

function local(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

function isClaim(value: unknown): value is Claim {
  const c = value as Claim | null;
  return (
    !!c &&
    typeof c.key === 'string' &&
    typeof c.at === 'number' &&
    (c.number === undefined || typeof c.number === 'string')
  );
}

/** The claims still worth keeping (recent, well-formed), newest last. */
function read(storage: Storage, now = Date.now()): Map<string, Claim> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(CLAIMS_KEY) ?? '{}');
  } catch {
    parsed = {};
  }
  const entries = Object.entries(parsed && typeof parsed === 'object' ? parsed : {}).filter(
    (entry): entry is [string, Claim] => isClaim(entry[1]) && now - entry[1].at < MAX_AGE_MS,
  );
  return new Map(entries.sort(([, a], [, b]) => a.at - b.at).slice(-MAX_CLAIMS));
}

function write(storage: Storage, claims: Map<string, Claim>): void {
  try {
    storage.setItem(CLAIMS_KEY, JSON.stringify(Object.fromEntries(claims)));
  } catch {
    // Full or blocked: the key kept with the draft still makes a resubmission from this tab safe.
  }
}

/** Runs `task` holding this browser's lock on submitting `draftId`, where Web Locks exist. */
function locked<T>(draftId: string, task: () => T): Promise<T> {
  const locks = 'locks' in navigator ? navigator.locks : undefined;
  return locks ? locks.request(`offline-order-submit:${draftId}`, async () => task()) : Promise.resolve().then(task);
}

/** The claim on `draftId` made under a key that is not one of `own`: the draft went through another tab. */
export function claimedElsewhere(draftId: string, own: ReadonlySet<string>): Claim | null {
  const storage = local();
  const claim = storage && read(storage).get(draftId);
  return claim && !own.has(claim.key) ? claim : null;
}

/**
 * Claims `draftId` for `key` before it is sent. Answers null when the claim is this tab's, or the
 * other tab's claim when the draft was already claimed under a key that is not one of `own`
 * (then nothing may be sent).
 */
export function claim(draftId: string, key: string, own: ReadonlySet<string>): Promise<Claim | null> {
  return locked(draftId, () => {
    const storage = local();
    if (!storage) return null;
    const claims = read(storage);
    const held = claims.get(draftId);
    if (held && !own.has(held.key)) return held;
    claims.delete(draftId);
    claims.set(draftId, { ...(held?.key === key ? held : {}), key, at: Date.now() });
    write(storage, claims);
    return null;
  });
}

/**
 * The outcome of `key`'s attempt on `draftId`: the order number once it was created, or null when
 * the backend refused the draft (nothing was created: the claim is released).
 */
export function settle(draftId: string, key: string, number: string | null): void {
  const storage = local();
  if (!storage) return;
  const claims = read(storage);
  if (claims.get(draftId)?.key !== key) return;
  if (number === null) claims.delete(draftId);
  else claims.set(draftId, { key, at: Date.now(), number });
  write(storage, claims);
}

/** What the agent changed in `after` since `before` was sent, in the agent's words ("customer notes"). */
export function changesSince(before: OrderDraft, after: OrderDraft): string[] {
  const gifts = (d: OrderDraft) => [d.giftMessage, d.lines.map((l) => [l.gift, l.giftMessage])];
  const items = (d: OrderDraft) => d.lines.map(({ gift: _g, giftMessage: _m, ...line }) => line);
  const kinds: [boolean, () => string][] = [
    [!same(before.customer, after.customer), () => msg('customer')],
    [!same(items(before), items(after)), () => msg('items')],
    [before.shippingMethodId !== after.shippingMethodId, () => msg('shipping method')],
    [!same(before.coupons, after.coupons), () => msg('coupons')],
    [before.customerNotes !== after.customerNotes, () => msg('customer notes')],
    [!same(gifts(before), gifts(after)), () => msg('gift messages')],
    [before.priceListId !== after.priceListId, () => msg('price list')],
    [
      !same([before.orderAdjustment, before.shippingAdjustment], [after.orderAdjustment, after.shippingAdjustment]),
      () => msg('adjustments'),
    ],
    [!same(before.payments, after.payments), () => msg('payments')],
  ];
  return kinds.filter(([changed]) => changed).map(([, name]) => name());
}

/**
 * The state every resource of `MockBackend` shares: the seed it was built from and the layer of
 * what the agent did over it (customers created or edited, orders submitted, balances spent,
 * submissions by idempotency key), with saving to and restoring from storage.
 *
 * The seed is never mutated, so `reset()` only drops the layer. Resource modules read and write
 * the fields here; they keep no state of their own that `reset()` would have to know about.
 */
import type { Customer, OrderRecord, OrderSummary, Site, SubmittedOrder } from '../src/model/types.js';
import type { PricingCatalog } from './catalog-types.js';
import { notFound } from './problem.js';
import { Prng } from './prng.js';
import { catalogOf, ordersBySite, storedSeedNow } from './seed-state.js';
import { NEWEST_SEEDED_ORDER_NUMBER, createSeed, type SeedData, type SeedOptions } from './seed.js';

export interface MockBackendOptions {
  /**
   * The clock; seeded dates are relative to its value at construction (or `reset()`), or to the
   * one kept in `storage` when that is at most 6 hours old (`SEED_MAX_AGE_MS`).
   */
  now?: () => Date;
  /** Where created customers, submitted orders and the seed's instant are kept across reloads (the demo passes `localStorage`). */
  storage?: Storage;
  /** The storage key (default `offline-orders-mock:v1`). */
  storageKey?: string;
  seed?: SeedOptions;
}

/** An order placed through `submitOrder`, kept under its idempotency key (its lines are in its record, `orderRecords`). */
export interface Submission {
  siteId: string;
  order: SubmittedOrder;
}

/** The seed of the card-token ids: the same tokens after every `reset()`. */
const TOKEN_SEED = 0x70c3;

/**
 * The part of the state that is saved to storage. The two lists of pairs are `Map` entries as
 * JSON: the stored format of version 1, kept so that a saved demo session still restores.
 */
interface PersistedState {
  version: 1;
  /** Customers created or edited, by id. */
  customers: Customer[];
  /** Submitted orders, newest first. */
  orders: OrderSummary[];
  /** Submitted orders in full (`getOrder`); absent in a state saved before it was kept. */
  records?: OrderRecord[];
  /** [idempotency key, submission] entries. */
  submissions: Array<[string, Submission]>;
  /** [balance code, remaining minor units] entries. */
  balances: Array<[string, number]>;
  nextOrderNumber: number;
  nextCustomerNumber: number;
  /** The instant the seeded dates are relative to (ISO), so that they stay put across reloads. */
  seedNow?: string;
}

export class MockState {
  readonly now: () => Date;
  data: SeedData;
  catalog: PricingCatalog;
  seededOrdersBySite: Map<string, OrderSummary[]>;

  /** Customers created or edited, by id (they win over the seeded ones). */
  customerOverrides = new Map<string, Customer>();
  /** Submitted orders, newest first. */
  submittedOrders: OrderSummary[] = [];
  /** Submitted orders in full, by order id (`getOrder`). */
  orderRecords = new Map<string, OrderRecord>();
  /** Submissions by idempotency key. */
  submissions = new Map<string, Submission>();
  /** What is left on the balance codes that were spent, by code. */
  balances = new Map<string, number>();
  nextOrderNumber = NEWEST_SEEDED_ORDER_NUMBER + 1;
  nextCustomerNumber: number;
  closedLocations = new Set<string>();
  /** Idempotency keys whose request is still being served. */
  inFlight = new Set<string>();
  tokenPrng = new Prng(TOKEN_SEED);

  private readonly storage: Storage | undefined;
  private readonly storageKey: string;
  private readonly seedOptions: SeedOptions | undefined;

  constructor(options: MockBackendOptions) {
    this.now = options.now ?? (() => new Date());
    this.storage = options.storage;
    this.storageKey = options.storageKey ?? 'offline-orders-mock:v1';
    this.seedOptions = options.seed;
    const now = this.now();
    this.data = createSeed(storedSeedNow(this.storage, this.storageKey, now) ?? now, this.seedOptions);
    this.catalog = catalogOf(this.data);
    this.seededOrdersBySite = ordersBySite(this.data);
    this.nextCustomerNumber = this.data.lastCustomerNumber + 1;
    this.restore();
    this.persist();
  }

  /** Back to the seed, dated from now; the saved copy is overwritten. */
  reset(): void {
    this.data = createSeed(this.now(), this.seedOptions);
    this.catalog = catalogOf(this.data);
    this.seededOrdersBySite = ordersBySite(this.data);
    this.customerOverrides = new Map();
    this.submittedOrders = [];
    this.orderRecords = new Map();
    this.submissions = new Map();
    this.balances = new Map();
    this.nextOrderNumber = NEWEST_SEEDED_ORDER_NUMBER + 1;
    this.nextCustomerNumber = this.data.lastCustomerNumber + 1;
    this.closedLocations = new Set();
    this.inFlight = new Set();
    this.tokenPrng = new Prng(TOKEN_SEED);
    this.persist();
  }

  /** A site by id; 404 when there is none. */
  site(siteId: string): Site {
    const site = this.data.sites.find((s) => s.id === siteId);
    if (!site) throw notFound(`There is no site "${siteId}".`);
    return site;
  }

  persist(): void {
    if (!this.storage) return;
    const state: PersistedState = {
      version: 1,
      customers: [...this.customerOverrides.values()],
      orders: this.submittedOrders,
      records: [...this.orderRecords.values()],
      submissions: [...this.submissions],
      balances: [...this.balances],
      nextOrderNumber: this.nextOrderNumber,
      nextCustomerNumber: this.nextCustomerNumber,
      seedNow: this.data.now.toISOString(),
    };
    try {
      this.storage.setItem(this.storageKey, JSON.stringify(state));
    } catch {
      // Quota or privacy settings: the session goes on in memory only.
    }
  }

  private restore(): void {
    let state: PersistedState | undefined;
    try {
      const raw = this.storage?.getItem(this.storageKey);
      state = raw ? (JSON.parse(raw) as PersistedState) : undefined;
    } catch {
      state = undefined;
    }
    if (!state || state.version !== 1 || !Array.isArray(state.customers) || !Array.isArray(state.orders)) return;
    const siteIds = new Set(this.data.sites.map((s) => s.id));
    this.customerOverrides = new Map(state.customers.map((c) => [c.id, c]));
    this.submittedOrders = state.orders.filter((o) => siteIds.has(o.siteId));
    this.orderRecords = new Map((Array.isArray(state.records) ? state.records : []).map((r) => [r.id, r]));
    this.submissions = new Map(Array.isArray(state.submissions) ? state.submissions : []);
    this.balances = new Map(Array.isArray(state.balances) ? state.balances : []);
    if (Number.isInteger(state.nextOrderNumber)) {
      this.nextOrderNumber = Math.max(this.nextOrderNumber, state.nextOrderNumber);
    }
    if (Number.isInteger(state.nextCustomerNumber)) {
      this.nextCustomerNumber = Math.max(this.nextCustomerNumber, state.nextCustomerNumber);
    }
  }
}

/**
 * The mock server's log of the requests it received: method, path, operationId, headers (without
 * credentials) and body (card data redacted), oldest first, bounded. Tests read it through the
 * control endpoint to count calls and check their order, and can wait for a count to be reached
 * (a bounded long poll) instead of polling.
 */
import type { HttpFaultKind, LoggedRequest } from './protocol.js';

/** Headers never kept: a host's credentials. */
const SECRET_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);
/** The members of a `tokenizeCard` body that are never kept (as the MSW mock's log, mocks/README.md). */
const CARD_FIELDS = ['number', 'securityCode'];
const MAX_BODY_CHARS = 64 * 1024;
const MAX_WAITERS = 100;
export const DEFAULT_MAX_LOG_ENTRIES = 1000;

export interface ReceivedRequest {
  method: string;
  path: string;
  operationId: string | null;
  headers: Record<string, string | string[] | undefined>;
  bodyText: string;
  fault: HttpFaultKind | null;
  early: boolean;
}

interface Waiter {
  operationId: string | null;
  count: number;
  resolve: (reached: boolean) => void;
  timer: ReturnType<typeof setTimeout>;
}

function keptHeaders(headers: ReceivedRequest['headers']): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    if (value === undefined || SECRET_HEADERS.has(key)) continue;
    kept[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  return kept;
}

function keptBody(text: string, operationId: string | null): unknown {
  if (!text) return null;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return text.length > MAX_BODY_CHARS ? `${text.slice(0, MAX_BODY_CHARS)}…` : text;
  }
  if (operationId === 'tokenizeCard' && body && typeof body === 'object' && !Array.isArray(body)) {
    const card = { ...(body as Record<string, unknown>) };
    for (const field of CARD_FIELDS) if (field in card) card[field] = '[redacted]';
    body = card;
  }
  // A body too large to keep whole is kept as the start of its text.
  return text.length > MAX_BODY_CHARS ? `${JSON.stringify(body).slice(0, MAX_BODY_CHARS)}…` : body;
}

export class RequestLog {
  private entries: LoggedRequest[] = [];
  private dropped = 0;
  private seq = 0;
  private waiters = new Set<Waiter>();

  constructor(private readonly maxEntries = DEFAULT_MAX_LOG_ENTRIES) {}

  add(request: ReceivedRequest): LoggedRequest {
    const entry: LoggedRequest = {
      seq: ++this.seq,
      method: request.method,
      path: request.path,
      operationId: request.operationId,
      headers: keptHeaders(request.headers),
      body: keptBody(request.bodyText, request.operationId),
      fault: request.fault,
      early: request.early,
    };
    this.entries.push(entry);
    if (this.entries.length > this.maxEntries) {
      this.entries.shift();
      this.dropped += 1;
    }
    for (const waiter of this.waiters) {
      if (this.count(waiter.operationId) >= waiter.count) this.settle(waiter, true);
    }
    return entry;
  }

  /** The entry a request was logged as, once its fault is known. */
  setFault(entry: LoggedRequest, fault: HttpFaultKind | null): void {
    entry.fault = fault;
  }

  /** The entries kept (of `operationId`, or all) whose `seq` is above `since`. */
  list(operationId?: string | null, since = 0): { entries: LoggedRequest[]; dropped: number; last: number } {
    const entries = this.entries.filter((e) => e.seq > since && (!operationId || e.operationId === operationId));
    return { entries: entries.map((e) => ({ ...e })), dropped: this.dropped, last: this.seq };
  }

  count(operationId: string | null): number {
    return operationId ? this.entries.filter((e) => e.operationId === operationId).length : this.entries.length;
  }

  /** Resolves true once `count` requests (of `operationId`, or of any) are logged, false after `timeoutMs`. */
  waitFor(operationId: string | null, count: number, timeoutMs: number): Promise<boolean> {
    if (this.count(operationId) >= count) return Promise.resolve(true);
    if (this.waiters.size >= MAX_WAITERS) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        operationId,
        count,
        resolve,
        timer: setTimeout(() => this.settle(waiter, false), timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Forgets the entries (the sequence goes on). Waiters are told how things stand now. */
  clear(): void {
    this.entries = [];
    this.dropped = 0;
  }

  /** Ends every wait (false): on reset and close. */
  cancelWaits(): void {
    for (const waiter of this.waiters) this.settle(waiter, false);
  }

  private settle(waiter: Waiter, reached: boolean): void {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
    waiter.resolve(reached);
  }
}

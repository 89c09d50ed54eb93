/**
 * The faults of the mock server: checking what a control call asks for (its body is untrusted
 * JSON), queueing them per operationId, and the answer transformations that need no socket
 * (rewrite, padding, cutting). No Node import: plain data in, plain data out.
 */
import type { HttpFault, RedirectStatus, RewriteOp } from './protocol.js';

/** The largest `oversized` body: enough to prove the point, never enough to hurt the machine. */
export const MAX_OVERSIZED_BYTES = 50 * 1024 * 1024;
export const DEFAULT_OVERSIZED_BYTES = 5 * 1024 * 1024;
export const MAX_SLOW_CHUNKS = 100;
export const DEFAULT_SLOW_CHUNKS = 10;
/** The most calls one queued fault applies to, and the most faults queued per operation. */
export const MAX_FAULT_TIMES = 100;
export const MAX_QUEUED_PER_OPERATION = 50;
export const MAX_REWRITE_OPS = 100;

const REDIRECT_STATUSES: readonly number[] = [301, 302, 303, 307, 308];

/** A control call that asks for something the server does not do: answered 400 with its message. */
export class ControlError extends Error {
  override name = 'ControlError';
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ControlError(`${what} must be an object.`);
  return value as Record<string, unknown>;
}

function wholeNumber(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new ControlError(`${what} must be a whole number from ${min} to ${max}.`);
  return value;
}

function afterProcessingOf(value: unknown): boolean {
  if (typeof value !== 'boolean') throw new ControlError('"afterProcessing" must be true or false.');
  return value;
}

function optional<T>(value: unknown, read: (v: unknown) => T): T | undefined {
  return value === undefined ? undefined : read(value);
}

function rewriteOps(value: unknown): RewriteOp[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_REWRITE_OPS)
    throw new ControlError(`"ops" must be a list of 1 to ${MAX_REWRITE_OPS} operations.`);
  return value.map((item, i) => {
    const op = record(item, `ops[${i}]`);
    if (op['op'] === 'set-every' && typeof op['key'] === 'string' && op['key'] && 'value' in op)
      return { op: 'set-every', key: op['key'], value: op['value'] };
    if (typeof op['path'] !== 'string' || (op['path'] !== '' && !op['path'].startsWith('/')))
      throw new ControlError(`ops[${i}].path must be a JSON pointer ("" or starting with "/").`);
    if (op['op'] === 'delete') return { op: 'delete', path: op['path'] };
    if (op['op'] === 'set' && 'value' in op) return { op: 'set', path: op['path'], value: op['value'] };
    throw new ControlError(
      `ops[${i}] must be { op: "set", path, value }, { op: "delete", path } or { op: "set-every", key, value }.`,
    );
  });
}

/**
 * The fault a control call describes, checked field by field; `maxHangMs` bounds every duration.
 * Throws `ControlError` naming the first field that is wrong.
 */
export function parseFault(value: unknown, maxHangMs: number): HttpFault {
  const fault = record(value, '"fault"');
  const kind = fault['kind'];
  switch (kind) {
    case 'status': {
      const status = wholeNumber(fault['status'], '"status"', 200, 599);
      const retryAfter = optional(fault['retryAfter'], (v) => wholeNumber(v, '"retryAfter"', 0, 3600));
      const afterProcessing = optional(fault['afterProcessing'], afterProcessingOf);
      if (status < 400 && !('body' in fault)) throw new ControlError('A "status" below 400 needs a "body".');
      return {
        kind,
        status,
        ...('body' in fault ? { body: fault['body'] } : {}),
        ...(retryAfter === undefined ? {} : { retryAfter }),
        ...(afterProcessing === undefined ? {} : { afterProcessing }),
      };
    }
    case 'reset': {
      const at = fault['at'] ?? 'before';
      if (at !== 'before' && at !== 'after-processing' && at !== 'mid-body')
        throw new ControlError('"at" must be "before", "after-processing" or "mid-body".');
      return { kind, at };
    }
    case 'malformed':
      return { kind };
    case 'oversized': {
      const bytes = optional(fault['bytes'], (v) => wholeNumber(v, '"bytes"', 1024, MAX_OVERSIZED_BYTES));
      return { kind, bytes: bytes ?? DEFAULT_OVERSIZED_BYTES };
    }
    case 'slow': {
      const durationMs = wholeNumber(fault['durationMs'], '"durationMs"', 0, maxHangMs);
      const chunks = optional(fault['chunks'], (v) => wholeNumber(v, '"chunks"', 1, MAX_SLOW_CHUNKS));
      return { kind, durationMs, chunks: chunks ?? DEFAULT_SLOW_CHUNKS };
    }
    case 'redirect': {
      const status = fault['status'];
      if (typeof status !== 'number' || !REDIRECT_STATUSES.includes(status))
        throw new ControlError(`"status" must be one of ${REDIRECT_STATUSES.join(', ')}.`);
      if (typeof fault['location'] !== 'string' || !fault['location'])
        throw new ControlError('"location" must be a URL (relative or absolute).');
      return { kind, status: status as RedirectStatus, location: fault['location'] };
    }
    case 'hang': {
      const maxMs = optional(fault['maxMs'], (v) => wholeNumber(v, '"maxMs"', 0, maxHangMs));
      const afterProcessing = optional(fault['afterProcessing'], afterProcessingOf);
      return { kind, maxMs: maxMs ?? maxHangMs, ...(afterProcessing === undefined ? {} : { afterProcessing }) };
    }
    case 'rewrite':
      return { kind, ops: rewriteOps(fault['ops']) };
    default:
      throw new ControlError(
        '"fault.kind" must be one of status, reset, malformed, oversized, slow, redirect, hang, rewrite.',
      );
  }
}

interface Queued {
  fault: HttpFault;
  remaining: number;
}

/** Faults queued per operationId, first in first out; each applies to its next `times` calls. */
export class FaultQueue {
  private queues = new Map<string, Queued[]>();

  add(operationId: string, fault: HttpFault, times = 1): void {
    const queue = this.queues.get(operationId) ?? [];
    if (queue.length >= MAX_QUEUED_PER_OPERATION)
      throw new ControlError(`At most ${MAX_QUEUED_PER_OPERATION} faults may wait for one operation.`);
    queue.push({ fault, remaining: wholeNumber(times, '"times"', 1, MAX_FAULT_TIMES) });
    this.queues.set(operationId, queue);
  }

  /** The fault the next call of `operationId` meets (consumed), if any. */
  take(operationId: string): HttpFault | undefined {
    const queue = this.queues.get(operationId);
    const first = queue?.[0];
    if (!queue || !first) return undefined;
    first.remaining -= 1;
    if (first.remaining <= 0) queue.shift();
    return first.fault;
  }

  /** What is still queued, by operationId. */
  pending(): Record<string, Array<{ fault: HttpFault; remaining: number }>> {
    return Object.fromEntries(
      [...this.queues].filter(([, q]) => q.length > 0).map(([id, q]) => [id, q.map((e) => ({ ...e }))]),
    );
  }

  clear(): void {
    this.queues = new Map();
  }
}

/** The segments of a JSON pointer (RFC 6901); "" is the whole document. */
function segments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function indexIn(list: unknown[], key: string, path: string, appending: boolean): number {
  if (appending && key === '-') return list.length;
  const index = /^(0|[1-9]\d*)$/.test(key) ? Number(key) : Number.NaN;
  if (!(index >= 0 && index < list.length + (appending ? 1 : 0)))
    throw new ControlError(`rewrite: "${path}" names no element of the answer.`);
  return index;
}

/**
 * `document` (the parsed answer) changed by `ops`, in order. The document is not mutated: the
 * answer is cloned first. A pointer whose parent does not exist is an error.
 */
export function applyRewrite(document: unknown, ops: readonly RewriteOp[]): unknown {
  let root: unknown = structuredClone(document);
  for (const op of ops) {
    if (op.op === 'set-every') {
      root = setEvery(root, op.key, op.value);
      continue;
    }
    const keys = segments(op.path);
    if (keys.length === 0) {
      if (op.op === 'delete') throw new ControlError('rewrite: the whole answer cannot be deleted; set it instead.');
      root = structuredClone(op.value);
      continue;
    }
    let parent: unknown = root;
    for (const key of keys.slice(0, -1)) {
      if (!isContainer(parent)) throw new ControlError(`rewrite: "${op.path}" names no member of the answer.`);
      parent = Array.isArray(parent) ? parent[indexIn(parent, key, op.path, false)] : parent[key];
    }
    const last = keys[keys.length - 1]!;
    if (!isContainer(parent)) throw new ControlError(`rewrite: "${op.path}" names no member of the answer.`);
    if (Array.isArray(parent)) {
      const index = indexIn(parent, last, op.path, op.op === 'set');
      if (op.op === 'delete') parent.splice(index, 1);
      else parent[index] = structuredClone(op.value);
    } else if (op.op === 'delete') {
      if (!(last in parent)) throw new ControlError(`rewrite: "${op.path}" names no member of the answer.`);
      delete parent[last];
    } else {
      parent[last] = structuredClone(op.value);
    }
  }
  return root;
}

/** `value` with every member named `key`, at any depth, set to `replacement`. */
function setEvery(value: unknown, key: string, replacement: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => setEvery(item, key, replacement));
  if (!isContainer(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, inner]) => [
      name,
      name === key ? structuredClone(replacement) : setEvery(inner, key, replacement),
    ]),
  );
}

/**
 * The answer's JSON text grown to about `bytes` (never less than it was): an object gets a
 * `padding` member of "x" characters first; anything else gets trailing whitespace, which JSON
 * allows. Either way it still parses to the same answer (plus `padding`).
 */
export function padded(text: string, bytes: number): string {
  const missing = bytes - new TextEncoder().encode(text).length;
  if (missing <= 0) return text;
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    const rest = trimmed.slice(1).trimStart();
    const filler = 'x'.repeat(Math.max(0, missing - '"padding":"",'.length));
    return `{"padding":"${filler}"${rest.startsWith('}') ? '' : ','}${rest}`;
  }
  return text + ' '.repeat(missing);
}

/** The answer's text cut in the middle (at least one character removed): JSON that does not parse. */
export function truncated(text: string): string {
  if (text.length < 2) return '{';
  return text.slice(0, Math.floor(text.length / 2));
}

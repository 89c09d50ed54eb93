/**
 * Writing answers on a Node socket, plain or spoiled the ways only real HTTP can be: a connection
 * reset before or in the middle of a body, a body dribbled out slowly, no answer at all. Every
 * timer it starts is cleared when the connection closes, and the caller bounds how long it lasts
 * (`Pending`), so that `close()` of the server leaves nothing running.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** Something in progress on a connection that the server must be able to end at once. */
export interface Pending {
  /** Ends it: clears its timers and destroys its connection. */
  end(): void;
}

/** The connection reset (TCP RST where Node can), as a peer that crashed would. */
export function resetConnection(req: IncomingMessage): void {
  const socket = req.socket;
  if (typeof socket.resetAndDestroy === 'function' && !socket.destroyed) socket.resetAndDestroy();
  else socket.destroy();
}

export function send(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: string | Buffer): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...headers, 'Content-Length': bytes.length });
  res.end(bytes);
}

export function sendJson(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: unknown): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  send(res, status, { ...headers, 'Content-Type': 'application/json' }, JSON.stringify(body));
}

/** A piece of work on a connection, and how to finish it without destroying the connection. */
interface Tracked {
  pending: Pending;
  finish(): void;
}

/**
 * Tracks one piece of work on a connection: `pending.end()` runs `cleanup` once and destroys the
 * connection; the connection closing (the client gave up) or `finish()` runs `cleanup` only.
 */
function track(req: IncomingMessage, register: (p: Pending) => () => void, cleanup: () => void): Tracked {
  let done = false;
  let unregister = () => {};
  const finish = () => {
    if (done) return;
    done = true;
    cleanup();
    unregister();
    req.socket.off('close', finish);
  };
  const pending: Pending = {
    end() {
      finish();
      resetConnection(req);
    },
  };
  unregister = register(pending);
  req.socket.once('close', finish);
  return { pending, finish };
}

/**
 * The headers and half of `body` (whose full length they announce), then the connection reset:
 * an answer lost in the middle.
 */
export function resetMidBody(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: OutgoingHttpHeaders,
  body: string,
): void {
  const bytes = Buffer.from(body);
  res.writeHead(status, { ...headers, 'Content-Length': bytes.length });
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => resetConnection(req));
}

/**
 * No answer until the client gives up (the connection closes) or `maxMs` has passed, when the
 * connection is destroyed.
 */
export function hang(req: IncomingMessage, maxMs: number, register: (p: Pending) => () => void): void {
  const bound: { timer?: ReturnType<typeof setTimeout> } = {};
  const { pending } = track(req, register, () => clearTimeout(bound.timer));
  bound.timer = setTimeout(() => pending.end(), maxMs);
}

/**
 * The headers at once (announcing the whole length), then `body` in `chunks` pieces, one every
 * `durationMs / chunks`, the last one ending the answer. Stops when the client gives up.
 */
export function dribble(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: OutgoingHttpHeaders,
  body: string,
  options: { durationMs: number; chunks: number },
  register: (p: Pending) => () => void,
): void {
  const bytes = Buffer.from(body);
  const chunks = Math.max(1, Math.min(options.chunks, bytes.length || 1));
  const size = Math.ceil(bytes.length / chunks);
  const interval = options.durationMs / chunks;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tracked = track(req, register, () => clearTimeout(timer));
  res.writeHead(status, { ...headers, 'Content-Length': bytes.length });
  res.flushHeaders();
  let sent = 0;
  const next = () => {
    const piece = bytes.subarray(sent * size, (sent + 1) * size);
    sent += 1;
    if (sent >= chunks) {
      res.end(piece);
      // The answer is complete: nothing left to end (the connection may serve another request).
      tracked.finish();
      return;
    }
    res.write(piece);
    timer = setTimeout(next, interval);
  };
  timer = setTimeout(next, interval);
}

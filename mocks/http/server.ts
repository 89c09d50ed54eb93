/**
 * The mock backend over real HTTP: Node's `http` server on loopback, answering `api/openapi.yaml`
 * at `/api/v1` through the same MSW handlers as the browser mock (`createHandlers` over a
 * `MockBackend`, each Node request turned into a Fetch `Request` and answered by msw's
 * `getResponse`), with real CORS and a control endpoint (`/__control`, control.ts) to queue faults
 * that only a real connection shows: resets, slow bodies, redirects, hangs (see protocol.ts).
 *
 * Bounded everywhere: request bodies (1 MiB), the log, queued faults, every hang, hold, wait and
 * slow body (`maxHangMs`), the number of instances, and the server's own life (`maxLifetimeMs`).
 * `close()` ends every open connection and timer.
 */
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getResponse } from 'msw';
import { MockBackend, type MockBackendOptions } from '../backend.js';
import { createHandlers } from '../handlers.js';
import { statusProblem } from '../problem.js';
import { MockScenario, type MockScenarioInit } from '../scenario.js';
import { type ControlContext, handleControl } from './control.js';
import { corsHeaders, isLoopbackOrigin, preflightHeaders } from './cors.js';
import { ControlError, FaultQueue, applyRewrite, padded, truncated } from './faults.js';
import { type OperationMatcher, loadOperations } from './operations.js';
import {
  API_BASE,
  CONTROL_BASE,
  EPOCH_HEADER,
  type HttpFault,
  type InstanceAnswer,
  type ResetRequest,
} from './protocol.js';
import { RequestLog } from './request-log.js';
import { type Pending, dribble, hang, resetConnection, resetMidBody, send, sendJson } from './respond.js';

export interface MockHttpServerOptions {
  /** The port (default 0: any free one). */
  port?: number;
  /** Only "127.0.0.1": the server is for this machine. */
  host?: string;
  backend?: MockBackendOptions;
  scenario?: MockScenarioInit;
  /** The longest any hang, hold, wait or slow body lasts (default 30 s). */
  maxHangMs?: number;
  /** Closes itself after this long (default: never; the CLI always sets one). */
  maxLifetimeMs?: number;
  /** The most instances `POST /__control/instances` keeps open at once; the oldest is closed beyond (default 16). */
  maxInstances?: number;
  /** The most requests the log keeps (default 1000). */
  maxLogEntries?: number;
}

export interface MockHttpServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** `url` + `/api/v1`: the REST adapter's `baseUrl`. */
  readonly apiUrl: string;
  readonly backend: MockBackend;
  readonly scenario: MockScenario;
  /** Resolves once the server is closed (by `close()`, its lifetime, or `DELETE /__control`). */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_MAX_HANG_MS = 30_000;
const MAX_REQUEST_BYTES = 1024 * 1024;
const DEFAULT_MAX_INSTANCES = 16;
/** Timers in a browser fire late, never early; a few ms spare the check from clock granularity. */
const RETRY_AFTER_TOLERANCE_MS = 20;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        reject(new BodyTooLarge());
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
    // The client went away before sending it all: nothing to answer (a settled promise ignores this).
    req.on('close', () => reject(new Error('The request was not sent whole.')));
  });
}

/** The headers of an msw answer, as Node writes them (its length is set when the body is sent). */
function headersOf(response: Response, cors: Record<string, string>): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  response.headers.forEach((value, name) => {
    if (name !== 'content-length' && name !== 'transfer-encoding') headers[name] = value;
  });
  return { ...headers, ...cors };
}

/** Whether the backend does the work before the fault spoils its answer (else it never sees the call). */
function processed(fault: HttpFault): boolean {
  if (fault.kind === 'status') return fault.afterProcessing === true;
  if (fault.kind === 'reset') return fault.at !== 'before';
  if (fault.kind === 'hang') return fault.afterProcessing === true;
  return fault.kind !== 'redirect';
}

let operations: OperationMatcher | undefined;

/** Starts a server; resolves once it listens. */
export function createMockHttpServer(options: MockHttpServerOptions = {}): Promise<MockHttpServer> {
  return start(options, false);
}

/** `instance`: made by `POST /__control/instances`, it makes none itself and may close itself. */
async function start(options: MockHttpServerOptions, instance: boolean): Promise<MockHttpServer> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error(`The mock server listens on 127.0.0.1 only (not "${host}").`);
  operations ??= loadOperations();
  const matcher = operations;
  const maxHangMs = options.maxHangMs ?? DEFAULT_MAX_HANG_MS;
  const backend = new MockBackend(options.backend);
  const scenario = new MockScenario({ latency: [0, 0], ...options.scenario });
  const faults = new FaultQueue();
  const log = new RequestLog(options.maxLogEntries);
  const sockets = new Set<Socket>();
  const pending = new Set<Pending>();
  const holds = new Map<number, { release: () => void; timer: ReturnType<typeof setTimeout> }>();
  const retryAfterUntil = new Map<string, number>();
  const instances = new Set<MockHttpServer>();
  let nextHold = 1;
  let keepAlive = false;
  let epoch = 1;
  let handlers: ReturnType<typeof createHandlers> = [];
  let origin = '';
  let closing: Promise<void> | undefined;
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));

  const register = (p: Pending) => {
    pending.add(p);
    return () => void pending.delete(p);
  };

  function releaseAll(): void {
    for (const { release, timer } of holds.values()) {
      clearTimeout(timer);
      release();
    }
    holds.clear();
  }

  const control: ControlContext = {
    backend,
    faults,
    log,
    operationIds: matcher.ids,
    maxHangMs,
    reset(init: ResetRequest) {
      releaseAll();
      backend.reset();
      scenario.reset();
      if (init.mode) scenario.mode = init.mode;
      if (init.latency) scenario.latency = [...init.latency];
      keepAlive = init.keepAlive ?? false;
      faults.clear();
      log.clear();
      log.cancelWaits();
      retryAfterUntil.clear();
      for (const p of [...pending]) p.end();
      epoch += 1;
      return epoch;
    },
    hold(operationId, then) {
      const id = nextHold++;
      // Both are taken by the same call (the next to reach the backend): held, then dropped unserved.
      if (then === 'reset') scenario.failNext(operationId, 'network');
      const release = scenario.holdNext(operationId);
      // A hold nobody releases ends by itself: the server never keeps a request forever.
      const timer = setTimeout(() => control.release(id), maxHangMs);
      holds.set(id, { release, timer });
      return id;
    },
    release(id) {
      const hold = holds.get(id);
      if (!hold) return false;
      clearTimeout(hold.timer);
      holds.delete(id);
      hold.release();
      return true;
    },
    status() {
      return {
        epoch,
        openConnections: sockets.size,
        pending: pending.size,
        holds: holds.size,
        instances: instances.size,
      };
    },
    async createInstance(): Promise<InstanceAnswer> {
      if (closing) throw new ControlError('The server is closing.', 503);
      const max = options.maxInstances ?? DEFAULT_MAX_INSTANCES;
      if (instance || max < 1) throw new ControlError('This server makes no instances.', 403);
      // Beyond the bound the oldest goes: a test run that never says goodbye cannot pile them up.
      while (instances.size >= max) {
        const oldest = instances.values().next().value!;
        instances.delete(oldest);
        await oldest.close();
      }
      const made = await start({ ...options, port: 0 }, true);
      instances.add(made);
      void made.closed.then(() => instances.delete(made));
      return { url: made.url, apiUrl: made.apiUrl };
    },
    closeSoon() {
      if (!instance) throw new ControlError('Only an instance made by POST /__control/instances closes itself.', 403);
      setImmediate(() => void close());
    },
  };

  /** Answers through the MSW handlers; null when the call was refused without an answer (a network fault) or took too long. */
  async function answer(req: IncomingMessage, url: URL, bodyText: string): Promise<Response | null> {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined && name !== 'host' && name !== 'connection' && name !== 'content-length')
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const method = req.method ?? 'GET';
    const request = new Request(`${origin}${url.pathname}${url.search}`, {
      method,
      headers,
      ...(method === 'GET' || method === 'HEAD' ? {} : { body: bodyText }),
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tooLong = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), maxHangMs)));
    try {
      const response = await Promise.race([getResponse(handlers, request), tooLong]);
      return response && response.type !== 'error' ? response : null;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Notes a `Retry-After` sent for an operation: a request of it before then is `early` in the log. */
  function noteRetryAfter(operationId: string, value: string | null | undefined): void {
    if (value && /^\d+$/.test(value)) retryAfterUntil.set(operationId, performance.now() + Number(value) * 1000);
  }

  async function serveApi(req: IncomingMessage, res: ServerResponse, url: URL, cors: Record<string, string>) {
    const bodyText = await readBody(req);
    const mark = req.headers[EPOCH_HEADER.toLowerCase()];
    if (mark !== undefined && mark !== String(epoch)) {
      resetConnection(req);
      return;
    }
    const method = req.method ?? 'GET';
    const operationId = matcher.match(method, url.pathname.slice(API_BASE.length) || '/');
    const until = operationId ? retryAfterUntil.get(operationId) : undefined;
    const early = until !== undefined && performance.now() < until - RETRY_AFTER_TOLERANCE_MS;
    const fault = operationId ? faults.take(operationId) : undefined;
    log.add({
      method,
      path: url.pathname + url.search,
      operationId,
      headers: req.headers,
      bodyText,
      fault: fault?.kind ?? null,
      early,
    });

    if (fault && !processed(fault)) {
      if (fault.kind === 'hang') return hang(req, Math.min(fault.maxMs ?? maxHangMs, maxHangMs), register);
      if (fault.kind === 'redirect') return send(res, fault.status, { ...cors, Location: fault.location }, '');
      if (fault.kind === 'reset') return resetConnection(req);
      if (fault.kind === 'status') return sendStatus(res, operationId!, fault, cors);
    }
    // Not handed to MockScenario.failNext (keyed by operation only): a concurrent call of the same
    // operation could take it first. The answer is the one it would give (statusProblem).
    const response = await answer(req, url, bodyText);
    if (!response) return resetConnection(req);
    if (fault?.kind === 'status') return sendStatus(res, operationId!, fault, cors);
    if (fault?.kind === 'reset' && fault.at === 'after-processing') return resetConnection(req);
    if (fault?.kind === 'hang') return hang(req, Math.min(fault.maxMs ?? maxHangMs, maxHangMs), register);
    const headers = headersOf(response, cors);
    if (operationId) noteRetryAfter(operationId, response.headers.get('Retry-After'));
    await spoil(req, res, response.status, headers, await response.text(), fault);
  }

  function sendStatus(
    res: ServerResponse,
    operationId: string,
    fault: Extract<HttpFault, { kind: 'status' }>,
    cors: Record<string, string>,
  ) {
    // Without a body: the problem the MSW mock answers (Retry-After 1 s by default on 409, 429, 5xx).
    const problem = fault.body === undefined ? statusProblem(fault.status, fault.retryAfter ?? 1) : undefined;
    const retryAfter = problem ? problem.retryAfter : fault.retryAfter;
    const headers: OutgoingHttpHeaders = { ...cors };
    if (retryAfter !== undefined) {
      headers['Retry-After'] = String(retryAfter);
      noteRetryAfter(operationId, String(retryAfter));
    }
    const type = fault.status >= 400 ? 'application/problem+json' : 'application/json';
    send(res, fault.status, { ...headers, 'Content-Type': type }, JSON.stringify(problem?.toBody() ?? fault.body));
  }

  /** Writes the real answer, spoiled by the fault that processes it first. */
  async function spoil(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    headers: OutgoingHttpHeaders,
    text: string,
    fault: HttpFault | undefined,
  ): Promise<void> {
    switch (fault?.kind) {
      case 'reset':
        return resetMidBody(req, res, status, headers, text);
      case 'malformed':
        return send(res, status, headers, truncated(text));
      case 'oversized':
        return send(res, status, headers, padded(text, fault.bytes ?? 0));
      case 'slow':
        return dribble(
          req,
          res,
          status,
          headers,
          text,
          { durationMs: fault.durationMs, chunks: fault.chunks ?? 1 },
          register,
        );
      case 'rewrite': {
        let rewritten: string;
        try {
          rewritten = JSON.stringify(applyRewrite(JSON.parse(text), fault.ops));
        } catch (error) {
          // A rewrite that names nothing is the test's mistake: say so rather than answer something else.
          const message = error instanceof Error ? error.message : 'The rewrite failed.';
          return sendJson(res, 500, headers, { error: `mock server: ${message}` });
        }
        return send(res, status, headers, rewritten);
      }
      default:
        return send(res, status, headers, text);
    }
  }

  async function serveControl(req: IncomingMessage, res: ServerResponse, url: URL, cors: Record<string, string>) {
    const text = await readBody(req);
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return sendJson(res, 400, cors, { error: 'The body must be JSON.' });
    }
    const path = url.pathname.slice(CONTROL_BASE.length);
    const result = await handleControl(control, req.method ?? 'GET', path, url.searchParams, body);
    sendJson(res, result.status, cors, result.body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && !isLoopbackOrigin(requestOrigin)) {
      // No CORS headers: a page elsewhere cannot read this, and the request was not served.
      return sendJson(
        res,
        403,
        {},
        { error: 'Only pages on this machine (a loopback origin) may call the mock server.' },
      );
    }
    const cors = corsHeaders(requestOrigin);
    // See ResetRequest.keepAlive: a fresh connection per request, so that a reset always shows.
    if (!keepAlive) res.setHeader('Connection', 'close');
    if (req.method === 'OPTIONS') {
      const headers = requestOrigin === undefined ? {} : preflightHeaders(requestOrigin);
      res.writeHead(204, headers);
      return void res.end();
    }
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === CONTROL_BASE || url.pathname.startsWith(`${CONTROL_BASE}/`))
      return serveControl(req, res, url, cors);
    if (url.pathname.startsWith(`${API_BASE}/`)) return serveApi(req, res, url, cors);
    if (url.pathname === '/')
      return sendJson(res, 200, cors, { api: `${origin}${API_BASE}`, control: `${origin}${CONTROL_BASE}` });
    return sendJson(res, 404, cors, { error: `Nothing at ${url.pathname}: the API is under ${API_BASE}.` });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) {
        if (!res.headersSent)
          sendJson(res, 413, corsHeaders(req.headers.origin), { error: 'The request body is over 1 MiB.' });
        return;
      }
      if (!res.headersSent) sendJson(res, 500, {}, { error: 'The mock server failed unexpectedly.' });
      else resetConnection(req);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host}:${port}`;
  handlers = createHandlers(backend, { baseUrl: `${origin}${API_BASE}`, scenario });

  const lifetime =
    options.maxLifetimeMs === undefined ? undefined : setTimeout(() => void close(), options.maxLifetimeMs);
  lifetime?.unref();

  function close(): Promise<void> {
    closing ??= (async () => {
      clearTimeout(lifetime);
      releaseAll();
      log.cancelWaits();
      for (const p of [...pending]) p.end();
      await Promise.all([...instances].map((i) => i.close()));
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      await stopped;
      resolveClosed();
    })();
    return closing;
  }

  return { url: origin, apiUrl: `${origin}${API_BASE}`, backend, scenario, closed, close };
}

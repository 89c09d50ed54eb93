// A web-test-runner plugin that runs the mock backend over real HTTP (mocks/http/serve.ts) for the
// test run: one server process, started when a page first asks for it (a run without the tests of
// test/adapter/http pays nothing) and stopped in `serverStop`; it also stops by itself after
// `maxLifetimeMs`, so that a test run killed hard leaves nothing behind. Each test file makes its own
// instance of it (its own backend, on its own port: `POST /__control/instances`, through
// test/support/http-mock.ts), so files running side by side do not share state.
//
// Commands for the page (`executeServerCommand`):
// - `mock-http:url` → { url }: the server's root URL.
// - `mock-http:probe` { url, method?, headers? } → { status, headers }: a request sent from Node,
//   which may carry headers a page cannot set (an Origin of another site) and reach no other host.
import { spawn } from 'node:child_process';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const READY = /listening on (http:\/\/127\.0\.0\.1:\d+)/;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;

export function mockHttpPlugin({ maxLifetimeMs = 30 * 60_000 } = {}) {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  /** @type {Promise<string> | undefined} */
  let started;

  function start() {
    started ??= new Promise((resolve, reject) => {
      const args = ['--import', 'tsx', 'mocks/http/serve.ts', '--port', '0', '--max-lifetime', String(maxLifetimeMs)];
      child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      const timer = setTimeout(
        () => reject(new Error(`mock-http: no server after ${START_TIMEOUT_MS} ms\n${output}`)),
        START_TIMEOUT_MS,
      );
      const read = (chunk) => {
        output += chunk;
        const found = READY.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      };
      child.stdout.setEncoding('utf8').on('data', read);
      child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
      child.once('exit', (code) => {
        clearTimeout(timer);
        child = undefined;
        // Past its lifetime (a long watch session): the next page that asks starts another.
        started = undefined;
        reject(new Error(`mock-http: the server exited (${code})\n${output}`));
      });
    });
    return started;
  }

  return {
    name: 'mock-http',
    async serverStop() {
      const running = child;
      if (!running) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      const timer = setTimeout(() => running.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
    async executeCommand({ command, payload }) {
      if (command === 'mock-http:url') return { url: await start() };
      if (command === 'mock-http:probe') {
        const root = new URL(await start());
        const target = new URL(payload.url);
        // Loopback only, and only the mock server's host: the page cannot use this to reach anything else.
        if (target.hostname !== root.hostname) throw new Error(`mock-http:probe reaches ${root.hostname} only`);
        const response = await fetch(target, { method: payload.method ?? 'GET', headers: payload.headers ?? {} });
        await response.arrayBuffer();
        return { status: response.status, headers: Object.fromEntries(response.headers) };
      }
      return undefined;
    },
  };
}

/**
 * `npm run serve:mock [-- --port 8787] [--max-lifetime 30m]`: the mock backend over real HTTP on
 * 127.0.0.1 (see mocks/README.md, "Over real HTTP"). Prints one line with its URL, then serves
 * until Ctrl-C, SIGTERM, or its maximum lifetime (default 1 hour), whichever comes first.
 *
 * Options: `--port <n>` (default 8787; 0 picks a free one), `--host 127.0.0.1` (the only host),
 * `--max-lifetime <duration>` (`90s`, `30m`, `2h` or milliseconds), `--max-hang <duration>` (the
 * longest a hang, hold or slow body lasts; default 30 s), `--mode normal|slow|flaky|down`,
 * `--latency <min>,<max>` (ms).
 */
import process from 'node:process';
import { type ScenarioMode, SCENARIO_MODES } from '../scenario.js';
import { type MockHttpServerOptions, createMockHttpServer } from './server.js';

const DEFAULT_PORT = 8787;
const DEFAULT_LIFETIME_MS = 60 * 60 * 1000;
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

function fail(message: string): never {
  process.stderr.write(`serve:mock: ${message}\n`);
  process.exit(2);
}

function duration(value: string, flag: string): number {
  const match = /^(\d+)(ms|s|m|h)?$/.exec(value);
  if (!match) fail(`${flag} takes a duration such as 90s, 30m, 2h or a number of milliseconds.`);
  return Number(match[1]) * UNITS[match[2] ?? 'ms']!;
}

function parseArgs(argv: readonly string[]): MockHttpServerOptions {
  const options: MockHttpServerOptions = { port: DEFAULT_PORT, maxLifetimeMs: DEFAULT_LIFETIME_MS };
  const scenario: NonNullable<MockHttpServerOptions['scenario']> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (value === undefined) fail(`${flag} needs a value.`);
    i += 1;
    if (flag === '--port') {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port takes a port number (0 for any free one).');
      options.port = port;
    } else if (flag === '--host') {
      if (value !== '127.0.0.1') fail('--host takes 127.0.0.1 only: the mock server is for this machine.');
      options.host = value;
    } else if (flag === '--max-lifetime') {
      options.maxLifetimeMs = duration(value, flag);
    } else if (flag === '--max-hang') {
      options.maxHangMs = duration(value, flag);
    } else if (flag === '--mode') {
      if (!SCENARIO_MODES.includes(value as ScenarioMode)) fail(`--mode takes one of ${SCENARIO_MODES.join(', ')}.`);
      scenario.mode = value as ScenarioMode;
    } else if (flag === '--latency') {
      const [min, max] = value.split(',').map(Number);
      if (!Number.isInteger(min) || !Number.isInteger(max) || min! < 0 || max! < min!)
        fail('--latency takes <min>,<max> in milliseconds.');
      scenario.latency = [min!, max!];
    } else {
      fail(`unknown option ${flag} (options: --port, --host, --max-lifetime, --max-hang, --mode, --latency).`);
    }
  }
  return { ...options, scenario };
}

const server = await createMockHttpServer(parseArgs(process.argv.slice(2))).catch((error: unknown) =>
  fail(error instanceof Error ? error.message : String(error)),
);
// One line, first, that a parent process reads to find the server (test/adapter/http/mock-http-plugin.mjs).
process.stdout.write(
  `Mock backend listening on ${server.url} (API ${server.apiUrl}, control ${server.url}/__control)\n`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void server.close());
await server.closed;
process.stdout.write('Mock backend stopped.\n');

// The peers the bench compares with, installed once into a temporary folder (never project
// dependencies): the virtualizer floor of the orders list, and the kits whose bare building blocks
// the size rows weigh. Pinned so that a run is reproducible; a folder already holding them is reused.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PEERS = {
  '@lit-labs/virtualizer': '2.1.1',
  '@shoelace-style/shoelace': '2.20.1',
  '@material/web': '2.5.0',
  '@awesome.me/webawesome': '3.14.0',
  lit: '3.3.3',
};

/** The folder holding the peers (`$OOE_BENCH_PEERS`, else `<tmpdir>/ooe-bench-peers`), installed if needed. */
export function ensurePeers() {
  const dir = process.env.OOE_BENCH_PEERS ?? join(tmpdir(), 'ooe-bench-peers');
  const wanted = JSON.stringify(PEERS);
  const marker = join(dir, '.installed');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) return dir;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'ooe-bench-peers', private: true }));
  const specs = Object.entries(PEERS).map(([name, version]) => `${name}@${version}`);
  console.log(`Installing the peers into ${dir} (once): ${specs.join(', ')}`);
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      dir,
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--no-save',
      '--loglevel=error',
      ...specs,
    ],
    { stdio: 'inherit' },
  );
  writeFileSync(marker, wanted);
  return dir;
}

// The Node.js floor the README and `engines` state must be true of every installed package:
// a newcomer's `npm install` on that Node prints no EBADENGINE warning.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { test } from 'node:test';
import semver from 'semver';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const pkg = read('package.json');
const lock = read('package-lock.json');
const floor = semver.minVersion(pkg.engines.node).version;

test('the README states the same Node.js floor as package.json', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const [major, minor] = floor.split('.');
  assert.match(readme, new RegExp(`Node\\.js ${major}\\.${minor} or newer`));
});

test(`every locked package runs on Node.js ${floor} (no EBADENGINE warning)`, () => {
  const refusing = Object.entries(lock.packages)
    .filter(([path, meta]) => path && typeof meta.engines?.node === 'string')
    .filter(([, meta]) => !semver.satisfies(floor, meta.engines.node))
    .map(([path, meta]) => `${path.replace(/^.*node_modules\//, '')}@${meta.version} wants node ${meta.engines.node}`);
  assert.deepEqual(refusing, []);
});

test('the Node.js running the tests is one the project declares', () => {
  assert.ok(semver.satisfies(process.version, pkg.engines.node), `${process.version} is outside ${pkg.engines.node}`);
});

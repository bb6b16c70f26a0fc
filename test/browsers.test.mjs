// The browsers that get the widget, said once (package.json's browserslist) and held: the built file's
// syntax needs nothing newer than those browsers parse, so only the APIs the widget uses set the floor, and
// the README names the same versions. Run by node's test runner after a build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { transformSync } from 'esbuild';

const floor = JSON.parse(readFileSync('package.json', 'utf8')).browserslist;
const engines = floor.map((query) => query.replace('ios_saf', 'ios').replace(' >= ', ''));

test('the built file needs no syntax newer than the oldest browsers that get the widget', () => {
  const file = readFileSync('dist/belarus-solidarity.js', 'utf8');
  // esbuild rewrites any syntax a target lacks (or refuses to): unchanged output means there was none.
  const as = (target) => transformSync(file, { target, charset: 'utf8' }).code;
  assert.ok(as(engines) === as('esnext'), `dist/belarus-solidarity.js uses syntax newer than ${engines.join(', ')}`);
});

test('the README names the same oldest versions as package.json', () => {
  const readme = readFileSync('README.md', 'utf8');
  const names = { chrome: 'Chromium', firefox: 'Firefox', safari: 'Safari', ios_saf: 'Safari on iOS' };
  for (const query of floor) {
    const [, engine, version] = /^(\w+) >= ([\d.]+)$/.exec(query);
    assert.match(readme, new RegExp(`\\| ${names[engine]} \\| ${version.replace('.', '\\.')} \\|`), `README: ${names[engine]} ${version}`);
  }
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../helpers/content.ts';

const readJson = (...path: string[]) => JSON.parse(readFileSync(join(projectRoot, ...path), 'utf8'));
const pkg = readJson('package.json');
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
/** The lowest major version a range such as ">=20", ">=22.12.0" or "^24.21.0" accepts. */
const lowestMajor = (range: string) => Number(/^(?:>=|\^)(\d+)/.exec(range)?.[1]);

test('package.json engines and the README ask a user for the same Node', () => {
  const engines = lowestMajor(pkg.engines.node);
  assert.ok(engines > 0, pkg.engines.node);
  const stated = /From a fresh clone \(Node ≥ (\d+)/.exec(readme)?.[1];
  assert.equal(Number(stated), engines);
});

test('the Node the scripts run on is one Astro accepts, whatever the system Node is', () => {
  const astro = readJson('node_modules', 'astro', 'package.json').engines.node;
  assert.ok(
    lowestMajor(pkg.devDependencies.node) >= lowestMajor(astro),
    `devDependencies.node ${pkg.devDependencies.node}, Astro needs ${astro}`,
  );
  assert.match(readme, new RegExp(`Astro 7 needs\\s+Node ≥ ${astro.replace(/^>=|\.0$/g, '')}`));
});

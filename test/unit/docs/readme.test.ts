// The README is the front page: what the project is, the two commands, the test tiers, where
// things are. Details live in docs/, so the README stays a few screens long, and a link that a
// move or a renamed heading broke is caught here rather than by a reader.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import GithubSlugger from 'github-slugger';
import { projectRoot } from '../../helpers/content.ts';

const MAX_README_LINES = 250;
const readme = join(projectRoot, 'README.md');
const docs = readdirSync(join(projectRoot, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => join(projectRoot, 'docs', name));

/** The lines of a Markdown file outside fenced code blocks, where links and headings count. */
function proseLines(file: string): string[] {
  let fenced = false;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      return !fenced;
    });
}

/** Inline link targets, without those inside `code`. */
function linkTargets(file: string): string[] {
  const prose = proseLines(file)
    .join('\n')
    .replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!);
}

/** GitHub's heading anchors: github-slugger over the heading's text without its markup. */
function headingAnchors(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const line of proseLines(file)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const text = heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '');
    anchors.add(slugger.slug(text));
  }
  return anchors;
}

/** Every problem with the relative links of `file`: a missing file or a missing heading. */
function brokenLinks(file: string): string[] {
  const problems: string[] = [];
  for (const target of linkTargets(file)) {
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(target)) continue;
    const [path = '', anchor] = decodeURIComponent(target).split('#', 2);
    const linked = path === '' ? file : join(path.startsWith('/') ? projectRoot : dirname(file), path);
    const where = `${relative(projectRoot, file)} → ${target}`;
    if (!existsSync(linked)) problems.push(`${where}: no such file`);
    else if (anchor && linked.endsWith('.md') && !headingAnchors(linked).has(anchor))
      problems.push(`${where}: no heading with that anchor`);
  }
  return problems;
}

test(`the README fits on a few screens (at most ${MAX_README_LINES} lines)`, () => {
  const lines = readFileSync(readme, 'utf8').trimEnd().split('\n').length;
  assert.ok(lines <= MAX_README_LINES, `README.md has ${lines} lines; move details to docs/`);
});

test('every relative link in the README and docs/ opens a file, and every #anchor a heading on it', () => {
  assert.ok(
    linkTargets(readme).some((target) => target.startsWith('docs/')),
    'the README links docs/',
  );
  assert.deepEqual([readme, ...docs].flatMap(brokenLinks), []);
});

test('every document in docs/ is linked from the README', () => {
  const linked = new Set(linkTargets(readme).map((target) => join(projectRoot, target.split('#')[0]!)));
  assert.deepEqual(
    docs.filter((file) => !linked.has(file)).map((file) => relative(projectRoot, file)),
    [],
  );
});

test('anchors are computed as GitHub does, and a missing file or heading is named', () => {
  const anchors = headingAnchors(join(projectRoot, 'docs', 'dependencies.md'));
  assert.ok(anchors.has('why-npm-install-not-npm-ci'), [...anchors].join(', '));
  const folder = mkdtempSync(join(tmpdir(), 'readme-links-'));
  try {
    const file = join(folder, 'a.md');
    writeFileSync(
      file,
      [
        '## Packs at scale: shards, `cache`',
        '[ok](#packs-at-scale-shards-cache) [gone](b.md) [typo](a.md#packs) [site](https://x.cn/)',
        '```md',
        '[inside a code block](nowhere.md)',
        '```',
      ].join('\n'),
    );
    assert.deepEqual(
      brokenLinks(file).map((problem) => problem.replace(/^.*→ /, '')),
      ['b.md: no such file', 'a.md#packs: no heading with that anchor'],
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

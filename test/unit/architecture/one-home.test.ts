// Facts that once had second homes (issue 20) stay in their one home: URL shapes in routes.ts, the
// URL spelling of a code in `urlSegment`, "today" in calendar.ts, PDF reading in test/helpers/pdf.ts.
// Each rule scans source text for the shape a second home would take; each detector is tried on a
// sample first, so a rule that no longer matches anything fails instead of passing quietly.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { generatedRoots } from '../../../src/lib/routes/routes.ts';
import { TAXONOMY_KIND_IDS, TAXONOMY_KINDS } from '../../../src/schemas/taxonomy-kinds.ts';
import { projectRoot } from '../../helpers/content.ts';

function sourceLines(folders: string[], extra: string[] = []) {
  const files = folders
    .flatMap((folder) =>
      readdirSync(join(projectRoot, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
        .map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)).split('\\').join('/')),
    )
    .concat(extra);
  return files.flatMap((file) =>
    readFileSync(join(projectRoot, file), 'utf8')
      .split('\n')
      .map((text, i) => ({ file, line: i + 1, text }))
      // Comments may name a URL shape: they explain, they do not build.
      .filter(({ text }) => !/^\s*(\/\/|\*|\/\*)/.test(text)),
  );
}

const hits = (lines: ReturnType<typeof sourceLines>, pattern: RegExp, allowed: string[]) =>
  lines
    .filter(({ file, text }) => !allowed.includes(file) && pattern.test(text))
    .map(({ file, line, text }) => `${file}:${line}: ${text.trim()}`);

const facets = TAXONOMY_KIND_IDS.map((kind) => TAXONOMY_KINDS[kind].segment);
const roots = generatedRoots(facets)
  .filter(Boolean)
  .map((root) => root.replace(/[.]/g, '\\.'));
// A string or regex literal that starts with a generated folder: `'/q/'`, `` `modules/${id}` ``,
// `/^paths\/`. `content/modules/` or `join(dir, 'modules')` are not URL literals and pass.
const URL_LITERAL = new RegExp(`(?:['"\`]|/\\^)(?:\\\\?/)?(?:${roots.join('|')})\\\\?/`);

test('no URL shape is built by hand outside src/lib/routes/routes.ts', () => {
  for (const sample of ["'/q/'", '`/modules/${code}/`', '/^modules\\/[^/]+/', "'paths/'", "'print/'"])
    assert.match(sample, URL_LITERAL, sample);
  for (const sample of ["'content/modules/'", "join(dir, 'modules')", "'guide/'"])
    assert.doesNotMatch(sample, URL_LITERAL, sample);
  // A package's module specifier names a file in node_modules, not a URL: `import('qr/decode.js')`.
  const SPECIFIER = /\b(?:from\s+|import\s*\(\s*)(['"])[^'"]*\1/g;
  assert.doesNotMatch("await import('qr/decode.js')".replace(SPECIFIER, ''), URL_LITERAL);
  const lines = sourceLines(['src', 'scripts'], ['astro.config.mjs']).map((line) => ({
    ...line,
    text: line.text.replace(SPECIFIER, ''),
  }));
  assert.deepEqual(hits(lines, URL_LITERAL, ['src/lib/routes/routes.ts']), []);
});

test('a code is spelled for a URL, or compared, only through urlSegment', () => {
  const BY_HAND = /normalize\('NFKC'\)\.toLowerCase\(\)|[cC]ode\)?\.toLowerCase\(\)/;
  assert.match("code.normalize('NFKC').toLowerCase()", BY_HAND);
  assert.match('`${plan.code.toLowerCase()}.mdx`', BY_HAND);
  assert.deepEqual(hits(sourceLines(['src', 'scripts']), BY_HAND, ['src/lib/routes/routes.ts']), []);
});

test('"today" is the Beijing calendar day, never the UTC date of now', () => {
  const UTC_TODAY = /new Date\(\)\.toISOString\(\)/;
  assert.match('new Date().toISOString().slice(0, 10)', UTC_TODAY);
  assert.deepEqual(hits(sourceLines(['src', 'scripts']), UTC_TODAY, []), []);
});

test('tests read PDFs only through test/helpers/pdf.ts', () => {
  const PDF_TOOL =
    /['"](pdftotext|pdffonts|pdfimages|pdfinfo|pdftoppm|gs|zbarimg)['"]|\/URI\\s|\/Title <FEFF/;
  assert.match("spawnSync('pdftotext', [file])", PDF_TOOL);
  const lines = sourceLines(['test']).filter(({ file }) => !file.startsWith('test/fixtures/'));
  assert.deepEqual(
    hits(lines, PDF_TOOL, ['test/helpers/pdf.ts', 'test/unit/architecture/one-home.test.ts']),
    [],
  );
});

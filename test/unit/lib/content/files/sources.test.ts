import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readEntryBody } from '../../../../../src/lib/content/files/sources.ts';
import { selfChecksIn } from '../../../../../src/lib/lessons/self-checks.ts';

test('an entry that keeps no body has it read from its file, frontmatter left out', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'entry-body-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const filePath = join(dir, 'll-001.mdx');
  // A frontmatter value that looks like a self-check is not one.
  writeFileSync(
    filePath,
    `---\ntitle: "<SelfCheck question='假' options={['甲']} answer={1} />"\n---\n\n<SelfCheck question="真" options={["甲", "乙"]} answer={2} />\n`,
  );
  assert.equal(
    readEntryBody({ filePath }),
    '\n<SelfCheck question="真" options={["甲", "乙"]} answer={2} />\n',
  );
  assert.deepEqual(selfChecksIn(readEntryBody({ filePath })), [
    { question: '真', options: ['甲', '乙'], answer: 2, explanation: undefined },
  ]);
  assert.equal(readEntryBody({}), '');
});

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test, type TestContext } from 'node:test';
import { runSteps } from '../../../../scripts/lib/run-steps.ts';
import type { Step } from '../../../../scripts/lib/step-scripts.ts';

/** A file the steps append to, to show what ran and in which order. */
function journal(t: TestContext) {
  const dir = mkdtempSync(join(tmpdir(), 'run-steps-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'journal');
  writeFileSync(file, '');
  return { file, lines: () => readFileSync(file, 'utf8').split('\n').filter(Boolean) };
}

/** A Node one-liner that waits `ms`, notes `word` in the journal, then exits with `code`. */
const node = (file: string, word: string, { ms = 0, code = 0, print = '' } = {}): Step => ({
  command: process.execPath,
  args: [
    '-e',
    `setTimeout(() => { ${print ? `console.log(${JSON.stringify(print)});` : ''} require('node:fs').appendFileSync(${JSON.stringify(file)}, ${JSON.stringify(word)} + '\\n'); process.exit(${code}); }, ${ms});`,
  ],
});

function collect() {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { out, text: () => text };
}

test('a background step runs beside the next steps; the last waits for it; its output is one block', async (t) => {
  const { file, lines } = journal(t);
  const { out, text } = collect();
  const code = await runSteps(
    [
      { ...node(file, 'build', { ms: 600, print: '构建完成' }), background: true },
      node(file, 'unit'),
      node(file, 'e2e'),
    ],
    out,
  );
  assert.equal(code, 0);
  assert.deepEqual(lines(), ['unit', 'build', 'e2e']);
  assert.match(text(), /────.*（与其他步骤同时运行）的输出 ────\n构建完成\n────.* 完成 ────/);
});

test('a failed background step stops the step beside it, and nothing after runs', async (t) => {
  const { file, lines } = journal(t);
  const { out, text } = collect();
  const started = Date.now();
  const code = await runSteps(
    [
      { ...node(file, 'build', { ms: 100, code: 3, print: '内容检查发现 1 个错误' }), background: true },
      node(file, 'unit', { ms: 20_000 }),
      node(file, 'e2e'),
    ],
    out,
  );
  assert.equal(code, 3);
  assert.ok(Date.now() - started < 10_000, 'the unit step was stopped, not waited for');
  assert.deepEqual(lines(), ['build']);
  assert.match(text(), /内容检查发现 1 个错误\n────.* 失败，退出码 3 ────/);
});

test('a failed step stops the background step and the rest, with its own exit code', async (t) => {
  const { file, lines } = journal(t);
  const code = await runSteps(
    [
      { ...node(file, 'build', { ms: 20_000 }), background: true },
      node(file, 'unit', { code: 4 }),
      node(file, 'e2e'),
    ],
    new PassThrough(),
  );
  assert.equal(code, 4);
  assert.deepEqual(lines(), ['unit']);
});

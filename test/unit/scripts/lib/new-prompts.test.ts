import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { askMissing } from '../../../../scripts/lib/new-prompts.ts';
import { loadTaxonomy } from '../../../helpers/content.ts';

const taxonomy = loadTaxonomy();
const DOWN = '\u001b[B';
const BACKSPACE = '\u007f';

/**
 * Answers the prompts as a lecturer would: waits until the screen shows `expect`, then types
 * `keys`. Waiting on the screen, not on a timer, keeps the test steady on a slow machine.
 */
async function answer(given: Parameters<typeof askMissing>[0], steps: [expect: RegExp, keys: string][]) {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.on('data', (chunk: Buffer) => (screen += chunk.toString('utf8')));
  const result = askMissing(given, taxonomy, { input, output });
  for (const [expect, keys] of steps) {
    for (let waited = 0; !expect.test(screen); waited += 10) {
      if (waited > 5000) assert.fail(`the prompt never showed ${expect}:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    input.write(keys);
  }
  return { answers: await result, screen };
}

test('asks only for what the flags left out, offering choices by Chinese name', async () => {
  const { answers, screen } = await answer({ title: '支部换届选举', topic: 'knowledge-skills', hours: 2 }, [
    // In the kinds table's order. Stage: the second one; format: the third one.
    [/属于哪个阶段？/, DOWN],
    [/属于哪个阶段？/, '\r'],
    [/采用什么形式？/, DOWN + DOWN],
    [/采用什么形式？/, '\r'],
    // Groups: tick the first two, then confirm.
    [/面向哪些党员类别？/, ' '],
    [/◼/, DOWN],
    [/◼/, ' '],
    [/◼[^◼]*◼/, '\r'],
  ]);
  assert.deepEqual(answers, {
    title: '支部换届选举',
    groups: ['branch-secretary', 'party-staff'],
    stage: 'empowerment',
    topic: 'knowledge-skills',
    format: 'discussion',
    hours: 2,
    slug: undefined,
  });
  assert.match(screen, /党支部书记（branch-secretary）/);
  assert.match(screen, /赋能（empowerment）/);
  assert.doesNotMatch(screen, /课程标题|属于哪个专题/, 'what came from flags is not asked');
});

test('a typed answer that is not allowed is refused with the reason, then corrected', async () => {
  const given = {
    title: '标题',
    groups: ['ordinary'],
    stage: 'soul-casting',
    topic: 'theory',
    format: 'lecture',
  };
  const { answers, screen } = await answer(given, [
    // The prompt starts with 2 filled in: replace it with 0, which is refused.
    [/学时/, `${BACKSPACE}0\r`],
    [/实际是「0」/, `${BACKSPACE}1.5\r`],
  ]);
  assert.equal(answers.hours, 1.5);
  assert.match(screen, /学时必须是大于 0 的数字，如 2 或 1\.5，实际是「0」/);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selfChecksIn } from '../../../../src/lib/lessons/self-checks.ts';

test('reads every self-check in reading order, nested ones included', () => {
  const body = `## 一

<SelfCheck question="大庆石油会战开始于哪一年？" options={["1953 年", "1960 年", '1978 年']} answer={2} explanation="1960 年打响。" />

<Case title="案例">

<SelfCheck question="第二题" options={[\`甲\`, "乙"]} answer={1} />

</Case>
`;
  assert.deepEqual(selfChecksIn(body), [
    {
      question: '大庆石油会战开始于哪一年？',
      options: ['1953 年', '1960 年', '1978 年'],
      answer: 2,
      explanation: '1960 年打响。',
    },
    { question: '第二题', options: ['甲', '乙'], answer: 1, explanation: undefined },
  ]);
});

test('skips a self-check whose props are computed, and a body that does not parse', () => {
  assert.deepEqual(selfChecksIn('<SelfCheck question="x" options={list} answer={2} />'), []);
  assert.deepEqual(selfChecksIn('<SelfCheck question="x"'), []);
});

test('reads props as the page renders them: a constant spelled as a sum is still that constant', () => {
  assert.deepEqual(
    selfChecksIn('<SelfCheck question={"哪" + "一项？"} options={["甲", `乙`]} answer={2} />'),
    [{ question: '哪一项？', options: ['甲', '乙'], answer: 2, explanation: undefined }],
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missingAnswers, parseAnswers } from '../../../../../src/lib/content/scaffold/answers.ts';
import { loadTaxonomy } from '../../../../helpers/content.ts';

const taxonomy = loadTaxonomy();

test('good flags become answers; Chinese commas and spaces between groups are accepted', () => {
  const { answers, errors } = parseAnswers(
    { title: ' 支部换届选举 ', groups: 'branch-secretary，party-staff', stage: 'empowerment', hours: '1.5' },
    taxonomy,
  );
  assert.deepEqual(errors, []);
  assert.deepEqual(answers, {
    title: '支部换届选举',
    groups: ['branch-secretary', 'party-staff'],
    stage: 'empowerment',
    hours: 1.5,
  });
  assert.deepEqual(missingAnswers(answers), ['topic', 'format']);
});

// Flags are read, and problems reported, in the kinds table's order: the order of the header card.
test('every bad flag is reported at once, naming the flag and what is allowed', () => {
  const { errors } = parseAnswers(
    { title: ' ', groups: 'ordinary,retired', format: 'talk', hours: '2学时', slug: 'Branch_Election' },
    taxonomy,
  );
  assert.deepEqual(errors, [
    '--title：标题不能为空',
    '--format：未知的形式「talk」。可选：lecture（专题授课）, online（线上课程）, discussion（研讨）, case-study（案例分析）, simulation（实操模拟）, sand-table（沙盘推演）, on-site（现场教学）, red-education（红色教育）, forum（论坛交流）, film（观看影片）, practice（实践）, lecture-tour（宣讲）',
    '--groups：未知的党员类别「retired」。可选：branch-secretary（党支部书记）, party-staff（党务工作者）, central-group（党委中心组成员）, backbone（骨干党员）, ordinary（普通党员）, near-retirement（临近退休党员）, probationary（预备党员·新进毕业生）, development-target（发展对象）, activist（入党积极分子）',
    '--hours：学时必须是大于 0 的数字，如 2 或 1.5，实际是「2学时」',
    '--slug：文件名只能用小写字母、数字和连字符，如 branch-election，实际是「Branch_Election」',
  ]);
});

test('zero, negative and empty hours are refused', () => {
  for (const hours of ['0', '-1', '', 'abc']) {
    assert.equal(parseAnswers({ hours }, taxonomy).errors.length, 1, hours);
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentDigest } from '../../../../src/lib/reports/report-digest.ts';
import {
  checkReport,
  parseReportFile,
  reportFileName,
  serialiseReportFile,
  signReport,
} from '../../../../src/lib/reports/report-file.ts';
import { branchReport, place } from './report-fixtures.ts';

const written = async (content = branchReport('第一分公司', '运维一支部')) =>
  serialiseReportFile(await signReport(content));

test('a signed report reads back unchanged, with its digest', async () => {
  const content = branchReport('第一分公司', '运维一支部');
  const result = await parseReportFile(await written(content));
  assert.ok(result.ok);
  assert.deepEqual(result.report, content);
  assert.equal(result.digest, await contentDigest(content));
});

test('a figure changed by hand is refused; re-indenting is not a change', async () => {
  const text = await written();
  const edited = text.replace('"members": 10', '"members": 11');
  assert.notEqual(edited, text);
  assert.deepEqual(await parseReportFile(edited), {
    ok: false,
    problems: ['文件内容与校验值不符，可能被手工改动过。请让报送单位从台账或汇总页面重新导出上报文件。'],
  });
  const reindented = JSON.stringify(JSON.parse(text));
  assert.equal((await parseReportFile(reindented)).ok, true);
});

test('foreign, damaged and future files are refused with a reason', async () => {
  const problems = async (text: string) => {
    const result = await parseReportFile(text);
    return result.ok ? [] : result.problems;
  };
  assert.deepEqual(await problems(''), ['这不是上报文件：文件是空的。']);
  assert.deepEqual(await problems('{"format":"dangjian-ledger"}'), [
    '这不是上报文件：缺少标记 format: "dangjian-branch-report"。',
  ]);
  assert.match((await problems((await written()).slice(0, 200)))[0]!, /不是完整的 JSON/);
  const future = (await written()).replace('"version": 2', '"version": 3');
  assert.match((await problems(future))[0]!, /更新版本的网站生成（版本 3）/);
  const wrongType = JSON.parse(await written());
  wrongType.figures.groups[0].members = '十';
  assert.deepEqual(await problems(JSON.stringify(wrongType)), [
    '上报文件 figures.groups[0].members：应为数字。',
  ]);
});

test('a version 1 branch file verifies against its own digest and reads as version 2', async () => {
  const v1 = {
    format: 'dangjian-branch-report',
    version: 1,
    createdAt: '2027-06-30T08:00:00.000Z',
    branch: { name: '运维一支部', unit: '第一分公司', company: '某能源集团' },
    year: 2027,
    groups: [
      {
        id: 'ordinary',
        name: '普通党员',
        planVersion: '2027-4F2A',
        requiredHours: 32,
        members: 3,
        participants: 2,
        reached: 1,
        attendances: 4,
        hours: { concentrated: 8, selfStudy: 2, total: 10 },
      },
    ],
    sittings: [
      {
        sessionId: 'ordinary/q1-discussion',
        groupId: 'ordinary',
        kind: 'discussion',
        date: '2027-01-18',
        title: '第一季度专题研讨',
        hours: 2,
        attendances: 2,
      },
    ],
    hours: { concentrated: 8, selfStudy: 2, total: 10 },
    attendees: [],
    evaluations: [{ module: 'LL-001', count: 2, levels: [1, 1, 0, 0] }],
  };
  const file = { ...v1, integrity: { algorithm: 'SHA-256', digest: await contentDigest(v1) } };
  const result = await parseReportFile(JSON.stringify(file));
  assert.ok(result.ok);
  assert.equal(result.report.level, 'branch');
  assert.deepEqual(result.report.place, place('第一分公司', '运维一支部'));
  assert.deepEqual(result.report.figures.groups[0]!.planVersions, [{ version: '2027-4F2A', branches: 1 }]);
  assert.equal(result.report.figures.visits.discussions, 1);
  assert.deepEqual(result.report.figures.evaluations[0]!.levels, [1, 1, 0, 0]);
  const edited = JSON.stringify({ ...file, year: 2026 });
  assert.equal((await parseReportFile(edited)).ok, false);
});

test('a rollup file names its level and carries no branch detail', () => {
  const branch = branchReport('第一分公司', '运维一支部');
  const unit = { ...branch, level: 'unit' as const, place: { ...branch.place, branch: '' } };
  assert.deepEqual(checkReport(unit), ['上报文件中只有支部的文件可以带活动明细、列席明细和党员名单。']);
  const clean = { ...unit, sittings: undefined, attendees: undefined };
  assert.deepEqual(checkReport(clean), []);
  assert.deepEqual(checkReport({ ...clean, place: { ...clean.place, unit: ' ' } }), [
    '上报文件 place：二级单位的文件须填写所属集团、二级单位和本级名称。',
  ]);
});

test('file names say the level, the place and the year, without characters a disk refuses', () => {
  assert.equal(reportFileName(branchReport('一分公司', '运维/一支部')), '支部上报文件-运维_一支部-2027.json');
  assert.equal(
    reportFileName({ level: 'unit', place: { company: '集团', unit: '第一分公司', branch: '' }, year: 2027 }),
    '二级单位上报文件-第一分公司-2027.json',
  );
});

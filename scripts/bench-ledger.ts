// `npm run bench:ledger [-- --members 1000] [--seed 1]`: the branch ledger's work on a large
// branch, timed step by step against issue 17's targets: roster parse, finding the codes in a
// pasted chat, matching them, and the totals in at most 1 s together; writing the backup (what
// every saved change costs) in at most 50 ms. The groups are the real ones (content/taxonomy/
// groups.yaml); each group's plan is synthetic (12 modules of 2–4 学时), and every member's code
// is made with the site's own encoder, with random progress. Exits 1 when a target is missed.
import { readTaxonomySources } from '../src/lib/content/files/sources.ts';
import { readTaxonomy } from '../src/lib/content/files/taxonomy.ts';
import { setMarks } from '../src/lib/ledger/attendance.ts';
import { serialiseBackup } from '../src/lib/ledger/backup.ts';
import { findCodesInText } from '../src/lib/ledger/codes-in-text.ts';
import { changeLedger, createLedger, type LedgerGroupPlan } from '../src/lib/ledger/ledger-state.ts';
import { matchCodes } from '../src/lib/ledger/match-codes.ts';
import { parseRoster } from '../src/lib/ledger/roster.ts';
import { createLedgerSessions } from '../src/lib/ledger/sessions.ts';
import { ledgerReport, memberTotals } from '../src/lib/ledger/totals.ts';
import { fingerprintHex, pathFingerprint } from '../src/lib/plans/checksums.ts';
import { encodeCompletionCode } from '../src/lib/progress/completion-code.ts';
import { personKey } from '../src/lib/progress/person-key.ts';
import type { PublishedPath } from '../src/lib/progress/verify.ts';
import { parseCliArgs } from './lib/cli-args.ts';
import { createRandom } from './lib/prng.ts';

const USAGE = `用法：npm run bench:ledger -- [--members 1000] [--seed 1]
  测量支部学习台账的计算速度：N 名党员的名单（从表格粘贴）和 N 个完成码（混在复制的微信群聊里），
  依次计时：解析名单、找出完成码、核对并匹配、计算学时合计和上报表，合计对照 1 秒的目标；
  另测写一次备份文件的时间（每次保存改动的代价），对照 50 毫秒的目标。未达标时退出码为 1。
  党员类别取自 content/taxonomy/groups.yaml；每个类别的学习计划是模拟的（12 个模块）。
  --members  党员人数，也是完成码个数（默认 1000）
  --seed     随机种子（默认 1）`;
const { values } = parseCliArgs(
  { options: { members: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } } },
  USAGE,
);
const count = Number(values.members);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error(USAGE);
  process.exit(2);
}

const YEAR = 2027;
const TODAY = new Date(Date.UTC(YEAR, 5, 1));
const TARGET_MS = 1000;
const SAVE_TARGET_MS = 50;
const random = createRandom(seed);

// Groups from the content, each with a synthetic plan of 12 modules.
const taxonomy = readTaxonomy(readTaxonomySources(process.cwd())).record.taxonomy;
const plans = taxonomy.groups.map((group, g) => {
  const modules = Array.from({ length: 12 }, (_, i) => ({
    code: `BM-${String(g * 100 + i + 1).padStart(3, '0')}`,
    title: `模拟模块 ${i + 1}`,
    hours: random.int(2, 4),
  }));
  const fingerprint = pathFingerprint(modules.map((m) => m.code));
  return { group, modules, fingerprint, version: `${YEAR}-${fingerprintHex(fingerprint)}` };
});
const groups: LedgerGroupPlan[] = plans.map(({ group, version }) => ({
  id: group.id,
  name: group.name,
  requiredHours: group.requiredHours,
  planVersion: version,
}));
const paths: Record<string, PublishedPath> = Object.fromEntries(
  plans.map(({ group, modules, fingerprint, version }) => [
    group.id,
    {
      groupId: group.id,
      groupName: group.name,
      current: version,
      plans: [{ version, year: YEAR, fingerprint, modules }],
    },
  ]),
);

// Members with unique names, a roster as pasted from Excel, and a chat holding their codes.
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰文辉鹏飞宇浩然晨阳雪梅海波斌林峰亮',
];
const members = Array.from({ length: count }, (_, i) => {
  const plan = plans[i % plans.length]!;
  const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${
    i >= SURNAMES.length * GIVEN.length ? GIVEN[i % GIVEN.length] : ''
  }`;
  return { name, number: String(i + 1).padStart(5, '0'), plan, team: `第${(i % 8) + 1}党小组` };
});
const rosterText = [
  '序号\t姓名\t党员类别\t党员编号\t党小组',
  ...members.map((m, i) => `${i + 1}\t${m.name}\t${m.plan.group.name}\t${m.number}\t${m.team}`),
].join('\r\n');
const chat = members
  .map((m, i) => {
    const codes = m.plan.modules.map((module) => module.code);
    const code = encodeCompletionCode({
      groupId: m.plan.group.id,
      planYear: YEAR,
      pathCodes: codes,
      studied: new Set(random.sample(codes, random.int(0, codes.length))),
      person: personKey(m.name, m.number),
      date: new Date(Date.UTC(YEAR, random.int(0, 4), random.int(1, 28))),
    });
    const time = `${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    return `${m.name} ${time}\n书记好，这是我的完成码 ${i % 3 ? code : typedInLowerCase(code)} 🙏\n`;
  })
  .join('\n');

const timings: [string, number][] = [];
function timed<T>(label: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  timings.push([label, performance.now() - started]);
  return result;
}

const roster = timed('解析名单', () => parseRoster(rosterText, groups));
const found = timed('找出完成码', () => findCodesInText(chat));
const matched = timed('核对并匹配', () =>
  matchCodes(found, { rows: roster.rows, paths, today: TODAY, year: YEAR }),
);
const sessions = plans.flatMap(({ group, modules }) =>
  createLedgerSessions(
    group.id,
    [0, 1, 2, 3].map((q) => ({
      id: `q${q + 1}-study`,
      date: new Date(Date.UTC(YEAR, q * 3, 4)),
      kind: 'study' as const,
      title: `第 ${q + 1} 季度集中学习`,
      modules: modules.slice(q * 3, q * 3 + 3),
    })),
  ),
);
let attendance = {};
for (const plan of plans) {
  const ids = roster.rows.filter((row) => row.groupId === plan.group.id).map((row) => row.id);
  attendance = setMarks(attendance, ids, `${plan.group.id}/q1-study`, 'present');
}
const ledger = changeLedger(
  createLedger({ name: '模拟支部', company: '模拟集团', unit: '模拟公司' }, YEAR, groups),
  {
    roster: roster.rows,
    codes: matched.codes,
    sessions,
    attendance,
  },
);
const report = timed('学时合计与上报表', () => ledgerReport(ledger, memberTotals(ledger)));
const total = timings.reduce((sum, [, ms]) => sum + ms, 0);
const backup = timed('写备份文件（每次保存）', () => serialiseBackup(ledger));
const saveMs = timings.at(-1)![1];

const kinds = new Map<string, number>();
for (const outcome of matched.outcomes) kinds.set(outcome.kind, (kinds.get(outcome.kind) ?? 0) + 1);
console.log(
  `支部学习台账基准：${count} 名党员，${found.length} 个完成码，${plans.length} 个党员类别（计划为模拟的 12 个模块）`,
);
for (const [label, ms] of timings) console.log(`  ${label.padEnd(11, '　')} ${ms.toFixed(1).padStart(8)} ms`);
console.log(
  `  名单问题 ${roster.problems.length} 条；匹配结果 ${[...kinds].map(([k, n]) => `${k} ${n}`).join('，')}`,
);
console.log(
  `  上报表：人数 ${report.overall.members}，参学人数 ${report.overall.participants}，人次 ${report.overall.attendances}，总学时 ${report.overall.hours}，达标率 ${(report.overall.rate * 100).toFixed(1)}%`,
);
console.log(`  备份文件 ${(backup.length / 1024).toFixed(0)} KB`);
const okTotal = total <= TARGET_MS;
const okSave = saveMs <= SAVE_TARGET_MS;
console.log(`合计 ${total.toFixed(1)} ms，目标 ≤ ${TARGET_MS} ms：${okTotal ? '达标' : '未达标'}`);
console.log(`写备份 ${saveMs.toFixed(1)} ms，目标 ≤ ${SAVE_TARGET_MS} ms：${okSave ? '达标' : '未达标'}`);
const matchedAll = (kinds.get('matched') ?? 0) === count;
if (!matchedAll) console.log(`匹配数 ${kinds.get('matched') ?? 0}，应为 ${count}：未达标`);
process.exit(okTotal && okSave && matchedAll ? 0 : 1);

/** A third of the members type their code in lower case; the finder must still read it. */
function typedInLowerCase(text: string): string {
  return text.toLowerCase();
}

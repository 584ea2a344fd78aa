// `npm run qr:register`: adds every published module and every study path that is not yet in
// content/qr-registry.yaml. It only appends; existing lines are never touched.
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarToday, isoDay } from '../src/lib/platform/calendar.ts';
import { liveTargets } from '../src/lib/modules/publication.ts';
import { CONTENT_DIRS } from '../src/lib/content/files/sources.ts';
import { loadRegistry } from '../src/lib/content/qr/load-registry.ts';
import { readContentSources } from '../src/lib/content/files/sources.ts';
import { formatIssue } from '../src/lib/content/validation/report.ts';
import { validateContent } from '../src/lib/content/validation/validate-content.ts';
import { exitWithUsageIfAsked } from './lib/cli-args.ts';
import { REGISTRY_KINDS, registryCode } from '../src/schemas/registry-kinds.ts';

const HEADER = `# 二维码登记表：所有印发过的二维码。只能增加，不能删除或改动已有的行。
# 模块或学习路径下线时，在它那一行加上：
#   supersededBy: 接替它的模块编号（扫码后自动跳转）
#   retired: 给扫码党员看的说明（扫码后显示这段话）
# QR registry: every short code ever printed. Add lines only (npm run qr:register).
`;

exitWithUsageIfAsked(`用法：npm run qr:register
  把还没登记的已发布模块、学习路径和名录条目（外训基地、授课人、培训班次）追加到 content/qr-registry.yaml（只追加，不改动已有的行）。
  要登记的模块或登记表本身没有通过内容检查时，列出问题，一个也不登记，退出码 1。
  印发二维码之前运行，并把登记表的改动一起提交。`);

const root = process.cwd();
const path = join(root, CONTENT_DIRS.registry);
const today = isoDay(calendarToday());
const { modules, taxonomy, issues, registries } = validateContent(readContentSources(root));
// A registered code is forever: one that still fails the check (an unfinished module, a
// registry that does not parse) must not be made permanent. Refused before the registry is read.
const registryErrors = issues.filter(
  (issue) => issue.file === CONTENT_DIRS.registry && issue.severity === 'error',
);
const registered = new Set(registryErrors.length ? [] : loadRegistry(root).map((entry) => entry.code));
// Exactly what the checker's qr-unregistered warning asks for: every code a QR code may open.
const registryEntries = registries.records.map(({ kind, id }) => ({
  code: registryCode(kind, id),
  kind: REGISTRY_KINDS[kind].qrKind,
}));
const live = liveTargets(
  modules.map((module) => module.data),
  taxonomy.taxonomy.groups,
  registryEntries.map(({ code }) => code),
);
const missing = [
  ...[...live.modules].map((code) => ({ code, kind: 'module' })),
  ...[...live.groups].map((code) => ({ code, kind: 'path' })),
  ...registryEntries,
].filter(({ code }) => !registered.has(code));

const failing = new Set([
  ...modules
    .filter((module) => missing.some(({ code }) => code === module.data.code))
    .map((module) => module.file)
    .filter((file) => issues.some((issue) => issue.file === file && issue.severity === 'error')),
  ...(registryErrors.length ? [CONTENT_DIRS.registry] : []),
]);
if (failing.size) {
  const lines = issues.filter((issue) => failing.has(issue.file)).map(formatIssue);
  console.error(
    [
      ...lines,
      `没有登记任何二维码：${[...failing].join('、')} 没有通过内容检查。二维码一经登记就不能删除，请先修正以上错误，再运行 npm run qr:register。`,
    ].join('\n'),
  );
  process.exit(1);
}

if (!existsSync(path)) writeFileSync(path, HEADER);
const lines = missing.map(
  ({ code, kind }) => `- code: ${code}\n${kind === 'module' ? '' : `  kind: ${kind}\n`}  issued: ${today}\n`,
);
appendFileSync(path, lines.join(''));
console.log(
  missing.length
    ? `已登记 ${missing.length} 个二维码：${missing.map((m) => m.code).join('、')}`
    : '所有模块、学习路径和名录条目都已登记，无需改动。',
);

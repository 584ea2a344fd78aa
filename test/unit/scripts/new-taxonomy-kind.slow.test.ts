import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { makeTempProject } from '../../helpers/temp-project.ts';
import { withoutCi } from '../../../src/lib/platform/ci.ts';

// The proof that the kinds table is the one home of a taxonomy kind: a sixth kind, 载体, is added
// by editing only the table, the taxonomy schema file and a new YAML file (plus the module that
// uses it), and the checker, module pages, print pages, browse pages, the guide and `npm run new`
// all pick it up.
const project = makeTempProject([], { withCurriculum: true });
after(project.remove);
const at = (...path: string[]) => join(project.root, ...path);
const edit = (path: string, from: string, to: string) => {
  const text = readFileSync(at(path), 'utf8');
  assert.ok(text.includes(from), `${path} still contains ${from}`);
  writeFileSync(at(path), text.replace(from, to));
};
const run = (script: string, args: string[] = []) =>
  spawnSync(process.execPath, [script, ...args], {
    cwd: project.root,
    encoding: 'utf8',
    env: { ...withoutCi(process.env), ASTRO_TELEMETRY_DISABLED: '1', CURRICULUM_PACKS: 'html' },
  });

appendFileSync(
  at('src/schemas/taxonomy.ts'),
  '\n/** 载体: the medium through which a module reaches members. */\nexport const CarrierSchema = z.object(TermFields).strict();\n',
);
edit(
  'src/schemas/taxonomy-kinds.ts',
  "from './taxonomy.ts';\n",
  "from './taxonomy.ts';\nimport { CarrierSchema } from './taxonomy.ts';\n",
);
edit(
  'src/schemas/taxonomy-kinds.ts',
  '} as const satisfies Record<string, TaxonomyKindDefinition>;',
  `  carriers: {
    schema: CarrierSchema,
    field: 'carrier',
    many: false,
    required: false,
    label: '载体',
    labelPlural: '各载体',
    browseTitle: '按载体浏览',
    segment: 'carriers',
    note: '只填一个，可不写。',
  },
} as const satisfies Record<string, TaxonomyKindDefinition>;`,
);
writeFileSync(
  at('content/taxonomy/carriers.yaml'),
  '- id: new-media\n  name: 新媒体平台\n  nameEn: New media\n  description: 通过企业微信推送，党员在手机上学习。\n' +
    '- id: classroom\n  name: 党校课堂\n  nameEn: Classroom\n  description: 在党校教室集中学习。\n',
);
const MODULE = 'content/modules/discipline-integrity/jl-002-training-discipline.mdx';

test('an unknown 载体 id in a module is reported with its file, line and field', () => {
  edit(MODULE, '\nformat: online\n', '\nformat: online\ncarrier: paper-mail\n');
  const line = readFileSync(at(MODULE), 'utf8').split('\n').indexOf('carrier: paper-mail') + 1;
  const result = run('scripts/check.ts');
  assert.equal(result.status, 1, result.stdout + result.stderr);
  assert.match(
    result.stdout,
    new RegExp(`^${MODULE}:${line}  carrier  未知的载体「paper-mail」.*new-media（新媒体平台）`, 'm'),
  );
});

test('a 载体 is shown on the module page and its print page, browsable, and listed in the guide', () => {
  edit(MODULE, 'carrier: paper-mail', 'carrier: new-media');
  const result = run('scripts/build.ts');
  assert.equal(result.status, 0, result.stdout + result.stderr);
  const page = (path: string) => readFileSync(at('dist', path, 'index.html'), 'utf8');

  const modulePage = page('modules/jl-002');
  assert.match(
    modulePage,
    /<dt[^>]*>载体<\/dt>\s*<dd>\s*<a href="\/carriers\/new-media\/"[^>]*>\s*新媒体平台/,
  );
  assert.match(modulePage, /按载体浏览/, 'the sidebar links the new browse page');
  assert.match(page('print/modules/jl-002'), /class="print-facts"[^]*?新媒体平台/);

  assert.match(page('carriers'), /按载体浏览[^]*党校课堂/);
  assert.match(page('carriers/new-media'), /载体：新媒体平台[^]*JL-002/);

  const guide = page('guide/taxonomy');
  assert.match(guide, /data-field="carrier"[^]*载体（<code>carrier<\/code>）[^]*new-media[^]*新媒体平台/);
});

test('npm run new writes 载体 as a comment while optional, asks --carrier once required', () => {
  const flags = ['--title', '支部换届选举', '--topic', 'knowledge-skills', '--stage', 'empowerment'];
  flags.push('--format', 'simulation', '--groups', 'branch-secretary,party-staff', '--hours', '2');
  const created = (stdout: string) => /^已创建 (\S+)（/.exec(stdout)?.[1] ?? assert.fail(stdout);

  const optional = run('scripts/new.ts', flags);
  assert.equal(optional.status, 0, optional.stdout + optional.stderr);
  assert.match(readFileSync(at(created(optional.stdout)), 'utf8'), /^# carrier: 载体 id（可不写）$/m);

  edit(
    'src/schemas/taxonomy-kinds.ts',
    "required: false,\n    label: '载体'",
    "required: true,\n    label: '载体'",
  );
  assert.match(run('scripts/new.ts', ['--help']).stdout, /^ {2}--carrier +载体 id$/m);
  const missing = run('scripts/new.ts', flags);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^还缺少这些参数：--carrier\n示例：npm run new -- .* --carrier <载体 id> /);

  const required = run('scripts/new.ts', [...flags, '--carrier', 'classroom']);
  assert.equal(required.status, 0, required.stdout + required.stderr);
  assert.match(required.stdout, /内容检查：新模块没有问题。/);
  const path = created(required.stdout);
  assert.match(
    readFileSync(at(path), 'utf8'),
    /^format: simulation\ntiers: \[.*\]\ngroups: \[.*\]\ncarrier: classroom$/m,
  );

  // The shipped modules lack the now required 载体, so the check fails, but not on the new module.
  const check = run('scripts/check.ts');
  assert.equal(check.status, 1, check.stdout);
  assert.match(check.stdout, /^content\/modules\/.*  carrier  /m);
  assert.deepEqual(
    check.stdout.split('\n').filter((line) => line.startsWith(path)),
    [],
  );
});

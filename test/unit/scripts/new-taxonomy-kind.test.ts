import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { makeTempProject } from '../../helpers/temp-project.ts';

// The proof that the kinds table is the one home of a taxonomy kind: a sixth kind, 载体, is added
// by editing only the table, the taxonomy schema file and a new YAML file (plus the module that
// uses it), and the checker, module pages, print pages, browse pages and the guide all pick it up.
const project = makeTempProject([], { withCurriculum: true });
after(project.remove);
const at = (...path: string[]) => join(project.root, ...path);
const edit = (path: string, from: string, to: string) => {
  const text = readFileSync(at(path), 'utf8');
  assert.ok(text.includes(from), `${path} still contains ${from}`);
  writeFileSync(at(path), text.replace(from, to));
};
const run = (script: string) =>
  spawnSync(process.execPath, [script], {
    cwd: project.root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CURRICULUM_PACKS: 'html', CI: '' },
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
  assert.match(modulePage, /<dt>载体<\/dt>\s*<dd>\s*<a href="\/carriers\/new-media\/"[^>]*>\s*新媒体平台/);
  assert.match(modulePage, /按载体浏览/, 'the sidebar links the new browse page');
  assert.match(page('print/modules/jl-002'), /class="print-facts"[^]*?新媒体平台/);

  assert.match(page('carriers'), /按载体浏览[^]*党校课堂/);
  assert.match(page('carriers/new-media'), /载体：新媒体平台[^]*JL-002/);

  const guide = page('guide/taxonomy');
  assert.match(guide, /data-field="carrier"[^]*载体（<code>carrier<\/code>）[^]*new-media[^]*新媒体平台/);
});

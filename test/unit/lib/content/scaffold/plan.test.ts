import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ModuleAnswers } from '../../../../../src/lib/content/scaffold/answers.ts';
import { planModule, ScaffoldError } from '../../../../../src/lib/content/scaffold/plan.ts';
import { formatIssue } from '../../../../../src/lib/content/validation/report.ts';
import { readContentSources } from '../../../../../src/lib/content/files/sources.ts';
import { validateContent } from '../../../../../src/lib/content/validation/validate-content.ts';
import { FIXED_TODAY, loadTaxonomy, projectRoot } from '../../../../helpers/content.ts';

const taxonomy = loadTaxonomy();
const answers: ModuleAnswers = {
  title: '支部换届选举：实务与模拟',
  groups: ['branch-secretary', 'party-staff'],
  stage: 'empowerment',
  topic: 'knowledge-skills',
  format: 'simulation',
  hours: 2,
};
const file = (path: string, code: string, topic = 'knowledge-skills') => ({
  file: path,
  text: `---\ncode: ${code}\ntopic: ${topic}\nhours: -1\n---\n\n正文。\n`,
});
const plan = (
  overrides: Partial<ModuleAnswers> = {},
  sources = [file('content/modules/a/zs-001.mdx', 'ZS-001')],
) => planModule({ ...answers, ...overrides }, { taxonomy, sources, today: '2026-11-21' });

describe('planModule', () => {
  test('takes the number after the highest in use, also from modules that do not validate yet', () => {
    const sources = [
      file('content/modules/knowledge-skills/zs-003.mdx', 'ZS-003'),
      file('content/modules/knowledge-skills/zs-012.mdx', 'ZS-012'),
      file('content/modules/theory/ll-020.mdx', 'LL-020', 'theory'),
    ];
    assert.equal(plan({}, sources).code, 'ZS-013');
    assert.equal(plan({ topic: 'theory' }, sources).code, 'LL-021');
  });

  test('writes to content/modules/<topic>/<code>[-<slug>].mdx', () => {
    assert.equal(plan().path, 'content/modules/knowledge-skills/zs-002.mdx');
    assert.equal(
      plan({ slug: 'branch-election' }).path,
      'content/modules/knowledge-skills/zs-002-branch-election.mdx',
    );
  });

  test('refuses to overwrite a file and says what to do', () => {
    const sources = [file('content/modules/knowledge-skills/zs-002.mdx', 'ZS-001')];
    assert.throws(() => plan({}, sources), {
      name: 'Error',
      message: '文件 content/modules/knowledge-skills/zs-002.mdx 已存在，没有覆盖。请用 --slug 换一个文件名',
    });
  });

  test('stops when the prefix has used 999', () => {
    assert.throws(() => plan({}, [file('content/modules/x/zs-999.mdx', 'ZS-999')]), ScaffoldError);
  });
});

describe('the template', () => {
  const withShipped = (path: string, text: string) => {
    const sources = readContentSources(projectRoot);
    return validateContent(
      { ...sources, modules: [...sources.modules, { file: path, text }] },
      { today: FIXED_TODAY },
    );
  };

  test('passes the content check as written, for every format, beside the shipped modules', () => {
    for (const format of taxonomy.formats.map((term) => term.id)) {
      const { path, text } = planModule(
        { ...answers, format },
        { taxonomy, sources: readContentSources(projectRoot).modules, today: '2026-11-21' },
      );
      const issues = withShipped(path, text).issues.filter((issue) => issue.file === path);
      assert.deepEqual(issues.map(formatIssue), [], format);
    }
  });

  test('cannot be published while 【待填写】 remains', () => {
    const { path, text } = planModule(
      { ...answers, format: 'lecture' },
      { taxonomy, sources: readContentSources(projectRoot).modules, today: '2026-11-21' },
    );
    const published = text.replace('status: draft', 'status: published');
    // Registering the code for print (npm run qr:register) is a separate, later step.
    const lines = withShipped(path, published)
      .issues.filter((issue) => issue.file === path && issue.code !== 'qr-unregistered')
      .map(formatIssue);
    assert.deepEqual(lines, [
      `${path}:4:10  summary  还有 12 处模板占位「【待填写】」没有替换，已发布的模块不能保留  (允许: 把每处【待填写】换成正式内容；还没写完就保持 status: draft)`,
    ]);
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { renderModule } from '../../../../../src/lib/content/scaffold/template.ts';
import { splitFrontmatter } from '../../../../../src/lib/content/files/frontmatter.ts';

const values = {
  code: 'LL-008',
  tiers: ['grassroots'],
  groups: ['ordinary'],
  stage: 'soul-casting',
  topic: 'theory',
  format: 'lecture',
  hours: 1.5,
  today: '2026-11-21',
  formatRole: 'lesson' as const,
};

test('any title reads back unchanged from the frontmatter, quoted only when YAML needs it', () => {
  for (const title of ['“三会一课”：怎么开', 'a: b #c', '- 列表开头', '[方括号]', '123', "'单引号'"]) {
    const text = renderModule({ ...values, title });
    assert.equal(parse(splitFrontmatter(text).frontmatter!).title, title);
  }
  assert.match(renderModule({ ...values, title: '“三会一课”：怎么开' }), /^title: “三会一课”：怎么开$/m);
});

test('practice (hands-on) formats get an activity section, others do not', () => {
  assert.match(
    renderModule({ ...values, title: 'x', format: 'simulation', formatRole: 'practice' }),
    /^<Activity title="【待填写】活动名称">$/m,
  );
  assert.doesNotMatch(renderModule({ ...values, title: 'x', format: 'lecture' }), /<Activity/);
  assert.doesNotMatch(
    renderModule({ ...values, title: 'x', format: 'film', formatRole: 'film' }),
    /<Activity/,
  );
});

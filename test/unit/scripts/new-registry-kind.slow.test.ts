import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { makeTempProject } from '../../helpers/temp-project.ts';
import { withoutCi } from '../../../src/lib/platform/ci.ts';

// The proof that the registry kinds table is the one home of a registry kind: a fourth kind,
// 联建单位 (partner organizations of 支部联建共建), is added by touching only the files
// ARCHITECTURE.md lists under "Adding a registry kind": the table, a schema file, its content
// folder, its two pages and its QR registry line. The checker, the list and entry pages, the
// /q/ link and the sidebar all pick it up.
const project = makeTempProject([], { withCurriculum: true });
after(project.remove);
const at = (...path: string[]) => join(project.root, ...path);
const edit = (path: string, from: string, to: string) => {
  const text = readFileSync(at(path), 'utf8');
  assert.ok(text.includes(from), `${path} still contains ${from}`);
  writeFileSync(at(path), text.replace(from, to));
};
const write = (path: string, text: string) => {
  mkdirSync(join(at(path), '..'), { recursive: true });
  writeFileSync(at(path), text);
};
const run = (script: string) =>
  spawnSync(process.execPath, [script], {
    cwd: project.root,
    encoding: 'utf8',
    env: { ...withoutCi(process.env), ASTRO_TELEMETRY_DISABLED: '1', CURRICULUM_PACKS: 'off' },
  });

// 1. Its schema file.
write(
  'src/schemas/partner.ts',
  `import { z } from 'astro/zod';
import { textField } from './text-field.ts';

/** 联建单位: an organization a branch pairs with for 支部联建共建. */
export const PartnerSchema = z
  .object({
    name: textField({ max: 40 }),
    region: textField({ max: 20 }),
    note: textField({ max: 200 }).optional(),
    /** Venues visited together (content/venues/). */
    venues: z.array(z.string()).default([]),
  })
  .strict();
`,
);
// 2. Its entry in the table, and the field of it that names venues.
edit(
  'src/schemas/registry-kinds.ts',
  "import { VENUE_KINDS, VenueSchema } from './venue.ts';\n",
  "import { VENUE_KINDS, VenueSchema } from './venue.ts';\nimport { PartnerSchema } from './partner.ts';\n",
);
edit(
  'src/schemas/registry-kinds.ts',
  "      { from: 'plans', path: ['venues', '*'] },\n",
  "      { from: 'plans', path: ['venues', '*'] },\n      { from: 'partners', path: ['venues', '*'] },\n",
);
edit(
  'src/schemas/registry-kinds.ts',
  '} as const;\n\nexport type RegistryKind',
  `  partners: registryKind({
    schema: PartnerSchema,
    label: '联建单位',
    listTitle: '联建共建单位',
    listIntro: '与基层党支部结对开展联建共建的单位',
    segment: 'partners',
    qrKind: 'partner',
    title: (partner) => partner.name,
    facets: [{ key: 'region', label: '地区', valuesOf: (p) => [p.region], filter: true }],
    references: [],
  }),
} as const;

export type RegistryKind`,
);
// 3. Its content, with an unknown venue and a mobile number the checker must find.
write(
  'content/partners/village-branch.yaml',
  'name: 某村党支部\nregion: 湖南省邵阳市\nnote: 联系人 138 1234 5678\nvenues: [jinggangshan, nowhere]\n',
);
write('content/partners/steel-branch.yaml', 'name: 某钢铁企业党支部\nregion: 湖南省湘潭市\n');
// 4. Its two pages, made of the registry components.
write(
  'src/pages/partners/index.astro',
  `---
import StarlightPage from '@astrojs/starlight/components/StarlightPage.astro';
import RegistryList from '../../components/registries/RegistryList.astro';
import { getCurriculum } from '../../content.ts';
const { registries } = await getCurriculum();
---
<StarlightPage frontmatter={{ title: '联建共建单位', pagefind: false }}>
  <RegistryList kind="partners" entries={registries.partners} />
</StarlightPage>
`,
);
write(
  'src/pages/partners/[id].astro',
  `---
import StarlightPage from '@astrojs/starlight/components/StarlightPage.astro';
import RegistryFacts from '../../components/registries/RegistryFacts.astro';
import RegistryShare from '../../components/registries/RegistryShare.astro';
import { getCurriculum } from '../../content.ts';
import { registryEntryPages } from '../../lib/registries/pages.ts';
export async function getStaticPaths() {
  return registryEntryPages((await getCurriculum()).registries.partners);
}
const { entry } = Astro.props;
---
<StarlightPage frontmatter={{ title: entry.data.name, pagefind: false }}>
  <RegistryFacts kind="partners" data={entry.data} />
  <RegistryShare kind="partners" id={entry.id} label={entry.data.name} />
</StarlightPage>
`,
);
// 5. Its QR registry line.
appendFileSync(
  at('content/qr-registry.yaml'),
  '- code: partner-steel-branch\n  kind: partner\n  issued: 2026-12-06\n',
);

test('the new kind is checked: unknown references at file:line, personal numbers, unregistered codes', () => {
  const result = run('scripts/check.ts');
  assert.equal(result.status, 1, result.stdout + result.stderr);
  const file = 'content/partners/village-branch.yaml';
  assert.match(
    result.stdout,
    new RegExp(`^${file}:4  venues\\[1\\]  未知的外训基地「nowhere」.*jinggangshan`, 'm'),
  );
  assert.match(result.stdout, new RegExp(`^${file}:3:11  note  「138 1234 5678」像是个人手机号码`, 'm'));
  assert.match(result.stdout, new RegExp(`^${file}:1  code  警告 partner-village-branch 还没有登记`, 'm'));
});

test('the new kind is registered for QR codes, and has a list, entry pages with a working /q/ link, and a sidebar link', () => {
  edit('content/partners/village-branch.yaml', 'note: 联系人 138 1234 5678\n', 'note: 联系党委组织部\n');
  edit('content/partners/village-branch.yaml', ', nowhere]', ']');
  // `npm run qr:register` records the new entry with its kind; the check then has nothing to say.
  const register = run('scripts/qr-register.ts');
  assert.equal(register.status, 0, register.stdout + register.stderr);
  assert.match(
    readFileSync(at('content/qr-registry.yaml'), 'utf8'),
    /^- code: partner-village-branch\n {2}kind: partner\n/m,
  );
  const check = run('scripts/check.ts');
  assert.equal(check.status, 0, check.stdout + check.stderr);
  assert.doesNotMatch(check.stdout, /partner/);
  const result = run('scripts/build.ts');
  assert.equal(result.status, 0, result.stdout + result.stderr);
  const page = (path: string) => readFileSync(at('dist', path, 'index.html'), 'utf8');

  const list = page('partners');
  assert.match(list, /<h1[^>]*>联建共建单位<\/h1>/);
  assert.match(
    list,
    /data-f-region="湖南省湘潭市"[^>]*><a href="\/partners\/steel-branch\/"[^>]*>某钢铁企业党支部<\/a>/,
  );
  assert.match(list, /<select name="region"[^>]*>/);
  assert.match(list, /href="\/partners\/"[^>]*><span[^>]*>联建共建单位</, 'the sidebar links the new list');
  const entry = page('partners/steel-branch');
  assert.match(entry, /<dt[^>]*>地区<\/dt><dd[^>]*><a href="\/partners\/\?region=/);
  assert.match(entry, /<a href="\/q\/partner-steel-branch\/">/);
  assert.match(page('q/partner-steel-branch'), /url=\/partners\/steel-branch\//);
});

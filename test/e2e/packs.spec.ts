import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { makeModule } from '../helpers/modules.ts';
import { pdfFonts, pdfLinkUris, pdfPages, pdfQrCodes, pdfText, squash } from '../helpers/pdf.ts';
import { makeTempProject } from '../helpers/temp-project.ts';
import { readContentSources } from '../../src/lib/content/files/sources.ts';
import { splitFrontmatter } from '../../src/lib/content/files/frontmatter.ts';
import type { PublishedPath } from '../../src/lib/progress/verify.ts';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const modules = readContentSources(join(import.meta.dirname, '..', '..'))
  .modules.map(({ text }) => ({ text, body: splitFrontmatter(text).body }))
  .filter(({ text }) => /^status: published$/m.test(text))
  .map(({ text, body }) => ({
    code: /^code: (\S+)$/m.exec(text)![1]!,
    title: /^title: (.+)$/m.exec(text)![1]!,
    // A sentence of body text: the first plain paragraph line after a heading.
    sentence: /^##[^\n]*\n\n([^<\n|#-][^\n]{12})/m.exec(body)![1]!,
    note: /<LecturerNote>\s*\n+\s*(?:- )?([^\n]{10})/.exec(body)?.[1],
  }));

test.describe.configure({ mode: 'parallel' });

test('every module has a member and a lecturer pack with embedded Chinese fonts, its title and body text', () => {
  expect(modules.length).toBeGreaterThanOrEqual(36);
  for (const module of modules) {
    for (const edition of ['', '-lecturer']) {
      const file = join(dist, 'packs', 'modules', `${module.code.toLowerCase()}${edition}.pdf`);
      expect(existsSync(file), file).toBe(true);
      const text = pdfText(file);
      expect(text, `${file}: title`).toContain(squash(module.title));
      expect(text, `${file}: body`).toContain(squash(module.sentence));
    }
  }
  const fonts = pdfFonts(join(dist, 'packs', 'modules', `${modules[0]!.code.toLowerCase()}.pdf`));
  expect(fonts).toContainEqual({
    name: expect.stringMatching(/NotoSerifSC/),
    type: 'CID TrueType',
    encoding: 'Identity-H',
    embedded: true,
  });
});

test('lecturer notes appear only in the lecturer edition', () => {
  const withNotes = modules.filter((module) => module.note);
  expect(withNotes.length).toBeGreaterThan(0);
  for (const module of withNotes) {
    const slug = module.code.toLowerCase();
    expect(pdfText(join(dist, 'packs', 'modules', `${slug}.pdf`))).not.toContain(squash(module.note!));
    expect(pdfText(join(dist, 'packs', 'modules', `${slug}-lecturer.pdf`))).toContain(squash(module.note!));
  }
});

test('a path pack ends with sign-in sheets, the assessment form and discussion records', () => {
  const text = pdfText(join(dist, 'packs', 'paths', 'activist.pdf'));
  for (const heading of [
    '签到表（一场一签）：第一季度集中学习',
    '签到表（一场一签）：第四季度专题研讨',
    '学员培训考核登记表',
    '研讨记录：第一季度专题研讨',
    '好办法',
    '金点子',
    '小妙招',
    '党支部意见',
  ]) {
    expect(text).toContain(squash(heading));
  }
  // The forms follow the modules and the list of electives; the 目录 names them first.
  const electives = text.indexOf(squash('选修课程（扫码学习'));
  expect(electives).toBeGreaterThan(text.indexOf(squash('从递交申请书到按期转正')));
  expect(text.indexOf(squash('签到表（一场一签）'))).toBeGreaterThan(electives);
});

// Branches without a roster print these blank sheets: one per session of the year in both
// cadences (the .ics files hold the same sessions), the 12 monthly 主题党日 included, two to a page.
test('a path pack has a blank sign-in sheet for every session, the monthly 主题党日 too, two to a page', () => {
  const events = (cadence: string) =>
    readFileSync(join(dist, 'paths', 'activist', `${cadence}.ics`), 'utf8').match(/^BEGIN:VEVENT/gm)!.length;
  const sessions = events('quarterly') + events('monthly');
  expect(events('monthly')).toBe(12);
  const heading = squash('签到表（一场一签）：');
  const pages = pdfPages(join(dist, 'packs', 'paths', 'activist.pdf'));
  const sheetsOn = pages.map((text) => text.split(heading).length - 1);
  const first = sheetsOn.findIndex((count) => count > 0);
  const pageCount = Math.ceil(sessions / 2);
  expect(sheetsOn.slice(first, first + pageCount)).toEqual(
    Array.from({ length: pageCount }, (_, i) => (i * 2 + 1 < sessions ? 2 : 1)),
  );
  expect(sheetsOn.reduce((sum, count) => sum + count, 0)).toBe(sessions);
  const text = pages.join('');
  for (let month = 1; month <= 12; month++) expect(text).toContain(`${heading}第${month}个月主题党日`);
  // The contents (目录) counts them.
  expect(text).toContain(squash(`签到表${sessions} 场`));
});

test('every QR code printed in the path packs and posters opens a page that exists', () => {
  const files = [
    join(dist, 'packs', 'paths', 'activist.pdf'),
    ...readdirSync(join(dist, 'packs', 'paths'))
      .filter((name) => name.endsWith('-poster.pdf'))
      .map((name) => join(dist, 'packs', 'paths', name)),
  ];
  const seen = new Set<string>();
  for (const file of files) {
    const codes = pdfQrCodes(file);
    expect(codes.length, file).toBeGreaterThan(1);
    for (const url of codes) {
      const { pathname } = new URL(url);
      expect(pathname, url).toMatch(/^\/q\/[a-z0-9-]+\/$/);
      const page = join(dist, pathname, 'index.html');
      expect(existsSync(page), `${url} → ${page}`).toBe(true);
      const target = /url=([^"]+)"/.exec(readFileSync(page, 'utf8'))?.[1];
      expect(target && existsSync(join(dist, target, 'index.html')), `${url} forwards to ${target}`).toBe(
        true,
      );
      seen.add(pathname);
    }
  }
  // The posters together carry a code for every module some group's plan requires this year.
  const required = readdirSync(join(dist, 'paths'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dist, 'paths', entry.name, 'path.json')))
    .flatMap((entry) => {
      const path = JSON.parse(
        readFileSync(join(dist, 'paths', entry.name, 'path.json'), 'utf8'),
      ) as PublishedPath;
      return path.plans.find((plan) => plan.version === path.current)!.modules.map((module) => module.code);
    });
  expect(required.length).toBeGreaterThan(0);
  for (const code of required) expect(seen.has(`/q/${code.toLowerCase()}/`), code).toBe(true);
});

test('module and path pages link their packs and show the file size', async ({ page }) => {
  for (const url of ['/modules/dx-001/', '/paths/activist/', '/packs/']) {
    await page.goto(url);
    const links = page.locator('a:has([data-pack-size])');
    expect(await links.count(), url).toBeGreaterThan(0);
    for (const text of await links.allTextContents()) expect(text, url).toMatch(/\d+(\.\d)? (KB|MB)/);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(existsSync(join(dist, href)), href).toBe(true);
    }
  }
});

test('the print pages and the CJK print font never reach the published site', () => {
  expect(existsSync(join(dist, 'print'))).toBe(false);
  const assets = readdirSync(join(dist, '_astro'));
  expect(assets.filter((name) => /noto|woff2?$/i.test(name))).toEqual([]);
});

test('printed self-checks have no dead answer control; the lecturer edition ends with the answers', () => {
  const member = pdfText(join(dist, 'packs', 'modules', 'dx-001.pdf'));
  const lecturer = pdfText(join(dist, 'packs', 'modules', 'dx-001-lecturer.pdf'));
  expect(member).toContain(squash('自测：大庆石油会战开始于哪一年？'));
  expect(member).not.toContain('查看答案');
  expect(member).not.toContain('自测题答案');
  expect(lecturer).not.toContain('查看答案');
  expect(lecturer.slice(lecturer.lastIndexOf('自测题答案'))).toContain(squash('答案：B. 1960 年'));
});

test("the lecturer edition prints the module's evaluation result when an evaluation file has it", () => {
  // content/evaluations/2026.yaml (the 2026 pilot): XS-001 at 77.5%, under the 80% line; DX-002 not rated.
  const rated = pdfText(join(dist, 'packs', 'modules', 'xs-001-lecturer.pdf'));
  const result = rated.slice(rated.lastIndexOf('学员评估结果'));
  expect(result).toContain(squash('2026 年 71 人评价，满意率 77.5%，低于满意率线 80%'));
  expect(result).toContain(squash('16（22.5%）'));
  expect(result).toContain(squash('信息量（最弱）'));
  expect(pdfText(join(dist, 'packs', 'modules', 'xs-001.pdf'))).not.toContain('学员评估结果');
  expect(pdfText(join(dist, 'packs', 'modules', 'dx-002-lecturer.pdf'))).not.toContain('学员评估结果');
});

// A scratch site whose module links another as the guide teaches (`../ll-001/`), built with PDFs
// and a public SITE_URL: every link in every pack must open the public site, whatever the depth
// of the print page (the lecturer edition's is one deeper), never the server that printed it.
test.describe('links in packs', () => {
  test.describe.configure({ mode: 'serial' });
  const PUBLIC = 'https://dangjian.example.cn';
  let project: ReturnType<typeof makeTempProject>;
  let packs: string;

  test.beforeAll(() => {
    test.setTimeout(420_000);
    project = makeTempProject([]);
    packs = join(project.root, 'dist', 'packs');
    const dir = join(project.root, 'content', 'modules', 'theory');
    mkdirSync(dir, { recursive: true });
    const mdx = (code: string, body: string) =>
      `---\n${stringify({ ...makeModule({ code, title: `课程${code}` }), updated: '2026-03-10' })}---\n\n${body}\n`;
    writeFileSync(join(dir, 'll-001.mdx'), mdx('LL-001', '## 一、第一步\n\n先读原文。'));
    writeFileSync(
      join(dir, 'll-002.mdx'),
      mdx(
        'LL-002',
        '## 导入\n\n先学[前一课](../ll-001/)的[第一步](../ll-001/#一第一步)，再看[原文](https://www.gov.cn/)。',
      ),
    );
    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: project.root,
      encoding: 'utf8',
      // An example domain prints QR codes only with QR_ALLOW_LOCAL; it is never the print server.
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        CURRICULUM_PACKS: 'pdf',
        SITE_URL: PUBLIC,
        QR_ALLOW_LOCAL: '1',
      },
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
  });

  test.afterAll(() => project?.remove());

  test('a cross-module link opens the public short link or page, in both editions', () => {
    for (const edition of ['', '-lecturer']) {
      const uris = pdfLinkUris(readFileSync(join(packs, 'modules', `ll-002${edition}.pdf`)));
      expect(uris, edition).toEqual([
        `${PUBLIC}/q/ll-001/`,
        `${PUBLIC}/modules/ll-001/#${encodeURIComponent('一第一步')}`,
        'https://www.gov.cn/',
      ]);
    }
  });

  test('no link in any pack points at the machine that printed it', () => {
    const files = readdirSync(packs, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.pdf'),
    );
    expect(files.length).toBeGreaterThan(4);
    const uris = files.flatMap((file) => pdfLinkUris(readFileSync(join(packs, file))));
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) {
      expect(uri).not.toMatch(/127\.0\.0\.1|localhost|\/print\//);
      expect(uri.startsWith(`${PUBLIC}/`) || uri === 'https://www.gov.cn/', uri).toBe(true);
    }
  });
});

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { makeTempProject } from './temp-project.ts';
import { makeModule } from './modules.ts';

/**
 * Text fields as a malicious contributor would write them. Each carries markup that would run a
 * script (setting window.__pwned), load from a third-party host, or end the element it is
 * written into (<title>, <style>, <script>, a CSS comment, an .ics line), plus a Chinese word
 * the tests look for to prove the field was still shown, as text.
 */
export const HOSTILE = {
  // Titles and term names have length limits (TEXT_LIMITS: 40 and 20 characters), so these
  // payloads are as short as an attacker would have to make them: the module title ends the
  // print header's <style>, the page title ends <title> (both go through the same <head>).
  title: '标题甲</style><script>__pwned="t"</script>',
  /** A line break in a title must not start a calendar event of its own. */
  calendarTitle: '第二课\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:假会议',
  summary: '摘要乙"><script>window.__pwned="summary"</script><img src="https://evil.example/s.png">',
  objective: '目标丙</style><script>window.__pwned="objective"</script>*/ body { display: none } /*',
  discussion: '研讨丁</script><script>window.__pwned="discussion"</script><!--',
  material: '材料戊<iframe src="https://evil.example/frame"></iframe>',
  lecturer: '授课人己<svg onload="window.__pwned=\'lecturer\'">',
  group: '类别庚</script><!--',
  topic: '专题辛"><i>\nEND:VEVENT',
  pageTitle: '页面壬</title><script>__pwned="p"</script>',
  hero: '横幅癸<img src=x onerror="window.__pwned=\'hero\'">',
  // A venue and a lecturer (content/venues/, content/lecturers/): their names, a filter value
  // written into data attributes and a query, and free text on their pages.
  venue: '基地子</title><script>__pwned="v"</script>',
  region: '地区丑"><b onclick=x>',
  highlight: '要点寅<img src=x onerror="window.__pwned=\'venue\'">',
  lecturerName: '讲师卯<svg onload=x>',
  bio: '简介辰</script><script>window.__pwned="bio"</script>',
} as const;

/** The Chinese word that opens each hostile text, which must be visible on the page. */
export const visibleWord = (text: string): string => text.slice(0, 3);

/** Lesson components whose props carry markup: a box title and a self-check's texts. */
const hostileComponents = `<Case title={${JSON.stringify(HOSTILE.title)}}>\n\n案例正文。\n\n</Case>\n\n<SelfCheck question={${JSON.stringify(HOSTILE.objective)}} options={[${JSON.stringify(HOSTILE.discussion)}, "乙"]} answer={1} explanation={${JSON.stringify(HOSTILE.material)}} />\n`;

const module = (code: string, title: string, prerequisites: string[]) => {
  const data = makeModule({
    code,
    title,
    summary: HOSTILE.summary,
    lecturer: HOSTILE.lecturer,
    objectives: [HOSTILE.objective],
    discussion: [HOSTILE.discussion],
    prerequisites,
    materials: [HOSTILE.material],
  });
  // Frontmatter dates are written as YYYY-MM-DD, as lecturers write them. LL-001 shows an image,
  // so its body is compiled as MDX; LL-002's is stored as HTML (src/lib/lessons/): both ways carry
  // hostile text in component props.
  const image = code === 'LL-001' ? '\n![学习流程图](./flow.svg)\n' : '';
  return `---\n${stringify({ ...data, updated: '2026-03-10' })}---\n\n## 导入\n\n这是一段普通的正文，另见[相关课程](../${code === 'LL-001' ? 'll-002' : 'll-001'}/)和[原文](https://www.gov.cn/)。\n${image}\n${hostileComponents}`;
};

// A content page attacks through Starlight's own text fields: title, description, hero and
// banner. (Its raw-markup fields, `head` and `hero.image.html`, are refused by the checker before
// any build: see the page-head fixture.)
const page = `---\n${stringify({
  title: HOSTILE.pageTitle,
  description: HOSTILE.summary,
  hero: { title: HOSTILE.hero, tagline: HOSTILE.hero },
  banner: { content: HOSTILE.hero },
})}---\n\n这是一段普通的正文。\n`;

function renameTerm(root: string, kind: string, id: string, name: string): void {
  const file = join(root, 'content', 'taxonomy', `${kind}.yaml`);
  const document = parseDocument(readFileSync(file, 'utf8'));
  const items = document.contents as unknown as {
    items: { get(key: string): unknown; set(key: string, value: unknown): void }[];
  };
  items.items.find((item) => item.get('id') === id)!.set('name', name);
  writeFileSync(file, document.toString());
}

/**
 * An SVG that looks hostile but runs nothing: markup only as text (escaped, in CDATA, in a
 * comment), references to its own #ids and an embedded PNG. The checker must pass it, and a
 * browser that opens it directly must run nothing.
 */
export const CLEAN_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 120 40">
  <!-- <script>window.__pwned = 'comment'</script> -->
  <style>.box { fill: url(#paper) }</style>
  <defs><linearGradient id="paper"><stop offset="0" stop-color="#c8102e"/></linearGradient><path id="p" d="M0 0h8v8z"/></defs>
  <rect class="box" width="120" height="40"/>
  <use xlink:href="#p"/>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
  <text x="4" y="30">&lt;script&gt;第一步<![CDATA[<script>window.__pwned = 'cdata'</script>]]></text>
</svg>
`;

/** The same picture with a script, a handler and an external load, as a careless export leaves it. */
export const HOSTILE_SVG = CLEAN_SVG.replace(
  'viewBox=',
  'onload="window.__pwned = \'onload\'" viewBox=',
).replace(
  '</svg>',
  '<script>window.__pwned = "script"</script><image href="https://evil.example/t.png"/></svg>',
);

/** Where the hostile project keeps an SVG beside a module and one in public/ (project-relative). */
export const SVG_FILES = {
  module: 'content/modules/theory/flow.svg',
  public: 'public/icons/badge.svg',
} as const;

/** Writes `text` to both SVG files of a hostile project. */
export function writeSvgs(root: string, text: string): void {
  for (const file of Object.values(SVG_FILES)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}

/**
 * Three ways to take a URL that is already someone else's, as a contributor might try: a page on
 * a generated route (/verify/), a second page with the slug of the hostile page, and a member
 * group whose id is a module's code, so /q/ll-001/ would open the group's path.
 */
export const ROUTE_TAKERS = {
  generated: 'content/pages/verify.mdx',
  duplicate: 'content/pages/hostile/index.mdx',
  groups: 'content/taxonomy/groups.yaml',
} as const;

export function writeRouteTakers(root: string): void {
  writeFileSync(join(root, ROUTE_TAKERS.generated), '---\ntitle: 核验完成码\n---\n\n假的核验页。\n');
  mkdirSync(join(root, ROUTE_TAKERS.duplicate, '..'), { recursive: true });
  writeFileSync(join(root, ROUTE_TAKERS.duplicate), '---\ntitle: 另一页\n---\n\n抢占同一地址。\n');
  const groups = join(root, ROUTE_TAKERS.groups);
  writeFileSync(
    groups,
    readFileSync(groups, 'utf8') +
      '- id: ll-001\n  name: 短链类别\n  nameEn: Short link\n  description: 与模块编号同名。\n  tiers: [grassroots]\n  requiredHours: 32\n',
  );
}

/** A hostile venue and lecturer, one YAML file each. */
function writeRegistryEntries(root: string): void {
  const venue = {
    name: HOSTILE.venue,
    kind: 'red-base',
    region: HOSTILE.region,
    address: HOSTILE.region,
    highlights: [HOSTILE.highlight],
  };
  const lecturer = {
    name: HOSTILE.lecturerName,
    unit: HOSTILE.region,
    team: 'expert',
    topics: ['theory'],
    bio: HOSTILE.bio,
  };
  for (const [kind, data] of [
    ['venues', venue],
    ['lecturers', lecturer],
  ] as const) {
    mkdirSync(join(root, 'content', kind), { recursive: true });
    writeFileSync(join(root, 'content', kind, 'hostile.yaml'), stringify(data));
  }
}

/** A scratch project of two hostile modules, a hostile page and hostile group and topic names. */
export function makeHostileProject(): { root: string; remove: () => void } {
  const project = makeTempProject([]);
  const modules = join(project.root, 'content', 'modules', 'theory');
  mkdirSync(modules, { recursive: true });
  writeFileSync(join(modules, 'll-001-hostile.mdx'), module('LL-001', HOSTILE.title, []));
  writeFileSync(join(modules, 'll-002-hostile.mdx'), module('LL-002', HOSTILE.calendarTitle, ['LL-001']));
  writeFileSync(join(project.root, 'content', 'pages', 'hostile.mdx'), page);
  renameTerm(project.root, 'groups', 'ordinary', HOSTILE.group);
  renameTerm(project.root, 'topics', 'theory', HOSTILE.topic);
  writeRegistryEntries(project.root);
  // An SVG beside the modules (used as their image) and one in public/: clean, so the site builds.
  writeSvgs(project.root, CLEAN_SVG);
  return project;
}

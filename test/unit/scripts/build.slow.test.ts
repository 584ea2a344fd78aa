import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { makeTempProject } from '../../helpers/temp-project.ts';

// What the build pipeline writes when it succeeds; how it stops is build-failures.slow.test.ts.

// One project built both ways, with a group added to the taxonomy and nothing else (a study path
// of its own, with no module yet): the two builds are compared, and the group is read from one.
const curriculum = makeTempProject([], { withCurriculum: true });
after(curriculum.remove);
appendFileSync(
  join(curriculum.root, 'content', 'taxonomy', 'groups.yaml'),
  '- id: young-worker\n  name: 青年职工党员\n  nameEn: Young worker\n  description: 三十五岁以下的一线职工党员。\n  tiers: [grassroots]\n  requiredHours: 32\n',
);

/** Builds the project with `args` (packs off), keeps the site under its own name, returns it and the output. */
function build(args: string[]): { site: string; output: string } {
  const result = spawnSync(process.execPath, args, {
    cwd: curriculum.root,
    encoding: 'utf8',
    // Packs off: printing is the same step either way and has its own tests; the source date
    // is fixed because the copy has no Git history.
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CURRICULUM_PACKS: 'off',
      SOURCE_DATE_EPOCH: '1796000000',
    },
  });
  assert.equal(result.status, 0, result.stderr);
  const site = join(curriculum.root, `dist-${args.length}`);
  cpSync(join(curriculum.root, 'dist'), site, { recursive: true });
  rmSync(join(curriculum.root, 'dist'), { recursive: true });
  return { site, output: result.stdout + result.stderr };
}

let viaNpm: { site: string; output: string };
let bare: { site: string; output: string };
before(() => {
  viaNpm = build(['scripts/build.ts']);
  bare = build([join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
});

test('astro build and npm run build run one pipeline and write byte-identical sites', () => {
  const files = readTree(viaNpm.site);
  const bareFiles = readTree(bare.site);
  assert.deepEqual([...bareFiles.keys()], [...files.keys()]);
  // Everything the pipeline adds is there: the search index, the offline manifest, the worker.
  for (const file of ['pagefind/pagefind-entry.json', 'offline-manifest.json', 'sw.js'])
    assert.ok(files.has(file), file);
  const differing = [...files]
    .filter(([file, bytes]) => !bytes.equals(bareFiles.get(file)!))
    .map(([file]) => file);
  assert.deepEqual(differing, []);
});

test('a group added to the taxonomy, with nothing else, gets its study path', () => {
  // The build names the empty group and continues; its path page says there is nothing yet.
  assert.match(viaNpm.output, /党员类别「青年职工党员」还没有任何已发布的模块/);
  const page = readFileSync(join(viaNpm.site, 'paths', 'young-worker', 'index.html'), 'utf8');
  assert.match(page, /学习路径：青年职工党员/);
  assert.match(page, /年度要求 <strong>32 学时<\/strong>/);
});

/** Every file of a site, by its path inside it. */
function readTree(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path), readFileSync(path)] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

test('deleting a module whose QR code was printed, without a successor, fails the build', () => {
  const project = makeTempProject([], { withCurriculum: true });
  try {
    rmSync(join(project.root, 'content', 'modules', 'party-spirit', 'dx-003-graduate-first-lesson.mdx'));
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: project.root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    assert.notEqual(result.status, 0);
    assert.match(
      result.stdout + result.stderr,
      /content\/qr-registry\.yaml:\d+  code  二维码 DX-003 已经印发，但这个模块已不存在，扫码会打不开  \(允许: 在这一行加上 supersededBy/,
    );
    assert.equal(existsSync(join(project.root, 'dist')), false);
  } finally {
    project.remove();
  }
});

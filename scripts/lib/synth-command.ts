// What `npm run synth` does: write the benchmark generator's modules into a folder so anyone can
// try the site at scale. Codes continue after every code in use (modules outside the folder and
// every code ever printed), so they never collide with real modules or printed QR codes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import {
  CONTENT_DIRS,
  readContentSources,
  readTaxonomySources,
} from '../../src/lib/content/files/sources.ts';
import { readTaxonomy } from '../../src/lib/content/files/taxonomy.ts';
import { loadRegistry } from '../../src/lib/content/qr/load-registry.ts';
import { generateSyntheticModules } from './synthetic-curriculum.ts';

export interface SynthOptions {
  count: number;
  /** Folder to write into, relative to `root` or absolute. */
  out: string;
  seed?: number;
  /** Allow writing straight into content/modules. */
  force?: boolean;
}

export interface SynthResult {
  lines: string[];
  /** 0 written, 1 refused (nothing written). */
  exitCode: 0 | 1;
  /** Project-relative paths of the files written. */
  written: string[];
}

export function runSynth(root: string, { count, out, seed = 1, force = false }: SynthOptions): SynthResult {
  const outDir = resolve(root, out);
  const modulesDir = resolve(root, CONTENT_DIRS.modules);
  if (outDir === modulesDir && !force) {
    const lines = [
      `不会直接写入 ${CONTENT_DIRS.modules}：生成的模块会和真实模块混在一起，难以删除。`,
      `请写到子文件夹，如 --out ${CONTENT_DIRS.modules}/synthetic；确需写入请加 --force。`,
    ];
    return { lines, exitCode: 1, written: [] };
  }
  const inUse = [
    ...readContentSources(root)
      .modules.filter((source) => !resolve(root, source.file).startsWith(`${outDir}/`))
      .flatMap((source) => /^code:\s*["']?([A-Z]+-\d{3})/m.exec(source.text)?.[1] ?? []),
    ...loadRegistry(root).map((entry) => entry.code),
  ];
  const taxonomy = readTaxonomy(readTaxonomySources(root)).record.taxonomy;
  const files = generateSyntheticModules(count, taxonomy, seed, inUse);
  const written = files.map((file) => {
    const path = join(outDir, relative(CONTENT_DIRS.modules, file.path));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    return relative(root, path).split('\\').join('/');
  });
  const where = relative(root, outDir).split('\\').join('/') || '.';
  const lines = [`已生成 ${written.length} 个模拟模块，写入 ${where}/（种子 ${seed}）。`];
  if (!`${outDir}/`.startsWith(`${modulesDir}/`)) {
    lines.push(`注意：${where} 不在 ${CONTENT_DIRS.modules} 之下，网站和 npm run check 不会读取它。`);
  } else {
    lines.push('运行 npm run check 检查、npm run build 构建；删除这个文件夹即可还原。');
  }
  return { lines, exitCode: 0, written };
}

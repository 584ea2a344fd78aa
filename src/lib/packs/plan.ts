import type { ModuleFrontmatter } from '../../schemas/module.ts';
import type { StudyPath } from '../paths/study-path.ts';

export type PackKind = 'module' | 'lecturer' | 'path' | 'poster';

/** One printable PDF: the print page it is made from and where the file goes, both under the site root. */
export interface Pack {
  kind: PackKind;
  title: string;
  /** Print page, e.g. `print/modules/dx-001/index.html`. */
  source: string;
  /** PDF, e.g. `packs/modules/dx-001.pdf`. */
  output: string;
  /** Module code or group id the pack belongs to. */
  owner: string;
}

const KIND_LABELS: Record<PackKind, string> = {
  module: '学习包',
  lecturer: '授课人版',
  path: '学习路径学习包',
  poster: '二维码海报',
};

/**
 * Every pack the build prints: per module a member and a lecturer edition, per group path a
 * pack with all its modules and forms, and an A4 poster of its QR codes.
 */
export function createPackPlan(
  modules: readonly Pick<ModuleFrontmatter, 'code' | 'title'>[],
  paths: readonly StudyPath<unknown>[],
): Pack[] {
  const modulePacks = modules.flatMap(({ code, title }) => {
    const slug = code.toLowerCase();
    return [
      {
        kind: 'module' as const,
        title: `${title}（${KIND_LABELS.module}）`,
        source: `print/modules/${slug}/index.html`,
        output: `packs/modules/${slug}.pdf`,
        owner: code,
      },
      {
        kind: 'lecturer' as const,
        title: `${title}（${KIND_LABELS.lecturer}）`,
        source: `print/modules/${slug}/lecturer/index.html`,
        output: `packs/modules/${slug}-lecturer.pdf`,
        owner: code,
      },
    ];
  });
  const pathPacks = paths
    .filter((path) => path.modules.length > 0)
    .flatMap(({ group }) => [
      {
        kind: 'path' as const,
        title: `${group.name}${KIND_LABELS.path}`,
        source: `print/paths/${group.id}/index.html`,
        output: `packs/paths/${group.id}.pdf`,
        owner: group.id,
      },
      {
        kind: 'poster' as const,
        title: `${group.name}${KIND_LABELS.poster}`,
        source: `print/paths/${group.id}/poster/index.html`,
        output: `packs/paths/${group.id}-poster.pdf`,
        owner: group.id,
      },
    ]);
  return [...pathPacks, ...modulePacks];
}

export function packLabel(kind: PackKind): string {
  return KIND_LABELS[kind];
}

/** `146 KB`, `1.2 MB`: what a branch secretary on mobile data wants to know before downloading. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The latest `updated` date among modules: the version date printed on a pack's cover. */
export function versionDate(modules: readonly Pick<ModuleFrontmatter, 'updated'>[]): Date | undefined {
  return modules.reduce<Date | undefined>(
    (latest, { updated }) => (!latest || updated > latest ? updated : latest),
    undefined,
  );
}

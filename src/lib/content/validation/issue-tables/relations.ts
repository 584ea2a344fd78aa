import { type PathShort, type TierGroupMismatch } from '../issue-facts.ts';
import type { ShortLinkClaim, ShortLinkClash } from '../../qr/short-link-space.ts';
import type { IssueDefinition } from './definition.ts';

/**
 * How a message names the holder of a short link: `模块 DX-001`, `党员类别 id「dx-001」`, with a
 * space before the next Chinese word after a bare code.
 */
function claimName({ kind, code, issued }: ShortLinkClaim, { spaced = false } = {}): string {
  const gap = spaced ? ' ' : '';
  if (issued) return `已印发的二维码 ${code}${gap}`;
  return kind === 'module' ? `模块 ${code}${gap}` : `党员类别 id「${code}」`;
}

/** Problems between entries: references into the taxonomy, codes, prerequisites, and the study paths they add up to. */
export const RELATIONS_ISSUES = {
  'unknown-reference': {
    severity: 'error',
    message: ({ label, id }: { label: string; id: string; allowed: string }) => `未知的${label}「${id}」`,
    hint: ({ allowed }: { allowed: string }) => allowed,
    guide: 'taxonomy',
  },
  'taxonomy-dependents': {
    severity: 'warning',
    message: ({ label, count }: { label: string; count: number }) =>
      `因本文件中的${label}有错误，另有 ${count} 处依赖它的问题暂时无法判断，未逐条列出`,
    hint: '先修正本文件中上面的错误，再运行 npm run check',
    guide: 'taxonomy',
  },
  'duplicate-code': {
    severity: 'error',
    message: ({ code, otherFile }: { code: string; otherFile: string; next: string }) =>
      `编号 ${code} 已被 ${otherFile} 使用，编号不能重复`,
    hint: ({ next }: { next: string }) => `下一个可用编号 ${next}`,
    guide: 'new-module#新文件里有什么',
  },
  'duplicate-id': {
    severity: 'error',
    message: ({ label, id }: { label: string; id: string }) => `${label} id「${id}」重复`,
    guide: 'taxonomy',
  },
  'short-link-taken': {
    severity: 'error',
    message: ({ claim, holder, slug }: ShortLinkClash) =>
      `${claimName(claim, { spaced: true })}与${claimName(holder)}（${holder.file}:${holder.line}）的短链接 /q/${slug}/ 冲突：短链接不区分大小写，印出的二维码会打开错误的页面`,
    hint: ({ claim }: ShortLinkClash) =>
      claim.issued
        ? '登记表中每个短链接只能有一行（不区分大小写）；删去新加的这一行'
        : `换一个${claim.kind === 'module' ? '模块编号' : '党员类别 id'}：模块编号、党员类别 id 和已登记的二维码不能相同（不区分大小写）`,
    guide: 'writing#草稿发布与复核',
  },
  'page-slug-duplicate': {
    severity: 'error',
    message: ({ url, otherFile }: { url: string; otherFile: string }) =>
      `页面地址 ${url} 与 ${otherFile} 相同：网站只会保留其中一个页面`,
    hint: '改文件名或 slug，让每个页面的地址不同（about.mdx 和 about/index.mdx 的地址都是 /about/，地址不区分大小写）',
    guide: 'check-and-preview',
  },
  'page-slug-generated': {
    severity: 'error',
    message: ({ url, root }: { url: string; root: string; roots: readonly string[] }) =>
      `页面地址 ${url} 落在网站自动生成的地址 /${root}${root ? '/' : ''} 上（src/pages/ 和构建步骤生成）：两个页面会互相替换`,
    hint: ({ roots }: { roots: readonly string[] }) =>
      `换一个地址；首页和以这些开头的地址由网站生成：${roots.filter(Boolean).join(', ')}`,
    guide: 'check-and-preview',
  },
  'prerequisite-missing': {
    severity: 'error',
    message: ({ code }: { code: string; known: string }) => `先修模块「${code}」不存在`,
    hint: ({ known }: { known: string }) => known,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'prerequisite-draft': {
    severity: 'error',
    message: ({ code }: { code: string }) => `先修模块「${code}」仍是草稿（draft），发布后会找不到它`,
    hint: '已发布（published）的模块编号',
    guide: 'writing#草稿发布与复核',
  },
  'prerequisite-cycle': {
    severity: 'error',
    message: ({ cycle }: { cycle: readonly string[] }) => `先修关系形成循环：${cycle.join(' → ')}`,
    hint: '先修模块必须在本模块之前学习，不能互相依赖',
    guide: 'writing#frontmatter模块的基本信息',
  },
  'prerequisite-later-stage': {
    severity: 'error',
    message: ({ code, stage, ownStage }: { code: string; stage: string; ownStage: string }) =>
      `先修模块「${code}」属于更晚的阶段「${stage}」，本模块在「${ownStage}」阶段`,
    hint: '同一阶段或更早阶段的模块',
    guide: 'writing#frontmatter模块的基本信息',
  },
  'tier-group-mismatch': {
    severity: 'error',
    message: ({ groupLabel, group, tierNames }: TierGroupMismatch) =>
      `${groupLabel}「${group}」属于 ${tierNames}，但本模块的 tiers 不包含其中任何一层`,
    hint: ({ tierIds }: TierGroupMismatch) => `在 tiers 中加入 ${tierIds.join(' 或 ')}，或换一个分类`,
    guide: 'taxonomy',
  },
  'path-empty': {
    severity: 'warning',
    message: ({ groupLabel, group }: { groupLabel: string; group: string; groupId: string }) =>
      `${groupLabel}「${group}」还没有任何已发布的模块，学习路径为空`,
    hint: ({ groupId }: { groupId: string }) => `在模块的 groups 中加入 ${groupId}`,
    guide: 'taxonomy',
  },
  'path-short': {
    severity: 'warning',
    message: ({ groupLabel, group, total, required, missing }: PathShort) =>
      `${groupLabel}「${group}」的学习路径共 ${total} 学时，达不到年度要求 ${required} 学时（还差 ${missing} 学时）`,
    hint: '为该类别增加模块，或调整 requiredHours',
    guide: 'taxonomy',
  },
} as const satisfies Record<string, IssueDefinition>;

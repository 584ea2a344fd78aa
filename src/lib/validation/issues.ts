import { fieldHints } from './field-hints.ts';
import { allowedElementsHint } from '../body-policy.ts';
import type { StrayReason } from '../content-files/file-set.ts';
import {
  imageMissingHint,
  historyGapFix,
  historyGapMessage,
  qrBrokenMessage,
  STRAY_MESSAGES,
  tooSmallMessage,
  type AnchorMissing,
  type FieldHint,
  type ImageMissing,
  type LinkMalformed,
  type PathShort,
  type PlanGroupFacts,
  type PlanPrerequisite,
  type PlanShort,
  type RotationYear,
  type TierGroupMismatch,
  type TooSmall,
} from './issue-facts.ts';
import type { HistoryGap } from '../qr/registry-history.ts';

/**
 * Every problem the content check can report, with everything a lecturer reads about it: how
 * bad it is, what is wrong, what would be accepted (the `(允许: …)` part) and the guide section
 * that explains it. The issue codes are the keys of this table, so a check cannot report a code
 * that has no entry. Messages are Chinese; field names stay English because they are what the
 * lecturer types.
 */
export const ISSUES = {
  'yaml-syntax': {
    severity: 'error',
    message: ({ detail }: { detail: string }) => `YAML 格式错误：${detail}`,
    hint: '键与值之间用「: 」分隔，列表用「- 」或 [a, b]，同级缩进一致',
    guide: 'writing#frontmatter模块的基本信息',
  },
  'frontmatter-missing': {
    severity: 'error',
    message: () => '文件开头缺少以 --- 包围的 frontmatter',
    hint: '以 --- 开始和结束的 YAML 块',
    guide: 'writing#frontmatter模块的基本信息',
  },
  'field-missing': {
    severity: 'error',
    message: () => '缺少必填字段',
    hint: ({ hint }: FieldHint) => hint,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'field-type': {
    severity: 'error',
    message: ({ expected, actual }: { expected: string; actual: string } & FieldHint) =>
      `类型应为${expected}，实际是${actual}`,
    hint: ({ hint }: FieldHint) => hint,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'field-value': {
    severity: 'error',
    message: ({ value }: { value: string } & FieldHint) => `取值「${value}」无效`,
    hint: ({ hint }: FieldHint) => hint,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'field-format': {
    severity: 'error',
    message: ({ value }: { value: string } & FieldHint) => `格式不正确：「${value}」`,
    hint: ({ hint }: FieldHint) => hint,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'field-too-small': {
    severity: 'error',
    message: (limit: TooSmall & FieldHint) => tooSmallMessage(limit),
    hint: ({ hint }: FieldHint) => hint,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'field-unknown': {
    severity: 'error',
    message: ({ key, meant }: { key: string; meant: string | undefined; known: readonly string[] }) =>
      `未知字段「${key}」${meant ? `，是不是想写 ${meant}？` : ''}`,
    hint: ({ known }: { known: readonly string[] }) => known.join(', '),
    guide: 'writing#frontmatter模块的基本信息',
  },
  'date-invalid': {
    severity: 'error',
    message: ({ value }: { value: string }) => `日期无效：「${value}」`,
    hint: () => fieldHints.updated,
    guide: 'writing#frontmatter模块的基本信息',
  },
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
  'plan-file-name': {
    severity: 'error',
    message: () => '计划文件名应为计划年份，如 2027.yaml',
    hint: 'content/plans/<年份>.yaml',
    guide: 'plans#计划文件',
  },
  'plan-group-unknown': {
    severity: 'error',
    message: ({ groupLabel, id }: { groupLabel: string; id: string; allowed: string }) =>
      `计划中的${groupLabel}「${id}」不存在`,
    hint: ({ allowed }: { allowed: string }) => allowed,
    guide: 'plans#计划文件',
  },
  'plan-module-unknown': {
    severity: 'error',
    message: ({ code }: { code: string; known: string }) => `计划中的模块「${code}」不存在`,
    hint: ({ known }: { known: string }) => known,
    guide: 'plans#计划文件',
  },
  'plan-module-draft': {
    severity: 'error',
    message: ({ code }: { code: string }) => `计划中的模块「${code}」仍是草稿（draft），党员看不到它`,
    hint: '已发布（published）的模块，或先发布这个模块',
    guide: 'plans#计划文件',
  },
  'plan-module-not-for-group': {
    severity: 'error',
    message: ({ code, groupLabel, group }: PlanGroupFacts & { code: string }) =>
      `模块「${code}」不面向${groupLabel}「${group}」，不能列入这个类别的计划`,
    hint: ({ groupId }: PlanGroupFacts) => `在该模块的 groups 中加入 ${groupId}，或从这个类别的计划中删除`,
    guide: 'plans#计划文件',
  },
  'plan-module-both': {
    severity: 'error',
    message: ({ code }: { code: string }) => `模块「${code}」同时列为必修和选修`,
    hint: '每个模块只列一次：必修（required）或选修（electives）',
    guide: 'plans#计划文件',
  },
  'plan-module-repeated': {
    severity: 'error',
    message: ({ code, list }: { code: string; list: string }) => `模块「${code}」在${list}中列了两次`,
    hint: '删除重复的一行',
    guide: 'plans#计划文件',
  },
  'plan-hours-short': {
    severity: 'error',
    message: ({ groupLabel, group, year, total, required, missing }: PlanShort) =>
      `${groupLabel}「${group}」${year} 年计划的必修共 ${total} 学时，达不到年度要求 ${required} 学时（还差 ${missing} 学时）`,
    hint: '增加必修模块，或把选修模块移到必修',
    guide: 'plans#计划文件',
  },
  'default-plan-short': {
    severity: 'warning',
    message: ({
      groupLabel,
      group,
      year,
      total,
      required,
      missing,
      index,
      years,
    }: PlanShort & RotationYear) =>
      `${groupLabel}「${group}」${year} 年（${years} 年轮训的第 ${index} 年）的默认计划只有 ${total} 学时，达不到年度要求 ${required} 学时（还差 ${missing} 学时）`,
    hint: '为该类别增加模块、缩短 rotation.years，或用 npm run plan 写出并调整这一年的计划',
    guide: 'plans#轮训',
  },
  'plan-prerequisite-later': {
    severity: 'error',
    message: ({ code, prerequisite, when }: PlanPrerequisite & { when: string }) =>
      `先修模块「${prerequisite}」${when}，晚于需要它的「${code}」`,
    hint: ({ code, prerequisite }: PlanPrerequisite) => `把 ${prerequisite} 排在 ${code} 之前`,
    guide: 'plans#计划文件',
  },
  'plan-prerequisite-unplanned': {
    severity: 'error',
    message: ({ code, prerequisite }: PlanPrerequisite) =>
      `「${code}」的先修模块「${prerequisite}」不在必修中，本轮训周期更早的年度也没有学过`,
    hint: ({ code, prerequisite }: PlanPrerequisite) => `把 ${prerequisite} 加入必修，排在 ${code} 之前`,
    guide: 'plans#计划文件',
  },
  'plan-when-range': {
    severity: 'error',
    message: ({ unit, value, max }: { unit: '季度' | '月份'; value: number; max: number }) =>
      `${unit}应为 1–${max}，实际是 ${value}`,
    hint: ({ unit, max }: { unit: '季度' | '月份'; max: number }) => `1 到 ${max} 之间的整数（${unit}）`,
    guide: 'plans#计划文件',
  },
  'plan-when-conflict': {
    severity: 'error',
    message: ({ month, quarter }: { month: number; quarter: number }) => `${month} 月不在第 ${quarter} 季度`,
    hint: ({ month }: { month: number; quarter: number }) =>
      `只写 month: ${month}，或改为 quarter: ${Math.ceil(month / 3)}`,
    guide: 'plans#计划文件',
  },
  'mdx-syntax': {
    severity: 'error',
    message: ({ detail }: { detail: string }) => `MDX 语法错误：${detail}`,
    hint: '闭合每个组件标签；正文中的 < 和 { 写成 \\< 和 \\{',
    guide: 'writing#正文用-markdown-写课',
  },
  'mdx-unknown-component': {
    severity: 'error',
    message: ({ name }: { name: string; known: readonly string[] }) => `未知的组件 <${name}>`,
    hint: ({ known }: { known: readonly string[] }) => known.join(', '),
    guide: 'components',
  },
  'body-element': {
    severity: 'error',
    message: ({ name, reason }: { name: string; reason: string | undefined }) =>
      `不允许的 HTML 标签 <${name}>：${reason ?? '不在正文可用的标签之列'}`,
    hint: () => allowedElementsHint(),
    guide: 'writing#正文里能写哪些-html',
  },
  'body-attribute': {
    severity: 'error',
    message: ({ element, attribute }: { element: string; attribute: string; allowed: readonly string[] }) =>
      `<${element}> 上不允许属性「${attribute}」${/^on/i.test(attribute) ? '：事件属性会在党员的浏览器中运行代码' : ''}`,
    hint: ({ allowed }: { allowed: readonly string[] }) =>
      allowed.length ? allowed.join(', ') : '组件的普通属性；不能用 on… 事件、set:html、client: 等指令',
    guide: 'writing#正文里能写哪些-html',
  },
  'body-url': {
    severity: 'error',
    message: ({ url, scheme }: { url: string; scheme: string; schemes: readonly string[] }) =>
      `地址「${url}」使用了不允许的协议 ${scheme}:`,
    hint: ({ schemes }: { schemes: readonly string[] }) =>
      schemes.length
        ? `${schemes.map((s) => `${s}:`).join(' ')} 开头的地址，或站内的相对地址`
        : '本仓库中的文件，用相对路径引用，如 ./flow.png',
    guide: 'writing#正文里能写哪些-html',
  },
  'body-expression': {
    severity: 'error',
    message: ({ what }: { what: string }) => `${what} 中的代码会在构建时运行，正文中不允许`,
    hint: '正文中的 { 写成 \\{；组件属性只写文字、数字、true/false 或它们的列表，如 options={["甲", "乙"]}',
    guide: 'writing#正文里能写哪些-html',
  },
  'body-export': {
    severity: 'error',
    message: () => '正文中不允许 export：它会在构建时运行代码',
    hint: '删除 export；模块的信息写在 frontmatter 中',
    guide: 'writing#正文里能写哪些-html',
  },
  'body-import': {
    severity: 'error',
    message: ({ source }: { source: string }) =>
      `不允许 import「${source}」：只能引入本项目 src/components/ 中的 .astro 组件`,
    hint: '模块正文直接使用 <Case> 等组件，不需要 import',
    guide: 'components',
  },
  'body-import-missing': {
    severity: 'error',
    message: ({ source, path }: { source: string; path: string }) =>
      `import 的文件「${source}」不存在：${path}`,
    hint: '检查路径；模块正文直接使用 <Case> 等组件，不需要 import',
    guide: 'components',
  },
  'file-symlink': {
    severity: 'error',
    message: () => '这是一个符号链接（symlink）：内容检查不读链接，网站却会发布它指向的文件',
    hint: '把文件本身放进 content/ 中，删除链接',
    guide: 'check-and-preview',
  },
  'file-stray': {
    severity: 'warning',
    message: ({ reason }: { reason: StrayReason; rename: string | undefined }) => STRAY_MESSAGES[reason],
    hint: ({ rename }: { rename: string | undefined }) =>
      rename ? `改名为 ${rename}` : '模块放在 content/modules/，网站页面放在 content/pages/',
    guide: 'check-and-preview',
  },
  'file-bom': {
    severity: 'error',
    message: () => '文件以 BOM（字节顺序标记）开头：构建会读不出 frontmatter',
    hint: '用「UTF-8」而不是「UTF-8 with BOM」保存（VS Code 右下角的编码 → 通过编码保存）',
    guide: 'check-and-preview',
  },
  'file-encoding': {
    severity: 'error',
    message: () => '这一行有无法识别的字符：文件不是有效的 UTF-8 编码',
    hint: '用 UTF-8 编码重新保存（VS Code 右下角的编码 → 通过编码重新打开 GB 18030，再通过编码保存 UTF-8）',
    guide: 'check-and-preview',
  },
  'file-large': {
    severity: 'warning',
    message: ({ kb, limit }: { kb: number; limit: number }) =>
      `文件有 ${kb} KB，超过 ${limit} KB：党员在手机上打开会很慢，构建和打印学习包也会明显变慢`,
    hint: '把内容拆成几个模块，或把长篇原文作为附件链接',
    guide: 'check-and-preview',
  },
  'file-too-large': {
    severity: 'error',
    message: ({ kb, limit }: { kb: number; limit: number }) =>
      `文件有 ${kb} KB，超过上限 ${limit} KB：手机上几乎打不开这样的页面，构建要多花几分钟`,
    hint: '把内容拆成几个模块，或把长篇原文作为附件链接',
    guide: 'check-and-preview',
  },
  'yaml-tag': {
    severity: 'error',
    message: ({ tag }: { tag: string }) => `不允许 YAML 标签「${tag}」：构建无法读取它`,
    hint: '直接写值；需要以 ! 开头的文字时加引号，如 "!重要"',
    guide: 'writing#frontmatter模块的基本信息',
  },
  'yaml-alias': {
    severity: 'error',
    message: ({ count }: { count: number }) =>
      `不允许 YAML 锚点（&）和别名（*）（共 ${count} 处，这是第一处）：它们能把几行文字展开成巨大的数据`,
    hint: '把内容直接写出来；需要以 & 或 * 开头的文字时加引号',
    guide: 'writing#frontmatter模块的基本信息',
  },
  'page-title-missing': {
    severity: 'error',
    message: () => '网站页面缺少 title',
    hint: 'frontmatter 中写 title: 页面标题',
    guide: 'check-and-preview',
  },
  'page-field-refused': {
    severity: 'error',
    message: ({ key }: { key: string }) =>
      `页面 frontmatter 中的 ${key} 会把原样的 HTML 或脚本放进页面，不允许`,
    hint: '删去这一项；页面的样子由网站统一决定，正文中可用的 HTML 见授课人指南',
    guide: 'writing#正文里能写哪些-html',
  },
  'body-empty': {
    severity: 'error',
    message: () => '正文为空，模块至少需要一段内容',
    hint: '在 frontmatter 之后写正文',
    guide: 'writing#正文用-markdown-写课',
  },
  'file-unreadable': {
    severity: 'error',
    message: ({ detail }: { detail: string }) => `无法读取文件：${detail}`,
    guide: 'taxonomy',
  },
  'link-module-missing': {
    severity: 'error',
    message: ({ code }: { code: string; known: string }) => `链接的模块「${code}」不存在`,
    hint: ({ known }: { known: string }) => known,
    guide: 'writing#链接到其他模块',
  },
  'link-module-draft': {
    severity: 'error',
    message: ({ code }: { code: string }) => `链接的模块「${code}」仍是草稿（draft），发布后这个链接会打不开`,
    hint: '已发布（published）的模块，或先删除这个链接',
    guide: 'writing#链接到其他模块',
  },
  'link-anchor-missing': {
    severity: 'error',
    message: ({ code, anchor }: AnchorMissing) =>
      `${code ? `模块「${code}」` : '本模块'}中没有锚点为「#${anchor}」的标题`,
    hint: ({ anchors }: AnchorMissing) =>
      anchors.length ? anchors.map((a) => `#${a}`).join(', ') : '（该模块没有小标题）',
    guide: 'writing#链接到其他模块',
  },
  'link-malformed': {
    severity: 'error',
    message: ({ url, sourceFile }: LinkMalformed) =>
      sourceFile ? `链接「${url}」指向源文件，网站上没有这个地址` : `站内链接「${url}」的写法在网站上打不开`,
    hint: ({ fix }: LinkMalformed) => (fix ? `改成 ${fix}` : '模块页面的地址，如 ../ll-001/'),
    guide: 'writing#链接到其他模块',
  },
  'link-absolute': {
    severity: 'warning',
    message: ({ url }: { url: string; fix: string }) =>
      `链接「${url}」以 / 开头，网站部署在子路径（BASE_PATH）下时会打不开`,
    hint: ({ fix }: { fix: string }) => `改成 ${fix}`,
    guide: 'writing#链接到其他模块',
  },
  'image-alt-empty': {
    severity: 'error',
    message: ({ url }: { url: string; syntax: 'markdown' | 'jsx' }) => `图片「${url}」缺少替代文字（alt）`,
    hint: ({ syntax }: { syntax: 'markdown' | 'jsx' }) =>
      syntax === 'jsx'
        ? '在 <img> 中加 alt="用一句话说明图片内容"'
        : '在 ![ ] 的方括号里用一句话说明图片内容，如 ![支部换届选举流程图](./flow.png)',
    guide: 'writing#图片',
  },
  'image-missing': {
    severity: 'error',
    message: ({ url, path }: ImageMissing) => `图片「${url}」找不到：${path} 不存在`,
    hint: imageMissingHint,
    guide: 'writing#图片',
  },
  'image-external': {
    severity: 'error',
    message: ({ url }: { url: string }) =>
      `图片「${url}」在其他网站上：党员打开页面时手机会向那个网站发出请求，网站的安全策略也会拦下它`,
    hint: '把图片文件放进本仓库，与模块文件放在同一文件夹，用相对路径引用，如 ![流程图](./flow.png)',
    guide: 'writing#图片',
  },
  'image-unprocessed': {
    severity: 'error',
    message: ({ url }: { url: string }) => `<img> 中的相对路径「${url}」不会被处理，网站上显示不出来`,
    hint: ({ url }: { url: string }) => `改用 Markdown 写法 ![图片说明](${url})`,
    guide: 'writing#图片',
  },
  'review-due': {
    severity: 'warning',
    message: ({ date, days }: { date: string; days: number }) =>
      `复核日期 ${date} 已过 ${days} 天，内容需要复核`,
    hint: '复核内容后，把 updated 改为复核当天，并把 reviewBy 改为下一次复核日期',
    guide: 'writing#草稿发布与复核',
  },
  'content-old': {
    severity: 'warning',
    message: ({
      months,
      updated,
      due,
      days,
    }: {
      months: number;
      updated: string;
      due: string;
      days: number;
    }) => `内容已超过 ${months} 个月未更新（上次更新 ${updated}），应在 ${due} 前复核，已过 ${days} 天`,
    hint: '复核内容后把 updated 改为复核当天；期限由 content/settings.yaml 的 review.maxAgeMonths 设定',
    guide: 'writing#草稿发布与复核',
  },
  'placeholder-left': {
    severity: 'error',
    message: ({ count }: { count: number }) =>
      `还有 ${count} 处模板占位「【待填写】」没有替换，已发布的模块不能保留`,
    hint: '把每处【待填写】换成正式内容；还没写完就保持 status: draft',
    guide: 'writing#草稿发布与复核',
  },
  'qr-duplicate': {
    severity: 'error',
    message: ({ code }: { code: string }) => `二维码 ${code} 登记了两次`,
    guide: 'writing#草稿发布与复核',
  },
  'qr-broken': {
    severity: 'error',
    message: qrBrokenMessage,
    hint: '在这一行加上 supersededBy: 接替它的模块编号，或 retired: 给扫码党员看的说明',
    guide: 'writing#草稿发布与复核',
  },
  'qr-unregistered': {
    severity: 'warning',
    message: ({ code }: { code: string }) =>
      `${code} 还没有登记到 content/qr-registry.yaml，印发它的二维码之前请先登记`,
    hint: '运行 npm run qr:register 自动登记',
    guide: 'writing#草稿发布与复核',
  },
  'qr-history-missing': {
    severity: 'warning',
    message: ({ gap }: { gap: HistoryGap }) => historyGapMessage(gap),
    hint: ({ gap }: { gap: HistoryGap }) => historyGapFix(gap),
    guide: 'check-and-preview',
  },
  'qr-history-required': {
    severity: 'error',
    message: ({ gap }: { gap: HistoryGap }) => `${historyGapMessage(gap)}；CI 中不允许跳过这项检查`,
    hint: ({ gap }: { gap: HistoryGap }) => historyGapFix(gap),
    guide: 'check-and-preview',
  },
  'qr-deleted': {
    severity: 'error',
    message: ({ code }: { code: string }) =>
      `content/qr-registry.yaml 删除了已印发的二维码 ${code}：登记表只能增加，不能删除`,
    hint: '恢复这一行；模块下线时改写为 supersededBy 或 retired',
    guide: 'writing#草稿发布与复核',
  },
} as const satisfies Record<string, IssueDefinition>;

/** What one entry of `ISSUES` says about its code. */
export interface IssueDefinition {
  /** Errors stop the build; warnings are printed and let it go on. */
  severity: 'error' | 'warning';
  /** What is wrong, in Chinese, from the facts the check found. */
  message: (args: never) => string;
  /** What would be accepted: fixed text, or worked out from the same facts; absent when nothing helps. */
  hint?: string | ((args: never) => string | undefined);
  /** The lecturer guide page (content/pages/guide/<page>.mdx) and heading that explain the fix. */
  guide: GuideSection;
}

/** A page of the lecturer guide, optionally with the anchor of one of its headings. */
export type GuideSection = GuidePage | `${GuidePage}#${string}`;
type GuidePage = 'writing' | 'taxonomy' | 'components' | 'new-module' | 'check-and-preview' | 'plans';

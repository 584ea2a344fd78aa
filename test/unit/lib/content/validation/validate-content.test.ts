import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatIssue } from '../../../../../src/lib/content/validation/report.ts';
import { readContentSources, type ContentSources } from '../../../../../src/lib/content/files/sources.ts';
import { validateContent } from '../../../../../src/lib/content/validation/validate-content.ts';
import { brokenFixture, brokenFixtureNames, FIXED_TODAY, projectRoot } from '../../../../helpers/content.ts';
import { REGISTRY_KIND_IDS } from '../../../../../src/schemas/registry-kinds.ts';

// The exact lines a lecturer sees for each kind of broken module (test/fixtures/broken/<name>/),
// errors and warnings alike, judged on FIXED_TODAY.
const expected: Record<string, string[]> = {
  'bad-code': [
    'module.mdx:3  code  格式不正确：「ts1」  (允许: 2–4 个大写字母、连字符和 3 位数字，如 DX-012)',
  ],
  'bad-enum': ['module.mdx:15  status  取值「publish」无效  (允许: draft, published)'],
  'draft-prerequisite': [
    'module.mdx:13  prerequisites[0]  先修模块「TS-002」仍是草稿（draft），发布后会找不到它  (允许: 已发布（published）的模块编号)',
  ],
  'duplicate-code': [
    'b.mdx:3  code  编号 TS-001 已被 test/fixtures/broken/duplicate-code/a.mdx 使用，编号不能重复  (允许: 下一个可用编号 TS-002)',
  ],
  'empty-body': ['module.mdx:17  body  正文为空，模块至少需要一段内容  (允许: 在 frontmatter 之后写正文)'],
  'invalid-date': [
    'module.mdx:14  updated  日期无效：「2026-02-30」  (允许: YYYY-MM-DD 格式的真实日期，如 2026-03-15)',
  ],
  'malformed-yaml': [
    'module.mdx:4:10  frontmatter  YAML 格式错误：冒号位置不对，可能少了空格或引号（Nested mappings are not allowed in compact mappings）  (允许: 键与值之间用「: 」分隔，列表用「- 」或 [a, b]，同级缩进一致)',
  ],
  'missing-prerequisite': ['module.mdx:13  prerequisites[0]  先修模块「TS-404」不存在  (允许: TS-001)'],
  'missing-title': [
    'module.mdx:2  title  缺少必填字段  (允许: 非空文本，最多 40 个字，不含表情符号和看不见的字符)',
  ],
  'negative-hours': [
    'module.mdx:10  hours  必须大于 0，实际是 -2  (允许: 大于 0 的数字，可以是小数，如 1.5)',
  ],
  'prerequisite-later-stage': [
    'module.mdx:13  prerequisites[0]  先修模块「TS-002」属于更晚的阶段「赋能」，本模块在「铸魂」阶段  (允许: 同一阶段或更早阶段的模块)',
  ],
  'prerequisite-cycle': [
    'a.mdx:13  prerequisites  先修关系形成循环：TS-001 → TS-002 → TS-001  (允许: 先修模块必须在本模块之前学习，不能互相依赖)',
  ],
  'tier-group-mismatch': [
    'module.mdx:6  groups[1]  党员类别「入党积极分子」属于 基层党员，但本模块的 tiers 不包含其中任何一层  (允许: 在 tiers 中加入 grassroots，或换一个分类)',
  ],
  'unclosed-component': [
    'module.mdx:20:1  body  MDX 语法错误：组件 <Case> 缺少结束标签 </Case>  (允许: 闭合每个组件标签；正文中的 < 和 { 写成 \\< 和 \\{)',
  ],
  'unknown-component': [
    'module.mdx:22:1  body  未知的组件 <Quiz>  (允许: Objectives, KeyPoints, Case, Discussion, Activity, SelfCheck, LecturerNote)',
  ],
  'unknown-field': [
    'module.mdx:2  hours  缺少必填字段  (允许: 大于 0 的数字，可以是小数，如 1.5)',
    'module.mdx:10  hour  未知字段「hour」，是不是想写 hours？  (允许: title, code, summary, keywords, topic, stage, format, tiers, groups, hours, lecturer, venues, objectives, discussion, prerequisites, materials, updated, reviewBy, status)',
  ],
  'unknown-group': [
    'module.mdx:6  groups[1]  未知的党员类别「retired-cadre」  (允许: branch-secretary（党支部书记）, party-staff（党务工作者）, central-group（党委中心组成员）, backbone（骨干党员）, ordinary（普通党员）, near-retirement（临近退休党员）, probationary（预备党员·新进毕业生）, development-target（发展对象）, activist（入党积极分子）)',
  ],
  'registry-unknown-venue': [
    '2027.yaml:3  venues[1]  未知的外训基地「jiaxing」  (允许: jinggangshan)',
    '2027.yaml:4  venues[2]  外训基地「jinggangshan」在外训名录中列了两次  (允许: 删除重复的一行)',
    'a.mdx:11  venues[1]  未知的外训基地「yan-an」  (允许: jinggangshan)',
    'content/venues/jinggangshan.yaml:7  groups[1]  未知的党员类别「retired-cadre」  (允许: branch-secretary（党支部书记）, party-staff（党务工作者）, central-group（党委中心组成员）, backbone（骨干党员）, ordinary（普通党员）, near-retirement（临近退休党员）, probationary（预备党员·新进毕业生）, development-target（发展对象）, activist（入党积极分子）)',
  ],
  'registry-unknown-lecturer': [
    'a.mdx:11  lecturer  未知的授课人「zhang-laoshi」  (允许: li-shuji)',
    'a.mdx:12  venues[0]  未知的外训基地「li-shuji」  (允许: （content/venues/ 下还没有文件）)',
    'a.mdx:12  venues  警告 「专题授课」形式的模块列出了外训基地：外训基地只属于现场、实践类的模块  (允许: 形式为 simulation（实操模拟）, sand-table（沙盘推演）, on-site（现场教学）, red-education（红色教育）, practice（实践） 的模块；其他模块删除 venues)',
    'b.mdx:11  lecturer  警告 「李书记」是师资库里的授课人，写名字不会链接到他的页面  (允许: 写他的 id：li-shuji)',
    'content/lecturers/li-shuji.yaml:4  topics[1]  未知的专题「gossip」  (允许: theory（政治理论）, party-spirit（党性教育）, situation-policy（形势政策）, knowledge-skills（知识技能）, discipline-integrity（纪律与廉洁）, comprehensive（综合素质）)',
  ],
  'class-day-out-of-range': [
    'content/classes/rotation.yaml:17  days[2].date  第 3 天的日期 2027-04-16 不在班次日期 2027-04-13 至 2027-04-15 之内  (允许: 2027-04-13 至 2027-04-15 之间的日期，或改动 startDate / endDate)',
  ],
  'class-lecturer-double-booked': [
    'content/classes/activist.yaml:19  days[0].sessions[2].lecturers[0]  授课人「组织部李老师」在 2027-06-08 下午同时排了两场课：「第一组：入党申请书怎样写」和「第二组：入党申请书怎样写」  (允许: 同一个半天，一位授课人只排一场课；换一位授课人，或把其中一场移到别的半天)',
  ],
  'personal-mobile': [
    'content/lecturers/wang.yaml:5:11  bio  「１３８ １２３４ ５６７８」像是个人手机号码，不能发布  (允许: 单位的公开电话（如 0796-6551234 或 400 电话）；个人联系方式请勿写入)',
    'content/lecturers/wang.yaml:6:15  specialties  「+86 139-0000-1111」像是个人手机号码，不能发布  (允许: 单位的公开电话（如 0796-6551234 或 400 电话）；个人联系方式请勿写入)',
    'content/venues/base.yaml:6:13  highlights  「13912345678」像是个人手机号码，不能发布  (允许: 单位的公开电话（如 0796-6551234 或 400 电话）；个人联系方式请勿写入)',
    'content/venues/base.yaml:7:9  highlights  「110105 19800101 123X」像是身份证号码，不能发布  (允许: 删除证件号码；课程和名录里不需要任何证件号码)',
  ],
  'link-missing-module': ['module.mdx:20:10  body  链接的模块「TS-404」不存在  (允许: TS-001)'],
  'link-draft-module': [
    'module.mdx:20:10  body  链接的模块「TS-002」仍是草稿（draft），发布后这个链接会打不开  (允许: 已发布（published）的模块，或先删除这个链接)',
  ],
  'link-missing-anchor': [
    'module.mdx:20:6  body  模块「TS-002」中没有锚点为「#第三步」的标题  (允许: #第一步读原文, #第二步找问题)',
  ],
  'link-malformed': [
    'module.mdx:20:3  body  站内链接「/modules/TS-002」的写法在网站上打不开  (允许: 改成 ../ts-002/)',
    'module.mdx:21:3  body  链接「./methods.mdx」指向源文件，网站上没有这个地址  (允许: 改成 ../ts-002/)',
  ],
  'link-absolute': [
    'module.mdx:20:3  body  警告 链接「/modules/ts-002/」以 / 开头，网站部署在子路径（BASE_PATH）下时会打不开  (允许: 改成 ../ts-002/)',
  ],
  'image-missing': [
    'module.mdx:20:1  body  图片「./images/election-flow.png」找不到：test/fixtures/broken/image-missing/images/election-flow.png 不存在  (允许: 把图片放到 test/fixtures/broken/image-missing/images/ 中，路径相对于本模块文件)',
  ],
  'image-external': [
    'module.mdx:20:1  body  图片「https://img.example.cn/election-flow.png」在其他网站上：党员打开页面时手机会向那个网站发出请求，网站的安全策略也会拦下它  (允许: 把图片文件放进本仓库，与模块文件放在同一文件夹，用相对路径引用，如 ![流程图](./flow.png))',
  ],
  'image-empty-alt': [
    'module.mdx:20:1  body  图片「./photo.png」缺少替代文字（alt）  (允许: 在 ![ ] 的方括号里用一句话说明图片内容，如 ![支部换届选举流程图](./flow.png))',
  ],
  'image-jsx-relative': [
    'module.mdx:20:1  body  <img> 中的相对路径「./photo.png」不会被处理，网站上显示不出来  (允许: 改用 Markdown 写法 ![图片说明](./photo.png))',
  ],
  'review-due': [
    'module.mdx:16  reviewBy  警告 复核日期 2026-06-30 已过 144 天，内容需要复核  (允许: 复核内容后，把 updated 改为复核当天，并把 reviewBy 改为下一次复核日期)',
  ],
  'content-old': [
    'module.mdx:14  updated  警告 内容已超过 24 个月未更新（上次更新 2024-01-15），应在 2026-01-15 前复核，已过 310 天  (允许: 复核内容后把 updated 改为复核当天；期限由 content/settings.yaml 的 review.maxAgeMonths 设定)',
  ],
  'placeholder-left': [
    'module.mdx:12:5  objectives  还有 2 处模板占位「【待填写】」没有替换，已发布的模块不能保留  (允许: 把每处【待填写】换成正式内容；还没写完就保持 status: draft)',
  ],
  'plan-draft-module': [
    '2027.yaml:6  groups.activist.electives[0]  计划中的模块「TS-002」仍是草稿（draft），党员看不到它  (允许: 已发布（published）的模块，或先发布这个模块)',
  ],
  'plan-file-name': [
    'plan-2027.yaml:1  plan  计划文件名应为计划年份，如 2027.yaml  (允许: content/plans/<年份>.yaml)',
  ],
  'plan-group-unknown': [
    '2027.yaml:5  groups.retired-cadre  计划中的党员类别「retired-cadre」不存在  (允许: branch-secretary, party-staff, central-group, backbone, ordinary, near-retirement, probationary, development-target, activist)',
  ],
  'plan-hours-short': [
    '2027.yaml:4  groups.activist.required  党员类别「入党积极分子」2027 年计划的必修共 2 学时，达不到年度要求 16 学时（还差 14 学时）  (允许: 增加必修模块，或把选修模块移到必修)',
  ],
  'plan-module-both': [
    '2027.yaml:6  groups.activist.electives[0]  模块「TS-001」同时列为必修和选修  (允许: 每个模块只列一次：必修（required）或选修（electives）)',
  ],
  'plan-module-not-for-group': [
    '2027.yaml:6  groups.activist.electives[0]  模块「TS-002」不面向党员类别「入党积极分子」，不能列入这个类别的计划  (允许: 在该模块的 groups 中加入 activist，或从这个类别的计划中删除)',
  ],
  'plan-module-repeated': [
    '2027.yaml:6  groups.activist.required[1]  模块「TS-001」在必修中列了两次  (允许: 删除重复的一行)',
  ],
  'plan-prerequisite-later': [
    '2027.yaml:5  groups.activist.required[0]  先修模块「TS-001」在必修列表中排在后面，晚于需要它的「TS-002」  (允许: 把 TS-001 排在 TS-002 之前)',
  ],
  'plan-prerequisite-unplanned': [
    '2027.yaml:5  groups.activist.required[0]  「TS-002」的先修模块「TS-001」不在必修中，本轮训周期更早的年度也没有学过  (允许: 把 TS-001 加入必修，排在 TS-002 之前)',
  ],
  'plan-unknown-module': [
    '2027.yaml:6  groups.activist.required[1]  计划中的模块「TS-404」不存在  (允许: TS-001)',
  ],
  'plan-when-conflict': [
    '2027.yaml:5  groups.activist.required[0].month  5 月不在第 1 季度  (允许: 只写 month: 5，或改为 quarter: 2)',
  ],
  'plan-when-range': [
    '2027.yaml:6  groups.activist.required[0].month  月份应为 1–12，实际是 13  (允许: 1 到 12 之间的整数（月份）)',
  ],
  // Every mistake in one round: a schema error does not hide an unknown group in the same file.
  'schema-and-reference': [
    'module.mdx:6  groups[1]  未知的党员类别「retired-cadre」  (允许: branch-secretary（党支部书记）, party-staff（党务工作者）, central-group（党委中心组成员）, backbone（骨干党员）, ordinary（普通党员）, near-retirement（临近退休党员）, probationary（预备党员·新进毕业生）, development-target（发展对象）, activist（入党积极分子）)',
    'module.mdx:10  hours  类型应为数字，实际是文本「两小时」  (允许: 大于 0 的数字，可以是小数，如 1.5)',
  ],
  // The draft is told to renumber, though its file sorts first: the published code may be printed.
  'draft-reuses-code': [
    'a-draft.mdx:3  code  编号 TS-001 已被 test/fixtures/broken/draft-reuses-code/b-published.mdx 使用，编号不能重复  (允许: 下一个可用编号 TS-002)',
  ],
  // A broken taxonomy file: its root cause first, then one line instead of an error per module.
  'taxonomy-malformed': [
    'content/taxonomy/groups.yaml:6:3  groups  YAML 格式错误：缩进不正确（Flow sequence in block collection must be sufficiently indented and end with a ]）  (允许: 键与值之间用「: 」分隔，列表用「- 」或 [a, b]，同级缩进一致)',
    'content/taxonomy/groups.yaml:6:3  groups  警告 因本文件中的党员类别有错误，另有 2 处依赖它的问题暂时无法判断，未逐条列出  (允许: 先修正本文件中上面的错误，再运行 npm run check)',
  ],
  // One bad entry folds only the references to that entry; the other group is judged as usual.
  'taxonomy-entry-invalid': [
    'content/taxonomy/groups.yaml:6  requiredHours  必须大于 0，实际是 -32',
    'content/taxonomy/groups.yaml:6  groups  警告 因本文件中的党员类别有错误，另有 1 处依赖它的问题暂时无法判断，未逐条列出  (允许: 先修正本文件中上面的错误，再运行 npm run check)',
    'content/taxonomy/groups.yaml:12  requiredHours  警告 党员类别「入党积极分子」的学习路径共 2 学时，达不到年度要求 32 学时（还差 30 学时）  (允许: 为该类别增加模块，或调整 requiredHours)',
  ],
  // A group naming a tier that does not exist: never advise the module to add that tier.
  'group-unknown-tier': [
    'content/taxonomy/groups.yaml:6  requiredHours  警告 党员类别「普通党员」的学习路径共 2 学时，达不到年度要求 32 学时（还差 30 学时）  (允许: 为该类别增加模块，或调整 requiredHours)',
    'content/taxonomy/groups.yaml:11  tiers  未知的层级「grasroots」  (允许: leadership, middle, grassroots)',
    'content/taxonomy/groups.yaml:11  groups  警告 因本文件中的党员类别有错误，另有 1 处依赖它的问题暂时无法判断，未逐条列出  (允许: 先修正本文件中上面的错误，再运行 npm run check)',
    'content/taxonomy/groups.yaml:12  requiredHours  警告 党员类别「入党积极分子」的学习路径共 2 学时，达不到年度要求 32 学时（还差 30 学时）  (允许: 为该类别增加模块，或调整 requiredHours)',
  ],
  'body-script': [
    'module.mdx:21:1  body  不允许的 HTML 标签 <script>：会在党员的浏览器中运行代码  (允许: HTML 标签 p, br, hr, strong, em, b, i, u, s, del, ins, mark, small, sub, sup, abbr, kbd, code, pre, blockquote, span, div, h2, h3, h4, ul, ol, li, dl, dt, dd, table, caption, thead, tbody, tfoot, tr, th, td, img, a, details, summary, figure, figcaption, ruby, rt, rp, time；组件 Objectives, KeyPoints, Case, Discussion, Activity, SelfCheck, LecturerNote)',
    'module.mdx:23:1  body  不允许的 HTML 标签 <iframe>：会把其他网站嵌进页面  (允许: HTML 标签 p, br, hr, strong, em, b, i, u, s, del, ins, mark, small, sub, sup, abbr, kbd, code, pre, blockquote, span, div, h2, h3, h4, ul, ol, li, dl, dt, dd, table, caption, thead, tbody, tfoot, tr, th, td, img, a, details, summary, figure, figcaption, ruby, rt, rp, time；组件 Objectives, KeyPoints, Case, Discussion, Activity, SelfCheck, LecturerNote)',
  ],
  'body-event-handler': [
    'module.mdx:21:1  body  <img> 上不允许属性「onerror」：事件属性会在党员的浏览器中运行代码  (允许: src, alt, width, height, loading, id, title, lang, dir)',
    'module.mdx:21:1  body  图片「https://example.org/flag.png」在其他网站上：党员打开页面时手机会向那个网站发出请求，网站的安全策略也会拦下它  (允许: 把图片文件放进本仓库，与模块文件放在同一文件夹，用相对路径引用，如 ![流程图](./flow.png))',
    'module.mdx:23:1  body  <details> 上不允许属性「style」  (允许: open, id, title, lang, dir)',
  ],
  'body-javascript-link': [
    'module.mdx:21:1  body  地址「javascript:alert(1)」使用了不允许的协议 javascript:  (允许: http: https: mailto: tel: 开头的地址，或站内的相对地址)',
    'module.mdx:23:1  body  地址「JaVaScRiPt:alert(1)」使用了不允许的协议 javascript:  (允许: http: https: mailto: tel: 开头的地址，或站内的相对地址)',
    'module.mdx:25:1  body  地址「data:image/svg+xml;base64,PHN2Zz4=」使用了不允许的协议 data:  (允许: 本仓库中的文件，用相对路径引用，如 ./flow.png)',
  ],
  // The decoded newline and the bidi control are shown as \n and \u202E: the line stays one line.
  'log-injection': [
    'module.mdx:22:1  body  地址「javascript:\\n::error file=content/modules/x.mdx::伪造的错误」使用了不允许的协议 javascript:  (允许: http: https: mailto: tel: 开头的地址，或站内的相对地址)',
    'module.mdx:24:1  body  地址「javascript:\\u202E(1)tpircsavaj」使用了不允许的协议 javascript:  (允许: http: https: mailto: tel: 开头的地址，或站内的相对地址)',
  ],
  'body-expression': [
    'module.mdx:21:1  body  { } 中的代码会在构建时运行，正文中不允许  (允许: 正文中的 { 写成 \\{；组件属性只写文字、数字、true/false 或它们的列表，如 options={["甲", "乙"]})',
    'module.mdx:23:1  body  {...} 中的代码会在构建时运行，正文中不允许  (允许: 正文中的 { 写成 \\{；组件属性只写文字、数字、true/false 或它们的列表，如 options={["甲", "乙"]})',
    'module.mdx:25:1  body  <Case> 上不允许属性「dangerouslySetInnerHTML」  (允许: 组件的普通属性；不能用 on… 事件、set:html、client: 等指令)',
  ],
  'body-expression-url': [
    'module.mdx:20:1  body  地址「javascript:alert(1)」使用了不允许的协议 javascript:  (允许: http: https: mailto: tel: 开头的地址，或站内的相对地址)',
    'module.mdx:22:1  body  地址「JavaScript:alert(1)」使用了不允许的协议 javascript:  (允许: http: https: mailto: tel: 开头的地址，或站内的相对地址)',
    'module.mdx:24:1  body  地址「javascript:alert(1)」使用了不允许的协议 javascript:  (允许: http: https: mailto: tel: 开头的地址，或站内的相对地址)',
    'module.mdx:26:1  body  地址「javascript:alert(1)」使用了不允许的协议 javascript:  (允许: http: https: mailto: tel: 开头的地址，或站内的相对地址)',
  ],
  'body-rel-opener': [
    'module.mdx:20:1  body  链接的 rel 中不允许「opener」：opener 让打开的网页能够改写本页  (允许: noopener, noreferrer, nofollow, external, ugc, sponsored)',
  ],
  'body-url-unknown': [
    'module.mdx:20:1  body  href={…} 的值要运行代码才知道，检查无法判断它会打开哪里，不允许  (允许: 把值直接写成文字，如 href="../ll-001/")',
    'module.mdx:22:1  body  href={…} 的值要运行代码才知道，检查无法判断它会打开哪里，不允许  (允许: 把值直接写成文字，如 href="../ll-001/")',
    'module.mdx:24:1  body  src={…} 的值要运行代码才知道，检查无法判断它会打开哪里，不允许  (允许: 把值直接写成文字，如 src="/images/flow.png")',
  ],
  'image-expression': [
    'module.mdx:20:1  body  图片「https://img.example.cn/flag.png」在其他网站上：党员打开页面时手机会向那个网站发出请求，网站的安全策略也会拦下它  (允许: 把图片文件放进本仓库，与模块文件放在同一文件夹，用相对路径引用，如 ![流程图](./flow.png))',
    'module.mdx:22:1  body  地址「data:image/svg+xml;base64,PHN2Zz4=」使用了不允许的协议 data:  (允许: 本仓库中的文件，用相对路径引用，如 ./flow.png)',
  ],
  'link-expression-missing': [
    'module.mdx:20:10  body  链接的模块「TS-404」不存在  (允许: TS-001)',
    'module.mdx:20:48  body  本模块中没有锚点为「#第三步」的标题  (允许: #导入)',
  ],
  'body-import': [
    'module.mdx:21:1  body  不允许 import「evil-package」：只能引入本项目 src/components/ 中的 .astro 组件  (允许: 模块正文直接使用 <Case> 等组件，不需要 import)',
    'module.mdx:22:1  body  import 的文件「../../../../src/components/mdx/Missing.astro」不存在：src/components/mdx/Missing.astro  (允许: 检查路径；模块正文直接使用 <Case> 等组件，不需要 import)',
    'module.mdx:23:1  body  正文中不允许 export：它会在构建时运行代码  (允许: 删除 export；模块的信息写在 frontmatter 中)',
  ],
  'yaml-tag': [
    'module.mdx:2  frontmatter  不允许 YAML 标签「!!js/function」：构建无法读取它  (允许: 直接写值；需要以 ! 开头的文字时加引号，如 "!重要")',
  ],
  'yaml-alias': [
    'module.mdx:16  frontmatter  不允许 YAML 锚点（&）和别名（*）（共 71 处，这是第一处）：它们能把几行文字展开成巨大的数据  (允许: 把内容直接写出来；需要以 & 或 * 开头的文字时加引号)',
  ],
  'file-bom': [
    'module.mdx:1  file  文件以 BOM（字节顺序标记）开头：构建会读不出 frontmatter  (允许: 用「UTF-8」而不是「UTF-8 with BOM」保存（VS Code 右下角的编码 → 通过编码保存）)',
  ],
  'file-encoding': [
    'module.mdx:23  file  这一行有无法识别的字符：文件不是有效的 UTF-8 编码  (允许: 用 UTF-8 编码重新保存（VS Code 右下角的编码 → 通过编码重新打开 GB 18030，再通过编码保存 UTF-8）)',
  ],
  'file-large': [
    'module.mdx:1  file  警告 文件有 205 KB，超过 200 KB：党员在手机上打开会很慢，构建和打印学习包也会明显变慢  (允许: 把内容拆成几个模块，或把长篇原文作为附件链接)',
  ],
  'symlinked-module': [
    'content/modules/linked.mdx:1  file  这是一个符号链接（symlink）：内容检查不读链接，网站却会发布它指向的文件  (允许: 把文件本身放进 content/ 中，删除链接)',
  ],
  'stray-files': [
    'content/foo.mdx:1  file  警告 这个 .mdx 文件不会发布：它不在 content/modules/ 或 content/pages/ 中  (允许: 模块放在 content/modules/，网站页面放在 content/pages/)',
    'content/modules/x.md:1  file  警告 这个文件不会发布：网站只发布 .mdx 文件  (允许: 改名为 x.mdx)',
    'content/modules/y.MDX:1  file  警告 这个文件不会发布：扩展名必须是小写的 .mdx  (允许: 改名为 y.mdx)',
    'content/taxonomy/a.mdx:1  file  警告 这个 .mdx 文件不会发布：它不在 content/modules/ 或 content/pages/ 中  (允许: 模块放在 content/modules/，网站页面放在 content/pages/)',
  ],
  'page-unchecked': [
    'content/pages/draft.mdx:2  title  网站页面缺少 title  (允许: frontmatter 中写 title: 页面标题)',
    'content/pages/draft.mdx:7:1  body  不允许的 HTML 标签 <script>：会在党员的浏览器中运行代码  (允许: HTML 标签 p, br, hr, strong, em, b, i, u, s, del, ins, mark, small, sub, sup, abbr, kbd, code, pre, blockquote, span, div, h2, h3, h4, ul, ol, li, dl, dt, dd, table, caption, thead, tbody, tfoot, tr, th, td, img, a, details, summary, figure, figcaption, ruby, rt, rp, time；组件 Objectives, KeyPoints, Case, Discussion, Activity, SelfCheck, LecturerNote)',
  ],
  'short-link-group-code': [
    'content/taxonomy/groups.yaml:8  id  党员类别 id「ts-001」与模块 TS-001（test/fixtures/broken/short-link-group-code/module.mdx:3）的短链接 /q/ts-001/ 冲突：短链接不区分大小写，印出的二维码会打开错误的页面  (允许: 换一个党员类别 id：模块编号、党员类别 id 和已登记的二维码不能相同（不区分大小写）)',
  ],
  'page-slug-duplicate': [
    'content/pages/about/index.mdx:1  file  页面地址 /about/ 与 test/fixtures/broken/page-slug-duplicate/content/pages/about.mdx 相同：网站只会保留其中一个页面  (允许: 改文件名或 slug，让每个页面的地址不同（about.mdx 和 about/index.mdx 的地址都是 /about/，地址不区分大小写）)',
    'content/pages/notice.mdx:3  slug  页面地址 /about/ 与 test/fixtures/broken/page-slug-duplicate/content/pages/about.mdx 相同：网站只会保留其中一个页面  (允许: 改文件名或 slug，让每个页面的地址不同（about.mdx 和 about/index.mdx 的地址都是 /about/，地址不区分大小写）)',
  ],
  'page-slug-generated': [
    'content/pages/help.mdx:3  slug  页面地址 /q/dx-001/ 落在网站自动生成的地址 /q/ 上（src/pages/ 和构建步骤生成）：两个页面会互相替换  (允许: 换一个地址；首页和以这些开头的地址由网站生成：modules, paths, overview, packs, maintainers, verify, survey, branch, rollup, 404, q, qr, pagefind, offline, offline-manifest.json, offline-links.json, sw.js, manifest.webmanifest, icons, print, classes, topics, stages, formats, tiers, groups, venues, lecturers)',
    'content/pages/modules/ll-001.mdx:1  file  页面地址 /modules/ll-001/ 落在网站自动生成的地址 /modules/ 上（src/pages/ 和构建步骤生成）：两个页面会互相替换  (允许: 换一个地址；首页和以这些开头的地址由网站生成：modules, paths, overview, packs, maintainers, verify, survey, branch, rollup, 404, q, qr, pagefind, offline, offline-manifest.json, offline-links.json, sw.js, manifest.webmanifest, icons, print, classes, topics, stages, formats, tiers, groups, venues, lecturers)',
    'content/pages/verify.mdx:1  file  页面地址 /verify/ 落在网站自动生成的地址 /verify/ 上（src/pages/ 和构建步骤生成）：两个页面会互相替换  (允许: 换一个地址；首页和以这些开头的地址由网站生成：modules, paths, overview, packs, maintainers, verify, survey, branch, rollup, 404, q, qr, pagefind, offline, offline-manifest.json, offline-links.json, sw.js, manifest.webmanifest, icons, print, classes, topics, stages, formats, tiers, groups, venues, lecturers)',
  ],
  'page-head': [
    'content/pages/notice.mdx:3  head  页面 frontmatter 中的 head 会把原样的 HTML 或脚本放进页面，不允许  (允许: 删去这一项；页面的样子由网站统一决定，正文中可用的 HTML 见授课人指南)',
    'content/pages/notice.mdx:10  hero.actions[0].link  地址「javascript:alert(1)」使用了不允许的协议 javascript:  (允许: http: https: mailto: tel: 开头的地址，或站内的相对地址)',
  ],
  // public/ is copied as it is: only inert kinds of file (robots.txt passes).
  'public-file-type': [
    'public/help/index.html:1  file  public/ 中的文件类型「.html」不允许：这里的文件原样发布到网站上，打开时能在本站运行脚本，读取本站保存在浏览器里的学习记录  (允许: 图片、字体和文本文件：.svg .png .jpg .jpeg .gif .webp .avif .ico .woff .woff2 .pdf .txt .json .webmanifest .css；网页内容写成 content/pages/ 中的页面)',
    'public/tool.JS:1  file  public/ 中的文件类型「.js」不允许：这里的文件原样发布到网站上，打开时能在本站运行脚本，读取本站保存在浏览器里的学习记录  (允许: 图片、字体和文本文件：.svg .png .jpg .jpeg .gif .webp .avif .ico .woff .woff2 .pdf .txt .json .webmanifest .css；网页内容写成 content/pages/ 中的页面)',
  ],
  // A page title gets the text rules of a module title: it prints in the tab and in search results.
  'page-title-bidi': [
    'content/pages/about.mdx:2:13  title  第 5 个字符是看不见的 U+202E（从右到左覆盖）：它会改变文字的显示顺序，网页和学习包上读到的与原文不同  (允许: 只写看得见的文字；从网页或文档复制来的文字常带有这类字符，删去这一处后重新输入)',
  ],
  'page-links': [
    'content/pages/notice.mdx:3  editUrl  地址「javascript:alert(1)」使用了不允许的协议 javascript:  (允许: http: https: mailto: tel: 开头的地址，或站内的相对地址)',
    'content/pages/notice.mdx:5  prev.link  地址「java&#x09;script:alert(1)」使用了不允许的协议 javascript:  (允许: http: https: mailto: tel: 开头的地址，或站内的相对地址)',
    'content/pages/notice.mdx:8  next.link  地址「&#106;avascript:alert(1)」使用了不允许的协议 javascript:  (允许: http: https: mailto: tel: 开头的地址，或站内的相对地址)',
    'content/pages/notice.mdx:13  hero.image.file  图片「https://img.example.cn/hero.png」在其他网站上：党员打开页面时手机会向那个网站发出请求，网站的安全策略也会拦下它  (允许: 把图片文件放进本仓库，与模块文件放在同一文件夹，用相对路径引用，如 ![流程图](./flow.png))',
    'content/pages/notice.mdx:16  hero.actions[0].link  地址「 JAVASCRIPT:alert(1)」使用了不允许的协议 javascript:  (允许: http: https: mailto: tel: 开头的地址，或站内的相对地址)',
    'content/pages/notice.mdx:19  hero.actions[1].attrs  页面 frontmatter 中的 hero.actions[1].attrs 会把原样的 HTML 或脚本放进页面，不允许  (允许: 删去这一项；页面的样子由网站统一决定，正文中可用的 HTML 见授课人指南)',
  ],
  'page-attrs': [
    'content/pages/notice.mdx:4  sidebar.attrs  页面 frontmatter 中的 sidebar.attrs 会把原样的 HTML 或脚本放进页面，不允许  (允许: 删去这一项；页面的样子由网站统一决定，正文中可用的 HTML 见授课人指南)',
    'content/pages/notice.mdx:11  hero.actions[0].icon  页面 frontmatter 中的 hero.actions[0].icon 会把原样的 HTML 或脚本放进页面，不允许  (允许: 删去这一项；页面的样子由网站统一决定，正文中可用的 HTML 见授课人指南)',
  ],
  'schedule-date-holiday': [
    'content/settings.yaml:3  schedule.startDate  警告 日期 2027-10-04 在国庆节假期中，这一天的学习安排会顺延  (允许: 工作日，如 2027-10-08；调休上班日也算工作日)',
  ],
  'zero-hours': ['module.mdx:10  hours  必须大于 0，实际是 0  (允许: 大于 0 的数字，可以是小数，如 1.5)'],
  // The organizer's evaluation files (content/evaluations/<year>.yaml): counts only, every problem at once.
  'evaluation-malformed': [
    'content/evaluations/2027.yaml:5:1  evaluation  YAML 格式错误：缩进不正确（Flow sequence in block collection must be sufficiently indented and end with a ]）  (允许: 键与值之间用「: 」分隔，列表用「- 」或 [a, b]，同级缩进一致)',
  ],
  'evaluation-fields': [
    'content/evaluations/2027.yaml:2  members  字段「members」像是姓名或名单：评估文件会提交到仓库、随网站构建，只能有人数，不能有任何人的姓名或个人信息  (允许: 删除这个字段；这一层只能写 year, source, modules, survey)',
    'content/evaluations/2027.yaml:5  modules[0].name  字段「name」像是姓名或名单：评估文件会提交到仓库、随网站构建，只能有人数，不能有任何人的姓名或个人信息  (允许: 删除这个字段；这一层只能写 module, levels, cards, indicators)',
    'content/evaluations/2027.yaml:6  modules[0].levels[1]  人数应为 0 或正整数，实际是「-3」  (允许: 0 或正整数，如 12；只写人数，不写百分比)',
    'content/evaluations/2027.yaml:6  modules[0].levels[2]  人数应为 0 或正整数，实际是「5.5」  (允许: 0 或正整数，如 12；只写人数，不写百分比)',
    'content/evaluations/2027.yaml:7  modules[0].cars  未知字段「cars」，是不是想写 cards？  (允许: module, levels, cards, indicators)',
    'content/evaluations/2027.yaml:9  modules[1].levels  应为四档人数的列表，实际是「[12,30,5]」  (允许: [很满意, 满意, 基本满意, 不满意] 四档人数，如 [12, 30, 5, 2])',
    'content/evaluations/2027.yaml:11  modules[1].indicators.manner  缺少指标 manner（教风教态）  (允许: indicators 要么不写，要么五项都写：relevance（现实针对性）, theory（理论性）, information（信息量）, delivery（语言表达）, manner（教风教态）)',
    'content/evaluations/2027.yaml:19  survey.topics.theory  人数应为 0 或正整数，实际是「many」  (允许: 0 或正整数，如 12；只写人数，不写百分比)',
  ],
  'evaluation-year': [
    'content/evaluations/2027.yaml:2  year  文件名是 2027 年，文件里的 year 却是 2026  (允许: year: 2027，或把文件改名为 2026.yaml)',
    'content/evaluations/evaluation-2027.yaml:1  evaluation  评估文件名应为评估年份，如 2026.yaml  (允许: content/evaluations/<年份>.yaml)',
  ],
  'evaluation-cross': [
    'content/evaluations/2027.yaml:8  modules[0].indicators.theory  指标 theory（理论性）四档共 13 人，超过评估卡张数 cards: 10  (允许: 每个指标四档人数之和不超过 cards（收回的纸质评估卡张数；没写 cards 时为 0）)',
    'content/evaluations/2027.yaml:12  modules[1].module  警告 模块「TS-404」不存在，这一行的评估结果不会显示在任何页面上  (允许: content/modules/ 中的模块编号；已删除的模块可以留着这一行作为历史记录)',
    'content/evaluations/2027.yaml:14  modules[2].module  模块「TS-001」在第 3 行已经列过  (允许: 每个模块只列一次：把同一模块的人数加起来写成一行)',
    'content/evaluations/2027.yaml:19  survey.topics.theory  专题「theory」有 31 人选择，超过回答人数 respondents: 30  (允许: 每个专题的人数不超过 respondents（每人每个专题最多算一次）)',
    'content/evaluations/2027.yaml:20  survey.topics.leadership  专题「leadership」不存在  (允许: theory（政治理论）, party-spirit（党性教育）, situation-policy（形势政策）, knowledge-skills（知识技能）, discipline-integrity（纪律与廉洁）, comprehensive（综合素质）)',
  ],
  // A stray plan file far from plan.year: refused, and never published into path.json.
  'plan-year-out-of-range': [
    '1900.yaml:1  plan  计划年份 1900 离当前计划年份 2027（content/settings.yaml 的 plan.year）太远，这个文件不会发布  (允许: 2017–2032 年的计划文件（plan.year 之前 10 年到之后 5 年）；多余的文件请删除)',
  ],
  // A module with one wrong field is still present for the plan: no "不存在", no 学时 shortfall.
  'schema-error-in-plan': [
    'a.mdx:14  updated  日期无效：「2026-02-30」  (允许: YYYY-MM-DD 格式的真实日期，如 2026-03-15)',
  ],
  // An unknown key inside a plan's group lists the keys of that level, not the file's top level.
  'nested-unknown-key': [
    '2027.yaml:4  groups.activist.requird  未知字段「requird」，是不是想写 required？  (允许: required, electives)',
  ],
  'title-bidi': [
    'module.mdx:2:12  title  第 5 个字符是看不见的 U+202E（从右到左覆盖）：它会改变文字的显示顺序，网页和学习包上读到的与原文不同  (允许: 只写看得见的文字；从网页或文档复制来的文字常带有这类字符，删去这一处后重新输入)',
  ],
  'title-zero-width-only': [
    'module.mdx:2:9  title  只有空白和看不见的字符 U+200B（零宽空格）：党员看到的是一片空白  (允许: 非空文本，最多 40 个字，不含表情符号和看不见的字符)',
  ],
  'title-too-long': [
    'module.mdx:2  title  有 47 个字，超过上限 40 个字：学习包封面和卡片放不下  (允许: 不超过 40 个字；更多内容写进 summary 或正文)',
  ],
  'title-emoji': [
    'module.mdx:2:14  title  「😀」（U+1F600）无法打印：学习包 PDF 的字体没有这个字符，会印成方框  (允许: Noto Serif SC（思源宋体）中有的文字和符号；表情符号等换成文字，如「👍」写成「点赞」)',
  ],
  'code-zero-width': [
    'module.mdx:3:10  code  「TS-001」的第 4 个字符是看不见的 U+200B（零宽空格），所以格式不对  (允许: 2–4 个大写字母、连字符和 3 位数字，如 DX-012)',
  ],
  // Active content in SVG files beside a module and in public/: every route that copies a file into dist/.
  'svg-active': [
    'content/modules/theory/election-flow.svg:1:1  OnLoad  SVG 文件中 <svg> 上不允许事件属性「OnLoad」：有人直接打开这张图片的网址时，它会在本网站上运行代码  (允许: 删去所有 on… 属性：网站上的图片不需要交互)',
    'content/modules/theory/election-flow.svg:4:3  svg  SVG 文件中不允许 <svg:script>：有人直接打开这张图片的网址时，它会在本网站上运行代码  (允许: 图形元素（path、rect、circle、text、g、defs、linearGradient 等）；在绘图软件中另存为「普通 SVG」)',
    'content/modules/theory/election-flow.svg:5:3  xlink:href  SVG 文件中 <a> 的 xlink:href「java&#x09;script:alert(1)」使用了不允许的协议 javascript:  (允许: 本文件中的 #id（如 #arrow），或本仓库中文件的相对路径；内嵌的位图只能在 <image> 中用 data:image/png、jpeg、gif、webp)',
    'content/modules/theory/election-flow.svg:6:3  svg  SVG 文件中不允许 <foreignObject>：它能在图片中嵌入网页，连同网页中的脚本  (允许: 图形元素（path、rect、circle、text、g、defs、linearGradient 等）；在绘图软件中另存为「普通 SVG」)',
    'content/modules/theory/election-flow.svg:7:3  attributeName  SVG 文件中 <set> 不允许用动画改变「href」：动画能把链接或事件换成会运行的代码  (允许: 动画只改变图形属性，如 opacity、fill、transform)',
    'public/icons/badge.svg:2:1  svg  SVG 文件中不允许 <!DOCTYPE> 里的声明（[ ] 中的部分）：实体能把一个名字展开成脚本或巨大的内容  (允许: 删去这一声明；在绘图软件中另存为「普通 SVG」)',
    'public/icons/badge.svg:6:3  svg  SVG 文件中 <style> 的样式里有「@import」：它会从其他地址加载文件或运行代码  (允许: 样式中的 url() 只引用本文件中的 #id，如 fill: url(#渐变1)；不用 @import)',
    'public/icons/badge.svg:6:3  svg  SVG 文件中 <style> 的样式里有「url(https://cdn.example.cn/a.css)」：它会从其他地址加载文件或运行代码  (允许: 样式中的 url() 只引用本文件中的 #id，如 fill: url(#渐变1)；不用 @import)',
    'public/icons/badge.svg:7:3  href  SVG 文件中 <use> 的 href「https://cdn.example.cn/sprite.svg#star」引用了另一个文件：<use> 只能引用本文件中的图形  (允许: 本文件中的 #id（如 #arrow），或本仓库中文件的相对路径；内嵌的位图只能在 <image> 中用 data:image/png、jpeg、gif、webp)',
    'public/icons/badge.svg:9:3  style  SVG 文件中 <circle> 的属性 style 里有「url(//cdn.example.cn/f.svg#blur)」：它会从其他地址加载文件或运行代码  (允许: 样式中的 url() 只引用本文件中的 #id，如 fill: url(#渐变1)；不用 @import)',
  ],
};

describe('validateContent on broken modules', () => {
  test('every fixture folder has an expected message, and the other way round', () => {
    assert.deepEqual(brokenFixtureNames(), Object.keys(expected).sort());
  });

  for (const [name, lines] of Object.entries(expected)) {
    test(`${name}: reports exactly the lecturer-facing lines`, () => {
      // Fixtures hold one or two modules, so most groups' paths are empty; those warnings point
      // at groups.yaml and are tested in path-checks.test.ts.
      const { issues } = validateContent(brokenFixture(name), { today: FIXED_TODAY });
      const prefix = `test/fixtures/broken/${name}/`;
      assert.deepEqual(
        issues.filter((issue) => issue.file.startsWith(prefix)).map(formatIssue),
        lines.map((line) => prefix + line),
      );
    });
  }

  test('problems from many files are all reported in one run', () => {
    const all = Object.keys(expected).map((name) => brokenFixture(name));
    const every = <T>(pick: (sources: ContentSources) => T[] | undefined) =>
      all.flatMap((s) => pick(s) ?? []);
    const issues = validateContent(
      {
        ...brokenFixture('bad-enum'),
        modules: every((s) => s.modules),
        plans: every((s) => s.plans),
        pages: every((s) => s.pages),
        contentPaths: every((s) => s.contentPaths),
        holidays: every((s) => s.holidays),
        evaluations: every((s) => s.evaluations),
        svgs: every((s) => s.svgs),
        publicFiles: every((s) => s.publicFiles),
        // Each kind's files of every fixture (venues, lecturers, classes).
        registries: Object.fromEntries(
          REGISTRY_KIND_IDS.map((kind) => [kind, every((s) => s.registries?.[kind])]),
        ),
        settings: all.map((s) => s.settings).find(Boolean),
      },
      { today: FIXED_TODAY },
    ).issues.filter((issue) => issue.file.startsWith('test/fixtures/'));
    const files = new Set(issues.map((issue) => issue.file.split('/').slice(0, 4).join('/')));
    assert.equal(files.size, Object.keys(expected).length);
  });
});

describe('validateContent counts and orders what it finds', () => {
  test('a module whose frontmatter fails is still counted in the summary', () => {
    const report = validateContent(brokenFixture('schema-and-reference'), { today: FIXED_TODAY });
    assert.equal(report.modules.length, 0);
    assert.equal(report.moduleFiles, 1);
  });

  test('taxonomy errors come before the errors of modules, whatever the file names', () => {
    const sources = brokenFixture('taxonomy-entry-invalid');
    sources.modules.push(...brokenFixture('schema-and-reference').modules);
    const files = validateContent(sources, { today: FIXED_TODAY }).issues.map((issue) => issue.file);
    const firstModule = files.findIndex((file) => file.endsWith('.mdx'));
    assert.ok(firstModule > 0);
    assert.ok(files.slice(firstModule).every((file) => !file.includes('/taxonomy/')));
  });
});

describe('validateContent on the shipped curriculum', () => {
  test('the sample modules and taxonomy have no problems', () => {
    // Judged on a fixed day: the samples will age into review warnings, which is the feature.
    const { issues, modules } = validateContent(readContentSources(projectRoot), { today: FIXED_TODAY });
    assert.deepEqual(issues.map(formatIssue), []);
    assert.ok(modules.length >= 36, `expected at least 36 sample modules, found ${modules.length}`);
  });
});

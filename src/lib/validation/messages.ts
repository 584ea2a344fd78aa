/**
 * Every lecturer-facing message lives here, so wording stays consistent and translatable.
 * Messages are Chinese; field names stay English because they are what the lecturer types.
 */
export const messages = {
  yamlSyntax: (detail: string) => `YAML 格式错误：${detail}`,
  frontmatterMissing: () => '文件开头缺少以 --- 包围的 frontmatter',
  fieldMissing: () => '缺少必填字段',
  fieldType: (expected: string, actual: string) => `类型应为${expected}，实际是${actual}`,
  fieldValue: (value: string) => `取值「${value}」无效`,
  fieldFormat: (value: string) => `格式不正确：「${value}」`,
  numberNotPositive: (value: string) => `必须大于 0，实际是 ${value}`,
  numberTooSmall: (min: number) => `不能小于 ${min}`,
  listTooShort: (min: number) => `至少需要 ${min} 项`,
  textEmpty: () => '不能为空',
  fieldUnknown: (key: string, meant?: string) =>
    `未知字段「${key}」${meant ? `，是不是想写 ${meant}？` : ''}`,
  dateInvalid: (value: string) => `日期无效：「${value}」`,
  unknownReference: (kind: string, id: string) => `未知的${kind}「${id}」`,
  duplicateCode: (code: string, otherFile: string) => `编号 ${code} 已被 ${otherFile} 使用，编号不能重复`,
  duplicateId: (kind: string, id: string) => `${kind} id「${id}」重复`,
  prerequisiteMissing: (code: string) => `先修模块「${code}」不存在`,
  prerequisiteDraft: (code: string) => `先修模块「${code}」仍是草稿（draft），发布后会找不到它`,
  prerequisiteCycle: (cycle: string[]) => `先修关系形成循环：${cycle.join(' → ')}`,
  tierGroupMismatch: (group: string, groupTiers: string) =>
    `党员分类「${group}」属于 ${groupTiers}，但本模块的 tiers 不包含其中任何一层`,
  prerequisiteLaterStage: (code: string, stage: string, ownStage: string) =>
    `先修模块「${code}」属于更晚的阶段「${stage}」，本模块在「${ownStage}」阶段`,
  pathEmpty: (group: string) => `党员分类「${group}」还没有任何已发布的模块，学习路径为空`,
  pathShort: (group: string, total: number, required: number, missing: number) =>
    `党员分类「${group}」的学习路径共 ${total} 学时，达不到年度要求 ${required} 学时（还差 ${missing} 学时）`,
  mdxSyntax: (detail: string) => `MDX 语法错误：${detail}`,
  mdxUnknownComponent: (name: string) => `未知的组件 <${name}>`,
  bodyEmpty: () => '正文为空，模块至少需要一段内容',
  fileUnreadable: (detail: string) => `无法读取文件：${detail}`,
  linkModuleMissing: (code: string) => `链接的模块「${code}」不存在`,
  linkModuleDraft: (code: string) => `链接的模块「${code}」仍是草稿（draft），发布后这个链接会打不开`,
  linkAnchorMissing: (code: string | undefined, anchor: string) =>
    `${code ? `模块「${code}」` : '本模块'}中没有锚点为「#${anchor}」的标题`,
  linkMalformed: (url: string) => `站内链接「${url}」的写法在网站上打不开`,
  linkSourceFile: (url: string) => `链接「${url}」指向源文件，网站上没有这个地址`,
  linkAbsolute: (url: string) => `链接「${url}」以 / 开头，网站部署在子路径（BASE_PATH）下时会打不开`,
  imageAltEmpty: (url: string) => `图片「${url}」缺少替代文字（alt）`,
  imageMissing: (url: string, path: string) => `图片「${url}」找不到：${path} 不存在`,
  imageUnprocessed: (url: string) => `<img> 中的相对路径「${url}」不会被处理，网站上显示不出来`,
  reviewDue: (date: string, days: number) => `复核日期 ${date} 已过 ${days} 天，内容需要复核`,
  contentOld: (months: number, updated: string, due: string, days: number) =>
    `内容已超过 ${months} 个月未更新（上次更新 ${updated}），应在 ${due} 前复核，已过 ${days} 天`,
  placeholderLeft: (count: number) => `还有 ${count} 处模板占位「【待填写】」没有替换，已发布的模块不能保留`,
  qrDuplicate: (code: string) => `二维码 ${code} 登记了两次`,
  qrBroken: (code: string, kind: string) => `二维码 ${code} 已经印发，但这个${kind}已不存在，扫码会打不开`,
  qrSuccessorMissing: (code: string, successor: string) =>
    `二维码 ${code} 指向的接替模块「${successor}」不存在`,
  qrCycle: (chain: string[]) => `二维码的接替关系形成循环：${chain.join(' → ')}`,
  qrUnregistered: (code: string) =>
    `${code} 还没有登记到 content/qr-registry.yaml，印发它的二维码之前请先登记`,
  qrDeleted: (code: string) =>
    `content/qr-registry.yaml 删除了已印发的二维码 ${code}：登记表只能增加，不能删除`,
} as const;

/** Chinese names of taxonomy kinds, used in reference errors. */
export const kindNames = {
  tiers: '分层',
  groups: '党员分类',
  stages: '阶段',
  topics: '内容专题',
  formats: '形式',
} as const;

/** What a lecturer may write in a field, for the `(允许: …)` part of a message. */
export const fieldHints: Record<string, string> = {
  code: '2–4 个大写字母、连字符和 3 位数字，如 DX-012',
  hours: '大于 0 的数字，可以是小数，如 1.5',
  updated: 'YYYY-MM-DD 格式的真实日期，如 2026-03-15',
  status: 'draft, published',
  title: '非空文本',
  summary: '非空文本',
  objectives: '至少一条学习目标的列表',
  discussion: '研讨题列表',
  prerequisites: '模块编号列表，如 [DX-001]',
  materials: '文本列表',
  lecturer: '非空文本',
  reviewBy: 'YYYY-MM-DD 格式的真实日期，如 2027-06-30；可以不写',
  tiers: '分层 id 列表',
  groups: '党员分类 id 列表',
};

/** Chinese names for the JavaScript types zod reports. */
export const typeNames: Record<string, string> = {
  string: '文本',
  number: '数字',
  array: '列表',
  object: '键值对象',
  date: '日期',
  boolean: '是/否',
  undefined: '空值',
  null: '空值',
};

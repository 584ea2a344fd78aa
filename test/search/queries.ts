/**
 * The recall suite's queries: what members type into the search box, and the module each one
 * should open first. Most are set phrases that a general-purpose Chinese dictionary cuts into
 * single characters (三会一课 → 三|会|一课, 传帮带 → 传|帮|带), or names of places and enterprises
 * taken from module bodies. Each expected module is the one the phrase is about; where the words
 * also appear elsewhere, the comment says why this module is the right answer.
 *
 * The suite is the gate for Pagefind upgrades: a new version is accepted only if it still passes
 * (docs/search.md).
 */
export interface SearchQuery {
  query: string;
  /** Code of the module that should be the first result. */
  expect: string;
}

export const SEARCH_QUERIES: readonly SearchQuery[] = [
  // Set phrases of party work that a dictionary splits.
  { query: '三会一课', expect: 'ZS-004' },
  { query: '主题党日', expect: 'ZS-008' },
  { query: '一月一课一片一实践', expect: 'ZS-008' },
  // Six modules mention 金点子; LL-007 is about turning them into results (金点子卡, 最佳金点子).
  { query: '金点子', expect: 'LL-007' },
  { query: '金点子卡', expect: 'LL-007' },
  // Not in any body: LL-003 declares it among its keywords (the party constitution's general program).
  { query: '两个确立', expect: 'LL-003' },
  { query: '两个维护', expect: 'LL-003' },
  { query: '四个服从', expect: 'LL-003' },
  { query: '一季一学一研', expect: 'LL-004' },
  { query: '一题一议一清单', expect: 'LL-002' },
  { query: '一片一交流', expect: 'DX-004' },
  { query: '一利五率', expect: 'SZ-001' },
  { query: '三道防线', expect: 'SZ-002' },
  { query: '三亮三比', expect: 'ZS-013' },
  { query: '四讲四有', expect: 'LL-007' },
  { query: '三老四严', expect: 'DX-001' },
  { query: '四问剖析法', expect: 'JL-003' },
  { query: '情感五步法', expect: 'DX-006' },
  { query: '口袋党员', expect: 'DX-003' },
  { query: '书记论坛', expect: 'ZS-013' },
  { query: '党员创新论坛', expect: 'SZ-003' },
  { query: '沙盘推演', expect: 'ZS-009' },
  // JL-004 also teaches 传帮带, for members about to retire; DX-006 is the veterans' module.
  { query: '老党员传帮带', expect: 'DX-006' },
  { query: '四风', expect: 'JL-001' },
  { query: '中央八项规定', expect: 'JL-001' },
  { query: '以案为鉴', expect: 'JL-003' },
  { query: '请销假', expect: 'JL-002' },
  { query: '纪律底线', expect: 'JL-005' },
  { query: '按期转正', expect: 'ZS-001' },
  { query: '个人自传', expect: 'ZS-002' },
  { query: '党费', expect: 'ZS-003' },
  { query: '换届选举', expect: 'ZS-005' },
  { query: '民主评议党员', expect: 'ZS-006' },
  { query: '民主生活会', expect: 'ZS-011' },
  { query: '议事决策规则', expect: 'ZS-010' },
  { query: '入党动机', expect: 'DX-002' },
  { query: '红色教育基地', expect: 'DX-005' },
  { query: '现场微党课', expect: 'DX-005' },
  { query: '国企改革深化提升', expect: 'XS-001' },
  { query: '十五分钟微宣讲', expect: 'XS-003' },
  { query: '十分钟微宣讲', expect: 'LL-005' },
  { query: '一页纸笔记', expect: 'LL-001' },
  { query: '列席支部研讨', expect: 'LL-006' },
  { query: '新员工', expect: 'XS-005' },
  // Places, enterprises and people named in module bodies.
  { query: '大庆油田', expect: 'DX-001' },
  { query: '鞍山钢铁', expect: 'DX-001' },
  { query: '港珠澳大桥', expect: 'DX-001' },
  { query: '王进喜', expect: 'DX-001' },
  { query: '南沙港', expect: 'ZS-012' },
  { query: '电力老娘舅', expect: 'DX-006' },
  { query: '警示教育基地', expect: 'JL-003' },
  // A module code, as printed on packs and posters.
  { query: 'ZS-004', expect: 'ZS-004' },
];

/**
 * Queries typed in traditional characters (members in Hong Kong and Macau, SASAC's own 繁体
 * texts), each with its simplified form: the search box converts the first before it searches,
 * and both must bring the same module first.
 */
export interface TraditionalQuery {
  query: string;
  simplified: string;
  /** Code of the module both should open first, where the phrase has one module. */
  expect?: string;
}

export const TRADITIONAL_QUERIES: readonly TraditionalQuery[] = [
  { query: '黨費', simplified: '党费', expect: 'ZS-003' },
  { query: '三會一課', simplified: '三会一课', expect: 'ZS-004' },
  { query: '主題黨日', simplified: '主题党日', expect: 'ZS-008' },
  { query: '民主評議黨員', simplified: '民主评议党员', expect: 'ZS-006' },
  { query: '換屆選舉', simplified: '换届选举', expect: 'ZS-005' },
  { query: '入黨動機', simplified: '入党动机', expect: 'DX-002' },
  { query: '兩個確立', simplified: '两个确立', expect: 'LL-003' },
  { query: '中央八項規定', simplified: '中央八项规定', expect: 'JL-001' },
  { query: '鞍山鋼鐵', simplified: '鞍山钢铁', expect: 'DX-001' },
  { query: '港珠澳大橋', simplified: '港珠澳大桥', expect: 'DX-001' },
  { query: '王進喜', simplified: '王进喜', expect: 'DX-001' },
  { query: '個人自傳', simplified: '个人自传', expect: 'ZS-002' },
  // Words on many pages: whichever module comes first, it is the same one.
  { query: '黨員教育', simplified: '党员教育' },
  { query: '支部書記', simplified: '支部书记' },
  { query: '學習', simplified: '学习' },
  { query: '組織生活會', simplified: '组织生活会' },
];

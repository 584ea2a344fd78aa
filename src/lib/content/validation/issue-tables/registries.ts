import type { IssueDefinition } from './definition.ts';

// Problems of the registries (content/venues/, content/lecturers/, content/classes/: REGISTRY_KINDS)
// and of the fields that name their entries, the same for every kind; and personal data, which no
// published file may hold.

/** Problems of the registries and of references to them. */
export const REGISTRIES_ISSUES = {
  'registry-file-name': {
    severity: 'error',
    message: ({ id }: { id: string }) => `文件名「${id}」不能作为 id：网址和二维码都用它`,
    hint: '小写字母、数字和连字符，如 jinggangshan.yaml',
    guide: 'registries#文件和-id',
  },
  'registry-unknown': {
    severity: 'error',
    message: ({ label, id }: { label: string; id: string; known: string }) => `未知的${label}「${id}」`,
    hint: ({ known }: { known: string }) => known,
    guide: 'registries#引用外训基地和授课人',
  },
  'registry-name-not-id': {
    severity: 'warning',
    message: ({ label, name }: { label: string; name: string; id: string }) =>
      `「${name}」是师资库里的${label}，写名字不会链接到他的页面`,
    hint: ({ id }: { label: string; name: string; id: string }) => `写他的 id：${id}`,
    guide: 'registries#引用外训基地和授课人',
  },
  'registry-venue-format': {
    severity: 'warning',
    message: ({ format }: { format: string; formats: string }) =>
      `「${format}」形式的模块列出了外训基地：外训基地只属于现场、实践类的模块`,
    hint: ({ formats }: { format: string; formats: string }) =>
      `形式为 ${formats} 的模块；其他模块删除 venues`,
    guide: 'registries#引用外训基地和授课人',
  },
  'registry-list-missing': {
    severity: 'warning',
    message: ({ year }: { year: number }) =>
      `当前计划年份 ${year} 没有外训名录：外训名录页面会列出全部外训基地，不标年份`,
    hint: ({ year }: { year: number }) => `在 content/plans/${year}.yaml 中写 venues: [外训基地 id, …]`,
    guide: 'registries#年度外训名录',
  },
  'registry-list-repeated': {
    severity: 'error',
    message: ({ id }: { id: string }) => `外训基地「${id}」在外训名录中列了两次`,
    hint: '删除重复的一行',
    guide: 'registries#年度外训名录',
  },
  'personal-mobile': {
    severity: 'error',
    message: ({ text }: { text: string }) => `「${text}」像是个人手机号码，不能发布`,
    hint: '单位的公开电话（如 0796-6551234 或 400 电话）；个人联系方式请勿写入',
    guide: 'registries#个人信息',
  },
  'personal-id-number': {
    severity: 'error',
    message: ({ text }: { text: string }) => `「${text}」像是身份证号码，不能发布`,
    hint: '删除证件号码；课程和名录里不需要任何证件号码',
    guide: 'registries#个人信息',
  },
} as const satisfies Record<string, IssueDefinition>;

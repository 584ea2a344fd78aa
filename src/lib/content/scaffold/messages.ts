/**
 * Lecturer-facing messages of `npm run new`, in Chinese. Problems with a flag are prefixed with
 * its English name (`--hours：…`), because that is what the lecturer typed.
 */
export const scaffoldMessages = {
  forFlag: (flag: string, message: string) => `--${flag}：${message}`,
  unknownFlag: (flag: string, allowed: string) => `不认识的参数 ${flag}。可用的参数：${allowed}`,
  unknownTerm: (kind: string, value: string, allowed: string) =>
    `未知的${kind}「${value}」。可选：${allowed}`,
  flagValueMissing: (flag: string) => `参数 ${flag} 后面要写值`,
  unexpectedValue: (value: string) =>
    `多出来的「${value}」不属于任何参数。值里有空格时要加引号，如 --title "支部 换届选举"`,
  titleEmpty: () => '标题不能为空',
  hoursInvalid: (value: string) => `学时必须是大于 0 的数字，如 2 或 1.5，实际是「${value}」`,
  slugInvalid: (value: string) =>
    `文件名只能用小写字母、数字和连字符，如 branch-election，实际是「${value}」`,
  listEmpty: (kind: string, example: string) => `至少选择一个${kind}，多个用逗号分隔，如 ${example}`,
  missing: (flags: string[]) => `还缺少这些参数：${flags.map((flag) => `--${flag}`).join(' ')}`,
  codesExhausted: (prefix: string) =>
    `编号 ${prefix}-999 已经用过，${prefix} 开头的编号已用完。请联系维护人员为该专题换一个前缀`,
  fileExists: (path: string) => `文件 ${path} 已存在，没有覆盖。请用 --slug 换一个文件名`,
  taxonomyBroken: () => '分类文件（content/taxonomy/）有错误，请先运行 npm run check 并修正',
} as const;

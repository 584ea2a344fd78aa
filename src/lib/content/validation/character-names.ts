/**
 * Chinese names of the invisible and direction-changing characters the checker refuses, so a
 * message can say which one hides in a title or a code: the lecturer cannot see it, and an editor
 * shows it only when asked for the code point.
 */
const NAMES: Record<number, string> = {
  0x00ad: '软连字符',
  0x034f: '组合字形连接符',
  0x061c: '阿拉伯字母标记',
  0x115f: '韩文初声填充符',
  0x1160: '韩文中声填充符',
  0x180e: '蒙古文元音分隔符',
  0x200b: '零宽空格',
  0x200c: '零宽不连字',
  0x200d: '零宽连字',
  0x200e: '从左到右标记',
  0x200f: '从右到左标记',
  0x202a: '从左到右嵌入',
  0x202b: '从右到左嵌入',
  0x202c: '方向格式结束',
  0x202d: '从左到右覆盖',
  0x202e: '从右到左覆盖',
  0x2060: '单词连接符',
  0x2061: '不可见函数符号',
  0x2062: '不可见乘号',
  0x2063: '不可见分隔符',
  0x2064: '不可见加号',
  0x2066: '从左到右隔离',
  0x2067: '从右到左隔离',
  0x2068: '首字符方向隔离',
  0x2069: '方向隔离结束',
  0x3164: '韩文填充符',
  0xfeff: '零宽不换行空格（BOM）',
  0xffa0: '半角韩文填充符',
};

/** `U+XXXX` with at least four hex digits, as Unicode charts write it. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `U+202E（从右到左覆盖）`: the code point and what it is, for a character nobody can see. */
export function describeCharacter(codePoint: number): string {
  const name =
    NAMES[codePoint] ??
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f
      ? '变体选择符'
      : codePoint >= 0xe0000 && codePoint <= 0xe0fff
        ? '标签字符'
        : '不可见字符');
  return `${codePointLabel(codePoint)}（${name}）`;
}

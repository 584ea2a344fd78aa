import { ModuleSchema } from '../../schemas/module.ts';
import { parseLocatedYaml, splitFrontmatter } from './frontmatter.ts';
import type { BodyOutline } from './body-outline.ts';
import type { ContentIssue } from './issue.ts';
import { messages } from './messages.ts';
import { checkMdxBody } from './mdx-body.ts';
import { checkPlaceholders } from './placeholders.ts';
import type { ModuleRecord } from './records.ts';
import { toContentIssues } from './schema-issues.ts';
import type { SourceFile } from './sources.ts';

/** Checks one module file on its own; returns its record when the frontmatter is valid. */
export function readModule(source: SourceFile): {
  record?: ModuleRecord;
  /** Present whenever the body parses, even if the frontmatter does not, so its links are checked. */
  outline?: BodyOutline | undefined;
  issues: ContentIssue[];
} {
  const { file, text } = source;
  const parts = splitFrontmatter(text);
  if (parts.frontmatter === undefined) {
    return {
      issues: [
        {
          file,
          line: 1,
          field: 'frontmatter',
          code: 'frontmatter-missing',
          message: messages.frontmatterMissing(),
          allowed: '以 --- 开始和结束的 YAML 块',
          severity: 'error',
        },
      ],
    };
  }
  const { issues, outline } = checkMdxBody(file, parts.body, parts.bodyLine);
  const yaml = parseLocatedYaml(parts.frontmatter, parts.frontmatterLine);
  if (yaml.errors.length) {
    // One message per line: the YAML parser often reports the same slip twice.
    const firstPerLine = yaml.errors.filter(
      (error, i, all) => all.findIndex((other) => other.line === error.line) === i,
    );
    const yamlIssues = firstPerLine.map((error): ContentIssue => ({
      file,
      line: error.line,
      column: error.column,
      field: 'frontmatter',
      code: 'yaml-syntax',
      message: messages.yamlSyntax(explainYaml(error.code, error.message)),
      allowed: '键与值之间用「: 」分隔，列表用「- 」或 [a, b]，同级缩进一致',
      severity: 'error',
    }));
    return { outline, issues: [...yamlIssues, ...issues] };
  }
  const parsed = ModuleSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) {
    const context = {
      file,
      lineOf: yaml.lineOf,
      data: yaml.data,
      knownKeys: Object.keys(ModuleSchema.shape),
    };
    return { outline, issues: [...toContentIssues(parsed.error, context), ...issues] };
  }
  if (parsed.data.status === 'published') issues.push(...checkPlaceholders(file, text, parts.bodyLine));
  return { record: { file, data: parsed.data, lineOf: yaml.lineOf, outline }, outline, issues };
}

/** Chinese wording for the YAML errors lecturers cause most often. */
function explainYaml(code: string, message: string): string {
  const known: Record<string, string> = {
    BAD_INDENT: '缩进不正确',
    DUPLICATE_KEY: '同一个字段写了两次',
    MISSING_CHAR: '缺少配对的引号或括号',
    BLOCK_AS_IMPLICIT_KEY: '冒号位置不对，可能少了空格或引号',
    MULTILINE_IMPLICIT_KEY: '一个字段跨了多行，可能少了冒号或引号',
    UNEXPECTED_TOKEN: '出现了意外的符号',
    TAB_AS_INDENT: '不能用 Tab 缩进，请用空格',
  };
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
  return known[code] ? `${known[code]}（${first}）` : first;
}

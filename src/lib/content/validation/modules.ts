import { ModuleSchema, type ModuleFrontmatter } from '../../../schemas/module.ts';
import { splitFrontmatter } from '../files/frontmatter.ts';
import { readLocatedYaml } from '../files/located-yaml.ts';
import type { SourceFile } from '../files/sources.ts';
import type { BodyOutline } from './body-outline.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import { checkMdxBody, type BodyOptions } from './mdx-body.ts';
import { checkSourceText } from './source-text.ts';
import { checkPlaceholders } from './placeholders.ts';
import type { ModuleFacts, ModuleRecord } from './records.ts';
import { salvageFields } from './salvage.ts';
import { toContentIssues } from './schema-issues.ts';
import { checkPrintableText, printedModuleTexts } from './printable-text.ts';
import { pdfFontCoverage } from '../../packs/pdf/font-coverage.ts';
import { isPublished } from '../../modules/publication.ts';

/** Checks one module file on its own; returns its record when the frontmatter is valid. */
export function readModule(
  source: SourceFile,
  { files }: Pick<BodyOptions, 'files'> = {},
): {
  record?: ModuleRecord;
  /** The fields that did parse when the frontmatter as a whole does not, for cross-entry checks. */
  salvaged?: ModuleFacts;
  /** Present whenever the body parses, even if the frontmatter does not, so its links are checked. */
  outline?: BodyOutline | undefined;
  issues: ContentIssue[];
} {
  const { file } = source;
  const { text, issues: textIssues, tooLarge } = checkSourceText(source);
  if (tooLarge) return { issues: textIssues };
  const parts = splitFrontmatter(text);
  if (parts.frontmatter === undefined) {
    return {
      issues: [...textIssues, createIssue('frontmatter-missing', { file, line: 1, field: 'frontmatter' })],
    };
  }
  const { issues, outline } = checkMdxBody(file, parts.body, parts.bodyLine, { files });
  issues.unshift(...textIssues);
  const yaml = readLocatedYaml(
    { file, text: parts.frontmatter },
    { field: 'frontmatter', firstLine: parts.frontmatterLine },
  );
  if (yaml.issues.length) return { outline, issues: [...yaml.issues, ...issues] };
  const parsed = ModuleSchema.safeParse(yaml.data ?? {});
  // Judged on the fields that passed the schema only, so one character is never reported twice.
  const printable = (data: Partial<ModuleFrontmatter>) =>
    checkPrintableText(
      yaml.data,
      printedModuleTexts(data).filter(([key]) => String(key) in data),
      { file, ...yaml },
      pdfFontCoverage(),
    );
  if (!parsed.success) {
    const context = {
      file,
      lineOf: yaml.lineOf,
      data: yaml.data,
      schema: ModuleSchema,
      positionIn: yaml.positionIn,
    };
    const salvaged = { file, data: salvageFields(yaml.data), lineOf: yaml.lineOf };
    const schemaIssues = [...toContentIssues(parsed.error, context), ...printable(salvaged.data)];
    return { salvaged, outline, issues: [...schemaIssues, ...issues] };
  }
  issues.unshift(...printable(parsed.data));
  if (isPublished(parsed.data)) issues.push(...checkPlaceholders(file, text, parts.bodyLine));
  return { record: { file, data: parsed.data, lineOf: yaml.lineOf, outline }, outline, issues };
}

import type { FontCoverage } from '../../packs/pdf/font-coverage.ts';
import { codePointLabel } from './character-names.ts';
import { createIssue, type ContentIssue } from './issue.ts';

/** Where a text field is and how to find a character in it, from the located YAML. */
export interface TextLocator {
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number;
  positionIn: (path: readonly PropertyKey[], needle: string) => { line: number; column: number } | undefined;
}

/**
 * Texts that print in the packs must print every character they contain: an emoji or a symbol
 * the PDF font lacks comes out as an empty box on paper. One issue per field, at the first such
 * character; `fields` are the paths of the texts to judge in `data`.
 */
export function checkPrintableText(
  data: unknown,
  fields: readonly (readonly PropertyKey[])[],
  locator: TextLocator,
  coverage: FontCoverage | undefined,
): ContentIssue[] {
  if (!coverage) return [];
  return fields.flatMap((path) => {
    const text = valueAt(data, path);
    if (typeof text !== 'string') return [];
    const character = [...text].find((c) => !coverage.has(c.codePointAt(0)!));
    if (character === undefined) return [];
    const at = {
      file: locator.file,
      line: locator.lineOf(path),
      field: fieldName(path),
      ...locator.positionIn(path, character),
    };
    const codePoint = codePointLabel(character.codePointAt(0)!);
    return [createIssue('text-unprintable', at, { character, codePoint, font: coverage.font })];
  });
}

/** The paths of every printed text of a module: title, summary, lecturer and the listed sentences. */
export function printedModuleTexts(data: {
  objectives?: readonly unknown[] | undefined;
  discussion?: readonly unknown[] | undefined;
  materials?: readonly unknown[] | undefined;
}): PropertyKey[][] {
  const listed = (field: 'objectives' | 'discussion' | 'materials') =>
    (data[field] ?? []).map((_, i): PropertyKey[] => [field, i]);
  return [
    ['title'],
    ['summary'],
    ['lecturer'],
    ...listed('objectives'),
    ...listed('discussion'),
    ...listed('materials'),
  ];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}

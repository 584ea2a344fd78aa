import { PUBLIC_FILE_TYPES } from '../files/public-file-types.ts';
import { createIssue, type ContentIssue } from './issue.ts';

const allowed = new Set<string>(PUBLIC_FILE_TYPES);

/** Every file of `publicFiles` (the files under public/) whose kind is not in `PUBLIC_FILE_TYPES`, named at line 1. */
export function checkPublicFiles(publicFiles: readonly string[]): ContentIssue[] {
  return publicFiles
    .filter((file) => !allowed.has(extensionOf(file)))
    .map((file) =>
      createIssue('public-file-type', { file, line: 1, field: 'file' }, { extension: extensionOf(file) }),
    );
}

/** Lower-case extension without the dot; '' for a file without one. */
function extensionOf(file: string): string {
  const name = file.split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

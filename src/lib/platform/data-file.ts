/**
 * The first checks every data file a secretary or organizer imports shares (a ledger backup, a
 * report file): not empty, whole JSON, our format marker, and not from a newer version of the
 * page. What follows (the exact version, the schema, the digest) is each format's own.
 */

export interface DataFileKind {
  /** The `format` marker the file must carry. */
  format: string;
  /** The newest version this page reads. */
  version: number;
  /** How a refusal names a file that is not of this kind, e.g. `这不是上报文件`. */
  foreign: string;
  /** The file's name in the newer-version message, e.g. `上报文件`. */
  label: string;
  /** What wrote it, in the newer-version message, e.g. `台账`. */
  writer: string;
}

export type OpenedDataFile =
  { ok: true; data: Record<string, unknown>; version: unknown } | { ok: false; problems: string[] };

const refuse = (problem: string): OpenedDataFile => ({ ok: false, problems: [problem] });

export function openDataFile(text: string, kind: DataFileKind): OpenedDataFile {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) return refuse(`${kind.foreign}：文件是空的。`);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return refuse(`${kind.foreign}：内容不是完整的 JSON，文件可能已损坏或只保存了一部分。`);
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== kind.format)
    return refuse(`${kind.foreign}：缺少标记 format: "${kind.format}"。`);
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > kind.version)
    return refuse(
      `这个${kind.label}由更新版本的${kind.writer}生成（版本 ${version}），本页面只能读取版本 ${kind.version} 及以前的版本。请刷新页面后再导入。`,
    );
  return { ok: true, data: data as Record<string, unknown>, version };
}

/**
 * Tells what a file is from its first bytes, not from its name: a roster saved by WPS as .xlsx
 * but renamed .csv, or an old .xls renamed .xlsx, is common, and the name alone would give a
 * confusing error. Both an old .xls and a password-protected .xlsx are OLE compound files
 * (Excel encrypts an .xlsx by wrapping it in one, with an `EncryptedPackage` stream), so the
 * stream name tells them apart.
 */

export type FileKind = 'xlsx' | 'legacy' | 'encrypted' | 'text';

const ZIP_MAGIC = [0x50, 0x4b];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// "EncryptedPackage" as the UTF-16LE directory entry name of an OLE compound file.
const ENCRYPTED_STREAM = [...'EncryptedPackage'].flatMap((char) => [char.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const [first = 0] = needle;
  for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    if (needle.every((byte, offset) => bytes[i + offset] === byte)) return true;
  }
  return false;
}

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(bytes, OLE_MAGIC)) return contains(bytes, ENCRYPTED_STREAM) ? 'encrypted' : 'legacy';
  return 'text';
}

/** The lower-case extension without the dot, `''` when the name has none. */
export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot === -1 ? '' : fileName.slice(dot + 1).toLowerCase();
}

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a poppler or zbar command; a missing tool fails with the Debian package to install. */
function run(command: string, args: string[], pkg: string): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error)
    throw new Error(`找不到命令 ${command}：请安装 Debian 软件包 ${pkg}（apt-get install ${pkg}）`);
  return result.stdout;
}

export const pdfText = (file: string) => run('pdftotext', ['-layout', file, '-'], 'poppler-utils');
export const pdfFonts = (file: string) => run('pdffonts', [file], 'poppler-utils');

/** Every QR code on every page of a PDF, read from rendered page images as a phone would. */
export function pdfQrCodes(file: string, resolution = 150): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-qr-'));
  try {
    run('pdftoppm', ['-r', String(resolution), '-png', file, join(dir, 'page')], 'poppler-utils');
    const pages = readdirSync(dir).map((name) => join(dir, name));
    const output = run(
      'zbarimg',
      ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', ...pages],
      'zbar-tools',
    );
    return output.split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every QR code in a screenshot, read by zbar as a phone camera would. */
export function imageQrCodes(png: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'png-qr-'));
  try {
    const file = join(dir, 'screen.png');
    writeFileSync(file, png);
    const output = run('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', file], 'zbar-tools');
    return output.split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The target of every URI link action in a PDF (`/URI (…)`), what a reader opens when a link is
 * tapped. Chromium writes annotation dictionaries uncompressed, as literal strings with `\(`-style
 * escapes; hex strings are read too. Internal links (`/Dest`) are not URIs and are not listed.
 */
export function pdfLinkUris(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const uris: string[] = [];
  for (const match of text.matchAll(/\/URI\s*(\(|<)/g)) {
    let at = match.index + match[0].length;
    if (match[1] === '<') {
      const end = text.indexOf('>', at);
      uris.push(Buffer.from(text.slice(at, end).replace(/\s/g, ''), 'hex').toString('latin1'));
      continue;
    }
    let value = '';
    for (let depth = 1; at < text.length; at++) {
      const char = text[at]!;
      if (char === '\\') value += text[++at] ?? '';
      else if (char === ')' && --depth === 0) break;
      else {
        if (char === '(') depth++;
        value += char;
      }
    }
    uris.push(value);
  }
  return uris;
}

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

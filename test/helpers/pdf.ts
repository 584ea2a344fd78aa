/**
 * Every way a test reads a PDF, in one place: the text a reader can copy (pdftotext), the fonts
 * (pdffonts), the images (pdfimages), the metadata (pdfinfo), the QR codes a phone would scan
 * (pages drawn by Ghostscript, read by zbarimg), and the link targets and bookmarks read from the
 * bytes. The tools come with Debian's poppler-utils, ghostscript and zbar-tools; a missing one
 * fails with the package to install.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PACKAGES: Record<string, string> = {
  pdftotext: 'poppler-utils',
  pdffonts: 'poppler-utils',
  pdfimages: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  gs: 'ghostscript',
  zbarimg: 'zbar-tools',
};

/** Runs one of the tools above; `ok` lists the exit statuses that are answers, not failures. */
function run(tool: keyof typeof PACKAGES, args: string[], ok: readonly number[] = [0]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    const pkg = PACKAGES[tool];
    throw new Error(`找不到命令 ${tool}：请安装 Debian 软件包 ${pkg}（apt-get install ${pkg}）`);
  }
  if (result.error) throw result.error;
  if (!ok.includes(result.status ?? -1)) throw new Error(`${tool} ${args.join(' ')} 失败：${result.stderr}`);
  return result.stdout;
}

/** Text without any whitespace: pdftotext breaks Chinese lines anywhere, so compare it squashed. */
export const squash = (text: string) => text.replace(/\s+/g, '');

/** Each page's text as laid out (lines and columns kept), split where pdftotext puts form feeds. */
export const pdfLayoutPages = (file: string) =>
  run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).split('\f');

/** The whole text of the PDF, squashed. */
export const pdfText = (file: string) => squash(pdfLayoutPages(file).join(''));

/** The text of each page that has any, squashed. */
export const pdfPages = (file: string) => pdfLayoutPages(file).map(squash).filter(Boolean);

export interface PdfFont {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
}

/** pdffonts' table, one entry per font object. */
export function pdfFonts(file: string): PdfFont[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      // name, type (may contain spaces), encoding, then emb sub uni and the object number.
      const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line);
      if (!match) throw new Error(`pdffonts 的输出无法解析：${line}`);
      return { name: match[1]!, type: match[2]!, encoding: match[3]!, embedded: match[4] === 'yes' };
    });
}

/** Pages on which pdfimages finds an image (soft masks not counted). */
export const pdfImagePages = (file: string) =>
  run('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((columns) => columns[2] === 'image')
    .map((columns) => Number(columns[0]));

/** pdfinfo's fields: `Title`, `Pages`, `Tagged`, `CreationDate` … */
export function pdfInfo(file: string): Record<string, string> {
  const entries = run('pdfinfo', ['-enc', 'UTF-8', file])
    .split('\n')
    .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
    .flatMap((match) => (match ? [[match[1]!, match[2]!] as const] : []));
  return Object.fromEntries(entries);
}

/** QR codes in PNG files, read by zbar as a phone camera would (status 4: none found). */
const qrCodesIn = (pngs: string[]) =>
  run('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', ...pngs], [0, 4])
    .split('\n')
    .filter(Boolean);

/**
 * Every QR code on every page of a PDF, read from rendered page images. The codes are vector
 * drawings, so the pages are drawn without their text (Ghostscript's -dFILTERTEXT): a 53-page path
 * pack in 1.2 s instead of 11 s with pdftoppm, which spends its time on the Chinese glyphs.
 */
export function pdfQrCodes(file: string, resolution = 150): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-qr-'));
  try {
    run('gs', [
      '-q',
      '-dNOPAUSE',
      '-dBATCH',
      '-dSAFER',
      '-dFILTERTEXT',
      '-sDEVICE=pnggray',
      `-r${resolution}`,
      `-sOutputFile=${join(dir, 'page-%03d.png')}`,
      file,
    ]);
    return qrCodesIn(readdirSync(dir).map((name) => join(dir, name)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every QR code in a screenshot. */
export function imageQrCodes(png: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'png-qr-'));
  try {
    const file = join(dir, 'screen.png');
    writeFileSync(file, png);
    return qrCodesIn([file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const latin1 = (pdf: Uint8Array) =>
  Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');

/**
 * The target of every URI link action in a PDF (`/URI (…)`), what a reader opens when a link is
 * tapped. Chromium writes annotation dictionaries uncompressed, as literal strings with `\(`-style
 * escapes; hex strings are read too. Internal links (`/Dest`) are not URIs and are not listed.
 */
export function pdfLinkUris(pdf: Uint8Array): string[] {
  const text = latin1(pdf);
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

/**
 * Titles in the PDF's outline (bookmarks). Chromium's PDF writer stores them as uncompressed
 * UTF-16 hex strings; the document title appears among them too.
 */
export function outlineTitles(pdf: Uint8Array): string[] {
  return [...latin1(pdf).matchAll(/\/Title <FEFF([0-9A-F]*)>/g)].map(([, hex]) =>
    Buffer.from(hex!, 'hex').swap16().toString('utf16le'),
  );
}

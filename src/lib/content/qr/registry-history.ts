import { spawnSync } from 'node:child_process';
import { parseDocument } from 'yaml';

/** The fields of one registry entry as first committed: what a printed QR code was issued with. */
export type CommittedEntry = Readonly<Record<string, unknown>>;

/** Every code ever committed to the registry, with its fields as first committed. */
export type CommittedRegistry = ReadonlyMap<string, CommittedEntry>;

/**
 * Every entry ever committed to the registry file, read from Git history, so that deleting or
 * changing one, which would strand or redirect a printed QR code, can be caught. Each committed
 * version is parsed as YAML, so the spelling (block or flow style, quoted keys, comments) does not
 * matter. Returns undefined outside a Git checkout (e.g. an unpacked archive);
 * `registryHistoryGap` says why the history is missing.
 */
export function readRegistryHistory(root: string, file: string): CommittedRegistry | undefined {
  // `-m` lists a merge's own version too, and `--raw` names each version's blob, so the texts come
  // from one `cat-file` call instead of one `git show` per commit.
  const log = git(root, ['log', '-m', '--raw', '--no-abbrev', '--no-renames', '--format=', '--', file]);
  if (log.status !== 0) return undefined;
  const blobs = [...log.stdout.toString('utf8').matchAll(/^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) /gm)]
    .map((match) => match[1]!)
    .filter((blob) => !/^0+$/.test(blob))
    // Oldest first: the first committed value of a field is the one that went out on paper.
    .reverse();
  const unique = [...new Set(blobs)];
  if (unique.length === 0) return new Map();
  const contents = git(root, ['cat-file', '--batch'], `${unique.join('\n')}\n`);
  if (contents.status !== 0) return undefined;
  return committedEntries(splitBatch(contents.stdout));
}

/** Why the registry's full history cannot be read: a shallow clone, or no Git checkout at all. */
export type HistoryGap = 'shallow' | 'no-git';

/**
 * A shallow clone (CI's default `fetch-depth: 1`) holds only the last version of the registry, so
 * a line deleted in an earlier commit looks as if it never existed: the add-only guard can only
 * compare the working tree with that last commit.
 */
export function registryHistoryGap(root: string): HistoryGap | undefined {
  const result = git(root, ['rev-parse', '--is-shallow-repository']);
  if (result.status !== 0) return 'no-git';
  return result.stdout.toString('utf8').trim() === 'true' ? 'shallow' : undefined;
}

/**
 * Each code in the given registry texts (oldest first) with the value every field had when it
 * first appeared. A version that does not parse (it failed the check when it was committed) still
 * contributes the codes its `code:` lines name.
 */
export function committedEntries(texts: readonly string[]): Map<string, CommittedEntry> {
  const entries = new Map<string, Record<string, unknown>>();
  for (const text of texts) {
    for (const raw of parseEntries(text)) {
      const code = raw['code'];
      if (typeof code !== 'string') continue;
      const known = entries.get(code) ?? {};
      for (const [key, value] of Object.entries(raw)) if (!(key in known)) known[key] = value;
      entries.set(code, known);
    }
  }
  return entries;
}

function parseEntries(text: string): Record<string, unknown>[] {
  try {
    const doc = parseDocument(text, { uniqueKeys: false });
    if (doc.errors.length === 0) {
      const data: unknown = doc.toJS({ maxAliasCount: 100 });
      return (Array.isArray(data) ? data : []).filter(
        (entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null,
      );
    }
  } catch {
    // An alias bomb or a broken tag: fall through to the line reading below.
  }
  return [...text.matchAll(/^[\s[{-]*["']?code["']?\s*:\s*["']?([A-Za-z0-9-]+)/gm)].map((match) => ({
    code: match[1]!,
  }));
}

/** The texts of `git cat-file --batch` output: `<id> blob <size>\n<bytes>\n` per object. */
function splitBatch(output: Buffer): string[] {
  const texts: string[] = [];
  let offset = 0;
  while (offset < output.length) {
    const headerEnd = output.indexOf(0x0a, offset);
    if (headerEnd < 0) break;
    const size = Number(/ blob (\d+)$/.exec(output.subarray(offset, headerEnd).toString('utf8'))?.[1]);
    if (!Number.isFinite(size)) {
      offset = headerEnd + 1;
      continue;
    }
    texts.push(output.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
    offset = headerEnd + 1 + size + 1;
  }
  return texts;
}

function git(cwd: string, args: string[], input?: string) {
  return spawnSync('git', args, { cwd, input, maxBuffer: 64 * 1024 * 1024 });
}

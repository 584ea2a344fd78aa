/** The parts of an MDX file: frontmatter text, where it starts, and the body after it. */
export interface SplitSource {
  frontmatter: string | undefined;
  /** 1-based line of the first frontmatter line (the one after `---`). */
  frontmatterLine: number;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

export function splitFrontmatter(text: string): SplitSource {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { frontmatter: undefined, frontmatterLine: 1, body: text, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return {
    frontmatter: match[1] ?? '',
    frontmatterLine: 2,
    body: text.slice(match[0].length),
    bodyLine,
  };
}

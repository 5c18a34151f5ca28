/**
 * The on-disk form of a generated article: `content/articles/<slug>.md`.
 *
 *     ---
 *     <YAML frontmatter: ArticleFrontmatter>
 *     ---
 *     <body: the normalised source text from meta.bodyStart on, unchanged>
 *
 * Pure: string in, string out. Validation against the schema is the caller's job.
 */
import { parse, stringify } from 'yaml';

const OPEN = '---\n';
const CLOSE = '\n---\n';

export class ArticleFileError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(message);
  }
}

/** Serialises frontmatter and body. Deterministic: same input, same string. */
export function serializeArticleFile(frontmatter: object, body: string): string {
  const yaml = stringify(frontmatter, { lineWidth: 0, aliasDuplicateObjects: false });
  return `${OPEN}${yaml}---\n${body}`;
}

/** Splits a generated file into its parsed frontmatter (unvalidated) and its body. */
export function parseArticleFile(text: string): { frontmatter: unknown; body: string } {
  if (!text.startsWith(OPEN)) throw new ArticleFileError('the file does not start with a "---" frontmatter line', 1, 1);
  const close = text.indexOf(CLOSE, OPEN.length - 1);
  if (close < 0) throw new ArticleFileError('the frontmatter is never closed by a "---" line', 1, 1);
  const yaml = text.slice(OPEN.length, close + 1);
  let frontmatter: unknown;
  try {
    frontmatter = parse(yaml);
  } catch (error) {
    const pos = (error as { linePos?: [{ line: number; col: number }] }).linePos?.[0];
    throw new ArticleFileError(`frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, (pos?.line ?? 0) + 1, pos?.col ?? 1);
  }
  return { frontmatter, body: text.slice(close + CLOSE.length) };
}

/**
 * The on-disk form of a generated article: `content/articles/<slug>.md`.
 *
 *     ---
 *     <frontmatter: ArticleFrontmatter>
 *     ---
 *     <body: the normalised source text from meta.bodyStart on, unchanged>
 *
 * The frontmatter is written as JSON, one figure (award, model…) per line:
 * JSON is YAML, so every Markdown tool still reads it, diffs stay one line per
 * changed figure, and JSON.parse reads it ~50× faster than a YAML parser,
 * which matters at 10,000 articles. Hand-written YAML frontmatter is read too.
 *
 * Pure: string in, string out. Validation against the schema is the caller's job.
 */
import { parse } from 'yaml';

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

/** JSON with one top-level key per line and one array element per line. */
function frontmatterJson(frontmatter: object): string {
  const entries = Object.entries(frontmatter).filter(([, value]) => value !== undefined);
  const lines = ['{'];
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > 0) {
      lines.push(`  ${JSON.stringify(key)}: [`);
      value.forEach((item, j) => lines.push(`    ${JSON.stringify(item)}${j < value.length - 1 ? ',' : ''}`));
      lines.push(`  ]${comma}`);
    } else {
      lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
    }
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** Serialises frontmatter and body. Deterministic: same input, same string. */
export function serializeArticleFile(frontmatter: object, body: string): string {
  return `${OPEN}${frontmatterJson(frontmatter)}---\n${body}`;
}

/** Splits a generated file into its parsed frontmatter (unvalidated) and its body. */
export function parseArticleFile(text: string): { frontmatter: unknown; body: string } {
  if (!text.startsWith(OPEN)) throw new ArticleFileError('the file does not start with a "---" frontmatter line', 1, 1);
  const close = text.indexOf(CLOSE, OPEN.length - 1);
  if (close < 0) throw new ArticleFileError('the frontmatter is never closed by a "---" line', 1, 1);
  const yaml = text.slice(OPEN.length, close + 1);
  let frontmatter: unknown;
  try {
    if (yaml.startsWith('{')) {
      try {
        return { frontmatter: JSON.parse(yaml), body: text.slice(close + CLOSE.length) };
      } catch {
        // Not JSON after all (hand-written flow YAML, or broken): the YAML parser reads it or says where it breaks.
      }
    }
    frontmatter = parse(yaml);
  } catch (error) {
    const pos = (error as { linePos?: [{ line: number; col: number }] }).linePos?.[0];
    throw new ArticleFileError(`frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, (pos?.line ?? 0) + 1, pos?.col ?? 1);
  }
  return { frontmatter, body: text.slice(close + CLOSE.length) };
}

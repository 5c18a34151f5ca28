/**
 * How solieu reports input it cannot accept.
 *
 * Every stage that rejects a source file (decoding, the front block, the
 * extractor) throws a `SourceError` holding one `Problem` per thing that is
 * wrong, each with a 1-based line and column in the file, so the CLI can print
 * them as `file:line:col: message` — the format editors and terminals turn
 * into clickable links. Pure: no I/O.
 */

/** One thing wrong with a source file. `line` and `col` are 1-based. */
export interface Problem {
  line: number;
  col: number;
  message: string;
}

/** Thrown when a source file cannot be used; `problems` lists everything found, in file order. */
export class SourceError extends Error {
  override name = 'SourceError';

  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.line}:${p.col}: ${p.message}`).join('\n') || 'the source cannot be used');
  }
}

/**
 * The 1-based line and column of a string offset. Lines end at `\n`, `\r\n` or
 * a lone `\r` (the raw file's line breaks, before normalisation); the column
 * counts UTF-16 code units from the start of the line, as editors such as
 * VS Code do. Offsets past the end are clamped to the end.
 */
export function lineColAt(text: string, offset: number): { line: number; col: number } {
  const end = Math.max(0, Math.min(Math.trunc(offset) || 0, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    } else if (c === 0x0d) {
      // In `\r\n` the `\n` ends the line, so the `\r` alone does not.
      if (text.charCodeAt(i + 1) === 0x0a) continue;
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: end - lineStart + 1 };
}

/** Formats problems the way the CLI prints them: `file:line:col: message`. */
export function formatProblems(file: string, problems: readonly Problem[]): string[] {
  return problems.map((p) => `${file}:${p.line}:${p.col}: ${p.message}`);
}

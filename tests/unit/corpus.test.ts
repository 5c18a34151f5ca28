/**
 * Every article of the real test corpus (../shared/corpus/dantri, read in place, never
 * copied) extracts without throwing; every figure's text is the slice of the normalised
 * source it claims, and the result passes the schema. Skipped, with a warning, where the
 * corpus folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/article';
import { normalizeText } from '../../src/lib/text';
import { ArticleData, formatIssues } from '../../src/schema';

const DIR = fileURLToPath(new URL('../../../shared/corpus/dantri/', import.meta.url));
const present = existsSync(DIR);
if (!present) console.warn(`corpus.test.ts: ${DIR} is absent; the corpus tests are skipped`);
const files = present ? readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort() : [];

describe.skipIf(!present)('the Dân Trí corpus', () => {
  it('has its articles', () => {
    expect(files.length).toBeGreaterThanOrEqual(265);
  });

  it('extracts every article without throwing, with exact spans and schema-valid data', () => {
    const problems: string[] = [];
    let figures = 0;
    for (const file of files) {
      const text = normalizeText(readFileSync(DIR + file, 'utf8'));
      let data: ArticleData;
      try {
        data = extractArticle(text);
      } catch (error) {
        problems.push(`${file}: threw ${(error as Error).message.split('\n')[0]}`);
        continue;
      }
      const parsed = ArticleData.safeParse(data);
      if (!parsed.success) problems.push(...formatIssues(parsed.error).map((m) => `${file}: ${m}`));
      for (const f of data.figures) {
        figures++;
        if (text.slice(f.start, f.end) !== f.text) problems.push(`${file}: "${f.text}" is not the text at ${f.start}–${f.end}`);
      }
    }
    expect(problems).toEqual([]);
    // A corpus of news reports is full of statistics; none found means extraction is broken.
    expect(figures).toBeGreaterThan(files.length);
  });
});

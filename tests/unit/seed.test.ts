/**
 * extractArticle on the seed article (content/sources/000_221d6abb8b15921d.txt).
 * Every expectation below was written by reading the article: all 28 statistics with value,
 * unit, kind and qualifier, nothing else highlighted, the metadata, the five award lines and
 * the named models.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/article';
import { findOccurrences } from '../../src/lib/eval';
import { normalizeText } from '../../src/lib/text';
import { ArticleData, formatIssues, type Figure } from '../../src/schema';

const SEED = 'content/sources/000_221d6abb8b15921d.txt';
const text = normalizeText(readFileSync(fileURLToPath(new URL(`../../${SEED}`, import.meta.url)), 'utf8'));
const data = extractArticle(text);

/** Offset of `needle` inside `context` (default: the needle), which must occur once as whole words. */
function locate(needle: string, context = needle): number {
  const places = findOccurrences(text, context);
  const at = places[0];
  if (at === undefined || places.length > 1) throw new Error(`context "${context}" must occur exactly once in the seed`);
  const inner = context.indexOf(needle);
  if (inner < 0) throw new Error(`"${needle}" is not inside "${context}"`);
  return at + inner;
}

interface Expected {
  text: string;
  context?: string;
  unit: string;
  kind: Figure['kind'];
  qualifier?: Figure['qualifier'];
  value?: number;
  numerator?: number;
  denominator?: number;
  unitInferred?: boolean;
}

const EXPECTED: Expected[] = [
  { text: '115 kế hoạch, văn bản', value: 115, unit: 'kế hoạch, văn bản', kind: 'count' },
  { text: '90 buổi tuyên truyền', value: 90, unit: 'buổi tuyên truyền', kind: 'count' },
  { text: 'trên 5.000 người', value: 5000, unit: 'người', kind: 'people', qualifier: 'over' },
  { text: 'trên 30.000 tờ rơi', value: 30000, unit: 'tờ rơi', kind: 'count', qualifier: 'over' },
  { text: 'hơn 2,9 tỷ đồng', value: 2_900_000_000, unit: 'đồng', kind: 'money', qualifier: 'over' },
  { text: '310 triệu đồng', value: 310_000_000, unit: 'đồng', kind: 'money' },
  { text: 'trên 244 tấn', value: 244, unit: 'tấn', kind: 'mass', qualifier: 'over' },
  { text: '176 triệu đồng', value: 176_000_000, unit: 'đồng', kind: 'money' },
  { text: '420 suất quà', value: 420, unit: 'suất quà', kind: 'count' },
  { text: '11 phường, xã', value: 11, unit: 'phường, xã', kind: 'count' },
  { text: '742 tấn', value: 742, unit: 'tấn', kind: 'mass' },
  { text: 'hơn 6,7 tỷ đồng', value: 6_700_000_000, unit: 'đồng', kind: 'money', qualifier: 'over' },
  { text: '31 mô hình', value: 31, unit: 'mô hình', kind: 'count' },
  { text: '48 điểm', value: 48, unit: 'điểm', kind: 'count' },
  { text: '23 mô hình', value: 23, unit: 'mô hình', kind: 'count' },
  { text: '8 mô hình', value: 8, unit: 'mô hình', kind: 'count' },
  { text: 'gần 300 mắt camera', value: 300, unit: 'mắt camera', kind: 'count', qualifier: 'nearly' },
  { text: '11/11 xã, phường', numerator: 11, denominator: 11, value: 1, unit: 'xã, phường', kind: 'ratio' },
  { text: '705 tin', value: 705, unit: 'tin', kind: 'count' },
  { text: '403 tin', value: 403, unit: 'tin', kind: 'count' },
  { text: '14 cá nhân', value: 14, unit: 'cá nhân', kind: 'people' },
  { text: '1 tập thể', value: 1, unit: 'tập thể', kind: 'count' },
  { text: '2 cá nhân', value: 2, unit: 'cá nhân', kind: 'people' },
  { text: '3 tập thể', value: 3, unit: 'tập thể', kind: 'count' },
  { text: '5 tập thể', value: 5, unit: 'tập thể', kind: 'count' },
  { text: '6', context: '5 tập thể và 6 được', value: 6, unit: 'cá nhân', kind: 'people', unitInferred: true },
  { text: '6 tập thể', value: 6, unit: 'tập thể', kind: 'count' },
  { text: '4 cá nhân', value: 4, unit: 'cá nhân', kind: 'people' },
];

const expected = EXPECTED.map(({ context, qualifier = 'exact', unitInferred = false, ...rest }) => {
  const start = locate(rest.text, context);
  return { ...rest, qualifier, unitInferred, start, end: start + rest.text.length };
});

/** The fields the seed test checks, with absent optional fields made explicit. */
function project(f: Figure) {
  return {
    text: f.text,
    start: f.start,
    end: f.end,
    value: f.value,
    ...(f.numerator !== undefined || f.denominator !== undefined ? { numerator: f.numerator, denominator: f.denominator } : {}),
    ...(f.min !== undefined || f.max !== undefined ? { min: f.min, max: f.max } : {}),
    unit: f.unit,
    kind: f.kind,
    qualifier: f.qualifier,
    unitInferred: f.unitInferred === true,
  };
}

const byText = (t: string, context?: string) => {
  const start = locate(t, context);
  const f = data.figures.find((x) => x.start === start && x.end === start + t.length);
  if (!f) throw new Error(`no figure "${t}" at ${start}`);
  return f;
};

describe('the seed article', () => {
  it('passes the schema', () => {
    const parsed = ArticleData.safeParse(data);
    expect(parsed.success ? [] : formatIssues(parsed.error)).toEqual([]);
  });

  it('finds every statistic, exactly, and nothing else', () => {
    const found = [...data.figures].sort((a, b) => a.start - b.start).map(project);
    expect(found).toEqual(expected);
  });

  it('keeps every figure text equal to its slice of the source', () => {
    for (const f of data.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('highlights no date, year, identifier or dateline', () => {
    const traps = ['date 2022-01', 'Ngày 21/1', 'năm 2021', 'năm 2022', 'Covid-19'];
    const hits: string[] = [];
    for (const trap of traps)
      for (let at = text.indexOf(trap); at >= 0; at = text.indexOf(trap, at + 1))
        for (const f of data.figures) if (f.start < at + trap.length && at < f.end) hits.push(`"${f.text}" overlaps "${trap}"`);
    expect(hits).toEqual([]);
  });

  it('reads the metadata from the dateline and the byline', () => {
    expect(data.meta).toMatchObject({ date: '2022-01-21', outlet: 'Lao Động', author: 'KHÁNH PHÚC', titleDerived: true });
    expect(data.meta.title.length).toBeGreaterThan(0);
    // The body starts after the scraper's "date 2022-01" prefix.
    expect(text.slice(data.meta.bodyStart)).toMatch(/^\(LĐ online\)|^Ngày 21\/1/);
  });

  it('finds the five award lines: who got what from whom, with counts', () => {
    const ids = (...figures: Figure[]) => figures.map((f) => f.id).sort();
    const awards = data.awards.map((a) => ({
      award: a.award.toLowerCase(),
      grantor: a.grantor,
      collectives: a.collectives,
      individuals: a.individuals,
      inferred: a.inferred === true,
      figureIds: [...a.figureIds].sort(),
    }));
    expect(awards).toEqual([
      {
        award: 'kỷ niệm chương “bảo vệ an ninh tổ quốc”',
        grantor: 'Bộ Công an',
        collectives: undefined,
        individuals: 14,
        inferred: false,
        figureIds: ids(byText('14 cá nhân')),
      },
      {
        award: 'bằng khen',
        grantor: 'Bộ Công an',
        collectives: 1,
        individuals: 2,
        inferred: false,
        figureIds: ids(byText('1 tập thể'), byText('2 cá nhân')),
      },
      {
        award: 'bằng khen',
        grantor: 'Chủ tịch UBND tỉnh Lâm Đồng',
        collectives: 3,
        individuals: undefined,
        inferred: false,
        figureIds: ids(byText('3 tập thể')),
      },
      {
        award: 'giấy khen',
        // As written in the article (the source omits "an" in "Công an").
        grantor: 'Giám đốc Công tỉnh Lâm Đồng',
        collectives: 5,
        individuals: 6,
        inferred: true,
        figureIds: ids(byText('5 tập thể'), byText('6', '5 tập thể và 6 được')),
      },
      {
        award: 'giấy khen',
        grantor: 'Chủ tịch UBND TP Bảo Lộc',
        collectives: 6,
        individuals: 4,
        inferred: false,
        figureIds: ids(byText('6 tập thể'), byText('4 cá nhân')),
      },
    ]);
  });

  it('finds the named models and the movement', () => {
    const bare = (name: string) =>
      name
        .replace(/^(mô hình|phong trào)\s+/i, '')
        .replace(/^[“"]|[”"]$/g, '')
        .toLowerCase();
    const models = data.models.map((m) => ({ type: m.type, name: bare(m.name), figureIds: m.figureIds }));
    const find = (type: string, name: string) => models.find((m) => m.type === type && m.name === name);
    expect(find('model', 'giáo họ không có tội phạm và tệ nạn xã hội'), JSON.stringify(models)).toBeDefined();
    expect(find('model', 'camera an ninh'), JSON.stringify(models)).toBeDefined();
    expect(find('movement', 'toàn dân bảo vệ an ninh tổ quốc'), JSON.stringify(models)).toBeDefined();
    // The camera model is described by its "gần 300 mắt camera".
    expect(find('model', 'camera an ninh')?.figureIds).toContain(byText('gần 300 mắt camera').id);
  });

  it('finds the acronym the article defines', () => {
    const antq = data.acronyms.find((a) => a.short === 'ANTQ');
    expect(antq).toMatchObject({ defined: true });
    expect(antq?.long.toLowerCase()).toBe('an ninh tổ quốc');
  });
});

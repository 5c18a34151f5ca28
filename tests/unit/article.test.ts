import { describe, expect, it } from 'vitest';
import { extractArticleWithIds } from '../../src/lib/article';
import { SourceError } from '../../src/lib/problems';
import { ArticleData, Overrides } from '../../src/schema';

const text = 'Ngày 3/2/2023, xã đã trao 120 suất quà và 45 triệu đồng cho bà con. Thêm hai mươi hộ được hỗ trợ.';

describe('extractArticleWithIds', () => {
  it('returns data that passes the schema, with figures located in the text', () => {
    const { data } = extractArticleWithIds(text);
    expect(ArticleData.safeParse(data).success).toBe(true);
    for (const f of data.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(data.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['120 suất quà', '45 triệu đồng']));
  });

  it('applies overrides: remove by id, correct by id, add a missed figure', () => {
    const overrides = Overrides.parse({
      remove: ['120-suat-qua'],
      correct: { '45-trieu-dong': { value: 46000000 } },
      add: [{ text: 'bà con', kind: 'people', unit: 'bà con', value: 300, qualifier: 'about' }],
    });
    const { data } = extractArticleWithIds(text, { overrides });
    const byId = Object.fromEntries(data.figures.map((f) => [f.id, f]));
    expect(byId['120-suat-qua']).toBeUndefined();
    expect(byId['45-trieu-dong']).toMatchObject({ value: 46000000, unit: 'đồng', kind: 'money' });
    expect(byId['ba-con']).toMatchObject({ text: 'bà con', value: 300, start: text.indexOf('bà con') });
    expect(ArticleData.safeParse(data).success).toBe(true);
  });

  it('refuses overrides that name a figure the article does not have', () => {
    const overrides = Overrides.parse({ remove: ['khong-co'] });
    expect(() => extractArticleWithIds(text, { overrides })).toThrow(SourceError);
  });

  it('refuses an added figure whose text is not in the body', () => {
    const overrides = Overrides.parse({ add: [{ text: '999 tấn', kind: 'mass', unit: 'tấn', value: 999 }] });
    expect(() => extractArticleWithIds(text, { overrides })).toThrow(/999 tấn/);
  });

  it('keeps ids across a re-run that passes the previous result', () => {
    const first = extractArticleWithIds(text);
    const edited = 'Mở đầu có 7 người. ' + text;
    const again = extractArticleWithIds(edited, { previous: { figures: first.data.figures, redirects: first.redirects } });
    const ids = (d: ArticleData) => Object.fromEntries(d.figures.map((f) => [f.text, f.id]));
    expect(ids(again.data)['45 triệu đồng']).toBe(ids(first.data)['45 triệu đồng']);
    expect(ids(again.data)['120 suất quà']).toBe(ids(first.data)['120 suất quà']);
  });
});

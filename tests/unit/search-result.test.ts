import { describe, expect, it } from 'vitest';
import { toIndexForm } from '../../src/lib/search/fold';
import { formatDate, hasExactWords, refineLocations, resultView, type PagefindResultData } from '../../src/lib/search/result';
import { encodeFigureTable } from '../../src/lib/search/unindexed';

// What Pagefind's data() gives for a small article, in the index form (ḏ, 2̦9).
const text = 'Quỹ phòng dịch. Mặt trận đã vận động hơn 2,9 tỷ đồng cho quỹ. Thiệt hại 29 tỷ đồng. Tín dụng đen đến nay giảm.';
const content = toIndexForm(text);
const words = content.split(' ');
const at = (location: number) => ({ location, balanced_score: 1 });
const data = (locations: number[], extra: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url: '/bai/quy/',
  content,
  meta: {
    title: toIndexForm('Quỹ đồng lòng'),
    date: '2022-01-21',
    figs: encodeFigureTable([{ id: 'hon-2-9-ty-dong', kind: 'money', reading: '> 2.900.000.000 ₫ · tiền' }]),
  },
  anchors: [
    { element: 'mark', id: 'hon-2-9-ty-dong', text: toIndexForm('hơn 2,9 tỷ đồng'), location: 8 },
    { element: 'mark', id: '29-ty-dong', text: '29 tỷ \u1E0Fồng', location: 16 },
  ],
  weighted_locations: locations.map(at),
  filters: { outlet: ['Lao Động'], category: ['Xã hội'], kind: ['money'] },
  ...extra,
});

describe('formatDate', () => {
  it('writes dates the Vietnamese way', () => {
    expect(formatDate('2022-01-21')).toBe('21/01/2022');
    expect(formatDate('2022-01')).toBe('01/2022');
    expect(formatDate('2022')).toBe('2022');
  });
});

describe('hasExactWords', () => {
  const text = toIndexForm('Quỹ vận động được hơn 2,9 tỷ đồng tại Bảo Lộc.');
  it('is true when every precisely typed word is in the text with its accents', () => {
    expect(hasExactWords(text, toIndexForm('Bảo Lộc'))).toBe(true);
    expect(hasExactWords(text, toIndexForm('đồng'))).toBe(true);
    expect(hasExactWords(text, toIndexForm('đồng tại'))).toBe(true);
  });
  it('is false when a word is only there with other accents', () => {
    expect(hasExactWords(text, toIndexForm('bão lốc'))).toBe(false);
    expect(hasExactWords(text, toIndexForm('Bảo lốc'))).toBe(false);
    expect(hasExactWords(text, toIndexForm('đông'))).toBe(false);
  });
  it('keeps a decimal apart from the same digits without the comma', () => {
    expect(hasExactWords(text, toIndexForm('2,9'))).toBe(true);
    expect(hasExactWords(toIndexForm('Quỹ có 29 tỷ đồng.'), toIndexForm('2,9'))).toBe(false);
  });
  it('matches the start of a word, as a search does, and ignores case', () => {
    expect(hasExactWords(text, toIndexForm('độn'))).toBe(true);
    expect(hasExactWords(text, toIndexForm('LỘC'))).toBe(true);
  });
  it('is true for an empty exact part (nothing was typed precisely)', () => {
    expect(hasExactWords(text, '')).toBe(true);
  });
});

describe('refineLocations', () => {
  it('checks the words at the locations: `2,9` is not `29`, `đen` is not `đến`', () => {
    expect(words[9]).toBe('2\u03269');
    // Pagefind matched 2,9 (9) and tỷ (10), and 29 (16) and tỷ (17)
    expect(words[16]).toBe('29');
    expect(refineLocations(words, [at(9), at(10), at(16), at(17)], '2,9 tỷ').map((l) => l.location)).toEqual([9, 10, 17]);
    // Tín (19) dụng (20) đen (21) đến (22)
    expect(words.slice(19, 23)).toEqual(['Tín', 'dụng', '\u1E0Fen', '\u1E0Fến']);
    expect(refineLocations(words, [at(19), at(20), at(21), at(22)], 'tín dụng đen').map((l) => l.location)).toEqual([19, 20, 21]);
    // typed without accents, đến matches too
    expect(refineLocations(words, [at(19), at(20), at(21), at(22)], 'tin dung den').map((l) => l.location)).toEqual([19, 20, 21, 22]);
  });
  it("keeps Pagefind's locations when none passes", () => {
    expect(refineLocations(words, [at(3)], 'xyz').map((l) => l.location)).toEqual([3]);
  });
});

describe('resultView', () => {
  it('goes to the figure the query is about and shows its reading', () => {
    const view = resultView(data([9, 10, 11, 16, 17, 18]), '2,9 tỷ');
    expect(view.href).toBe('/bai/quy/?hl=2%2C9+t%E1%BB%B7#hon-2-9-ty-dong');
    expect(view.figures).toHaveLength(1);
    expect(view.figures[0]).toMatchObject({ id: 'hon-2-9-ty-dong', text: 'hơn 2,9 tỷ đồng', reading: '> 2.900.000.000 ₫ · tiền', kind: 'money' });
  });
  it('shows title, date, outlet and category as the article writes them', () => {
    const view = resultView(data([9, 10]), '2,9 tỷ');
    expect(view).toMatchObject({ title: 'Quỹ đồng lòng', date: '2022-01-21', dateText: '21/01/2022', outlet: 'Lao Động', category: 'Xã hội', pageUrl: '/bai/quy/' });
  });
  it('otherwise goes to the place of the best match', () => {
    const view = resultView(data([19, 20, 21, 22]), 'tín dụng đen');
    expect(view.figures).toEqual([]);
    expect(view.href).toBe(`/bai/quy/?hl=t%C3%ADn+d%E1%BB%A5ng+%C4%91en&at=${new URLSearchParams({ x: 'Tín dụng đen đến' }).toString().slice(2)}`);
  });
  it('builds the excerpt from the article text with only the real matches marked', () => {
    const view = resultView(data([9, 10, 16, 17]), '2,9 tỷ');
    const marked = view.excerpt.filter((s) => s.hit).map((s) => s.text);
    expect(marked).toEqual(['2,9', 'tỷ', 'tỷ']);
    expect(view.excerpt.map((s) => s.text).join('')).toContain('hơn 2,9 tỷ đồng cho quỹ.');
  });
});

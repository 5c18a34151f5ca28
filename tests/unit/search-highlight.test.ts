import { describe, expect, it } from 'vitest';
import { findHighlights, findPlace, tokenize } from '../../src/lib/search/highlight-match';

const slice = (texts: string[], r: { node: number; start: number; end: number }) => texts[r.node]!.slice(r.start, r.end);

describe('tokenize', () => {
  it('trims punctuation from words but keeps inner separators', () => {
    const texts = ['Có (gần 300 mắt camera), “tín dụng”; 2,9 tỷ.'];
    expect(tokenize(texts).map((t) => slice(texts, t))).toEqual(['Có', 'gần', '300', 'mắt', 'camera', 'tín', 'dụng', '2,9', 'tỷ']);
  });
});

describe('findHighlights', () => {
  const texts = ['Ngày 21/1, UBND TP Bảo Lộc đã tổ chức', ' hội nghị. Bão lũ ở Bảo Lộc; ', 'hơn 2,9 tỷ đồng và 29 tỷ đồng'];
  it('finds folded matches for a query typed without accents, đ included', () => {
    const hits = findHighlights(texts, 'bao loc').map((r) => slice(texts, r));
    expect(hits).toEqual(['Bảo', 'Lộc', 'Bão', 'Bảo', 'Lộc']);
    expect(findHighlights(texts, 'dong').map((r) => slice(texts, r))).toEqual(['đồng', 'đồng']);
  });
  it('keeps to the typed accents when the article has them', () => {
    expect(findHighlights(texts, 'Bảo Lộc').map((r) => slice(texts, r))).toEqual(['Bảo', 'Lộc', 'Bảo', 'Lộc']);
  });
  it('falls back to folded matching for a typed accent the article lacks', () => {
    expect(findHighlights(texts, 'bảo lốc').map((r) => slice(texts, r))).toEqual(['Bảo', 'Lộc', 'Bảo', 'Lộc']);
  });
  it('matches numbers whole and by shape', () => {
    const hits = findHighlights(texts, '2,9 tỷ');
    expect(hits.map((r) => slice(texts, r))).toEqual(['2,9', 'tỷ', 'tỷ']);
    expect(hits[0]).toEqual({ node: 2, start: 4, end: 7 });
  });
  it('finds nothing for an empty query', () => {
    expect(findHighlights(texts, ' ')).toEqual([]);
  });
});

describe('findPlace', () => {
  const texts = ['Phong trào toàn dân. ', 'Trong đó, ', 'Mặt trận Tổ quốc', ' đã tổ chức 90 buổi tuyên truyền'];
  it('finds the phrase across text nodes, ignoring case, accents and punctuation', () => {
    const place = findPlace(texts, 'to quoc', 'Tổ quốc đã tổ');
    expect(place).toEqual({ node: 2, start: 9, end: 11 });
  });
  it('ignores punctuation-only words and a period Pagefind added', () => {
    expect(findPlace(texts, 'dan', 'dân. Trong – đó')).toEqual({ node: 0, start: 16, end: 19 });
  });
  it('falls back to the first highlight when the phrase is not there', () => {
    expect(findPlace(texts, 'tuyen truyen', 'không có ở đây')).toEqual({ node: 3, start: 20, end: 25 });
  });
  it('is undefined when nothing matches', () => {
    expect(findPlace(texts, 'xyz', undefined)).toBeUndefined();
  });
});

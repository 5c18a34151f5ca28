import { describe, expect, it } from 'vitest';
import { matchFigures, type PagefindAnchor } from '../../src/lib/search/figures';
import type { FigureInfo } from '../../src/lib/search/unindexed';

const C = '\u1E0F'; // the index form of đ
const anchors: PagefindAnchor[] = [
  { element: 'p', id: 'doan-1', text: 'Mặt trận đã vận động', location: 3 },
  { element: 'mark', id: 'tien-quy', text: `hơn 2,9 tỷ ${C}ồng`, location: 10 },
  { element: 'mark', id: 'tien-29', text: `29 tỷ ${C}ồng`, location: 20 },
  { element: 'mark', id: 'nong-san', text: 'trên 244 tấn', location: 30 },
  { element: 'mark', id: 'camera', text: 'gần 300 mắt camera', location: 40 },
  { element: 'mark', id: 'trieu', text: `2,9 triệu ${C}ồng`, location: 50 },
];
const table = new Map<string, FigureInfo>([
  ['tien-quy', { id: 'tien-quy', kind: 'money', reading: '> 2.900.000.000 ₫ · tiền' }],
  ['tien-29', { id: 'tien-29', kind: 'money', reading: '29.000.000.000 ₫ · tiền' }],
  ['nong-san', { id: 'nong-san', kind: 'mass', reading: '> 244 tấn · khối lượng' }],
  ['camera', { id: 'camera', kind: 'count', reading: '≲ 300 mắt camera · số lượng' }],
  ['trieu', { id: 'trieu', kind: 'money', reading: '2.900.000 ₫ · tiền' }],
]);

describe('matchFigures', () => {
  it('lands `2,9 tỷ` on the figure with both words, never on 29 tỷ or 2,9 triệu', () => {
    const hits = matchFigures('2,9 tỷ', anchors, table);
    expect(hits.map((h) => h.id)).toEqual(['tien-quy']);
    expect(hits[0]).toMatchObject({ text: 'hơn 2,9 tỷ đồng', kind: 'money', reading: '> 2.900.000.000 ₫ · tiền', location: 10 });
  });
  it('finds a figure typed without diacritics', () => {
    expect(matchFigures('244 tan', anchors, table).map((h) => h.id)).toEqual(['nong-san']);
    expect(matchFigures('2,9 ty dong', anchors, table)[0]!.id).toBe('tien-quy');
  });
  it('matches a figure by its unit words', () => {
    const hits = matchFigures('mắt camera', anchors, table);
    expect(hits.map((h) => h.id)).toEqual(['camera']);
    expect(hits[0]!.exact).toBe(2);
  });
  it('ignores anchors that are not figure marks', () => {
    expect(matchFigures('mặt trận', anchors, table)).toEqual([]);
  });
  it('needs every number of the query', () => {
    expect(matchFigures('300 tỷ', anchors, table)).toEqual([]);
  });
  it('ranks figures covering more words, then accent-exact ones, then earlier ones', () => {
    const hits = matchFigures('tỷ đồng', anchors, table);
    expect(hits.map((h) => h.id)).toEqual(['tien-quy', 'tien-29']);
    const dong = matchFigures('đồng', anchors, table);
    expect(dong.map((h) => h.id)).toEqual(['tien-quy', 'tien-29', 'trieu']);
  });
  it('treats every mark as a figure when the page has no figure table', () => {
    const hits = matchFigures('244 tấn', anchors, new Map());
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ id: 'nong-san', reading: '', kind: '' });
  });
  it('has nothing to say about an empty query', () => {
    expect(matchFigures('  ', anchors, table)).toEqual([]);
  });
});

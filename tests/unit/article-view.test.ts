/** The article panel's pure helpers: readings, groups and totals, figure links. */
import { describe, expect, it } from 'vitest';
import { groupFigures } from '../../src/lib/figure-groups';
import { articlePath, encodeTextTerm, figurePath, textDirective } from '../../src/lib/figure-link';
import { spokenFigure } from '../../src/lib/figure-speech';
import { figureReading, figureValueText, formatNumber } from '../../src/lib/reading';
import type { Figure } from '../../src/schema';

let at = 0;
const f = (p: Partial<Figure> & Pick<Figure, 'kind' | 'text'>): Figure => {
  const start = (at += 100);
  return { id: `f${start}`, start, end: start + p.text.length, unit: '', qualifier: 'exact', value: 0, ...p };
};

describe('reading', () => {
  it('formats numbers the Vietnamese way', () => {
    expect(formatNumber(2900000000)).toBe('2.900.000.000');
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatNumber(0.75)).toBe('0,75');
  });

  it('reads money, percent, ranges, fractions and qualifiers', () => {
    expect(figureReading(f({ kind: 'money', text: 'hơn 2,9 tỷ đồng', unit: 'đồng', value: 2.9e9, qualifier: 'over' }))).toBe('> 2.900.000.000 ₫ · tiền');
    expect(figureReading(f({ kind: 'percent', text: '12,5%', unit: '%', value: 12.5 }))).toBe('12,5% · phần trăm');
    expect(figureReading(f({ kind: 'money', text: '1,2 triệu USD', unit: 'USD', value: 1.2e6 }))).toBe('1.200.000 US$ · tiền');
    expect(figureReading(f({ kind: 'mass', text: 'khoảng 10–15 tấn', unit: 'tấn', value: undefined, min: 10, max: 15, qualifier: 'about' }))).toBe('≈ 10–15 tấn · khối lượng');
    expect(figureReading(f({ kind: 'ratio', text: '11/11 xã', unit: 'xã', numerator: 11, denominator: 11, value: 1 }))).toBe('11/11 xã (100%) · tỷ số');
    expect(figureReading(f({ kind: 'count', text: 'gần 300 mắt camera', unit: 'mắt camera', value: 300, qualifier: 'nearly' }))).toBe('≲ 300 mắt camera · số lượng');
    expect(figureReading(f({ kind: 'people', text: '6', unit: 'cá nhân', value: 6, unitInferred: true }))).toBe('6 cá nhân (đơn vị suy ra) · người');
  });

  it('keeps a unit per something as written', () => {
    expect(figureValueText(f({ kind: 'money', text: '45.000 đồng/kg', unit: 'đồng/kg', value: 45000 }))).toBe('45.000 đồng/kg');
  });
});

describe('spokenFigure (keyboard announcements)', () => {
  it('says the words once, then the normalised value with its qualifier in words, then the group', () => {
    expect(spokenFigure('hơn 2,9 tỷ đồng', '> 2.900.000.000 ₫ · tiền')).toBe('hơn 2,9 tỷ đồng — hơn 2.900.000.000 đồng, nhóm tiền');
    expect(spokenFigure('khoảng 10–15 tấn', '≈ 10–15 tấn · khối lượng')).toBe('khoảng 10–15 tấn — nhóm khối lượng');
    expect(spokenFigure('1,2 triệu USD', '1.200.000 US$ · tiền')).toBe('1,2 triệu USD — 1.200.000 đô la Mỹ, nhóm tiền');
  });

  it('does not repeat a value the words already say', () => {
    expect(spokenFigure('115 kế hoạch, văn bản', '115 kế hoạch, văn bản · số lượng')).toBe('115 kế hoạch, văn bản — nhóm số lượng');
    expect(spokenFigure('trên 5.000 người', '> 5.000 người · người')).toBe('trên 5.000 người — nhóm người');
    expect(spokenFigure('12,5%', '12,5% · phần trăm')).toBe('12,5% — nhóm phần trăm');
  });

  it('keeps what brackets add: the share of a fraction, an inferred unit', () => {
    expect(spokenFigure('11/11 xã, phường', '11/11 xã, phường (100%) · tỷ số')).toBe('11/11 xã, phường — 100%, nhóm tỷ số');
    expect(spokenFigure('6', '6 cá nhân (đơn vị suy ra) · người')).toBe('6 — 6 cá nhân (đơn vị suy ra), nhóm người');
  });

  it('collapses the spacing of the words and survives an empty reading', () => {
    expect(spokenFigure('310 triệu\nđồng', '')).toBe('310 triệu đồng');
    expect(spokenFigure('Gần 300 mắt camera', '≲ 300 mắt camera · số lượng')).toBe('Gần 300 mắt camera — nhóm số lượng');
  });
});

describe('groupFigures', () => {
  it('groups by kind in schema order and figures in text order', () => {
    const a = f({ kind: 'count', text: '90 buổi', unit: 'buổi', value: 90 });
    const b = f({ kind: 'money', text: '310 triệu đồng', unit: 'đồng', value: 3.1e8 });
    const c = f({ kind: 'count', text: '420 suất quà', unit: 'suất quà', value: 420 });
    const groups = groupFigures([c, b, a]);
    expect(groups.map((g) => [g.kind, g.label, g.figures.map((x) => x.text)])).toEqual([
      ['money', 'Tiền', ['310 triệu đồng']],
      ['count', 'Số lượng', ['90 buổi', '420 suất quà']],
    ]);
  });

  it('adds money per currency and people per unit, only when two or more share a unit', () => {
    const figures = [
      f({ kind: 'money', text: 'hơn 2,9 tỷ đồng', unit: 'đồng', value: 2.9e9, qualifier: 'over' }),
      f({ kind: 'money', text: '310 triệu đồng', unit: 'đồng', value: 3.1e8 }),
      f({ kind: 'money', text: '5 USD', unit: 'USD', value: 5 }),
      f({ kind: 'people', text: '14 cá nhân', unit: 'cá nhân', value: 14 }),
      f({ kind: 'people', text: '2 Cá nhân', unit: 'Cá nhân', value: 2 }),
      f({ kind: 'count', text: '3 tập thể', unit: 'tập thể', value: 3 }),
      f({ kind: 'count', text: '5 tập thể', unit: 'tập thể', value: 5 }),
    ];
    const totals = Object.fromEntries(groupFigures(figures).map((g) => [g.kind, g.totals]));
    expect(totals.money).toEqual([{ unit: 'đồng', count: 2, min: 3.21e9, max: 3.21e9, qualifier: 'over' }]);
    expect(totals.people).toEqual([{ unit: 'cá nhân', count: 2, min: 16, max: 16, qualifier: 'exact' }]);
    expect(totals.count).toEqual([]);
  });

  it('qualifies a total by its terms and adds ranges by their bounds; never adds fractions', () => {
    const totalOf = (figures: Figure[]) => groupFigures(figures)[0]!.totals[0];
    const money = (p: Partial<Figure>) => f({ kind: 'money', text: 'x', unit: 'đồng', ...p });
    expect(totalOf([money({ value: 1, qualifier: 'under' }), money({ value: 2, qualifier: 'nearly' })])?.qualifier).toBe('under');
    expect(totalOf([money({ value: 1, qualifier: 'over' }), money({ value: 2, qualifier: 'under' })])?.qualifier).toBe('about');
    expect(totalOf([money({ value: undefined, min: 10, max: 15 }), money({ value: 5 })])).toEqual({ unit: 'đồng', count: 2, min: 15, max: 20, qualifier: 'exact' });
    expect(totalOf([money({ numerator: 1, denominator: 2, value: 0.5 }), money({ value: 5 })])).toBeUndefined();
  });
});

describe('figure links', () => {
  it('builds the article path and the figure permalink', () => {
    expect(articlePath('thu-nghiem/pho-co')).toBe('/bai/thu-nghiem/pho-co/');
    expect(figurePath('bao-loc', 'hon-2-9-ty-dong')).toBe('/bai/bao-loc/#hon-2-9-ty-dong');
  });

  it('encodes the Text Fragment syntax characters', () => {
    expect(encodeTextTerm('10–15, a-b & c')).toBe('10%E2%80%9315%2C%20a%2Db%20%26%20c');
  });

  it('uses the text alone when it is unique on the page', () => {
    expect(textDirective('Quỹ đạt hơn 2,9 tỷ đồng.', 'hơn 2,9 tỷ đồng', 'Quỹ đạt ', '.')).toBe(':~:text=h%C6%A1n%202%2C9%20t%E1%BB%B7%20%C4%91%E1%BB%93ng');
  });

  it('adds as many words of context as make a repeated text unique', () => {
    const page = 'Có 6 tập thể ở xã A. Thêm 6 tập thể ở xã B.';
    // "6 tập thể" occurs twice; "Thêm 6 tập thể" once.
    expect(textDirective(page, '6 tập thể', 'Có 6 tập thể ở xã A. Thêm ', ' ở xã B.')).toBe(':~:text=Th%C3%AAm-,6%20t%E1%BA%ADp%20th%E1%BB%83');
    // The same words before both: context after is needed too.
    const twice = 'được 5 tấn gạo, được 5 tấn ngô';
    expect(textDirective(twice, '5 tấn', 'được 5 tấn gạo, được ', ' ngô')).toBe(':~:text=%C4%91%C6%B0%E1%BB%A3c-,5%20t%E1%BA%A5n,-ng%C3%B4');
  });
});

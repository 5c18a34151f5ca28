import { describe, expect, it } from 'vitest';
import { foldText, fromIndexForm, lowerText, needsExactMatch, toIndexForm, toQueryIndexForm, wordKey } from '../../src/lib/search/fold';

describe('index form of đ', () => {
  it('replaces đ and Đ by the foldable carrier letters and back', () => {
    expect(toIndexForm('Đà Lạt, đồng')).toBe('\u1E0Eà Lạt, \u1E0Fồng');
    expect(fromIndexForm('\u1E0Eà Lạt, \u1E0Fồng')).toBe('Đà Lạt, đồng');
  });
  it('leaves every other character alone', () => {
    const text = 'UBND TP Bảo Lộc: hơn 2,9 tỷ, 12,5% — “tín dụng đen”';
    expect(fromIndexForm(toIndexForm(text))).toBe(text);
    expect(toIndexForm('Bảo Lộc')).toBe('Bảo Lộc');
  });
  it('uses a letter that Unicode decomposes to d plus a mark (so Pagefind folds it)', () => {
    expect(toIndexForm('đ').normalize('NFD')[0]).toBe('d');
    expect(toIndexForm('Đ').normalize('NFD')[0]).toBe('D');
  });
});

describe('foldText', () => {
  it('lower-cases and strips tones, hats, horns, breves and the bar of đ', () => {
    expect(foldText('Đồng Bảo Lộc Ưu Ăn ĐẮK')).toBe('dong bao loc uu an dak');
  });
  it('folds the carrier letter too', () => {
    expect(foldText('\u1E0Fồng')).toBe('dong');
  });
  it('keeps the length so offsets carry over', () => {
    const s = 'Ngày 21/1, UBND TP Bảo Lộc đã tổ chức';
    expect(foldText(s)).toHaveLength(s.length);
    expect(lowerText(s)).toHaveLength(s.length);
  });
});

describe('decimal commas in the index form', () => {
  it('marks a comma between digits with a combining comma below, and back', () => {
    expect(toIndexForm('hơn 2,9 tỷ, 12,5% và 5.000 người')).toBe('hơn 2\u03269 tỷ, 12\u03265% và 5.000 người');
    expect(fromIndexForm('hơn 2\u03269 tỷ, 12\u03265%')).toBe('hơn 2,9 tỷ, 12,5%');
  });
  it('leaves commas that are not between digits', () => {
    expect(toIndexForm('Ngày 21/1, UBND')).toBe('Ngày 21/1, UBND');
    expect(toIndexForm('2, 9')).toBe('2, 9');
  });
  it('reads a typed decimal point as a decimal comma, but not a thousands dot', () => {
    expect(toQueryIndexForm('2.9 tỷ')).toBe('2\u03269 tỷ');
    expect(toQueryIndexForm('12.50')).toBe('12\u032650');
    expect(toQueryIndexForm('5.000')).toBe('5.000');
    expect(toQueryIndexForm('1.234.567')).toBe('1.234.567');
    expect(toQueryIndexForm('đồng 2,9')).toBe('\u1E0Fồng 2\u03269');
  });
});

describe('needsExactMatch', () => {
  it('is true for a word with a diacritic, the đ carrier or a decimal mark', () => {
    expect(needsExactMatch('bảo')).toBe(true);
    expect(needsExactMatch(toIndexForm('đa'))).toBe(true);
    expect(needsExactMatch(toIndexForm('2,9'))).toBe(true);
  });
  it('is false for plain letters and numbers', () => {
    expect(needsExactMatch('ubnd')).toBe(false);
    expect(needsExactMatch(toIndexForm('5.000'))).toBe(false);
  });
  it('treats NFD input like NFC', () => {
    expect(needsExactMatch('Ba\u0309o')).toBe(true);
  });
});

describe('wordKey', () => {
  it('drops punctuation and separators like the index does', () => {
    expect(wordKey('2,9', false)).toBe('29');
    expect(wordKey('Lộc.', false)).toBe('lộc');
    expect(wordKey('“tín', false)).toBe('tín');
    expect(wordKey('12,5%', true)).toBe('125');
  });
  it('folds diacritics only when asked', () => {
    expect(wordKey('Đồng,', false)).toBe('đồng');
    expect(wordKey('Đồng,', true)).toBe('dong');
  });
  it('gives an empty key for punctuation alone', () => {
    expect(wordKey('—', true)).toBe('');
    expect(wordKey('(', false)).toBe('');
  });
});

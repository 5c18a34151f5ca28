import { describe, expect, it } from 'vitest';
import { foldText, fromIndexForm, hasDiacritics, lowerText, toIndexForm, wordKey } from '../../src/lib/search/fold';

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

describe('hasDiacritics', () => {
  it('is true for any Vietnamese diacritic, đ included', () => {
    expect(hasDiacritics('Bảo Lộc')).toBe(true);
    expect(hasDiacritics('đa lat')).toBe(true);
    expect(hasDiacritics('2,9 tỷ')).toBe(true);
  });
  it('is false for plain ASCII, whatever the case and punctuation', () => {
    expect(hasDiacritics('UBND TP bao loc')).toBe(false);
    expect(hasDiacritics('2,9 ty')).toBe(false);
  });
  it('treats NFD input like NFC', () => {
    expect(hasDiacritics('Ba\u0309o')).toBe(true);
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

/**
 * Slugs and diacritic folding (src/lib/slug.ts). `slugify` reads most texts unit by unit
 * through a table and falls back to Unicode normalisation for the rest; both paths must
 * give the slugs written here.
 */
import { describe, expect, it } from 'vitest';
import { foldDiacritics, slugify } from '../../src/lib/slug';

describe('foldDiacritics', () => {
  it('removes Vietnamese tone and vowel marks and folds đ/Đ, keeping case', () => {
    expect(foldDiacritics('Bảo Lộc, Đà Lạt')).toBe('Bao Loc, Da Lat');
    expect(foldDiacritics('ưu đãi Ỷ')).toBe('uu dai Y');
  });
});

describe('slugify', () => {
  it('makes figure texts into lower-case ASCII words joined by single hyphens', () => {
    expect(slugify('hơn 2,9 tỷ đồng')).toBe('hon-2-9-ty-dong');
    expect(slugify('Hơn 2,9 tỷ đồng')).toBe('hon-2-9-ty-dong');
    expect(slugify('45.000 - 52.000 đồng/kg')).toBe('45-000-52-000-dong-kg');
    expect(slugify('11/11 xã, phường')).toBe('11-11-xa-phuong');
    expect(slugify('12,5%')).toBe('12-5');
    expect(slugify('ĐỒNG Ý')).toBe('dong-y');
  });

  it('turns punctuation beyond ASCII into hyphens and drops leading and trailing ones', () => {
    expect(slugify('“từ 2 – 3 triệu”…')).toBe('tu-2-3-trieu');
    expect(slugify('2\u00a0000 người')).toBe('2-000-nguoi');
    expect(slugify('—%—')).toBe('');
  });

  it('removes a combining mark written apart from its letter (decomposed text)', () => {
    expect(slugify('đo\u0302\u0300ng')).toBe('dong');
    expect(slugify('a \u0301 b')).toBe('a-b');
  });

  it('treats letters with no ASCII base as separators, as the normalising path does', () => {
    expect(slugify('Łódź 3 ß')).toBe('odz-3');
    expect(slugify('Ωmega 5')).toBe('mega-5');
    expect(slugify('số 😀 5')).toBe('so-5');
  });

  it('cuts long slugs at a hyphen past half the limit', () => {
    expect(slugify('một hai ba bốn năm sáu bảy tám chín mười', 20)).toBe('mot-hai-ba-bon-nam');
    expect(slugify('abcdefghijklmnopqrstuvwxyz', 10)).toBe('abcdefghij');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumberVi, parseDigitLiteral, parseNumberVi, parseSpelledNumber, scaleBy } from '../../src/lib/numbers';

describe('parseNumberVi: digit literals', () => {
  it.each([
    ['2.468.013', 2468013],
    ['3.127,4', 3127.4],
    ['0,35', 0.35],
    ['8,25', 8.25],
    ['250000', 250000],
    ['1.500', 1500],
    ['12.000.000.000', 12e9],
    ['-1.234,5', -1234.5],
    // English-style literals that do occur in Vietnamese news
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    ['2.5', 2.5],
  ])('%s → %d', (text, value) => {
    expect(parseNumberVi(text)).toBe(value);
  });

  it.each([
    ['250K', 250000],
    ['250k', 250000],
    ['5M', 5e6],
    ['2,5M', 2.5e6],
    ['5tr', 5e6],
  ])('shorthand %s → %d', (text, value) => {
    expect(parseNumberVi(text)).toBe(value);
  });

  it.each([
    ['90 nghìn', 90000],
    ['90 ngàn', 90000],
    ['2,7 triệu', 2.7e6],
    ['4.200 tỉ', 4.2e12],
    ['2,9 tỷ', 2.9e9],
    ['1,5 nghìn tỷ', 1.5e12],
    ['3 chục', 30],
    ['5 trăm', 500],
    ['5 trăm nghìn', 500000],
  ])('magnitude words %s → %d', (text, value) => {
    expect(parseNumberVi(text)).toBe(value);
  });

  it.each(['', 'abc', '1.2.3', '12.34.5', '1,,2', 'tỷ', '5 đồng', '1.2345.678'])('rejects %j', (text) => {
    expect(parseNumberVi(text)).toBeUndefined();
  });

  it('ignores soft hyphens and zero-width characters', () => {
    expect(parseNumberVi('2\u200B.468\u00AD.013')).toBe(2468013);
    expect(parseNumberVi('2,9\u00AD tỷ')).toBe(2.9e9);
  });
});

describe('parseDigitLiteral', () => {
  it('reports the shape of the literal', () => {
    expect(parseDigitLiteral('2021')).toEqual({ value: 2021, intDigits: 4, hasSeparator: false, hasDecimal: false, leadingZero: false });
    expect(parseDigitLiteral('0912')?.leadingZero).toBe(true);
    expect(parseDigitLiteral('0,5')).toMatchObject({ value: 0.5, leadingZero: false, hasDecimal: true });
    expect(parseDigitLiteral('2.021')).toMatchObject({ value: 2021, hasSeparator: true, hasDecimal: false });
  });
  it('keeps the first group to three digits when `.` groups thousands', () => {
    expect(parseDigitLiteral('0912.345.678')).toBeUndefined();
  });
});

describe('parseNumberVi: spelled-out numbers', () => {
  it.each([
    ['Bốn', 4],
    ['hai', 2],
    ['mười', 10],
    ['mười chín', 19],
    ['mười một', 11],
    ['mười lăm', 15],
    ['hai mươi', 20],
    ['hai mươi mốt', 21],
    ['ba mươi mốt', 31],
    ['hai mươi tư', 24],
    ['bốn mươi lăm', 45],
    ['chín mươi chín', 99],
    ['một trăm', 100],
    ['một trăm mười', 110],
    ['sáu trăm linh năm', 605],
    ['ba trăm lẻ tư', 304],
    ['hai trăm năm mươi', 250],
    ['một nghìn hai trăm', 1200],
    ['hai nghìn không trăm hai mươi', 2020],
    ['ba triệu', 3e6],
    ['hai triệu rưỡi', 2.5e6],
    ['năm trăm nghìn', 500000],
    ['Mười Chín', 19],
  ])('%s → %d', (text, value) => {
    expect(parseNumberVi(text)).toBe(value);
  });

  it.each(['mười mốt', 'mươi', 'trăm', 'một số', 'hai bên'])('rejects %j', (text) => {
    expect(parseNumberVi(text)).toBeUndefined();
  });

  it('reads the longest number at a position and says how many words it used', () => {
    expect(parseSpelledNumber(['ba', 'mươi', 'mốt', 'người'])).toEqual({ value: 31, length: 3 });
    // `năm` after `mươi` is "year": hai mươi năm = twenty years
    expect(parseSpelledNumber(['hai', 'mươi', 'năm'])).toEqual({ value: 20, length: 2 });
    expect(parseSpelledNumber(['người'])).toBeUndefined();
  });
});

describe('formatNumberVi', () => {
  it.each([
    [0, '0'],
    [5, '5'],
    [1234, '1.234'],
    [2468013, '2.468.013'],
    [3127.4, '3.127,4'],
    [0.35, '0,35'],
    [-1234.5, '-1.234,5'],
    [2.9e9, '2.900.000.000'],
    [1e21, '1.000.000.000.000.000.000.000'],
    [1e-7, '0,0000001'],
  ])('%d → %s', (n, text) => {
    expect(formatNumberVi(n)).toBe(text);
  });

  it('agrees with Intl.NumberFormat("vi-VN") when no rounding is involved', () => {
    const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 });
    for (const n of [1, 12, 123, 1234, 12345, 1234567.25, -98765.5, 0.125, 100000000]) expect(formatNumberVi(n)).toBe(intl.format(n));
  });
});

describe('scaleBy', () => {
  it('scales a decimal by a power of ten as written (`528,2 tỷ` is 528200000000, not 528200000000.00006)', () => {
    expect(528.2 * 1e9).not.toBe(528_200_000_000); // the binary product it replaces
    expect(scaleBy(528.2, 1e9)).toBe(528_200_000_000);
    expect(scaleBy(0.3, 1e6)).toBe(300_000);
    expect(scaleBy(7, 1e3)).toBe(7_000);
  });
  it('gives a whole number for any amount with at most as many decimals as the magnitude has zeros', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom(1e3, 1e6, 1e9), (digits, decimals, mag) => {
        const value = Number(`${digits}e-${decimals}`);
        const scaled = scaleBy(value, mag);
        expect(Number.isInteger(scaled)).toBe(true);
        expect(scaled).toBe(Math.round(value * mag));
      }),
      { numRuns: 2000 },
    );
  });
});

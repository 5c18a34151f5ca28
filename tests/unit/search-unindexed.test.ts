import { describe, expect, it } from 'vitest';
import { decodeFigureTable, decodeUnindexed, encodeFigureTable, encodeUnindexed } from '../../src/lib/search/unindexed';

describe('unindexed carrier', () => {
  it('encodes each UTF-8 byte as one Braille pattern character', () => {
    expect(encodeUnindexed('A')).toBe('\u2841'); // 0x41
    expect(encodeUnindexed('đ')).toBe('\u28C4\u2891'); // đ is C4 91 in UTF-8
  });
  it('has no letter or digit in its output, so an indexer has no word to take', () => {
    const encoded = encodeUnindexed('hơn 2.900.000.000 đồng · tiền money 42');
    expect(encoded).not.toMatch(/[\p{L}\p{N}]/u);
  });
  it('round-trips any text', () => {
    const text = 'tien-1\tmoney\t> 2.900.000.000 ₫ · tiền\n😀';
    expect(decodeUnindexed(encodeUnindexed(text))).toBe(text);
  });
  it('refuses characters it did not write', () => {
    expect(() => decodeUnindexed('abc')).toThrow(/not an encoded byte/);
  });
});

describe('figure table', () => {
  it('round-trips id, kind and reading, keyed by id', () => {
    const table = decodeFigureTable(
      encodeFigureTable([
        { id: 'hon-2-9-ty-dong', kind: 'money', reading: '> 2.900.000.000 ₫ · tiền' },
        { id: 'gan-300-mat-camera', kind: 'count', reading: '≲ 300 mắt camera · số lượng' },
      ]),
    );
    expect([...table.keys()]).toEqual(['hon-2-9-ty-dong', 'gan-300-mat-camera']);
    expect(table.get('gan-300-mat-camera')).toEqual({ id: 'gan-300-mat-camera', kind: 'count', reading: '≲ 300 mắt camera · số lượng' });
  });
  it('turns tabs and newlines inside a reading into spaces instead of breaking the table', () => {
    const table = decodeFigureTable(encodeFigureTable([{ id: 'a', kind: 'count', reading: 'x\ty\nz' }]));
    expect(table.get('a')?.reading).toBe('x y z');
  });
  it('gives an empty table for a missing or damaged field', () => {
    expect(decodeFigureTable(undefined).size).toBe(0);
    expect(decodeFigureTable('not braille').size).toBe(0);
  });
});

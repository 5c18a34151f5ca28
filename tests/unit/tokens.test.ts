/**
 * The figure tokenizer (src/lib/figures/tokens.ts): token kinds, glue, case bits and
 * ignorable characters, including texts with more tokens than its first guess of room.
 */
import { describe, expect, it } from 'vitest';
import { NL, NUM, PUNCT, Tokens, WORD } from '../../src/lib/figures/tokens';

function dump(tk: Tokens): [number, string, number, number][] {
  const out: [number, string, number, number][] = [];
  for (let k = 0; k < tk.n; k++) out.push([tk.type[k]!, tk.raw(k), tk.glued[k]!, tk.upper[k]!]);
  return out;
}

describe('Tokens', () => {
  it('splits words, numbers, punctuation and line breaks, with glue and case', () => {
    const tk = new Tokens('Hơn 2,9 tỷ đồng (BN1234).\nF0 đạt 12,5%');
    expect(dump(tk)).toEqual([
      [WORD, 'Hơn', 0, 3],
      [NUM, '2,9', 0, 0],
      [WORD, 'tỷ', 0, 0],
      [WORD, 'đồng', 0, 0],
      [PUNCT, '(', 0, 0],
      [WORD, 'BN', 1, 3],
      [NUM, '1234', 1, 0],
      [PUNCT, ')', 1, 0],
      [PUNCT, '.', 1, 0],
      [NL, '\n', 0, 0],
      [WORD, 'F', 0, 3],
      [NUM, '0', 1, 0],
      [WORD, 'đạt', 0, 0],
      [NUM, '12,5', 0, 0],
      [PUNCT, '%', 1, 0],
    ]);
  });

  it('marks an upper-case letter after the first one (iPhone) and Vietnamese capitals', () => {
    const tk = new Tokens('iPhone Đà ĐBSCL');
    expect([tk.upper[0], tk.upper[1], tk.upper[2]]).toEqual([1, 3, 3]);
    expect([tk.lower(0), tk.lower(1), tk.lower(2)]).toEqual(['iphone', 'đà', 'đbscl']);
  });

  it('absorbs soft hyphens and zero-width characters inside tokens and ignores them between', () => {
    const tk = new Tokens('2,9\u00ADtỷ đ\u200Bồng 1\u200B000');
    expect(dump(tk)).toEqual([
      [NUM, '2,9', 0, 0],
      [WORD, 'tỷ', 1, 0],
      [WORD, 'đồng', 0, 0],
      [NUM, '1000', 0, 0],
    ]);
    expect(tk.dirty[2]).toBe(1);
  });

  it('reads letters beyond U+2000 and astral symbols as one punctuation token', () => {
    const tk = new Tokens('Ωmega ⅻ 😀5');
    // Ω is a Greek letter; ⅻ (U+217B) is a number form, not a letter.
    expect(dump(tk).map(([type, raw]) => [type, raw])).toEqual([
      [WORD, 'Ωmega'],
      [PUNCT, 'ⅻ'],
      [PUNCT, '😀'],
      [NUM, '5'],
    ]);
  });

  it('keeps every token of a text with more tokens than characters / 2', () => {
    // `a.` is two tokens for two characters: the arrays must grow past their first size.
    const text = 'a.'.repeat(5000) + '7';
    const tk = new Tokens(text);
    expect(tk.n).toBe(10001);
    expect(tk.raw(0)).toBe('a');
    expect(tk.raw(9999)).toBe('.');
    expect(tk.type[10000]).toBe(NUM);
    expect(tk.start[10000]).toBe(10000);
    expect(tk.end[10000]).toBe(10001);
    expect(tk.lower(10000)).toBe('7');
    expect(tk.lower(10001)).toBe('');
  });

  it('gives nothing for an empty text', () => {
    const tk = new Tokens('');
    expect(tk.n).toBe(0);
    expect(tk.lower(0)).toBe('');
  });
});

/**
 * Known counted nouns on the token stream (src/lib/figures/units-match.ts): the longest
 * lexicon noun from a token, grown word by word and stopped once no noun can follow.
 */
import { describe, expect, it } from 'vitest';
import { Tokens } from '../../src/lib/figures/tokens';
import { matchKnownNoun } from '../../src/lib/figures/units-match';

const at = (text: string, i = 0, maxWords?: number) => matchKnownNoun(new Tokens(text), i, maxWords);

describe('matchKnownNoun', () => {
  it('takes the longest noun of the lexicon', () => {
    expect(at('hộ gia đình nghèo')).toBe(3);
    expect(at('cán bộ chiến sĩ')).toBe(2);
    expect(at('mắt camera giám sát')).toBe(2);
  });

  it('falls back to a shorter noun when the longer one is not finished', () => {
    // `hộ gia` only begins `hộ gia đình`
    expect(at('hộ gia súc')).toBe(1);
    expect(at('hộ gia đình', 0, 2)).toBe(1);
  });

  it('reads capitalised words in lower case and stops at glued or non-word tokens', () => {
    expect(at('Lượt khách')).toBe(2);
    expect(at('hộ-gia đình')).toBe(1);
    expect(at('5 hộ')).toBe(0);
    expect(at('5 hộ', 1)).toBe(1);
  });

  it('finds nothing in a word outside the lexicon, whatever follows', () => {
    expect(at('rất hộ gia đình')).toBe(0);
  });
});

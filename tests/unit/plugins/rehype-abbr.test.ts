/** rehype-abbr: acronyms as whole words become <abbr title>, text unchanged. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rehypeAbbr, { abbrId, findAcronyms, groupShorts } from '../../../src/plugins/rehype-abbr';
import rehypeFigureMarks from '../../../src/plugins/rehype-figure-marks';
import { fig, run } from './helpers';

const acronyms = [
  { short: 'UBND', long: 'Ủy ban nhân dân' },
  { short: 'HĐND', long: 'Hội đồng nhân dân' },
  { short: 'TP', long: 'Thành phố' },
  { short: 'TP.HCM', long: 'Thành phố Hồ Chí Minh' },
  { short: 'GD&ĐT', long: 'Giáo dục và Đào tạo' },
];

describe('rehype-abbr', () => {
  it('wraps every occurrence and gives the first one an id', () => {
    const { html } = run('UBND, HĐND và UBND TP Bảo Lộc', [rehypeAbbr, { acronyms }]);
    expect(html).toBe(
      '<p><abbr title="Ủy ban nhân dân" id="viet-tat-ubnd">UBND</abbr>, <abbr title="Hội đồng nhân dân" id="viet-tat-hdnd">HĐND</abbr> và <abbr title="Ủy ban nhân dân">UBND</abbr> <abbr title="Thành phố" id="viet-tat-tp">TP</abbr> Bảo Lộc</p>',
    );
  });

  it('matches whole words only, Vietnamese letters included', () => {
    // "TPHCM", "ATP" and "TPĐ" contain TP but are other words.
    const { html } = run('TPHCM, ATP, TPĐ và TP2 không phải; (TP) thì phải.', [rehypeAbbr, { acronyms, idPrefix: false }]);
    expect(html).toBe('<p>TPHCM, ATP, TPĐ và TP2 không phải; (<abbr title="Thành phố">TP</abbr>) thì phải.</p>');
  });

  it('prefers the longest short form and escapes its punctuation', () => {
    const { html } = run('Sở GD&ĐT TP.HCM và TP Huế', [rehypeAbbr, { acronyms, idPrefix: false }]);
    expect(html).toBe(
      '<p>Sở <abbr title="Giáo dục và Đào tạo">GD&#x26;ĐT</abbr> <abbr title="Thành phố Hồ Chí Minh">TP.HCM</abbr> và <abbr title="Thành phố">TP</abbr> Huế</p>',
    );
  });

  it('does not treat a dot as "any character"', () => {
    const { html } = run('TPXHCM', [rehypeAbbr, { acronyms, idPrefix: false }]);
    expect(html).toBe('<p>TPXHCM</p>');
  });

  it('works inside a figure mark without changing its text', () => {
    const body = 'Hỗ trợ 5 tỷ đồng cho UBND xã.';
    const figures = [fig(body, 0, '5 tỷ đồng', { id: 'm', kind: 'money' })];
    const { html } = run(body, [rehypeFigureMarks, { figures, bodyStart: 0, reading: () => 'R' }], [rehypeAbbr, { acronyms, idPrefix: false }]);
    expect(html).toContain('>5 tỷ đồng</mark> cho <abbr title="Ủy ban nhân dân">UBND</abbr> xã.');
  });

  it('does nothing without acronyms', () => {
    expect(run('UBND', [rehypeAbbr, { acronyms: [] }]).html).toBe('<p>UBND</p>');
  });

  it('derives ASCII ids from Vietnamese short forms', () => {
    expect(abbrId('HĐND')).toBe('viet-tat-hdnd');
    expect(abbrId('GD&ĐT')).toBe('viet-tat-gd-dt');
  });
});

describe('findAcronyms', () => {
  // The definition it must agree with: one alternation, longest first, whole words.
  const reference = (text: string, shorts: string[]): [number, string][] => {
    const sorted = [...new Set(shorts)].filter(Boolean).sort((a, b) => b.length - a.length || a.localeCompare(b));
    if (sorted.length === 0) return [];
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'gu');
    return [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
  };

  it('finds whole words, the longest at each place, without overlaps', () => {
    const shorts = groupShorts(['TP', 'TP.HCM', 'UBND', 'GD&ĐT']);
    expect(findAcronyms('UBND TP.HCM, TPHCM, (TP) và Sở GD&ĐT; ATP', shorts)).toEqual([
      [0, 'UBND'],
      [5, 'TP.HCM'],
      [21, 'TP'],
      [31, 'GD&ĐT'],
    ]);
  });

  it('treats a combining mark after the short form as part of the word', () => {
    expect(findAcronyms('TP\u0301 và TP', groupShorts(['TP']))).toEqual([[7, 'TP']]);
  });

  it('agrees with the regular-expression definition on arbitrary text', () => {
    const piece = fc.constantFrom('TP', 'TP.HCM', 'HCM', 'UBND', 'Đ', 'đ', 'A', '.', ' ', ',', '&', '1', '\u0301', 'ễ', '𝐀', '(', 'GD&ĐT');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.subarray(['TP', 'TP.HCM', 'HCM', 'UBND', 'Đ', 'GD&ĐT', '𝐀']), (pieces, shorts) => {
        const text = pieces.join('');
        expect(findAcronyms(text, groupShorts(shorts))).toEqual(reference(text, shorts));
      }),
      { seed: 20261126, numRuns: 2000 },
    );
  });
});

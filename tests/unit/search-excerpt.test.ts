import { describe, expect, it } from 'vitest';
import { bestLocation, contentWords, densestWindow, excerptSegments, phraseAt } from '../../src/lib/search/excerpt';

const at = (location: number, balanced_score = 1) => ({ location, balanced_score });

describe('contentWords', () => {
  it('numbers words like Pagefind (split on whitespace)', () => {
    expect(contentWords(' Quỹ  \u1E0Fồng\nlòng ')).toEqual(['Quỹ', '\u1E0Fồng', 'lòng']);
    expect(contentWords('')).toEqual([]);
  });
});

describe('densestWindow', () => {
  it('starts at 0 when the page is shorter than the window', () => {
    expect(densestWindow([at(5)], 10, 30)).toBe(0);
  });
  it('finds the window with the most weight and starts three words before its first hit', () => {
    // hits at 50 and 52 outweigh the lone hit at 5
    expect(densestWindow([at(5), at(50), at(52)], 100, 10)).toBe(47);
  });
  it('keeps a full window at the end of the page', () => {
    expect(densestWindow([at(99)], 100, 10)).toBe(90);
  });
});

describe('excerptSegments', () => {
  const words = contentWords('Mặt trận \u1E0Fã vận \u1E0Fộng hơn 2,9 tỷ \u1E0Fồng cho UBND TP Bảo Lộc.');
  it('marks matched words, restores đ and joins the rest', () => {
    expect(excerptSegments(words, [at(6), at(7)], 30)).toEqual([
      { text: 'Mặt trận đã vận động hơn ', hit: false },
      { text: '2,9', hit: true },
      { text: ' ', hit: false },
      { text: 'tỷ', hit: true },
      { text: ' đồng cho UBND TP Bảo Lộc.', hit: false },
    ]);
  });
  it('shows ellipses where the text goes on', () => {
    // 14 words; the hit is word 12 (Bảo); the window starts three words earlier
    expect(excerptSegments(words, [at(12)], 4)).toEqual([
      { text: '… cho UBND TP ', hit: false },
      { text: 'Bảo', hit: true },
      { text: ' …', hit: false },
    ]);
  });
});

describe('bestLocation and phraseAt', () => {
  const words = contentWords('a b c d e f g h i j');
  it('picks the heaviest hit of the densest window', () => {
    expect(bestLocation([at(1, 1), at(7, 5), at(8, 1)], words.length, 4)).toBe(7);
    expect(bestLocation([], words.length)).toBeUndefined();
  });
  it('gives the words from there, đ restored', () => {
    expect(phraseAt(contentWords('x \u1E0Fồng y z w'), 1, 3)).toBe('đồng y z');
  });
});

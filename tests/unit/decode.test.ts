/**
 * Reading source bytes: what is accepted (and comes out as the right text)
 * and what is refused (with the right line:col and a message naming the
 * problem and the fix). Fixtures: tests/fixtures/robust (accepted) and
 * tests/fixtures/bad (refused); large inputs are generated here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeSource,
  decodeSourceDetailed,
  firstInvalidUtf8,
  guessLegacyEncoding,
  isVietnameseSyllable,
  vietnameseScore,
} from '../../src/lib/decode';
import fc from 'fast-check';
import { lineColAt, SourceError, formatProblems, type Problem } from '../../src/lib/problems';
import { normalizeText } from '../../src/lib/text';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

/** The text every encoding fixture holds (written for these tests). */
const VI = [
  'Hà Nội: năm 2023 thành phố trao 1.250 suất quà cho người nghèo.',
  'Tổng kinh phí hơn 2,9 tỷ đồng, tăng 12,5% so với năm trước.',
  'Mỗi suất quà trị giá khoảng 500.000 đồng, gồm gạo, dầu ăn và sữa.',
  '',
].join('\n');

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Runs `fn`, expects a SourceError, returns its problems. */
function problemsOf(fn: () => unknown): Problem[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return (error as SourceError).problems;
  }
  throw new Error('expected a SourceError, but nothing was thrown');
}

describe('lineColAt', () => {
  it('counts 1-based lines and columns', () => {
    expect(lineColAt('abc', 0)).toEqual({ line: 1, col: 1 });
    expect(lineColAt('abc\ndef', 5)).toEqual({ line: 2, col: 2 });
    expect(lineColAt('abc\n', 4)).toEqual({ line: 2, col: 1 });
  });
  it('treats CRLF as one line break and a lone CR as a line break', () => {
    expect(lineColAt('ab\r\ncd', 4)).toEqual({ line: 2, col: 1 });
    expect(lineColAt('ab\r\ncd', 3)).toEqual({ line: 1, col: 4 });
    expect(lineColAt('ab\rcd\rx', 6)).toEqual({ line: 3, col: 1 });
  });
  it('clamps offsets outside the text', () => {
    expect(lineColAt('ab\ncd', 99)).toEqual({ line: 2, col: 3 });
    expect(lineColAt('ab', -5)).toEqual({ line: 1, col: 1 });
  });
  it('formats problems as file:line:col: message', () => {
    expect(formatProblems('a/b.txt', [{ line: 3, col: 7, message: 'x' }])).toEqual(['a/b.txt:3:7: x']);
    expect(new SourceError([{ line: 2, col: 1, message: 'bad' }]).message).toBe('2:1: bad');
  });
});

describe('UTF-8 and UTF-16 that must be accepted', () => {
  it('empty and whitespace-only files are not decoding errors', () => {
    expect(decodeSource(fixture('robust/empty.txt'))).toBe('');
    expect(decodeSource(fixture('robust/whitespace-only.txt'))).toBe('  \n\t\n   \r\n');
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe('');
  });

  it('removes a UTF-8 BOM', () => {
    const text = decodeSource(fixture('robust/utf8-bom.txt'));
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).toBe(VI);
  });

  it.each([
    ['robust/utf16le-bom.txt', 'utf-16le'],
    ['robust/utf16be-bom.txt', 'utf-16be'],
    ['robust/utf16le-no-bom.txt', 'utf-16le'],
    ['robust/utf16be-no-bom.txt', 'utf-16be'],
  ])('reads %s as %s', (file, encoding) => {
    const decoded = decodeSourceDetailed(fixture(file));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(VI);
  });

  it('CRLF and lone CR line endings become LF after normalizeText', () => {
    expect(normalizeText(decodeSource(fixture('robust/crlf.txt')))).toBe(VI);
    expect(normalizeText(decodeSource(fixture('robust/cr.txt')))).toBe(VI);
  });

  it('NFD text (combining marks) is kept by decode and made NFC by normalizeText', () => {
    const raw = decodeSource(fixture('robust/nfd.txt'));
    expect(raw).not.toBe(VI);
    expect(raw.includes('\u0323')).toBe(true); // the dot below of "Nội", as a combining mark
    expect(normalizeText(raw)).toBe(VI);
  });

  it('keeps soft hyphens and zero-width characters (the extractor copes with them)', () => {
    const text = decodeSource(fixture('robust/invisible-in-numbers.txt'));
    expect(text).toBe('Tổng kinh phí 2,9\u00adtỷ đồng, trong đó 1.\u200b250 suất quà\u200d và 12,5\u2060% dành cho trẻ em.\n');
  });

  it('keeps tabs and form feeds', () => {
    expect(decodeSource(utf8('a\tb\fc\n'))).toBe('a\tb\fc\n');
  });

  it('reads Markdown and HTML as plain text, byte for byte', () => {
    const bytes = fixture('robust/markdown-html.txt');
    expect(decodeSource(bytes)).toBe(new TextDecoder().decode(bytes));
  });

  it('does not mistake UTF-8 text with a NUL for BOM-less UTF-16', () => {
    const problems = problemsOf(() => decodeSource(utf8('ab\u0000cd')));
    expect(problems[0]!.message).toMatch(/NUL/);
  });
});

describe('Windows-1258 is converted, and the conversion round-trips', () => {
  /** Windows-1258 bytes for `text`, from the platform's own code page table: precomposed where it has the letter, else base + combining tone. */
  function toCp1258(text: string): Uint8Array {
    const byChar = new Map<string, number>();
    const decoder = new TextDecoder('windows-1258');
    for (let b = 0; b < 256; b++) byChar.set(decoder.decode(new Uint8Array([b])), b);
    const out: number[] = [];
    for (const ch of text.normalize('NFC')) {
      const direct = byChar.get(ch);
      if (direct !== undefined) {
        out.push(direct);
        continue;
      }
      const nfd = ch.normalize('NFD');
      const tone = [...nfd].find((m) => '\u0300\u0301\u0303\u0309\u0323'.includes(m))!;
      const base = byChar.get(nfd.replace(tone, '').normalize('NFC'));
      const mark = byChar.get(tone);
      if (base === undefined || mark === undefined) throw new Error(`no Windows-1258 bytes for ${ch}`);
      out.push(base, mark);
    }
    return Uint8Array.from(out);
  }

  it('reads the fixture as the Vietnamese it holds', () => {
    // "Việt" is written V i ê + combining dot below in Windows-1258.
    expect([...fixture('robust/windows-1258.txt').subarray(0, 6)]).toEqual([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2]);
    const decoded = decodeSourceDetailed(fixture('robust/windows-1258.txt'));
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.note).toMatch(/Windows-1258/);
    expect(normalizeText(decoded.text)).toBe(VI);
  });

  it('round-trips every Vietnamese letter, lower and upper case', () => {
    const letters =
      'a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ đ';
    const text = `Bảng chữ cái tiếng Việt:\n${letters}\n${letters.toUpperCase()}\nNgười dân được hỗ trợ 1.500.000 đồng.\n`;
    const decoded = decodeSourceDetailed(toCp1258(text));
    expect(decoded.encoding).toBe('windows-1258');
    expect(normalizeText(decoded.text)).toBe(text);
  });

  it('round-trips sentences of a typical report', () => {
    const sentences = [
      'Chiều 12/3, Sở Y tế tỉnh Quảng Ngãi cho biết đã tiêm hơn 45.000 liều vắc xin.',
      'Giá thịt lợn hơi giảm còn khoảng 52.000 đồng/kg, thấp nhất trong ba tháng.',
      'Ước tính có gần 1,2 triệu lượt khách đến thăm quan dịp nghỉ lễ.',
    ].join('\n');
    expect(normalizeText(decodeSource(toCp1258(sentences)))).toBe(sentences);
  });
});

describe('legacy Vietnamese encodings and other non-UTF-8 bytes are refused with the likely encoding', () => {
  it('TCVN3 (ABC): "Hà Nội" is 48 B5 20 4E E9 69', () => {
    const bytes = fixture('bad/tcvn3.txt');
    expect([...bytes.subarray(0, 6)]).toEqual([0x48, 0xb5, 0x20, 0x4e, 0xe9, 0x69]);
    const [p, ...rest] = problemsOf(() => decodeSource(bytes));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ line: 1, col: 2 });
    expect(p!.message).toMatch(/0xB5/);
    expect(p!.message).toMatch(/TCVN3 \(ABC\)/);
    expect(p!.message).toMatch(/convert it to UTF-8/);
    expect(p!.message).toContain('Hà Nội: năm 2023 thành phố trao 1.250 suất quà');
  });

  it('VNI-Windows: tones as separate bytes after the letter ("Haø Noäi")', () => {
    const bytes = fixture('bad/vni.txt');
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 8))).toBe('Haø Noäi');
    const [p] = problemsOf(() => decodeSource(bytes));
    expect(p).toMatchObject({ line: 1, col: 3 });
    expect(p!.message).toMatch(/VNI/);
    expect(p!.message).toContain('Hà Nội: năm 2023');
  });

  it('Windows-1252 Western European text is named as such', () => {
    const [p] = problemsOf(() => decodeSource(fixture('bad/windows-1252-french.txt')));
    expect(p).toMatchObject({ line: 1, col: 7 });
    expect(p!.message).toMatch(/Windows-1252/);
    expect(p!.message).toContain('Le café coûte 2,50 € à Paris.');
  });

  it('Windows-1258 that is too short to be sure of is refused, naming Windows-1258', () => {
    // "Việt" alone: one word is not enough evidence to convert.
    const [p] = problemsOf(() => decodeSource(Uint8Array.from([0x56, 0x69, 0xea, 0xf2, 0x74, 0x0a])));
    expect(p).toMatchObject({ line: 1, col: 3 });
    expect(p!.message).toMatch(/Windows-1258/);
  });

  it('names the line and column of the first bad byte further down the file', () => {
    const bytes = Uint8Array.from([...utf8('Dòng một đúng.\nDòng hai: '), 0xb5, 0x20, 0x4e, 0xe9, 0x69, 0x0a]);
    const [p] = problemsOf(() => decodeSource(bytes));
    expect(p).toMatchObject({ line: 2, col: 11 });
  });

  it('a UTF-8 BOM followed by non-UTF-8 bytes points at the bad byte', () => {
    const [p] = problemsOf(() => decodeSource(fixture('bad/utf8-bom-then-latin1.txt')));
    expect(p).toMatchObject({ line: 1, col: 10 });
    expect(p!.message).toMatch(/0xE9/);
  });

  it('UTF-32 and truncated UTF-16 are refused', () => {
    expect(problemsOf(() => decodeSource(fixture('bad/utf32le.txt')))[0]!.message).toMatch(/UTF-32/);
    const [p] = problemsOf(() => decodeSource(fixture('bad/utf16le-odd-length.txt')));
    expect(p!.message).toMatch(/odd number of bytes/);
    expect(p).toMatchObject({ line: 2, col: 1 });
  });

  it('guessLegacyEncoding tells the three Vietnamese encodings apart', () => {
    expect(guessLegacyEncoding(fixture('bad/tcvn3.txt')).encoding).toBe('tcvn3');
    expect(guessLegacyEncoding(fixture('bad/vni.txt')).encoding).toBe('vni');
    expect(guessLegacyEncoding(fixture('robust/windows-1258.txt'))).toMatchObject({ encoding: 'windows-1258', confident: true });
    expect(guessLegacyEncoding(fixture('bad/windows-1252-french.txt')).encoding).toBe('windows-1252');
  });
});

describe('mojibake that is valid UTF-8 is refused, never turned into a page', () => {
  it('double-encoded UTF-8 ("Ná»™i" for "Nội")', () => {
    const text = new TextDecoder().decode(fixture('bad/mojibake-double-utf8.txt'));
    expect(text.startsWith('HÃ\u00a0 Ná»™i')).toBe(true);
    const [p] = problemsOf(() => decodeSource(fixture('bad/mojibake-double-utf8.txt')));
    expect(p).toMatchObject({ line: 1, col: 2 });
    expect(p!.message).toMatch(/mojibake/);
    expect(p!.message).toMatch(/UTF-8 that was read as Windows-1252/);
  });

  it('TCVN3 read as Windows-1252 ("Hµ Néi")', () => {
    expect(new TextDecoder().decode(fixture('bad/mojibake-tcvn3-as-cp1252.txt')).startsWith('Hµ Néi')).toBe(true);
    const [p] = problemsOf(() => decodeSource(fixture('bad/mojibake-tcvn3-as-cp1252.txt')));
    expect(p).toMatchObject({ line: 1, col: 2 });
    expect(p!.message).toMatch(/TCVN3/);
  });

  it('VNI read as Windows-1252 ("Haø Noäi")', () => {
    const [p] = problemsOf(() => decodeSource(fixture('bad/mojibake-vni-as-cp1252.txt')));
    expect(p).toMatchObject({ line: 1, col: 3 });
    expect(p!.message).toMatch(/VNI/);
  });

  it('leaves real Vietnamese, and other languages with accents, alone', () => {
    expect(decodeSource(utf8(VI))).toBe(VI);
    const french = 'Le café coûte 2,50 € à Paris. Élèves et enseignants ont fêté l’été à la mairie.';
    expect(decodeSource(utf8(french))).toBe(french);
    const mixed = 'Công ty Nestlé và Müller đầu tư 120 triệu USD vào nhà máy ở Bình Dương; giám đốc José Núñez cho biết.';
    expect(decodeSource(utf8(mixed))).toBe(mixed);
  });
});

describe('binary files and control characters are refused with line:col', () => {
  it('an image', () => {
    const [p] = problemsOf(() => decodeSource(fixture('bad/binary-png.txt')));
    expect(p).toMatchObject({ line: 1, col: 1 });
    expect(p!.message).toMatch(/binary/);
  });

  it('a PDF-like file with NULs after an ASCII header', () => {
    const bytes = Uint8Array.from([...utf8('%PDF-1.4\n'), 0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0, 0, 0x01, 0x02, 0x78, 0x9c]);
    const [p] = problemsOf(() => decodeSource(bytes));
    expect(p).toMatchObject({ line: 2, col: 2 });
    expect(p!.message).toMatch(/binary/);
  });

  it('NUL bytes inside UTF-8 text', () => {
    const [p] = problemsOf(() => decodeSource(fixture('bad/nul-byte.txt')));
    expect(p).toMatchObject({ line: 2, col: 14 });
    expect(p!.message).toMatch(/NUL/);
  });

  it('each stray control character is listed', () => {
    const problems = problemsOf(() => decodeSource(fixture('bad/control-chars.txt')));
    expect(problems.map(({ line, col }) => [line, col])).toEqual([
      [2, 11],
      [3, 11],
    ]);
    expect(problems[0]!.message).toMatch(/U\+0007/);
    expect(problems[1]!.message).toMatch(/U\+001B/);
  });

  it('C1 controls say which character they stood for', () => {
    const problems = problemsOf(() => decodeSource(fixture('bad/c1-control.txt')));
    expect(problems.map(({ line, col }) => [line, col])).toEqual([
      [1, 14],
      [1, 40],
    ]);
    expect(problems[0]!.message).toMatch(/U\+0093.*“/);
  });

  it('many control characters are summarised, not listed one by one', () => {
    const text = Array.from({ length: 30 }, (_, i) => `dòng ${i}\u0001`).join('\n');
    const problems = problemsOf(() => decodeSource(utf8(text)));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/30 control characters/);
  });

  it('refuses random binary data', () => {
    let seed = 42;
    const random = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff);
    expect(problemsOf(() => decodeSource(random))[0]!.message).toMatch(/binary|not valid UTF-8/);
  });
});

describe('UTF-8 validation', () => {
  it.each([
    ['overlong encoding', [0x41, 0xc0, 0x80], 1],
    ['encoded surrogate', [0x41, 0x42, 0xed, 0xa0, 0x80], 2],
    ['code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['truncated at the end', [0x61, 0xe1, 0xbb], 1],
    ['stray continuation byte', [0x61, 0x62, 0x63, 0x80], 3],
  ])('%s', (_name, bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });
  it('accepts every valid length', () => {
    expect(firstInvalidUtf8(utf8('a é ệ 𝄞'))).toBe(-1);
  });
});

describe('Vietnamese syllables', () => {
  it.each(['việt', 'Người', 'nghiêng', 'khuỷu', 'quốc', 'giữa', 'Đồng', 'ở', 'xoong', 'TRƯỜNG'])('%s is a syllable', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });
  it.each(['Néi', 'Hµ', 'ViÖt', 'Vieät', 'café', 'Müller', 'việtt', 'ngưiờ', 'áà'])('%s is not', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});

describe('large inputs', () => {
  it('a 10 MB article decodes whole and fast', () => {
    const paragraph = `${VI}\n`;
    const text = paragraph.repeat(Math.ceil(10_000_000 / utf8(paragraph).length));
    const bytes = utf8(text);
    expect(bytes.length).toBeGreaterThanOrEqual(10_000_000);
    const started = performance.now();
    const decoded = decodeSource(bytes);
    const ms = performance.now() - started;
    expect(decoded.length).toBe(text.length);
    expect(decoded === text).toBe(true);
    expect(ms).toBeLessThan(5000);
  });

  it('a 1 MB line without a newline', () => {
    const line = 'Kinh phí 2,9 tỷ đồng cho 1.250 suất quà; '.repeat(Math.ceil(1_048_576 / 44));
    expect(decodeSource(utf8(line)) === line).toBe(true);
  });

  it('a bad byte at the end of a 1 MB line is reported at its column', () => {
    const line = 'x'.repeat(1_048_576);
    const [p] = problemsOf(() => decodeSource(Uint8Array.from([...utf8('tiêu đề\n'), ...utf8(line), 0xb5])));
    expect(p).toMatchObject({ line: 2, col: 1_048_577 });
  });

  it('a 10 MB legacy-encoded file is refused quickly', () => {
    const bytes = new Uint8Array(10_000_000);
    const sample = fixture('bad/tcvn3.txt');
    for (let i = 0; i < bytes.length; i++) bytes[i] = sample[i % sample.length]!;
    const started = performance.now();
    expect(problemsOf(() => decodeSource(bytes))[0]!.message).toMatch(/TCVN3/);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('vietnameseScore', () => {
  /** The definition: runs of \p{L}\p{M} with a non-ASCII character, as a regex finds them. */
  function byRegex(text: string): { words: number; valid: number } {
    let words = 0;
    let valid = 0;
    for (const [word] of text.normalize('NFC').matchAll(/[\p{L}\p{M}]+/gu)) {
      if (!/[^\u0000-\u007f]/.test(word)) continue;
      words++;
      if (isVietnameseSyllable(word)) valid++;
      if (words >= 20_000) break;
    }
    return { words, valid };
  }

  it('counts words with non-ASCII letters and the Vietnamese syllables among them', () => {
    expect(vietnameseScore('Thành phố Bảo Lộc có 11 xã, phường.')).toEqual({ words: 7, valid: 7 });
    expect(vietnameseScore('ViÖt Nam, Vieät')).toEqual({ words: 2, valid: 0 });
    expect(vietnameseScore('plain ASCII only')).toEqual({ words: 0, valid: 0 });
  });

  it('finds the words the \\p{L}\\p{M} definition finds, on any text', () => {
    const unit = fc.oneof(fc.constantFrom('ệ', 'đ', 'Ư', 'e\u0302\u0301', ' ', ',', '1', '“', '\u00a0', '𝐀', '😀', '\ud800', 'ß', 'ǅ', 'a'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
      expect(vietnameseScore(text)).toEqual(byRegex(text));
    }), { numRuns: 2000 });
  });
});

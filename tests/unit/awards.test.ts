/**
 * Award lines: who received which award from whom. Sentences are written in the style of
 * Vietnamese reports; the expected values come from reading them. Figures are built by hand
 * (as `extractFigures` would give them) so these tests do not depend on the figure extractor.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAwards, parseCount } from '../../src/lib/awards';
import { extractFigures } from '../../src/lib/figures';
import { normalizeText } from '../../src/lib/text';
import type { FigureDraft } from '../../src/lib/types';
import { corpusTexts, hasCorpus, jumble } from './helpers/extractor-inputs';

/** A hand-made figure for `needle`, located in `text` (the `nth` occurrence, from 0). */
function fig(text: string, needle: string, unit: string, value: number, nth = 0): FigureDraft {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" is not in the text`);
  const kind = unit === 'cá nhân' ? 'people' : 'count';
  return { text: needle, start, end: start + needle.length, kind, unit, value, qualifier: 'exact' };
}

const slice = (text: string, a: { start: number; end: number }) => text.slice(a.start, a.end);

describe('parseCount', () => {
  it('reads digits with thousands dots and Vietnamese number words', () => {
    expect(parseCount('14')).toBe(14);
    expect(parseCount('1.200')).toBe(1200);
    expect(parseCount('Hai')).toBe(2);
    expect(parseCount('mười hai')).toBe(12);
    expect(parseCount('hai mươi mốt')).toBe(21);
    expect(parseCount('ba mươi lăm')).toBe(35);
    expect(parseCount('một trăm linh năm')).toBe(105);
    expect(parseCount('hai ba')).toBeNull();
    expect(parseCount('nhiều')).toBeNull();
  });
});

describe('extractAwards: recipients first ("N cá nhân được X tặng Y")', () => {
  it('reads counts, grantor and a quoted award title', () => {
    const text = 'Dịp này, có 12 cá nhân được Bộ Công an tặng Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”.';
    const awards = extractAwards(text, [fig(text, '12 cá nhân', 'cá nhân', 12)]);
    expect(awards).toHaveLength(1);
    const [a] = awards;
    expect(a).toMatchObject({ award: 'Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”', grantor: 'Bộ Công an', individuals: 12, figureIndexes: [0] });
    expect(a!.collectives).toBeUndefined();
    expect(a!.inferred).toBeUndefined();
    expect(slice(text, a!)).toBe('12 cá nhân được Bộ Công an tặng Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”');
  });

  it('splits a list at semicolons and infers an elided noun', () => {
    const text =
      'Tại hội nghị, 8 tập thể và 5 được Giám đốc Sở Y tế tặng giấy khen; 2 tập thể, 3 cá nhân được Chủ tịch UBND huyện Krông Pắc tặng bằng khen.';
    const figures = [
      fig(text, '8 tập thể', 'tập thể', 8),
      fig(text, '5', 'cá nhân', 5),
      fig(text, '2 tập thể', 'tập thể', 2),
      fig(text, '3 cá nhân', 'cá nhân', 3),
    ];
    const awards = extractAwards(text, figures);
    expect(awards).toHaveLength(2);
    expect(awards[0]).toMatchObject({ award: 'giấy khen', grantor: 'Giám đốc Sở Y tế', collectives: 8, individuals: 5, inferred: true, figureIndexes: [0, 1] });
    expect(slice(text, awards[0]!)).toBe('8 tập thể và 5 được Giám đốc Sở Y tế tặng giấy khen');
    expect(awards[1]).toMatchObject({ award: 'bằng khen', grantor: 'Chủ tịch UBND huyện Krông Pắc', collectives: 2, individuals: 3, figureIndexes: [2, 3] });
    expect(awards[1]!.inferred).toBeUndefined();
  });

  it('reads counts written in words', () => {
    const text = 'Hai tập thể và mười hai cá nhân được Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen.';
    const [a] = extractAwards(text, []);
    expect(a).toMatchObject({ award: 'Bằng khen', grantor: 'Bộ trưởng Bộ Giáo dục và Đào tạo', collectives: 2, individuals: 12 });
  });

  it('names a recipient unit and reads a decoration with its class', () => {
    const text = 'Năm 2021, Công an huyện Đức Trọng được Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc hạng Ba.';
    const [a, ...rest] = extractAwards(text, []);
    expect(rest).toHaveLength(0);
    expect(a).toMatchObject({ award: 'Huân chương Bảo vệ Tổ quốc hạng Ba', grantor: 'Chủ tịch nước', recipients: ['Công an huyện Đức Trọng'] });
    expect(a!.individuals).toBeUndefined();
  });

  it('gives each award in one clause its own grantor when it names one', () => {
    const text = 'Công an tỉnh Quảng Trị được Chủ tịch nước tặng Huân chương Chiến công hạng Nhất và Bằng khen của Bộ Công an.';
    const awards = extractAwards(text, []);
    expect(awards.map((a) => [a.award, a.grantor])).toEqual([
      ['Huân chương Chiến công hạng Nhất', 'Chủ tịch nước'],
      ['Bằng khen', 'Bộ Công an'],
    ]);
    expect(awards.every((a) => a.recipients?.[0] === 'Công an tỉnh Quảng Trị')).toBe(true);
  });

  it('reads a title with no grantor named (`được công nhận danh hiệu …`)', () => {
    const text = 'Toàn đơn vị có 15 cá nhân được công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2021.';
    const awards = extractAwards(text, [fig(text, '15 cá nhân', 'cá nhân', 15)]);
    expect(awards).toHaveLength(1);
    expect(awards[0]).toMatchObject({ award: 'danh hiệu Chiến sĩ thi đua cơ sở', grantor: '', individuals: 15, figureIndexes: [0] });
  });
});

describe('extractAwards: grantor first ("X tặng Y cho N …")', () => {
  it('reads the subject as grantor and the counts after `cho`', () => {
    const text = 'Nhân dịp này, Chủ tịch UBND tỉnh Nghệ An đã tặng Bằng khen cho 4 tập thể, 7 cá nhân có thành tích xuất sắc trong phong trào thi đua. Tỉnh có 300 điểm trường.';
    const figures = [fig(text, '4 tập thể', 'tập thể', 4), fig(text, '7 cá nhân', 'cá nhân', 7), fig(text, '300 điểm trường', 'điểm trường', 300)];
    const awards = extractAwards(text, figures);
    expect(awards).toHaveLength(1);
    expect(awards[0]).toMatchObject({ award: 'Bằng khen', grantor: 'Chủ tịch UBND tỉnh Nghệ An', collectives: 4, individuals: 7, figureIndexes: [0, 1] });
    expect(slice(text, awards[0]!)).toBe('Chủ tịch UBND tỉnh Nghệ An đã tặng Bằng khen cho 4 tập thể, 7 cá nhân');
  });

  it('reads named recipients after `cho`', () => {
    const text = 'Thủ tướng Chính phủ tặng Bằng khen cho Công ty Điện lực Quảng Ninh và Trường THPT Hòn Gai vì đã có thành tích xuất sắc.';
    const [a] = extractAwards(text, []);
    expect(a).toMatchObject({ award: 'Bằng khen', grantor: 'Thủ tướng Chính phủ', recipients: ['Công ty Điện lực Quảng Ninh', 'Trường THPT Hòn Gai'] });
  });

  it('reads a posthumous award (`truy tặng`) to a named person', () => {
    const text = 'Chủ tịch nước đã ký quyết định truy tặng Huân chương Dũng cảm cho liệt sĩ Trần Văn Nam.';
    const [a] = extractAwards(text, []);
    expect(a).toMatchObject({ award: 'Huân chương Dũng cảm', grantor: 'Chủ tịch nước', recipients: ['liệt sĩ Trần Văn Nam'] });
  });
});

describe('extractAwards: award first ("Y của X được trao cho …") and receiving', () => {
  it('reads the grantor from `của` and the counts after `cho`', () => {
    const text = 'Bằng khen của Thủ tướng Chính phủ được trao cho 2 tập thể và 3 cá nhân.';
    const [a] = extractAwards(text, [fig(text, '2 tập thể', 'tập thể', 2), fig(text, '3 cá nhân', 'cá nhân', 3)]);
    expect(a).toMatchObject({ award: 'Bằng khen', grantor: 'Thủ tướng Chính phủ', collectives: 2, individuals: 3, figureIndexes: [0, 1] });
    expect(slice(text, a!)).toBe('Bằng khen của Thủ tướng Chính phủ được trao cho 2 tập thể và 3 cá nhân');
  });

  it('reads a grantor written straight after `Bằng khen`', () => {
    const text = 'Trường Tiểu học Kim Đồng được tặng Bằng khen Thủ tướng Chính phủ năm 2019.';
    const [a] = extractAwards(text, []);
    expect(a).toMatchObject({ award: 'Bằng khen', grantor: 'Thủ tướng Chính phủ', recipients: ['Trường Tiểu học Kim Đồng'] });
  });

  it('reads a receiving subject and `do X trao tặng`', () => {
    const text = 'Đội Cảnh sát giao thông số 2 vinh dự nhận Bằng khen do UBND tỉnh Bình Dương trao tặng.';
    const [a] = extractAwards(text, []);
    expect(a?.award).toBe('Bằng khen');
    expect(a?.grantor).toBe('UBND tỉnh Bình Dương');
  });

  it('reads a flag received from the Government', () => {
    const text = 'Năm 2020, Bệnh viện Đa khoa tỉnh Lào Cai vinh dự đón nhận Cờ thi đua của Chính phủ.';
    const [a] = extractAwards(text, []);
    expect(a).toMatchObject({ award: 'Cờ thi đua', grantor: 'Chính phủ', recipients: ['Bệnh viện Đa khoa tỉnh Lào Cai'] });
  });
});

describe('extractAwards: lists and several grants in one sentence', () => {
  it('continues a grant into verbless list items after `;`', () => {
    const text =
      'Trường Tiểu học Lê Lợi từng nhận Huân chương Lao động hạng Ba năm 2015 của Chủ tịch nước; Cờ thi đua của Chính phủ; Bằng khen của Bộ Giáo dục và Đào tạo.';
    const awards = extractAwards(text, []);
    expect(awards.map((a) => [a.award, a.grantor, a.recipients])).toEqual([
      ['Huân chương Lao động hạng Ba', 'Chủ tịch nước', ['Trường Tiểu học Lê Lợi']],
      ['Cờ thi đua', 'Chính phủ', ['Trường Tiểu học Lê Lợi']],
      ['Bằng khen', 'Bộ Giáo dục và Đào tạo', ['Trường Tiểu học Lê Lợi']],
    ]);
    expect(slice(text, awards[1]!)).toBe('Cờ thi đua của Chính phủ');
  });

  it('splits two active grants joined by a comma', () => {
    const text = 'Bộ Công an tặng Bằng khen cho 2 tập thể, 4 cá nhân, UBND tỉnh tặng Giấy khen cho 10 cá nhân.';
    const awards = extractAwards(text, []);
    expect(awards).toMatchObject([
      { award: 'Bằng khen', grantor: 'Bộ Công an', collectives: 2, individuals: 4 },
      { award: 'Giấy khen', grantor: 'UBND tỉnh', individuals: 10 },
    ]);
    expect(awards[1]!.collectives).toBeUndefined();
  });

  it('splits two passive grants joined by `và`', () => {
    const text = '3 tập thể, 5 cá nhân được tặng Bằng khen của Bộ Công an và 10 cá nhân được tặng Giấy khen của Giám đốc Công an tỉnh.';
    expect(extractAwards(text, [])).toMatchObject([
      { award: 'Bằng khen', grantor: 'Bộ Công an', collectives: 3, individuals: 5 },
      { award: 'Giấy khen', grantor: 'Giám đốc Công an tỉnh', individuals: 10 },
    ]);
  });

  it('reads medals won by counted pupils', () => {
    const text = 'Đoàn có 4 học sinh đoạt Huy chương Vàng, 7 em giành Huy chương Bạc tại kỳ thi.';
    expect(extractAwards(text, [])).toMatchObject([
      { award: 'Huy chương Vàng', grantor: '', individuals: 4 },
      { award: 'Huy chương Bạc', grantor: '', individuals: 7 },
    ]);
  });
});

describe('extractAwards: names', () => {
  it('keeps capitalised words of an unquoted title and its grantor after `của`', () => {
    const text = 'Năm 2019, anh được tặng Kỷ niệm chương Vì thế hệ trẻ của Trung ương Đoàn.';
    const [a] = extractAwards(text, []);
    expect(a).toMatchObject({ award: 'Kỷ niệm chương Vì thế hệ trẻ', grantor: 'Trung ương Đoàn' });
    expect(a!.recipients).toBeUndefined(); // `anh` is a pronoun, not a name
  });

  it('does not count the people of a reason clause as recipients', () => {
    const text = 'Đoàn viên Phạm Thị Lan được Trung ương Đoàn tặng Huy hiệu Tuổi trẻ dũng cảm vì đã cứu 2 em nhỏ đuối nước.';
    const [a] = extractAwards(text, []);
    expect(a).toMatchObject({ award: 'Huy hiệu Tuổi trẻ dũng cảm', grantor: 'Trung ương Đoàn', recipients: ['Đoàn viên Phạm Thị Lan'] });
    expect(a!.individuals).toBeUndefined();
  });

  it('does not take a job title after a name for a second recipient', () => {
    const text = 'Thủ tướng Chính phủ tặng Bằng khen cho bà Lê Thị Thu, Giám đốc Sở Lao động.';
    expect(extractAwards(text, [])[0]?.recipients).toEqual(['bà Lê Thị Thu']);
  });

  it('keeps the years of a Party badge in its name', () => {
    const text = 'Dịp này, 12 đảng viên được Tỉnh ủy Bình Định tặng Huy hiệu 50 năm tuổi Đảng.';
    expect(extractAwards(text, [])).toMatchObject([{ award: 'Huy hiệu 50 năm tuổi Đảng', grantor: 'Tỉnh ủy Bình Định', individuals: 12 }]);
  });

  it('counts people in more kinds of noun', () => {
    const text = 'UBND tỉnh Quảng Ngãi vừa tặng Bằng khen cho 9 ngư dân đã cứu người bị nạn trên biển.';
    expect(extractAwards(text, [])).toMatchObject([{ award: 'Bằng khen', grantor: 'UBND tỉnh Quảng Ngãi', individuals: 9 }]);
    const mothers = 'Chủ tịch nước truy tặng Huân chương Độc lập hạng Ba cho 3 Mẹ Việt Nam anh hùng.';
    expect(extractAwards(mothers, [])).toMatchObject([{ award: 'Huân chương Độc lập hạng Ba', grantor: 'Chủ tịch nước', individuals: 3 }]);
  });
});

describe('extractAwards: traps', () => {
  it('does not take a quantifier or a sentence-initial common noun for a name', () => {
    expect(extractAwards('Nhiều cán bộ từng nhận bằng khen nhưng chưa được nâng lương.', [])).toEqual([]);
    expect(extractAwards('Nhà trường từng nhận Bằng khen.', [])).toEqual([]);
  });

  it('ignores an award word with no granting or receiving', () => {
    expect(extractAwards('Mẫu bằng khen mới sẽ được áp dụng từ năm sau.', [])).toEqual([]);
    expect(extractAwards('Anh Nguyễn Văn Hùng cho biết, tấm Bằng khen ấy là kỷ niệm lớn nhất của đời mình.', [])).toEqual([]);
    expect(extractAwards('Khu vực này trước đây là xưởng in giấy khen và sổ sách của huyện.', [])).toEqual([]);
  });

  it('ignores proposals and consideration for an award', () => {
    expect(extractAwards('Hội đồng thi đua đề nghị Bộ Công an tặng Bằng khen cho 5 tập thể.', [])).toEqual([]);
    expect(extractAwards('Theo quy định, Bằng khen của Bộ trưởng được xét tặng cho tập thể đạt tiêu chuẩn.', [])).toEqual([]);
  });

  it('does not take `trao đổi` or `ghi nhận` for a grant', () => {
    const text = 'Các đại biểu trao đổi về tiêu chí xét Huân chương Lao động và ghi nhận ý kiến của 20 cá nhân.';
    expect(extractAwards(text, [])).toEqual([]);
  });

  it('does not count people after `thuộc` as recipients', () => {
    const text = 'Bộ Công an tặng Bằng khen cho 6 cá nhân thuộc 2 đơn vị.';
    const [a] = extractAwards(text, []);
    expect(a).toMatchObject({ grantor: 'Bộ Công an', individuals: 6 });
    expect(a!.collectives).toBeUndefined();
  });

  it('returns nothing for text without awards', () => {
    expect(extractAwards('Giá lúa tăng 200 đồng/kg so với tuần trước.', [])).toEqual([]);
    expect(extractAwards('', [])).toEqual([]);
  });
});

describe('extractAwards on the seed article, with extractFigures', () => {
  const text = normalizeText(readFileSync(new URL('../../content/sources/000_221d6abb8b15921d.txt', import.meta.url), 'utf8'));
  const figures = extractFigures(text);
  const awards = extractAwards(text, figures);

  it('finds the five award lines: who got what from whom', () => {
    expect(awards.map(({ figureIndexes: _, start: _s, end: _e, ...rest }) => rest)).toEqual([
      { award: 'Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”', grantor: 'Bộ Công an', individuals: 14 },
      { award: 'bằng khen', grantor: 'Bộ Công an', collectives: 1, individuals: 2 },
      { award: 'bằng khen', grantor: 'Chủ tịch UBND tỉnh Lâm Đồng', collectives: 3 },
      { award: 'giấy khen', grantor: 'Giám đốc Công tỉnh Lâm Đồng', collectives: 5, individuals: 6, inferred: true },
      { award: 'giấy khen', grantor: 'Chủ tịch UBND TP Bảo Lộc', collectives: 6, individuals: 4 },
    ]);
  });

  it('links the figures of each line', () => {
    expect(awards.map((a) => a.figureIndexes.map((i) => figures[i]!.text))).toEqual([
      ['14 cá nhân'],
      ['1 tập thể', '2 cá nhân'],
      ['3 tập thể'],
      ['5 tập thể', '6'],
      ['6 tập thể', '4 cá nhân'],
    ]);
    expect(text.slice(awards[3]!.start, awards[3]!.end)).toBe('5 tập thể và 6 được Giám đốc Công tỉnh Lâm Đồng tặng giấy khen');
  });
});

describe.skipIf(!hasCorpus)('extractAwards on the Dân Trí corpus', () => {
  it('runs on every article and keeps its spans and links consistent', () => {
    let total = 0;
    for (const text of corpusTexts()) {
      // Figures only matter where an award word occurs; extracting them everywhere would just slow the suite.
      const figures = /khen|chương|danh hiệu|thi đua|huy hiệu/iu.test(text) ? extractFigures(text) : [];
      for (const a of extractAwards(text, figures)) {
        total++;
        expect(a.start).toBeLessThan(a.end);
        expect(a.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(a.start, a.end)).toContain(a.award);
        for (const i of a.figureIndexes) expect(figures[i]!.start >= a.start && figures[i]!.end <= a.end).toBe(true);
        expect(a.grantor || a.collectives || a.individuals || a.recipients?.length).toBeTruthy();
      }
    }
    // Business and health news: award lines are rare (a school's honours, a scientist's medal).
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(20);
  });
});

describe('extractAwards on arbitrary input', () => {
  it('never throws and keeps spans inside the text', () => {
    fc.assert(
      fc.property(jumble, (raw) => {
        const text = raw.normalize('NFC');
        for (const a of extractAwards(text, [])) {
          expect(a.start).toBeGreaterThanOrEqual(0);
          expect(a.start).toBeLessThan(a.end);
          expect(a.end).toBeLessThanOrEqual(text.length);
          expect(a.award.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });
});

/**
 * Issue 7's large inputs: the award reader must stay linear (it once re-read every award word
 * for every clause and every figure for every award). Outputs are checked, not times.
 */
describe('extractAwards on large inputs', () => {
  it('reads every award of 1,500 paragraphs (260 KB), each with its own figures', () => {
    const paragraph =
      'Ngày 15/3, UBND huyện Đức Trọng đã trao 320 suất quà cho các hộ nghèo. ' +
      'Dịp này, 5 tập thể và 12 cá nhân được Chủ tịch UBND huyện tặng giấy khen.\n\n';
    const n = 1500;
    const text = paragraph.repeat(n);
    const at = (k: number, needle: string) => k * paragraph.length + paragraph.indexOf(needle);
    const figures: FigureDraft[] = [];
    for (let k = 0; k < n; k++) {
      for (const [needle, unit, value] of [['320 suất quà', 'suất quà', 320], ['5 tập thể', 'tập thể', 5], ['12 cá nhân', 'cá nhân', 12]] as const) {
        const start = at(k, needle);
        figures.push({ text: needle, start, end: start + needle.length, kind: 'count', unit, value, qualifier: 'exact' });
      }
    }
    const awards = extractAwards(text, figures);
    expect(awards).toHaveLength(n);
    const wrong = awards.filter(
      (a, k) =>
        a.award !== 'giấy khen' ||
        a.grantor !== 'Chủ tịch UBND huyện' ||
        a.collectives !== 5 ||
        a.individuals !== 12 ||
        a.start !== at(k, '5 tập thể') ||
        // The award line runs from its counts to the award: the two count figures of its paragraph.
        a.figureIndexes.join() !== `${3 * k + 1},${3 * k + 2}`,
    );
    expect(wrong).toEqual([]);
  });

  it('reads 5,000 grants on one line of 300 KB, split only by semicolons', () => {
    const clause = 'Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể, 4 cá nhân; ';
    const text = clause.repeat(5000);
    const awards = extractAwards(text, []);
    expect(awards).toHaveLength(5000);
    expect(awards.every((a) => a.award === 'Bằng khen' && a.grantor === 'Chủ tịch UBND tỉnh' && a.collectives === 3 && a.individuals === 4)).toBe(true);
    expect(awards[4999]!.start).toBe(4999 * clause.length);
  });

  it('trims a long run of filler words before the verb (no exponential backtracking)', () => {
    // Each `đã ký quyết định` can be read as one filler or as `đã` + `ký quyết định`.
    const text = `UBND tỉnh${' đã ký quyết định'.repeat(40)} tặng Bằng khen cho 5 cá nhân.`;
    const awards = extractAwards(text, []);
    expect(awards).toHaveLength(1);
    expect(awards[0]).toMatchObject({ award: 'Bằng khen', grantor: 'UBND tỉnh', individuals: 5 });
  });
});

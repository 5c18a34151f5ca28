/**
 * Acronyms: those an article defines (`an ninh Tổ quốc (ANTQ)`, `BHXH (Bảo hiểm xã hội)`) and
 * the glossary ones it uses. Expected values come from reading the sentences.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/lib/text';
import { extractAcronyms, GLOSSARY } from '../../src/lib/acronyms';
import { corpusTexts, hasCorpus, jumble } from './helpers/extractor-inputs';

const defined = (text: string) => extractAcronyms(text).filter((a) => a.defined);

describe('extractAcronyms: definitions in the text', () => {
  it('reads `long form (SHORT)` with lower-case words and tone marks', () => {
    expect(defined('Hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc (ANTQ) năm 2021.')).toEqual([
      { short: 'ANTQ', long: 'an ninh Tổ quốc', defined: true },
    ]);
  });

  it('counts Đ as D and Ủ as U', () => {
    expect(defined('Kỳ họp của Hội đồng nhân dân (HĐND) và Ủy ban nhân dân (UBND) tỉnh.')).toEqual([
      { short: 'HĐND', long: 'Hội đồng nhân dân', defined: true },
      { short: 'UBND', long: 'Ủy ban nhân dân', defined: true },
    ]);
  });

  it('matches `&` with `và`, ignores `-` and `.`, and may leave `và` out', () => {
    const text =
      'Bộ Giáo dục và Đào tạo (GD&ĐT), Bộ Lao động - Thương binh và Xã hội (LĐ-TB&XH), Sở Khoa học và Công nghệ (KHCN) và Thành phố Hồ Chí Minh (TP.HCM).';
    expect(defined(text)).toEqual([
      { short: 'GD&ĐT', long: 'Giáo dục và Đào tạo', defined: true },
      { short: 'KHCN', long: 'Khoa học và Công nghệ', defined: true },
      { short: 'LĐ-TB&XH', long: 'Lao động - Thương binh và Xã hội', defined: true },
      { short: 'TP.HCM', long: 'Thành phố Hồ Chí Minh', defined: true },
    ]);
  });

  it('reads the reverse order `SHORT (long form)`', () => {
    expect(defined('Cơ quan BHXH (Bảo hiểm xã hội) huyện đã chi trả đủ.')).toEqual([{ short: 'BHXH', long: 'Bảo hiểm xã hội', defined: true }]);
  });

  it('rejects parentheses whose letters do not match', () => {
    // WHO is an English initialism: it is not defined here, but the glossary knows it.
    expect(extractAcronyms('Tổ chức Y tế Thế giới (WHO) khuyến cáo.')).toEqual([{ short: 'WHO', long: 'Tổ chức Y tế Thế giới', defined: false }]);
    expect(defined('Ông Nguyễn Văn An (NVA) cho biết.')).toEqual([{ short: 'NVA', long: 'Nguyễn Văn An', defined: true }]);
    expect(defined('Công ty cổ phần Sữa Việt Nam (VNM) tăng trưởng.')).toEqual([]);
    expect(defined('Dịch bệnh (Covid-19) lan rộng, giá (VND) tăng.')).toEqual([]);
    expect(defined('Chi phí (2 tỷ đồng) được duyệt.')).toEqual([]);
  });

  it('does not reach across a comma for the long form', () => {
    expect(defined('Ở miền Tây, Nam Bộ (TNB) mưa lớn.')).toEqual([]);
  });
});

describe('extractAcronyms: glossary', () => {
  it('has at least 40 entries, each with a long form', () => {
    const entries = Object.entries(GLOSSARY);
    expect(entries.length).toBeGreaterThanOrEqual(40);
    for (const [short, long] of entries) {
      expect(short).toMatch(/^\S+$/);
      expect(long.length).toBeGreaterThan(short.length);
    }
    for (const s of ['UBND', 'HĐND', 'TP', 'ANTT', 'ANTQ', 'CSGT', 'MTTQ', 'BHXH', 'THPT', 'GDP', 'CPI', 'ĐBSCL', 'KCN', 'TTXVN', 'NHNN']) {
      expect(GLOSSARY[s], s).toBeTruthy();
    }
    expect(GLOSSARY.CSGT).toBe('Cảnh sát giao thông');
    expect(GLOSSARY.ĐBSCL).toBe('Đồng bằng sông Cửu Long');
  });

  it('gives Vietnamese initialisms a long form whose initials spell them', () => {
    // Foreign initialisms (GDP, WHO …) and conventional ones (TW, NĐ-CP) are not spelled by their Vietnamese long form.
    const foreign = new Set(['GDP', 'GRDP', 'CPI', 'FDI', 'ODA', 'ASEAN', 'WHO', 'WTO', 'IMF', 'WB', 'ADB', 'EU', 'FTA', 'HNX', 'HOSE', 'HoSE', 'HSX', 'VCCI', 'TW', 'NĐ-CP', 'ThS', 'USD', 'CDC', 'NATO', 'UAE', 'CEO']);
    for (const [short, long] of Object.entries(GLOSSARY)) {
      if (foreign.has(short)) continue;
      expect(defined(`${long} (${short})`), short).toEqual([{ short, long, defined: true }]);
    }
  });

  it('finds glossary acronyms as whole, case-sensitive words', () => {
    const text = 'UBND TP Bảo Lộc và Đội CSGTĐB họp; ubnd xã chưa đến. Lãnh đạo TP.HCM dự.';
    expect(extractAcronyms(text).map((a) => a.short)).toEqual(['TP', 'TP.HCM', 'UBND']);
  });

  it('lets a definition win over the glossary and lists each short form once, sorted', () => {
    const text = 'Ủy ban nhân dân (UBND) huyện phối hợp với CSGT. UBND huyện chỉ đạo bảo đảm ANTT; CSGT tuần tra.';
    expect(extractAcronyms(text)).toEqual([
      { short: 'ANTT', long: 'an ninh trật tự', defined: false },
      { short: 'CSGT', long: 'Cảnh sát giao thông', defined: false },
      { short: 'UBND', long: 'Ủy ban nhân dân', defined: true },
    ]);
  });

  it('returns nothing when there are no acronyms', () => {
    expect(extractAcronyms('Giá rau xanh tăng mạnh.')).toEqual([]);
    expect(extractAcronyms('')).toEqual([]);
  });
});

describe.skipIf(!hasCorpus)('extractAcronyms on the Dân Trí corpus', () => {
  it('runs on every article; each definition is spelled by its long form and each short form appears once', () => {
    let defined = 0;
    for (const text of corpusTexts()) {
      const acronyms = extractAcronyms(text);
      expect(new Set(acronyms.map((a) => a.short)).size).toBe(acronyms.length);
      for (const a of acronyms) {
        expect(text).toContain(a.short);
        if (a.defined) {
          defined++;
          expect(text).toContain(a.long);
        } else expect(a.long).toBe(GLOSSARY[a.short]);
      }
    }
    expect(defined).toBeGreaterThan(10);
  });
});

describe('extractAcronyms on arbitrary input', () => {
  it('never throws; short forms occur in the text, once each', () => {
    fc.assert(
      fc.property(jumble, (raw) => {
        const text = raw.normalize('NFC');
        const found = extractAcronyms(text);
        expect(new Set(found.map((a) => a.short)).size).toBe(found.length);
        for (const a of found) expect(text).toContain(a.short);
      }),
      { numRuns: 400 },
    );
  });
});

describe('extractAcronyms on the seed article', () => {
  it('finds ANTQ defined, and the glossary acronyms it uses', () => {
    const text = normalizeText(readFileSync(new URL('../../content/sources/000_221d6abb8b15921d.txt', import.meta.url), 'utf8'));
    expect(extractAcronyms(text)).toEqual([
      { short: 'ANTQ', long: 'an ninh Tổ quốc', defined: true },
      { short: 'ANTT', long: 'an ninh trật tự', defined: false },
      { short: 'HĐND', long: 'Hội đồng nhân dân', defined: false },
      { short: 'TP', long: 'Thành phố', defined: false },
      { short: 'UBND', long: 'Ủy ban nhân dân', defined: false },
    ]);
  });
});

/** Issue 7's large inputs: no scan back to the start of the text for each bracket. Outputs are checked, not times. */
describe('extractAcronyms on large inputs', () => {
  it('reads a 500 KB line of brackets with no comma, quote or line break', () => {
    const unit = 'Lực lượng bảo vệ an ninh Tổ quốc (ANTQ) tại xã (thôn 3) ';
    const text = unit.repeat(Math.ceil(500_000 / unit.length));
    expect(defined(text)).toEqual([{ short: 'ANTQ', long: 'an ninh Tổ quốc', defined: true }]);
  });

  it('reads 3,000 definitions of different short forms in one line', () => {
    // Short forms AAB, AAC, … each spelled by three words with those initials.
    const letters = 'BCDGHKLMNPQRSTVX';
    const shorts: string[] = [];
    const parts: string[] = [];
    for (let k = 0; shorts.length < 3000; k++) {
      const short = `${letters[Math.floor(k / 256) % 16]}${letters[Math.floor(k / 16) % 16]}${letters[k % 16]}`;
      shorts.push(short);
      parts.push(`${[...short].map((c) => `${c}ong`).join(' ')} (${short}) và`);
    }
    const found = defined(parts.join(' '));
    expect(found).toHaveLength(3000);
    expect(new Set(found.map((a) => a.short))).toEqual(new Set(shorts));
    expect(found.every((a) => a.long === [...a.short].map((c) => `${c}ong`).join(' '))).toBe(true);
  });
});

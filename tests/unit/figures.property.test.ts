import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Figure } from '../../src/schema';
import { extractFigures } from '../../src/lib/figures';
import { formatNumberVi, parseNumberVi } from '../../src/lib/numbers';

const SETTINGS = { seed: 42, numRuns: 300 };
const DraftFigure = Figure.innerType().omit({ id: true, prefix: true, suffix: true });

/** Every invariant the extractor promises, for any input. */
function assertWellFormed(text: string): void {
  const figs = extractFigures(text);
  let lastEnd = -1;
  for (const f of figs) {
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.start).toBeGreaterThanOrEqual(lastEnd);
    expect(f.end).toBeGreaterThan(f.start);
    lastEnd = f.end;
    const parsed = Figure.safeParse({ ...f, id: 'f' });
    if (!parsed.success) throw new Error(`invalid figure ${JSON.stringify(f)}: ${parsed.error.message}`);
    expect(DraftFigure.safeParse(f).success).toBe(true);
  }
}

/** Fragments that look like Vietnamese numbers, units, dates and identifiers. */
const fragment = fc.oneof(
  fc.constantFrom(
    'hơn', 'gần', 'khoảng', 'từ', 'đến', 'trên', 'dưới', 'và', 'hoặc', 'giữa', 'trở lên', 'trở xuống', 'ít nhất', 'không quá',
    'tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'trăm', 'chục', 'rưỡi', 'đồng', 'đ', 'VNĐ', 'USD', '$', '€', '£', '%', 'phần trăm',
    'người', 'hộ', 'ca', 'tập thể', 'cá nhân', 'tấn', 'kg', 'ha', 'm2', 'km/h', 'độ C', 'năm', 'tháng', 'ngày', 'giờ', 'phút',
    'số', 'Điều', 'khoản', 'phường', 'Quận', 'Covid-', 'BN', 'F', 'lúc', 'thứ', 'lần thứ', 'top', 'iPhone',
    'một', 'hai', 'Bốn', 'mười', 'mươi', 'mốt', 'lăm', 'linh', 'lẻ', 'tư', 'hàng',
    '-', '–', '/', ',', '.', ':', ';', '(', ')', '"', '\n', ' ', '  ', '\u00AD', '\u200B', '\u2060', '\uFEFF', 'K', 'M', 'h',
  ),
  fc.integer({ min: 0, max: 3000 }).map(String),
  fc.double({ min: 0, max: 1e7, noNaN: true }).map((x) => formatNumberVi(Math.round(x * 100) / 100)),
);
const numberish = fc.array(fragment, { maxLength: 40 }).chain((parts) =>
  fc.array(fc.constantFrom(' ', '', ' ', '\u00AD'), { minLength: parts.length, maxLength: parts.length }).map((gaps) =>
    parts.map((p, i) => p + gaps[i]).join(''),
  ),
);

describe('extractFigures invariants', () => {
  it('never throws and returns well-formed figures on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        assertWellFormed(s.normalize('NFC'));
      }),
      SETTINGS,
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        assertWellFormed(s);
      }),
      SETTINGS,
    );
  });

  it('never throws and returns well-formed figures on Vietnamese number-ish text', () => {
    fc.assert(
      fc.property(numberish, (s) => {
        assertWellFormed(s);
      }),
      SETTINGS,
    );
  });

  it('finds `N người` with the exact value for any formatted N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (n) => {
        const text = `Có ${formatNumberVi(n)} người tham gia.`;
        const figs = extractFigures(text);
        expect(figs).toHaveLength(1);
        expect(figs[0]).toMatchObject({ value: n, unit: 'người', kind: 'people' });
      }),
      SETTINGS,
    );
  });

  it('a zero-width character inside a figure does not break it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 999_999 }), fc.nat(), fc.constantFrom('\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'), (n, at, zw) => {
        const num = formatNumberVi(n);
        const cut = 1 + (at % (num.length - 1));
        const text = `Thu được ${num.slice(0, cut)}${zw}${num.slice(cut)} tấn lúa.`;
        const figs = extractFigures(text);
        expect(figs).toHaveLength(1);
        expect(figs[0]).toMatchObject({ value: n, unit: 'tấn' });
        expect(figs[0]!.text).toBe(text.slice(figs[0]!.start, figs[0]!.end));
      }),
      SETTINGS,
    );
  });

  it('survives a long line with thousands of numbers', () => {
    const line = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? `${i}/${i % 12}` : `${i},${i % 10}%`)).join(' ');
    assertWellFormed(line);
  });
});

describe('formatNumberVi / parseNumberVi round trip', () => {
  it('parse(format(x)) === x for every finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parseNumberVi(formatNumberVi(x))).toBe(x);
      }),
      SETTINGS,
    );
  });

  it('parse(format(n)) === n for integers, and the format is Intl vi-VN', () => {
    const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 });
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        const s = formatNumberVi(n);
        expect(s).toBe(intl.format(n));
        expect(parseNumberVi(s)).toBe(n);
      }),
      SETTINGS,
    );
  });

  it('matches Intl vi-VN for decimals with few digits', () => {
    const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 });
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const x = n / 10 ** d;
        expect(formatNumberVi(x)).toBe(intl.format(x));
      }),
      SETTINGS,
    );
  });
});

/**
 * Vietnamese number grammar.
 *
 * - Digit literals as Vietnamese writes them: `.` groups thousands and `,` marks
 *   decimals (`2.468.013`, `3.127,4`, `0,35`), bare integers (`250000`), and the
 *   shorthand suffixes `K` (nghìn) and `M` / `tr` (triệu): `250K`, `5M`, `2,5M`.
 *   English-style literals (`1,234,567`, `1,234.5`, `2.5`) are read too, because
 *   they do appear in Vietnamese news.
 * - Magnitude words after a number: nghìn/ngàn, vạn, triệu, tỷ/tỉ, chục, trăm,
 *   chained multiplicatively when they grow (`nghìn tỷ` = 10^12).
 * - Spelled-out numbers: `mười chín`, `ba mươi mốt`, `bốn mươi lăm`,
 *   `sáu trăm linh năm`, `hai nghìn không trăm hai mươi`, `hai triệu rưỡi`.
 * - `formatNumberVi` writes a number the Vietnamese way (as
 *   `Intl.NumberFormat('vi-VN')` does, without rounding), and
 *   `parseNumberVi(formatNumberVi(x)) === x` for every finite x.
 *
 * Everything here is pure and never throws.
 */

/** Magnitude words that multiply the number before them. */
export const MAGNITUDES: Readonly<Record<string, number>> = {
  chục: 10,
  trăm: 100,
  nghìn: 1e3,
  ngàn: 1e3,
  vạn: 1e4,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

/** Suffixes glued to digits that act as magnitudes: `250K`, `5M`, `2,5M`, `5tr`. Case-sensitive. */
export const MAGNITUDE_SUFFIXES: Readonly<Record<string, number>> = {
  K: 1e3,
  k: 1e3,
  M: 1e6,
  tr: 1e6,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
  nghìn: 1e3,
  ngàn: 1e3,
};

export interface DigitLiteral {
  value: number;
  /** Count of digits before the decimal mark (or of the whole literal when there is none). */
  intDigits: number;
  /** True when the literal has a thousands separator or a decimal mark. */
  hasSeparator: boolean;
  hasDecimal: boolean;
  /** True for `0123`-like literals: phone numbers, codes, never a quantity. */
  leadingZero: boolean;
}

const IGNORABLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Removes soft hyphens and zero-width characters. */
export function stripIgnorable(s: string): string {
  return s.indexOf('\u00AD') < 0 && !/[\u200B-\u200D\u2060\uFEFF]/.test(s) ? s : s.replace(IGNORABLE_RE, '');
}

/**
 * Reads a digit literal made only of digits, `.` and `,` (no sign, no suffix).
 * Returns undefined when the shape is not a number (`1.2.3`, `12.34.5`).
 */
export function parseDigitLiteral(raw: string): DigitLiteral | undefined {
  if (raw.length === 0 || raw.length > 1000) return undefined;
  // one pass: count the marks, spot anything that is not a digit
  let dots = 0;
  let commas = 0;
  let clean = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c === 46) dots++;
    else if (c === 44) commas++;
    else clean = false;
  }
  const s = clean ? raw : stripIgnorable(raw);
  if (!clean) return parseDigitLiteral2(s);
  const c0 = s.charCodeAt(0);
  if (c0 < 48 || c0 > 57) return undefined;
  if (dots === 0 && commas === 0) {
    const value = Number(s);
    return { value, intDigits: s.length, hasSeparator: false, hasDecimal: false, leadingZero: s.length > 1 && c0 === 48 };
  }
  return parseDigitLiteral2(s);
}

/** True when the marks at positions `marks` split `s` into a 1–3 digit group and 3-digit groups. */
function groupedOk(s: string, marks: number[], upTo: number): boolean {
  if (marks[0]! < 1 || marks[0]! > 3) return false;
  for (let k = 1; k < marks.length; k++) if (marks[k]! - marks[k - 1]! !== 4) return false;
  return upTo - marks[marks.length - 1]! === 4;
}

/** Slow path of `parseDigitLiteral`: literals with `.`/`,` marks (already free of ignorable characters). */
function parseDigitLiteral2(s: string): DigitLiteral | undefined {
  if (s.length === 0) return undefined;
  const c0 = s.charCodeAt(0);
  if (c0 < 48 || c0 > 57) return undefined;
  const dotsAt: number[] = [];
  const commasAt: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) dotsAt.push(i);
    else if (c === 44) commasAt.push(i);
    else if (c < 48 || c > 57) return undefined;
  }
  // a mark must sit between two digits
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 46 && c !== 44) continue;
    const before = s.charCodeAt(i - 1);
    const after = s.charCodeAt(i + 1);
    if (!(before >= 48 && before <= 57 && after >= 48 && after <= 57)) return undefined;
  }
  let intPart: string;
  let fracPart = '';
  if (dotsAt.length === 0 && commasAt.length === 0) {
    intPart = s;
  } else if (dotsAt.length > 0 && commasAt.length > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const decIsDot = dotsAt[dotsAt.length - 1]! > commasAt[commasAt.length - 1]!;
    const dec = decIsDot ? dotsAt : commasAt;
    const grp = decIsDot ? commasAt : dotsAt;
    if (dec.length !== 1 || grp[grp.length - 1]! > dec[0]!) return undefined;
    if (!groupedOk(s, grp, dec[0]!)) return undefined;
    intPart = s.slice(0, dec[0]).replace(/[.,]/g, '');
    fracPart = s.slice(dec[0]! + 1);
  } else {
    const marks = dotsAt.length > 0 ? dotsAt : commasAt;
    const isDot = dotsAt.length > 0;
    if (marks.length === 1) {
      const at = marks[0]!;
      // Vietnamese: `,` is the decimal mark; `.` groups thousands when 3 digits follow
      // (`1.500`), otherwise it is an English-style decimal point (`2.5`).
      // `140,000` (three zeros after a comma) is an English thousands group, never a decimal.
      const zeros = !isDot && s.length - at - 1 === 3 && s.endsWith('000') && at <= 3 && c0 !== 48;
      if ((isDot && s.length - at - 1 === 3 && at <= 3 && !(at > 1 && c0 === 48)) || zeros) {
        intPart = s.slice(0, at) + s.slice(at + 1);
      } else {
        intPart = s.slice(0, at);
        fracPart = s.slice(at + 1);
      }
    } else {
      // Several marks of one kind: thousands groups (`2.468.013`, `1,234,567`).
      if (!groupedOk(s, marks, s.length)) return undefined;
      intPart = s.replace(/[.,]/g, '');
    }
  }
  const leadingZero = intPart.length > 1 && intPart.charCodeAt(0) === 48;
  const value = Number(fracPart ? `${intPart}.${fracPart}` : intPart);
  if (!Number.isFinite(value)) return undefined;
  return { value, intDigits: intPart.length, hasSeparator: true, hasDecimal: fracPart.length > 0, leadingZero };
}

/** Spelled digits 0–9 in their ordinary form. */
const DIGIT_WORDS: Readonly<Record<string, number>> = {
  không: 0,
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};
/** Units digit forms allowed after `mươi`/`mười`: `mốt` = 1, `tư` = 4, `lăm`/`nhăm` = 5. */
const UNIT_AFTER_TENS: Readonly<Record<string, number>> = {
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  lăm: 5,
  nhăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};
const UNIT_AFTER_MUOI_STRICT: Readonly<Record<string, number>> = { ...UNIT_AFTER_TENS };
/** After `mười` the unit 1 is `một` (not `mốt`). */
const UNIT_AFTER_MUOI_TEN: Readonly<Record<string, number>> = { ...UNIT_AFTER_TENS, mốt: Number.NaN };

/** Words that can start a spelled-out number. */
export const SPELLED_START_WORDS: ReadonlySet<string> = new Set([...Object.keys(DIGIT_WORDS), 'mười']);

export interface SpelledNumber {
  value: number;
  /** Number of words consumed. */
  length: number;
}

/** Reads a number below 1000 at words[i]. */
function parseBelowThousand(words: readonly string[], i: number): SpelledNumber | undefined {
  const start = i;
  let hundreds: number | undefined;
  let tens = 0;
  let units = 0;
  const w0 = words[i];
  if (w0 !== undefined && DIGIT_WORDS[w0] !== undefined && words[i + 1] === 'trăm') {
    hundreds = DIGIT_WORDS[w0]!;
    i += 2;
  } else if (w0 === 'trăm') {
    // `trăm` alone after `một` elided (`trăm lẻ năm` is rare): not handled.
  }
  const w = words[i];
  if (w === undefined) return hundreds === undefined ? undefined : { value: hundreds * 100, length: i - start };
  if ((w === 'linh' || w === 'lẻ') && hundreds !== undefined) {
    const u = words[i + 1];
    const d = u === 'tư' ? 4 : u === undefined ? undefined : DIGIT_WORDS[u];
    if (d !== undefined && d > 0) {
      units = d;
      i += 2;
    }
  } else if (w === 'mười') {
    tens = 1;
    i += 1;
    const u = words[i];
    const d = u === undefined ? undefined : UNIT_AFTER_MUOI_TEN[u];
    if (d !== undefined && !Number.isNaN(d)) {
      units = d;
      i += 1;
    }
  } else if (DIGIT_WORDS[w] !== undefined && DIGIT_WORDS[w]! >= 1 && words[i + 1] === 'mươi') {
    tens = DIGIT_WORDS[w]!;
    i += 2;
    const u = words[i];
    // `năm` after `mươi` is read as "year" (`hai mươi năm` = twenty years); five is `lăm`.
    const d = u === undefined ? undefined : UNIT_AFTER_MUOI_STRICT[u];
    if (d !== undefined) {
      units = d;
      i += 1;
    }
  } else if (hundreds === undefined && DIGIT_WORDS[w] !== undefined) {
    units = DIGIT_WORDS[w]!;
    i += 1;
  }
  if (i === start) return undefined;
  return { value: (hundreds ?? 0) * 100 + tens * 10 + units, length: i - start };
}

const SCALE_WORDS: Readonly<Record<string, number>> = { nghìn: 1e3, ngàn: 1e3, vạn: 1e4, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

/** Reads consecutive scale words at words[i], multiplying while they grow: `nghìn tỷ` = 1e12. */
function readScale(words: readonly string[], i: number): { scale: number; length: number } | undefined {
  let scale = 0;
  let j = i;
  while (j < words.length) {
    const s = SCALE_WORDS[words[j]!];
    if (s === undefined) break;
    if (scale === 0) scale = s;
    else if (s > scale) scale *= s;
    else break;
    j++;
  }
  return scale === 0 ? undefined : { scale, length: j - i };
}

/**
 * Reads a spelled-out Vietnamese number starting at words[i] (lower-case words).
 * `['ba','mươi','mốt']` → 31; `['sáu','trăm','linh','năm']` → 605;
 * `['hai','triệu','rưỡi']` → 2 500 000; `['một','nghìn','hai','trăm']` → 1200.
 */
/**
 * `value × mag` for a magnitude that is a power of ten (`528,2 tỷ` = 528.2 × 1e9), computed on the decimal digits so
 * that it comes out as written: 528200000000, not the binary product 528200000000.00006.
 */
export function scaleBy(value: number, mag: number): number {
  const product = value * mag;
  if (Number.isInteger(value) || !Number.isFinite(product)) return product;
  const exponent = Math.round(Math.log10(mag));
  return 10 ** exponent === mag ? Number(`${value}e${exponent}`) : product;
}

export function parseSpelledNumber(words: readonly string[], i = 0): SpelledNumber | undefined {
  const start = i;
  let total = 0;
  let lastScale = Infinity;
  let any = false;
  for (;;) {
    let group = parseBelowThousand(words, i);
    if (!group) break;
    // `hai chục` = 20, `ba chục nghìn` = 30 000: a digit word counted in tens
    if (group.length === 1 && group.value >= 1 && group.value <= 9 && words[i + 1] === 'chục') group = { value: group.value * 10, length: 2 };
    const afterGroup = i + group.length;
    const sc = readScale(words, afterGroup);
    if (sc) {
      if (sc.scale >= lastScale) break;
      total += group.value * sc.scale;
      lastScale = sc.scale;
      i = afterGroup + sc.length;
      any = true;
      if (words[i] === 'rưỡi' && group.value > 0) {
        total += sc.scale / 2;
        i += 1;
        break;
      }
      continue;
    }
    // A bare group after a scale must be smaller than it (`một nghìn hai trăm`).
    if (any && group.value >= lastScale) break;
    total += group.value;
    i = afterGroup;
    any = true;
    break;
  }
  if (!any) return undefined;
  return { value: total, length: i - start };
}

/** Splits text into lower-case words (letters only), for `parseNumberVi` on spelled input. */
function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * Parses a whole Vietnamese number expression: a digit literal with an optional
 * sign, shorthand suffix and magnitude words (`-1.234,5`, `2,5M`, `2,9 tỷ`,
 * `1,5 nghìn tỷ`), or a spelled-out number (`Bốn`, `ba mươi mốt`).
 * Returns undefined when the string is not exactly one number.
 */
export function parseNumberVi(input: string): number | undefined {
  const s = stripIgnorable(input).trim();
  if (s.length === 0 || s.length > 1000) return undefined;
  const m = /^([-\u2212]?)(\d[\d.,]*)(?:\s*([KkM]|tr|triệu|tỷ|tỉ|nghìn|ngàn)(?![\p{L}\p{N}]))?((?:\s+\p{L}+)*)$/u.exec(s);
  if (m) {
    const lit = parseDigitLiteral(m[2]!);
    if (!lit) return undefined;
    let value = lit.value;
    if (m[3]) value *= MAGNITUDE_SUFFIXES[m[3]]!;
    const rest = words(m[4] ?? '');
    if (rest.length > 0) {
      let j = 0;
      let scale = 0;
      while (j < rest.length) {
        const mg = MAGNITUDES[rest[j]!];
        if (mg === undefined) return undefined;
        if (scale === 0) scale = mg;
        else if (mg > scale) scale *= mg;
        else return undefined;
        j++;
      }
      value *= scale;
    }
    if (m[1]) value = -value;
    return Number.isFinite(value) ? value : undefined;
  }
  const ws = words(s);
  if (ws.length === 0 || ws.join(' ') !== s.toLowerCase().replace(/\s+/g, ' ')) return undefined;
  const sp = parseSpelledNumber(ws, 0);
  if (!sp || sp.length !== ws.length) return undefined;
  return sp.value;
}

/** Expands a non-negative finite number to plain decimal digits (no exponent). */
function plainDecimal(n: number): string {
  const s = String(n);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const mantissa = s.slice(0, e);
  const exp = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const pointAt = (dot < 0 ? mantissa.length : dot) + exp;
  if (pointAt <= 0) return `0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return digits + '0'.repeat(pointAt - digits.length);
  return `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

/**
 * Formats a number the Vietnamese way: `.` groups thousands, `,` marks decimals,
 * `-` for negatives (`-1.234.567,89`), exactly like `Intl.NumberFormat('vi-VN')`
 * but without rounding the fraction, so that `parseNumberVi` gives back the same number.
 */
export function formatNumberVi(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const negative = n < 0 || Object.is(n, -0);
  const plain = plainDecimal(Math.abs(n));
  const dot = plain.indexOf('.');
  const intPart = dot < 0 ? plain : plain.slice(0, dot);
  const frac = dot < 0 ? '' : plain.slice(dot + 1);
  let grouped = '';
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) grouped += '.';
    grouped += intPart[i];
  }
  return (negative ? '-' : '') + grouped + (frac ? `,${frac}` : '');
}

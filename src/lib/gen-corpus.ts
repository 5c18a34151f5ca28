/**
 * Synthetic corpus generator: deterministic Vietnamese news reports with the
 * ground truth of every statistic they contain.
 *
 * Each article is composed sentence by sentence from combinatorial templates
 * (economy, health, traffic, crime, agriculture, education, public security,
 * awards, named models). A template is a list of parts: plain strings and
 * `Fig`s. A `Fig` is a statistic the generator wrote on purpose, so it knows
 * its value, unit, kind and qualifier; the text builder records its offsets.
 * Everything else that looks like a number (dates, clock times, legal
 * references, road numbers, plates, `Covid-19`, …) is a distractor written as
 * a plain string and must never be highlighted.
 *
 * The figures follow /work/briefs/conventions.md (the shared conventions):
 * money in canonical currencies with magnitude words folded into the value,
 * rates keep their per-part, counted nouns are the head noun phrase as
 * written, qualifiers are inside the figure text.
 *
 * Pure: no I/O and no Math.random. Article `i` of seed `s` depends only on
 * (`s`, `i`), so any article can be regenerated on its own.
 */
import type { Kind, Qualifier } from '../schema';

// ---------------------------------------------------------------------------
// Public shapes
// ---------------------------------------------------------------------------

/** One statistic as the generator wrote it. Offsets index the normalised text. */
export interface TruthFigure {
  text: string;
  start: number;
  end: number;
  kind: Kind;
  unit: string;
  unitInferred?: boolean;
  value?: number;
  min?: number;
  max?: number;
  numerator?: number;
  denominator?: number;
  qualifier: Qualifier;
}

export interface GeneratedArticle {
  /** File name without extension, e.g. `gen-00042`. */
  name: string;
  /** The source text: NFC, LF line endings, ending with a newline. */
  text: string;
  /** Every statistic in the article body, in text order. */
  figures: TruthFigure[];
  /** How the article header was written (for tests and statistics). */
  header: 'front-block' | 'front-block-title-line' | 'dateline' | 'plain';
  topic: Topic;
}

export const TOPICS = ['economy', 'health', 'traffic', 'crime', 'agriculture', 'education', 'security'] as const;
export type Topic = (typeof TOPICS)[number];

// ---------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------

/** 32-bit FNV-1a over the UTF-16 code units of a string. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A small seeded PRNG (sfc32) with the helpers the templates need. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    this.a = hash32(`a:${seed}`);
    this.b = hash32(`b:${seed}`);
    this.c = hash32(`c:${seed}`);
    this.d = 1;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks from `[item, weight]` pairs. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** `n` distinct items in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  }
}

// ---------------------------------------------------------------------------
// Vietnamese numbers
// ---------------------------------------------------------------------------

/** `2468013` → `2.468.013`. */
function group(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A written number and the value it stands for (magnitude word included). */
interface Num {
  text: string;
  value: number;
}

/**
 * Writes `digits` with `decimals` of them after the decimal comma:
 * (`31274`, 1) → `3.127,4`. Exact value: integer digits / 10^decimals × magnitude.
 */
function writeDigits(digits: number, decimals: number, magnitude = 1, bare = false): Num {
  const s = String(digits).padStart(decimals + 1, '0');
  const intPart = s.slice(0, s.length - decimals);
  const frac = s.slice(s.length - decimals);
  const text = (bare ? intPart : group(intPart)) + (decimals ? `,${frac}` : '');
  return { text, value: (digits * magnitude) / 10 ** decimals };
}

const MAGNITUDE_WORDS: Readonly<Record<number, readonly string[]>> = {
  1e3: ['nghìn', 'nghìn', 'ngàn'],
  1e6: ['triệu'],
  1e9: ['tỷ', 'tỷ', 'tỷ', 'tỉ'],
  1e12: ['nghìn tỷ', 'ngàn tỷ'],
};

interface NumberStyle {
  /** Allow magnitude words (nghìn, triệu, tỷ…) for large values. */
  magnitudes?: boolean;
  /** Smallest magnitude a word may stand for (1e6 for money: `45.000 đồng` stays in digits). */
  minMagnitude?: number;
  /** Allow a decimal part on small mantissas / measures. */
  decimals?: boolean;
  /** Allow bare digits without thousands dots for values ≥ 10,000. */
  bare?: boolean;
}

/** `raw` rounded to at most `maxDecimals` decimals, trailing zeros dropped: 12.50 → `12,5`. */
function decimalNum(raw: number, maxDecimals: number, magnitude = 1): Num {
  let decimals = maxDecimals;
  let digits = Math.round(raw * 10 ** decimals);
  while (decimals > 0 && digits % 10 === 0) {
    digits /= 10;
    decimals--;
  }
  return writeDigits(digits, decimals, magnitude);
}

/**
 * A log-uniform random quantity in [lo, hi], written the way Vietnamese
 * reports write it: `310 triệu`, `2,9 tỷ`, `1.250 tỷ`, `45.000`, `3.127,4`.
 */
function quantity(rng: Rng, lo: number, hi: number, style: NumberStyle = {}): Num {
  const raw = Math.exp(Math.log(lo) + rng.next() * (Math.log(hi) - Math.log(lo)));
  if (style.magnitudes) {
    let mag = [1e12, 1e9, 1e6, 1e3].find((m) => m >= (style.minMagnitude ?? 1e6) && raw >= m);
    if (mag !== undefined && rng.chance(0.9)) {
      // `1.250 tỷ` is as common as `1,25 nghìn tỷ`.
      if (mag === 1e12 && raw < 1e13 && rng.chance(0.5)) mag = 1e9;
      const mantissa = raw / mag;
      const word = rng.pick(MAGNITUDE_WORDS[mag]!);
      let n: Num;
      if (mantissa < 10) n = decimalNum(Math.max(1.1, mantissa), rng.chance(0.7) ? 1 : 0, mag);
      else if (mantissa < 100 && rng.chance(0.3)) n = decimalNum(mantissa, 1, mag);
      else if (mantissa < 1000) n = writeDigits(Math.round(mantissa), 0, mag);
      else n = writeDigits(Math.round(mantissa / 10) * 10, 0, mag);
      return { text: `${n.text} ${word}`, value: n.value };
    }
  }
  if (style.decimals && raw < 10_000 && rng.chance(0.35)) {
    const n = decimalNum(raw, raw < 10 ? rng.pick([1, 1, 2]) : 1);
    if (n.value > 0) return n;
  }
  // Nobody writes 290.000.000.000: past a billion, use the magnitude word.
  if (style.magnitudes && raw >= 1e9) return quantity(rng, raw, raw * 1.0001, style);
  // Round to two or three significant digits like reports do, keep small counts exact.
  let v = Math.max(1, Math.round(raw));
  if (v >= 1000) {
    const step = 10 ** (Math.floor(Math.log10(v)) - rng.pick([1, 2, 2, 3]));
    v = Math.max(step, Math.round(v / step) * step);
  }
  const bare = style.bare === true && v >= 10_000 && rng.chance(0.15);
  return writeDigits(v, 0, 1, bare);
}

/** A small exact integer in [lo, hi], written in digits. */
function smallInt(rng: Rng, lo: number, hi: number): Num {
  return writeDigits(rng.int(lo, hi), 0);
}

const DIGIT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** Spells 1–999 the way Vietnamese writes it: `ba mươi mốt`, `bốn mươi lăm`, `sáu trăm linh năm`. */
export function spellVi(n: number, rng?: Rng): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`cannot spell ${n}`);
  if (n < 10) return DIGIT_WORDS[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const units = n % 10;
    const head = tens === 1 ? 'mười' : `${DIGIT_WORDS[tens]} mươi`;
    if (units === 0) return head;
    let unit: string = DIGIT_WORDS[units]!;
    if (units === 1 && tens > 1) unit = 'mốt';
    else if (units === 5) unit = 'lăm';
    else if (units === 4 && tens > 1 && rng?.chance(0.5)) unit = 'tư';
    return `${head} ${unit}`;
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = `${DIGIT_WORDS[hundreds]} trăm`;
  if (rest === 0) return head;
  if (rest < 10) return `${head} ${rng?.chance(0.3) ? 'lẻ' : 'linh'} ${DIGIT_WORDS[rest]}`;
  return `${head} ${spellVi(rest, rng)}`;
}

// ---------------------------------------------------------------------------
// Figures and sentence parts
// ---------------------------------------------------------------------------

/** A statistic inside a sentence: its text and everything the truth file says about it. */
export interface Fig {
  readonly fig: true;
  text: string;
  kind: Kind;
  unit: string;
  qualifier: Qualifier;
  unitInferred?: boolean;
  value?: number;
  min?: number;
  max?: number;
  numerator?: number;
  denominator?: number;
}

type Part = string | Fig;
type Parts = Part[];

function isFig(p: Part): p is Fig {
  return typeof p !== 'string';
}

/**
 * Tagged template: `t\`đạt ${fig}, tăng ${fig2}.\`` → parts. Arrays are spliced
 * in; plain numbers (years, article numbers, road numbers) are text, never figures.
 */
function t(strings: TemplateStringsArray, ...values: (Part | Parts | number)[]): Parts {
  const out: Parts = [];
  strings.forEach((s, i) => {
    if (s) out.push(s);
    if (i < values.length) {
      const v = values[i]!;
      if (Array.isArray(v)) out.push(...v);
      else if (typeof v === 'number') out.push(String(v));
      else if (v !== '') out.push(v);
    }
  });
  return out;
}

function figCount(parts: Parts): number {
  return parts.filter(isFig).length;
}

/** Upper-cases the first letter of a sentence, whether it is a string or a figure. */
function capitalize(parts: Parts): Parts {
  const [first, ...rest] = parts;
  if (first === undefined) return parts;
  const up = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
  return [isFig(first) ? { ...first, text: up(first.text) } : up(first), ...rest];
}

function fig(text: string, kind: Kind, unit: string, values: Partial<Fig>): Fig {
  return { fig: true, text, kind, unit, qualifier: 'exact', ...values };
}

/** The number followed by its unit: `2,9 tỷ đồng`, `45.000đ/kg`, `12,5%`. */
function single(n: Num, written: string, unit: string, kind: Kind, attach = false): Fig {
  return fig(`${n.text}${attach ? '' : ' '}${written}`, kind, unit, { value: n.value });
}

const QUALIFIER_WORDS: readonly (readonly [readonly [string, Qualifier], number])[] = [
  [['hơn', 'over'], 10],
  [['trên', 'over'], 6],
  [['gần', 'nearly'], 6],
  [['khoảng', 'about'], 8],
  [['xấp xỉ', 'about'], 1.5],
  [['chừng', 'about'], 0.8],
  [['tầm', 'about'], 0.4],
  [['ít nhất', 'at-least'], 2],
  [['tối thiểu', 'at-least'], 0.6],
  [['không dưới', 'at-least'], 0.6],
  [['dưới', 'under'], 1.2],
  [['chưa đến', 'under'], 1],
  [['chưa tới', 'under'], 0.6],
  [['không tới', 'under'], 0.3],
  [['không quá', 'at-most'], 0.8],
  [['tối đa', 'at-most'], 0.6],
  [['xuýt xoát', 'nearly'], 0.2],
];

/** Puts a qualifier word in front of a figure: `hơn 2,9 tỷ đồng` (over). */
function qualify(f: Fig, word: string, qualifier: Qualifier): Fig {
  return { ...f, text: `${word} ${f.text}`, qualifier };
}

/** With probability `p`, a random qualifier from the common set. */
function maybeQualify(rng: Rng, f: Fig, p = 0.4): Fig {
  if (!rng.chance(p)) return f;
  const [word, q] = rng.weighted(QUALIFIER_WORDS);
  return qualify(f, word, q);
}

/** `từ 5 ha trở lên` (at-least) / `từ 10 triệu đồng trở xuống` (at-most). */
function fromOnwards(f: Fig, up: boolean): Fig {
  return { ...f, text: `từ ${f.text} ${up ? 'trở lên' : 'trở xuống'}`, qualifier: up ? 'at-least' : 'at-most' };
}

/** `đạt X` / `ước đạt X` (about) / `vượt X` (over): the verb slot of a total. */
function reach(rng: Rng, f: Fig): Parts {
  const r = rng.next();
  if (r < 0.25) return [qualify(f, 'ước đạt', 'about')];
  if (r < 0.32) return [qualify(f, 'ước', 'about')];
  if (r < 0.42) return [qualify(f, 'vượt', 'over')];
  if (r < 0.55) {
    const [word, q] = rng.pick([['hơn', 'over'], ['gần', 'nearly'], ['khoảng', 'about'], ['xấp xỉ', 'about']] as const);
    return ['đạt ', qualify(f, word, q)];
  }
  return ['đạt ', f];
}

// --- money -------------------------------------------------------------------

type Currency = 'đồng' | 'USD' | 'EUR' | 'GBP' | 'JPY' | 'CNY';

/** How a currency may be written after the number, with weights. */
const CURRENCY_AFTER: Readonly<Record<Currency, readonly (readonly [string, number])[]>> = {
  'đồng': [['đồng', 20], ['VNĐ', 1.2], ['VND', 0.6]],
  USD: [['USD', 10], ['đô la Mỹ', 1.5], ['đô la', 1.5], ['đô', 0.5]],
  EUR: [['EUR', 2], ['euro', 3]],
  GBP: [['bảng Anh', 1]],
  JPY: [['yên', 1]],
  CNY: [['nhân dân tệ', 1]],
};

/** Money: `310 triệu đồng`, `2,9 tỷ đồng`, `45.000đ`, `1,2 triệu USD`, `$25`, `EUR 40`. */
function money(rng: Rng, lo: number, hi: number, currency: Currency = 'đồng'): Fig {
  const n = quantity(rng, lo, hi, { magnitudes: true, minMagnitude: currency === 'đồng' ? 1e6 : 1e3, bare: true });
  const hasMagnitude = !/^[\d.,]+$/.test(n.text);
  if (!hasMagnitude && n.value < 100_000) {
    if (currency === 'USD' && rng.chance(0.35)) {
      const form = rng.pick(['$P', 'P$', 'USD P']);
      return fig(form.replace('P', n.text), 'money', 'USD', { value: n.value });
    }
    if (currency === 'EUR' && rng.chance(0.4)) {
      return fig(rng.pick(['€P', 'EUR P']).replace('P', n.text), 'money', 'EUR', { value: n.value });
    }
    if (currency === 'GBP' && rng.chance(0.5)) return fig(`£${n.text}`, 'money', 'GBP', { value: n.value });
  }
  if (currency === 'đồng' && !hasMagnitude && rng.chance(0.2)) return single(n, 'đ', 'đồng', 'money', true);
  return single(n, rng.weighted(CURRENCY_AFTER[currency]), currency, 'money');
}

/** A money rate: `45.000 đồng/kg`, `23.500đ/lít`, `520 USD/tấn`, `8,2 triệu đồng/tháng`. */
function moneyRate(rng: Rng, lo: number, hi: number, per: string, currency: 'đồng' | 'USD' = 'đồng'): Fig {
  const n = quantity(rng, lo, hi, { magnitudes: true, minMagnitude: 1e6 });
  const hasMagnitude = !/^[\d.,]+$/.test(n.text);
  if (currency === 'USD') return single(n, `USD/${per}`, `USD/${per}`, 'money');
  const r = rng.next();
  if (!hasMagnitude && r < 0.2) return single(n, `đ/${per}`, `đồng/${per}`, 'money', true);
  if (r < 0.27) return single(n, `VNĐ/${per}`, `đồng/${per}`, 'money');
  return single(n, `đồng/${per}`, `đồng/${per}`, 'money');
}

// --- percent -----------------------------------------------------------------

/** `12,5%`, `7%`, `0,35%`, rarely `15 phần trăm` or `12 %`; with `per`, `6,5%/năm`. */
function pct(rng: Rng, lo: number, hi: number, per?: string): Fig {
  const raw = lo + rng.next() * (hi - lo);
  let n = decimalNum(raw, raw < 1 ? 2 : rng.pick([0, 1, 1, 1, 2]));
  if (n.value === 0) n = decimalNum(lo + 0.01, 2);
  if (per) return single(n, `%/${per}`, `%/${per}`, 'percent', true);
  const r = rng.next();
  if (r < 0.05 && !n.text.includes(',')) return single(n, 'phần trăm', '%', 'percent');
  if (r < 0.08) return single(n, '%', '%', 'percent');
  return single(n, '%', '%', 'percent', true);
}

/** `2,3 điểm phần trăm`. */
function pctPoints(rng: Rng): Fig {
  const n = writeDigits(rng.int(11, 59), 1);
  return single(n, 'điểm phần trăm', 'điểm phần trăm', 'percent');
}

// --- measures ----------------------------------------------------------------

interface MeasureSpec {
  /** Written forms, the first being the usual one. */
  written: readonly string[];
  unit: string;
  kind: Kind;
  /** Symbols that may be glued to the number (`2,5kg`). */
  attachable?: boolean;
}

const MEASURES = {
  'tấn': { written: ['tấn'], unit: 'tấn', kind: 'mass' },
  'tạ': { written: ['tạ'], unit: 'tạ', kind: 'mass' },
  kg: { written: ['kg'], unit: 'kg', kind: 'mass', attachable: true },
  ha: { written: ['ha'], unit: 'ha', kind: 'area' },
  m2: { written: ['m2', 'm²'], unit: 'm2', kind: 'area', attachable: true },
  km: { written: ['km'], unit: 'km', kind: 'length' },
  m: { written: ['m'], unit: 'm', kind: 'length', attachable: true },
  mm: { written: ['mm'], unit: 'mm', kind: 'length', attachable: true },
  m3: { written: ['m3', 'm³'], unit: 'm3', kind: 'volume', attachable: true },
  'lít': { written: ['lít'], unit: 'lít', kind: 'volume' },
  'độ C': { written: ['độ C'], unit: 'độ C', kind: 'temperature' },
  MW: { written: ['MW'], unit: 'MW', kind: 'energy' },
  kWh: { written: ['kWh'], unit: 'kWh', kind: 'energy' },
  GB: { written: ['GB'], unit: 'GB', kind: 'data' },
  'km/h': { written: ['km/h'], unit: 'km/h', kind: 'speed' },
} as const satisfies Record<string, MeasureSpec>;
type Measure = keyof typeof MEASURES;

function writtenUnit(rng: Rng, spec: MeasureSpec): { written: string; attach: boolean } {
  const written = spec.written.length > 1 && rng.chance(0.4) ? spec.written[1]! : spec.written[0]!;
  return { written, attach: spec.attachable === true && rng.chance(0.3) };
}

/** A measure: `244 tấn`, `2,7 triệu tấn`, `12.500 ha`, `1.200m²`, `38 độ C`. */
function measure(rng: Rng, key: Measure, lo: number, hi: number, magnitudes = false): Fig {
  const spec: MeasureSpec = MEASURES[key];
  const n = quantity(rng, lo, hi, { magnitudes, minMagnitude: 1e3, decimals: true, bare: true });
  const { written, attach } = writtenUnit(rng, spec);
  const glued = attach && /^[\d.,]+$/.test(n.text);
  return single(n, written, spec.unit, spec.kind, glued);
}

// --- counted nouns -----------------------------------------------------------

/** Counted nouns that are human beings (kind `people`). */
const PEOPLE_NOUNS = new Set([
  'người', 'cá nhân', 'đối tượng', 'bệnh nhân', 'học sinh', 'sinh viên', 'cán bộ', 'chiến sĩ', 'cán bộ, chiến sĩ',
  'công nhân', 'lao động', 'trẻ em', 'hội viên', 'đoàn viên', 'nạn nhân', 'giáo viên', 'thí sinh', 'bị can',
  'bị cáo', 'đồng chí', 'y bác sĩ', 'tình nguyện viên', 'thành viên', 'con bạc', 'hội viên, đoàn viên',
]);

function nounKind(noun: string): Kind {
  return PEOPLE_NOUNS.has(noun) ? 'people' : 'count';
}

/** `420 suất quà`, `gần 300 mắt camera`, `1,2 triệu liều vắc xin`. The unit is the noun. */
function count(rng: Rng, noun: string, lo: number, hi: number, magnitudes = false): Fig {
  const n = hi <= 999 ? smallInt(rng, lo, hi) : quantity(rng, lo, hi, { magnitudes, minMagnitude: 1e6, bare: true });
  return single(n, noun, noun, nounKind(noun));
}

/** `Bốn đối tượng`, `mười hai học sinh`, `ba mươi mốt hộ`. */
function spelledCount(rng: Rng, noun: string, lo: number, hi: number): Fig {
  const v = rng.int(lo, hi);
  return fig(`${spellVi(v, rng)} ${noun}`, nounKind(noun), noun, { value: v });
}

/** `5 năm` (of prison), `18 tháng`, `14 ngày`: the unit is the time word. */
function duration(rng: Rng, word: 'năm' | 'tháng' | 'ngày', lo: number, hi: number): Fig {
  return single(smallInt(rng, lo, hi), word, word, 'duration');
}

// --- ranges and fractions ----------------------------------------------------

interface RangeUnit {
  written: string;
  unit: string;
  kind: Kind;
  attach?: boolean;
}

/**
 * A range sharing one unit (and magnitude): `từ 2 đến 3 triệu đồng`,
 * `từ 2 triệu đến 3 triệu đồng`, `45.000 - 52.000 đồng/kg`, `30-40 người`, `7,5 - 9%/năm`.
 */
function range(rng: Rng, lo: number, hi: number, u: RangeUnit, opts: { magnitude?: number; decimals?: boolean; style?: 'tu' | 'dash' } = {}): Fig {
  const mag = opts.magnitude ?? 1;
  const magWord = mag === 1 ? '' : rng.pick(MAGNITUDE_WORDS[mag]!);
  const scaledLo = lo / mag;
  const scaledHi = hi / mag;
  const pickEnd = (a: number, b: number): Num => {
    const raw = a + rng.next() * (b - a);
    if (opts.decimals && raw < 100 && rng.chance(0.4)) return decimalNum(raw, 1, mag);
    const step = raw >= 10_000 ? 500 : raw >= 1000 ? 100 : raw >= 100 ? 10 : 1;
    return writeDigits(Math.max(1, Math.round(raw / step) * step), 0, mag);
  };
  const a = pickEnd(scaledLo, scaledLo + (scaledHi - scaledLo) * 0.5);
  let b = pickEnd(scaledLo + (scaledHi - scaledLo) * 0.55, scaledHi);
  if (b.value <= a.value) b = writeDigits(Math.round(a.value / mag) + 1, 0, mag);
  const tail = `${magWord ? ` ${magWord}` : ''}${u.attach ? '' : ' '}${u.written}`;
  const style = opts.style ?? (rng.chance(0.5) ? 'tu' : 'dash');
  let text: string;
  if (style === 'tu') {
    const repeatMag = magWord && rng.chance(0.4);
    const repeatUnit = u.attach === true && rng.chance(0.5);
    const left = `${a.text}${repeatMag ? ` ${magWord}` : ''}${repeatUnit ? u.written : ''}`;
    text = `từ ${left} đến ${b.text}${tail}`;
  } else {
    text = `${a.text}${rng.chance(0.8) ? ' - ' : '-'}${b.text}${tail}`;
  }
  return fig(text, u.kind, u.unit, { min: a.value, max: b.value });
}

/** `11/11 xã, phường`, `3/4 số hộ`, `245/280 vụ`. */
function fraction(rng: Rng, noun: string, denLo: number, denHi: number, opts: { so?: boolean; full?: boolean } = {}): Fig {
  const d = rng.int(denLo, denHi);
  const n = opts.full ? d : rng.int(Math.max(1, Math.ceil(d * 0.4)), d);
  const text = `${n}/${d} ${opts.so ? 'số ' : ''}${noun}`;
  return fig(text, 'ratio', noun, { numerator: n, denominator: d, value: n / d });
}

/** `6 trên 10 người`. */
function ratioTren(rng: Rng, noun: string): Fig {
  const d = rng.pick([10, 10, 5, 100]);
  const n = rng.int(1, d - 1);
  return fig(`${n} trên ${d} ${noun}`, 'ratio', noun, { numerator: n, denominator: d, value: n / d });
}

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

interface District {
  type: 'TP' | 'thị xã' | 'huyện' | 'quận';
  name: string;
}

interface Province {
  name: string;
  /** True for centrally-run cities (`TP Cần Thơ`), written `TP` instead of `tỉnh`. */
  city?: boolean;
  districts: readonly District[];
}

const d = (type: District['type'], name: string): District => ({ type, name });

const PROVINCES: readonly Province[] = [
  { name: 'Lâm Đồng', districts: [d('TP', 'Bảo Lộc'), d('TP', 'Đà Lạt'), d('huyện', 'Di Linh'), d('huyện', 'Đức Trọng'), d('huyện', 'Lâm Hà')] },
  { name: 'Đắk Lắk', districts: [d('TP', 'Buôn Ma Thuột'), d('thị xã', 'Buôn Hồ'), d('huyện', 'Krông Pắc'), d('huyện', 'Krông Năng')] },
  { name: 'Gia Lai', districts: [d('TP', 'Pleiku'), d('thị xã', 'An Khê'), d('huyện', 'Chư Sê'), d('huyện', 'Đak Đoa')] },
  { name: 'Khánh Hòa', districts: [d('TP', 'Nha Trang'), d('TP', 'Cam Ranh'), d('thị xã', 'Ninh Hòa'), d('huyện', 'Diên Khánh')] },
  { name: 'Nghệ An', districts: [d('TP', 'Vinh'), d('thị xã', 'Cửa Lò'), d('huyện', 'Diễn Châu'), d('huyện', 'Quỳnh Lưu')] },
  { name: 'Thanh Hóa', districts: [d('TP', 'Sầm Sơn'), d('thị xã', 'Bỉm Sơn'), d('huyện', 'Thọ Xuân'), d('huyện', 'Hoằng Hóa')] },
  { name: 'Quảng Ninh', districts: [d('TP', 'Hạ Long'), d('TP', 'Cẩm Phả'), d('TP', 'Móng Cái'), d('huyện', 'Vân Đồn')] },
  { name: 'Hải Dương', districts: [d('TP', 'Chí Linh'), d('thị xã', 'Kinh Môn'), d('huyện', 'Gia Lộc'), d('huyện', 'Nam Sách')] },
  { name: 'Bình Dương', districts: [d('TP', 'Thủ Dầu Một'), d('TP', 'Dĩ An'), d('TP', 'Thuận An'), d('huyện', 'Bàu Bàng')] },
  { name: 'Đồng Nai', districts: [d('TP', 'Biên Hòa'), d('TP', 'Long Khánh'), d('huyện', 'Nhơn Trạch'), d('huyện', 'Trảng Bom')] },
  { name: 'Cần Thơ', city: true, districts: [d('quận', 'Ninh Kiều'), d('quận', 'Cái Răng'), d('huyện', 'Phong Điền'), d('quận', 'Bình Thủy')] },
  { name: 'An Giang', districts: [d('TP', 'Long Xuyên'), d('TP', 'Châu Đốc'), d('thị xã', 'Tân Châu'), d('huyện', 'Chợ Mới')] },
  { name: 'Đồng Tháp', districts: [d('TP', 'Cao Lãnh'), d('TP', 'Sa Đéc'), d('TP', 'Hồng Ngự'), d('huyện', 'Tháp Mười')] },
  { name: 'Bình Thuận', districts: [d('TP', 'Phan Thiết'), d('thị xã', 'La Gi'), d('huyện', 'Hàm Thuận Nam'), d('huyện', 'Tuy Phong')] },
  { name: 'Quảng Nam', districts: [d('TP', 'Tam Kỳ'), d('TP', 'Hội An'), d('thị xã', 'Điện Bàn'), d('huyện', 'Núi Thành')] },
  { name: 'Thừa Thiên Huế', districts: [d('TP', 'Huế'), d('thị xã', 'Hương Thủy'), d('huyện', 'Phú Vang'), d('huyện', 'Phong Điền')] },
  { name: 'Sơn La', districts: [d('TP', 'Sơn La'), d('huyện', 'Mộc Châu'), d('huyện', 'Mai Sơn'), d('huyện', 'Yên Châu')] },
  { name: 'Lào Cai', districts: [d('TP', 'Lào Cai'), d('thị xã', 'Sa Pa'), d('huyện', 'Bát Xát'), d('huyện', 'Bảo Thắng')] },
  { name: 'Thái Nguyên', districts: [d('TP', 'Thái Nguyên'), d('TP', 'Sông Công'), d('TP', 'Phổ Yên'), d('huyện', 'Đại Từ')] },
  { name: 'Bến Tre', districts: [d('TP', 'Bến Tre'), d('huyện', 'Mỏ Cày Nam'), d('huyện', 'Giồng Trôm'), d('huyện', 'Chợ Lách')] },
  { name: 'Kiên Giang', districts: [d('TP', 'Rạch Giá'), d('TP', 'Phú Quốc'), d('TP', 'Hà Tiên'), d('huyện', 'Châu Thành')] },
  { name: 'Hà Tĩnh', districts: [d('TP', 'Hà Tĩnh'), d('thị xã', 'Hồng Lĩnh'), d('huyện', 'Cẩm Xuyên'), d('huyện', 'Kỳ Anh')] },
  { name: 'Bình Định', districts: [d('TP', 'Quy Nhơn'), d('thị xã', 'An Nhơn'), d('thị xã', 'Hoài Nhơn'), d('huyện', 'Tuy Phước')] },
  { name: 'Đà Nẵng', city: true, districts: [d('quận', 'Hải Châu'), d('quận', 'Sơn Trà'), d('quận', 'Liên Chiểu'), d('huyện', 'Hòa Vang')] },
];

const COMMUNE_NAMES = [
  'Tân An', 'Phú Hòa', 'Hòa Bình', 'Tân Phú', 'An Bình', 'Thạnh Mỹ', 'Đông Hưng', 'Phước Long', 'Bình Minh',
  'Quảng Phú', 'Lộc Châu', 'Lộc Sơn', 'Hưng Thịnh', 'Tân Lập', 'Xuân Trường', 'Mỹ Thạnh', 'Vĩnh Hòa', 'Thuận Lợi',
  'Nghĩa Hưng', 'Hòa Thuận', 'Kim Long', 'Trung Sơn', 'Đại Lào', 'Lộc Phát', 'Cát Tiên', 'Hiệp Thạnh',
];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Hữu', 'Đức', 'Thanh', 'Ngọc', 'Quốc', 'Hoàng', 'Thành', 'Xuân', 'Kim'];
const GIVEN = [
  'An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Phúc',
  'Phương', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Tuấn', 'Vinh', 'Yến', 'Hiếu', 'Nhung', 'Thắng', 'Toàn', 'Việt', 'Hạnh',
];

const OUTLETS: readonly { code: string; name: string; host: string }[] = [
  { code: 'LĐ online', name: 'Lao Động', host: 'laodong.example' },
  { code: 'LĐO', name: 'Lao Động', host: 'laodong.example' },
  { code: 'TTO', name: 'Tuổi Trẻ', host: 'tuoitre.example' },
  { code: 'TN', name: 'Thanh Niên', host: 'thanhnien.example' },
  { code: 'Dân trí', name: 'Dân Trí', host: 'dantri.example' },
  { code: 'CAND', name: 'Công an nhân dân', host: 'cand.example' },
  { code: 'TTXVN', name: 'Thông tấn xã Việt Nam', host: 'ttxvn.example' },
];

const CATEGORY: Readonly<Record<Topic, readonly string[]>> = {
  economy: ['business', 'kinh-te'],
  health: ['health', 'suc-khoe'],
  traffic: ['society', 'giao-thong'],
  crime: ['society', 'phap-luat'],
  agriculture: ['business', 'nong-nghiep'],
  education: ['education', 'giao-duc'],
  security: ['society', 'an-ninh-trat-tu'],
};

const ROMAN = ['I', 'II', 'III', 'IV'];

// ---------------------------------------------------------------------------
// Article context and distractors
// ---------------------------------------------------------------------------

interface Ctx {
  rng: Rng;
  province: Province;
  district: District;
  year: number;
  month: number;
  day: number;
  topic: Topic;
}

function provinceName(c: Ctx): string {
  return `${c.province.city ? 'TP' : 'tỉnh'} ${c.province.name}`;
}

function districtName(c: Ctx, district = c.district): string {
  return `${district.type} ${district.name}`;
}

function otherDistrict(c: Ctx): District {
  return c.rng.pick(c.province.districts);
}

/** `trên địa bàn tỉnh Lâm Đồng`, `toàn TP Bảo Lộc`, … (no numbers). */
function where(c: Ctx): string {
  return c.rng.pick([
    `trên địa bàn ${provinceName(c)}`,
    `toàn ${provinceName(c)}`,
    `trên địa bàn ${districtName(c)}`,
    `toàn ${districtName(c)}`,
    `tại ${districtName(c)}`,
  ]);
}

function commune(c: Ctx): string {
  const type = c.district.type === 'huyện' ? c.rng.pick(['xã', 'xã', 'thị trấn']) : c.rng.pick(['phường', 'xã']);
  return `${type} ${c.rng.pick(COMMUNE_NAMES)}`;
}

function personName(rng: Rng): string {
  return `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
}

/** `Nguyễn Văn H.` style initials used for suspects. */
function suspectName(rng: Rng): string {
  const given = rng.pick(GIVEN);
  return `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${given.charAt(0)}.`;
}

function dayOf(c: Ctx): { d: number; m: number } {
  return { d: c.rng.int(1, 28), m: c.rng.int(1, 12) };
}

/** A time reference that is not a statistic: `Năm 2021`, `Trong quý II/2021`, `Tính đến ngày 31/12/2021`. */
function when(c: Ctx): string {
  const y = c.year - (c.month <= 2 ? 1 : 0);
  const { d, m } = dayOf(c);
  return c.rng.pick([
    `trong năm ${y}`,
    `năm ${y}`,
    'từ đầu năm đến nay',
    `trong quý ${c.rng.pick(ROMAN)}/${y}`,
    `tính đến ngày ${d}/${m}/${y}`,
    `tính đến hết tháng ${m}/${y}`,
    `trong tháng ${m}/${y}`,
    `trong tháng ${m}`,
    'trong năm qua',
    `từ ngày ${d}/${m} đến nay`,
    'trong dịp Tết Nguyên đán vừa qua',
  ]);
}

/** A clock time: `14 giờ 30 phút`, `9h15`, `khoảng 22 giờ`. */
function clock(c: Ctx): string {
  const h = c.rng.int(0, 23);
  const mm = c.rng.pick([5, 10, 15, 20, 30, 40, 45, 50]);
  return c.rng.pick([`${h} giờ ${mm} phút`, `${h}h${String(mm).padStart(2, '0')}`, `${h} giờ`]);
}

function plate(c: Ctx): string {
  const series = c.rng.pick(['A', 'C', 'D', 'H', 'K', 'LD']);
  const head = `${c.rng.int(11, 99)}${series}`;
  return `${head}-${c.rng.int(100, 999)}.${String(c.rng.int(0, 99)).padStart(2, '0')}`;
}

function phone(c: Ctx): string {
  return c.rng.pick([
    `0${c.rng.int(200, 299)}.${c.rng.int(3000000, 3999999)}`,
    `09${c.rng.int(10, 99)}.${c.rng.int(100, 999)}.${c.rng.int(100, 999)}`,
    `0${c.rng.int(200, 299)}.38${c.rng.int(10, 99)}.${c.rng.int(100, 999)}`,
  ]);
}

function decree(c: Ctx): string {
  const y = c.rng.int(2015, c.year);
  return c.rng.pick([
    `Nghị định số ${c.rng.int(10, 180)}/${y}/NĐ-CP của Chính phủ`,
    `Nghị định ${c.rng.int(10, 180)}`,
    `Thông tư số ${c.rng.int(1, 60)}/${y}/TT-BCA của Bộ Công an`,
    `Quyết định số ${c.rng.int(100, 3999)}/QĐ-UBND của UBND ${provinceName(c)}`,
    `Chỉ thị số ${c.rng.int(1, 40)}/CT-TTg của Thủ tướng Chính phủ`,
  ]);
}

/**
 * A sentence that carries no statistic, only context and distractors. `used`
 * holds the keys of fillers already in the article, so none repeats.
 */
function filler(c: Ctx, used: Set<string>): Parts {
  const r = c.rng;
  const { d: dd, m } = dayOf(c);
  const y = c.year;
  const org = r.pick([`UBND ${districtName(c)}`, `Công an ${provinceName(c)}`, `UBND ${provinceName(c)}`, `Sở Y tế ${provinceName(c)}`]);
  const sentences: (() => string)[] = [
    () => `Lãnh đạo ${r.pick(['Tỉnh ủy', 'Thành ủy', 'Huyện ủy'])}, HĐND, UBND ${districtName(c)} và Công an ${provinceName(c)} dự và chỉ đạo hội nghị.`,
    () => `Thực hiện ${decree(c)}, các ngành chức năng đã tăng cường kiểm tra, giám sát ${r.pick(['trên các lĩnh vực', 'tại cơ sở', 'trên toàn địa bàn'])}.`,
    () => `Theo ${decree(c)}, các địa phương phải báo cáo kết quả thực hiện trước ngày ${dd}/${m}/${y}.`,
    () => `Hội nghị diễn ra từ ngày ${dd}/${m} - ${Math.min(28, dd + r.int(1, 3))}/${m}, với sự tham dự của đại diện các sở, ban, ngành.`,
    () => `Đây là một trong những nội dung trọng tâm của giai đoạn ${y - 5} - ${y}, ${r.pick(['được cấp ủy, chính quyền các cấp quan tâm chỉ đạo', 'góp phần giữ vững ổn định chính trị', 'gắn với nhiệm vụ phát triển kinh tế - xã hội'])}.`,
    () => `Dưới sự chỉ đạo của ${org}, công tác phối hợp giữa các lực lượng ngày càng chặt chẽ, hiệu quả.`,
    () => `Gần đây, tình hình dịch bệnh Covid-19 diễn biến phức tạp khiến nhiều hoạt động phải điều chỉnh cho phù hợp.`,
    () => `Hơn nữa, ${r.pick(['người dân', 'doanh nghiệp', 'các đoàn thể'])} đã chủ động phối hợp, phát huy tối đa hiệu quả của ${r.pick(['các mô hình tự quản', 'các phong trào thi đua', 'hệ thống camera giám sát'])}.`,
    () => `Đại hội đại biểu ${r.pick(['Đảng bộ tỉnh', 'Hội Nông dân', 'Đoàn Thanh niên'])} lần thứ ${r.pick(['XIII', 'XIV', 'XVI', 'XVII'])}, nhiệm kỳ ${y - 2} - ${y + 3} đã đề ra nhiều chỉ tiêu quan trọng.`,
    () => `Một số địa phương như ${commune(c)}, ${commune(c)} đã làm tốt công tác tuyên truyền, vận động.`,
    () => `Sáng thứ ${r.pick(['Hai', 'Ba', 'Tư', 'Năm', 'Sáu'])} (${dd}/${m}), đoàn công tác đã đi kiểm tra thực tế tại ${commune(c)}.`,
    () => `Chương trình chuyển đổi số gắn với cách mạng công nghiệp 4.0 được triển khai đồng bộ, người dân có thể nộp hồ sơ trực tuyến qua mạng ${r.pick(['4G', '5G'])}.`,
    () => `Địa phương đứng trong top 10 ${r.pick(['tỉnh, thành', 'địa phương'])} có chỉ số cải cách hành chính cao nhất cả nước năm ${y - 1}.`,
    () => `Mọi thông tin phản ánh, người dân có thể liên hệ đường dây nóng ${phone(c)} để được hỗ trợ kịp thời.`,
    () => `Nhìn chung, công tác tuyên truyền được triển khai đồng bộ, thường xuyên, liên tục, thu hút sự quan tâm của đông đảo quần chúng nhân dân.`,
    () => `Qua đó, thể hiện vai trò, trách nhiệm của cả hệ thống chính trị trong việc thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội.`,
    () => `Dịp này, ${org} cũng đề nghị các đơn vị tiếp tục rà soát, khắc phục những hạn chế, tồn tại trong quý ${r.pick(ROMAN)}/${y}.`,
    () => `Đoạn Quốc lộ ${r.pick(['1A', '14', '20', '27', '28', '55', '1'])} qua ${districtName(c)} đã được nâng cấp, góp phần phục vụ nhu cầu đi lại của người dân.`,
    () => `Ngay sau cơn bão số ${r.int(2, 12)}, các lực lượng đã có mặt tại ${commune(c)} để giúp người dân khắc phục hậu quả.`,
    () => `Từ ngày ${dd}/${m}/${y}, việc tiếp nhận hồ sơ được thực hiện tại trụ sở ${r.pick(['UBND', 'Công an'])} phường ${r.int(1, 12)}, ${districtName(c)}.`,
    () => `Đồng thời, ${org} yêu cầu các đơn vị ${r.pick(['nâng cao chất lượng', 'đổi mới phương thức', 'tăng cường'])} công tác tuyên truyền, vận động quần chúng nhân dân.`,
    () => `Cũng trong tháng ${m}/${y}, ${r.pick(['đoàn kiểm tra liên ngành', 'tổ công tác', 'lực lượng chức năng'])} đã làm việc với nhiều cơ sở tại Tổ ${r.int(1, 20)}, ${commune(c)}.`,
  ];
  const topical = TOPIC_FILLERS[c.topic];
  const keys = [...sentences.map((_, i) => `g${i}`), ...topical.map((_, i) => `t${i}`), ...topical.map((_, i) => `t${i}`)];
  const fresh = keys.filter((k) => !used.has(k));
  const key = r.pick(fresh.length ? fresh : keys);
  used.add(key);
  const make = key.startsWith('g') ? sentences[Number(key.slice(1))]! : () => topical[Number(key.slice(1))]!(c);
  return [make()];
}

/** Context sentences for each topic, without statistics. */
const TOPIC_FILLERS: Readonly<Record<Topic, readonly ((c: Ctx) => string)[]>> = {
  economy: [
    () => 'Các doanh nghiệp trên địa bàn đã từng bước phục hồi sản xuất, kinh doanh sau thời gian dài chịu ảnh hưởng của dịch bệnh Covid-19.',
    (c) => `Ông ${personName(c.rng)}, Giám đốc Sở Kế hoạch và Đầu tư ${provinceName(c)}, cho biết tỉnh sẽ tiếp tục cải thiện môi trường đầu tư, kinh doanh trong quý ${c.rng.pick(ROMAN)}/${c.year}.`,
    (c) => `Theo Cục Thống kê ${provinceName(c)}, hoạt động thương mại, dịch vụ trong tháng ${c.month} diễn ra sôi động, hàng hóa dồi dào, giá cả ổn định.`,
    (c) => `Nhiều mặt hàng nông sản chủ lực của tỉnh như ${c.rng.sample(PRODUCTS, 2).join(', ')} đã có mặt tại các hệ thống siêu thị lớn.`,
    () => 'Tuy nhiên, tiến độ giải ngân một số dự án trọng điểm vẫn còn chậm do vướng mắc trong công tác giải phóng mặt bằng.',
    (c) => `Theo Nghị quyết Đại hội Đảng bộ tỉnh, giai đoạn ${c.year} - ${c.year + 5} ${provinceName(c)} tập trung phát triển công nghiệp chế biến, du lịch và kinh tế số.`,
  ],
  health: [
    (c) => `Theo bác sĩ ${personName(c.rng)}, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, người dân không nên chủ quan khi có các triệu chứng sốt, ho, đau họng.`,
    () => 'Bệnh viện đã triển khai nhiều kỹ thuật mới, giúp người bệnh không phải chuyển lên tuyến trên.',
    () => 'Các ca bệnh đều được phát hiện sớm, khoanh vùng và xử lý kịp thời, không để dịch lây lan ra cộng đồng.',
    (c) => `Sở Y tế ${provinceName(c)} đề nghị các địa phương tăng cường giám sát, phát hiện sớm các trường hợp nghi mắc bệnh.`,
    (c) => `Ca bệnh BN ${c.rng.int(100, 9999)} đã được chuyển đến khu điều trị bệnh nhân Covid-19 của bệnh viện dã chiến số ${c.rng.int(1, 5)}.`,
    () => 'Ngành y tế khuyến cáo người dân tiêm vắc xin đầy đủ, đúng lịch và chủ động khai báo y tế khi có dấu hiệu bất thường.',
  ],
  traffic: [
    () => 'Nguyên nhân chủ yếu của các vụ tai nạn là do người điều khiển phương tiện đi không đúng phần đường, chạy quá tốc độ, sử dụng rượu bia khi tham gia giao thông.',
    () => 'Lực lượng chức năng đã có mặt tại hiện trường, phân luồng giao thông và điều tra làm rõ nguyên nhân vụ việc.',
    (c) => `Ban An toàn giao thông ${provinceName(c)} đề nghị các địa phương tiếp tục xử lý nghiêm các hành vi vi phạm trật tự an toàn giao thông.`,
    () => 'Thời điểm xảy ra tai nạn, trời mưa to, mặt đường trơn trượt, tầm nhìn hạn chế.',
    (c) => `Vụ việc đang được Công an ${districtName(c)} tiếp tục điều tra, làm rõ.`,
    (c) => `Đoạn đường từ Km ${c.rng.int(10, 900)} đến Km ${c.rng.int(901, 1800)} thường xuyên xảy ra ùn tắc vào giờ cao điểm.`,
  ],
  crime: [
    () => 'Tại cơ quan công an, các đối tượng đã khai nhận toàn bộ hành vi phạm tội của mình.',
    (c) => `Qua công tác nắm tình hình, Phòng Cảnh sát hình sự Công an ${provinceName(c)} phát hiện nhóm đối tượng có biểu hiện nghi vấn nên đã xác lập chuyên án đấu tranh.`,
    (c) => `Hiện vụ án đang được Cơ quan Cảnh sát điều tra Công an ${provinceName(c)} tiếp tục mở rộng điều tra, xử lý theo quy định của pháp luật.`,
    () => 'Công an khuyến cáo người dân cảnh giác với các cuộc gọi tự xưng là cán bộ cơ quan chức năng, tuyệt đối không chuyển tiền cho người lạ.',
    (c) => `Trước đó, vào lúc ${clock(c)} ngày ${c.day}/${c.month}, tổ công tác phát hiện ${suspectName(c.rng)} (SN ${c.rng.int(1970, 2004)}) có biểu hiện nghi vấn nên đã tiến hành kiểm tra.`,
    (c) => `Đối tượng điều khiển xe máy biển kiểm soát ${plate(c)} đã bỏ chạy khi bị lực lượng chức năng yêu cầu dừng xe.`,
  ],
  agriculture: [
    () => 'Nhiều hộ nông dân đã mạnh dạn chuyển đổi cơ cấu cây trồng, áp dụng tiến bộ khoa học kỹ thuật vào sản xuất.',
    () => 'Ngành nông nghiệp khuyến cáo bà con không tái đàn ồ ạt khi dịch bệnh chưa được kiểm soát hoàn toàn.',
    (c) => `Theo ông ${personName(c.rng)}, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, thời tiết thuận lợi giúp cây trồng sinh trưởng, phát triển tốt.`,
    () => 'Chính quyền địa phương đã hỗ trợ bà con tìm đầu ra ổn định cho sản phẩm, từng bước xây dựng thương hiệu nông sản.',
    (c) => `Do ảnh hưởng của cơn bão số ${c.rng.int(2, 12)}, nhiều diện tích lúa tại ${commune(c)} bị ngập úng cục bộ.`,
  ],
  education: [
    () => 'Ngay từ đầu năm học, ngành giáo dục đã chủ động rà soát, sắp xếp đội ngũ giáo viên, cơ sở vật chất phục vụ dạy và học.',
    () => 'Các trường đã tổ chức ôn tập cho học sinh lớp 12, bảo đảm an toàn cho kỳ thi.',
    (c) => `Theo bà ${personName(c.rng)}, Giám đốc Sở Giáo dục và Đào tạo ${provinceName(c)}, ngành sẽ tiếp tục đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018.`,
    () => 'Nhiều trường học ở vùng sâu, vùng xa vẫn còn thiếu thốn cơ sở vật chất, đồ dùng dạy học.',
    (c) => `Học sinh các khối lớp 6, lớp 10 sẽ tựu trường sớm hơn từ ngày ${c.rng.int(15, 28)}/8 để làm quen với môi trường học tập mới.`,
  ],
  security: [
    () => 'Công tác tuyên truyền, giáo dục, vận động cán bộ và Nhân dân tham gia phong trào toàn dân bảo vệ ANTQ trên địa bàn được duy trì thường xuyên, liên tục, sâu rộng.',
    () => 'Các tổ chức chính trị - xã hội đã thực hiện tốt các hoạt động, gắn với việc tuyên truyền đảm bảo ANTT đến từng đoàn viên, hội viên và quần chúng nhân dân.',
    (c) => `Công an ${districtName(c)} đã chủ động nắm chắc tình hình, theo dõi, quản lý chặt địa bàn, đối tượng phục vụ cho công tác phòng ngừa, đấu tranh với tội phạm.`,
    () => 'Lực lượng Công an cũng tham mưu cấp ủy, chính quyền các cấp vận động các cơ quan, doanh nghiệp, trường học tự lắp đặt camera giám sát an ninh.',
    () => 'Các mô hình đã góp phần kéo giảm các loại tội phạm, đẩy lùi tệ nạn xã hội trên địa bàn.',
    () => 'Qua đó, từng bước đã gắn kết được phong trào toàn dân bảo vệ an ninh Tổ quốc với các cuộc vận động, phong trào thi đua yêu nước ở cơ sở.',
  ],
};

// ---------------------------------------------------------------------------
// Topic templates. Each returns one sentence (parts, with its final punctuation).
// A sentence that does not start with a proper noun starts in lower case, so a
// connective (`Bên cạnh đó, …`) can be put in front; the assembler capitalises.
// Every counted noun is followed by punctuation, a preposition, a number or a
// common verb (có, được, đã, đang, bị, tham gia, …): the unit is never in doubt.
// ---------------------------------------------------------------------------

type Template = (c: Ctx) => Parts;

const PRODUCTS = ['cà phê', 'hồ tiêu', 'sầu riêng', 'thanh long', 'gạo', 'hạt điều', 'rau quả', 'thủy sản', 'chè'];
const CROPS = ['lúa', 'cà phê', 'ngô', 'rau các loại', 'sầu riêng', 'chè', 'hoa'];

const economy: Template[] = [
  (c) => {
    const r = c.rng;
    return t`${when(c)}, tổng thu ngân sách ${where(c)} ${reach(r, money(r, 2e11, 5e13))}, bằng ${pct(r, 85, 130)} dự toán và tăng ${pct(r, 2, 25)} so với cùng kỳ năm ${c.year - 1}.`;
  },
  (c) => {
    const r = c.rng;
    return t`kim ngạch xuất khẩu ${when(c)} ${reach(r, money(r, 5e7, 9e9, 'USD'))}, tăng ${pct(r, 1, 30)} so với cùng kỳ; trong đó, ${r.pick(PRODUCTS)} chiếm ${pct(r, 10, 60)}.`;
  },
  (c) => {
    const r = c.rng;
    const p = r.pick(['cà phê nhân', 'hồ tiêu', 'sầu riêng', 'thanh long ruột đỏ', 'lợn hơi']);
    return t`giá ${p} tại các đại lý hiện ở mức ${range(r, 20000, 120000, { written: 'đồng/kg', unit: 'đồng/kg', kind: 'money' }, { style: 'dash' })}, tăng ${moneyRate(r, 500, 8000, 'kg')} so với tháng trước.`;
  },
  (c) => {
    const r = c.rng;
    return t`toàn ${provinceName(c)} hiện có ${maybeQualify(r, count(r, 'doanh nghiệp', 800, 25000))} đang hoạt động với tổng vốn đăng ký ${maybeQualify(r, money(r, 1e12, 9e14))}, giải quyết việc làm cho ${maybeQualify(r, count(r, 'lao động', 5000, 300000))}.`;
  },
  (c) => {
    const r = c.rng;
    const rangeRate = range(r, 5, 12, { written: '%/năm', unit: '%/năm', kind: 'percent', attach: true }, { decimals: true, style: 'dash' });
    return t`lãi suất cho vay phổ biến ở mức ${rangeRate}, trong khi lãi suất huy động ${qualify(pct(r, 4, 7, 'năm'), 'tối đa', 'at-most')} đối với các kỳ hạn ngắn.`;
  },
  (c) => {
    const r = c.rng;
    return t`chỉ số giá tiêu dùng (CPI) tháng ${c.month} tăng ${pct(r, 0.1, 1.5)} so với tháng trước và tăng ${pct(r, 1, 5)} so với cùng kỳ năm ${c.year - 1}.`;
  },
  (c) => {
    const r = c.rng;
    return t`dự án có tổng mức đầu tư ${maybeQualify(r, money(r, 5e10, 2e13), 0.3)}, trên diện tích ${maybeQualify(r, measure(r, 'ha', 5, 900), 0.3)}, dự kiến hoàn thành trong quý ${r.pick(ROMAN)}/${c.year + 1}.`;
  },
  (c) => {
    const r = c.rng;
    const cur = r.pick(['USD', 'EUR', 'USD', 'GBP'] as const);
    return t`mỗi sản phẩm được bán ra thị trường ${r.pick(['châu Âu', 'Nhật Bản', 'Mỹ', 'Hàn Quốc'])} với giá ${money(r, 5, 900, cur)}, cao gấp đôi giá bán trong nước.`;
  },
  (c) => {
    const r = c.rng;
    return t`thu nhập bình quân của người lao động tại các khu công nghiệp ${reach(r, moneyRate(r, 4e6, 15e6, 'tháng'))}, tăng ${pct(r, 3, 15)} so với năm trước.`;
  },
  (c) => {
    const r = c.rng;
    return t`từ ${clock(c)} chiều ${c.day}/${c.month}, giá xăng RON 95 tăng ${moneyRate(r, 200, 900, 'lít')}, lên mức ${moneyRate(r, 19000, 32000, 'lít')}; xăng E5 RON 92 ở mức ${moneyRate(r, 18000, 30000, 'lít')}.`;
  },
  (c) => {
    const r = c.rng;
    return t`tốc độ tăng trưởng kinh tế (GRDP) của ${provinceName(c)} năm ${c.year - 1} ${reach(r, pct(r, 3, 11))}, thuộc nhóm dẫn đầu khu vực.`;
  },
  (c) => {
    const r = c.rng;
    return t`giá vàng SJC sáng ${c.day}/${c.month} được niêm yết ở mức ${moneyRate(r, 50e6, 90e6, 'lượng')}, giảm ${moneyRate(r, 100000, 900000, 'lượng')} so với phiên trước.`;
  },
  (c) => {
    const r = c.rng;
    return t`nhà máy điện mặt trời có công suất ${measure(r, 'MW', 20, 450)}, mỗi năm cung cấp cho lưới điện quốc gia ${maybeQualify(r, measure(r, 'kWh', 2e7, 9e8, true), 0.6)}.`;
  },
  (c) => {
    const r = c.rng;
    return t`lượng khách du lịch đến ${provinceName(c)} ${reach(r, count(r, 'lượt khách', 100000, 9000000, true))}; tổng doanh thu từ du lịch ${reach(r, money(r, 5e11, 5e13))}.`;
  },
  (c) => {
    const r = c.rng;
    return t`doanh nghiệp đã ký hợp đồng xuất khẩu ${maybeQualify(r, measure(r, 'tấn', 500, 90000, true))} ${r.pick(PRODUCTS)} với giá ${moneyRate(r, 1200, 6500, 'tấn', 'USD')}, thu về ${maybeQualify(r, money(r, 1e6, 3e8, 'USD'))}.`;
  },
  (c) => {
    const r = c.rng;
    return t`tỷ lệ giải ngân vốn đầu tư công mới ${reach(r, pct(r, 20, 95))} kế hoạch, giảm ${pctPoints(r)} so với cùng kỳ năm ${c.year - 1}.`;
  },
  (c) => {
    const r = c.rng;
    return t`hội chợ thu hút ${maybeQualify(r, count(r, 'gian hàng', 80, 600), 0.5)} của ${maybeQualify(r, count(r, 'doanh nghiệp', 40, 400), 0.5)} đến từ ${count(r, 'tỉnh, thành', 5, 40)} trong cả nước.`;
  },
  (c) => {
    const r = c.rng;
    const cur = r.pick(['JPY', 'CNY', 'EUR'] as const);
    return t`nhà đầu tư nước ngoài đã rót ${maybeQualify(r, money(r, 1e6, 5e9, cur), 0.5)} vào dự án, tương đương ${maybeQualify(r, money(r, 2e10, 9e12), 0.5)}.`;
  },
  (c) => {
    const r = c.rng;
    return t`gói cước mới cho phép thuê bao sử dụng ${measure(r, 'GB', 4, 120)} dữ liệu tốc độ cao mỗi ngày với giá ${moneyRate(r, 50000, 300000, 'tháng')}.`;
  },
];

const health: Template[] = [
  (c) => {
    const r = c.rng;
    return t`${when(c)}, ${provinceName(c)} đã ghi nhận ${maybeQualify(r, count(r, 'ca bệnh', 50, 40000), 0.3)}, trong đó có ${count(r, 'bệnh nhân', 2, 300)} đang được điều trị tại các cơ sở y tế.`;
  },
  (c) => {
    const r = c.rng;
    return t`đến nay, ${pct(r, 80, 99.9)} người dân ${r.pick(['trong độ tuổi', 'trên địa bàn'])} đã được tiêm đủ liều vắc xin; toàn tỉnh đã tiêm ${maybeQualify(r, count(r, 'liều vắc xin', 100000, 5000000, true), 0.5)}, ${r.pick(['đạt', 'vượt'])} kế hoạch đề ra.`;
  },
  (c) => {
    const r = c.rng;
    return t`năm qua, bệnh viện đã khám bệnh cho ${maybeQualify(r, count(r, 'người', 20000, 600000))}, điều trị nội trú cho ${maybeQualify(r, count(r, 'bệnh nhân', 2000, 60000))}, thực hiện ${count(r, 'ca phẫu thuật', 300, 20000)}.`;
  },
  (c) => {
    const r = c.rng;
    return t`${spelledCount(r, 'bệnh nhân', 2, 19)} đã được xuất viện sau ${duration(r, 'ngày', 5, 30)} điều trị, sức khỏe ổn định.`;
  },
  (c) => {
    const r = c.rng;
    return t`bệnh nhân BN ${r.int(1000, 9999)} là F1 của ca bệnh trước đó, nhập viện trong tình trạng sốt ${maybeQualify(r, measure(r, 'độ C', 38, 40), 0.5)}, ho và khó thở.`;
  },
  (c) => {
    const r = c.rng;
    return t`Bệnh viện đa khoa ${provinceName(c)} có quy mô ${count(r, 'giường bệnh', 200, 1500)}, tổng kinh phí đầu tư xây dựng ${maybeQualify(r, money(r, 2e11, 3e12))}.`;
  },
  (c) => {
    const r = c.rng;
    return t`Trung tâm Kiểm soát bệnh tật (CDC) tỉnh đã phun hóa chất diệt muỗi tại ${maybeQualify(r, count(r, 'hộ', 300, 20000))}, phát ${maybeQualify(r, count(r, 'tờ rơi', 2000, 90000))} cho người dân ${where(c)}.`;
  },
  (c) => {
    const r = c.rng;
    return t`theo khảo sát, ${ratioTren(r, 'người')} được hỏi cho biết họ đã từng mua thuốc không cần đơn của bác sĩ.`;
  },
  (c) => {
    const r = c.rng;
    return t`vụ ngộ độc thực phẩm tại ${commune(c)} khiến ${maybeQualify(r, count(r, 'người', 10, 250), 0.5)} phải nhập viện cấp cứu, trong đó có ${count(r, 'trẻ em', 2, 40)}.`;
  },
  (c) => {
    const r = c.rng;
    return t`${when(c)}, ngành y tế đã kiểm tra ${maybeQualify(r, count(r, 'cơ sở', 200, 5000))}, phát hiện ${count(r, 'cơ sở', 10, 300)} có vi phạm, xử phạt ${maybeQualify(r, money(r, 5e7, 5e9))}.`;
  },
  (c) => {
    const r = c.rng;
    return t`tỷ lệ bao phủ bảo hiểm y tế ${where(c)} ${reach(r, pct(r, 85, 99))}, tăng ${pctPoints(r)} so với năm trước.`;
  },
  (c) => {
    const r = c.rng;
    return t`đoàn đã huy động ${maybeQualify(r, count(r, 'y bác sĩ', 20, 300))} khám, cấp thuốc miễn phí cho ${maybeQualify(r, count(r, 'người', 500, 6000))} với tổng trị giá ${maybeQualify(r, money(r, 5e7, 2e9))}.`;
  },
  (c) => {
    const r = c.rng;
    return t`mỗi ngày, bệnh viện tiếp nhận ${range(r, 800, 3000, { written: 'bệnh nhân', unit: 'bệnh nhân', kind: 'people' }, { style: 'tu' })} đến khám, vượt công suất thiết kế.`;
  },
  (c) => {
    const r = c.rng;
    return t`người mắc bệnh được yêu cầu cách ly tại nhà ${duration(r, 'ngày', 5, 14)} và theo dõi thân nhiệt ${range(r, 2, 4, { written: 'lần', unit: 'lần', kind: 'count' }, { style: 'dash' })} mỗi ngày.`;
  },
  (c) => {
    const r = c.rng;
    return t`trạm y tế ${commune(c)} được đầu tư ${maybeQualify(r, money(r, 5e8, 2e10), 0.4)}, xây dựng trên diện tích ${measure(r, 'm2', 300, 3000)}.`;
  },
];

const traffic: Template[] = [
  (c) => {
    const r = c.rng;
    return t`${when(c)}, ${where(c)} xảy ra ${count(r, 'vụ tai nạn', 20, 600)}, làm chết ${count(r, 'người', 10, 300)}, làm bị thương ${count(r, 'người', 10, 400)}; so với cùng kỳ năm ${c.year - 1}, giảm ${count(r, 'vụ', 2, 60)}.`;
  },
  (c) => {
    const r = c.rng;
    return t`lực lượng CSGT đã phát hiện, xử lý ${maybeQualify(r, count(r, 'trường hợp', 2000, 90000))}, phạt tiền ${maybeQualify(r, money(r, 1e9, 9e10))}, tạm giữ ${maybeQualify(r, count(r, 'phương tiện', 100, 8000))}.`;
  },
  (c) => {
    const r = c.rng;
    return t`qua máy đo tốc độ, tổ công tác phát hiện xe ô tô biển kiểm soát ${plate(c)} chạy với tốc độ ${measure(r, 'km/h', 75, 140)}, trong khi đoạn đường này giới hạn tốc độ ${qualify(measure(r, 'km/h', 40, 80), 'tối đa', 'at-most')}.`;
  },
  (c) => {
    const r = c.rng;
    return t`khoảng ${clock(c)} ngày ${c.day}/${c.month}, xe khách mang biển kiểm soát ${plate(c)} lưu thông trên Quốc lộ ${r.pick(['1A', '14', '20', '27', '28'])}, khi đến Km ${r.int(10, 1800)}+${r.int(100, 900)} thì va chạm với xe tải đi ngược chiều.`;
  },
  (c) => {
    const r = c.rng;
    return t`sau va chạm, ${spelledCount(r, 'người', 2, 9)} trên xe bị thương, được đưa đi cấp cứu tại Bệnh viện đa khoa ${provinceName(c)}.`;
  },
  (c) => {
    const r = c.rng;
    return t`tuyến đường có chiều dài ${maybeQualify(r, measure(r, 'km', 3, 120), 0.4)}, mặt đường rộng ${measure(r, 'm', 6, 40)}, tổng vốn đầu tư ${maybeQualify(r, money(r, 1e11, 9e12), 0.4)}.`;
  },
  (c) => {
    const r = c.rng;
    return t`dự án mở rộng Quốc lộ 1A đoạn qua ${provinceName(c)} có chiều dài ${maybeQualify(r, measure(r, 'km', 20, 180), 0.5)}, đi qua ${maybeQualify(r, count(r, 'xã, phường', 8, 60), 0.3)} với ${maybeQualify(r, count(r, 'hộ', 300, 6000))} bị ảnh hưởng.`;
  },
  (c) => {
    const r = c.rng;
    return t`trong đợt cao điểm kiểm tra nồng độ cồn, CSGT đã lập biên bản ${maybeQualify(r, count(r, 'trường hợp', 300, 9000))}, tạm giữ ${count(r, 'phương tiện', 50, 2000)}, chuyển ${count(r, 'vụ', 1, 12)} sang cơ quan điều tra.`;
  },
  (c) => {
    const r = c.rng;
    return t`mức phạt đối với người điều khiển xe máy vi phạm nồng độ cồn là ${range(r, 2e6, 8e6, { written: 'đồng', unit: 'đồng', kind: 'money' }, { magnitude: 1e6, style: 'tu' })}, đồng thời bị tước giấy phép lái xe ${range(r, 10, 24, { written: 'tháng', unit: 'tháng', kind: 'duration' }, { style: 'tu' })}.`;
  },
  (c) => {
    const r = c.rng;
    return t`trạm đăng kiểm đã kiểm định ${maybeQualify(r, count(r, 'phương tiện', 2000, 90000))}, trong đó có ${pct(r, 5, 30)} không đạt yêu cầu ở lần kiểm định thứ nhất.`;
  },
  (c) => {
    const r = c.rng;
    return t`vụ tai nạn khiến ${maybeQualify(r, count(r, 'người', 2, 20), 0.2)} tử vong tại chỗ, ${count(r, 'người', 2, 30)} bị thương nặng; thiệt hại về tài sản ${qualify(money(r, 1e8, 5e9), 'ước tính', 'about')}.`;
  },
  (c) => {
    const r = c.rng;
    return t`bến xe ${c.district.name} phục vụ ${maybeQualify(r, count(r, 'lượt xe', 200, 3000))} mỗi ngày, giá vé tăng ${range(r, 5, 25, { written: '%', unit: '%', kind: 'percent', attach: true }, { style: 'dash' })} trong dịp Tết.`;
  },
];

const CRIMES = ['Trộm cắp tài sản', 'Lừa đảo chiếm đoạt tài sản', 'Mua bán trái phép chất ma túy', 'Cố ý gây thương tích', 'Tổ chức đánh bạc', 'Cướp tài sản'];

const crime: Template[] = [
  (c) => {
    const r = c.rng;
    return t`${spelledCount(r, 'đối tượng', 2, 12)} gồm ${suspectName(r)} (SN ${r.int(1975, 2004)}), ${suspectName(r)} (SN ${r.int(1975, 2004)}) cùng trú tại ${commune(c)}, ${districtName(c)}.`;
  },
  (c) => {
    const r = c.rng;
    return t`Công an ${districtName(c)} đã bắt giữ ${maybeQualify(r, count(r, 'đối tượng', 2, 40), 0.2)}, thu giữ ${maybeQualify(r, measure(r, 'kg', 0.1, 80), 0.4)} ma túy tổng hợp, ${count(r, 'viên hồng phiến', 100, 9000)}, ${count(r, 'xe máy', 2, 20)} cùng nhiều tang vật liên quan.`;
  },
  (c) => {
    const r = c.rng;
    const sentence = r.chance(0.5) ? t`${duration(r, 'năm', 2, 20)} tù` : t`${duration(r, 'tháng', 6, 36)} tù${r.pick(['', ' treo'])}`;
    return t`Tòa án nhân dân ${provinceName(c)} đã tuyên phạt bị cáo ${personName(r)} ${sentence} về tội “${r.pick(CRIMES)}” theo khoản ${r.int(1, 4)} Điều ${r.pick([134, 168, 171, 173, 174, 251, 321])} Bộ luật Hình sự.`;
  },
  (c) => {
    const r = c.rng;
    return t`các bị cáo còn lại bị tuyên phạt mức án ${range(r, 2, 20, { written: 'năm', unit: 'năm', kind: 'duration' }, { style: 'tu' })} tù, đồng thời phải bồi thường cho bị hại ${maybeQualify(r, money(r, 5e7, 5e9), 0.3)}.`;
  },
  (c) => {
    const r = c.rng;
    return t`bằng thủ đoạn giả danh cán bộ ngân hàng, các đối tượng đã chiếm đoạt ${maybeQualify(r, money(r, 2e8, 2e11))} của ${maybeQualify(r, count(r, 'nạn nhân', 10, 2000))} ${r.pick(['ở nhiều tỉnh, thành', 'trong cả nước', 'tại các tỉnh phía Nam'])}.`;
  },
  (c) => {
    const r = c.rng;
    return t`${when(c)}, lực lượng công an đã điều tra, làm rõ ${fraction(r, 'vụ', 60, 600)}, đạt tỷ lệ ${pct(r, 75, 98)}, triệt xóa ${count(r, 'ổ nhóm', 3, 60)}, bắt giữ ${count(r, 'đối tượng', 20, 900)}.`;
  },
  (c) => {
    const r = c.rng;
    return t`Cơ quan Cảnh sát điều tra đã khởi tố ${count(r, 'vụ', 2, 40)}, ${count(r, 'bị can', 3, 90)} để điều tra về hành vi ${r.pick(CRIMES).toLowerCase()}.`;
  },
  (c) => {
    const r = c.rng;
    return t`vụ cháy xảy ra lúc ${clock(c)} ngày ${c.day}/${c.month} đã thiêu rụi ${maybeQualify(r, measure(r, 'm2', 200, 8000), 0.5)} nhà xưởng, thiệt hại ${qualify(money(r, 5e8, 5e10), r.pick(['ước tính', 'khoảng']), 'about')}.`;
  },
  (c) => {
    const r = c.rng;
    return t`các đối tượng cho vay với lãi suất ${pct(r, 100, 800, 'năm')}, gấp nhiều lần mức lãi suất cao nhất mà pháp luật cho phép; tổng số tiền giải ngân ${maybeQualify(r, money(r, 1e9, 2e11))}.`;
  },
  (c) => {
    const r = c.rng;
    return t`tại thời điểm kiểm tra, tổ công tác phát hiện ${count(r, 'con bạc', 5, 40)} đang sát phạt nhau, thu giữ trên chiếu bạc ${maybeQualify(r, money(r, 5e6, 5e8), 0.3)}, ${count(r, 'điện thoại', 3, 30)} cùng nhiều tang vật khác.`;
  },
  (c) => {
    const r = c.rng;
    return t`ngày ${c.day}/${c.month}, Viện kiểm sát nhân dân ${provinceName(c)} đã phê chuẩn quyết định khởi tố đối với ${spelledCount(r, 'bị can', 2, 9)} về tội “${r.pick(CRIMES)}”, quy định tại Điều ${r.pick([168, 171, 173, 174, 249, 251])} Bộ luật Hình sự.`;
  },
  (c) => {
    const r = c.rng;
    return t`tính đến nay, cơ quan điều tra đã thu hồi ${maybeQualify(r, money(r, 1e8, 5e10))}, ${count(r, 'xe ô tô', 2, 20)}, ${count(r, 'thửa đất', 2, 30)} với tổng diện tích ${maybeQualify(r, measure(r, 'm2', 500, 50000), 0.5)}.`;
  },
];

const agriculture: Template[] = [
  (c) => {
    const r = c.rng;
    return t`năm nay, ${where(c)} gieo trồng ${maybeQualify(r, measure(r, 'ha', 500, 90000))} ${r.pick(CROPS)}, sản lượng ${reach(r, measure(r, 'tấn', 5000, 3e6, true))}.`;
  },
  (c) => {
    const r = c.rng;
    return t`tổng đàn gia súc, gia cầm ${where(c)} hiện có ${maybeQualify(r, count(r, 'con', 50000, 5e6, true))}, trong đó đàn lợn có ${maybeQualify(r, count(r, 'con', 10000, 500000))}.`;
  },
  (c) => {
    const r = c.rng;
    return t`dịch tả lợn châu Phi đã xuất hiện tại ${count(r, 'hộ', 10, 400)} ở ${count(r, 'xã', 2, 30)}, buộc tiêu hủy ${maybeQualify(r, count(r, 'con lợn', 100, 9000))} với tổng trọng lượng ${maybeQualify(r, measure(r, 'tấn', 5, 700))}.`;
  },
  (c) => {
    const r = c.rng;
    return t`ổ dịch cúm gia cầm A/H5N1 được phát hiện tại ${commune(c)}, lực lượng thú y đã tiêu hủy ${maybeQualify(r, count(r, 'con gà', 500, 20000))} và phun ${maybeQualify(r, measure(r, 'lít', 200, 9000), 0.4)} hóa chất khử trùng.`;
  },
  (c) => {
    const r = c.rng;
    return t`mô hình trồng ${r.pick(CROPS)} ứng dụng công nghệ cao cho lợi nhuận ${fromOnwards(moneyRate(r, 1e8, 9e8, 'ha'), true)} mỗi năm, cao gấp nhiều lần so với cách làm truyền thống.`;
  },
  (c) => {
    const r = c.rng;
    return t`theo Đài Khí tượng thủy văn tỉnh, từ đêm ${c.day}/${c.month} đến sáng ngày ${Math.min(28, c.day + 1)}/${c.month}, khu vực có mưa to với lượng mưa phổ biến ${range(r, 30, 200, { written: 'mm', unit: 'mm', kind: 'length' }, { style: 'tu' })}, có nơi ${qualify(measure(r, 'mm', 150, 400), 'trên', 'over')}.`;
  },
  (c) => {
    const r = c.rng;
    return t`nhiệt độ cao nhất trong ngày phổ biến ${range(r, 33, 41, { written: 'độ C', unit: 'độ C', kind: 'temperature' }, { style: r.pick(['tu', 'dash'] as const) })}, độ ẩm thấp nhất ${pct(r, 35, 60)}.`;
  },
  (c) => {
    const r = c.rng;
    return t`hồ chứa nước ${r.pick(['Đa Nhim', 'Đơn Dương', 'Phú Ninh', 'Dầu Tiếng', 'Ya Ma'])} có dung tích ${maybeQualify(r, measure(r, 'm3', 1e6, 9e8, true), 0.4)}, đảm bảo tưới cho ${maybeQualify(r, measure(r, 'ha', 500, 30000))} đất canh tác.`;
  },
  (c) => {
    const r = c.rng;
    return t`Hội Nông dân đã giải ngân ${maybeQualify(r, money(r, 1e9, 2e11))} từ Quỹ hỗ trợ nông dân, giúp ${maybeQualify(r, count(r, 'hộ', 100, 5000))} có vốn phát triển sản xuất.`;
  },
  (c) => {
    const r = c.rng;
    return t`các hộ có diện tích ${fromOnwards(measure(r, 'ha', 2, 20), true)} được hỗ trợ ${pct(r, 30, 70)} chi phí mua giống, ${qualify(money(r, 2e6, 5e7), 'tối đa', 'at-most')} mỗi hộ.`;
  },
  (c) => {
    const r = c.rng;
    return t`đến nay, ${fraction(r, 'hộ', 3, 5, { so: true })} tại vùng nguyên liệu đã áp dụng quy trình VietGAP, ${maybeQualify(r, measure(r, 'tạ', 20, 900), 0.4)} sản phẩm được bao tiêu mỗi vụ.`;
  },
  (c) => {
    const r = c.rng;
    return t`giá ${r.pick(['cà phê nhân xô', 'hồ tiêu', 'cao su'])} ${r.pick(['tăng', 'giảm'])} ${moneyRate(r, 300, 3000, 'kg')}, còn ${moneyRate(r, 30000, 120000, 'kg')}; giá xuất khẩu ở mức ${moneyRate(r, 1500, 7000, 'tấn', 'USD')}.`;
  },
  (c) => {
    const r = c.rng;
    return t`toàn tỉnh đã trồng mới ${maybeQualify(r, measure(r, 'ha', 100, 9000))} rừng, tỷ lệ che phủ rừng ${reach(r, pct(r, 30, 65))}.`;
  },
];

const education: Template[] = [
  (c) => {
    const r = c.rng;
    return t`năm học ${c.year} - ${c.year + 1}, ${where(c)} có ${count(r, 'trường học', 30, 900)}, ${maybeQualify(r, count(r, 'lớp học', 500, 20000), 0.3)} với ${maybeQualify(r, count(r, 'học sinh', 10000, 600000))}.`;
  },
  (c) => {
    const r = c.rng;
    return t`kỳ thi tốt nghiệp THPT năm ${c.year} tại ${provinceName(c)} có ${maybeQualify(r, count(r, 'thí sinh', 3000, 60000))}, tỷ lệ tốt nghiệp ${reach(r, pct(r, 90, 99.9))}.`;
  },
  (c) => {
    const r = c.rng;
    return t`ngành giáo dục hiện thiếu ${maybeQualify(r, count(r, 'giáo viên', 50, 4000))}, chủ yếu ở bậc mầm non và tiểu học; ${count(r, 'phòng học', 20, 900)} đang xuống cấp cần sửa chữa.`;
  },
  (c) => {
    const r = c.rng;
    return t`quỹ khuyến học đã trao ${count(r, 'suất học bổng', 50, 2000)}, mỗi suất ${money(r, 1e6, 2e7)}, cho học sinh, sinh viên có hoàn cảnh khó khăn.`;
  },
  (c) => {
    const r = c.rng;
    return t`đến nay, ${fraction(r, 'trường', 40, 300)} đạt chuẩn quốc gia, tăng ${count(r, 'trường', 2, 30)} so với năm học trước.`;
  },
  (c) => {
    const r = c.rng;
    return t`mức học phí năm học mới dao động ${range(r, 1e5, 2e6, { written: 'đồng/tháng', unit: 'đồng/tháng', kind: 'money' }, { style: 'tu' })} tùy từng cấp học và địa bàn.`;
  },
  (c) => {
    const r = c.rng;
    return t`em ${personName(r)}, học sinh lớp 12 Trường THPT ${r.pick(COMMUNE_NAMES)}, là thủ khoa khối A00 và lọt top 10 toàn quốc, được ${grantor(c)} tặng bằng khen.`;
  },
  (c) => {
    const r = c.rng;
    return t`trường được đầu tư ${maybeQualify(r, money(r, 5e9, 2e11))} xây dựng ${count(r, 'phòng học', 10, 60)}, ${count(r, 'phòng thí nghiệm', 2, 12)} trên khuôn viên ${measure(r, 'm2', 3000, 30000)}.`;
  },
  (c) => {
    const r = c.rng;
    return t`có ${maybeQualify(r, count(r, 'sinh viên', 200, 8000))} được hỗ trợ vay vốn với mức ${qualify(moneyRate(r, 2e6, 5e6, 'tháng'), 'tối đa', 'at-most')}, lãi suất ${pct(r, 0.5, 0.9, 'tháng')}.`;
  },
  (c) => {
    const r = c.rng;
    return t`${spelledCount(r, 'học sinh', 2, 30)} của tỉnh đoạt giải trong kỳ thi chọn học sinh giỏi quốc gia, trong đó có ${count(r, 'học sinh', 1, 4)} đạt giải Nhất.`;
  },
  (c) => {
    const r = c.rng;
    return t`tỷ lệ trẻ em ${r.pick(['đi học đúng độ tuổi', 'được học bán trú'])} ${reach(r, pct(r, 85, 99.9))}, ${fraction(r, 'xã, phường', 8, 30, { full: true })} đạt chuẩn phổ cập giáo dục.`;
  },
];

const MODEL_NAMES = [
  'Camera an ninh', 'Khu dân cư không có tội phạm', 'Tổ tự quản an ninh trật tự', 'Giáo họ không có tội phạm và tệ nạn xã hội',
  'Dòng họ tự quản về an ninh trật tự', 'Chợ an toàn về phòng cháy chữa cháy', 'Thắp sáng đường quê', 'Cổng trường an toàn giao thông',
  'Tuyến đường tự quản', 'Doanh nghiệp an toàn về an ninh trật tự', 'Zalo an ninh trật tự', 'Nhà trọ an toàn',
];

const security: Template[] = [
  (c) => {
    const r = c.rng;
    return t`trong năm, Công an ${districtName(c)} đã tham mưu ban hành, triển khai ${count(r, 'kế hoạch, văn bản', 20, 300)} liên quan đến công tác đảm bảo an ninh trật tự.`;
  },
  (c) => {
    const r = c.rng;
    return t`Mặt trận Tổ quốc đã tổ chức ${count(r, 'buổi tuyên truyền', 20, 400)} cho ${maybeQualify(r, count(r, 'người', 1000, 40000))}; phát ${maybeQualify(r, count(r, 'tờ rơi', 5000, 90000))}, ${count(r, 'suất quà', 100, 3000)} cho bà con Nhân dân.`;
  },
  (c) => {
    const r = c.rng;
    return t`${r.pick(['Mặt trận Tổ quốc', 'Hội Chữ thập đỏ', 'các đoàn thể'])} đã vận động nguồn quỹ phòng chống dịch Covid-19 ${maybeQualify(r, money(r, 1e8, 2e10), 0.6)}; hỗ trợ hộ nghèo, hộ khó khăn trị giá ${maybeQualify(r, money(r, 5e7, 5e9))}.`;
  },
  (c) => {
    const r = c.rng;
    return t`các cơ sở tôn giáo đã quyên góp ${maybeQualify(r, measure(r, 'tấn', 5, 900))} nông sản, nhu yếu phẩm, ${money(r, 1e7, 9e8)} và ${count(r, 'suất quà', 50, 2000)} hỗ trợ người dân các vùng dịch.`;
  },
  (c) => {
    const r = c.rng;
    return t`đến nay, ${where(c)} đã xây dựng được ${count(r, 'mô hình', 10, 120)} trong Phong trào Toàn dân bảo vệ an ninh Tổ quốc, đang duy trì hoạt động ở ${count(r, 'điểm', 20, 300)}.`;
  },
  (c) => {
    const r = c.rng;
    const model = r.pick(MODEL_NAMES);
    return t`Nổi bật nhất là mô hình “${model}” với ${maybeQualify(r, count(r, 'mắt camera', 50, 3000))} trên khắp các tuyến đường, khu vực trọng điểm ở ${fraction(r, r.pick(['xã, phường', 'phường, xã', 'xã, thị trấn']), 5, 30, { full: r.chance(0.6) })}.`;
  },
  (c) => {
    const r = c.rng;
    const model = r.pick(MODEL_NAMES);
    return t`Tiếp đến là mô hình “${model}” được xây dựng tại ${count(r, 'khu dân cư', 5, 90)}, đã cung cấp cho lực lượng công an ${count(r, 'tin', 50, 2000)} liên quan an ninh trật tự, với ${count(r, 'tin', 10, 400)} có giá trị.`;
  },
  (c) => {
    const r = c.rng;
    return t`trong đợt cao điểm, Công an ${provinceName(c)} đã huy động ${maybeQualify(r, count(r, 'cán bộ, chiến sĩ', 100, 5000))} tham gia tuần tra, kiểm soát, đảm bảo an ninh trật tự.`;
  },
  (c) => {
    const r = c.rng;
    return t`có ${count(r, 'mô hình', 3, 60)} do cấp xã, phường quản lý, ${count(r, 'mô hình', 2, 20)} do Công an ${c.district.name} và các đoàn thể cấp ${c.district.type === 'huyện' ? 'huyện' : 'thành phố'} quản lý.`;
  },
  (c) => {
    const r = c.rng;
    return t`lực lượng phòng cháy chữa cháy đã kiểm tra ${maybeQualify(r, count(r, 'cơ sở', 100, 5000))}, kiến nghị khắc phục ${count(r, 'thiếu sót', 50, 900)}, tổ chức ${count(r, 'buổi tập huấn', 10, 300)} cho ${maybeQualify(r, count(r, 'người', 500, 20000))}.`;
  },
  (c) => {
    const r = c.rng;
    return t`Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” thu hút ${maybeQualify(r, count(r, 'hội viên, đoàn viên', 1000, 90000))} tham gia, ${pct(r, 70, 99)} số hộ đạt danh hiệu gia đình văn hóa.`;
  },
  (c) => {
    const r = c.rng;
    return t`từ đầu năm, người dân đã tự nguyện giao nộp ${count(r, 'khẩu súng', 2, 90)}, ${maybeQualify(r, measure(r, 'kg', 1, 200), 0.3)} vật liệu nổ và ${count(r, 'quả lựu đạn', 2, 60)} cho cơ quan công an.`;
  },
  (c) => {
    const r = c.rng;
    // `Qua N năm triển khai, …` frames the clause: a reporting period, not a figure (docs/figure-conventions.md)
    return t`qua ${r.int(2, 10)} năm triển khai, ${fraction(r, 'xã, phường', 5, 30, { full: r.chance(0.5) })} đã ra mắt tổ an ninh trật tự cơ sở với ${maybeQualify(r, count(r, 'thành viên', 100, 3000))}.`;
  },
  (c) => {
    const r = c.rng;
    return t`theo đánh giá, ${ratioTren(r, 'vụ việc')} về an ninh trật tự được phát hiện nhờ nguồn tin do quần chúng nhân dân cung cấp.`;
  },
];

const TOPIC_TEMPLATES: Readonly<Record<Topic, readonly Template[]>> = { economy, health, traffic, crime, agriculture, education, security };

// ---------------------------------------------------------------------------
// Awards and titles
// ---------------------------------------------------------------------------

const AWARDS = [
  'Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”', 'Kỷ niệm chương “Vì sự nghiệp Giáo dục”', 'bằng khen', 'giấy khen', 'Bằng khen',
  'Giấy khen', 'Cờ thi đua', 'Huân chương Lao động hạng Ba', 'Huân chương Bảo vệ Tổ quốc hạng Nhì', 'Huy hiệu Tuổi trẻ dũng cảm',
];

function grantor(c: Ctx): string {
  return c.rng.pick([
    'Bộ Công an', `Chủ tịch UBND ${provinceName(c)}`, `Giám đốc Công an ${provinceName(c)}`, `Chủ tịch UBND ${districtName(c)}`,
    'Bộ Giáo dục và Đào tạo', 'Thủ tướng Chính phủ', 'Bộ Y tế', `Ban Thường vụ ${c.province.city ? 'Thành ủy' : 'Tỉnh ủy'}`,
  ]);
}

/**
 * One clause of an award sentence: `14 cá nhân được Bộ Công an tặng bằng khen`.
 * `countFirst` keeps the clause starting with a count (after `… vinh dự có`).
 */
function awardClause(c: Ctx, allowElided: boolean, countFirst: boolean): Parts {
  const r = c.rng;
  const g = grantor(c);
  const award = r.pick(AWARDS);
  const forms = [0, 1, 3, ...(countFirst ? [] : [2]), ...(allowElided ? [4, 4] : [])];
  const form = r.pick(forms);
  if (form === 0) return t`${count(r, 'cá nhân', 1, 40)} được ${g} tặng ${award}`;
  if (form === 1) return t`${count(r, 'tập thể', 1, 12)}, ${count(r, 'cá nhân', 1, 30)} được ${g} tặng ${award}`;
  if (form === 2) return t`${g} tặng ${award} cho ${count(r, 'tập thể', 1, 20)} và ${count(r, 'cá nhân', 1, 40)}`;
  if (form === 3) return t`${count(r, 'tập thể', 1, 12)} được ${g} tặng ${award}`;
  // `5 tập thể và 6 được … tặng giấy khen`: the 6 counts individuals, by inference.
  const n = r.int(2, 30);
  const elided = fig(String(n), 'people', 'cá nhân', { value: n, unitInferred: true });
  return t`${count(r, 'tập thể', 1, 12)} và ${elided} được ${g} tặng ${award}`;
}

/** The awards paragraph: several clauses joined by semicolons. */
function awardsSentence(c: Ctx): Parts {
  const r = c.rng;
  const vinhDu = r.chance(0.5);
  const lead = vinhDu ? `Dịp này, ${districtName(c)} vinh dự có ` : r.pick(['Nhân dịp này, ', 'Tại hội nghị, ', 'Dịp này, ']);
  const parts: Parts = [lead];
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) {
    if (i > 0) parts.push('; ');
    parts.push(...awardClause(c, i > 0, vinhDu));
  }
  parts.push('.');
  return parts;
}

/** The title: a short headline, sometimes with a figure. */
function title(c: Ctx): Parts {
  const r = c.rng;
  const p = c.province.name;
  const options: Record<Topic, () => Parts> = {
    economy: () => t`${p}: thu ngân sách ${maybeQualify(r, money(r, 1e12, 3e13), 0.5)}`,
    health: () => t`${p} ghi nhận ${count(r, 'ca bệnh', 20, 900)} trong ${r.pick(['tuần', 'tháng'])} qua`,
    traffic: () => t`Tai nạn giao thông tại ${p} giảm ${pct(r, 3, 25)}`,
    crime: () => t`Triệt phá đường dây ${r.pick(['đánh bạc', 'lừa đảo', 'ma túy'])}, bắt giữ ${count(r, 'đối tượng', 3, 40)}`,
    agriculture: () => t`Giá ${r.pick(['cà phê', 'hồ tiêu', 'sầu riêng'])} ${r.pick(['tăng', 'giảm'])} ${moneyRate(r, 500, 5000, 'kg')}`,
    education: () => t`${p} thiếu ${maybeQualify(r, count(r, 'giáo viên', 100, 3000), 0.5)}`,
    security: () => t`${c.district.type === 'huyện' ? 'Huyện' : c.district.type === 'quận' ? 'Quận' : c.district.type === 'TP' ? 'TP' : 'Thị xã'} ${c.district.name} tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc`,
  };
  if (r.chance(0.3)) return [`${r.pick(['Tổng kết', 'Sơ kết', 'Triển khai'])} công tác ${r.pick(['năm', 'quý'])} tại ${p}`];
  return options[c.topic]();
}

/** The lead sentence, after the dateline or at the top of the body. */
function lead(c: Ctx, dateWord: string): Parts {
  const r = c.rng;
  const y = c.year - (c.month <= 2 ? 1 : 0);
  const sở = (name: string) => `Sở ${name} ${provinceName(c)}`;
  const leads: Record<Topic, readonly string[]> = {
    economy: [
      `${sở('Kế hoạch và Đầu tư')} đã tổ chức buổi họp báo thông tin tình hình kinh tế - xã hội năm ${y}`,
      `UBND ${provinceName(c)} đã tổ chức hội nghị gặp mặt doanh nghiệp, nhà đầu tư đầu xuân ${c.year}`,
    ],
    health: [
      `${sở('Y tế')} đã tổ chức hội nghị tổng kết công tác y tế năm ${y} và triển khai nhiệm vụ năm ${y + 1}`,
      `Trung tâm Kiểm soát bệnh tật (CDC) ${provinceName(c)} cho biết tình hình dịch bệnh trên địa bàn đang có diễn biến phức tạp`,
    ],
    traffic: [
      `Ban An toàn giao thông ${provinceName(c)} đã tổ chức hội nghị sơ kết công tác đảm bảo trật tự an toàn giao thông quý ${r.pick(ROMAN)}/${c.year}`,
      `Phòng Cảnh sát giao thông Công an ${provinceName(c)} cho biết đã ra quân đợt cao điểm xử lý vi phạm trên các tuyến quốc lộ`,
    ],
    crime: [
      `Công an ${provinceName(c)} cho biết đã triệt phá thành công một đường dây tội phạm hoạt động liên tỉnh`,
      `Tòa án nhân dân ${provinceName(c)} đã mở phiên tòa xét xử sơ thẩm vụ án hình sự gây chú ý dư luận`,
    ],
    agriculture: [
      `${sở('Nông nghiệp và Phát triển nông thôn')} đã tổ chức hội nghị tổng kết sản xuất nông nghiệp năm ${y}`,
      `UBND ${districtName(c)} đã tổ chức hội nghị đánh giá kết quả thực hiện chương trình mục tiêu quốc gia xây dựng nông thôn mới`,
    ],
    education: [
      `${sở('Giáo dục và Đào tạo')} đã tổ chức hội nghị tổng kết năm học ${c.year - 1} - ${c.year}`,
      `UBND ${provinceName(c)} đã tổ chức lễ tuyên dương học sinh giỏi, thủ khoa năm ${y}`,
    ],
    security: [
      `UBND ${districtName(c)} đã tổ chức hội nghị tổng kết Phong trào Toàn dân bảo vệ an ninh Tổ quốc (ANTQ) năm ${y} và triển khai phương hướng, nhiệm vụ năm ${y + 1}`,
      `Công an ${districtName(c)} đã tổ chức hội nghị tổng kết công tác bảo đảm an ninh trật tự năm ${y}`,
    ],
  };
  return [`${dateWord}, ${r.pick(leads[c.topic])}.`];
}

// ---------------------------------------------------------------------------
// Article assembly
// ---------------------------------------------------------------------------

/** Appends strings and figures, recording each figure's offsets. */
class TextBuilder {
  private text = '';
  /** UTF-8 size of the text so far. */
  bytes = 0;
  readonly figures: TruthFigure[] = [];

  add(parts: Parts): void {
    for (const p of parts) {
      if (typeof p === 'string') {
        this.text += p;
        this.bytes += utf8Length(p);
        continue;
      }
      const start = this.text.length;
      this.text += p.text;
      this.bytes += utf8Length(p.text);
      const { fig: _marker, text, kind, unit, qualifier, ...rest } = p;
      const figure: TruthFigure = { text, start, end: this.text.length, kind, unit, qualifier };
      if (rest.unitInferred) figure.unitInferred = true;
      for (const key of ['value', 'min', 'max', 'numerator', 'denominator'] as const) {
        if (rest[key] !== undefined) figure[key] = rest[key];
      }
      this.figures.push(figure);
    }
  }

  toString(): string {
    return this.text;
  }
}

/** UTF-8 byte length without Buffer, so the module runs anywhere. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function plainText(parts: Parts): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

const MIN_FIGURES = 20;
const MAX_FIGURES = 60;

/** Name of article `index` (0-based): `gen-00001`. */
export function articleName(index: number): string {
  return `gen-${String(index + 1).padStart(5, '0')}`;
}

/** Generates article `index` of the corpus for `seed`. Same inputs, same output. */
export function generateArticle(seed: string | number, index: number): GeneratedArticle {
  const rng = new Rng(`${seed}/${index}`);
  const province = rng.pick(PROVINCES);
  const c: Ctx = {
    rng,
    province,
    district: rng.pick(province.districts),
    year: rng.int(2019, 2024),
    month: rng.int(1, 12),
    day: rng.int(1, 28),
    topic: rng.pick(TOPICS),
  };
  const outlet = rng.pick(OUTLETS);
  const header = rng.weighted([
    ['front-block', 3],
    ['front-block-title-line', 2],
    ['dateline', 4],
    ['plain', 1],
  ] as const);

  const b = new TextBuilder();
  const titleParts = title(c);
  const titleText = plainText(titleParts);
  const dateIso = `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
  const url = `https://${outlet.host}/${rng.pick(CATEGORY[c.topic])}/${slugify(titleText)}-${dateIso.replace(/-/g, '')}${rng.int(100000, 999999)}.htm`;
  const dateWord = rng.pick([`Ngày ${c.day}/${c.month}`, `Sáng ${c.day}/${c.month}`, `Chiều ${c.day}/${c.month}`, `Sáng ngày ${c.day}/${c.month}/${c.year}`]);

  if (header === 'front-block' || header === 'front-block-title-line') {
    const lines = ['---'];
    if (header === 'front-block') lines.push(`title: ${yamlString(titleText)}`);
    lines.push(`source: ${outlet.name}`, `url: ${url}`, `date: ${dateIso}`, `category: ${rng.pick(CATEGORY[c.topic])}`);
    if (rng.chance(0.3)) lines.push(`author: ${personName(rng)}`);
    lines.push('---', '');
    b.add([lines.join('\n')]);
    if (header === 'front-block-title-line') b.add([...capitalize(titleParts), '\n\n']);
    b.add(capitalize(lead(c, dateWord)));
  } else if (header === 'dateline') {
    const month = String(c.month).padStart(2, '0');
    b.add([`${rng.chance(0.5) ? ' ' : ''}date ${c.year}-${month} (${outlet.code}) - `]);
    b.add(lead(c, `Ngày ${c.day}/${c.month}`));
  } else {
    b.add([...capitalize(titleParts), '\n\n']);
    b.add(capitalize(lead(c, dateWord)));
  }

  // Body paragraphs: mostly the article's topic, some sentences from neighbouring topics.
  const targetBytes = rng.int(4300, 7600);
  const targetFigures = rng.int(26, 50);
  const awards = c.topic === 'security' || rng.chance(0.35);
  const reserve = awards ? 10 : 0;
  let sentencesInParagraph = 1;
  let paragraphLength = rng.int(3, 6);
  const used = new Set<Template>();
  const usedFillers = new Set<string>();
  for (let guard = 0; guard < 400; guard++) {
    const bytes = b.bytes;
    const figs = b.figures.length;
    if (bytes >= targetBytes && figs + reserve >= MIN_FIGURES) break;
    if (bytes >= targetBytes * 1.25) break;
    const wantFigure = figs < (targetFigures - reserve) * Math.min(1, bytes / targetBytes + 0.1) && figs + reserve < MAX_FIGURES - 6;
    let sentence: Parts;
    if (wantFigure) {
      const topic = rng.chance(0.75) ? c.topic : rng.pick(TOPICS);
      const pool = TOPIC_TEMPLATES[topic];
      let template = rng.pick(pool);
      for (let k = 0; k < 6 && used.has(template); k++) template = rng.pick(rng.chance(0.5) ? pool : TOPIC_TEMPLATES[rng.pick(TOPICS)]);
      used.add(template);
      sentence = template(c);
      if (figs + figCount(sentence) + reserve > MAX_FIGURES) sentence = filler(c, usedFillers);
      else if (startsLowerCase(sentence) && rng.chance(0.25)) sentence = [rng.pick(CONNECTIVES), ...sentence];
    } else {
      sentence = filler(c, usedFillers);
    }
    if (sentencesInParagraph >= paragraphLength) {
      b.add(['\n\n']);
      sentencesInParagraph = 0;
      paragraphLength = rng.int(2, 6);
    } else {
      b.add([' ']);
    }
    b.add(capitalize(sentence));
    sentencesInParagraph++;
  }
  if (awards) {
    b.add(['\n\n']);
    b.add(capitalize(awardsSentence(c)));
  }
  if (header === 'dateline' || rng.chance(0.3)) {
    const byline = rng.chance(0.6) ? `${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}` : personName(rng);
    b.add([`\n\n${byline.toLocaleUpperCase('vi')}`]);
  }
  b.add(['\n']);

  const text = b.toString();
  return { name: articleName(index), text, figures: b.figures, header, topic: c.topic };
}

const CONNECTIVES = ['Bên cạnh đó, ', 'Đáng chú ý, ', 'Ngoài ra, ', 'Đồng thời, ', 'Theo báo cáo, ', 'Cũng theo thống kê, '];

/** True when a sentence may follow a connective: it starts in lower case (not a proper noun). */
function startsLowerCase(parts: Parts): boolean {
  const first = parts[0];
  const s = first === undefined ? '' : typeof first === 'string' ? first : first.text;
  return /^\p{Ll}/u.test(s);
}

/** The truth file: one figure per line, stable key order. */
export function truthToJson(figures: readonly TruthFigure[]): string {
  const keys = ['text', 'start', 'end', 'kind', 'unit', 'unitInferred', 'value', 'min', 'max', 'numerator', 'denominator', 'qualifier'] as const;
  const lines = figures.map((f) => {
    const o: Record<string, unknown> = {};
    for (const k of keys) if (f[k] !== undefined) o[k] = f[k];
    return `  ${JSON.stringify(o)}`;
  });
  return lines.length ? `[\n${lines.join(',\n')}\n]\n` : '[]\n';
}

/** Generates `count` articles lazily, in order. */
export function* generateCorpus(count: number, seed: string | number = 'solieu'): Generator<GeneratedArticle> {
  for (let i = 0; i < count; i++) yield generateArticle(seed, i);
}

/**
 * The figure scanner: one left-to-right pass over the tokens. At every number
 * (digits, a spelled-out number, or `hàng trăm`-style magnitudes) it reads
 * the number with its magnitude words, looks left for qualifiers and for words
 * that make it a date, time or identifier, looks right for the unit, a range's
 * second end, a proportion or `trở lên`, and either emits a figure or skips
 * the tokens it has recognised as "not a statistic".
 */
import type { Kind, Qualifier } from '../../schema';
import type { FigureDraft } from '../types';
import {
  MAGNITUDES,
  SPELLED_START_WORDS,
  parseDigitLiteral,
  scaleBy,
  parseSpelledNumber,
  type DigitLiteral,
} from '../numbers';
import { CURRENCY_FORMS, GLUED_UNIT_FORMS, MEASURE_FORMS, unitKind } from '../units';
import {
  COMPARATIVE_ADJECTIVES,
  DATE_BEFORE,
  DATE_SLASH_BEFORE,
  DATE_SLASH_STRONG,
  DURATION_H_BEFORE,
  NOT_IDENTIFIER_2,
  NP_STOP,
  PERIOD_AFTER,
  FRACTION_BEFORE,
  IDENTIFIER_BEFORE,
  IDENTIFIER_BEFORE_2,
  IDENTIFIER_SOFT,
  IDENTIFIER_SOFT_3,
  IDENTIFIER_SOFT_2,
  MAGNITUDE_COMPOUNDS,
  YEAR_NAM_BEFORE,
  MAX_QUALIFIER_WORDS,
  PERIODIC_BEFORE_DATE_WORD,
  QUALIFIERS,
  QUANTITY_NOUNS,
  SCORE_BEFORE,
  TIME_OF_DAY,
} from './lexicon';
import { currencyOf, currencyPrefixOf, magnitudeOf, magnitudeSuffixOf, measureOf } from './lookup';
import { NL, NUM, PUNCT, WORD, Tokens } from './tokens';
import { closesRank, isSizeAt } from './not-figures';
import { readRate, readUnit, type UnitHit } from './units-match';

/** A figure plus the token positions the elided-noun pass needs. */
export interface Found {
  draft: FigureDraft;
  firstTok: number;
  lastTok: number;
  /** Multiplier of the magnitude words written with the number (1 when none). */
  mag: number;
  hasMag: boolean;
  fromWord: boolean;
}

interface Quantity {
  /** First token, including a currency prefix (`$`, `USD`). */
  first: number;
  numTok: number;
  /** Last token of the number and its magnitude words (and a glued unit). */
  last: number;
  base: number;
  value: number;
  mag: number;
  hasMag: boolean;
  lit?: DigitLiteral;
  spelled: boolean;
  unit?: UnitHit;
  /** Written with K/M/tr (`35K`, `2,5M`): money in đồng unless a unit says otherwise. */
  shorthand?: boolean;
}

type DigitRead =
  | { kind: 'q'; q: Quantity }
  | { kind: 'skip'; last: number }
  | { kind: 'slash'; a: DigitLiteral; b: DigitLiteral; aTok: number; last: number };

interface Context {
  qualifier: Qualifier;
  qualFirst: number;
  from: number;
  between: number;
  hard: boolean;
  soft: boolean;
  /** The word before may end a name (`Quân y 175`) or be a verb after one (`Hòa Bình xả 3 cửa`): needs a unit. */
  nameTail?: boolean;
  /** The name is a company's, ending in words such as `Xây dựng`, `Phát triển` (COMPANY_NAME_PAIRS). */
  companyTail?: boolean;
}

/** Units of a period whose first or last N is a period too (`3 năm đầu`, `10 ngày cuối tháng`). */
const PERIOD_PARTS: ReadonlySet<string> = new Set(['ngày', 'tuần', 'tháng', 'quý', 'năm']);
/** Suffixes of money written short (`35K`, `2,5M`, `3tr`). */
const SHORTHAND_SUFFIXES: ReadonlySet<string> = new Set(['K', 'k', 'M', 'tr']);
/** Hours and minutes, which have a first and a last few too (`24 giờ đầu`, `15 phút cuối`). */
const SHORT_PERIOD_PARTS: ReadonlySet<string> = new Set(['giờ', 'tiếng', 'phút']);
/** Words after `đầu` that make it another word (`đầu tư`, `đầu vào`, `đầu người`), not "first". */
const NOT_PERIOD_AFTER_DAU: ReadonlySet<string> = new Set(['tư', 'vào', 'ra', 'mối', 'tàu', 'người', 'nguồn', 'óc', 'bếp', 'máy', 'cầu', 'đàn', 'con', 'lợn', 'bò', 'xe', 'sách']);

/**
 * Words before hours and minutes that make them a length of time, besides those before `N h` (DURATION_H_BEFORE) and
 * of delay: `thành tích`, `thời gian`, `thời lượng`, `trung bình`, `dành`, `chờ`, `đợi`, `tiết kiệm`.
 */
const COMPOUND_DURATION_LEADS: ReadonlySet<string> = new Set(['tích', 'gian', 'lượng', 'bình', 'dành', 'chờ', 'đợi', 'kiệm', 'bay']);

/** Words before a single digit with `K` that make it money (`chỉ thu 5K`), not the slogan `5K`. */
const PRICE_VERBS: ReadonlySet<string> = new Set(['giá', 'thu', 'trả', 'bán', 'tốn', 'phí', 'góp']);

/** A magnitude word and a currency written as one (`triệuđồng`, `tỷđồng`, `tỷusd`). */
const GLUED_MAGNITUDE_CURRENCY = /^(nghìn|ngàn|triệu|tỷ|tỉ)(đồng|vnđ|vnd|usd)$/;

/** The parts of a length of time written in several units (`2 giờ 48 phút 12 giây`, `4 ngày 12 giờ`), in seconds. */
const TIME_PART_SECONDS: ReadonlyMap<string, number> = new Map([
  ['ngày', 86400],
  ['giờ', 3600],
  ['tiếng', 3600],
  ['phút', 60],
  ['giây', 1],
]);

const HYPHENS = new Set(['-', '–', '—', '~']);
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', "'", '‘', '’', '(', '[', '…', '-', '–', '—', '•', '*', '·', '>']);
const SPELLED_ANCHORS = new Set<string>();
for (const w of [...SPELLED_START_WORDS, 'mười']) {
  if (w === 'không') continue;
  SPELLED_ANCHORS.add(w);
  SPELLED_ANCHORS.add(w[0]!.toUpperCase() + w.slice(1));
}

/**
 * The anchor words by a small hash of their first two UTF-16 units, to test a word without
 * slicing it: one typed-array read per short word, then an exact test against the few
 * anchors of that slot (slot 0: none). A Map keyed by the two units cost a fifth of the
 * figures stage, this being done for every short word of the text. (Fewer than 256 lists: a byte per slot.)
 */
const ANCHOR_HASH_BITS = 12;
const anchorHash = (c0: number, c1: number) => (c0 * 31 + c1) & ((1 << ANCHOR_HASH_BITS) - 1);
const ANCHOR_LISTS: string[][] = [[]];
const ANCHOR_SLOTS = new Uint8Array(1 << ANCHOR_HASH_BITS);
for (const w of [...SPELLED_ANCHORS, 'hàng', 'Hàng']) {
  const h = anchorHash(w.charCodeAt(0), w.charCodeAt(1));
  if (ANCHOR_SLOTS[h] === 0) ANCHOR_SLOTS[h] = ANCHOR_LISTS.push([]) - 1;
  ANCHOR_LISTS[ANCHOR_SLOTS[h]!]!.push(w);
}
/** Words that carry a spelled number on after `năm` ("five"): `năm mươi`, `năm trăm`, `năm nghìn`. */
const NUMBER_GOES_ON: ReadonlySet<string> = new Set(['mươi', 'trăm', 'nghìn', 'ngàn', 'triệu']);
/** Words that can continue a spelled-out number. */
const SPELLED_WORDS = new Set([
  'không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười', 'mươi', 'mốt', 'tư', 'lăm',
  'nhăm', 'linh', 'lẻ', 'trăm', 'nghìn', 'ngàn', 'vạn', 'triệu', 'tỷ', 'tỉ', 'rưỡi', 'chục',
]);

/**
 * The second words of the two-word phrases `leftContext` looks up (identifier, soft identifier,
 * not-an-identifier): the phrase string is built only before one of them, not before every number.
 */
const TWO_WORD_TAILS: ReadonlySet<string> = new Set(
  [...NOT_IDENTIFIER_2, ...IDENTIFIER_BEFORE_2, ...IDENTIFIER_SOFT_2].map((phrase) => phrase.slice(phrase.indexOf(' ') + 1)),
);

/** The last words of `IDENTIFIER_SOFT_3`: the three-word key is built only before one of them, not before every number. */
const SOFT_3_TAILS: ReadonlySet<string> = new Set([...IDENTIFIER_SOFT_3].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)));

/** The last word of every qualifier phrase, to skip the phrase lookup for other words. */
const QUALIFIER_LAST_WORDS = new Set([...QUALIFIERS.keys()].map((q) => q.split(' ').pop()!));

/** Second syllables of words that start with `ba` and are not the number three. */
const BA_WORDS: ReadonlySet<string> = new Set(['lô', 'gác', 'toong', 'rọi', 'chỉ', 'tê', 'zơ']);
/** What `lô` counts after a number (`ba lô hàng`): then `ba lô` is three lots, not a backpack. */
const LOTS_OF: ReadonlySet<string> = new Set(['hàng', 'đất', 'thuốc', 'vắc', 'nhà', 'gỗ', 'xe', 'gạo']);
/** Words of delay before `từ N (đến M) giờ`: then the hours are a length. */
const DELAY_WORDS: ReadonlySet<string> = new Set(['trễ', 'chậm', 'muộn', 'mất', 'dài']);
/** Words after `sau`/`trước` and an hour past noon that leave it a clock time (`sau 22 giờ tại khu dân cư`, `trước 15 giờ thứ Sáu`). */
const AFTER_A_CLOCK_HOUR: ReadonlySet<string> = new Set(['tại', 'ở', 'thì', 'mà', 'và', 'hoặc', 'hằng', 'hàng', 'mỗi', 'cùng', 'thứ']);
/** Words before `999`/`9999` that make it a gold or silver purity. */
const PURITY_BEFORE = new Set(['vàng', 'nhẫn', 'bạc', 'miếng', 'trang', 'tròn']);
const SHORTHAND_UNIT = { unit: 'đồng', kind: 'money' as Kind };
/** Crops and fruit that `chín` ("ripe") follows (`lúa chín`, `xoài chín`). */
const RIPENING: ReadonlySet<string> = new Set(['lúa', 'quả', 'trái', 'cây', 'mùa', 'vụ', 'hoa', 'dưa', 'chuối', 'xoài', 'mít', 'vải', 'nhãn', 'bưởi', 'cam', 'sầu', 'riêng', 'phê', 'ngô']);
/** Karats gold is sold in (`vàng 18K`), read as purity after a gold word instead of thousands. */
const KARATS: ReadonlySet<number> = new Set([10, 14, 16, 18, 22, 24]);
/** Words of companies' names that end a name before its number (`Đầu tư và Phát triển 3`, `Xây dựng 4`). */
const COMPANY_NAME_PAIRS: ReadonlySet<string> = new Set(['phát triển', 'đầu tư', 'xây dựng', 'thương mại', 'dịch vụ', 'sản xuất', 'chuyển giao', 'vận tải', 'thủy lợi']);

/** Nouns numbered by `số N` (`tờ bản đồ số 18`, `thửa số 215`, `vị trí số 4`), besides the identifier nouns. */
const NUMBERED_BY_SO: ReadonlySet<string> = new Set(['đồ', 'thửa', 'tờ', 'lô', 'căn', 'hộ', 'biển', 'hiệu', 'mã', 'tàu', 'chuyến', 'ghế', 'sơ', 'trí']);

function isYearLike(lit: DigitLiteral | undefined, value: number): boolean {
  return !!lit && !lit.hasSeparator && lit.intDigits === 4 && value >= 1900 && value <= 2100;
}

export class Scanner {
  readonly tk: Tokens;
  readonly found: Found[] = [];
  /** Last token already used by a figure or a skipped non-statistic. */
  private floor = -1;

  constructor(text: string) {
    this.tk = new Tokens(text);
  }

  run(): Found[] {
    const tk = this.tk;
    let i = 0;
    while (i < tk.n) {
      let next = i + 1;
      const t = tk.type[i];
      if (t === NUM) next = this.fromDigits(i);
      else if (t === WORD) {
        const len = tk.end[i]! - tk.start[i]!;
        if (len >= 2 && len <= 4 && i > this.floor) {
          const start = tk.start[i]!;
          const text = tk.text;
          const slot = ANCHOR_SLOTS[anchorHash(text.charCodeAt(start), text.charCodeAt(start + 1))]!;
          if (slot !== 0) {
            const candidates = ANCHOR_LISTS[slot]!;
            for (const w of candidates) {
              if (w.length !== len || !text.startsWith(w, start)) continue;
              next = w === 'hàng' || w === 'Hàng' ? this.fromHang(i) : this.fromSpelled(i);
              break;
            }
          }
        }
      }
      i = Math.max(next, i + 1);
    }
    return this.found;
  }

  // ---------------------------------------------------------------- helpers

  private word(k: number): string {
    return k > this.floor && this.tk.isWord(k) ? this.tk.lower(k) : '';
  }

  /** Last token of the run glued to token k (`29A-123.45`, `12/2020/TT-BCA`). */
  private gluedRunEnd(k: number): number {
    const tk = this.tk;
    let j = k;
    while (j + 1 < tk.n && tk.glued[j + 1]) {
      const t = tk.type[j + 1];
      if (t === WORD || t === NUM) {
        j++;
        continue;
      }
      if (t === PUNCT) {
        const ch = tk.raw(j + 1);
        if ((ch === '-' || ch === '/' || ch === '.' || ch === '_' || ch === '–' || ch === ':' || ch === ',') && j + 2 < tk.n && tk.glued[j + 2] && (tk.type[j + 2] === WORD || tk.type[j + 2] === NUM)) {
          j += 2;
          continue;
        }
      }
      break;
    }
    return j;
  }

  private isSentenceStart(k: number): boolean {
    const tk = this.tk;
    const p = k - 1;
    if (p < 0) return true;
    if (tk.type[p] === NL) return true;
    if (tk.type[p] === PUNCT) return SENTENCE_OPENERS.has(tk.raw(p));
    return false;
  }

  private skip(last: number): number {
    this.floor = Math.max(this.floor, last);
    return last + 1;
  }

  /** Skips numbers listed after an identifier or a date (`Điều 5, 6 và 7`, `năm 2020 và 2021`). */
  private skipIdList(last: number): number {
    const tk = this.tk;
    let j = last;
    for (let guard = 0; guard < 50; guard++) {
      const c = j + 1;
      const w = tk.isWord(c) ? tk.lower(c) : '';
      const isConn = tk.isPunct(c, ',') || tk.isDash(c) || w === 'và' || w === 'hoặc' || w === 'đến' || w === 'tới';
      if (!isConn || !tk.isNum(c + 1)) break;
      const end = this.gluedRunEnd(c + 1);
      // `Đến ngày 30/10, 6 trên 10 người bị hại …`: a proportion, not the next date of a list
      if ((this.word(end + 1) === 'trên' || this.word(end + 1) === 'trong') && tk.isNum(end + 2)) break;
      // `năm học 2024 - 2025, 3/4 số trường …`: a proportion of a counted noun, not the next date of the list
      if (tk.isPunct(c + 2, '/') && readUnit(tk, end + 1, { dropSo: true, strongOnly: true })) break;
      // `iPhone 15 và 6,5 triệu đồng`: an amount with its magnitude word is not the next name in the list
      if (tk.isWord(end + 1) && magnitudeOf(tk.lower(end + 1)) !== undefined && !this.magnitudeCompound(end + 1)) break;
      const unit = readUnit(tk, end + 1);
      if (unit) {
        // `Huy hiệu 30, 40, 50 năm tuổi Đảng`: the last item of a list of names takes the noun
        if (guard >= 1 && tk.isPunct(c, ',')) j = unit.last;
        break;
      }
      j = end;
    }
    return j;
  }

  /** `-5K`, `đến 20K` after token `k`: the second end of a range written in thousands. */
  private thousandsRangeAfter(k: number): boolean {
    const tk = this.tk;
    const to = k + 1;
    const y = tk.isDash(to) || this.word(to) === 'đến' || this.word(to) === 'tới' ? to + 1 : -1;
    return y > 0 && tk.isNum(y) && !!tk.glued[y + 1] && (tk.raw(y + 1) === 'K' || tk.raw(y + 1) === 'k');
  }

  /** `vàng 9999`, `nhẫn trơn 9999`: the metal within three words before a purity mark. */
  private purityContext(first: number): boolean {
    for (let k = first - 1; k >= 0 && k >= first - 3 && this.tk.isWord(k); k--) if (PURITY_BEFORE.has(this.tk.lower(k))) return true;
    return false;
  }

  /**
   * After a name's number (`số 9`, `vòng 2`, `Tổ công tác 141`), a noun that
   * carries the name on rather than counting: a capitalised one naming the
   * parent (`Tổ công tác 141 Công an TP Hà Nội`), or `người`/`giải` before a
   * capitalised word (`tiền đạo số 9 người Brazil`, `vòng 2 giải Challenger`).
   */
  private nameGoesOn(unit: UnitHit): boolean {
    const tk = this.tk;
    // (a known acronym counts: `kém Việt Nam 28 HCV`)
    const acronym = unit.strong && tk.raw(unit.first) === tk.raw(unit.first).toUpperCase();
    if (unit.source === 'noun' && tk.isCapitalized(unit.first) && !acronym) return true;
    return (unit.unit === 'người' || unit.unit === 'giải') && tk.isCapitalized(unit.last + 1);
  }

  /**
   * A proportion after the number: `6 trên 10 người`, `12 trong số 45 người`,
   * `1 trong 5 người` (bare `trong` is "in/within", so only before a whole of
   * people), or, after a counted noun, a rate per a round number of people
   * (`8,5 bác sĩ trên 10.000 dân`, `182 ca/100.000 dân`). Returns the token
   * after the figure it emits, or undefined.
   */
  private proportionAfter(q: Quantity, unit: UnitHit | undefined, ctx: Context): number | undefined {
    const tk = this.tk;
    if (unit) {
      if (!unit.strong || q.unit) return undefined;
      const rate = this.perRoundNumber(unit.last + 1, unit.kind);
      return rate ? this.emitProportion(q, ctx, rate.last, unit.unit, rate.per) : undefined;
    }
    const w1 = this.word(q.last + 1);
    if (ctx.soft || (w1 !== 'trên' && w1 !== 'trong')) return undefined;
    const { among, tok: wholeTok } = this.wholeAfter(q.last + 1);
    if (!tk.isNum(wholeTok)) return undefined;
    const m = this.readDigits(wholeTok, false);
    if (m.kind !== 'q' || m.q.unit || m.q.hasMag || !(m.q.value >= q.value && m.q.value > 0)) return undefined;
    const u = readUnit(tk, m.q.last + 1, { dropSo: true });
    // `1 trong 5 người`, `11 trong 19 tuyến đường`: bare `trong` takes a whole of people or things counted
    // (not of days: `trong 10 ngày` is "within"); `1 trong 5 tỉnh dẫn đầu` is a rank (src/lib/figures/not-figures.ts)
    // (a noun the lexicon lacks counts too: `1 trong 4 chi đoàn khu phố`)
    const counted = u && u.first === m.q.last + 1 && u.source === 'noun' && (u.kind === 'people' || u.kind === 'count');
    if (w1 === 'trong' && !among && !(counted && m.q.value > q.value && Number.isInteger(q.value) && !closesRank(tk, u.last + 1))) return undefined;
    return this.emitProportion(q, ctx, u ? u.last : m.q.last, u ? u.unit : '', m.q.value);
  }

  /**
   * After `trên` or `trong` at token `k`: the token the whole starts at, and whether it is a whole "among" which
   * (`trong số 47 cơ sở`, `trong tổng số 102 dự án`) rather than bare `trong`/`trên`.
   */
  private wholeAfter(k: number): { among: boolean; tok: number } {
    if (this.word(k) === 'trong' && this.word(k + 1) === 'số') return { among: true, tok: k + 2 };
    if (this.word(k) === 'trong' && this.word(k + 1) === 'tổng' && this.word(k + 2) === 'số') return { among: true, tok: k + 3 };
    return { among: false, tok: k + 1 };
  }

  /** Emits `q` out of `whole` as a proportion ending at token `last` (a method, not a closure made per call: hot). */
  private emitProportion(q: Quantity, ctx: Context, last: number, noun: string, whole: number): number {
    const first = ctx.qualFirst >= 0 ? ctx.qualFirst : q.first;
    return this.emit(first, last, { kind: 'ratio', unit: noun, numerator: q.value, denominator: whole, value: q.value / whole, qualifier: ctx.qualifier }, { mag: 1, hasMag: false, fromWord: false });
  }

  /**
   * `trên 10.000 dân`, `trên 100.000 người` right after a counted noun: the
   * denominator of a rate (a power of ten, then a noun for people). `25 triệu
   * hành khách trên 150 đường bay` is "on", and stays two figures. Fuel or
   * power used per distance is written the same way (`4,6 lít/100 km`).
   */
  private perRoundNumber(k: number, kind: Kind): { per: number; last: number } | undefined {
    const tk = this.tk;
    const slash = tk.isPunct(k, '/') && tk.glued[k] === 1;
    if ((this.word(k) !== 'trên' && !slash) || !tk.isNum(k + 1)) return undefined;
    let per: number;
    let end: number;
    if (slash) {
      // `ca/100.000 dân`: the whole as written (reading it as a quantity would take the slash for a fraction)
      const lit = parseDigitLiteral(tk.raw(k + 1));
      if (!lit) return undefined;
      per = lit.value;
      end = k + 1;
    } else {
      const r = this.readDigits(k + 1, false);
      if (r.kind !== 'q' || r.q.unit) return undefined;
      this.readMagnitudes(r.q);
      per = r.q.value;
      end = r.q.last;
    }
    if (!(per >= 10) || 10 ** Math.round(Math.log10(per)) !== per) return undefined;
    const noun = readUnit(tk, end + 1);
    if (!noun || noun.first !== end + 1) return undefined;
    // `4,6 lít/100 km`, `80 mg/100 ml máu`: used or found per a round amount of something measured
    const perDistance = slash && ((noun.kind === 'length' && (kind === 'volume' || kind === 'energy')) || (noun.kind === 'volume' && kind === 'mass'));
    if (noun.kind !== 'people' && !perDistance) return undefined;
    return { per, last: noun.last };
  }

  /**
   * `nội dung 1.500 m, 5.000 m và 10.000 m`: after a name's number comes its
   * measure, and the same measure listed after it names the next ones too.
   * Returns the last token of the list (`last` when no measure follows).
   */
  private skipMeasureList(last: number): number {
    const tk = this.tk;
    const first = readUnit(tk, last + 1);
    if (!first || first.source !== 'measure' || first.first !== last + 1) return last;
    let j = first.last;
    for (let guard = 0; guard < 20; guard++) {
      const c = j + 1;
      const w = tk.isWord(c) ? tk.lower(c) : '';
      if (!(tk.isPunct(c, ',') || w === 'và' || w === 'hoặc') || !tk.isNum(c + 1)) break;
      const end = this.gluedRunEnd(c + 1);
      const unit = readUnit(tk, end + 1);
      if (!unit || unit.unit !== first.unit || unit.first !== end + 1) break;
      j = unit.last;
    }
    return j;
  }

  // ---------------------------------------------------------------- numbers

  /** `+1,02%`: a signed change in percent, not a `+84` phone prefix. */
  private isSignedPercent(k: number): boolean {
    return this.tk.isPunct(k + 1, '%') && this.tk.glued[k + 1] === 1;
  }

  /** `59-X2 345.67`, `29A 123.45`: the digits after a plate's province-and-series head. */
  private isPlateTail(q: Quantity): boolean {
    const tk = this.tk;
    // `ddd.dd` is six characters: test the length before building the token's text for the regex.
    if ((!tk.dirty[q.numTok] && tk.end[q.numTok]! - tk.start[q.numTok]! !== 6) || !/^\d{3}\.\d{2}$/.test(tk.raw(q.numTok)) || q.first === 0) return false;
    let j = q.first - 1;
    let head = '';
    for (let guard = 0; guard < 5 && j >= 0; guard++, j--) {
      if (tk.type[j] !== WORD && tk.type[j] !== NUM && !tk.isDash(j)) return false;
      head = tk.raw(j) + head;
      if (!tk.glued[j]) break;
    }
    return /^\d{2}-?[A-Z]{1,2}\d?$/.test(head);
  }

  private readDigits(k: number, allowPrefix: boolean, rangeEnd = false): DigitRead {
    const tk = this.tk;
    // glued on the left: F0, BN1234, Covid-19, #5, +84
    if (tk.glued[k] && k > 0 && !rangeEnd) {
      const pt = tk.type[k - 1];
      if (pt === WORD && !this.isMissingSpace(k - 1)) return { kind: 'skip', last: this.gluedRunEnd(k) };
      if (pt === PUNCT) {
        const ch = tk.raw(k - 1);
        if (((ch === '-' || ch === '–' || ch === '.' || ch === '/' || ch === '_') && tk.glued[k - 1] && (tk.isWord(k - 2) || tk.isNum(k - 2))) || ch === '#' || ch === '№' || (ch === '+' && !this.isSignedPercent(k)) || ch === '@') {
          let last = this.gluedRunEnd(k);
          // `+855 23 726 274`: a country code, then the number's groups of digits
          // (`+95 9 450 042 563`: a mobile prefix of one digit among them)
          if (ch === '+') while (tk.isNum(last + 1) && !tk.glued[last + 1] && /^\d{1,4}$/.test(tk.raw(last + 1))) last = this.gluedRunEnd(last + 1);
          return { kind: 'skip', last };
        }
      }
    }
    const lit = parseDigitLiteral(tk.raw(k));
    // `4.0`, `2.0` (cách mạng 4.0, Web 2.0): a version, never a Vietnamese decimal
    if (lit && lit.hasDecimal && lit.value === Math.trunc(lit.value) && /^\d+\.0$/.test(tk.raw(k))) return { kind: 'skip', last: this.gluedRunEnd(k) };
    if (!lit || lit.leadingZero) {
      // codes and phone numbers: swallow the glued run and following digit groups
      let last = this.gluedRunEnd(k);
      while (tk.isNum(last + 1) && !tk.glued[last + 1] && /^\d{2,4}$/.test(tk.raw(last + 1))) last = this.gluedRunEnd(last + 1);
      return { kind: 'skip', last };
    }
    let first = k;
    let prefix: string | undefined;
    if (allowPrefix && k - 1 > this.floor) {
      const p = k - 1;
      const pr = tk.type[p] === PUNCT ? tk.raw(p) : tk.type[p] === WORD && !tk.glued[k] ? tk.lower(p) : '';
      const cur = pr ? currencyPrefixOf(pr) : undefined;
      if (cur) {
        prefix = cur;
        first = p;
        if (pr === '$' && tk.glued[p] && tk.isWord(p - 1) && tk.raw(p - 1) === 'US' && p - 1 > this.floor) first = p - 1;
      }
    }
    let last = k;
    let value = lit.value;
    let mag = 1;
    let hasMag = false;
    let unit: UnitHit | undefined;
    let missingSpace = false;
    let shorthand = false;
    const nt = k + 1;
    if (nt < tk.n && tk.glued[nt]) {
      const t = tk.type[nt];
      if (t === WORD) {
        const w = tk.raw(nt);
        const m = magnitudeSuffixOf(w);
        if (m !== undefined) {
          shorthand = w === 'K' || w === 'k' || w === 'M' || w === 'tr';
          // `5K` (the anti-Covid slogan), `4K` (video): a single digit with K is a name
          // … but `5K/kg`, `quán chỉ thu 5K` and either end of a range in thousands (`4K-5K/kg`, `từ 5K đến 20K`) are prices
          if ((w === 'K' || w === 'k') && lit.value < 10 && !lit.hasDecimal && !tk.isPunct(nt + 1, '/') && !PRICE_VERBS.has(this.word(k - 1)) && !this.thousandsRangeAfter(nt) && !rangeEnd) return { kind: 'skip', last: this.gluedRunEnd(k) };
          // `vàng 18K`, `vàng trang sức 24K`: karats of gold, not thousands
          if ((w === 'K' || w === 'k') && KARATS.has(lit.value) && !lit.hasDecimal && this.purityContext(k)) return { kind: 'skip', last: this.gluedRunEnd(k) };
          mag = m;
          hasMag = true;
          value = scaleBy(value, m);
          last = nt;
        } else if ((w === 'h' || w === 'g' || w === 'H') && tk.isNum(nt + 1) && tk.glued[nt + 1]) {
          // clock time 14h30, 8g15
          return { kind: 'skip', last: this.gluedRunEnd(k) };
        } else if (GLUED_UNIT_FORMS.has(w) || measureOf(w.toLowerCase()) !== undefined || currencyOf(w.toLowerCase()) !== undefined) {
          const lw = w.toLowerCase();
          const sup = tk.glued[nt + 1] ? tk.raw(nt + 1) : '';
          if ((lw === 'm' || lw === 'km' || lw === 'cm') && (sup === '2' || sup === '3' || sup === '²' || sup === '³')) {
            const u = lw + (sup === '²' ? '2' : sup === '³' ? '3' : sup);
            const info = MEASURE_FORMS[u]!;
            unit = { unit: info.unit, kind: info.kind, first: nt, last: nt + 1, strong: true, source: 'measure' };
          } else if (lw === 'l') {
            unit = { unit: 'lít', kind: 'volume', first: nt, last: nt, strong: true, source: 'measure' };
          } else if (lw === 'h') {
            unit = { unit: 'h', kind: 'duration', first: nt, last: nt, strong: true, source: 'measure' };
          } else {
            const cur = currencyOf(lw);
            const m = measureOf(lw);
            // glued symbols keep their case: `5G` is not five grams, `5KG`/`5kg` both are kilograms
            const measure = m && (GLUED_UNIT_FORMS.has(w) || w === lw || w === m.unit || w === w.toUpperCase() && m.unit.length > 1) ? m : undefined;
            const info = cur ? { unit: cur, kind: 'money' as Kind } : measure;
            if (!info) return { kind: 'skip', last: this.gluedRunEnd(k) };
            unit = { unit: info.unit, kind: info.kind, first: nt, last: nt, strong: true, source: cur ? 'currency' : 'measure' };
          }
          last = unit.last;
        } else if (this.isMissingSpace(nt)) {
          // `48.676hội viên`: read on as if spaced
          missingSpace = true;
        } else {
          return { kind: 'skip', last: this.gluedRunEnd(k) };
        }
        // anything still glued after a suffix makes it a code (`5kg2`), except punctuation
        if (!missingSpace && last + 1 < tk.n && tk.glued[last + 1] && (tk.type[last + 1] === WORD || tk.type[last + 1] === NUM)) {
          return { kind: 'skip', last: this.gluedRunEnd(k) };
        }
        // `46K-275.32`, `30A.123`: a licence plate or code; `15K-25K` repeats its suffix and is a range
        const after = last + 1;
        // (`45K-55K/kg`: a per-part may follow the second end; `500K-1M`: the second end may be in millions)
        const sameSuffix = shorthand && tk.isPunct(after, '-') && tk.glued[after + 2] && tk.isWord(after + 2) && SHORTHAND_SUFFIXES.has(tk.raw(after + 2)) && (this.gluedRunEnd(after + 1) === after + 2 || tk.isPunct(after + 3, '/'));
        if (!missingSpace && !sameSuffix && tk.glued[after] && (tk.isPunct(after, '-') || tk.isPunct(after, '.')) && tk.isNum(after + 1) && tk.glued[after + 1]) {
          return { kind: 'skip', last: this.gluedRunEnd(k) };
        }
      } else if (t === PUNCT) {
        const ch = tk.raw(nt);
        if (ch === '/' && tk.isNum(nt + 1) && tk.glued[nt + 1]) {
          const end = this.gluedRunEnd(k);
          const b = parseDigitLiteral(tk.raw(nt + 1));
          if (end !== nt + 1 || !b || b.leadingZero && b.intDigits > 2) return { kind: 'skip', last: end };
          return { kind: 'slash', a: lit, b, aTok: k, last: nt + 1 };
        }
        if (ch === ':' && tk.isNum(nt + 1) && tk.glued[nt + 1]) return { kind: 'skip', last: this.gluedRunEnd(k) };
        if ((ch === '-' || ch === '–' || ch === '.') && tk.isNum(nt + 1) && tk.glued[nt + 1]) {
          const end = this.gluedRunEnd(k);
          const bRaw = tk.raw(nt + 1);
          const b = parseDigitLiteral(bRaw);
          // 2022-01, 2021-01-01, 1-2-3, 29-123: codes and dates
          // after the second number only a unit may be glued (`200-220km/giờ`, `8-10m2`)
          // (… or a per-part: `USD 135-140/tấn`)
          const perPart = tk.isPunct(nt + 2, '/') && tk.isWord(nt + 3) && tk.glued[nt + 3];
          if (end > nt + 1 && !this.unitGluedAt(nt + 2) && !perPart) return { kind: 'skip', last: end };
          if (!b || b.leadingZero) return { kind: 'skip', last: end };
          if (isYearLike(lit, lit.value) && (isYearLike(b, b.value) || (!b.hasSeparator && b.intDigits === 2))) return { kind: 'skip', last: end };
          if (ch === '.') return { kind: 'skip', last: end };
        }
        if ((ch === '-' || ch === '–') && tk.isWord(nt + 1) && tk.glued[nt + 1]) {
          // `6,5-inch` is a measure; `5-sao`, `3-D` are compound names
          const info = measureOf(tk.lower(nt + 1));
          if (!info || (tk.glued[nt + 2] && (tk.isWord(nt + 2) || tk.isNum(nt + 2)))) return { kind: 'skip', last: this.gluedRunEnd(k) };
          unit = { unit: info.unit, kind: info.kind, first: nt, last: nt + 1, strong: true, source: 'measure' };
          last = nt + 1;
        }
        if (ch === '%') {
          unit = { unit: '%', kind: 'percent', first: nt, last: nt, strong: true, source: 'measure' };
          last = nt;
        } else if (ch === '$' || ch === '€' || ch === '£') {
          const cur = CURRENCY_FORMS[ch]!;
          unit = { unit: cur, kind: 'money', first: nt, last: nt, strong: true, source: 'currency' };
          last = nt;
        }
      }
    }
    if (unit) {
      // glued units take their per-part too: `8,25%/năm`, `5.000đ/kg`, `90km/giờ`
      unit = readRate(tk, unit);
      last = Math.max(last, unit.last);
    }
    // a currency written first keeps a per-part written after the number: `£6,5/kg`, `$3/gallon`
    if (prefix) unit = readRate(tk, { unit: prefix, kind: 'money', first, last, strong: true, source: 'currency' });
    const q: Quantity = { first, numTok: k, last, base: lit.value, value, mag, hasMag, lit, spelled: false, unit };
    if (shorthand) q.shorthand = true;
    return { kind: 'q', q };
  }

  /** True when token k, glued to a number before it, is a unit or magnitude (`km`, `m2`, `tỷ`, `%`). */
  private unitGluedAt(k: number): boolean {
    const tk = this.tk;
    if (tk.isPunct(k, '%')) return true;
    if (!tk.isWord(k)) return false;
    const w = tk.raw(k);
    const lw = w.toLowerCase();
    return GLUED_UNIT_FORMS.has(w) || measureOf(lw) !== undefined || currencyOf(lw) !== undefined || magnitudeSuffixOf(w) !== undefined;
  }

  /** A lower-case Vietnamese word glued to digits is a missing space (`đạt139.744`), not a code. */
  private isMissingSpace(k: number): boolean {
    const tk = this.tk;
    if (!tk.isWord(k)) return false;
    const r = tk.raw(k);
    if (r.length < 2 || r !== r.toLowerCase() || !/[^\x00-\x7f]/.test(r)) return false;
    return !IDENTIFIER_BEFORE.has(r) && measureOf(r) === undefined && currencyOf(r) === undefined && magnitudeOf(r) === undefined;
  }

  /**
   * `10,8 triệuđồng`, `2tỷđồng`: a magnitude and its currency written as one word (a slip of the keyboard that news
   * sites leave in): read as `10,8 triệu đồng`, the word being both, and a rate after it (`63,2 triệuđồng/người/năm`).
   */
  private gluedMagnitudeCurrency(q: Quantity, k: number): boolean {
    const tk = this.tk;
    const m = GLUED_MAGNITUDE_CURRENCY.exec(tk.lower(k));
    if (!m) return false;
    const mag = magnitudeOf(m[1]!)!;
    const currency = currencyOf(m[2]!)!;
    q.mag = mag;
    q.hasMag = true;
    q.value = scaleBy(q.base, mag);
    q.last = k;
    q.unit = readRate(tk, { unit: currency, kind: 'money', first: k, last: k, strong: true, source: 'currency' });
    return true;
  }

  /** Reads magnitude words after the number (`tỷ`, `nghìn tỷ`, `triệu rưỡi`) and a `2 tỷ 500 triệu` tail. */
  private readMagnitudes(q: Quantity): void {
    const tk = this.tk;
    if (q.hasMag) return;
    if (q.unit && q.unit.source !== 'currency') return;
    if (q.unit && q.unit.first > q.numTok) return;
    let k = q.last + 1;
    let mag = 0;
    let lastM = 0;
    while (k < tk.n && tk.type[k] === WORD) {
      const m = magnitudeOf(tk.lower(k));
      if (m === undefined && mag === 0 && this.gluedMagnitudeCurrency(q, k)) return;
      if (m === undefined || this.magnitudeCompound(k)) break;
      if (mag === 0) mag = m;
      // `10 triệu tỷ tỷ năm`: a billion billions, as popular science writes 10^25
      else if (m > lastM || (m === lastM && m === 1e9)) mag *= m;
      else break;
      lastM = m;
      k++;
    }
    if (mag === 0) return;
    q.mag = mag;
    q.hasMag = true;
    q.value = scaleBy(q.base, mag);
    q.last = k - 1;
    if (tk.isWord(k) && tk.lower(k) === 'rưỡi' && Number.isInteger(q.base)) {
      q.value += mag / 2;
      q.last = k;
      return;
    }
    // `2 tỷ 500 triệu`: a smaller group after the magnitude adds to it
    for (let guard = 0; guard < 4; guard++) {
      const n = q.last + 1;
      if (!tk.isNum(n) || tk.glued[n]) break;
      const lit = parseDigitLiteral(tk.raw(n));
      if (!lit || lit.hasSeparator || lit.leadingZero || lit.value >= 1000) break;
      const m = tk.isWord(n + 1) ? magnitudeOf(tk.lower(n + 1)) : undefined;
      if (m === undefined || m >= lastM || m < 1000) break;
      q.value += lit.value * m;
      lastM = m;
      q.last = n + 1;
    }
  }

  /**
   * `nhiều năm 2 - 3 g/l`, `có lúc 2 - 3 bệnh nhân`: a spaced range of small
   * numbers with a measure or a counted noun after it is a quantity, even
   * after a word that usually takes a year, a day or an hour (`năm 2`, `lúc 2`).
   */
  private measuredRangeAhead(first: number): boolean {
    const tk = this.tk;
    if (!tk.isDash(first + 1) || !tk.isNum(first + 2)) return false;
    if (!/^\d{1,3}$/.test(tk.raw(first)) || !/^\d{1,3}$/.test(tk.raw(first + 2))) return false;
    const unit = readUnit(tk, first + 3);
    return !!unit && unit.first === first + 3 && unit.strong && unit.kind !== 'duration';
  }

  /** `xuống (còn) 1,5`, `lên (tới) 3`: a change to another amount starts at k. */
  private changesTo(k: number): boolean {
    let j = k;
    const w = this.word(j);
    // `giảm từ 3 giờ còn 1 giờ 20 phút`: `còn` alone says it too
    if (w !== 'xuống' && w !== 'lên' && w !== 'còn') return false;
    j++;
    if (w !== 'còn' && (this.word(j) === 'còn' || this.word(j) === 'tới' || this.word(j) === 'đến' || this.word(j) === 'mức')) j++;
    // `từ 3 giờ xuống dưới 1 giờ`
    if (this.word(j) === 'khoảng' || this.word(j) === 'gần' || this.word(j) === 'hơn' || this.word(j) === 'dưới' || this.word(j) === 'trên') j++;
    return this.tk.isNum(j);
  }

  /** `tỷ phú`, `tỷ lệ`: the magnitude word at k starts a noun. */
  private magnitudeCompound(k: number): boolean {
    const tk = this.tk;
    if (!tk.isWord(k + 1) || !MAGNITUDE_COMPOUNDS.has(`${tk.lower(k)} ${tk.lower(k + 1)}`)) return false;
    // `ba trăm năm mươi kg`, `một nghìn năm trăm người`: `năm` is "five" when the number goes on after it
    return !(tk.lower(k + 1) === 'năm' && tk.isWord(k + 2) && NUMBER_GOES_ON.has(tk.lower(k + 2)));
  }

  /** Qualifier phrase ending at token p (longest first). */
  private qualifierEndingAt(p: number, digits: boolean): { qualifier: Qualifier; first: number } | undefined {
    const tk = this.tk;
    if (!tk.isWord(p) || !QUALIFIER_LAST_WORDS.has(tk.lower(p))) return undefined;
    for (let len = MAX_QUALIFIER_WORDS; len >= 1; len--) {
      const first = p - len + 1;
      if (first <= this.floor || first < 0) continue;
      let key = '';
      let ok = true;
      for (let k = first; k <= p; k++) {
        if (!tk.isWord(k) || (k > first && tk.glued[k])) {
          ok = false;
          break;
        }
        key += (k > first ? ' ' : '') + tk.lower(k);
      }
      if (!ok) continue;
      const q = QUALIFIERS.get(key);
      if (!q) continue;
      if (key === 'hàng' && digits) continue;
      // `cao hơn 5% so với…` states a difference, not a lower bound
      if (key === 'hơn' && COMPARATIVE_ADJECTIVES.has(this.word(first - 1)) && this.comparedWith(p + 1)) continue;
      return { qualifier: q, first };
    }
    return undefined;
  }

  /** True when `so với` follows the number that starts at token k (within a few tokens). */
  private comparedWith(k: number): boolean {
    const tk = this.tk;
    for (let j = k; j < k + 8 && j < tk.n; j++) {
      if (tk.type[j] === NL || (tk.type[j] === PUNCT && /^[.;!?]$/.test(tk.raw(j)))) return false;
      if (tk.isWord(j) && tk.lower(j) === 'so' && tk.isWord(j + 1) && tk.lower(j + 1) === 'với') return true;
    }
    return false;
  }

  private leftContext(first: number, value: number, plainInt: boolean, digits: boolean): Context {
    const tk = this.tk;
    const ctx: Context = { qualifier: 'exact', qualFirst: -1, from: -1, between: -1, hard: false, soft: false };
    let p = first - 1;
    if (p < 0 || tk.type[p] !== WORD) return this.nonWordLeft(first, ctx);
    const w = tk.lower(p);
    if (w === 'từ' && p > this.floor) {
      ctx.from = p;
      p--;
    } else if (w === 'giữa' && p > this.floor) {
      ctx.between = p;
      p--;
    }
    let matched = ctx.from >= 0 || ctx.between >= 0;
    for (let chain = 0; chain < 3; chain++) {
      const q = this.qualifierEndingAt(p, digits);
      if (!q) break;
      if (ctx.qualFirst < 0) ctx.qualifier = q.qualifier;
      ctx.qualFirst = q.first;
      p = q.first - 1;
      matched = true;
    }
    if (ctx.from < 0 && ctx.between < 0 && ctx.qualFirst >= 0 && this.word(p) === 'từ') ctx.from = p;
    if (matched) return ctx;
    // the number comes right after a word: is it the name of something?
    const w1 = w;
    const w0 = tk.isWord(p - 1) && !tk.glued[p] ? tk.lower(p - 1) : '';
    const two = TWO_WORD_TAILS.has(w1) ? `${w0} ${w1}` : '';
    if (NOT_IDENTIFIER_2.has(two)) return ctx;
    // a two-word phrase decides before its last word alone (`xếp hạng 14 di tích` counts, `hạng 3` names)
    if (IDENTIFIER_BEFORE_2.has(two) || (two === 'xếp hạng' && this.word(p - 2) === 'bảng')) ctx.hard = true;
    else if (IDENTIFIER_SOFT_2.has(two)) ctx.soft = true;
    else if (IDENTIFIER_BEFORE.has(w1) && this.namesWith(p, w0, w1, first)) ctx.hard = true;
    else if (SOFT_3_TAILS.has(w1) && tk.isWord(p - 2) && IDENTIFIER_SOFT_3.has(`${tk.lower(p - 2)} ${w0} ${w1}`)) ctx.soft = true;
    else if (w1 === 'số') {
      // `tờ bản đồ số 18`, `thửa số 215`: `số` after a naming noun numbers that thing
      // … and after a capitalised name (`Công ty Xây dựng số 9`)
      const named = (tk.isWord(p - 1) && tk.hasUpper(p - 1) && !this.isSentenceStart(p - 1)) || (tk.isWord(p - 2) && tk.isCapitalized(p - 2) && !this.isSentenceStart(p - 2));
      // … and the next of a list of them (`bến số 1 và số 2 cảng Lạch Huyện`)
      const nextOfList = (w0 === 'và' || w0 === 'hoặc' || tk.isPunct(p - 1, ',')) && tk.isNum(p - 2) && tk.isWord(p - 3) && tk.lower(p - 3) === 'số';
      if (IDENTIFIER_BEFORE.has(w0) || NUMBERED_BY_SO.has(w0) || named || nextOfList) ctx.hard = true;
      else if (w0 !== 'tổng' && w0 !== 'con') ctx.soft = true;
    } else if (IDENTIFIER_SOFT.has(w1)) ctx.soft = true;
    const maxDate = DATE_BEFORE.get(w1);
    // (`đi tuần 2 buổi`: the verb "to patrol", not week 2)
    // (`thanh niên 18 xã`: youth of 18 communes; `thường niên 2024` names a year)
    if (maxDate !== undefined && plainInt && value <= maxDate && !PERIODIC_BEFORE_DATE_WORD.has(w0) && !(w1 === 'tuần' && w0 === 'đi') && !(w1 === 'niên' && value < 1000) && !this.percentAhead(first) && !this.measuredRangeAhead(first)) ctx.hard = true;
    // a capitalised word or an acronym right before the number names it (`iPhone 12`, `RON 95`, `BN 1234`)
    if (!ctx.hard && tk.hasUpper(p) && currencyPrefixOf(w1) === undefined) {
      const r = tk.raw(p);
      const acronym = r.length >= 2 && r === r.toUpperCase();
      if (acronym || !this.isSentenceStart(p)) ctx.soft = true;
    }
    // the tail of a capitalised name (`Quân y 175`, `Vành đai 3`, `Khoa học 6`)
    // (`Công ty … Phát triển 3`, `Đầu tư 2`: a company's words, though `triển` and `tư` alone end a noun)
    if (!ctx.hard && !ctx.soft && !tk.hasUpper(p) && tk.isWord(p - 1) && !tk.glued[p] && tk.isCapitalized(p - 1) && !this.isSentenceStart(p - 1)) {
      if (COMPANY_NAME_PAIRS.has(`${w0} ${w1}`)) ctx.nameTail = ctx.companyTail = true;
      else if (!NP_STOP.has(w1)) ctx.nameTail = true;
    }
    return ctx;
  }

  /**
   * Whether `w1` (token `p`, a word of IDENTIFIER_BEFORE, `w0` before it) names the number starting at `first`, or is
   * used otherwise here.
   */
  private namesWith(p: number, w0: string, w1: string, first: number): boolean {
    const tk = this.tk;
    if (this.isDispatchVerb(p)) return false;
    // `mỗi bảng 4 đội`, `từng phòng 3 người`: after `mỗi` the noun is counted per item, it names nothing (`mỗi thứ 2`
    // is a weekday); `Một lô 240 xe điện`: one lot of them, not lot 240
    if ((w0 === 'mỗi' || w0 === 'từng' || (w0 === 'một' && w1 === 'lô')) && w1 !== 'thứ') return false;
    // `lô 20 xe mới`, `Lô 500 bộ thiệp cưới`: a lot of goods counted by a known noun, not lot 20
    // (`lô 16 KCN Tân Tạo`: a place's lot, named by an acronym)
    if (w1 === 'lô') {
      const goods = this.gluedRunEnd(first) + 1;
      if (!tk.hasUpper(goods) && this.countedNounAt(goods)) return false;
    }
    // `2 block 18 tầng`: the blocks are counted, then their storeys
    if (w1 === 'block' && tk.isNum(p - 1)) return false;
    // `lúc 42 hộ dân đi sơ tán`: while, not at 42 o'clock; `có lúc 2 - 3 bệnh nhân`: at times, not at two o'clock
    if (w1 === 'lúc' && (this.countedNounAt(this.gluedRunEnd(first) + 1) || this.measuredRangeAhead(first))) return false;
    // `Hải Phòng 3.000 căn`: a place's name, not room 3.000
    return !(tk.isCapitalized(p) && tk.isWord(p - 1) && tk.isCapitalized(p - 1) && !this.isSentenceStart(p - 1));
  }

  /**
   * `Luật` or `Bộ luật` opening a name within eight words before token `first`, with only the words of a name between
   * (`và` joins two of them; a verb or a function word ends the search: `Luật sư cho biết có 2000 người`).
   */
  private lawNamedBefore(first: number): boolean {
    const tk = this.tk;
    for (let j = first - 1; j >= 0 && j >= first - 8 && tk.isWord(j) && !tk.isNum(j); j--) {
      const w = tk.lower(j);
      if (w !== 'và' && NP_STOP.has(w)) return false;
      if ((tk.raw(j) === 'Luật' && tk.lower(j + 1) !== 'sư') || (w === 'luật' && tk.raw(j - 1) === 'Bộ')) return true;
    }
    return false;
  }

  /** A volume's number or letter at token `k` (`tập 2`, `tập A`, `tập một`), right after `tập`. */
  private volumeNumberAt(k: number): boolean {
    const tk = this.tk;
    if (k >= tk.n || tk.glued[k]) return false;
    if (tk.isNum(k)) return /^\d{1,2}$/.test(tk.raw(k));
    return tk.isWord(k) && (/^[A-Z]$/.test(tk.raw(k)) || SPELLED_START_WORDS.has(tk.raw(k)));
  }

  /** A known counted noun of people or things at token `k` (`hộ dân`, `người`). */
  private countedNounAt(k: number): boolean {
    const u = readUnit(this.tk, k, { strongOnly: true });
    return !!u && u.source === 'noun' && (u.kind === 'people' || u.kind === 'count');
  }

  /**
   * `Công an điều 8 xe chữa cháy`: lower-case `điều` in mid-sentence is the
   * verb "to dispatch" when a counted noun follows the number; `Điều 8` and
   * `điều 8 Luật …` stay legal references.
   */
  private isDispatchVerb(p: number): boolean {
    const tk = this.tk;
    if (tk.raw(p) !== 'điều' || this.isSentenceStart(p) || !tk.isNum(p + 1)) return false;
    const u = readUnit(tk, this.gluedRunEnd(p + 1) + 1);
    // `điều 290 Bộ luật Hình sự` is a reference: the dispatched noun is lower-case
    return !!u && u.strong && u.source === 'noun' && (u.kind === 'count' || u.kind === 'people') && !tk.hasUpper(u.first);
  }

  /**
   * After a word that names things by number (`lần`, `lớp`, `phòng`), the number is an amount after all:
   * money after `lần` (`trợ cấp một lần 11,7 triệu đồng`), a decimal with a counted noun (`mỗi lớp 37,5 em`:
   * names have no decimals), a percent (`công suất phòng 95%`), or a place's size (`phòng 15-20 m2`).
   */
  private amountAfterNameWord(q: Quantity): boolean {
    const tk = this.tk;
    if (this.word(q.first - 1) === 'lần' && q.hasMag) return true;
    // `vé vào cổng EUR 15`: a currency written first makes it an amount, whatever noun comes before
    if (q.unit?.source === 'currency' && q.first < q.numTok && tk.isWord(q.first)) return true;
    const u = q.unit ?? readUnit(tk, q.last + 1); // read once for the tests below
    // `phạt CLB Hải Phòng 85 triệu đồng`: the naming word is the end of a place's name, and money follows
    const p = q.first - 1;
    if (q.hasMag && u?.kind === 'money' && tk.isCapitalized(p) && tk.isWord(p - 1) && tk.isCapitalized(p - 1) && !this.isSentenceStart(p - 1)) return true;
    // `Bí thư chi bộ thôn 1,2 triệu đồng`: a name's number has no decimals and no magnitude; an amount of money may
    if (q.lit?.hasDecimal && q.hasMag && u?.kind === 'money') return true;
    // `Tiền phòng 350 €`, `phí học kỳ 150 euro`, `tiền phòng 3 triệu đồng`: a currency after it (`đồng` only with a
    // magnitude: `lớp 12 đồng loạt` is a class and a word)
    if (u && u.source === 'currency' && u.first === q.last + 1 && (u.unit !== 'đồng' || q.hasMag)) return true;
    if (q.lit?.hasDecimal && !q.unit && u?.strong && u.source === 'noun') return true;
    return this.percentAhead(q.first) || isSizeAt(tk, q.first, q.last + 1, q.unit?.kind);
  }

  /** `nhiều năm 10-15%`, `năm 12%`, `năm 6 phần trăm`: a percent after the number (or after a range to it) is no date part. */
  private percentAhead(first: number): boolean {
    const tk = this.tk;
    if (tk.isPunct(first + 1, '%') || (this.word(first + 1) === 'phần' && this.word(first + 2) === 'trăm')) return true;
    return tk.isDash(first + 1) && tk.isNum(first + 2) && tk.isPunct(first + 3, '%');
  }

  /** Left context when the token before the number is not a word: list markers, brackets. */
  private nonWordLeft(first: number, ctx: Context): Context {
    const tk = this.tk;
    const p = first - 1;
    // `Covid - 19`, `các tổ: 25, 26`: a dash or colon between a naming word and the number
    if ((tk.isDash(p) || tk.isPunct(p, ':')) && tk.isWord(p - 1)) {
      const w1 = tk.lower(p - 1);
      const w0 = tk.isWord(p - 2) ? tk.lower(p - 2) : '';
      if (IDENTIFIER_BEFORE.has(w1) || IDENTIFIER_BEFORE_2.has(`${w0} ${w1}`)) ctx.hard = true;
    }
    // `bệnh nhân (BN) 2910`: an acronym in brackets names the number after it
    if (tk.isPunct(p, ')') && tk.isWord(p - 1) && tk.isPunct(p - 2, '(')) {
      const r = tk.raw(p - 1);
      if (r.length >= 2 && r === r.toUpperCase() && r !== r.toLowerCase()) ctx.soft = true;
    }
    return ctx;
  }

  // ---------------------------------------------------------------- figures

  private emit(first: number, last: number, fields: Omit<FigureDraft, 'text' | 'start' | 'end'>, extra: Omit<Found, 'draft' | 'firstTok' | 'lastTok'>): number {
    const tk = this.tk;
    const start = tk.start[first]!;
    const end = tk.end[last]!;
    const draft = { text: tk.text.slice(start, end), start, end, ...fields } as FigureDraft;
    this.found.push({ draft, firstTok: first, lastTok: last, mag: extra.mag, hasMag: extra.hasMag, fromWord: extra.fromWord });
    this.floor = Math.max(this.floor, last);
    return last + 1;
  }

  /** `N giờ` is a clock time when minutes or a time of day follow, or `lúc`/`vào`/`từ`/`đến` precede. */
  private isClockTime(q: Quantity, unit: UnitHit, ctx: Context): number | undefined {
    const tk = this.tk;
    if (unit.unit !== 'giờ' && unit.unit !== 'h') return undefined;
    // `khởi hành sau 22h`, `cất cánh sau 21 giờ,`: an hour past noon after `sau` is a clock time
    // (`đạt 10 triệu lượt xem sau 24 giờ phát hành` is how long it took: an event follows)
    const afterHour = unit.last + 1;
    // … and whatever follows when written `Nh` (`giảm 30% công suất đèn sau 23h và tắt …`): a length is `N giờ`
    // (and `trước`: `bán hết từ trước 22 giờ`, before ten at night; hours before are `22 giờ trước`)
    const sauTruoc = this.word(q.first - 1) === 'sau' || this.word(q.first - 1) === 'trước';
    // (`gây ồn ào sau 22 giờ tại khu dân cư`: a place or a conjunction after the hour, not an event)
    if (ctx.qualFirst < 0 && sauTruoc && q.value >= 13 && q.value <= 23 && Number.isInteger(q.value) && (unit.unit === 'h' || !tk.isWord(afterHour) || TIME_OF_DAY.has(this.word(afterHour)) || AFTER_A_CLOCK_HOUR.has(this.word(afterHour)))) return unit.last;
    // `tạm dừng từ 4 đến 6 giờ mỗi ngày`: hours a day, a length, when the first end is a bare number (`từ 7 giờ đến 22
    // giờ mỗi ngày` and `từ 19 đến 23 giờ hằng ngày` are opening hours)
    const bareRange = (this.word(q.first - 1) === 'đến' || tk.isDash(q.first - 1)) && tk.isNum(q.first - 2) && q.value <= 12;
    if (bareRange && /^(mỗi|hằng|hàng|một)$/.test(this.word(unit.last + 1)) && this.word(unit.last + 2) === 'ngày') return undefined;
    const n = unit.last + 1;
    if (tk.isNum(n)) {
      if (this.compoundDuration(q, unit, ctx)) return undefined;
      let last = this.gluedRunEnd(n);
      if (tk.isWord(last + 1) && /^(phút|p)$/.test(tk.lower(last + 1))) last++;
      // `lúc 19 giờ 15 phút 30 giây`: the seconds of the clock time too
      if (tk.isNum(last + 1) && this.word(last + 2) === 'giây') last += 2;
      return last;
    }
    if (tk.isWord(n) && TIME_OF_DAY.has(tk.lower(n))) return unit.last;
    const before = this.word(q.first - 1);
    // a clock has no 48th hour: `từ 48 giờ xuống 44 giờ/tuần` is a length of time
    if (q.value > 24 || !Number.isInteger(q.value)) return undefined;
    // `giảm từ 4 giờ xuống còn 1,5 giờ`: a length that changed, not from four o'clock; `từ 2 giờ trở lên`: at least
    if (before === 'từ' && (this.changesTo(unit.last + 1) || this.word(unit.last + 1) === 'trở')) return undefined;
    // `kéo dài từ 8h đến 17h30`: to a clock time with minutes, so from a clock time; also `kéo dài từ 7h đến 22h`,
    // to an hour past noon written `Nh` (a length runs `từ 3 đến 5 giờ`)
    const to = unit.last + 1;
    if ((this.word(to) === 'đến' || this.word(to) === 'tới' || tk.isDash(to)) && (this.clockWithMinutesAt(to + 1) || this.afternoonHourAt(to + 1))) return unit.last;
    // `các tàu trễ từ 3 đến 5 giờ`: a delay, not from three to five o'clock
    if (ctx.from >= 0 && DELAY_WORDS.has(this.word(ctx.from - 1))) return undefined;
    // `mất tới 2 giờ mới di chuyển được`: `tới` after a word of duration is "as much as"
    // (`thời lượng pin lên tới 18 giờ`: `lên tới`, "up to", says the same)
    const asMuchAs = (before === 'tới' || before === 'đến') && (DURATION_H_BEFORE.has(this.word(q.first - 2)) || this.word(q.first - 2) === 'lên');
    if (ctx.qualFirst < 0 && !asMuchAs && (before === 'lúc' || before === 'hồi' || before === 'vào' || before === 'từ' || before === 'đến' || before === 'tới')) return unit.last;
    // `Tại thời điểm 7 giờ, hồ đã tích được …`: the hour of a reading
    if (ctx.qualFirst < 0 && before === 'điểm' && this.word(q.first - 2) === 'thời') return unit.last;
    // `báo cáo … trước 17 giờ cùng ngày`: a deadline's hour
    if (ctx.qualFirst < 0 && before === 'trước' && /^(cùng|ngày|hôm|sáng|chiều|tối|đêm)$/.test(this.word(unit.last + 1))) return unit.last;
    if (ctx.qualFirst >= 0 && (this.word(ctx.qualFirst - 1) === 'lúc' || this.word(ctx.qualFirst - 1) === 'vào')) return unit.last;
    // `8h` is a time of day unless a duration word comes first (`trong 24h`, `sau 2h`)
    if (unit.unit === 'h') {
      const lead = this.tk.isWord(q.first - 1) ? this.tk.lower(q.first - 1) : '';
      const leadQ = ctx.qualFirst >= 0 && this.tk.isWord(ctx.qualFirst - 1) ? this.tk.lower(ctx.qualFirst - 1) : '';
      if (!DURATION_H_BEFORE.has(lead) && !DURATION_H_BEFORE.has(leadQ)) return unit.last;
    }
    return undefined;
  }

  private fromDigits(k: number): number {
    const tk = this.tk;
    const r = this.readDigits(k, true);
    if (r.kind === 'skip') return this.skip(r.last);
    if (r.kind === 'slash') return this.fromSlash(r);
    const q = r.q;
    // `1900.1038`: a hotline's prefix and its number, not a decimal
    // (`1900 888 866`, in spaced groups, is read as a phone number just below)
    if (!q.unit && /^(1800|1900)\.\d{4,}$/.test(tk.raw(q.numTok))) return this.skip(q.last);
    // `số báo danh (ví dụ 29012345)`: seven or more bare digits with no unit are a code; amounts that long are written with dots
    if (!q.unit && q.lit && !q.lit.hasSeparator && !q.lit.hasDecimal && q.lit.intDigits >= 7 && !q.hasMag && !readUnit(tk, q.last + 1)) return this.skip(q.last);
    // phone numbers and codes written in groups: `1900 1234`, `028 3823 4567`, and a hotline's rest in one (`1900 545454`)
    // (`1900 23 23 89`: a hotline's rest in pairs)
    const hotline = /^(1800|1900)$/.test(tk.raw(q.numTok));
    const firstGroup = hotline && tk.isNum(q.last + 2) && /^\d{2}$/.test(tk.raw(q.last + 2)) ? /^\d{2,6}$/ : hotline ? /^\d{3,6}$/ : /^\d{3,4}$/;
    if (!q.unit && q.lit && !q.lit.hasSeparator && q.lit.intDigits >= 3 && tk.isNum(q.last + 1) && firstGroup.test(tk.raw(q.last + 1))) {
      let last = this.gluedRunEnd(q.last + 1);
      while (tk.isNum(last + 1) && /^\d{2,4}$/.test(tk.raw(last + 1))) last = this.gluedRunEnd(last + 1);
      return this.skip(last);
    }
    this.readMagnitudes(q);
    const plainInt = !!q.lit && !q.lit.hasSeparator && !q.hasMag && !q.unit;
    const ctx = this.leftContext(q.first, q.base, plainInt, true);
    if (ctx.hard && !this.amountAfterNameWord(q)) return this.skip(Math.max(this.clockSecondsEnd(q.last), this.skipMeasureList(this.skipIdList(this.gluedRunEnd(q.last)))));
    if (this.isPlateTail(q)) return this.skip(q.last);
    // gold or silver purity: `vàng 9999`, `nhẫn 999`
    // (and the gold of lower grades right after `vàng`: `vàng 610`, `vàng 750`, `vàng 585`)
    const lowGold = /^(417|416|585|610|680|750|875|916)$/.test(tk.raw(q.numTok)) && this.word(q.first - 1) === 'vàng';
    if (plainInt && (/^9{3,4}$/.test(tk.raw(q.numTok)) || lowGold) && this.purityContext(q.first)) return this.skip(q.last);
    // year ranges `2016 - 2020`, `2016-2020`
    const yearLike = isYearLike(q.lit, q.base) && !q.unit && !q.hasMag;
    // `họa sĩ Nguyễn Phan Chánh (1892-1984)`: a life's years in brackets, before 1900 too
    if (!q.unit && !q.hasMag && tk.isPunct(q.first - 1, '(') && this.bracketedYears(q)) return this.skip(q.last + 2);
    if (yearLike) {
      const c = q.last + 1;
      if (tk.isDash(c) || this.word(c) === 'đến' || this.word(c) === 'tới' || this.word(c) === 'và') {
        const y = c + 1;
        if (tk.isNum(y)) {
          const lit = parseDigitLiteral(tk.raw(y));
          if (lit && (isYearLike(lit, lit.value) || (!lit.hasSeparator && lit.intDigits === 2 && tk.glued[y]))) return this.skip(this.skipIdList(y));
        }
      }
    }
    let unit = q.unit ?? readUnit(tk, q.last + 1, { strongOnly: yearLike }) ?? this.impliedDongRate(q);
    if (unit && !q.unit && unit.first !== q.last + 1) unit = undefined;
    // `phòng số 5 lần thứ 2`: `lần thứ` starts an ordinal, it is not the unit of the number before it
    // … and `năm thứ 8` (the eighth year), but `trong 1 ngày thứ Sáu` is a day of the week
    if (unit && (unit.unit === 'lần' || (PERIOD_PARTS.has(unit.unit) && tk.isNum(unit.last + 2))) && this.word(unit.last + 1) === 'thứ') unit = undefined;
    if (unit) {
      const clock = this.isClockTime(q, unit, ctx);
      if (clock !== undefined) return this.skip(this.skipIdList(clock));
      const notMeasure = this.unitNamesSomethingEnd(unit);
      if (notMeasure !== undefined) return this.skip(notMeasure);
      // `tháng 4`: a month name; but `kỳ hạn 24 tháng 4,9%/năm` goes on to a rate (a month has no decimals or percent)
      // … and `lãi 9 tháng 11.620 tỷ đồng`: a month is one or two digits, never written with a thousands dot
      if (unit.unit === 'tháng' && tk.isNum(unit.last + 1) && /^\d{1,2}$/.test(tk.raw(unit.last + 1)) && !this.percentAhead(unit.last + 1)) return this.skip(this.skipIdList(this.gluedRunEnd(unit.last + 1)));
      const period = this.periodNameEnd(unit, q.first);
      if (period !== undefined) return this.skip(period);
      // `sách Tiếng Việt 1 tập một`, `Công báo số 432 tập A`: `tập` with its own numeral is a volume's name, not counted
      if (unit.unit === 'tập' && !q.hasMag && this.volumeNumberAt(unit.last + 1)) return this.skip(unit.last + 1);
    }
    if (!unit && plainInt) {
      const scores = this.scoreListEnd(q.first);
      if (scores !== undefined) return this.skip(scores);
      const named = this.bareIdentifierEnd(q);
      if (named !== undefined) return this.skip(named);
    }
    // a range: `từ 2 đến 3 triệu đồng`, `45.000 - 52.000 đồng/kg`, `giữa 2 và 3`, `3-5 ngày`
    const range = this.tryRange(q, unit, ctx);
    if (range) return range;
    const proportion = this.proportionAfter(q, unit, ctx);
    if (proportion !== undefined) return proportion;
    // the number alone
    const strong = !!unit && unit.strong && !(ctx.soft && this.nameGoesOn(unit));
    const listed = !unit && (ctx.soft || ctx.nameTail) ? this.listedAfterPlace(q) : undefined;
    if (listed) return this.emit(q.first, q.last, { kind: listed.draft.kind, unit: listed.draft.unit, value: q.value, qualifier: 'exact', unitInferred: true }, { mag: q.mag, hasMag: q.hasMag, fromWord: false });
    // a name's number is never written with a thousands separator: `cấp 285.000 thẻ` counts cards
    const grouped = !!q.lit && q.lit.hasSeparator && !q.lit.hasDecimal && q.lit.intDigits >= 4;
    // … nor with `triệu` or `tỷ`: `ngân sách cấp 850 tỷ` is an amount
    const millions = q.hasMag && q.mag >= 1e6;
    if (ctx.soft && !strong && !(grouped && unit) && !(q.shorthand && !unit && q.value >= 1000) && !millions) return this.skip(this.skipIdList(q.last));
    // (and a company's number before a word the lexicon does not count: `Công ty Xây dựng 4 nắm 45% cổ phần`)
    if (ctx.nameTail && (!unit || (ctx.companyTail && !unit.strong && unit.source === 'noun' && !q.hasMag && !grouped)) && !q.shorthand) {
      return this.skip(q.last);
    }
    if (yearLike && !(unit && unit.strong && unit.kind !== 'duration')) return this.skip(this.skipIdList(q.last));
    // `SEA Games 2023 đoàn giành …`, `Tết Nguyên đán 2024 tỷ lệ …`, `sang 2024 doanh thu tăng`: a year before the
    // clause's subject (a count that large is written with a thousands dot: `2.023 người`)
    // (and the year of a law, whose name may hold lower-case words: `Luật Hôn nhân và gia đình 2014 quy định …`)
    if (yearLike && unit?.source === 'noun' && (ctx.soft || ctx.nameTail || QUANTITY_NOUNS.has(unit.unit) || this.lawNamedBefore(q.first))) return this.skip(q.last);
    if (!unit && this.isListMarker(q)) return this.skip(q.last);
    if (!unit && !q.hasMag && this.nameFollows(q.last + 1)) return this.skip(q.last);
    if (!unit && plainInt && q.value >= 1 && q.value <= 31) {
      const d = this.dateListFollows(q.last + 1);
      if (d !== undefined) return this.skip(d);
    }
    let last = unit ? Math.max(unit.last, q.last) : q.last;
    let first = ctx.qualFirst >= 0 ? ctx.qualFirst : q.first;
    let qualifier = ctx.qualifier;
    const tl = this.trailingBound(last);
    if (tl) {
      last = tl.last;
      qualifier = tl.qualifier;
      if (ctx.from >= 0) first = Math.min(first, ctx.from);
    }
    let value = q.value;
    // `1 tiếng rưỡi`, `2 năm rưỡi`: and a half of the unit
    if (unit && unit.kind === 'duration' && !q.hasMag && tk.isWord(last + 1) && tk.lower(last + 1) === 'rưỡi' && Number.isInteger(value)) {
      value += 0.5;
      last += 1;
    }
    // `7 năm 6 tháng tù`, `61 tuổi 6 tháng`: years and months of one duration, in years
    if (unit && (unit.unit === 'năm' || unit.unit === 'tuổi') && !q.hasMag && Number.isInteger(value) && last === unit.last && tk.isNum(last + 1) && !tk.glued[last + 1] && this.word(last + 2) === 'tháng') {
      const months = parseDigitLiteral(tk.raw(last + 1));
      if (months && !months.hasSeparator && !months.hasDecimal && months.value >= 1 && months.value <= 11) {
        value += months.value / 12;
        last += 2;
      }
    }
    // `2 giờ 48 phút 12 giây`, `10 giây 35`, `kéo dài 2 giờ 30 phút`: one length of time, in its smallest unit
    let unitOut = unit;
    const compound = unit && last === unit.last ? this.compoundDuration(q, unit, ctx) : undefined;
    if (compound) {
      value = compound.value;
      last = compound.last;
      unitOut = { ...unit!, unit: compound.unit };
    }
    // `âm 2 độ C`, `-2 độ C`: below zero (a dash glued to the number, not ending a range); `tỷ suất -23,3‰`,
    // `tăng trưởng -1,5%`: a negative rate, the dash right after a word
    if (unit && (unit.kind === 'temperature' || unit.kind === 'percent') && first === q.first && value > 0) {
      const minus = tk.isDash(first - 1) && tk.glued[first] === 1 && !tk.glued[first - 1] && (unit.kind === 'temperature' ? !tk.isNum(first - 2) : tk.isWord(first - 2));
      if (minus || (unit.kind === 'temperature' && this.word(first - 1) === 'âm')) {
        value = -value;
        first -= 1;
      }
    }
    const u = unitOut ?? (q.shorthand ? SHORTHAND_UNIT : { unit: '', kind: 'count' as Kind });
    return this.emit(first, last, { kind: u.kind, unit: u.unit, value, qualifier }, { mag: q.mag, hasMag: q.hasMag, fromWord: ctx.from >= 0 });
  }

  /** `(1892-1984)`: two years of four digits joined by a dash, the later second, closing the brackets. */
  private bracketedYears(q: Quantity): boolean {
    const tk = this.tk;
    const y = q.last + 2;
    if (!q.lit || q.lit.hasSeparator || q.lit.intDigits !== 4 || q.base < 1000 || !tk.isDash(q.last + 1) || !tk.isNum(y) || !tk.isPunct(y + 1, ')')) return false;
    const lit = parseDigitLiteral(tk.raw(y));
    return !!lit && !lit.hasSeparator && lit.intDigits === 4 && lit.value > q.base && lit.value <= 2100;
  }

  /** `22h` at token `k`: an hour from 13 to 24 written with a glued `h`. */
  private afternoonHourAt(k: number): boolean {
    const tk = this.tk;
    return tk.isNum(k) && tk.glued[k + 1] === 1 && /^h$/i.test(tk.raw(k + 1)) && /^(1[3-9]|2[0-4])$/.test(tk.raw(k));
  }

  /** `17h30`, `8g15` at token `k`: hours and minutes glued, only ever a clock time. */
  private clockWithMinutesAt(k: number): boolean {
    const tk = this.tk;
    return tk.isNum(k) && tk.glued[k + 1] === 1 && /^[hg]$/i.test(tk.raw(k + 1)) && tk.isNum(k + 2) && tk.glued[k + 2] === 1;
  }

  /** `lúc 19 giờ 15 phút 30 giây`: the last token of a clock time with seconds after the hour `k`, else `k`. */
  private clockSecondsEnd(k: number): number {
    const tk = this.tk;
    const ok = this.word(k + 1) === 'giờ' && tk.isNum(k + 2) && this.word(k + 3) === 'phút' && tk.isNum(k + 4) && this.word(k + 5) === 'giây';
    return ok ? k + 5 : k;
  }

  /**
   * Hours, minutes and seconds of one length of time (`2 giờ 48 phút 12 giây`,
   * `8 phút 52 giây 04`, `10 giây 35`: a race time, the last two digits
   * hundredths; `kéo dài 2 giờ 30 phút`): its value in the smallest unit
   * written (`10092 giây`, `532,04 giây`, `10,35 giây`, `150 phút`). Hours
   * and minutes alone are a clock time (`lúc 14 giờ 15 phút`) unless a word of
   * duration comes first (`sau`, `trong`, `kéo dài`, `thành tích` …), the hours
   * are more than a day has, or seconds follow; never after `lúc`/`hồi`/`vào`.
   */
  private compoundDuration(q: Quantity, unit: UnitHit, ctx: Context): { last: number; value: number; unit: string } | undefined {
    const tk = this.tk;
    const size = TIME_PART_SECONDS.get(unit.unit);
    if (size === undefined || q.hasMag || !Number.isInteger(q.value) || unit.last !== q.last + 1) return undefined;
    let seconds = q.value * size;
    let smallest = unit.unit;
    let smallestSize = size;
    let last = unit.last;
    let parts = 1;
    for (let k = last + 1; tk.isNum(k) && !tk.glued[k]; k = last + 1) {
      const part = tk.raw(k);
      const next = this.word(k + 1);
      const nextSize = TIME_PART_SECONDS.get(next);
      // (hours after days are fewer than 24: `4 ngày 12 giờ`)
      const partMax = smallest === 'ngày' ? 24 : 60;
      if (nextSize !== undefined && nextSize < smallestSize && /^\d{1,2}$/.test(part) && Number(part) < partMax) {
        seconds += Number(part) * nextSize;
        smallest = next;
        smallestSize = nextSize;
        last = k + 1;
        parts++;
        continue;
      }
      // `10 giây 35`: hundredths of a second, two digits with no unit of their own
      if (smallest === 'giây' && /^\d{2}$/.test(part) && !readUnit(tk, k + 1) && !tk.isNum(k + 1) && !(tk.isPunct(k + 1) && tk.glued[k + 1] && tk.isNum(k + 2))) {
        seconds += Number(part) / 100;
        last = k;
        parts++;
      }
      break;
    }
    if (parts === 1) return undefined;
    const leadAt = ctx.qualFirst >= 0 ? ctx.qualFirst - 1 : q.first - 1;
    const lead = this.word(leadAt);
    if (lead === 'lúc' || lead === 'hồi' || lead === 'vào') return undefined;
    const hours = unit.unit === 'giờ' || unit.unit === 'h';
    if (hours && smallestSize === 60 && q.value <= 24) {
      // hours and minutes: a clock time unless a word of duration comes first, and no time of day follows
      // (`dùng điện thoại mỗi ngày khoảng 5 giờ 30 phút`: hours a day)
      const perDay = lead === 'ngày' && /^(mỗi|hằng|hàng|một)$/.test(this.word(leadAt - 1));
      const durationLead = DURATION_H_BEFORE.has(lead) || DELAY_WORDS.has(lead) || COMPOUND_DURATION_LEADS.has(lead) || perDay;
      if (!durationLead || TIME_OF_DAY.has(this.word(last + 1)) || (lead === 'sau' && q.value >= 13)) return undefined;
    }
    return { last, value: Math.round((seconds / smallestSize) * 1e6) / 1e6, unit: smallest };
  }

  /** `7 triệu/tháng`, `2 tỷ/năm`: an amount per period with the currency left out is in đồng. */
  private impliedDongRate(q: Quantity): UnitHit | undefined {
    const tk = this.tk;
    const slash = q.last + 1;
    if (!q.hasMag || q.mag < 1000 || !tk.isPunct(slash, '/') || !tk.isWord(slash + 1)) return undefined;
    const hit = readRate(tk, { unit: 'đồng', kind: 'money', first: slash, last: q.last, strong: true, source: 'currency' });
    return hit.last > q.last ? hit : undefined;
  }

  /** `6 tháng đầu năm 2023`, `9 tháng năm 2020`, `quý`: a reporting period, not a duration. Returns its last token. */
  private periodNameEnd(unit: UnitHit, numFirst: number): number | undefined {
    const tk = this.tk;
    if (unit.kind !== 'duration') return undefined;
    let k = unit.last + 1;
    // `3 năm đầu`, `10 ngày đầu tháng`, `2 tuần cuối năm 2024`, `trong 24 giờ đầu`, `15 phút đầu mở bán`: the first
    // or last N of a period (`chỉ trong vòng 12 giờ đầu tiên mở bán` says how fast, and stays)
    const fast = SHORT_PERIOD_PARTS.has(unit.unit) && (this.word(numFirst - 1) === 'chỉ' || this.word(numFirst - 2) === 'chỉ' || this.word(numFirst - 3) === 'chỉ');
    if ((PERIOD_PARTS.has(unit.unit) || (SHORT_PERIOD_PARTS.has(unit.unit) && !fast)) && tk.isWord(k)) {
      const edge = tk.lower(k);
      const w2 = this.word(k + 1);
      if ((edge === 'đầu' && !NOT_PERIOD_AFTER_DAU.has(w2)) || edge === 'cuối') {
        if (w2 === 'tiên' || w2 === 'cùng' || PERIOD_PARTS.has(w2) || w2 === 'kỳ') {
          k += 1;
          if (w2 === 'năm' && tk.isNum(k + 1)) k = this.gluedRunEnd(k + 1);
        }
        return k;
      }
    }
    if (!/^(tháng|quý|ngày|tuần)$/.test(unit.unit)) return undefined;
    // `11 tháng qua`, `10 tháng cuối năm`: the months of this year so far
    if (unit.unit === 'tháng' && tk.isWord(k) && tk.lower(k) === 'qua' && !DURATION_H_BEFORE.has(this.word(numFirst - 1))) return k;
    // `kim ngạch 10 tháng đạt …`: a figure for the period follows; not after `trong`, `kéo dài`, `sau` …
    if (unit.unit === 'tháng' && tk.isWord(k) && (tk.lower(k) === 'đạt' || (tk.lower(k) === 'ước' && this.word(k + 1) === 'đạt'))) {
      const before = this.word(numFirst - 1);
      if (before && !DURATION_H_BEFORE.has(before) && !NP_STOP.has(before) && !QUALIFIER_LAST_WORDS.has(before)) return unit.last;
    }
    if (tk.isWord(k) && PERIOD_AFTER.has(tk.lower(k)) && tk.isWord(k + 1) && tk.lower(k + 1) === 'năm') {
      k += 1;
      if (tk.isNum(k + 1)) k = this.gluedRunEnd(k + 1);
      return k;
    }
    // `9 tháng năm nay`, `6 tháng năm ngoái`
    if (tk.isWord(k) && tk.lower(k) === 'năm' && tk.isWord(k + 1) && /^(nay|ngoái|trước|qua)$/.test(tk.lower(k + 1))) return k + 1;
    // `9 tháng năm 2024`: the months of that year (`giảm từ 2,8 ngày năm 2022`: days measured in that year)
    if (tk.isWord(k) && tk.lower(k) === 'năm' && tk.isNum(k + 1) && (unit.unit === 'tháng' || unit.unit === 'quý')) {
      const lit = parseDigitLiteral(tk.raw(k + 1));
      if (lit && isYearLike(lit, lit.value)) return k + 1;
    }
    if (tk.isWord(k) && tk.lower(k) === 'đầu' && tk.isNum(k + 1)) return k + 1;
    return undefined;
  }

  /**
   * A unit word followed by a word that turns the whole into a name or a
   * position, not a measure: `20,6 độ vĩ Bắc` (a coordinate), `26 tháng Chạp`
   * (a lunar date), `gạo 5% tấm` (a rice grade). Returns the last token to skip.
   */
  private unitNamesSomethingEnd(unit: UnitHit): number | undefined {
    const tk = this.tk;
    const k = unit.last + 1;
    if (!tk.isWord(k)) return undefined;
    const next = tk.lower(k);
    if (unit.unit === 'độ' && (next === 'vĩ' || next === 'kinh')) return k;
    if (unit.unit === 'tháng' && (next === 'chạp' || next === 'giêng')) return k;
    if (unit.unit === '%' && next === 'tấm') return k;
    return undefined;
  }

  /** `tỷ số`/`tỉ số` ending at token `k` or up to `words` words before it (`nâng tổng tỷ số hai lượt lên 5-3`). */
  private scoreWordWithin(k: number, words: number): boolean {
    for (let j = k; j >= 0 && j > k - words && this.tk.isWord(j); j--) {
      const w = this.word(j);
      // `số` alone is too common (`sĩ số lên 45-50 học sinh`): only `tỷ số`/`tỉ số` lead a score here
      if ((w === 'số' && (this.word(j - 1) === 'tỷ' || this.word(j - 1) === 'tỉ')) || (j === k && w !== 'số' && SCORE_BEFORE.has(w))) return true;
    }
    return false;
  }

  /**
   * A list of two or more `N-M` pairs in which some pair runs downwards
   * (`6-4, 7-5`, `(25-22, 23-25, 25-19)`): set scores, not ranges or counts.
   * Returns the last token of the list.
   */
  private scoreListEnd(first: number): number | undefined {
    const tk = this.tk;
    let k = first;
    let pairs = 0;
    let downward = false;
    let end = -1;
    for (let guard = 0; guard < 12; guard++) {
      // basketball scores run to three digits (`thắng 118-109`)
      if (!tk.isNum(k) || !/^\d{1,3}$/.test(tk.raw(k)) || !tk.isDash(k + 1) || !tk.isNum(k + 2) || !/^\d{1,3}$/.test(tk.raw(k + 2))) break;
      if (Number(tk.raw(k)) > Number(tk.raw(k + 2))) downward = true;
      pairs++;
      end = k + 2;
      if (!tk.isPunct(k + 3, ',')) break;
      k += 4;
    }
    // one pair after `thắng`/`thua`/`tỉ số` is a match score (`thắng 3-1`)
    // … and after `tỷ số lên`/`tỷ số là`/`tỷ số thành` (`nâng tỷ số lên 3-1`)
    const lead = this.word(first - 1);
    // … and `dẫn trước 2-1`, `dẫn 1-0` (leading)
    const leading = lead === 'dẫn' || (lead === 'trước' && this.word(first - 2) === 'dẫn');
    const scoreWord = leading || SCORE_BEFORE.has(lead) || ((lead === 'lên' || lead === 'là' || lead === 'thành') && this.scoreWordWithin(first - 2, 4));
    // (`giãn cách 10-15 phút/chuyến`, `cách 3-5 km`: a spacing or a distance, its unit after it)
    if (pairs === 1 && scoreWord && !(lead === 'cách' && readUnit(tk, end + 1))) return end;
    if (pairs < 2 || !downward) return undefined;
    // a unit after the last pair makes them ranges (`6-8, 10-12 tuổi`)
    if (readUnit(tk, end + 1)) return undefined;
    return end;
  }

  /**
   * A bare number that names rather than counts: `vaccine 5 trong 1` (a product). (Emergency lines, gold purity and
   * plates are read elsewhere: not-figures.ts, `purityContext`, `isPlateTail`.)
   */
  private bareIdentifierEnd(q: Quantity): number | undefined {
    const tk = this.tk;
    const n = q.last + 1;
    if (this.word(n) === 'trong' && tk.isNum(n + 1) && tk.raw(n + 1) === '1' && q.value >= 2 && q.value <= 9) return n + 1;
    return undefined;
  }

  /**
   * `Gia Lai 124.500 đồng/kg, Lâm Đồng 123.900.`: in a comma list of places
   * with their prices, a last bare number (written with a thousands separator
   * and closing its clause) takes the unit of the figure just before it.
   */
  private listedAfterPlace(q: Quantity): Found | undefined {
    const tk = this.tk;
    const prev = this.found[this.found.length - 1];
    if (!prev || !q.lit || !q.lit.hasSeparator || q.hasMag || prev.draft.unit === '' || prev.draft.value === undefined) return undefined;
    if (!tk.isPunct(prev.lastTok + 1, ',')) return undefined;
    // between the comma and the number: only the place name (at most 4 capitalised words)
    const gap = q.first - (prev.lastTok + 2);
    if (gap < 1 || gap > 4) return undefined;
    for (let k = prev.lastTok + 2; k < q.first; k++) if (!tk.isWord(k) || !tk.isCapitalized(k)) return undefined;
    const n = q.last + 1;
    if (n < tk.n && !(tk.type[n] === NL || tk.isPunct(n, '.') || tk.isPunct(n, ',') || tk.isPunct(n, ';'))) return undefined;
    return prev;
  }

  /** A capitalised word right after a bare number names something (`iPhone 12 Pro`, `45 Lê Đại Hành`). */
  private nameFollows(k: number): boolean {
    const tk = this.tk;
    if (!tk.isWord(k) || !tk.isCapitalized(k)) return false;
    const r = tk.raw(k);
    return r.length < 2 || r !== r.toUpperCase();
  }

  /** `ngày 4 và 5/5`, `các ngày 8, 12 và 21/4`, `29 - 30/4`: day numbers listed before a date. */
  private dateListFollows(k: number): number | undefined {
    const tk = this.tk;
    let j = k;
    for (let guard = 0; guard < 10; guard++) {
      const w = tk.isWord(j) ? tk.lower(j) : tk.type[j] === PUNCT ? tk.raw(j) : '';
      if (!(w === ',' || w === 'và' || w === 'đến' || w === 'tới' || HYPHENS.has(w))) return undefined;
      if (!tk.isNum(j + 1)) return undefined;
      if (tk.isPunct(j + 2, '/') && tk.glued[j + 2] && tk.isNum(j + 3) && tk.glued[j + 3]) {
        const a = Number(tk.raw(j + 1));
        const b = Number(tk.raw(j + 3));
        if (a >= 1 && a <= 31 && b >= 1 && b <= 12) return this.gluedRunEnd(j + 1);
        return undefined;
      }
      if (!/^\d{1,2}$/.test(tk.raw(j + 1))) return undefined;
      j += 2;
    }
    return undefined;
  }

  /** `từ 18 tuổi trở lên` → at-least; `trở xuống` → at-most. */
  private trailingBound(last: number): { last: number; qualifier: Qualifier } | undefined {
    const a = this.tk.isWord(last + 1) ? this.tk.lower(last + 1) : '';
    const b = this.tk.isWord(last + 2) ? this.tk.lower(last + 2) : '';
    if (a !== 'trở') return undefined;
    if (b === 'lên') return { last: last + 2, qualifier: 'at-least' };
    if (b === 'xuống') return { last: last + 2, qualifier: 'at-most' };
    return undefined;
  }

  /** `1.` or `2)` at the start of a line, or `(3)`: list numbering, not a quantity. */
  private isListMarker(q: Quantity): boolean {
    const tk = this.tk;
    const p = q.first - 1;
    const n = q.last + 1;
    const atLineStart = p < 0 || tk.type[p] === NL || (tk.type[p] === PUNCT && /^["“'‘(]$/.test(tk.raw(p)) && (p === 0 || tk.type[p - 1] === NL));
    if (atLineStart && (tk.isPunct(n, '.') || tk.isPunct(n, ')')) && tk.glued[n]) return true;
    // `(3)` opening a sentence or a line is a footnote or list mark; after a name it counts (`Khánh Hòa (2)`)
    if (tk.isPunct(p, '(') && tk.isPunct(n, ')') && tk.glued[n] && tk.glued[q.first] && this.isSentenceStart(p)) return true;
    if (tk.isPunct(p, '[') && tk.isPunct(n, ']')) return true;
    return false;
  }

  private tryRange(x: Quantity, xUnit: UnitHit | undefined, ctx: Context): number | undefined {
    const tk = this.tk;
    let c = (xUnit ? Math.max(xUnit.last, x.last) : x.last) + 1;
    // `từ 3 năm tù đến 8 năm tù`: a prison term's `tù` after the first end
    if (xUnit && this.word(c) === 'tù' && (this.word(c + 1) === 'đến' || this.word(c + 1) === 'tới')) c++;
    if (c >= tk.n) return undefined;
    const cw = tk.isWord(c) ? tk.lower(c) : '';
    const hyphen = tk.isDash(c);
    let ok = false;
    // (`đạt 25‰ đến 30‰`: with no `từ`, only when the second end repeats the unit; checked below)
    let repeatsUnit = false;
    if (hyphen) ok = true;
    else if (cw === 'đến' || cw === 'tới') {
      repeatsUnit = ctx.from < 0 && !!xUnit;
      ok = true;
    }
    else if (cw === 'và') ok = ctx.between >= 0;
    let yTok = c + 1;
    // a qualifier on the second end: `từ 50 triệu đến hơn 60 triệu đồng`
    if (tk.isWord(yTok) && !hyphen) {
      const yw = tk.lower(yTok);
      if ((yw === 'hơn' || yw === 'gần' || yw === 'khoảng' || yw === 'trên' || yw === 'dưới') && tk.isNum(yTok + 1)) yTok++;
    }
    // `£18.000 - £25.000`, `từ $2 triệu đến $3 triệu`, `từ USD 5.000 đến USD 50.000`: the second end repeats a
    // currency written before the number
    let yPrefix = false;
    const symbolPrefix = tk.type[yTok] === PUNCT && tk.glued[yTok + 1];
    const wordPrefix = xUnit?.source === 'currency' && tk.isWord(yTok) && !tk.glued[yTok + 1];
    if ((symbolPrefix || wordPrefix) && tk.isNum(yTok + 1) && currencyPrefixOf(wordPrefix ? tk.lower(yTok) : tk.raw(yTok)) !== undefined) {
      yTok++;
      yPrefix = true;
    }
    if (!ok || !tk.isNum(yTok)) return undefined;
    // `5 người - 7 người` is rare; a spaced dash after a unit usually ends a clause, unless
    // the second end repeats the currency or measure (`25.000đ - 35.000đ/ổ`), checked below
    const spacedAfterUnit = hyphen && !!xUnit && !tk.glued[c] && ctx.from < 0;
    if (spacedAfterUnit && xUnit.source === 'noun') return undefined;
    const leadAt = (ctx.qualFirst >= 0 ? ctx.qualFirst : x.first) - 1;
    const scoreLead = hyphen ? this.word(leadAt) : '';
    // (`số` leads a score only as `tỷ số`: `dân số khoảng 80.000 - 90.000 người` is a range)
    if (SCORE_BEFORE.has(scoreLead) && scoreLead !== 'cách' && (scoreLead !== 'số' || this.scoreWordWithin(leadAt, 1))) return undefined;
    const yr = this.readDigits(yTok, yPrefix, true);
    if (yr.kind !== 'q') return undefined;
    const y = yr.q;
    this.readMagnitudes(y);
    let yUnit = y.unit ?? readUnit(tk, y.last + 1) ?? this.impliedDongRate(y);
    if (yUnit && !y.unit && yUnit.first !== y.last + 1) yUnit = undefined;
    // `cách 3-1` is a winning margin; `cách 3-5 km`, `giãn cách 10-15 phút/chuyến` a distance or a spacing, by their unit
    if (scoreLead === 'cách' && !xUnit && !yUnit) return undefined;
    if (yUnit && (yUnit.unit === 'giờ' || yUnit.unit === 'h')) {
      const clock = this.isClockTime(y, yUnit, ctx);
      if (clock !== undefined) return this.skip(clock);
    }
    // `vé giá €25 đến €40`, `25$ đến $40`, `đạt 25‰ đến 30‰`: a range without `từ` when both ends have the unit
    if (repeatsUnit && !(yUnit && yUnit.unit === xUnit?.unit && x.value < y.value)) return undefined;
    // `khoảng €1.200 - 1.500`: a currency written before the first end covers a bare second end
    const currencyBefore = xUnit?.source === 'currency' && xUnit.first < x.numTok && hyphen && !yUnit && x.value < y.value;
    if (spacedAfterUnit && !currencyBefore && !(yUnit && (yUnit.unit === xUnit.unit || yUnit.unit.startsWith(`${xUnit.unit}/`)) && x.value < y.value && this.word(yUnit.last + 1) !== 'rưỡi')) return undefined;
    let unit: UnitHit | undefined;
    if (xUnit && yUnit) {
      // `từ 48.000 đồng đến 52.000 đồng/kg`: the second end may add the per-part
      if (xUnit.unit !== yUnit.unit && !yUnit.unit.startsWith(`${xUnit.unit}/`)) return undefined;
      unit = yUnit;
    } else if (xUnit) {
      // `khoảng €25-40`, `$10.000-40.000`: a currency written before the first end covers both (with the per-part after
      // the second end: `USD 135-140/tấn`)
      if (ctx.from < 0 && ctx.between < 0 && !currencyBefore) return undefined;
      unit = currencyBefore ? readRate(tk, { ...xUnit, last: y.last }) : xUnit;
    } else unit = yUnit;
    let min = x.value;
    const max = y.value;
    if (!x.hasMag && y.hasMag && scaleBy(x.value, y.mag) <= max) min = scaleBy(x.value, y.mag);
    if (!(min <= max)) return undefined;
    if (min === max && !xUnit && !yUnit) return undefined;
    const yearish = isYearLike(x.lit, x.base) && isYearLike(y.lit, y.base);
    if (yearish) return undefined;
    // (`2,5M-3M`: money written short at both ends needs no more)
    if (!unit && !(x.shorthand && y.shorthand)) {
      // `3 - 5` with no unit: accept only after a qualifier or `từ`, not a score or list
      if (ctx.qualFirst < 0 && ctx.from < 0 && ctx.between < 0) {
        if (hyphen && (!x.lit || !y.lit || x.lit.hasSeparator !== y.lit.hasSeparator)) return undefined;
        if (hyphen && tk.glued[c] && x.value < 20 && y.value < 20) return undefined;
      }
    }
    // `ở mức 2,5M-4M`: money written short is an amount after a naming word, as a unit would make it
    if (ctx.soft && !(unit && unit.strong) && !(x.shorthand && y.shorthand)) return undefined;
    // `trong 12-24 tháng đầu`, `6-9 tháng đầu năm`: the first months of a period, like `3 năm đầu`
    if (unit && unit === yUnit && unit.kind === 'duration') {
      const end = this.periodNameEnd(unit, x.first);
      if (end !== undefined) return this.skip(end);
    }
    let last = unit ? Math.max(unit.last, y.last) : y.last;
    let first = x.first;
    if (ctx.from >= 0) first = ctx.from;
    if (ctx.between >= 0) first = ctx.between;
    if (ctx.qualFirst >= 0) first = Math.min(first, ctx.qualFirst);
    let qualifier = ctx.qualifier;
    const tl = this.trailingBound(last);
    if (tl) {
      last = tl.last;
    }
    const u = unit ?? (y.shorthand ? SHORTHAND_UNIT : { unit: '', kind: 'count' as Kind });
    if (qualifier === 'over' || qualifier === 'under' || qualifier === 'nearly' || qualifier === 'at-least' || qualifier === 'at-most') qualifier = 'about';
    return this.emit(first, last, { kind: u.kind, unit: u.unit, min, max, qualifier }, { mag: y.mag, hasMag: y.hasMag, fromWord: ctx.from >= 0 });
  }

  /** `a/b`: a date (`21/1`, `sáng 8/11`) or a proportion (`11/11 xã, phường`, `3/4 số hộ`, `chiếm 1/3`). */
  private fromSlash(r: { a: DigitLiteral; b: DigitLiteral; aTok: number; last: number }): number {
    const tk = this.tk;
    const { a, b, aTok } = r;
    if (isYearLike(b, b.value)) return this.skip(this.skipIdList(r.last));
    const ctx = this.leftContext(aTok, a.value, !a.hasSeparator, true);
    // `xếp hạng 9/110 quốc gia`: a rank out of a field, not a proportion
    if (ctx.hard || this.word(aTok - 1) === 'hạng') return this.skip(this.skipIdList(r.last));
    const before = this.word((ctx.qualFirst >= 0 ? ctx.qualFirst : aTok) - 1);
    const direct = this.word(aTok - 1);
    const plausibleDate = Number.isInteger(a.value) && Number.isInteger(b.value) && a.value >= 1 && a.value <= 31 && b.value >= 1 && b.value <= 12 && !a.hasSeparator && !b.hasSeparator;
    if (plausibleDate && (DATE_SLASH_STRONG.has(direct) || (ctx.qualFirst < 0 && DATE_SLASH_STRONG.has(before)))) return this.skip(this.skipIdList(r.last));
    // the second half of a date range: `30/4 - 1/5`
    if (plausibleDate && tk.isDash(aTok - 1) && tk.isNum(aTok - 2)) return this.skip(this.skipIdList(r.last));
    if (!(a.value <= b.value) || b.value === 0) return this.skip(this.skipIdList(r.last));
    let unit = readUnit(tk, r.last + 1, { dropSo: true });
    if (unit && (unit.kind === 'duration' || unit.kind === 'money' || unit.kind === 'percent')) unit = undefined;
    // `chưa đến 1/3 dự toán`, `chiếm tới 1/4 tổng chi`: `đến`/`tới` of a bound or of `chiếm tới`, not "until" a date
    const boundTo = (direct === 'đến' || direct === 'tới') && (ctx.qualifier === 'under' || FRACTION_BEFORE.has(this.word(aTok - 2)));
    // `trong đó 2/3 là sinh viên`: a share of the total just given
    const ofWhich = direct === 'đó' && this.word(aTok - 2) === 'trong';
    const fracCtx = ctx.qualFirst >= 0 || FRACTION_BEFORE.has(direct) || boundTo || ofWhich;
    if (!unit && plausibleDate && !fracCtx) return this.skip(this.skipIdList(r.last));
    // `ngày đăng ký cuối cùng là 12/12`: after a day word in the same clause, a bare d/m is the date
    if (!unit && plausibleDate && this.dayWordBefore(aTok, 6)) return this.skip(this.skipIdList(r.last));
    // `từ 20/11`, `đến 22/11` are dates unless a counted noun follows (`đến 3/4 số hộ`)
    if (plausibleDate && DATE_SLASH_BEFORE.has(direct) && !boundTo && !(unit && unit.kind !== 'count') && !(unit && unit.strong)) return this.skip(this.skipIdList(r.last));
    if (ctx.soft && !unit) return this.skip(r.last);
    const first = ctx.qualFirst >= 0 ? ctx.qualFirst : aTok;
    const last = unit ? unit.last : r.last;
    return this.emit(first, last, { kind: 'ratio', unit: unit ? unit.unit : '', numerator: a.value, denominator: b.value, value: a.value / b.value, qualifier: ctx.qualifier }, { mag: 1, hasMag: false, fromWord: false });
  }

  /** `ngày` among the `words` words before token `k`, within the clause. */
  private dayWordBefore(k: number, words: number): boolean {
    for (let j = k - 1; j >= 0 && j >= k - words && this.tk.isWord(j); j--) if (this.word(j) === 'ngày') return true;
    return false;
  }

  /** Lower-case number words from token k on (`ba`, `mươi`, `mốt`), stopping at the first other word. */
  private spelledWords(k: number): string[] {
    const tk = this.tk;
    const words: string[] = [];
    for (let j = k; j < tk.n && j < k + 14; j++) {
      if (tk.type[j] !== WORD || (j > k && tk.glued[j])) break;
      const w = tk.lower(j);
      if (!SPELLED_WORDS.has(w) || this.magnitudeCompound(j)) break;
      words.push(w);
    }
    return words;
  }

  /** `hai phần ba`, `một phần tư số hộ`: a spelled fraction. */
  private spelledFraction(k: number, words: string[]): number | undefined {
    const tk = this.tk;
    const a = parseSpelledNumber(words, 0);
    if (!a || a.length !== 1) return undefined;
    const p = k + 1;
    if (!tk.isWord(p) || tk.lower(p) !== 'phần' || !tk.isWord(p + 1)) return undefined;
    const dw = tk.lower(p + 1);
    const den = dw === 'tư' ? 4 : dw === 'trăm' ? undefined : parseSpelledNumber([dw], 0)?.value;
    if (den === undefined || den < 2 || a.value >= den) return undefined;
    const ctx = this.leftContext(k, a.value, false, true);
    if (ctx.hard || ctx.soft) return undefined;
    const unit = readUnit(tk, p + 2, { dropSo: true });
    const last = unit && unit.first === p + 2 && unit.kind !== 'duration' ? unit.last : p + 1;
    const first = ctx.qualFirst >= 0 ? ctx.qualFirst : k;
    const u = unit && last === unit.last ? unit.unit : '';
    return this.emit(first, last, { kind: 'ratio', unit: u, numerator: a.value, denominator: den, value: a.value / den, qualifier: ctx.qualifier }, { mag: 1, hasMag: false, fromWord: false });
  }

  /**
   * `Sáu trên mười hộ`, `Mười chín trên hai mươi ba học sinh`: a spelled proportion, `trên` between two spelled
   * numbers (the first smaller) and a counted noun after them, as `6 trên 10 người` is with digits.
   */
  private spelledProportion(k: number, words: string[]): number | undefined {
    const tk = this.tk;
    const a = parseSpelledNumber(words, 0);
    if (!a || a.value <= 0) return undefined;
    const c = k + a.length;
    const w = this.word(c);
    // `là một trong 25 người có uy tín`: "one of", a membership, not a proportion
    if (w !== 'trên' && (w !== 'trong' || a.value === 1)) return undefined;
    // `Hai trong số 47 cơ sở`, `Ba mươi sáu trong tổng số 102 dự án`: among a whole, any noun; bare `trong` and `trên`
    // take a counted one (`Sáu trong 10 ga`, `Chín trên mười độc giả`), as for digits (proportionAfter)
    const { among, tok: j } = this.wholeAfter(c);
    let whole: number;
    let wholeLast: number;
    if (tk.isNum(j)) {
      const lit = parseDigitLiteral(tk.raw(j));
      if (!lit || lit.hasDecimal || lit.hasSeparator || tk.glued[j + 1]) return undefined;
      [whole, wholeLast] = [lit.value, j];
    } else {
      const b = tk.isWord(j) ? parseSpelledNumber(this.spelledWords(j), 0) : undefined;
      if (!b) return undefined;
      [whole, wholeLast] = [b.value, j + b.length - 1];
    }
    if (!(a.value < whole)) return undefined;
    const unit = readUnit(tk, wholeLast + 1, { strongOnly: !among, dropSo: true });
    if (!unit || unit.first !== wholeLast + 1 || (unit.kind !== 'people' && unit.kind !== 'count')) return undefined;
    if (w === 'trong' && !among && closesRank(tk, unit.last + 1)) return undefined;
    const ctx = this.leftContext(k, a.value, false, true);
    if (ctx.hard || ctx.soft) return undefined;
    const first = ctx.qualFirst >= 0 ? ctx.qualFirst : k;
    return this.emit(first, unit.last, { kind: 'ratio', unit: unit.unit, numerator: a.value, denominator: whole, value: a.value / whole, qualifier: ctx.qualifier }, { mag: 1, hasMag: false, fromWord: false });
  }

  /** `hai đến ba tuần`, `từ một đến hai năm`, `ba - bốn người`: a spelled range with a known unit. */
  private spelledRange(k: number, words: string[]): number | undefined {
    const tk = this.tk;
    const a = parseSpelledNumber(words, 0);
    if (!a) return undefined;
    const c = k + a.length;
    const cw = tk.isWord(c) ? tk.lower(c) : '';
    if (!(cw === 'đến' || cw === 'tới' || tk.isDash(c))) return undefined;
    if (!tk.isWord(c + 1)) return undefined;
    const bWords = this.spelledWords(c + 1);
    const b = parseSpelledNumber(bWords, 0);
    if (!b) return undefined;
    const bLast = c + b.length;
    const unit = readUnit(tk, bLast + 1, { strongOnly: true });
    if (!unit || unit.first !== bLast + 1 || !(a.value < b.value)) return undefined;
    const ctx = this.leftContext(k, a.value, false, true);
    if (ctx.hard || ctx.soft) return undefined;
    let first = ctx.qualFirst >= 0 ? ctx.qualFirst : k;
    if (ctx.from >= 0) first = Math.min(first, ctx.from);
    const qualifier: Qualifier = ctx.qualifier === 'exact' ? 'exact' : 'about';
    const mag = bWords.slice(0, b.length).some((w) => MAGNITUDES[w] !== undefined && w !== 'chục');
    // `hai đến ba triệu`: the magnitude of the second end carries to the first
    let min = a.value;
    if (mag && a.value < 1000 && b.value >= 1000) {
      const scale = 10 ** Math.floor(Math.log10(b.value));
      if (a.value * scale <= b.value) min = a.value * scale;
    }
    return this.emit(first, unit.last, { kind: unit.kind, unit: unit.unit, min, max: b.value, qualifier }, { mag: 1, hasMag: mag, fromWord: ctx.from >= 0 });
  }

  /**
   * `xác định Bốn đối tượng cầm đầu`, `Do cần tiền, Bốn đối tượng …`: a capitalised number word in mid-sentence (a name
   * elsewhere: `quận Ba Đình`, `chú Năm`) that counts the lower-case people or things right after it, after a lower-case
   * word or a comma.
   */
  private capitalisedCount(k: number): boolean {
    const tk = this.tk;
    const afterWord = (tk.isWord(k - 1) && !tk.hasUpper(k - 1)) || (tk.isPunct(k - 1, ',') && !this.isSentenceStart(k - 1));
    if (!SPELLED_START_WORDS.has(tk.lower(k)) || !afterWord || !tk.isWord(k + 1) || tk.hasUpper(k + 1)) return false;
    const u = readUnit(tk, k + 1);
    return !!u && u.strong && u.source === 'noun' && (u.kind === 'people' || u.kind === 'count');
  }

  /** Spelled-out numbers: `Bốn đối tượng`, `hai vụ`, `ba mươi mốt người`, `hai triệu đồng`. */
  private fromSpelled(k: number): number {
    const tk = this.tk;
    if (tk.isCapitalized(k) && !this.isSentenceStart(k) && !this.capitalisedCount(k)) return k + 1;
    const words = this.spelledWords(k);
    const range = this.spelledRange(k, words);
    if (range !== undefined) return range;
    const fraction = this.spelledFraction(k, words) ?? this.spelledProportion(k, words);
    if (fraction !== undefined) return fraction;
    // a lone `một` is the article "a/one", never a statistic (but `gần một tuần`, `hơn một năm` are lengths)
    // (`sau hơn một năm triển khai` frames a clause)
    const oneQual = words[0] === 'một' ? this.qualifierEndingAt(k - 1, false) : undefined;
    const oneLength = !!oneQual && this.word(oneQual.first - 1) !== 'sau' && readUnit(tk, k + 1)?.kind === 'duration';
    if (words.length === 1 && words[0] === 'một' && !oneLength) return k + 1;
    const sp = parseSpelledNumber(words, 0);
    if (!sp) return k + 1;
    const last = k + sp.length - 1;
    const used = words.slice(0, sp.length);
    const hasScale = used.some((w) => MAGNITUDES[w] !== undefined && w !== 'chục');
    if (sp.length === 1 && used[0] === 'một' && !oneLength) return last + 1;
    const ctx = this.leftContext(k, sp.value, false, true);
    // (`nhóm ba đối tượng`: after a soft naming word, a known noun of people counts them)
    // (`ngân hàng TNHH hai thành viên`: a company's type after an acronym)
    // (`mỗi tiểu đội hai mươi tư em`: a number of several words as well)
    const softCounted = ctx.soft && !ctx.hard && !tk.hasUpper(k - 1) && readUnit(tk, last + 1, { strongOnly: true })?.kind === 'people';
    if (ctx.hard || (ctx.soft && !softCounted)) return last + 1;
    const prev = this.word(k - 1);
    // `ba lô` (a backpack), `thịt ba chỉ` (pork belly), `xe ba gác`: words that start with `ba`, not three
    // (`ba lô hàng`, `ba lô đất` are three lots)
    if (used[0] === 'ba' && sp.length === 1 && BA_WORDS.has(this.word(last + 1)) && !(this.word(last + 1) === 'lô' && LOTS_OF.has(this.word(last + 2)))) return last + 1;
    const fiveOfDuration = used[0] === 'năm' && sp.length === 1 && this.namCountsDuration(last + 1, prev);
    if (used[0] === 'năm' && sp.length === 1 && YEAR_NAM_BEFORE.has(prev) && !fiveOfDuration) return last + 1;
    // `23 năm`: a lone `năm` right after digits is the year word, never "five"
    if (used[0] === 'năm' && sp.length === 1 && tk.isNum(k - 1)) return last + 1;
    // (`Trong số sáu trăm linh năm lái xe`: `trong số` is "among", not "number")
    if (prev === 'thứ' || prev === 'tháng' || prev === 'ngày' || prev === 'mùng' || prev === 'mồng' || prev === 'lần' || (prev === 'số' && this.word(k - 2) !== 'trong')) return last + 1;
    // tokens after the spelled number may carry its magnitude: `hai nghìn tỷ` is in `sp`
    // a multi-word spelled number is unmistakably a number; a single word needs a known noun
    const unit = readUnit(tk, last + 1, { strongOnly: sp.length === 1 });
    if (!unit) return last + 1;
    if (unit.first !== last + 1) return last + 1;
    // `Cà Mau - Năm Căn`, `quận Ba Đình`: a number word before a capitalised word is part of a place's name
    if (tk.isCapitalized(unit.first) && tk.raw(unit.first) !== tk.raw(unit.first).toUpperCase() && !this.isSentenceStart(unit.first)) return last + 1;
    if (sp.length === 1 && used[0] === 'năm' && unit.kind === 'duration' && !fiveOfDuration) return last + 1;
    // `mùa lúa chín năm nay`: after a crop, `chín` is "ripe" and `năm nay` "this year" (`Chín năm nay, …` counts)
    if (used[0] === 'chín' && sp.length === 1 && RIPENING.has(prev) && /^(nay|ngoái)$/.test(this.word(unit.last + 1))) return last + 1;
    if (!hasScale && sp.length === 1 && (unit.kind === 'money') ) return last + 1;
    const q: Quantity = { first: k, numTok: k, last, base: sp.value, value: sp.value, mag: 1, hasMag: hasScale, spelled: true };
    if (unit.unit === 'giờ' && this.isClockTime(q, unit, ctx) !== undefined) return last + 1;
    const period = this.periodNameEnd(unit, q.first);
    if (period !== undefined) return this.skip(period);
    const first = ctx.qualFirst >= 0 ? ctx.qualFirst : k;
    // `hai tiếng rưỡi`: and a half of the unit, as after digits
    const half = unit.kind === 'duration' && !hasScale && this.word(unit.last + 1) === 'rưỡi';
    const end = half ? unit.last + 1 : unit.last;
    return this.emit(first, end, { kind: unit.kind, unit: unit.unit, value: half ? sp.value + 0.5 : sp.value, qualifier: ctx.qualifier }, { mag: 1, hasMag: hasScale, fromWord: false });
  }

  /**
   * `trong năm ngày`, `năm tuần`: a lone `năm` before a shorter time word is
   * "five" (a year is not measured in days), unless a periodic or
   * determiner word comes first (`mỗi năm`, `cả năm`) or `ngày càng` follows.
   */
  private namCountsDuration(k: number, prev: string): boolean {
    const tk = this.tk;
    if (!tk.isWord(k) || !/^(ngày|tuần|tiếng|giờ|phút|giây)$/.test(tk.lower(k))) return false;
    const after = this.word(k + 1);
    if (tk.isNum(k + 1) || after === 'càng' || after === 'đêm' || after === 'tháng') return false;
    return !/^(mỗi|hằng|hàng|từng|các|những|cả|của|này|nay|một|quanh)$/.test(prev);
  }

  /** `hàng trăm người`, `hàng chục nghìn tấn`, `hàng nghìn tỷ đồng`: about that order of magnitude. */
  private fromHang(k: number): number {
    const tk = this.tk;
    let j = k + 1;
    let mag = 0;
    let lastM = 0;
    while (j < tk.n && tk.isWord(j) && !tk.glued[j]) {
      const m = magnitudeOf(tk.lower(j));
      if (m === undefined || this.magnitudeCompound(j)) break;
      if (mag === 0) mag = m;
      else if (m > lastM) mag *= m;
      else break;
      lastM = m;
      j++;
    }
    if (mag === 0) return k + 1;
    const unit = readUnit(tk, j);
    if (!unit || unit.first !== j) return k + 1;
    return this.emit(k, unit.last, { kind: unit.kind, unit: unit.unit, value: mag, qualifier: 'about' }, { mag, hasMag: true, fromWord: false });
  }
}

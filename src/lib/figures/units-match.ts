/**
 * Reads the unit written after a number, on the token stream: a currency or
 * measure from the lexicon (longest match, `đô la Mỹ`, `km/h`, `m²`), a rate
 * (`đồng/kg`, `%/năm`), or a counted noun phrase (`suất quà`, `cán bộ, chiến sĩ`).
 */
import type { Kind } from '../../schema';
import { CURRENCY_FORMS, COUNT_NOUNS, MEASURE_FORMS, PEOPLE_NOUNS, unitKind } from '../units';
import { SPELLED_START_WORDS } from '../numbers';
import { NOT_UNIT_STARTS, NP_COMPOUNDS, NP_STOP, NP_STOP_2, TIMES_BEFORE_A_DATE } from './lexicon';
import { currencyOf, magnitudeOf, measureOf } from './lookup';
import { NL, NUM, PUNCT, WORD, type Tokens } from './tokens';

export interface UnitHit {
  unit: string;
  kind: Kind;
  /** First and last token of the unit. */
  first: number;
  last: number;
  /** True when the unit comes from the lexicon (currency, measure, duration, known noun). */
  strong: boolean;
  /** Which part of the lexicon: currency, measure (incl. percent/duration) or noun. */
  source: 'currency' | 'measure' | 'noun';
}

const MAX_FORM_TOKENS = 5;

/** The last syllables of `NP_COMPOUNDS`, to skip the pair lookup for every other stop word. */
const COMPOUND_TAILS: ReadonlySet<string> = new Set([...NP_COMPOUNDS].map((c) => c.split(' ').pop()!));

/** Nouns that count times or rounds: they never head a comma-joined list of nouns. */
const TIMES_NOUNS: ReadonlySet<string> = new Set(['lần', 'lượt', 'đợt', 'phiên', 'vòng']);

/** Every prefix (in whole tokens) of a currency or measure form, to stop matching early. */
const FORM_PREFIXES: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const form of [...Object.keys(CURRENCY_FORMS), ...Object.keys(MEASURE_FORMS)]) {
    const parts = form.split(' ');
    for (let k = 1; k <= parts.length; k++) set.add(parts.slice(0, k).join(' '));
  }
  return set;
})();

interface LexHit {
  info: { unit: string; kind: Kind };
  len: number;
  source: 'currency' | 'measure';
}

/** Longest currency/measure form starting at token i (token texts lower-cased, joined by spaces). */
export function matchMeasureOrCurrency(tk: Tokens, i: number): LexHit | undefined {
  if (i >= tk.n) return undefined;
  const t0 = tk.type[i];
  if (t0 !== WORD && t0 !== PUNCT) return undefined;
  // `865 đồng hồ nước`: meters, not đồng
  if (t0 === WORD && tk.lower(i) === 'đồng' && tk.isWord(i + 1) && tk.lower(i + 1) === 'hồ') return undefined;
  let best: LexHit | undefined;
  let key = '';
  for (let len = 1; len <= MAX_FORM_TOKENS; len++) {
    const k = i + len - 1;
    if (k >= tk.n) break;
    const t = tk.type[k];
    if (t === NL) break;
    if (len > 1 && t === WORD && tk.type[k - 1] === WORD && tk.glued[k]) break;
    key = len === 1 ? tk.lower(k) : `${key} ${tk.lower(k)}`;
    if (!FORM_PREFIXES.has(key)) break;
    const cur = currencyOf(key);
    if (cur !== undefined) {
      best = { info: { unit: cur, kind: 'money' }, len, source: 'currency' };
      continue;
    }
    const m = measureOf(key);
    if (m === undefined) continue;
    // `m 2`/`km 2` need the digit glued (`m2`), `độ C` needs the capital C.
    if (len > 1 && t === NUM && !tk.glued[k]) continue;
    if (key === 'độ c' && tk.raw(i + 1) !== 'C') continue;
    best = { info: m, len, source: 'measure' };
  }
  return best;
}

const NOUN = 1;
const NOUN_PREFIX = 2;
/**
 * Every known counted noun (bit NOUN) and every part of one that ends before a space or a
 * comma (bit NOUN_PREFIX). `matchKnownNoun` grows its key a word at a time; once the key is
 * no such part, no longer key can be a noun, so it stops there instead of building and
 * looking up all four keys for every word after every number.
 */
const NOUN_KEYS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const noun of [...PEOPLE_NOUNS, ...COUNT_NOUNS]) {
    map.set(noun, (map.get(noun) ?? 0) | NOUN);
    for (let c = 0; c < noun.length; c++) {
      if (noun[c] !== ' ' && noun[c] !== ',') continue;
      const part = noun.slice(0, c);
      map.set(part, (map.get(part) ?? 0) | NOUN_PREFIX);
    }
  }
  return map;
})();

/** Longest known counted noun (people or count lexicon) made of spaced words from token i. */
export function matchKnownNoun(tk: Tokens, i: number, maxWords = 6): number {
  let best = 0;
  let key = '';
  for (let len = 1; len <= maxWords; len++) {
    const k = i + len - 1;
    if (k >= tk.n) break;
    if (tk.type[k] === PUNCT && tk.raw(k) === ',' && len > 1) {
      // comma-joined lexicon entries (`tỉnh, thành`)
      key += ',';
      continue;
    }
    if (tk.type[k] !== WORD || (len > 1 && tk.glued[k])) break;
    // later words may be capitalised (`giải Nhất`); the lexicon match itself is lower-case
    key += (key === '' ? '' : ' ') + tk.lower(k);
    const bits = NOUN_KEYS.get(key);
    if (bits === undefined) break;
    if (bits & NOUN) best = len;
    if (!(bits & NOUN_PREFIX)) break;
  }
  return best;
}

/** A word written all in capitals, two letters or more (`CLB`, `HCV`). */
function isAcronym(w: string): boolean {
  return w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/** First words of the two-word stop phrases: the phrase is built only after one of them. */
const NP_STOP_2_HEADS: ReadonlySet<string> = new Set([...NP_STOP_2].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))));

function isStopAt(tk: Tokens, k: number): boolean {
  const w = tk.lower(k);
  if (NP_STOP.has(w) || magnitudeOf(w) !== undefined || SPELLED_START_WORDS.has(w)) return true;
  if (NP_STOP_2_HEADS.has(w) && tk.isWord(k + 1) && NP_STOP_2.has(`${w} ${tk.lower(k + 1)}`)) return true;
  if (NP_STOP_2.has(w)) return true;
  return false;
}

/** True when token k can continue a counted noun phrase. */
function nounWordAt(tk: Tokens, k: number): boolean {
  if (!tk.isWord(k) || tk.glued[k]) return false;
  if (tk.hasUpper(k)) return false;
  if (isStopAt(tk, k) && !(COMPOUND_TAILS.has(tk.lower(k)) && tk.isWord(k - 1) && NP_COMPOUNDS.has(`${tk.lower(k - 1)} ${tk.lower(k)}`))) return false;
  // a word followed by a number names that number (`học sinh lớp 9`)
  if (tk.isNum(k + 1)) return false;
  if (matchMeasureOrCurrency(tk, k)) return false;
  return true;
}

export interface NounOptions {
  /** Skip a leading `số` (`3/4 số hộ`). */
  dropSo?: boolean;
  /** Only lexicon units (currencies, measures, known nouns): for spelled numbers and years. */
  strongOnly?: boolean;
}

/** Appends a rate's per-part (`/kg`, `/người/tháng`) to a unit ending at token `last`. */
export function readRate(tk: Tokens, hit: UnitHit): UnitHit {
  let last = hit.last;
  let unit = hit.unit;
  for (let guard = 0; guard < 3; guard++) {
    const slash = last + 1;
    if (!tk.isPunct(slash, '/')) break;
    const w = slash + 1;
    if (w >= tk.n || (tk.type[w] !== WORD && !tk.isPunct(w, '%'))) break;
    const lex = matchMeasureOrCurrency(tk, w);
    let len = 0;
    let per = '';
    if (lex) {
      len = lex.len;
      per = lex.info.unit;
    } else {
      const n = matchKnownNoun(tk, w, 2);
      len = n > 0 ? n : 1;
      per = '';
      for (let k = w; k < w + len; k++) per += (k > w ? ' ' : '') + tk.lower(k);
      if (n === 0 && isStopAt(tk, w)) break;
    }
    unit = `${unit}/${per}`;
    last = w + len - 1;
  }
  if (last === hit.last) return hit;
  const key = unit.toLowerCase().replace('/', ' / ');
  const whole = Object.hasOwn(MEASURE_FORMS, key) ? MEASURE_FORMS[key] : undefined;
  if (whole) return { ...hit, unit: whole.unit, kind: whole.kind, last };
  const kind = hit.kind === 'money' || hit.kind === 'percent' ? hit.kind : unit === 'km/h' || unit === 'm/s' ? 'speed' : unitKind(unit);
  return { ...hit, unit, kind, last };
}

/** A roman numeral (`III`), or a bare number that ends its clause (`thôn 3,`), at token k: the number of a name. */
function namesNumeralAt(tk: Tokens, k: number): boolean {
  if (k >= tk.n || tk.glued[k]) return false;
  if (tk.type[k] === WORD) return /^[IVX]{1,4}$/.test(tk.raw(k));
  if (tk.type[k] !== NUM || !/^\d{1,3}$/.test(tk.raw(k))) return false;
  const after = k + 1;
  return after >= tk.n || tk.type[after] === NL || (tk.type[after] === PUNCT && /^[,.;)]$/.test(tk.raw(after)));
}

/**
 * Reads the unit that starts at token i (right after the number and its
 * magnitude words). Returns undefined when no unit is written there.
 */
export function readUnit(tk: Tokens, i: number, opts: NounOptions = {}): UnitHit | undefined {
  if (i >= tk.n) return undefined;
  const type = tk.type[i];
  if (type === NL) return undefined;
  const lex = matchMeasureOrCurrency(tk, i);
  // `HP 240 G9`: a letter glued to digits is a model's code, not grams
  if (lex && tk.isNum(i + lex.len) && tk.glued[i + lex.len]) return undefined;
  if (lex) {
    // `đồng chí`, `đô thị`: a known noun that starts like a unit wins when longer.
    const noun = type === WORD ? matchKnownNoun(tk, i) : 0;
    if (!(noun > lex.len)) {
      const hit: UnitHit = { unit: lex.info.unit, kind: lex.info.kind, first: i, last: i + lex.len - 1, strong: true, source: lex.source };
      return readRate(tk, hit);
    }
  }
  if (type !== WORD) return undefined;
  let j = i;
  if (opts.dropSo && tk.lower(j) === 'số' && tk.isWord(j + 1) && !tk.glued[j + 1]) j++;
  if (tk.hasUpper(j)) {
    // a known noun written with a capital (`2 Bằng khen`, `3 Huân chương Lao động`)
    const cap = matchKnownNoun(tk, j);
    if (cap > 0 && tk.isCapitalized(j)) {
      // (an acronym keeps its capitals: `14 CLB`, `28 HCV`; so does a name inside it: `1.263 Mẹ Việt Nam anh hùng`)
      let unit = '';
      for (let k = j; k < j + cap; k++) unit += tk.type[k] === PUNCT ? tk.raw(k) : (k > j ? ' ' : '') + (isAcronym(tk.raw(k)) || (k > j && tk.isCapitalized(k)) ? tk.raw(k) : tk.lower(k));
      return { unit, kind: unitKind(unit.toLowerCase()), first: i, last: j + cap - 1, strong: true, source: 'noun' };
    }
    // an acronym used as a counted noun (`2 SIM`, `5 ATM`); a capitalised word is a name
    const r = tk.raw(j);
    if (opts.strongOnly || r.length < 2 || r.length > 6 || r !== r.toUpperCase() || tk.isNum(j + 1)) return undefined;
    return { unit: r, kind: 'count', first: i, last: j, strong: false, source: 'noun' };
  }
  const known = matchKnownNoun(tk, j);
  // (`Air Blade 125 tiết kiệm thêm 8%`: a verb of two syllables whose first alone is a known noun, `tiết`; `hai yêu cầu`
  // is the noun itself)
  if (known < 2 && NP_STOP_2_HEADS.has(tk.lower(j)) && tk.isWord(j + 1) && NP_STOP_2.has(`${tk.lower(j)} ${tk.lower(j + 1)}`)) return undefined;
  if (known === 0) {
    if (opts.strongOnly) return undefined;
    if (isStopAt(tk, j) || NOT_UNIT_STARTS.has(tk.lower(j))) return undefined;
    if (TIMES_BEFORE_A_DATE.has(tk.lower(j)) && (tk.isNum(j + 1) || /^(nay|mai|hôm)$/.test(tk.lower(j + 1)))) return undefined;
  }
  let last = j + Math.max(known, 1) - 1;
  // noun complement: at most two more syllables, three in all
  // a known noun of two or more syllables, a person noun or `lần` takes no complement
  // (`doanh nghiệp nhỏ` → `doanh nghiệp`, `thí sinh đăng ký` → `thí sinh`); a one-syllable
  // classifier takes its noun (`buổi tuyên truyền`, `vụ tai nạn giao thông`)
  const headLen = last - j + 1;
  const head = tk.lower(j);
  // (`bạn` takes one: `bạn trẻ`, `bạn sinh viên`, `bạn thuyền`)
  const open = known <= 1 && (!PEOPLE_NOUNS.has(head) || head === 'bạn') && head !== 'lần';
  const maxLen = open ? headLen + (known === 1 ? 4 : 2) : headLen;
  while (last - j + 1 < maxLen && nounWordAt(tk, last + 1)) last++;
  // … whose last syllable does not split a compound (`bể bơi di động`, not `bể bơi di`)
  if (open && last - j + 1 === maxLen && tk.isWord(last + 1) && NP_COMPOUNDS.has(`${tk.lower(last)} ${tk.lower(last + 1)}`) && nounWordAt(tk, last + 1)) last++;
  // a complement right before a name's numeral names that place, it does not describe the noun (`1.603 xã khu vực III`,
  // `12 hộ thôn 3,`): the unit is the head alone
  if (last > j + headLen - 1 && namesNumeralAt(tk, last + 1)) last = j + headLen - 1;
  let unit = '';
  for (let k = j; k <= last; k++) unit += tk.type[k] === PUNCT ? tk.raw(k) : (k > j ? ' ' : '') + tk.lower(k);
  // comma-joined list of known nouns (`cán bộ, chiến sĩ`, `phường, xã`); a count of times
  // (`hai lần, ngân hàng hoàn lại…`) never heads a list: the comma ends its clause
  if (known > 0 && last === j + known - 1 && !TIMES_NOUNS.has(unit)) {
    const headIsPeople = PEOPLE_NOUNS.has(unit);
    for (let guard = 0; guard < 4; guard++) {
      if (!tk.isPunct(last + 1, ',')) break;
      const next = last + 2;
      // a capitalised word after the comma starts a name (`63 tỉnh, thành phố, Ban Chỉ đạo…`)
      if (tk.hasUpper(next)) break;
      const n = matchKnownNoun(tk, next, 3);
      if (n === 0 || (n === 1 && isStopAt(tk, next))) break;
      // the nouns of one list are all people or all things (`trẻ em, vắc xin` are two lists)
      let item = tk.lower(next);
      for (let k = next + 1; k < next + n; k++) item += ` ${tk.lower(k)}`;
      if (PEOPLE_NOUNS.has(item) !== headIsPeople) break;
      const after = next + n;
      if (after < tk.n && (tk.type[after] === NUM || (tk.type[after] === WORD && nounWordAt(tk, after)))) break;
      // (`giáo viên tiểu học 2.431 người, giáo viên THCS 1.674 người`: the next entry of a list, named by an acronym, then
      // its number)
      if (tk.isWord(after) && /^[A-ZĐ]{2,}$/.test(tk.raw(after)) && tk.isNum(after + 1)) break;
      for (let k = next; k < next + n; k++) unit += (k === next ? ', ' : ' ') + tk.lower(k);
      last = next + n - 1;
    }
  }
  const hit: UnitHit = { unit, kind: unitKind(unit), first: i, last, strong: known > 0, source: 'noun' };
  return readRate(tk, hit);
}

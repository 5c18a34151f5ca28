/**
 * Elided nouns in parallel phrases. Vietnamese often writes the counted noun
 * once for two coordinated numbers:
 * - `3 và 5 người`, `2 hoặc 3 triệu đồng`, `70, 60 và 55 tuổi`: a bare number
 *   takes the unit (and magnitude) written after the last one;
 * - `5 tập thể và 6 được … tặng giấy khen`: the bare second number takes the
 *   complementary noun (`cá nhân`); `3 người chết, 5 bị thương`: it takes the
 *   same noun.
 * - `… đạt 225.000 tỷ đồng, riêng Techcombank đạt 21.600 tỷ`: a bare amount
 *   with a magnitude word takes the unit of an earlier figure of the same
 *   sentence: `tỷ` and above the nearest money, smaller magnitudes the nearest
 *   figure counted in thousands or more with a noun of the lexicon
 *   (`312.000 tài khoản … lên hơn 9,2 triệu`).
 * Inferred units are flagged `unitInferred: true`.
 */
import { COMPLEMENTS, COUNT_NOUNS, PEOPLE_NOUNS, unitKind } from '../units';
import type { Found } from './scan';
import { NL, PUNCT, type Tokens } from './tokens';

const COORDINATORS = new Set(['và', 'hoặc', 'hay']);
const FROM_TO = new Set(['lên', 'xuống', 'còn']);

function isPlain(f: Found): boolean {
  return f.draft.min === undefined && f.draft.numerator === undefined && f.draft.value !== undefined;
}

function connector(tk: Tokens, a: Found, b: Found): string | undefined {
  if (b.firstTok - a.lastTok !== 2) return undefined;
  const c = a.lastTok + 1;
  return tk.lower(c);
}

/** True when a sentence ends between tokens `a` and `b` (a full stop glued on both sides, `TP.HCM`, does not; `;` joins clauses of one sentence). */
function sentenceBreakBetween(tk: Tokens, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = tk.type[k];
    if (t === NL) return true;
    if (t !== PUNCT) continue;
    if (tk.isPunct(k, '!') || tk.isPunct(k, '?')) return true;
    if (tk.isPunct(k, '.') && !(tk.glued[k] && tk.glued[k + 1])) return true;
  }
  return false;
}

/** A bare `21.600 tỷ`, `hơn 9,2 triệu`: the unit of an earlier figure in the sentence (see the file comment). */
function inferMagnitudeUnits(tk: Tokens, found: Found[]): void {
  for (let i = 0; i < found.length; i++) {
    const b = found[i]!;
    if (b.draft.unit !== '' || !isPlain(b) || !b.hasMag || b.mag < 1e6) continue;
    // the nearest earlier figure; for `tỷ`, failing that, the nearest later money (`giá 25 tỷ, tức 125 triệu đồng/m2`)
    let src = -1;
    for (let j = i - 1; j >= 0 && src < 0; j--) {
      if (sentenceBreakBetween(tk, found[j]!.lastTok, b.firstTok)) break;
      if (lendsUnit(found[j]!, b)) src = j;
    }
    for (let j = i + 1; j < found.length && src < 0 && b.mag >= 1e9; j++) {
      if (sentenceBreakBetween(tk, b.lastTok, found[j]!.firstTok)) break;
      if (lendsUnit(found[j]!, b)) src = j;
    }
    if (src < 0) continue;
    const unit = found[src]!.draft.unit.split('/')[0]!;
    b.draft.unit = unit;
    b.draft.kind = unitKind(unit);
    b.draft.unitInferred = true;
  }
}

/** `a` can lend its unit to the bare amount `b`: money for `tỷ` and up, else a count in thousands or more. */
function lendsUnit(a: Found, b: Found): boolean {
  const d = a.draft;
  if (d.unit === '' || d.unitInferred || d.kind === 'ratio' || d.kind === 'percent' || d.kind === 'duration') return false;
  if (b.mag >= 1e9) return d.kind === 'money';
  // only a unit from the lexicon is lent: a noun phrase read past its end would spread its error
  if ((d.kind === 'count' || d.kind === 'people') && !COUNT_NOUNS.has(d.unit) && !PEOPLE_NOUNS.has(d.unit)) return false;
  return a.hasMag || (d.value ?? d.max ?? 0) >= 1000;
}

export function inferElidedUnits(tk: Tokens, found: Found[]): void {
  inferMagnitudeUnits(tk, found);
  // a bare number takes the unit of the next, coordinated one (right to left, so chains propagate)
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (a.draft.unit !== '' || !isPlain(a) || b.draft.unit === '' || b.draft.kind === 'ratio') continue;
    const c = connector(tk, a, b);
    if (c === undefined) continue;
    // a comma only continues a chain that ends in `và`/`hoặc` (`70, 60 và 55 tuổi`)
    const chain = c === ',' && b.draft.unitInferred === true;
    if (!(COORDINATORS.has(c) || chain || (FROM_TO.has(c) && a.fromWord))) continue;
    a.draft.unit = b.draft.unit;
    a.draft.kind = b.draft.kind;
    a.draft.unitInferred = true;
    if (b.hasMag && !a.hasMag && b.mag > 1 && a.draft.value! < 1000) a.draft.value = a.draft.value! * b.mag;
  }
  // a bare number after a counted noun takes that noun, or its complement
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (a.draft.unit === '' || b.draft.unit !== '' || !isPlain(b)) continue;
    if (a.draft.kind !== 'people' && a.draft.kind !== 'count') continue;
    // `5 tập thể và 6 được…`, `3 người chết, 5 bị thương`: a short predicate may sit between
    const c = tk.lower(b.firstTok - 1);
    if (c !== 'và' && c !== ',') continue;
    let gapOk = true;
    for (let k = a.lastTok + 1; k < b.firstTok - 1; k++) if (!tk.isWord(k) || tk.hasUpper(k)) gapOk = false;
    if (!gapOk || b.firstTok - 1 - (a.lastTok + 1) > 3) continue;
    // the bare number must not be followed by a noun of its own
    const after = b.lastTok + 1;
    if (tk.isWord(after) && !/^(được|bị|đã|đang|sẽ|là|có|cũng|thì|do|trong|tại|ở)$/.test(tk.lower(after))) continue;
    const unit = COMPLEMENTS[a.draft.unit] ?? a.draft.unit;
    b.draft.unit = unit;
    b.draft.kind = unitKind(unit);
    b.draft.unitInferred = true;
  }
}

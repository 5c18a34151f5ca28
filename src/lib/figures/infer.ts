/**
 * Elided nouns in parallel phrases. Vietnamese often writes the counted noun
 * once for two coordinated numbers:
 * - `3 và 5 người`, `2 hoặc 3 triệu đồng`, `70, 60 và 55 tuổi`: a bare number
 *   takes the unit (and magnitude) written after the last one;
 * - `5 tập thể và 6 được … tặng giấy khen`: the bare second number takes the
 *   complementary noun (`cá nhân`); `3 người chết, 5 bị thương`: it takes the
 *   same noun.
 * Inferred units are flagged `unitInferred: true`.
 */
import { COMPLEMENTS, unitKind } from '../units';
import type { Found } from './scan';
import type { Tokens } from './tokens';

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

export function inferElidedUnits(tk: Tokens, found: Found[]): void {
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

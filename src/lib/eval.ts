/**
 * Scoring the figure extractor against a hand-labelled test set (pure, no I/O).
 *
 * The labelled set lives in `tests/fixtures/eval/<domain>.jsonl`, one sentence a line:
 *
 *     {"id": "econ-001", "text": "...",
 *      "figures": [{"text": "hơn 2,9 tỷ đồng", "value": 2900000000, "unit": "đồng",
 *                   "kind": "money", "qualifier": "over"}],
 *      "traps": ["21/1", "năm 2021"]}
 *
 * A figure's place in the sentence is the `occurrence`-th (default 1st) word-bounded
 * occurrence of its `text`; every word-bounded occurrence of a trap string is a trap span.
 *
 * Predicted figures are matched to expected ones one-to-one by span overlap (largest
 * overlap first). A match is *correct* when it is value-exact: same value, or same min and
 * max, or same numerator and denominator (relative tolerance 1e-9). From that:
 *
 * - recall = correct / expected, precision = correct / predicted;
 * - a false highlight is a predicted figure that overlaps no expected figure;
 *   false-highlight rate = false highlights / predicted;
 * - a trap hit is a predicted figure that overlaps a trap (must be 0);
 * - unit, lenient unit, qualifier and kind accuracy are measured over span-matched pairs.
 *   Units compare after lower-casing and folding whitespace; the lenient comparison accepts
 *   the same head noun with a longer or shorter complement (one unit's words begin the
 *   other's: `tin` ~ `tin liên quan`, but not `học sinh` ~ `học viên`, nor `đồng` ~ `đồng/kg`).
 */
import { KINDS, QUALIFIERS, type Kind, type Qualifier } from '../schema';

/** A figure as written in the labelled set. */
export interface LabelledFigure {
  text: string;
  /** Which word-bounded occurrence of `text` in the sentence (1-based, default 1). */
  occurrence?: number;
  kind: Kind;
  unit: string;
  unitInferred?: boolean;
  qualifier: Qualifier;
  value?: number;
  min?: number;
  max?: number;
  numerator?: number;
  denominator?: number;
}

/** One line of the labelled set. */
export interface LabelledSentence {
  id: string;
  text: string;
  figures: LabelledFigure[];
  /** Strings in the sentence that are not statistics (dates, names, codes …). */
  traps: string[];
}

export interface Span {
  start: number;
  end: number;
}

/** What the extractor returns for a figure (a `FigureDraft` fits). */
export interface PredictedFigure extends Span {
  text: string;
  kind: string;
  unit: string;
  unitInferred?: boolean;
  qualifier: string;
  value?: number;
  min?: number;
  max?: number;
  numerator?: number;
  denominator?: number;
}

export type ExpectedFigure = Omit<LabelledFigure, 'occurrence'> & Span;

export interface Miss {
  id: string;
  group: string;
  sentence: string;
  expected: ExpectedFigure;
  /** The predicted figure it was paired with, if any (then its value was wrong). */
  predicted?: PredictedFigure;
}

export interface Mismatch {
  id: string;
  group: string;
  field: 'unit' | 'qualifier' | 'kind';
  expected: ExpectedFigure;
  predicted: PredictedFigure;
}

export interface StrayPrediction {
  id: string;
  group: string;
  sentence: string;
  predicted: PredictedFigure;
  /** For trap hits: the trap text it overlaps. */
  trap?: string;
}

/** Counts for one sentence or a group of sentences. */
export interface Counts {
  sentences: number;
  expected: number;
  predicted: number;
  /** Span-matched pairs. */
  matched: number;
  /** Span-matched and value-exact. */
  correct: number;
  /** Predicted figures overlapping no expected figure. */
  falseHighlights: number;
  /** Predicted figures left unpaired although they overlap an expected one (split or duplicate). */
  extras: number;
  trapHits: number;
  unitExact: number;
  unitLenient: number;
  qualifierOk: number;
  kindOk: number;
}

export interface SentenceScore {
  id: string;
  group: string;
  counts: Counts;
  misses: Miss[];
  falseHighlights: StrayPrediction[];
  extras: StrayPrediction[];
  trapHits: StrayPrediction[];
  mismatches: Mismatch[];
}

export interface Metrics {
  recall: number;
  precision: number;
  falseHighlightRate: number;
  unitAccuracy: number;
  unitLenientAccuracy: number;
  qualifierAccuracy: number;
  kindAccuracy: number;
}

export interface GroupSummary {
  group: string;
  counts: Counts;
  metrics: Metrics;
}

export interface Summary {
  groups: GroupSummary[];
  overall: GroupSummary;
}

export interface Thresholds {
  minRecall: number;
  maxFalseHighlightRate: number;
  maxTrapHits: number;
}

/** The bar of issue 3: ≥ 97 % recall, ≤ 3 % false highlights, no trap hit. */
export const THRESHOLDS: Thresholds = { minRecall: 0.97, maxFalseHighlightRate: 0.03, maxTrapHits: 0 };

const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /[0-9]/;

/** True when `text[i]` would glue onto a neighbouring word or number (letters, digits, `1.5`, `1,5`, `1/5`). */
function joins(text: string, i: number, outward: number): boolean {
  const c = text[i];
  if (c === undefined) return false;
  if (WORD_CHAR.test(c)) return true;
  const beyond = text[i + outward];
  return (c === '.' || c === ',' || c === '/') && beyond !== undefined && DIGIT.test(beyond);
}

/**
 * Start offsets of every occurrence of `needle` in `text` that is not glued to a
 * neighbouring word or number: `5 tập thể` is not found inside `15 tập thể`, nor `5%` inside `5,5%`.
 */
export function findOccurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const leftOk = !WORD_CHAR.test(needle[0]!) || !joins(text, at - 1, -1);
    const rightOk = !WORD_CHAR.test(needle[needle.length - 1]!) || !joins(text, end, 1);
    if (leftOk && rightOk) found.push(at);
  }
  return found;
}

/** Places the labelled figures and traps in the sentence. Throws if a text is not there. */
export function resolveSentence(s: LabelledSentence): { expected: ExpectedFigure[]; traps: (Span & { text: string })[] } {
  const expected = s.figures.map((f) => {
    const { occurrence = 1, ...rest } = f;
    const at = findOccurrences(s.text, f.text)[occurrence - 1];
    if (at === undefined) throw new Error(`${s.id}: figure "${f.text}" (occurrence ${occurrence}) is not in the sentence`);
    return { ...rest, start: at, end: at + f.text.length };
  });
  const traps = s.traps.flatMap((t) => {
    const starts = findOccurrences(s.text, t);
    if (starts.length === 0) throw new Error(`${s.id}: trap "${t}" is not in the sentence`);
    return starts.map((start) => ({ text: t, start, end: start + t.length }));
  });
  return { expected, traps };
}

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function sameNumber(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Value-exact: same value, or same min and max, or same numerator and denominator. */
export function valueMatches(expected: ExpectedFigure, predicted: PredictedFigure): boolean {
  if (expected.numerator !== undefined || expected.denominator !== undefined)
    return sameNumber(expected.numerator, predicted.numerator) && sameNumber(expected.denominator, predicted.denominator);
  if (expected.min !== undefined || expected.max !== undefined)
    return sameNumber(expected.min, predicted.min) && sameNumber(expected.max, predicted.max);
  // `32 giường bệnh/10.000 dân` labelled as a rate (value 32, the whole in the unit) and read as the
  // proportion 32/10000: the same figure written two ways, the numerator is the value
  if (predicted.numerator !== undefined && predicted.denominator !== undefined && expected.unit !== undefined && /\/\s*[\d.]+/.test(expected.unit))
    return sameNumber(expected.value, predicted.numerator);
  return predicted.min === undefined && predicted.numerator === undefined && sameNumber(expected.value, predicted.value);
}

export function normalizeUnit(unit: string): string {
  return unit.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function unitMatches(expected: string, predicted: string): boolean {
  return normalizeUnit(expected) === normalizeUnit(predicted);
}

/** Same head noun: the shorter unit's words are the first words of the longer one. */
export function unitMatchesLeniently(expected: string, predicted: string): boolean {
  const words = (u: string) => normalizeUnit(u).split(/[\s,]+/).filter(Boolean);
  const a = words(expected);
  const b = words(predicted);
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w, i) => w === long[i]);
}

function emptyCounts(): Counts {
  return {
    sentences: 0,
    expected: 0,
    predicted: 0,
    matched: 0,
    correct: 0,
    falseHighlights: 0,
    extras: 0,
    trapHits: 0,
    unitExact: 0,
    unitLenient: 0,
    qualifierOk: 0,
    kindOk: 0,
  };
}

/** Pairs expected and predicted figures one-to-one, largest overlap first. */
function pairBySpan(expected: Span[], predicted: Span[]): Map<number, number> {
  const candidates: { e: number; p: number; size: number; drift: number }[] = [];
  expected.forEach((e, ei) =>
    predicted.forEach((p, pi) => {
      const size = overlap(e, p);
      if (size > 0) candidates.push({ e: ei, p: pi, size, drift: Math.abs(e.start - p.start) + Math.abs(e.end - p.end) });
    }),
  );
  candidates.sort((x, y) => y.size - x.size || x.drift - y.drift || x.e - y.e || x.p - y.p);
  const byExpected = new Map<number, number>();
  const usedPredicted = new Set<number>();
  for (const c of candidates) {
    if (byExpected.has(c.e) || usedPredicted.has(c.p)) continue;
    byExpected.set(c.e, c.p);
    usedPredicted.add(c.p);
  }
  return byExpected;
}

/** Scores the extractor's figures for one labelled sentence. `group` is usually the file's domain. */
export function scoreSentence(sentence: LabelledSentence, predicted: PredictedFigure[], group = ''): SentenceScore {
  const { expected, traps } = resolveSentence(sentence);
  const counts = emptyCounts();
  counts.sentences = 1;
  counts.expected = expected.length;
  counts.predicted = predicted.length;
  const score: SentenceScore = {
    id: sentence.id,
    group,
    counts,
    misses: [],
    falseHighlights: [],
    extras: [],
    trapHits: [],
    mismatches: [],
  };
  const pairs = pairBySpan(expected, predicted);
  const paired = new Set(pairs.values());

  expected.forEach((e, ei) => {
    const pi = pairs.get(ei);
    const p = pi === undefined ? undefined : predicted[pi];
    if (!p) {
      score.misses.push({ id: sentence.id, group, sentence: sentence.text, expected: e });
      return;
    }
    counts.matched++;
    if (valueMatches(e, p)) counts.correct++;
    else score.misses.push({ id: sentence.id, group, sentence: sentence.text, expected: e, predicted: p });
    if (unitMatches(e.unit, p.unit)) counts.unitExact++;
    else score.mismatches.push({ id: sentence.id, group, field: 'unit', expected: e, predicted: p });
    if (unitMatchesLeniently(e.unit, p.unit)) counts.unitLenient++;
    if (e.qualifier === p.qualifier) counts.qualifierOk++;
    else score.mismatches.push({ id: sentence.id, group, field: 'qualifier', expected: e, predicted: p });
    if (e.kind === p.kind) counts.kindOk++;
    else score.mismatches.push({ id: sentence.id, group, field: 'kind', expected: e, predicted: p });
  });

  predicted.forEach((p, pi) => {
    const stray = { id: sentence.id, group, sentence: sentence.text, predicted: p };
    if (!expected.some((e) => overlap(e, p) > 0)) score.falseHighlights.push(stray);
    else if (!paired.has(pi)) score.extras.push(stray);
    const trap = traps.find((t) => overlap(t, p) > 0);
    if (trap) score.trapHits.push({ ...stray, trap: trap.text });
  });
  counts.falseHighlights = score.falseHighlights.length;
  counts.extras = score.extras.length;
  counts.trapHits = score.trapHits.length;
  return score;
}

function add(into: Counts, c: Counts): void {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += c[key];
}

const ratio = (n: number, d: number, empty: number) => (d === 0 ? empty : n / d);

export function metricsOf(c: Counts): Metrics {
  return {
    recall: ratio(c.correct, c.expected, 1),
    precision: ratio(c.correct, c.predicted, 1),
    falseHighlightRate: ratio(c.falseHighlights, c.predicted, 0),
    unitAccuracy: ratio(c.unitExact, c.matched, 1),
    unitLenientAccuracy: ratio(c.unitLenient, c.matched, 1),
    qualifierAccuracy: ratio(c.qualifierOk, c.matched, 1),
    kindAccuracy: ratio(c.kindOk, c.matched, 1),
  };
}

/** Sums sentence scores per group (in first-seen order) and overall. */
export function summarize(scores: SentenceScore[]): Summary {
  const byGroup = new Map<string, Counts>();
  const total = emptyCounts();
  for (const s of scores) {
    let c = byGroup.get(s.group);
    if (!c) byGroup.set(s.group, (c = emptyCounts()));
    add(c, s.counts);
    add(total, s.counts);
  }
  const groups = [...byGroup].map(([group, counts]) => ({ group, counts, metrics: metricsOf(counts) }));
  return { groups, overall: { group: 'overall', counts: total, metrics: metricsOf(total) } };
}

/** The reasons a summary fails the thresholds; empty when it passes. */
export function failures(summary: Summary, t: Thresholds = THRESHOLDS): string[] {
  const { counts, metrics } = summary.overall;
  const out: string[] = [];
  if (metrics.recall < t.minRecall) out.push(`recall ${pct(metrics.recall)} < ${pct(t.minRecall)}`);
  if (metrics.falseHighlightRate > t.maxFalseHighlightRate)
    out.push(`false-highlight rate ${pct(metrics.falseHighlightRate)} > ${pct(t.maxFalseHighlightRate)}`);
  if (counts.trapHits > t.maxTrapHits) out.push(`${counts.trapHits} trap hit(s) > ${t.maxTrapHits}`);
  return out;
}

// ---------------------------------------------------------------------------
// Reading and checking the labelled set

/** Parses one JSONL file of the labelled set. Throws with `source:line` on malformed JSON. */
export function parseLabelledSet(jsonl: string, source: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push(JSON.parse(line) as LabelledSentence);
    } catch (error) {
      throw new Error(`${source}:${i + 1}: ${(error as Error).message}`);
    }
  });
  return out;
}

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Shape problems of one labelled sentence (empty when it is well formed and every text is found). */
export function checkLabelledSentence(s: LabelledSentence): string[] {
  const problems: string[] = [];
  const where = `${(s as { id?: unknown }).id ?? '(no id)'}`;
  if (typeof s.id !== 'string' || !/^[a-z]+(?:-[a-z]+)*-\d{3}$/.test(s.id)) problems.push(`${where}: id must look like "econ-001" or "nong-nghiep-001"`);
  if (typeof s.text !== 'string' || s.text.length === 0) return [...problems, `${where}: text missing`];
  if (s.text !== s.text.normalize('NFC')) problems.push(`${where}: text is not NFC`);
  if (!Array.isArray(s.figures)) return [...problems, `${where}: figures must be an array`];
  if (!Array.isArray(s.traps) || s.traps.some((t) => typeof t !== 'string' || t.length === 0))
    problems.push(`${where}: traps must be an array of non-empty strings`);
  const allowed = new Set(['text', 'occurrence', 'kind', 'unit', 'unitInferred', 'qualifier', 'value', 'min', 'max', 'numerator', 'denominator']);
  s.figures.forEach((f, i) => {
    const at = `${where} figure ${i + 1} "${f.text}"`;
    for (const key of Object.keys(f)) if (!allowed.has(key)) problems.push(`${at}: unknown field "${key}"`);
    if (typeof f.text !== 'string' || f.text.length === 0 || f.text !== f.text.trim()) problems.push(`${at}: text must be non-empty and trimmed`);
    if (!(KINDS as readonly string[]).includes(f.kind)) problems.push(`${at}: unknown kind "${f.kind}"`);
    if (!(QUALIFIERS as readonly string[]).includes(f.qualifier)) problems.push(`${at}: unknown qualifier "${f.qualifier}"`);
    if (typeof f.unit !== 'string' || f.unit !== f.unit.trim()) problems.push(`${at}: unit must be a trimmed string`);
    if (f.unitInferred !== undefined && f.unitInferred !== true) problems.push(`${at}: unitInferred is true or absent`);
    if (f.occurrence !== undefined && !(Number.isInteger(f.occurrence) && f.occurrence >= 2))
      problems.push(`${at}: occurrence is an integer ≥ 2 (leave it out for the first)`);
    const isRange = f.min !== undefined || f.max !== undefined;
    const isFraction = f.numerator !== undefined || f.denominator !== undefined;
    if (isRange && isFraction) problems.push(`${at}: a figure is a range or a fraction, not both`);
    if (isRange) {
      if (!isNum(f.min) || !isNum(f.max)) problems.push(`${at}: a range needs numeric min and max`);
      else if (!(f.min < f.max)) problems.push(`${at}: range min must be below max`);
      if (f.value !== undefined) problems.push(`${at}: a range has no value`);
    } else if (isFraction) {
      if (!isNum(f.numerator) || !isNum(f.denominator) || f.denominator === 0 || !isNum(f.value))
        problems.push(`${at}: a fraction needs numerator, non-zero denominator and value`);
      // A label may round a repeating decimal (2/3 → 0.666667); fractions are scored by numerator and denominator.
      else if (Math.abs(f.value - f.numerator / f.denominator) > 1e-6) problems.push(`${at}: value must be numerator / denominator`);
      if (f.kind !== 'ratio') problems.push(`${at}: a fraction has kind ratio`);
    } else if (!isNum(f.value)) problems.push(`${at}: value missing`);
    // A ratio is a fraction, or a multiplier written with `lần` (`gấp 2,5 lần`): value only.
    if (f.kind === 'ratio' && !isFraction && f.unit !== 'lần') problems.push(`${at}: kind ratio needs numerator and denominator (or unit "lần")`);
  });
  try {
    const { expected, traps } = resolveSentence(s);
    const sorted = [...expected].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i]!.start < sorted[i - 1]!.end) problems.push(`${where}: figures "${sorted[i - 1]!.text}" and "${sorted[i]!.text}" overlap`);
    for (const t of traps)
      for (const e of expected) if (overlap(t, e) > 0) problems.push(`${where}: trap "${t.text}" overlaps figure "${e.text}"`);
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Reporting

export function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

export function describeValue(f: Pick<PredictedFigure, 'value' | 'min' | 'max' | 'numerator' | 'denominator'>): string {
  if (f.numerator !== undefined || f.denominator !== undefined) return `${f.numerator}/${f.denominator}`;
  if (f.min !== undefined || f.max !== undefined) return `${f.min}–${f.max}`;
  return String(f.value);
}

function describe(f: PredictedFigure | ExpectedFigure): string {
  return `"${f.text}" = ${describeValue(f)} ${f.unit}${f.unitInferred ? ' (inferred)' : ''} [${f.kind}, ${f.qualifier}]`;
}

/** A fixed-width table, one row per group and one for the total. */
export function formatSummaryTable(summary: Summary): string {
  const header = ['domain', 'sent', 'exp', 'pred', 'ok', 'recall', 'prec', 'falseHL', 'FH rate', 'traps', 'unit', 'unit~', 'qual', 'kind'];
  const row = (g: GroupSummary) => [
    g.group,
    String(g.counts.sentences),
    String(g.counts.expected),
    String(g.counts.predicted),
    String(g.counts.correct),
    pct(g.metrics.recall),
    pct(g.metrics.precision),
    String(g.counts.falseHighlights),
    pct(g.metrics.falseHighlightRate),
    String(g.counts.trapHits),
    pct(g.metrics.unitAccuracy),
    pct(g.metrics.unitLenientAccuracy),
    pct(g.metrics.qualifierAccuracy),
    pct(g.metrics.kindAccuracy),
  ];
  const rows = [header, ...summary.groups.map(row), row(summary.overall)];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.slice(1, -1).map(line), rule, line(rows[rows.length - 1]!)].join('\n');
}

/** Every miss, false highlight, trap hit, extra and attribute mismatch, with its sentence. */
export function formatProblems(scores: SentenceScore[], options: { mismatches?: boolean } = {}): string {
  const out: string[] = [];
  const section = (title: string, items: string[]) => {
    if (items.length) out.push(`## ${title} (${items.length})`, ...items, '');
  };
  section(
    'Misses',
    scores.flatMap((s) =>
      s.misses.map(
        (m) =>
          `- [${m.id}] expected ${describe(m.expected)}${m.predicted ? `, got ${describe(m.predicted)}` : ', not found'}\n    ${m.sentence}`,
      ),
    ),
  );
  section(
    'Trap hits',
    scores.flatMap((s) => s.trapHits.map((h) => `- [${h.id}] ${describe(h.predicted)} hits trap "${h.trap}"\n    ${h.sentence}`)),
  );
  section(
    'False highlights',
    scores.flatMap((s) => s.falseHighlights.map((h) => `- [${h.id}] ${describe(h.predicted)}\n    ${h.sentence}`)),
  );
  section(
    'Extra figures overlapping an expected one',
    scores.flatMap((s) => s.extras.map((h) => `- [${h.id}] ${describe(h.predicted)}\n    ${h.sentence}`)),
  );
  if (options.mismatches !== false)
    section(
      'Unit / qualifier / kind mismatches',
      scores.flatMap((s) =>
        s.mismatches.map((m) => {
          const field = m.field;
          return `- [${m.id}] ${field}: expected "${String(m.expected[field])}", got "${String(m.predicted[field])}" for "${m.predicted.text}"`;
        }),
      ),
    );
  return out.join('\n');
}

// ---------------------------------------------------------------------------
// Helpers for the corpus review sample

/** The sentence around `[start, end)`: from the previous sentence end or line break to the next. */
export function sentenceAround(text: string, start: number, end: number, maxLength = 400): string {
  const boundary = /[.!?…]\s|\n/g;
  let from = 0;
  for (const m of text.slice(0, start).matchAll(boundary)) from = m.index! + m[0].length;
  boundary.lastIndex = 0;
  const after = boundary.exec(text.slice(end));
  const to = after ? end + after.index + 1 : text.length;
  let s = text.slice(from, to).trim();
  if (s.length > maxLength) {
    const mid = start - from;
    const lo = Math.max(0, mid - maxLength / 2);
    s = `${lo > 0 ? '…' : ''}${s.slice(lo, lo + maxLength)}…`;
  }
  return s;
}

/** mulberry32: a small deterministic PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `k` distinct indexes out of `n`, chosen with a seeded Fisher–Yates shuffle, in ascending order. */
export function sampleIndexes(n: number, k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const all = Array.from({ length: n }, (_, i) => i);
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (n - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, take).sort((a, b) => a - b);
}

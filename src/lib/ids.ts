/**
 * Readable, stable figure ids.
 *
 * A new figure's id is the slug of its text (`hơn 2,9 tỷ đồng` → `hon-2-9-ty-dong`),
 * with `-2`, `-3`… when that slug is taken. When the article was extracted
 * before, each figure first tries to take over the id of the previous figure it
 * is (W3C TextQuoteSelector in spirit: same exact text, then same context), so
 * editing other paragraphs or adding figures elsewhere never renames a figure.
 * Previous ids that no longer name a figure are retired into `redirects`,
 * pointing at the nearest current figure, so old links keep landing.
 */
import type { Figure } from '../schema';
import { slugify } from './slug';
import type { FigureDraft } from './types';

/** How many characters of context are stored on each side of a figure. */
export const CONTEXT_CHARS = 32;

export interface PreviousIds {
  figures: readonly Pick<Figure, 'id' | 'text' | 'start' | 'prefix' | 'suffix'>[];
  redirects: Readonly<Record<string, string>>;
}

export interface AssignedIds {
  figures: Figure[];
  redirects: Record<string, string>;
}

/** The base id of a figure's text; never empty. */
export function baseId(text: string): string {
  return slugify(text, 48) || 'so-lieu';
}

function quote(text: string, d: FigureDraft, offset: number): Quoted {
  const start = d.start + offset;
  const end = d.end + offset;
  return {
    text: d.text,
    start,
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** What the matching looks at: a draft's text, position and context. */
interface Quoted {
  text: string;
  start: number;
  prefix: string;
  suffix: string;
}
type Prev = PreviousIds['figures'][number];

/**
 * Gives every draft an id and its quote context. `text` is the normalised
 * source; the drafts' offsets point into it once `offset` is added (the
 * figures returned carry the shifted offsets). Deterministic for the same inputs.
 */
export function assignIds(text: string, drafts: readonly FigureDraft[], previous?: PreviousIds, offset = 0): AssignedIds {
  // Small objects of one shape for the matching; the figures are built once, at the end.
  const quoted: Quoted[] = drafts.map((d) => quote(text, d, offset));
  const ids: (string | undefined)[] = new Array(quoted.length).fill(undefined);
  const prevFigures = previous?.figures ?? [];
  const usedPrev = new Set<number>();

  // Passes from the strictest match to the loosest; each previous figure gives its id once.
  // Candidates are looked up by key (text, context), so a re-run stays linear in the figures.
  const keyed: ((f: { text: string; prefix?: string; suffix?: string }) => string | undefined)[] = [
    (f) => (f.prefix === undefined || f.suffix === undefined ? undefined : `${f.text}\u0000${f.prefix}\u0000${f.suffix}`),
    (f) => (f.prefix === undefined ? undefined : `${f.text}\u0000${f.prefix}`),
    (f) => (f.suffix === undefined ? undefined : `${f.text}\u0001${f.suffix}`),
    (f) => f.text,
  ];
  for (const key of keyed) matchBy(key);
  // The extractor changed the span but the words around it are the same place (a few figures at most).
  const unmatched = prevFigures.length === 0 ? [] : quoted.map((_, i) => i).filter((i) => ids[i] === undefined);
  if (unmatched.length > 0 && prevFigures.length - usedPrev.size > 0 && unmatched.length * (prevFigures.length - usedPrev.size) <= 250_000) {
    for (const i of unmatched) {
      const q = quoted[i]!;
      const around = `${q.prefix}${q.text}${q.suffix}`;
      let best = -1;
      prevFigures.forEach((p, j) => {
        if (usedPrev.has(j) || p.prefix === undefined || p.suffix === undefined || !around.includes(p.text)) return;
        if (!q.prefix.endsWith(p.prefix.slice(-8)) && !q.suffix.startsWith(p.suffix.slice(0, 8))) return;
        if (best < 0 || Math.abs(p.start - q.start) < Math.abs(prevFigures[best]!.start - q.start)) best = j;
      });
      if (best >= 0) {
        usedPrev.add(best);
        ids[i] = prevFigures[best]!.id;
      }
    }
  }

  /** Gives each unnamed figure the id of the nearest unused previous figure with the same key. */
  function matchBy(key: (f: { text: string; prefix?: string; suffix?: string }) => string | undefined): void {
    const candidates = new Map<string, { list: number[]; next: number }>();
    prevFigures.forEach((p, j) => {
      if (usedPrev.has(j)) return;
      const k = key(p);
      if (k === undefined) return;
      const entry = candidates.get(k);
      if (entry) entry.list.push(j);
      else candidates.set(k, { list: [j], next: 0 });
    });
    if (candidates.size === 0) return;
    quoted.forEach((q, i) => {
      if (ids[i] !== undefined) return;
      const entry = candidates.get(key(q)!);
      if (!entry) return;
      // Previous figures are in text order: the first unused one is the nearest in reading order.
      while (entry.next < entry.list.length && usedPrev.has(entry.list[entry.next]!)) entry.next++;
      const j = entry.list[entry.next++];
      if (j === undefined) return;
      usedPrev.add(j);
      ids[i] = prevFigures[j]!.id;
    });
  }

  // Ids that may not be handed out again: current ones, and every id that ever existed.
  const taken = new Set<string>([
    ...ids.filter((id): id is string => id !== undefined),
    ...prevFigures.map((p) => p.id),
    ...Object.keys(previous?.redirects ?? {}),
  ]);
  const nextSuffix = new Map<string, number>();
  const bases = new Map<string, string>();
  quoted.forEach((q, i) => {
    if (ids[i] !== undefined) return;
    let base = bases.get(q.text);
    if (base === undefined) bases.set(q.text, (base = baseId(q.text)));
    let id = base;
    let n = nextSuffix.get(base) ?? 2;
    while (taken.has(id)) id = `${base}-${n++}`;
    nextSuffix.set(base, n);
    taken.add(id);
    ids[i] = id;
  });

  // Key order: id, the draft's own keys, then prefix and suffix (Object.assign copies the
  // drafts' varied shapes faster than a spread does).
  const figures: Figure[] = drafts.map((d, i) => {
    const f: Figure = Object.assign({ id: ids[i]! }, d) as Figure;
    if (offset !== 0) {
      f.start = d.start + offset;
      f.end = d.end + offset;
    }
    f.prefix = quoted[i]!.prefix;
    f.suffix = quoted[i]!.suffix;
    return f;
  });
  return { figures, redirects: retire(figures, prevFigures, usedPrev, previous?.redirects ?? {}) };
}

/** Maps every id that no longer names a figure to the nearest current figure. */
function retire(
  figures: readonly Figure[],
  prevFigures: readonly Prev[],
  usedPrev: ReadonlySet<number>,
  oldRedirects: Readonly<Record<string, string>>,
): Record<string, string> {
  const redirects: Record<string, string> = {};
  // A first extraction has nothing to retire.
  if (figures.length === 0 || (prevFigures.length === 0 && Object.keys(oldRedirects).length === 0)) return redirects;
  const current = new Set(figures.map((f) => f.id));
  const nearest = nearestFigure(figures);
  const retiredTarget = new Map<string, string>();
  prevFigures.forEach((p, j) => {
    if (usedPrev.has(j) || current.has(p.id)) return;
    const target = nearest(p.start, p.text);
    retiredTarget.set(p.id, target);
    redirects[p.id] = target;
  });
  const prevById = new Map<string, Prev>();
  for (const p of prevFigures) if (!prevById.has(p.id)) prevById.set(p.id, p);
  for (const [from, to] of Object.entries(oldRedirects)) {
    if (current.has(from)) continue; // the id names a figure again
    const target = current.has(to) ? to : retiredTarget.get(to);
    if (target !== undefined) redirects[from] = target;
    else {
      // The old target vanished long ago: send the link to the figure nearest where that target was.
      const prev = prevById.get(to);
      redirects[from] = prev ? nearest(prev.start, prev.text) : figures[0]!.id;
    }
  }
  return Object.fromEntries(Object.entries(redirects).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The id of the figure nearest `start`; at the same distance, one with the same text, else
 * the first. A binary search when the figures are in text order (as the extractor gives them).
 */
function nearestFigure(figures: readonly Figure[]): (start: number, text?: string) => string {
  const linear = (start: number, text?: string) => {
    let best = figures[0]!;
    for (const f of figures) {
      const d = Math.abs(f.start - start) - (f.text === text ? 0.5 : 0);
      const bestD = Math.abs(best.start - start) - (best.text === text ? 0.5 : 0);
      if (d < bestD) best = f;
    }
    return best.id;
  };
  const starts = figures.map((f) => f.start);
  if (!starts.every((s, k) => Number.isInteger(s) && (k === 0 || s >= starts[k - 1]!))) return linear;
  return (start, text) => {
    if (!Number.isInteger(start)) return linear(start, text);
    // Whole-number distances: the half-point bonus for the same text only breaks ties, so the
    // answer is among the figures at the smallest distance, just before and just after `start`.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    const d = Math.min(lo > 0 ? start - starts[lo - 1]! : Infinity, lo < starts.length ? starts[lo]! - start : Infinity);
    let a = lo;
    while (a > 0 && starts[a - 1] === start - d) a--;
    let b = lo;
    while (b < starts.length && starts[b] === start + d) b++;
    for (let k = a; k < b; k++) if (figures[k]!.text === text) return figures[k]!.id;
    return figures[a]!.id;
  };
}

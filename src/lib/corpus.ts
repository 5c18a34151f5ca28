/**
 * Pure logic behind the corpus pages: the article list (`/`, `/trang/N/`),
 * the listings per outlet, year and category (`/nguon/`, `/nam/`,
 * `/chuyen-muc/`) and the figures explorer (`/so-lieu/`).
 *
 * Nothing here does I/O: the Astro pages read the collection once
 * (`src/components/corpus/data.ts`) and hand plain objects to these
 * functions. The explorer renders its table rows as HTML strings here,
 * because it has ~300,000 rows at 10,000 articles and string building is
 * roughly twenty times cheaper than rendering each row as an Astro template.
 */
import { CONTEXT_CHARS } from './ids';
import { formatNumber, KIND_LABELS, QUALIFIER_LABELS, QUALIFIER_SYMBOLS } from './reading';
import { KINDS, type Figure, type Kind, type Meta, type Qualifier } from '../schema';
import { slugify } from './slug';

// ---------------------------------------------------------------------------
// Labels (Vietnamese interface)
// ---------------------------------------------------------------------------

/** Labels and number formatting: one set for the whole site (src/lib/reading.ts). */
export { formatNumber, KIND_LABELS, QUALIFIER_LABELS, QUALIFIER_SYMBOLS };

/** URL segment of each kind under `/so-lieu/`: the folded label. */
export const KIND_SLUGS: Record<Kind, string> = Object.fromEntries(
  KINDS.map((k) => [k, slugify(KIND_LABELS[k])]),
) as Record<Kind, string>;



// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

const collator = new Intl.Collator('vi');


/** Compares two strings the Vietnamese way (`Đà Lạt` after `Dân Trí`). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

type FigureValue = Pick<Figure, 'value' | 'min' | 'max' | 'numerator' | 'denominator' | 'qualifier'>;

/** The number part of a figure without its qualifier: `2.900.000.000`, `1.000–2.000`, `11/11`. */
export function formatBareValue(f: FigureValue): string {
  if (f.numerator !== undefined && f.denominator !== undefined)
    return `${formatNumber(f.numerator)}/${formatNumber(f.denominator)}`;
  if (f.min !== undefined && f.max !== undefined) return `${formatNumber(f.min)}–${formatNumber(f.max)}`;
  return f.value === undefined ? '' : formatNumber(f.value);
}

/** The value with its qualifier symbol: `> 2.900.000.000`, `≈ 300`, `12,5`. */
export function formatFigureValue(f: FigureValue): string {
  const symbol = QUALIFIER_SYMBOLS[f.qualifier];
  const bare = formatBareValue(f);
  return symbol ? `${symbol} ${bare}` : bare;
}

/** The number a figure sorts by: its value, or the middle of a range. */
export function figureSortValue(f: Pick<Figure, 'value' | 'min' | 'max'>): number {
  if (f.value !== undefined) return f.value;
  if (f.min !== undefined && f.max !== undefined) return (f.min + f.max) / 2;
  return 0;
}

/** `2022-01-21` → `21/01/2022`, `2022-01` → `01/2022`, `2022` → `2022`. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  return iso.split('-').reverse().join('/');
}

/** The year of an ISO date (`2022-01-21` → 2022), or undefined. */
export function yearOf(iso: string | undefined): number | undefined {
  const m = iso ? /^(\d{4})/.exec(iso) : null;
  return m ? Number(m[1]) : undefined;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!) : text;
}

// ---------------------------------------------------------------------------
// Slugs for outlet, category and unit names
// ---------------------------------------------------------------------------

/** Symbols that fold to nothing but name a unit. */
const SYMBOL_WORDS: [RegExp, string][] = [
  [/%/g, ' phan tram '],
  [/‰/g, ' phan nghin '],
  [/°/g, ' do '],
  [/₫/g, ' dong '],
  [/\$/g, ' usd '],
  [/€/g, ' euro '],
  [/²/g, '2'],
  [/³/g, '3'],
];

/** A URL segment for a name: `Lao Động` → `lao-dong`, `%` → `phan-tram`, `m²` → `m2`. */
export function nameSlug(name: string, fallback = 'khac'): string {
  let text = name;
  for (const [re, word] of SYMBOL_WORDS) text = text.replace(re, word);
  return slugify(text, 60) || fallback;
}

/**
 * Gives every distinct name a unique slug, deterministically: names are
 * taken in Vietnamese order and a name whose slug is already taken gets
 * `-2`, `-3`… (`Tân` and `Tấn` → `tan`, `tan-2`). `trang` (the pagination
 * segment) and any `reserved` slug are never given out bare.
 */
export function assignSlugs(names: Iterable<string>, fallback = 'khac', reserved: readonly string[] = []): Map<string, string> {
  const unique = [...new Set(names)].sort((a, b) => compareVi(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  const natural = unique.map((n) => nameSlug(n, fallback));
  const taken = new Set<string>(['trang', ...reserved]);
  const result = new Map<string, string>();
  // First pass: the first name with a slug keeps it, so no name loses its own slug to another's suffix.
  unique.forEach((name, i) => {
    if (taken.has(natural[i]!)) return;
    taken.add(natural[i]!);
    result.set(name, natural[i]!);
  });
  // Second pass: the others get the first free `-2`, `-3`…
  unique.forEach((name, i) => {
    if (result.has(name)) return;
    let n = 2;
    while (taken.has(`${natural[i]}-${n}`)) n++;
    taken.add(`${natural[i]}-${n}`);
    result.set(name, `${natural[i]}-${n}`);
  });
  return result;
}

// ---------------------------------------------------------------------------
// Articles: summaries, sorting, grouping
// ---------------------------------------------------------------------------

/** What the corpus pages need from a collection entry. */
export interface CorpusEntry {
  id: string;
  /** What the listings need of an article (`ArticleEntry` of src/schema.ts; Astro's store keeps it as JSON, see `entrySummary`). */
  data: { meta: Meta; figureCount: number; kindCounts: [Kind, number][] };
  /** The loader's digest of the article file: the key of its cache (src/loaders/articles.ts). */
  digest?: string | number;
  body?: string;
  /** The article file, relative to the working directory (set by the loader). */
  filePath?: string;
}

/** One line of the article list. */
export interface ArticleSummary {
  id: string;
  href: string;
  title: string;
  titleDerived: boolean;
  date?: string;
  year?: number;
  outlet?: string;
  category?: string;
  figureCount: number;
  /** Kinds present in the article, in the order of `KINDS`, with their counts. */
  kindCounts: [Kind, number][];
}

/** The URL of an article page. */
export function articleHref(id: string): string {
  return `/bai/${id}/`;
}

/** The URL of one figure inside its article page. */
export function figureHref(articleId: string, figureId: string): string {
  return `/bai/${articleId}/#${figureId}`;
}

/** How many figures of each kind, in the order of `KINDS`, kinds absent left out. */
export function countByKind(figures: readonly Pick<Figure, 'kind'>[]): [Kind, number][] {
  const counts = new Map<Kind, number>();
  for (const f of figures) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return KINDS.filter((k) => counts.has(k)).map((k) => [k, counts.get(k)!]);
}

/** The `ArticleEntry` kept in an entry of Astro's store (`StoredEntry` of src/schema.ts: one JSON string). */
export function entrySummary(entry: { data: { summary: string } }): CorpusEntry['data'] {
  return JSON.parse(entry.data.summary) as CorpusEntry['data'];
}

/** What the listings need of an article (`ArticleEntry` of src/schema.ts): its metadata and figure counts. */
export function articleEntry(data: { meta: Meta; figures: readonly Pick<Figure, 'kind'>[] }): CorpusEntry['data'] {
  return { meta: data.meta, figureCount: data.figures.length, kindCounts: countByKind(data.figures) };
}

export function summarize(entry: CorpusEntry): ArticleSummary {
  const { meta, figureCount, kindCounts } = entry.data;
  return {
    id: entry.id,
    href: articleHref(entry.id),
    title: meta.title,
    titleDerived: meta.titleDerived,
    date: meta.date,
    year: yearOf(meta.date),
    outlet: meta.outlet,
    category: meta.category,
    figureCount,
    kindCounts,
  };
}

/**
 * Newest first: by date descending (a date known only to the month or year
 * sorts before the full dates within it), undated articles last, then by
 * title in Vietnamese order, then by id so the order is total.
 */
export function compareNewestFirst(
  a: { id: string; date?: string; title: string },
  b: { id: string; date?: string; title: string },
): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    const byDate = comparePartialDates(b.date, a.date);
    if (byDate !== 0) return byDate;
  }
  return compareVi(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Orders ISO dates of any precision; `2022` < `2022-01` < `2022-01-05`. */
function comparePartialDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy sorted newest first. */
export function sortNewestFirst<T extends { id: string; date?: string; title: string }>(items: readonly T[]): T[] {
  return [...items].sort(compareNewestFirst);
}

/** A set of articles sharing an outlet, a year or a category. */
export interface Group<T> {
  /** The name as written (`Lao Động`, `2022`, `Xã hội`). */
  name: string;
  slug: string;
  /** Members in the order they were given (pass them newest first). */
  items: T[];
}

/**
 * Groups items by a key; items without a key are left out. Groups come out
 * in the order given by `order` (default: Vietnamese order of the name).
 */
export function groupBy<T>(
  items: readonly T[],
  key: (item: T) => string | undefined,
  slugs: (names: string[]) => Map<string, string> = (names) => assignSlugs(names),
  order: (a: Group<T>, b: Group<T>) => number = (a, b) => compareVi(a.name, b.name),
): Group<T>[] {
  const byName = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    if (name === undefined || name === '') continue;
    let list = byName.get(name);
    if (!list) byName.set(name, (list = []));
    list.push(item);
  }
  const slugOf = slugs([...byName.keys()]);
  return [...byName].map(([name, list]) => ({ name, slug: slugOf.get(name)!, items: list })).sort(order);
}

/** Per-year groups, newest year first; the slug is the year itself. */
export function groupByYear<T extends { year?: number }>(items: readonly T[]): Group<T>[] {
  return groupBy(
    items,
    (i) => (i.year === undefined ? undefined : String(i.year)),
    (names) => new Map(names.map((n) => [n, n])),
    (a, b) => Number(b.name) - Number(a.name),
  );
}

// ---------------------------------------------------------------------------
// Paging
// ---------------------------------------------------------------------------

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** 1-based position of the first and last item on this page in the whole list. */
  first: number;
  last: number;
}

/** Splits a list into pages of `perPage`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], perPage: number): Page<T>[] {
  if (!(perPage >= 1)) throw new RangeError('perPage must be at least 1');
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * perPage, (i + 1) * perPage);
    return { number: i + 1, count, items: slice, first: i * perPage + 1, last: i * perPage + slice.length };
  });
}

/** Page `n` of a listing whose first page is `base` (ending in `/`): `base`, `base + 'trang/2/'`… */
export function pageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}trang/${n}/`;
}

/**
 * The page numbers a pagination bar shows: the first, the last, and
 * `radius` either side of the current one, with `'gap'` where numbers are
 * skipped. A gap that would hide a single number shows the number instead.
 */
export function paginationItems(current: number, count: number, radius = 2): (number | 'gap')[] {
  const shown = new Set<number>([1, count]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const items: (number | 'gap')[] = [];
  let previous = 0;
  for (const n of sorted) {
    if (n - previous === 2) items.push(n - 1);
    else if (n - previous > 2) items.push('gap');
    items.push(n);
    previous = n;
  }
  return items;
}

/** A static page of a grouped listing (`/nguon/…`): the index of groups, or a page of one group. */
export type ListingRoute<T> = { path: undefined } | { path: string; group: Group<T>; page: Page<T> };

/**
 * The pages of a grouped listing, as rest-parameter paths: `undefined` for
 * the index (`/nguon/`), `lao-dong` for page 1 of a group, `lao-dong/trang/2`…
 */
export function listingRoutes<T>(groups: readonly Group<T>[], perPage: number): ListingRoute<T>[] {
  const routes: ListingRoute<T>[] = [{ path: undefined }];
  for (const group of groups)
    for (const page of paginate(group.items, perPage))
      routes.push({ path: page.number === 1 ? group.slug : `${group.slug}/trang/${page.number}`, group, page });
  return routes;
}

// ---------------------------------------------------------------------------
// Excerpts: the sentence around a figure
// ---------------------------------------------------------------------------

export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

/** Words that end with a full stop without ending the sentence (`TP. Hồ Chí Minh`). */
const ABBREVIATIONS = new Set(['tp', 'tt', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'th', 'q', 'p', 'st', 'ubnd', 'v.v', 'vv']);

const CLOSERS = '"”’\')]»';

/** True when the character at `i` ends a sentence (`.`, `!`, `?`, `…` followed by space or the end). */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?' && c !== '…') return false;
  let j = i + 1;
  while (j < text.length && CLOSERS.includes(text[j]!)) j++;
  if (j < text.length && !/\s/.test(text[j]!)) return false; // `2.900`, `v.v`
  if (c === '.') {
    // The word before the dot: an abbreviation (`TP.`) or an initial (`V.`) does not end a sentence.
    let k = i;
    while (k > 0 && i - k < 6 && /[\p{L}.]/u.test(text[k - 1]!)) k--;
    const word = text.slice(k, i);
    if (ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && /\p{Lu}/u.test(word))) return false;
  }
  return true;
}

/** Cuts `text` to at most `max` characters at a word boundary, from the start or the end. */
function clip(text: string, max: number, keep: 'start' | 'end'): string {
  if (text.length <= max) return text;
  if (keep === 'end') {
    const cut = text.slice(text.length - max);
    const space = cut.indexOf(' ');
    return '…' + (space >= 0 && space < max / 2 ? cut.slice(space + 1) : cut);
  }
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '…';
}

/**
 * The sentence of `text` that contains `[start, end)`, split around it,
 * whitespace collapsed, each side clipped to about `maxSide` characters
 * with `…` where it was cut. A sentence ends at `.`, `!`, `?` or `…`
 * followed by a space (not `2.900`, not `TP.`), or at a line break.
 */
export function excerptAround(text: string, start: number, end: number, maxSide = 80): Excerpt {
  let from = start;
  while (from > 0) {
    const c = text[from - 1]!;
    if (c === '\n') break;
    if (endsSentence(text, from - 1)) break;
    from--;
  }
  let to = end;
  while (to < text.length) {
    const c = text[to]!;
    if (c === '\n') break;
    if (endsSentence(text, to)) {
      to++;
      while (to < text.length && CLOSERS.includes(text[to]!)) to++;
      break;
    }
    to++;
  }
  const squeeze = (s: string) => (/\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s);
  return {
    before: clip(squeeze(text.slice(from, start)).trimStart(), maxSide, 'end'),
    match: squeeze(text.slice(start, end)),
    after: clip(squeeze(text.slice(end, to)).trimEnd(), maxSide, 'start'),
  };
}

/**
 * Where a figure starts in an article body. Figure offsets count from the
 * start of the normalised source, the body from `meta.bodyStart`; a loader
 * that trims the body shifts it a little, so the nearest earlier occurrence
 * of the figure's text is accepted within `slack` characters. -1 if absent.
 */
export function locateInBody(body: string, bodyStart: number, figure: Pick<Figure, 'text' | 'start'>, slack = 64): number {
  const expected = figure.start - bodyStart;
  if (expected >= 0 && body.startsWith(figure.text, expected)) return expected;
  const found = body.lastIndexOf(figure.text, Math.max(0, expected));
  return found >= 0 && expected - found <= slack ? found : -1;
}

/** The excerpt of a figure, from the body when it can be found there, else from its stored context. */
export function figureExcerpt(
  body: string | undefined,
  bodyStart: number,
  figure: Pick<Figure, 'text' | 'start' | 'end' | 'prefix' | 'suffix'>,
  maxSide = 80,
): Excerpt {
  const at = body === undefined ? -1 : locateInBody(body, bodyStart, figure);
  if (at >= 0) return excerptAround(body!, at, at + figure.text.length, maxSide);
  // No body: the stored quote context. It was cut at a fixed length, so drop the
  // word cut in half at each cut end and mark the cut with "…".
  let prefix = figure.prefix ?? '';
  let suffix = figure.suffix ?? '';
  const cutBefore = prefix.length >= CONTEXT_CHARS;
  const cutAfter = suffix.length >= CONTEXT_CHARS;
  if (cutBefore) prefix = prefix.slice(prefix.search(/\s/) + 1 || prefix.length);
  if (cutAfter) suffix = suffix.slice(0, Math.max(0, suffix.search(/\s\S*$/)));
  const ex = excerptAround(prefix + figure.text + suffix, prefix.length, prefix.length + figure.text.length, maxSide);
  const reachedStart = ex.before === prefix.replace(/\s+/g, ' ').trimStart();
  const reachedEnd = ex.after === suffix.replace(/\s+/g, ' ').trimEnd();
  return {
    before: cutBefore && reachedStart && ex.before ? `…${ex.before}` : ex.before,
    match: ex.match,
    after: cutAfter && reachedEnd && ex.after && !/[.!?…]["”’')\]»]*$/.test(ex.after) ? `${ex.after}…` : ex.after,
  };
}

// ---------------------------------------------------------------------------
// Figures explorer
// ---------------------------------------------------------------------------

/** An article as the explorer holds it: in newest-first order, body kept for excerpts. */
export interface ExplorerArticle {
  id: string;
  title: string;
  date?: string;
  bodyStart: number;
  /**
   * The body, for sentence excerpts. Without it, excerpts come from the
   * figures' stored quote context. (Kept as a string: keeping UTF-8 bytes
   * instead saved ~40 MB at 10,000 articles but decoding a whole body for
   * each row of a value-sorted table was 12% of the page rendering.)
   */
  body?: string;
  figures: readonly Figure[];
}

/** One row: figure `f` of article `a` (indexes into `ExplorerIndex.articles`). */
export interface FigureRef {
  a: number;
  f: number;
  /** Sort value (`figureSortValue`) and position in the newest-first order, for cheap sorting. */
  v: number;
  i: number;
}

/** A paginated table of figures with its own URL. */
export interface ExplorerView {
  /** Path under `/so-lieu/` without slashes at the ends: `''`, `phan-tram`, `tien/don-vi/dong`, `tien/don-vi/khac`. */
  path: string;
  /** `date`: newest article first; `value`: largest first; `unit-value`: by unit, then largest first. */
  sort: 'date' | 'value' | 'unit-value';
  kind?: Kind;
  /** Set when every row has this unit. */
  unit?: string;
  refs: FigureRef[];
  /** Row ids for a view pooling several units: the first row of each unit. */
  anchors?: Map<FigureRef, string>;
}

/** A unit of a kind and where its figures are. */
export interface UnitEntry {
  unit: string;
  slug: string;
  count: number;
  /** The figure with the largest value. */
  largest: FigureRef;
  /** Link to the first of its rows. */
  href: string;
}

export interface KindView {
  kind: Kind;
  /** `tien`: the kind's page, `/so-lieu/tien/`. */
  path: string;
  count: number;
  /** Most figures first. */
  units: UnitEntry[];
  /** Value-sorted tables: one per common unit, then one pooling the rare units. */
  views: ExplorerView[];
  /** Where the full list of units is: the kind's page when it has several tables, else `<kind>/don-vi`. */
  unitIndexPath: string;
}

export interface ExplorerIndex {
  articles: ExplorerArticle[];
  perPage: number;
  /** All figures, newest article first, in text order within an article. */
  all: ExplorerView;
  /** Kinds present in the corpus, in the order of `KINDS`. */
  kinds: KindView[];
  /** Per article: its title and date cells, rendered once. */
  articleCells: string[];
}

export interface ExplorerOptions {
  /** Rows on one page. */
  perPage: number;
  /** A unit with fewer figures than this shares the kind's `khac` (other units) table. */
  minUnitFigures: number;
}

/** Path segment of the table pooling a kind's rare units. */
export const OTHER_UNITS = 'khac';

/** The URL of an explorer page: `''` → `/so-lieu/`, page 2 of `tien` → `/so-lieu/tien/trang/2/`. */
export function explorerHref(path: string, n = 1): string {
  return pageHref(path ? `/so-lieu/${path}/` : '/so-lieu/', n);
}

/** Number of pages of a view (at least one). */
export function pageCount(view: ExplorerView, perPage: number): number {
  return Math.max(1, Math.ceil(view.refs.length / perPage));
}

/**
 * Builds the explorer. `articles` must already be newest first. The date
 * view is their figures in that order. Value sorting only compares figures
 * of one unit (2,9 tỷ đồng and 15 triệu USD are not comparable), so each
 * kind has a value-sorted table per common unit, and one table for its rare
 * units, sorted by unit and then by value; a kind with a single table shows
 * it on its own page, otherwise its page lists its units.
 */
export function buildExplorerIndex(articles: ExplorerArticle[], options: ExplorerOptions): ExplorerIndex {
  const { perPage, minUnitFigures } = options;
  const all: FigureRef[] = [];
  articles.forEach((article, a) => {
    const order = article.figures.map((_, f) => f).sort((x, y) => article.figures[x]!.start - article.figures[y]!.start);
    for (const f of order) all.push({ a, f, v: figureSortValue(article.figures[f]!), i: all.length });
  });
  const figureOf = (r: FigureRef) => articles[r.a]!.figures[r.f]!;
  const byValue = (x: FigureRef, y: FigureRef) => y.v - x.v || x.i - y.i;

  const kinds: KindView[] = [];
  for (const kind of KINDS) {
    const refs = all.filter((r) => figureOf(r).kind === kind);
    if (refs.length === 0) continue;
    const kindPath = KIND_SLUGS[kind];
    const byUnit = new Map<string, FigureRef[]>();
    for (const r of refs) {
      const unit = figureOf(r).unit;
      let list = byUnit.get(unit);
      if (!list) byUnit.set(unit, (list = []));
      list.push(r);
    }
    for (const list of byUnit.values()) list.sort(byValue);
    const slugs = assignSlugs(byUnit.keys(), 'khong-don-vi', [OTHER_UNITS]);
    const common = [...byUnit].filter(([, list]) => list.length >= minUnitFigures);
    const rare = [...byUnit].filter(([, list]) => list.length < minUnitFigures).sort(([x], [y]) => compareVi(x, y));
    const single = common.length + (rare.length > 0 ? 1 : 0) === 1;
    const views: ExplorerView[] = [];
    const place = new Map<string, { view: ExplorerView; offset: number }>();
    for (const [unit, list] of common) {
      const view: ExplorerView = { path: single ? kindPath : `${kindPath}/don-vi/${slugs.get(unit)}`, sort: 'value', kind, unit, refs: list };
      views.push(view);
      place.set(unit, { view, offset: 0 });
    }
    if (rare.length > 0) {
      const view: ExplorerView = {
        path: single ? kindPath : `${kindPath}/don-vi/${OTHER_UNITS}`,
        sort: 'unit-value',
        kind,
        unit: rare.length === 1 ? rare[0]![0] : undefined,
        refs: [],
        anchors: new Map(),
      };
      for (const [unit, list] of rare) {
        place.set(unit, { view, offset: view.refs.length });
        if (rare.length > 1) view.anchors!.set(list[0]!, `don-vi-${slugs.get(unit)}`);
        view.refs.push(...list);
      }
      views.push(view);
    }
    const units: UnitEntry[] = [...byUnit]
      .map(([unit, list]) => {
        const { view, offset } = place.get(unit)!;
        const anchor = view.anchors?.get(list[0]!);
        return {
          unit,
          slug: slugs.get(unit)!,
          count: list.length,
          largest: list[0]!,
          href: explorerHref(view.path, Math.floor(offset / perPage) + 1) + (anchor ? `#${anchor}` : ''),
        };
      })
      .sort((x, y) => y.count - x.count || compareVi(x.unit, y.unit));
    kinds.push({ kind, path: kindPath, count: refs.length, units, views, unitIndexPath: single ? `${kindPath}/don-vi` : kindPath });
  }
  const articleCells = articles.map(
    (a) =>
      `<td><a href="${articleHref(a.id)}">${escapeHtml(a.title)}</a></td>` +
      `<td>${a.date ? `<time datetime="${a.date}">${formatDate(a.date)}</time>` : ''}</td>`,
  );
  return { articles, perPage, all: { path: '', sort: 'date', refs: all }, kinds, articleCells };
}

/** A static page of the explorer. */
export type ExplorerPage =
  | { type: 'rows'; path: string; view: ExplorerView; page: number; pageCount: number }
  | { type: 'units'; path: string; kind: KindView };

/** How many units the filter bar lists before linking to the full list. */
export const FILTER_UNITS = 20;

/** Every page of the explorer, with its path under `/so-lieu/` (`''` for `/so-lieu/` itself). */
export function explorerPages(index: ExplorerIndex): ExplorerPage[] {
  const pages: ExplorerPage[] = [];
  const addView = (view: ExplorerView) => {
    const count = pageCount(view, index.perPage);
    for (let page = 1; page <= count; page++) {
      const path = page > 1 ? (view.path ? `${view.path}/trang/${page}` : `trang/${page}`) : view.path;
      pages.push({ type: 'rows', path, view, page, pageCount: count });
    }
  };
  addView(index.all);
  for (const kind of index.kinds) {
    const single = kind.views.length === 1;
    if (!single || kind.units.length > FILTER_UNITS) pages.push({ type: 'units', path: kind.unitIndexPath, kind });
    for (const view of kind.views) addView(view);
  }
  return pages;
}

/** The refs shown on page `page` (1-based) of a view. */
export function pageRefs(index: ExplorerIndex, view: ExplorerView, page: number): FigureRef[] {
  return view.refs.slice((page - 1) * index.perPage, page * index.perPage);
}

/** Options for rendering rows. */
export interface RowOptions {
  /** Characters of context either side of the figure in the excerpt. */
  maxSide?: number;
  /** Ids for some rows (`ExplorerView.anchors`). */
  anchors?: ReadonlyMap<FigureRef, string>;
}

/**
 * The `<tr>` elements of an explorer table, as one HTML string. Columns:
 * value (the row header, linking to the figure), unit, excerpt with the
 * figure in `<mark>`, article (links to it), date, kind, qualifier; the
 * most useful first, because phones scroll the table sideways.
 */
export function renderExplorerRows(index: ExplorerIndex, refs: readonly FigureRef[], options: RowOptions = {}): string {
  const maxSide = options.maxSide ?? 80;
  let html = '';
  for (const r of refs) {
    const article = index.articles[r.a]!;
    const f = article.figures[r.f]!;
    const ex = figureExcerpt(article.body, article.bodyStart, f, maxSide);
    const unit = f.unitInferred ? `${escapeHtml(f.unit)} <small>(suy ra)</small>` : escapeHtml(f.unit);
    const id = options.anchors?.get(r);
    html +=
      `<tr${id ? ` id="${id}"` : ''}><th scope="row"><a href="${escapeHtml(figureHref(article.id, f.id))}">${escapeHtml(formatFigureValue(f))}</a></th>` +
      `<td>${unit}</td>` +
      `<td>${escapeHtml(ex.before)}<mark>${escapeHtml(ex.match)}</mark>${escapeHtml(ex.after)}</td>` +
      index.articleCells[r.a] +
      `<td>${KIND_LABELS[f.kind]}</td><td>${QUALIFIER_LABELS[f.qualifier]}</td></tr>\n`;
  }
  return html;
}

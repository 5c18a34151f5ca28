/**
 * One search result as the page shows it, computed from what Pagefind's
 * `result.data()` returns and the query the user typed:
 *
 *   - title, date, outlet and category (back from the index form: `đ`);
 *   - the figures the query is about, each with its normalised reading and a
 *     link straight to it (`/bai/<slug>/?hl=…#<figure-id>`);
 *   - the main link: the best figure if there is one, else the place of the
 *     best match (`?hl=…&at=<words>`);
 *   - an excerpt as plain text segments with the matched words marked.
 * Pure.
 */
import { bestLocation, contentWords, excerptSegments, phraseAt, type ExcerptSegment, type WeightedLocation } from './excerpt';
import { matchFigures, type FigureHit, type PagefindAnchor } from './figures';
import { fromIndexForm } from './fold';
import { resultHref } from './link';
import { queryTerms, termMatchesWord } from './query';
import { decodeFigureTable, FIGURES_META_KEY } from './unindexed';

/** The part of Pagefind's `data()` this module reads. */
export interface PagefindResultData {
  url: string;
  raw_url?: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: PagefindAnchor[];
  weighted_locations: WeightedLocation[];
  filters: Record<string, string[] | undefined>;
}

export interface FigureLink extends FigureHit {
  href: string;
}

export interface ResultView {
  href: string;
  /** The article's own URL, without query or hash. */
  pageUrl: string;
  title: string;
  /** ISO date (`2022-01-21`) and as shown (`21/01/2022`). */
  date?: string;
  dateText?: string;
  outlet?: string;
  category?: string;
  /** Figures the query is about, best first (at most `maxFigures`). */
  figures: FigureLink[];
  excerpt: ExcerptSegment[];
}

/** `2022-01-21` → `21/01/2022`, `2022-01` → `01/2022`, `2022` → `2022`. */
export function formatDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}

/**
 * The matched words that really match the query by the site's rules
 * (query.ts), which are stricter than Pagefind's: a word typed with accents
 * keeps to those accents when the page has them (`đen` is not `đến`), a
 * number keeps its shape (`2,9` is not `29`), and Pagefind's fallback to a
 * shorter indexed prefix is dropped. If nothing is left, Pagefind's list.
 */
export function refineLocations(words: readonly string[], locations: readonly WeightedLocation[], query: string): WeightedLocation[] {
  const terms = queryTerms(query);
  const wordAt = (l: WeightedLocation) => fromIndexForm(words[l.location] ?? '');
  const exact = new Set(terms.filter((t) => t.accented && locations.some((l) => termMatchesWord(t, wordAt(l), true))));
  const kept = locations.filter((l) => terms.some((t) => termMatchesWord(t, wordAt(l), exact.has(t))));
  return kept.length > 0 ? kept : [...locations];
}

/**
 * Does a page's text (Pagefind's `content`, in index form) hold every word of
 * `exactPart` as typed? `exactPart` is the query's precisely typed words in
 * index form (`exactPartOfQuery`: `ḏồng`, `2̦9`). The same test as
 * Pagefind's search with `exactDiacritics` (a page matches when it has each
 * word, accents included, as a word or the start of one; a number with its
 * digits and separators), done on a result already fetched, so that a first
 * page of results can be ordered without running that second search.
 */
export function hasExactWords(content: string, exactPart: string): boolean {
  const terms = queryTerms(fromIndexForm(exactPart));
  if (terms.length === 0) return true;
  const words = contentWords(content).map(fromIndexForm);
  return terms.every((term) => words.some((word) => termMatchesWord(term, word, true)));
}

export function resultView(data: PagefindResultData, query: string, maxFigures = 3): ResultView {
  const pageUrl = (data.raw_url ?? data.url).replace(/[?#].*$/, '');
  const words = contentWords(data.content);
  const locations = refineLocations(words, data.weighted_locations, query);
  const figures = matchFigures(query, data.anchors, decodeFigureTable(data.meta[FIGURES_META_KEY]))
    .slice(0, maxFigures)
    .map((hit) => ({ ...hit, href: resultHref(pageUrl, query, { figureId: hit.id }) }));
  const best = bestLocation(locations, words.length);
  const placeHref = resultHref(pageUrl, query, best !== undefined ? { phrase: phraseAt(words, best) } : {});
  const date = data.meta.date;
  const view: ResultView = {
    href: figures[0]?.href ?? placeHref,
    pageUrl,
    title: fromIndexForm(data.meta.title ?? pageUrl),
    figures,
    excerpt: excerptSegments(words, locations),
  };
  if (date) {
    view.date = date;
    view.dateText = formatDate(date);
  }
  const outlet = data.filters.outlet?.[0];
  const category = data.filters.category?.[0];
  if (outlet) view.outlet = outlet;
  if (category) view.category = category;
  return view;
}

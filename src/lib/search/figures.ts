/**
 * Which figures of an article a query is about.
 *
 * Pagefind returns, with each result, the page's anchors: every element with
 * an id and its own text, figure marks included (`hơn 2,9 tỷ đồng`, id
 * `…`). A figure is a hit when its words cover the query:
 *
 *   - every number of the query (same digits; same shape when typed with a
 *     separator, so `2,9 tỷ` never lands on `29 tỷ`), and at least half of
 *     the other words (`2,9 tỷ` needs `tỷ`; `quỹ 2,9 tỷ` is happy with `tỷ`);
 *   - without numbers, at least two thirds of the words (`mắt camera` needs
 *     both, `camera` alone is enough for a one-word query).
 *
 * Hits are ranked by words covered, then by words whose diacritics match as
 * typed, then by position in the article. Pure.
 */
import { fromIndexForm } from './fold';
import { queryTerms, termMatchesWord, type QueryTerm } from './query';
import type { FigureInfo } from './unindexed';

/** An anchor as Pagefind's `data().anchors` gives it. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface FigureHit {
  id: string;
  /** The figure as written in the article (`hơn 2,9 tỷ đồng`). */
  text: string;
  kind: string;
  /** The normalised value (`> 2.900.000.000 ₫ · tiền`); empty when unknown. */
  reading: string;
  /** Word position in the page (Pagefind's numbering). */
  location: number;
  /** How many query words it contains. */
  covered: number;
  /** How many of them also match the diacritics as typed. */
  exact: number;
}

function coverageNeeded(terms: readonly QueryTerm[]): (covered: readonly QueryTerm[]) => boolean {
  const numbers = terms.filter((t) => t.numeric);
  const words = terms.filter((t) => !t.numeric);
  if (numbers.length > 0) {
    return (covered) =>
      numbers.every((n) => covered.includes(n)) &&
      covered.filter((t) => !t.numeric).length >= Math.ceil(words.length / 2);
  }
  return (covered) => covered.length >= Math.max(1, Math.ceil((terms.length * 2) / 3));
}

/**
 * The figures of one result that the query is about, best first.
 * `figures` is the article's figure table (from the unindexed meta field);
 * when it is empty every `<mark>` anchor counts as a figure.
 */
export function matchFigures(query: string, anchors: readonly PagefindAnchor[], figures: ReadonlyMap<string, FigureInfo>): FigureHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const enough = coverageNeeded(terms);
  const hits: FigureHit[] = [];
  for (const anchor of anchors) {
    if (anchor.element.toLowerCase() !== 'mark') continue;
    const info = figures.get(anchor.id);
    if (figures.size > 0 && !info) continue;
    const text = fromIndexForm(anchor.text);
    const words = text.split(/\s+/).filter(Boolean);
    const covered = terms.filter((t) => words.some((w) => termMatchesWord(t, w)));
    if (covered.length === 0 || !enough(covered)) continue;
    const exact = covered.filter((t) => words.some((w) => termMatchesWord(t, w, true))).length;
    hits.push({
      id: anchor.id,
      text,
      kind: info?.kind ?? '',
      reading: info?.reading ?? '',
      location: anchor.location,
      covered: covered.length,
      exact,
    });
  }
  return hits.sort((a, b) => b.covered - a.covered || b.exact - a.exact || a.location - b.location);
}

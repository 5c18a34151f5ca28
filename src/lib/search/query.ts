/**
 * The search page's state and the query as search code sees it.
 *
 * State lives in the URL so a search can be shared, bookmarked and reloaded:
 *
 *     /tim-kiem/?q=bao+loc&loai=money&loai=people&nguon=Lao+Động&nam=2022&sap-xep=moi-nhat
 *
 * Parameter names are Vietnamese like the site's other paths (`/nguon/`,
 * `/nam/`, `/chuyen-muc/`); they map onto the Pagefind filter keys the article
 * pages declare (`kind`, `outlet`, `year`, `category`). Within one filter the
 * chosen values are alternatives (any of them); different filters combine
 * (all of them).
 */
import { needsExactMatch, toQueryIndexForm, wordKey } from './fold';

/** Pagefind filter key → URL parameter. */
export const FILTER_PARAMS = {
  kind: 'loai',
  outlet: 'nguon',
  year: 'nam',
  category: 'chuyen-muc',
} as const;
export type FilterKey = keyof typeof FILTER_PARAMS;
export const FILTER_KEYS = Object.keys(FILTER_PARAMS) as FilterKey[];

export type SortOrder = 'relevance' | 'newest';

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: SortOrder;
}

/** Longest query passed on; a pasted page of text is cut here. */
export const MAX_QUERY_LENGTH = 200;

export function emptyFilters(): Record<FilterKey, string[]> {
  return { kind: [], outlet: [], year: [], category: [] };
}

/** Reads the state from a URL's search parameters. Unknown parameters are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    const values = params.getAll(FILTER_PARAMS[key]).map((v) => v.trim()).filter((v) => v !== '');
    filters[key] = [...new Set(values)].sort();
  }
  return {
    q: (params.get('q') ?? '').normalize('NFC').slice(0, MAX_QUERY_LENGTH),
    filters,
    sort: params.get('sap-xep') === 'moi-nhat' ? 'newest' : 'relevance',
  };
}

/** The canonical URL parameters for a state: `q` first, filters in a fixed order, values sorted. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) {
    for (const value of [...new Set(state.filters[key])].sort()) params.append(FILTER_PARAMS[key], value);
  }
  if (state.sort === 'newest') params.set('sap-xep', 'moi-nhat');
  return params;
}

export function hasActiveFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/** The filter object for Pagefind's `search(…, { filters })`: any value within a filter, all filters together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    if (state.filters[key].length > 0) filters[key] = { any: [...state.filters[key]] };
  }
  return filters;
}

/** The query as the index must receive it: NFC, single spaces, `đ` and decimal commas in the index form (fold.ts). */
export function toPagefindQuery(q: string): string {
  return toQueryIndexForm(q.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH));
}

/**
 * The words of the query the user typed precisely, in index form: those
 * with a diacritic (`Bảo`, `đồng`) or a decimal (`2,9`). Results where these
 * words match exactly as typed are ranked first; `''` when there are none
 * (`bao loc`: nothing says which accents are meant).
 */
export function exactPartOfQuery(q: string): string {
  return toPagefindQuery(q)
    .split(' ')
    .filter((word) => needsExactMatch(word))
    .join(' ');
}

export interface QueryTerm {
  /** As typed (NFC), quotes stripped: `2,9`, `Lộc`. */
  raw: string;
  /** Lower case, punctuation removed: `29`, `lộc`. */
  exact: string;
  /** Also without diacritics: `29`, `loc`. */
  folded: string;
  /** A number (digits once separators are removed): compared whole, never as a prefix. */
  numeric: boolean;
  /** The user typed a diacritic in this word. */
  accented: boolean;
  /** For a number typed with separators (`2,9`, `5.000`): its shape, `2,9` / `5,000`; else undefined. */
  shape?: string;
}

/**
 * A number's digits and separator positions, `.` and `,` treated alike:
 * `2,9` → `2,9`, `2.9` → `2,9`, `5.000` → `5,000`; undefined without an inner separator.
 */
export function numberShape(word: string): string | undefined {
  const m = /\d+(?:[.,]\d+)+/.exec(word);
  return m ? m[0].replace(/\./g, ',') : undefined;
}

/** The words of a query, in order, without empty ones (`"2,9 tỷ"` → `2,9`, `tỷ`). */
export function queryTerms(q: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const raw of q.normalize('NFC').split(/\s+/)) {
    const word = raw.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '');
    const exact = wordKey(word, false);
    if (exact === '') continue;
    const folded = wordKey(word, true);
    const numeric = /^\d+$/.test(folded);
    const term: QueryTerm = { raw: word, exact, folded, numeric, accented: exact !== folded };
    const shape = numeric ? numberShape(word) : undefined;
    if (shape) term.shape = shape;
    terms.push(term);
  }
  return terms;
}

/**
 * Does a word of the text match a query term? A number matches a number
 * with the same digits (`5000` ~ `5.000`, but `244` never matches `2440`),
 * and when typed with a separator also the same shape (`2,9` ~ `2.9`, but not
 * `29`). Other words match as a prefix, like Pagefind (`camera` matches
 * `camera,`; `bao` matches `bảo`). With `exact`, diacritics must match too.
 */
export function termMatchesWord(term: QueryTerm, word: string, exact = false): boolean {
  const key = wordKey(word, !exact);
  const wanted = exact ? term.exact : term.folded;
  if (key === '' || wanted === '') return false;
  if (!term.numeric) return key.startsWith(wanted);
  return key === wanted && (term.shape === undefined || numberShape(word) === term.shape);
}

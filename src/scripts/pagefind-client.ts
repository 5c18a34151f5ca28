/**
 * Pagefind in the browser: loads `/pagefind/pagefind.js` once (a same-origin
 * module running its index as WebAssembly, hence the CSP's
 * `'wasm-unsafe-eval'`), and runs our searches.
 *
 * On the main thread, not in Pagefind's web worker (`noWorker`): the worker
 * adds a request and a start-up to the first search and cannot use the
 * page's preloads of the index metadata and wasm; on 10,000 articles (on a
 * busy 2-CPU machine) neither mode was clearly faster, so the simpler one
 * wins. A search of very common words does keep the main thread busy for a
 * few hundred milliseconds there; see scripts/bench-search.ts.
 *
 * Ranking by what was typed. Pagefind's own boost for accent-exact words is
 * decided per page by whichever variant of the folded word it meets first,
 * and Vietnamese words collide a lot once folded (`bao` = bảo, báo, bão, bạo,
 * bao…), so it cannot promise that accent-exact results come first. So the
 * words typed precisely (with a diacritic, or a decimal like `2,9`; see
 * `exactPartOfQuery`) are also searched alone with `exactDiacritics`, on the
 * index chunks already loaded, and the folded results are split in two,
 * keeping Pagefind's order within each: first those where those words match
 * as typed, then the rest. Words typed plainly (`bao loc`, `ty`) say nothing
 * about accents and are matched folded only. The first page of results is
 * usually ordered without that second search (see `search`).
 *
 * Searches are serialised: the option toggles of one search never interleave
 * with another's.
 *
 * No per-query filter counts: Pagefind counts them only once every filter
 * chunk is loaded (`filters()`), and then counts on every search, which on
 * 10,000 articles made each search several times slower (measured: 0.5 s →
 * 4–9 s on a loaded machine). The page shows the corpus totals instead.
 */
import { exactPartOfQuery, pagefindFilters, toPagefindQuery, type SearchState } from '../lib/search/query';
import { hasExactWords, type PagefindResultData } from '../lib/search/result';
import { SHARDS_META, VOCABULARY_IDS_META } from '../lib/search/shards';

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindResultData>;
}

interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

export interface SearchOutcome {
  /** The results in the order shown: all of them, or only the first ones when `rest` is set. */
  results: PagefindResult[];
  /** How many results the search found. */
  total: number;
  /** The results after `results`, in order, found when first asked for (see `search`). */
  rest?: () => Promise<PagefindResult[]>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
const USE_WORKER = false;
let loading: Promise<PagefindModule> | undefined;

/**
 * The tag of the entry file's preload hint (`…/pagefind-entry.json?ts=<tag>`,
 * written by scripts/index.ts), if the page has one. Given to Pagefind as
 * `metaCacheTag`, it makes Pagefind ask for exactly the preloaded URL instead
 * of a new `?ts=<now>` one, so the entry file comes with the other hints.
 */
function entryTag(): string | undefined {
  const hint = document.querySelector<HTMLLinkElement>('link[rel="preload"][href*="pagefind-entry.json?ts="]');
  return hint ? (new URL(hint.href).searchParams.get('ts') ?? undefined) : undefined;
}

/** The words of a `<meta name content>` of the search page (none if it has no such meta). */
function metaList(name: string): string[] {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  return meta ? meta.content.split(/\s+/).filter(Boolean) : [];
}

/** The shards after the first, as the search page lists them (none on a small site). */
const moreShards = () => metaList(SHARDS_META);

/** The ids of the shards' vocabulary pages (src/lib/search/shards.ts), never a result. */
let vocabularyIds: Set<string> | undefined;

/** Loads and initialises Pagefind (once). */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindModule;
    const tag = entryTag();
    await pagefind.options({ noWorker: USE_WORKER ? undefined : true, excerptLength: 30, exactDiacritics: false, ...(tag ? { metaCacheTag: tag } : {}) });
    // a large corpus is indexed in shards (src/lib/search/shards.ts): merged here, in order, so date order holds
    for (const shard of moreShards()) await pagefind.mergeIndex(shard, { noWorker: USE_WORKER ? undefined : true });
    await pagefind.init();
    await pagefind.search(''); // returns at once, but only when the wasm and the index metadata are loaded
    performance.mark('solieu:pagefind-ready');
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined; // let a later attempt retry
  });
  return loading;
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every search started before it. */
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Pagefind's search with `exactDiacritics` for the precisely typed words: the ids of the pages that have them as typed. */
async function exactIds(pagefind: PagefindModule, exactPart: string, options: Record<string, unknown>): Promise<Set<string>> {
  await pagefind.options({ exactDiacritics: true });
  try {
    return new Set((await pagefind.search(exactPart, options))?.results.map((r) => r.id) ?? []);
  } finally {
    await pagefind.options({ exactDiacritics: false });
  }
}

/** `results` with those in `exact` first, keeping the order within each part. */
function exactFirst(results: readonly PagefindResult[], exact: (r: PagefindResult) => boolean): PagefindResult[] {
  return [...results.filter(exact), ...results.filter((r) => !exact(r))];
}

/**
 * Searches the index for a state (query and filters). An empty query with
 * filters lists the filtered articles, newest first.
 *
 * When the query has precisely typed words, the first `firstPage` results
 * (those shown at once) are decided on the results themselves: the folded
 * results are fetched in order, a page at a time, and those whose text has
 * the words as typed (`hasExactWords`) come first. If `firstPage` of them are
 * found within the first two pages of results, they are the answer and
 * Pagefind's exact search, which costs as much as the first search again on
 * a large index (0.4 s for `tỷ đồng` on 10,000 articles), runs only if the
 * reader asks for more (`rest`). Otherwise it runs at once, as before.
 * Those fetched results are the ones shown, so this costs no extra request
 * when the typed accents are the usual ones.
 */
export function search(state: SearchState, firstPage = 5): Promise<SearchOutcome> {
  return serialised(async () => {
    const pagefind = await loadPagefind();
    const term = state.q.trim() === '' ? null : toPagefindQuery(state.q);
    const options: Record<string, unknown> = { filters: pagefindFilters(state) };
    if (state.sort === 'newest' || term === null) options.sort = { date: 'desc' };

    // The folded search first: it loads the index chunks of every word, so the
    // exact search (a subset of the words) needs no further request.
    const found = await pagefind.search(term, options);
    if (!found) return { results: [], total: 0 };
    vocabularyIds ??= new Set(metaList(VOCABULARY_IDS_META));
    if (vocabularyIds.size > 0) found.results = found.results.filter((r) => !vocabularyIds!.has(r.id));
    const total = found.results.length;
    const exactPart = term !== null && state.sort === 'relevance' ? exactPartOfQuery(state.q) : '';
    if (exactPart === '' || total === 0) return { results: found.results, total };

    const exact = new Set<string>();
    const limit = Math.min(total, 2 * firstPage);
    let checked = 0;
    while (checked < limit && exact.size < firstPage) {
      const batch = found.results.slice(checked, Math.min(checked + firstPage, limit));
      const data = await Promise.all(batch.map((r) => r.data()));
      batch.forEach((r, i) => {
        if (hasExactWords(data[i]!.content, exactPart)) exact.add(r.id);
      });
      checked += batch.length;
    }
    if (checked === total) return { results: exactFirst(found.results, (r) => exact.has(r.id)), total };
    if (exact.size >= firstPage) {
      const head = found.results.slice(0, checked).filter((r) => exact.has(r.id)).slice(0, firstPage);
      const shown = new Set(head.map((r) => r.id));
      const rest = () =>
        serialised(async () => {
          const ids = await exactIds(pagefind, exactPart, options);
          return exactFirst(found.results, (r) => ids.has(r.id)).filter((r) => !shown.has(r.id));
        });
      return { results: head, total, rest };
    }
    const ids = await exactIds(pagefind, exactPart, options);
    return { results: exactFirst(found.results, (r) => ids.has(r.id)), total };
  });
}

/** Starts loading the index chunks for a query while the user is still typing. */
export async function preload(q: string): Promise<void> {
  if (q.trim() === '') return;
  const pagefind = await loadPagefind();
  await pagefind.preload(toPagefindQuery(q));
}

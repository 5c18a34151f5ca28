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
 * about accents and are matched folded only.
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
import type { PagefindResultData } from '../lib/search/result';

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
}

export interface SearchOutcome {
  results: PagefindResult[];
  /** How many of the results match the precisely typed words as typed (they come first). */
  exactCount: number;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
const USE_WORKER = false;
let loading: Promise<PagefindModule> | undefined;

/** Loads and initialises Pagefind (once). */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindModule;
    await pagefind.options({ noWorker: USE_WORKER ? undefined : true, excerptLength: 30, exactDiacritics: false });
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

/** Searches the index for a state (query and filters). An empty query with filters lists the filtered articles, newest first. */
export function search(state: SearchState): Promise<SearchOutcome> {
  return serialised(async () => {
    const pagefind = await loadPagefind();
    const term = state.q.trim() === '' ? null : toPagefindQuery(state.q);
    const options: Record<string, unknown> = { filters: pagefindFilters(state) };
    if (state.sort === 'newest' || term === null) options.sort = { date: 'desc' };

    // The folded search first: it loads the index chunks of every word, so the
    // exact pass below (a subset of the words) needs no further request.
    const found = await pagefind.search(term, options);
    if (!found) return { results: [], exactCount: 0 };
    const exactPart = term !== null && state.sort === 'relevance' ? exactPartOfQuery(state.q) : '';
    let exactIds = new Set<string>();
    if (exactPart !== '' && found.results.length > 0) {
      await pagefind.options({ exactDiacritics: true });
      try {
        exactIds = new Set((await pagefind.search(exactPart, options))?.results.map((r) => r.id) ?? []);
      } finally {
        await pagefind.options({ exactDiacritics: false });
      }
    }
    const exact = found.results.filter((r) => exactIds.has(r.id));
    const rest = found.results.filter((r) => !exactIds.has(r.id));
    return { results: [...exact, ...rest], exactCount: exact.length };
  });
}

/** Starts loading the index chunks for a query while the user is still typing. */
export async function preload(q: string): Promise<void> {
  if (q.trim() === '') return;
  const pagefind = await loadPagefind();
  await pagefind.preload(toPagefindQuery(q));
}

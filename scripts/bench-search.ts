/**
 * Search benchmark: how fast the search page shows its first results, and
 * how many bytes a query costs, on a built site (normally the generated
 * corpus of `npm run bench`), in headless Chromium.
 *
 *     npx tsx scripts/bench-search.ts --dist bench/tmp/10000/dist [--queries "tai nạn|hoc sinh"] [--json]
 *     npx tsx scripts/bench-search.ts --dist … --count 10000 --runs 3 --out bench/results/<date>-search-10000.json
 *
 * With `--runs N` the whole measure (fresh server and browser) is repeated
 * N times; `--out` writes every run plus the medians over all of them, the
 * load average before and after, and the commit, as JSON.
 *
 * Also `benchSearch({ dist, count })`, which scripts/bench.ts calls.
 *
 * What is measured, per typical two-word query (src/scripts/search.ts marks
 * `solieu:search-start` when a search starts and measures `solieu:search`
 * when its first results are on screen):
 *
 *   - cold: a fresh browser context (empty cache) opens /tim-kiem/?q=<query>;
 *     `coldMs` is the search's own time (Pagefind's script, worker, wasm and
 *     index metadata included, since the search waits for them) and
 *     `coldFromNavigationMs` the time from navigation start, page included;
 *   - warm: in that same page, after the first search, the next query of
 *     the list (other words) is typed and submitted: `warmMs` (Pagefind is
 *     loaded; that query's index chunks and result fragments are fetched, as
 *     for any new query);
 *   - bytes: the response bytes (headers + body, as sent by scripts/serve.ts,
 *     no compression) of the Pagefind requests made while the query ran:
 *     `coldBytes` includes Pagefind's script, worker, wasm and metadata (what
 *     a first search costs), `warmBytes` only what a further query fetches
 *     (index chunks, result fragments). The page's own HTML/CSS/JS is not
 *     counted: it is the same with or without a query.
 *
 *   - Pagefind alone: the warm query searched once more by Pagefind's own
 *     `search()`, its index chunks already loaded (`warmAgainMs`): no
 *     request, no result shown, only Pagefind's own computing (WebAssembly,
 *     on the page's thread), the part of the warm time no change to the
 *     page can remove;
 *
 *   - CPU: the CPU time all the browser's processes used for the cold load
 *     and for the warm query. On a machine busy with other work the wall
 *     times above include waiting for a CPU; the CPU time does not, and is
 *     the better estimate of what a reader's idle machine needs.
 *
 * Targets (issue 5): warm < 150 ms, cold < 500 ms, < 300 KB per query.
 * The server is scripts/serve.ts on 127.0.0.1 (same headers as the site).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { toPagefindQuery } from '../src/lib/search/query';
import { shardOfFolder } from '../src/lib/search/shards';

export const DEFAULT_QUERIES = ['tai nạn', 'nong nghiep', 'bệnh viện', 'lao cai', 'tỷ đồng', 'hoc sinh', 'gia cầm', 'xuat khau'];
export const TARGETS = { warmMs: 150, coldMs: 500, bytesPerQuery: 300 * 1024 };

export interface BenchSearchOptions {
  /** The built site (with dist/pagefind). */
  dist: string;
  /** Number of articles, for the report only. */
  count?: number;
  queries?: string[];
  /** Default: a free port. */
  port?: number;
  chromePath?: string;
}

export interface QueryMeasure {
  query: string;
  results: number;
  coldMs: number;
  coldFromNavigationMs: number;
  coldStages: Stages;
  /** CPU time the browser spent from navigation to the first results (all its processes). */
  coldCpuMs: number;
  coldBytes: number;
  coldRequests: number;
  /** The query of the warm measure, typed after `query`. */
  warmQuery: string;
  warmMs: number;
  warmStages: Stages;
  warmCpuMs: number;
  /** Pagefind's `search()` for the warm query once more, its index chunks loaded: its own computing alone. */
  warmAgainMs: number;
  warmBytes: number;
  warmRequests: number;
}

export interface BenchSearchResult {
  count?: number;
  dist: string;
  /** Size of dist/pagefind (with its other shards, dist/pagefind-2 …) on disk and its number of files. */
  indexBytes: number;
  indexFiles: number;
  queries: QueryMeasure[];
  median: { coldMs: number; coldFromNavigationMs: number; warmMs: number; warmAgainMs: number; coldBytes: number; warmBytes: number; coldCpuMs: number; warmCpuMs: number };
  /** The machine's 1-minute load average at the end: wall times on a busy machine include waiting for a CPU. */
  loadAverage: number;
  max: { coldMs: number; warmMs: number; coldBytes: number; warmBytes: number };
  targets: typeof TARGETS;
  meets: { cold: boolean; warm: boolean; bytes: boolean };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

async function dirSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

/** The index with every shard of it (`pagefind`, `pagefind-2`, …). */
async function indexSize(dist: string): Promise<{ bytes: number; files: number }> {
  const total = { bytes: 0, files: 0 };
  for (const name of await readdir(dist)) {
    if (shardOfFolder(name) === undefined) continue;
    const size = await dirSize(path.join(dist, name));
    total.bytes += size.bytes;
    total.files += size.files;
  }
  return total;
}

/**
 * CPU time (ms) used so far by the processes under ours (the browser's),
 * leaving out the `exclude` subtree (the file server): utime + stime from
 * /proc, in clock ticks of 10 ms. On a machine shared with other work, wall
 * time measures the waiting too; CPU time is what the search itself costs.
 */
function browserCpuMs(exclude: number | undefined): number {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process ended meanwhile
    }
  }
  const isUnder = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === exclude || pid === exclude) return false;
      if (p === process.pid) return true;
    }
    return false;
  };
  let total = 0;
  for (const [pid, t] of ticks) if (isUnder(pid)) total += t;
  return total * 10;
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function startServer(dist: string, port: number): Promise<ChildProcess> {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const server = spawn(tsx, ['scripts/serve.ts', '--port', String(port), '--dir', dist], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bench-search: the server did not start within 20 s')), 20_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('serving')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`bench-search: the server exited (${code})`)));
  });
  return server;
}

/**
 * Counts the response bytes of the Pagefind requests (`/pagefind/…` and the
 * other shards' `/pagefind-2/…`: script,
 * worker, wasm, metadata, index chunks, fragments) a page makes while
 * `action` runs, workers' requests included. The page's own HTML, CSS and
 * scripts are not part of a query and are left out.
 */
async function measureBytes(page: Page, action: () => Promise<void>): Promise<{ bytes: number; requests: number }> {
  const seen: Request[] = [];
  const onRequest = (r: Request) => {
    if (shardOfFolder(new URL(r.url()).pathname.split('/')[1] ?? '') !== undefined) seen.push(r);
  };
  page.context().on('request', onRequest);
  try {
    await action();
  } finally {
    page.context().off('request', onRequest);
  }
  let bytes = 0;
  for (const request of seen) {
    const response = await request.response().catch(() => null);
    if (!response) continue;
    await response.finished().catch(() => null);
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) bytes += sizes.responseHeadersSize + sizes.responseBodySize;
  }
  return { bytes, requests: seen.length };
}

/** Where the time of one search went (ms): waiting for Pagefind to load, finding, showing the first results. */
export interface Stages {
  loadMs: number;
  findMs: number;
  showMs: number;
}

/**
 * Code that runs in the page is written as strings, never as functions.
 * Under tsx (esbuild with `keepNames`), a function given to `page.evaluate`
 * may be rewritten to call a helper, `__name`, that exists only in Node: the
 * page then throws `ReferenceError: __name is not defined`. A string reaches
 * the page as written. `page.waitForFunction` is not used either: given a
 * string it runs it with `eval`, which the site's CSP forbids; the waiting
 * is done by a promise in the page instead (page.evaluate awaits it).
 */
export const IN_PAGE = {
  /** Resolves once `solieu:search` has been measured more than `n` times and the results say `done`. */
  searchDone: (n: number, timeoutMs: number) => `new Promise((resolve, reject) => {
    const started = performance.now();
    (function poll() {
      const list = document.querySelector('#search-results');
      if (performance.getEntriesByName('solieu:search').length > ${n} && list && list.getAttribute('data-search-state') === 'done') resolve(true);
      else if (performance.now() - started > ${timeoutMs}) reject(new Error('no search results within ${timeoutMs} ms (state: ' + (list && list.getAttribute('data-search-state')) + ')'));
      else setTimeout(poll, 5);
    })();
  })`,
  /**
   * Pagefind's `search()` for `term` (in index form), timed in ms: the page's
   * own Pagefind module (same URL, so the same instance, its options and
   * loaded chunks), no filters.
   */
  pagefindAgain: (term: string) => `(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const started = performance.now();
    await pagefind.search(${JSON.stringify(term)});
    return Math.round(performance.now() - started);
  })()`,
  /** The last search's duration and its stages (ms), and when it ended counted from navigation. */
  lastSearch: `(() => {
    const measure = performance.getEntriesByName('solieu:search').at(-1);
    const start = measure.startTime;
    const end = start + measure.duration;
    const ready = Math.max(start, performance.getEntriesByName('solieu:pagefind-ready').at(-1).startTime);
    const found = performance.getEntriesByName('solieu:search-found').at(-1).startTime;
    return {
      ms: Math.round(measure.duration),
      fromNavigationMs: Math.round(end),
      stages: { loadMs: Math.round(ready - start), findMs: Math.round(found - ready), showMs: Math.round(end - found) },
    };
  })()`,
} as const;

/** Waits for the current search to show its results; returns its `solieu:search` duration and stages (the last search). */
async function searchDone(page: Page, previous: number): Promise<{ ms: number; fromNavigationMs: number; stages: Stages }> {
  await page.evaluate(IN_PAGE.searchDone(previous, 60_000));
  return page.evaluate(IN_PAGE.lastSearch);
}

/**
 * Cold: `query` in a fresh context (nothing cached; the URL runs it as the
 * page loads). Warm: then `next`, a query with other words, typed into the
 * same page (Pagefind loaded, but `next`'s index chunks and fragments still
 * to fetch, as for any new query).
 */
async function measureQuery(browser: Browser, base: string, query: string, next: string, serverPid: number | undefined): Promise<QueryMeasure> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    let coldMs = 0;
    let coldFromNavigationMs = 0;
    const cpu0 = browserCpuMs(serverPid);
    let coldStages: Stages = { loadMs: 0, findMs: 0, showMs: 0 };
    const cold = await measureBytes(page, async () => {
      await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`, { waitUntil: 'domcontentloaded' });
      ({ ms: coldMs, fromNavigationMs: coldFromNavigationMs, stages: coldStages } = await searchDone(page, 0));
    });
    const coldCpuMs = browserCpuMs(serverPid) - cpu0;
    const results = await page.locator('.search-result').count();

    let warmMs = 0;
    const cpu1 = browserCpuMs(serverPid);
    let warmStages: Stages = { loadMs: 0, findMs: 0, showMs: 0 };
    const warm = await measureBytes(page, async () => {
      await submit(page, next);
      ({ ms: warmMs, stages: warmStages } = await searchDone(page, 1));
    });
    const warmCpuMs = browserCpuMs(serverPid) - cpu1;
    const warmAgainMs = Number(await page.evaluate(IN_PAGE.pagefindAgain(toPagefindQuery(next))));
    return {
      query,
      results,
      coldMs,
      coldFromNavigationMs,
      coldStages,
      coldCpuMs,
      coldBytes: cold.bytes,
      coldRequests: cold.requests,
      warmQuery: next,
      warmMs,
      warmStages,
      warmCpuMs,
      warmAgainMs,
      warmBytes: warm.bytes,
      warmRequests: warm.requests,
    };
  } finally {
    await context.close();
  }
}

async function submit(page: Page, query: string): Promise<void> {
  await page.locator('#search-q').fill(query);
  await page.locator('#search-q').press('Enter');
}

export async function benchSearch(options: BenchSearchOptions): Promise<BenchSearchResult> {
  const dist = path.resolve(options.dist);
  const queries = options.queries ?? DEFAULT_QUERIES;
  const port = options.port || (await freePort());
  const index = await indexSize(dist);
  const server = await startServer(dist, port);
  const browser = await chromium.launch({
    executablePath: options.chromePath ?? process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    // One throw-away run so that the OS file cache and the server are warm, as on a real server.
    await measureQuery(browser, base, queries[0]!, queries[1] ?? queries[0]!, server.pid);
    const measures: QueryMeasure[] = [];
    for (const [i, query] of queries.entries()) {
      measures.push(await measureQuery(browser, base, query, queries[(i + 1) % queries.length]!, server.pid));
    }
    const pick = (key: 'coldMs' | 'coldFromNavigationMs' | 'coldBytes' | 'warmMs' | 'warmAgainMs' | 'warmBytes' | 'coldCpuMs' | 'warmCpuMs') => measures.map((m) => m[key]);
    const result: BenchSearchResult = {
      dist,
      indexBytes: index.bytes,
      indexFiles: index.files,
      queries: measures,
      median: {
        coldMs: median(pick('coldMs')),
        coldFromNavigationMs: median(pick('coldFromNavigationMs')),
        warmMs: median(pick('warmMs')),
        warmAgainMs: median(pick('warmAgainMs')),
        coldBytes: median(pick('coldBytes')),
        warmBytes: median(pick('warmBytes')),
        coldCpuMs: median(pick('coldCpuMs')),
        warmCpuMs: median(pick('warmCpuMs')),
      },
      loadAverage: os.loadavg()[0]!,
      max: {
        coldMs: Math.max(...pick('coldMs')),
        warmMs: Math.max(...pick('warmMs')),
        coldBytes: Math.max(...pick('coldBytes')),
        warmBytes: Math.max(...pick('warmBytes')),
      },
      targets: TARGETS,
      meets: { cold: false, warm: false, bytes: false },
    };
    if (options.count !== undefined) result.count = options.count;
    result.meets = {
      cold: result.median.coldMs < TARGETS.coldMs,
      warm: result.median.warmMs < TARGETS.warmMs,
      bytes: result.max.warmBytes < TARGETS.bytesPerQuery && result.median.coldBytes < TARGETS.bytesPerQuery,
    };
    return result;
  } finally {
    await browser.close();
    server.kill();
  }
}

function stage(measures: QueryMeasure[], key: 'coldStages' | 'warmStages'): string {
  const of = (k: keyof Stages) => median(measures.map((m) => m[key][k]));
  return `${of('loadMs')} / ${of('findMs')} / ${of('showMs')} ms`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Several runs as one record: every query of every run, medians over all of them, the machine's load and the commit. */
function summarise(runs: BenchSearchResult[], loadBefore: number[]) {
  const all = runs.flatMap((r) => r.queries);
  const med = (key: 'coldMs' | 'coldFromNavigationMs' | 'warmMs' | 'warmAgainMs' | 'coldBytes' | 'warmBytes' | 'coldCpuMs' | 'warmCpuMs') => median(all.map((m) => m[key]));
  const stages = (key: 'coldStages' | 'warmStages') => ({
    loadMs: median(all.map((m) => m[key].loadMs)),
    findMs: median(all.map((m) => m[key].findMs)),
    showMs: median(all.map((m) => m[key].showMs)),
  });
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  const summary = {
    coldMs: med('coldMs'),
    coldFromNavigationMs: med('coldFromNavigationMs'),
    warmMs: med('warmMs'),
    warmAgainMs: med('warmAgainMs'),
    coldBytes: med('coldBytes'),
    warmBytes: med('warmBytes'),
    maxWarmBytes: Math.max(...all.map((m) => m.warmBytes)),
    maxColdBytes: Math.max(...all.map((m) => m.coldBytes)),
    coldCpuMs: med('coldCpuMs'),
    warmCpuMs: med('warmCpuMs'),
    coldStages: stages('coldStages'),
    warmStages: stages('warmStages'),
  };
  return {
    date: new Date().toISOString().slice(0, 10),
    commit: git.status === 0 ? git.stdout.trim() : null,
    count: runs[0]?.count ?? null,
    cores: os.cpus().length,
    loadAverageBefore: loadBefore.map((l) => Math.round(l * 100) / 100),
    loadAverageAfter: os.loadavg().map((l) => Math.round(l * 100) / 100),
    indexBytes: runs[0]?.indexBytes,
    indexFiles: runs[0]?.indexFiles,
    targets: TARGETS,
    median: summary,
    meets: {
      cold: summary.coldMs < TARGETS.coldMs,
      warm: summary.warmMs < TARGETS.warmMs,
      bytes: summary.maxWarmBytes < TARGETS.bytesPerQuery && summary.coldBytes < TARGETS.bytesPerQuery,
    },
    runs: runs.map((r) => ({ loadAverage: Math.round(r.loadAverage * 100) / 100, median: r.median, queries: r.queries })),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      queries: { type: 'string' },
      port: { type: 'string', default: '0' },
      count: { type: 'string' },
      json: { type: 'boolean', default: false },
      runs: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const options: BenchSearchOptions = { dist: values.dist!, port: Number(values.port) };
  if (values.queries) options.queries = values.queries.split('|').map((q) => q.trim()).filter(Boolean);
  if (values.count) options.count = Number(values.count);
  const loadBefore = os.loadavg();
  const runs: BenchSearchResult[] = [];
  for (let i = 0; i < Math.max(1, Number(values.runs) || 1); i++) {
    runs.push(await benchSearch(options));
    if (values.out) process.stdout.write(`run ${i + 1}: ${JSON.stringify(runs.at(-1)!.median)} load ${os.loadavg()[0]!.toFixed(1)}\n`);
  }
  if (values.out) {
    await writeFile(values.out, `${JSON.stringify(summarise(runs, loadBefore), null, 2)}\n`);
    process.stdout.write(`bench-search: ${runs.length} run(s) written to ${values.out}\n`);
  }
  const result = runs.at(-1)!;
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const rows = result.queries.map(
    (m) =>
      `${m.query.padEnd(14)} ${String(m.results).padStart(6)}  ${String(m.coldMs).padStart(6)} ms ${String(m.coldFromNavigationMs).padStart(6)} ms ${kb(m.coldBytes).padStart(10)} (${m.coldRequests})  ${m.warmQuery.padEnd(12)} ${String(m.warmMs).padStart(5)} ms ${kb(m.warmBytes).padStart(10)} (${m.warmRequests})`,
  );
  process.stdout.write(
    [
      `search bench on ${result.dist}${result.count ? ` (${result.count} articles)` : ''}: index ${kb(result.indexBytes)} in ${result.indexFiles} files`,
      `cold query     results    cold   from nav   cold bytes (req)  warm query    warm  warm bytes (req)`,
      ...rows,
      `stages (median of load / find / show): cold ${stage(result.queries, 'coldStages')}, warm ${stage(result.queries, 'warmStages')}`,
      `Pagefind's own search() for the warm query again, its chunks loaded (median): ${result.median.warmAgainMs} ms of the warm ${result.median.warmMs} ms`,
      `browser CPU time (median): cold ${result.median.coldCpuMs} ms (navigation included), warm ${result.median.warmCpuMs} ms; load average ${result.loadAverage.toFixed(1)} on ${os.cpus().length} CPUs`,
      `median: cold ${result.median.coldMs} ms (from navigation ${result.median.coldFromNavigationMs} ms), warm ${result.median.warmMs} ms, bytes cold ${kb(result.median.coldBytes)}, warm ${kb(result.median.warmBytes)}`,
      `targets: cold < ${TARGETS.coldMs} ms ${result.meets.cold ? 'met' : 'NOT met'}; warm < ${TARGETS.warmMs} ms ${result.meets.warm ? 'met' : 'NOT met'}; < ${kb(TARGETS.bytesPerQuery)} per query ${result.meets.bytes ? 'met' : 'NOT met'}`,
      '',
    ].join('\n'),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

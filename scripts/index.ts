/**
 * npm run index [-- --dir dist] [--no-cache]
 *
 * Builds the Pagefind search index of the built site, after `astro build`,
 * with Pagefind's Node API. Only the article pages (`<dir>/bai/**`, those
 * with `data-pagefind-body`) are read: the listings, the figure explorer and
 * the other pages are never opened (on 10,000 articles they are as many
 * files again). Each article page is prepared by src/lib/search/index-html.ts
 * (`đ` written as a letter Pagefind can fold, the figure table added as an
 * unindexed meta field) into a temporary staging folder, which Pagefind
 * reads (scripts/lib/stage-pages.ts); the site's own files are never
 * changed. The index goes to `<dir>/pagefind/`, replacing the old one only
 * once it is complete.
 *
 * A site of more than 5,000 article pages is indexed in shards
 * (`<dir>/pagefind-2/`, …), one Pagefind process after the other, each with
 * the vocabulary page of the whole site; the search page merges them
 * (src/lib/search/shards.ts). Pagefind's memory grows with the pages it
 * holds: on 10,000 generated articles one index peaked at 3.9 GB, two shards
 * at 2.3 GB (bench/README.md, session 5).
 *
 * Then the search page (`<dir>/tim-kiem/index.html`, built before the index
 * existed) gets `<link rel="preload">` hints for the index metadata, the
 * wasm and Pagefind's entry file, whose names are only known now: a first
 * search fetches them in parallel with Pagefind's script instead of one
 * after the other. Pagefind asks for the entry file with a cache-busting
 * `?ts=` query (a new one on every load unless told a fixed tag); the hint
 * carries the metadata's hash as that tag and src/scripts/pagefind-client.ts
 * hands it to Pagefind (`metaCacheTag`), so the request matches the hint
 * and a new index still gets a new URL.
 *
 * A shard whose pages are all unchanged since the last run (and that knows
 * every word of the site) is linked from a cache instead of being indexed
 * again (scripts/lib/index-cache.ts): after one article changes, a site in
 * two shards is indexed in about half the time. `--no-cache` indexes every
 * shard.
 *
 * Index chunks are made smaller than Pagefind's default (see
 * INDEX_CHUNK_SIZE): a query fetches the whole chunk that holds each of its
 * words, so smaller chunks carry fewer neighbouring words along.
 *
 * Exits non-zero if Pagefind reports any error.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { IndexCache } from './lib/index-cache';
import { stagePages } from './lib/stage-pages';
import {
  dealToShards,
  SHARD_PAGES,
  SHARDS_META,
  shardCount,
  shardFolder,
  shardOfFolder,
  VOCABULARY_IDS_META,
  VOCABULARY_PAGE,
  VOCABULARY_URL,
  comparableWord,
  vocabularyPage,
} from '../src/lib/search/shards';

export interface IndexResult {
  pages: number;
  figures: number;
  errors: string[];
  seconds: number;
}

export interface IndexOptions {
  /** The folder of the reused-shard cache (scripts/lib/index-cache.ts), or false for none; default `indexCacheDir(dir)`. */
  cache?: string | false;
}

/** The reused-shard cache of a site folder: under node_modules/.cache/solieu, one per (absolute) site folder. */
export function indexCacheDir(dir: string, root: string = process.cwd()): string {
  const key = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 12);
  return path.resolve(root, 'node_modules/.cache/solieu', `index-${key}`);
}

/** Pagefind's version, part of every cached shard's key. */
async function pagefindVersion(): Promise<string> {
  // the folders Node looks in for the package (its package.json is not among its exports)
  for (const modules of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    const pkg = await readFile(path.join(modules, 'pagefind', 'package.json'), 'utf8').catch(() => undefined);
    if (pkg !== undefined) return (JSON.parse(pkg) as { version: string }).version;
  }
  return 'unknown';
}

/** The folder of the article pages, the only pages searched. */
export const ARTICLES_DIR = 'bai';

/** Every .html file under `dir/bai` (none if there is no such folder). */
async function htmlFiles(dir: string): Promise<string[]> {
  const root = path.join(dir, ARTICLES_DIR);
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** `dist/bai/x/index.html` → `/bai/x/`. */
function urlOf(dir: string, file: string): string {
  const rel = path.relative(dir, file).split(path.sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

const PRELOAD_MARK = 'data-solieu-preload';

/**
 * Adds (or replaces) preload hints for Pagefind's metadata and wasm files to
 * a page's <head>. `crossorigin` makes them match Pagefind's own fetch().
 */
export function withPreloads(html: string, hrefs: readonly string[], moreShards: readonly string[] = [], skipIds: readonly string[] = []): string {
  const cleaned = html.replace(new RegExp(`<(?:link|meta) [^>]*${PRELOAD_MARK}[^>]*>`, 'g'), '');
  const links = hrefs.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin ${PRELOAD_MARK}>`).join('');
  // the shards after the first, which the search merges (src/scripts/pagefind-client.ts)
  const shards = moreShards.length > 0 ? `<meta name="${SHARDS_META}" content="${moreShards.join(' ')}" ${PRELOAD_MARK}>` : '';
  // and the ids of their vocabulary pages, which the search leaves out of its results
  const skip = skipIds.length > 0 ? `<meta name="${VOCABULARY_IDS_META}" content="${skipIds.join(' ')}" ${PRELOAD_MARK}>` : '';
  return cleaned.replace(/<\/head>/i, `${links}${shards}${skip}</head>`);
}

/**
 * What to preload, from the names of the files in the index folder: the
 * metadata, the wasm, and the entry file tagged with the metadata's hash
 * (`pagefind.vi_26c6b7755e.pf_meta` → `pagefind-entry.json?ts=vi_26c6b7755e`).
 */
export function preloadHrefs(files: readonly string[]): string[] {
  const wanted = files.filter((f) => /\.pf_meta$|^wasm\..*\.pagefind$/.test(f)).sort();
  const tags = files.map((f) => /^pagefind\.(.+)\.pf_meta$/.exec(f)?.[1]).filter((t): t is string => t !== undefined);
  const hrefs = wanted.map((f) => `/pagefind/${f}`);
  // One language, one metadata file: its hash is the tag. (Several languages: no fixed tag, no hint.)
  if (tags.length === 1) hrefs.push(`/pagefind/pagefind-entry.json?ts=${encodeURIComponent(tags[0]!)}`);
  return hrefs;
}

async function addPreloads(dir: string, shards: number, skipIds: readonly string[]): Promise<void> {
  const page = path.join(dir, 'tim-kiem', 'index.html');
  const html = await readFile(page, 'utf8').catch(() => undefined);
  if (html === undefined) return;
  const hrefs = preloadHrefs(await readdir(path.join(dir, shardFolder(0))));
  const more: string[] = [];
  for (let s = 1; s < shards; s++) {
    const folder = shardFolder(s);
    more.push(`/${folder}/`);
    // the other shards' metadata too (their wasm is the first shard's, already loaded)
    const meta = (await readdir(path.join(dir, folder))).find((f) => f.endsWith('.pf_meta'));
    if (meta) hrefs.push(`/${folder}/${meta}`);
  }
  await writeFile(page, withPreloads(html, hrefs, more, skipIds));
}

/**
 * How many word positions Pagefind puts in one index chunk before starting
 * the next (its `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`; an environment value of
 * that name wins). Every query loads the chunk of each of its words whole,
 * neighbours included; a very common word (`tại`, `đồng`) fills a chunk of
 * its own whatever the size. Measured on 10,000 generated articles
 * (scripts/bench-search.ts): the default made 451 chunks, 5,000 made 858
 * (metadata +4 KB, fetched once) and cut the median bytes of a further query
 * from 171 to 145 KB; see bench/results/*search*.
 */
export const INDEX_CHUNK_SIZE = 5000;

/** Pages per shard: SOLIEU_INDEX_SHARD_PAGES when it is a positive integer, else SHARD_PAGES. */
function pagesPerShard(): number {
  const n = Number(process.env.SOLIEU_INDEX_SHARD_PAGES);
  return Number.isInteger(n) && n > 0 ? n : SHARD_PAGES;
}

/** Indexes the staged pages in `folder` (one shard) into `out`, in a Pagefind process of its own. */
async function indexShard(folder: string, pages: number, out: string): Promise<string[]> {
  const errors: string[] = [];
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  errors.push(...createErrors);
  if (!index) return errors.length > 0 ? errors : ['Pagefind could not create an index'];
  try {
    if (pages > 0) {
      const added = await index.addDirectory({ path: folder });
      errors.push(...added.errors);
      if (added.page_count !== pages) errors.push(`Pagefind indexed ${added.page_count} of the ${pages} article pages of ${path.basename(folder)}`);
    }
    await rm(out, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: out });
    errors.push(...written.errors);
  } finally {
    // a new process per shard: the memory of one shard's index is given back before the next
    await pagefind.close();
  }
  return errors;
}

/**
 * Indexes the built site in `dir` and writes `dir/pagefind/` (and
 * `dir/pagefind-2/`, … on a large site: see src/lib/search/shards.ts).
 *
 * The prepared pages are written to a staging folder and Pagefind reads the
 * folder itself (`addDirectory`) rather than taking each page as a message
 * (`addHTMLFile`): on 10,000 generated articles the index step took 74–78 s
 * instead of 89–100 s in paired runs, for about 200 MB more peak memory in
 * Pagefind (bench/README.md, session 4). Each shard
 * is indexed by a Pagefind process of its own, one after the other, so the
 * peak memory is one shard's. The new shards are written next to the old
 * index and swapped in only once all are complete, so a crash leaves the
 * previous index, never half of a new one.
 */
export async function indexSite(dir: string, log: (line: string) => void = () => {}, options: IndexOptions = {}): Promise<IndexResult> {
  const started = performance.now();
  const errors: string[] = [];
  const staging = await mkdtemp(path.join(os.tmpdir(), 'solieu-index-'));
  const fresh: string[] = [];
  const cache = options.cache === false ? undefined : new IndexCache(options.cache ?? indexCacheDir(dir));
  let reused = 0;
  try {
    const files = await htmlFiles(dir);
    // the words are needed only for shards, and there are at most as many pages as files
    const { pages, figures, words, pageWords } = await stagePages(dir, path.join(staging, 'all'), files, shardCount(files.length, pagesPerShard()) > 1);
    const count = shardCount(pages.length, pagesPerShard());
    const vocabulary = count > 1 ? vocabularyPage(words) : '';
    const skipIds: string[] = [];
    let comparableVocabulary: string | undefined;
    // Read by the Pagefind binary, which each createIndex() starts with this environment.
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
    const settings = `pagefind ${await pagefindVersion()}; language vi; chunk ${process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE}`;
    for (const [s, shard] of dealToShards(pages, count).entries()) {
      const out = `${path.join(dir, shardFolder(s))}.new-${process.pid}`;
      fresh.push(out);
      // an unchanged shard that knows every word of the site is linked from the last run, not indexed again
      const input = { shard: s, count, pages: shard, settings };
      const kept = await cache?.restore(input, count > 1 ? pageWords : undefined, out);
      if (kept) {
        reused++;
        if (kept.vocabularyId !== undefined) skipIds.push(kept.vocabularyId);
        continue;
      }
      // one shard: Pagefind reads the staging folder as it is; several: each gets its pages and the vocabulary page
      const folder = count === 1 ? path.join(staging, 'all') : path.join(staging, `shard-${s}`);
      if (count > 1) {
        for (const page of shard) {
          const target = path.join(folder, page.key);
          await mkdir(path.dirname(target), { recursive: true });
          await rename(path.join(staging, 'all', page.key), target);
        }
        await mkdir(path.dirname(path.join(folder, VOCABULARY_PAGE)), { recursive: true });
        await writeFile(path.join(folder, VOCABULARY_PAGE), vocabulary);
      }
      errors.push(...(await indexShard(folder, shard.length + (count > 1 ? 1 : 0), out)));
      if (errors.length > 0) break;
      let id: string | undefined;
      if (count > 1) {
        id = await vocabularyId(out);
        if (id === undefined) errors.push(`the vocabulary page of ${shardFolder(s)} is missing from its index`);
        else skipIds.push(id);
      }
      if (errors.length === 0 && cache) {
        comparableVocabulary ??= count > 1 ? [...new Set([...words].map(comparableWord))].join('\n') : undefined;
        await cache.save(input, comparableVocabulary, out, id);
      }
    }
    words.clear();
    pageWords.clear();
    if (errors.length === 0) {
      for (const [s, out] of fresh.entries()) await swapIn(out, path.join(dir, shardFolder(s)));
      await removeShardsFrom(dir, count);
      await cache?.dropFrom(count);
      await addPreloads(dir, count, skipIds);
    }
    const seconds = (performance.now() - started) / 1000;
    const where = path.relative(process.cwd(), path.join(dir, 'pagefind')) || dir;
    const kept = reused > 0 ? `; ${reused} of ${count} shard(s) unchanged, reused from the last run` : '';
    log(`index: ${pages.length} pages, ${figures} figures indexed into ${where}${count > 1 ? ` and ${count - 1} more shard(s)` : ''} in ${seconds.toFixed(1)} s${kept}`);
    return { pages: pages.length, figures, errors, seconds };
  } finally {
    await rm(staging, { recursive: true, force: true });
    for (const out of fresh) await rm(out, { recursive: true, force: true });
  }
}

/**
 * The id Pagefind gave a shard's vocabulary page (its fragment's name). That
 * page's fragment is by far the largest, so the largest few are read first.
 */
async function vocabularyId(out: string): Promise<string | undefined> {
  const folder = path.join(out, 'fragment');
  const names = await readdir(folder);
  const sizes = await Promise.all(names.map(async (name) => ({ name, size: (await stat(path.join(folder, name))).size })));
  for (const { name } of sizes.sort((a, b) => b.size - a.size)) {
    const json = gunzipSync(await readFile(path.join(folder, name))).toString('utf8').replace(/^pagefind_dcd/, '');
    if ((JSON.parse(json) as { url?: string }).url === VOCABULARY_URL) return name.replace(/\.pf_fragment$/, '');
  }
  return undefined;
}

/** Removes the shard folders from number `count` on, left by an earlier run on a larger site. */
async function removeShardsFrom(dir: string, count: number): Promise<void> {
  for (const name of await readdir(dir)) {
    const s = shardOfFolder(name);
    if (s !== undefined && s >= count) await rm(path.join(dir, name), { recursive: true, force: true });
  }
}

/** Replaces the folder `target` by `fresh` (two renames; the old one is removed after). */
async function swapIn(fresh: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  await rm(old, { recursive: true, force: true });
  await rename(target, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(fresh, target);
  await rm(old, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, 'no-cache': { type: 'boolean', default: false } } });
  const dir = path.resolve(values.dir!);
  const result = await indexSite(dir, (line) => process.stdout.write(`${line}\n`), values['no-cache'] ? { cache: false } : {});
  for (const error of result.errors) process.stderr.write(`index: error: ${error}\n`);
  if (result.pages === 0) process.stdout.write(`index: warning: no page in ${values.dir} has data-pagefind-body; search will find nothing\n`);
  process.exit(result.errors.length > 0 ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

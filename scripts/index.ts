/**
 * npm run index [-- --dir dist]
 *
 * Builds the Pagefind search index of the built site, after `astro build`,
 * with Pagefind's Node API. Only the article pages (`<dir>/bai/**`, those
 * with `data-pagefind-body`) are read: the listings, the figure explorer and
 * the other pages are never opened (on 10,000 articles they are as many
 * files again). Each article page is prepared by src/lib/search/index-html.ts
 * (`đ` written as a letter Pagefind can fold, the figure table added as an
 * unindexed meta field) into a temporary staging folder, which Pagefind
 * reads; the site's own files are never changed. The index goes to
 * `<dir>/pagefind/`, replacing the old one only once it is complete.
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
 * Index chunks are made smaller than Pagefind's default (see
 * INDEX_CHUNK_SIZE): a query fetches the whole chunk that holds each of its
 * words, so smaller chunks carry fewer neighbouring words along.
 *
 * Exits non-zero if Pagefind reports any error.
 */
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../src/lib/search/index-html';

export interface IndexResult {
  pages: number;
  figures: number;
  errors: string[];
  seconds: number;
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
export function withPreloads(html: string, hrefs: readonly string[]): string {
  const cleaned = html.replace(new RegExp(`<link [^>]*${PRELOAD_MARK}[^>]*>`, 'g'), '');
  const links = hrefs.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin ${PRELOAD_MARK}>`).join('');
  return cleaned.replace(/<\/head>/i, `${links}</head>`);
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

async function addPreloads(dir: string, out: string): Promise<void> {
  const page = path.join(dir, 'tim-kiem', 'index.html');
  const html = await readFile(page, 'utf8').catch(() => undefined);
  if (html === undefined) return;
  await writeFile(page, withPreloads(html, preloadHrefs(await readdir(out))));
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

/**
 * Writes the prepared form of every article page (src/lib/search/index-html.ts)
 * under `staging`, at the same relative path, so that Pagefind's URLs come out
 * as the site's. Pages without `data-pagefind-body` are not written.
 */
async function stagePages(dir: string, staging: string): Promise<{ pages: number; figures: number }> {
  const queue = await htmlFiles(dir);
  let pages = 0;
  let figures = 0;
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const html = await readFile(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const prepared = prepareForIndex(html);
      const target = path.join(staging, path.relative(dir, file));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, prepared.html);
      pages++;
      figures += prepared.figures.length;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return { pages, figures };
}

/**
 * Indexes the built site in `dir` and writes `dir/pagefind/`.
 *
 * The prepared pages are written to a staging folder and Pagefind reads the
 * folder itself (`addDirectory`) rather than taking each page as a message
 * (`addHTMLFile`): on 10,000 generated articles the index step took 74–78 s
 * instead of 89–100 s in paired runs, for about 200 MB more peak memory in
 * Pagefind (bench/README.md, session 4). The new index is written
 * next to the old one and swapped in only when complete, so a crash leaves
 * the previous index, never half of a new one.
 */
export async function indexSite(dir: string, log: (line: string) => void = () => {}): Promise<IndexResult> {
  const started = performance.now();
  const errors: string[] = [];
  const out = path.join(dir, 'pagefind');
  const staging = await mkdtemp(path.join(os.tmpdir(), 'solieu-index-'));
  const fresh = `${out}.new-${process.pid}`;
  try {
    const { pages, figures } = await stagePages(dir, staging);
    // Read by the Pagefind binary, which the first createIndex() starts with this environment.
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
    const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    errors.push(...createErrors);
    if (!index) return { pages: 0, figures: 0, errors, seconds: 0 };
    if (pages > 0) {
      const added = await index.addDirectory({ path: staging });
      errors.push(...added.errors);
      if (added.page_count !== pages) errors.push(`Pagefind indexed ${added.page_count} of the ${pages} article pages`);
    }
    await rm(fresh, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: fresh });
    errors.push(...written.errors);
    await pagefind.close();
    if (errors.length === 0) {
      await swapIn(fresh, out);
      await addPreloads(dir, out);
    }
    const seconds = (performance.now() - started) / 1000;
    log(`index: ${pages} pages, ${figures} figures indexed into ${path.relative(process.cwd(), out) || out} in ${seconds.toFixed(1)} s`);
    return { pages, figures, errors, seconds };
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(fresh, { recursive: true, force: true });
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
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
  const dir = path.resolve(values.dir!);
  const result = await indexSite(dir, (line) => process.stdout.write(`${line}\n`));
  for (const error of result.errors) process.stderr.write(`index: error: ${error}\n`);
  if (result.pages === 0) process.stdout.write(`index: warning: no page in ${values.dir} has data-pagefind-body; search will find nothing\n`);
  process.exit(result.errors.length > 0 ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

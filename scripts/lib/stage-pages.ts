/**
 * The first half of `npm run index` (scripts/index.ts): every article page of
 * the built site, in the form Pagefind indexes (src/lib/search/index-html.ts),
 * written to a staging folder at the same relative path, so that Pagefind's
 * URLs come out as the site's. Pages without `data-pagefind-body` are not
 * written. Also collects each page's sort date and, for a site indexed in
 * shards, the words of all of them (src/lib/search/shards.ts).
 *
 * On a large site the pages are shared among worker threads (one per core):
 * Pagefind is not running yet, so the other core is idle. At 10,000 pages
 * this is the longest part of the index step after Pagefind itself.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { prepareForIndex } from '../../src/lib/search/index-html';
import { addBothWords, sortDateOf } from '../../src/lib/search/shards';
import { runShares, sharesOf } from './worker-shares';

/** One article page written to the staging folder: its path under the site (`bai/x/index.html`), sort date and the hash of what was written. */
export interface StagedPage {
  key: string;
  date: string;
  digest: string;
}

export interface Staged {
  pages: StagedPage[];
  figures: number;
  /** Every word of every page, for the vocabulary page (empty unless asked for). */
  words: Set<string>;
  /** The words of every page as Pagefind reads them, comparable (`addPageWords`), for the index cache (empty unless asked for). */
  pageWords: Set<string>;
}

/** Fewer pages than this are staged on the main thread: starting workers would cost more than it saves. */
const WORKERS_FROM = 1000;

/** Stages `files` (absolute paths under `dir`) into `staging`, on this thread. */
export async function stageFiles(dir: string, staging: string, files: readonly string[], withWords: boolean): Promise<Staged> {
  const queue = [...files];
  const pages: StagedPage[] = [];
  const words = new Set<string>();
  const pageWords = new Set<string>();
  let figures = 0;
  const next = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const html = await readFile(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const prepared = prepareForIndex(html);
      const key = path.relative(dir, file);
      const target = path.join(staging, key);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, prepared.html);
      pages.push({ key, date: sortDateOf(prepared.html), digest: createHash('sha1').update(prepared.html).digest('hex') });
      if (withWords) addBothWords(words, pageWords, prepared.html);
      figures += prepared.figures.length;
    }
  };
  // a few reads and writes in flight while the page before is prepared
  await Promise.all(Array.from({ length: 8 }, next));
  return { pages, figures, words, pageWords };
}

/**
 * Stages `files`, on one worker thread per core when there are many
 * (`threads` overrides how many); `withWords`: collect the words too.
 */
export async function stagePages(
  dir: string,
  staging: string,
  files: readonly string[],
  withWords: boolean,
  threads = Math.min(os.availableParallelism(), Math.floor(files.length / WORKERS_FROM)),
): Promise<Staged> {
  if (threads < 2) return stageFiles(dir, staging, files, withWords);
  const parts = await runShares<object, { pages: StagedPage[]; figures: number; words: string[]; pageWords: string[] }>(
    new URL('./stage-worker.ts', import.meta.url),
    sharesOf(files, threads).map((share) => ({ dir, staging, withWords, files: share })),
    'staging',
  );
  const words = new Set<string>();
  const pageWords = new Set<string>();
  for (const part of parts) {
    for (const word of part.words) words.add(word);
    for (const word of part.pageWords) pageWords.add(word);
  }
  return { pages: parts.flatMap((p) => p.pages), figures: parts.reduce((sum, p) => sum + p.figures, 0), words, pageWords };
}

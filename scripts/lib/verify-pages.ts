/**
 * The check of the built article pages (src/integrations/verify-build.ts:
 * every figure highlighted once with its exact text, every text intact), run
 * by scripts/astro-build.ts once a build in two parts is done, on one worker
 * thread per core: in the build it ran on one core after both parts had
 * finished, 20 s at 10,000 articles with the other core idle.
 *
 * The expected figures are read from the article files (the loader's
 * registry is in the Astro processes, not here). Problems come back in slug
 * order, whatever the number of threads.
 */
import os from 'node:os';
import { articlesFromFiles, checkArticlePages } from '../../src/integrations/verify-build';
import { articlesDir } from '../../src/loaders/cache';
import { runShares, sharesOf } from './worker-shares';

/** Fewer articles than this per thread are checked on the main thread: a worker costs about half a second to start. */
const PER_WORKER = 1000;

/** Checks the article pages of `outDir` against `articles` (default: the articles folder); returns every problem and how many pages were checked. */
export async function verifyPages(outDir: string, dir: string = articlesDir(), threads?: number): Promise<{ problems: string[]; pages: number }> {
  const articles = await articlesFromFiles(dir);
  const n = threads ?? Math.min(os.availableParallelism(), Math.floor(articles.length / PER_WORKER));
  if (n < 2) return { problems: (await checkArticlePages(outDir, articles)).flat(), pages: articles.length };
  const parts = await runShares<object, string[]>(
    new URL('./verify-worker.ts', import.meta.url),
    sharesOf(articles, n).map((share) => ({ outDir, slugs: share.map(([slug, { file }]) => [slug, file]) })),
    'page-checking',
  );
  return { problems: parts.flat(), pages: articles.length };
}

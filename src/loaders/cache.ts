/**
 * The rendered-article cache: for each article file, its validated
 * frontmatter and the verified HTML of its body, as `loadArticle`
 * (src/loaders/articles.ts) produced them, in one JSON file named by the
 * digest of the file's exact text and the renderer's version.
 *
 * Why it exists: Astro bundles its whole data store into the build as one
 * JavaScript module, whose parsing and tree-shaking then dominate the
 * build's time and memory. Measured: 2,000 generated articles gave a 61 MB
 * store with bodies and HTML in it; 1,000 articles with the frontmatter in it
 * still gave 1.46 M syntax-tree nodes (~36 figures × 12 fields each) against
 * 62 k for plain pages. So the store keeps an `ArticleEntry` (metadata and
 * counts) and pages read the rest from here with `readArticle`.
 *
 * Who writes it: `npm run extract`, on its worker threads, for every file it
 * generates (rendering there uses every core; Astro's build uses one), and
 * the loader for any file it finds without an entry (a hand-written or
 * hand-edited file, a cleared cache). A cache file is trusted because its name
 * is the digest of the exact text it was made from.
 *
 * This module has no dependency on the renderer, so pages that import it stay small.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleFrontmatter } from '../schema';
import { writeFileAtomic } from './write-file';

/**
 * Bump when the HTML the loader renders for the same file changes (src/lib/render-body.ts,
 * src/plugins/, the schema's defaults): every cached article is then rendered again.
 */
export const RENDER_VERSION = 2;

/** The folder the site reads articles from: `dir`, else `SOLIEU_ARTICLES`, else `content/articles`, from the working directory. */
export function articlesDir(options: { dir?: string } = {}, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(options.dir ?? env.SOLIEU_ARTICLES ?? 'content/articles');
}

/**
 * The cache folder of an (absolute) articles folder, under `root`'s
 * node_modules/.cache (one per articles folder, so test corpora never mix
 * with the site's).
 */
export function renderedCacheDir(dir: string = articlesDir(), root: string = process.cwd()): string {
  const key = createHash('sha256').update(dir).digest('hex').slice(0, 12);
  return path.resolve(root, 'node_modules/.cache/solieu', `rendered-${key}`);
}

/** The digest of an article file's text: the name of its cache file and the store entry's `digest`. */
export function renderDigest(fileText: string): string {
  return createHash('sha256').update(`${RENDER_VERSION}\n`).update(fileText).digest('hex').slice(0, 32);
}

/** What is cached for an article: its validated frontmatter and the verified HTML of its body. */
export interface CachedArticle {
  data: ArticleFrontmatter;
  html: string;
}

/** The cache file of a digest. */
export function cacheFileOf(digest: string | number, cacheDir: string = renderedCacheDir()): string {
  return path.join(cacheDir, `${String(digest)}.json`);
}

/** Writes a cache file (the article, or its JSON text) so that readers see it whole or not at all. */
export async function writeCachedArticle(cacheDir: string, digest: string, article: CachedArticle | string): Promise<void> {
  const file = cacheFileOf(digest, cacheDir);
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFileAtomic(file, tmp, typeof article === 'string' ? article : JSON.stringify(article));
}

/** An entry's frontmatter and body HTML, as the loader validated and rendered them. */
export async function readArticle(entry: { id: string; digest?: string | number }): Promise<CachedArticle> {
  const file = cacheFileOf(entry.digest ?? '');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(`solieu: the rendered article "${entry.id}" is missing from ${file}; run the build again (the loader re-renders it)`);
  }
  return JSON.parse(text) as CachedArticle;
}

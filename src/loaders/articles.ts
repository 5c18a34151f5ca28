/**
 * The content-layer loader of the `articles` collection.
 *
 * Reads every `**\/*.md` under the articles folder (`SOLIEU_ARTICLES`, default
 * `content/articles`), parses it (src/lib/article-file.ts), validates the
 * frontmatter against `ArticleFrontmatter` (src/schema.ts), renders the body
 * itself (src/lib/render-body.ts: literal text, figure marks, abbreviations,
 * verification) and stores `{ id: <slug>, data: { summary }, digest }`: the
 * metadata and counts only, as one JSON string (see `StoredEntry`). The validated frontmatter and the verified HTML
 * of the body are in the rendered-article cache (src/loaders/cache.ts: why,
 * and how `extract` fills it beforehand), read by the pages that need them
 * with `readArticle`. The slug is the file's path relative to the folder
 * without `.md` (`thu-nghiem/pho-co-don-tet`), so the page is `/bai/<slug>/`.
 *
 * Errors are collected over the whole corpus and thrown together at the end,
 * one line each as `file:line:col: message`, which makes `astro build` exit
 * non-zero (checked: see the loader test and the report). Nothing is stored
 * for a file with errors.
 *
 * Incremental: an entry whose digest (hash of the file's text + the renderer
 * version) is unchanged since the last build is neither parsed nor rendered
 * again. The digest is not `generatedSha256` alone: a hand edit of a generated
 * file leaves that field unchanged, and a change to the renderer must redo
 * every page.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { LineCounter, parseDocument } from 'yaml';
import { ArticleFileError, parseArticleFile } from '../lib/article-file';
import { renderBody } from '../lib/render-body';
import { articleEntry } from '../lib/corpus';
import { ArticleFrontmatter, formatIssues } from '../schema';
import { articlesDir, cacheFileOf, readArticle, renderDigest, renderedCacheDir, writeCachedArticle, type CachedArticle } from './cache';

export { articlesDir, cacheFileOf, readArticle, renderDigest, renderedCacheDir, type CachedArticle };

export interface ArticlesLoaderOptions {
  /** The articles folder; defaults to `SOLIEU_ARTICLES` or `content/articles`, relative to the working directory. */
  dir?: string;
}

/** Every `.md` file under `dir`, as sorted POSIX paths relative to it. A missing folder has none. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((p) => p.endsWith('.md'))
    .map((p) => p.split(path.sep).join('/'))
    .sort();
}

/** `thu-nghiem/pho-co-don-tet.md` → `thu-nghiem/pho-co-don-tet`. */
export function slugOf(relativePath: string): string {
  return relativePath.replace(/\.md$/, '');
}

export type LoadedArticle =
  | { ok: true; id: string; data: ArticleFrontmatter; body: string; html: string }
  | { ok: false; id: string; errors: string[] };

/** Line and column of a frontmatter path (`figures.3.end`) in the file, for messages. */
function frontmatterPosition(fileText: string, issuePath: (string | number)[]): { line: number; col: number } {
  const close = fileText.indexOf('\n---\n', 3);
  const yaml = fileText.slice(4, close + 1);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  // Walk down the path as far as it exists; report the deepest node found.
  for (let n = issuePath.length; n >= 0; n--) {
    const node = doc.getIn(issuePath.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      const pos = lineCounter.linePos(node.range[0]);
      return { line: pos.line + 1, col: pos.col }; // +1: the opening "---" line
    }
  }
  return { line: 1, col: 1 };
}

/** A problem of an article file, as `file:line:col: message`. */
function problemAt(relativePath: string, line: number, col: number, message: string): string {
  return `${relativePath}:${line}:${col}: ${message}`;
}

/**
 * Parses, validates and renders one article file. Pure: the file's text in,
 * the entry or its errors out (each `file:line:col: message`).
 */
export function loadArticle(relativePath: string, fileText: string): LoadedArticle {
  const id = slugOf(relativePath);
  let parsed: { frontmatter: unknown; body: string };
  try {
    parsed = parseArticleFile(fileText);
  } catch (error) {
    if (error instanceof ArticleFileError) return { ok: false, id, errors: [problemAt(relativePath, error.line, error.col, error.message)] };
    throw error;
  }
  const result = ArticleFrontmatter.safeParse(parsed.frontmatter);
  if (!result.success) {
    const lines = formatIssues(result.error);
    const errors = result.error.issues.map((issue, i) => {
      const pos = frontmatterPosition(fileText, issue.path);
      return problemAt(relativePath, pos.line, pos.col, `invalid frontmatter: ${lines[i]}`);
    });
    return { ok: false, id, errors };
  }
  return renderValidated(relativePath, fileText, result.data, parsed.body);
}

/**
 * The second half of `loadArticle`: renders and verifies the body of a file
 * whose frontmatter is already validated (`data` is what
 * `ArticleFrontmatter.parse` gives for it). `extract` calls it with the data it
 * has just validated, instead of parsing the file it has just written.
 */
export function renderValidated(relativePath: string, fileText: string, data: ArticleFrontmatter, body: string): LoadedArticle {
  const id = slugOf(relativePath);
  const rendered = renderBody(body, data);
  if (rendered.problems.length > 0) {
    // The body starts on the line after the closing "---".
    const bodyLine = fileText.slice(0, fileText.length - body.length).split('\n').length;
    const errors = rendered.problems.map((p) => problemAt(relativePath, p.line !== undefined ? bodyLine + p.line - 1 : bodyLine, p.column ?? 1, p.message));
    return { ok: false, id, errors };
  }
  return { ok: true, id, data, body, html: rendered.html };
}

/** Thrown when any article cannot be loaded; the message lists every problem. */
export class ArticlesError extends Error {
  constructor(
    readonly problems: string[],
    dir: string,
  ) {
    super(
      `solieu: ${problems.length} problem(s) in the articles of ${dir}; nothing was lost silently, the build stops here:\n` +
        problems.map((p) => `  ${p}`).join('\n'),
    );
    this.name = 'ArticlesError';
  }
}

/**
 * What the loader stored in this process, by slug: the article file and its
 * cache file, whose figures the post-build check
 * (src/integrations/verify-build.ts) compares with each built page. That hook runs in the same process but may
 * see another instance of this module (Vite loads the content config
 * separately), hence a global.
 */
const REGISTRY = Symbol.for('solieu.builtArticles');
export type Registry = Map<string, { file: string; cacheFile: string; figures?: { id: string; text: string }[] }>;
export function builtArticles(): Registry {
  const g = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  return (g[REGISTRY] ??= new Map());
}

/** The body of a generated article file, without parsing its YAML. */
export function bodyOfFile(fileText: string): string {
  const close = fileText.indexOf('\n---\n', 3);
  return close < 0 ? '' : fileText.slice(close + 5);
}

type Store = LoaderContext['store'];

/**
 * Syncs the store with the folder; returns every problem found. For each
 * file: an entry whose digest is unchanged is kept; a file already in the
 * rendered-article cache (pre-rendered by `extract`, or by an earlier build)
 * is stored from it; any other file is parsed, validated and rendered here,
 * and cached.
 */
async function sync(dir: string, store: Store): Promise<{ problems: string[]; rendered: number; cachedHits: number; kept: number }> {
  const files = await listArticleFiles(dir);
  const cacheDir = renderedCacheDir(dir);
  await mkdir(cacheDir, { recursive: true });
  const cached = new Set(await readdir(cacheDir));
  const problems: string[] = [];
  const seen = new Set<string>();
  const digests = new Set<string>();
  const figuresRead = new Map<string, { id: string; text: string }[]>();
  let rendered = 0;
  let cachedHits = 0;
  let kept = 0;
  for (const relativePath of files) {
    const fileText = await readFile(path.join(dir, relativePath), 'utf8');
    const id = slugOf(relativePath);
    seen.add(id);
    const digest = renderDigest(fileText);
    const inCache = cached.has(`${digest}.json`);
    if (store.get(id)?.digest === digest && inCache) {
      digests.add(digest);
      kept++;
      continue;
    }
    let data: ArticleFrontmatter;
    if (inCache) {
      data = (JSON.parse(await readFile(cacheFileOf(digest, cacheDir), 'utf8')) as CachedArticle).data;
      cachedHits++;
    } else {
      const loaded = loadArticle(relativePath, fileText);
      if (!loaded.ok) {
        problems.push(...loaded.errors);
        store.delete(id);
        continue;
      }
      await writeCachedArticle(cacheDir, digest, { data: loaded.data, html: loaded.html });
      data = loaded.data;
      rendered++;
    }
    digests.add(digest);
    figuresRead.set(id, data.figures.map(({ id: figureId, text }) => ({ id: figureId, text })));
    store.set({
      id,
      data: { summary: JSON.stringify(articleEntry(data)) },
      digest,
      filePath: path.relative(process.cwd(), path.join(dir, relativePath)).split(path.sep).join('/'),
    });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  // Drop cached articles no file uses any more (and temporary files of interrupted writes).
  for (const name of cached) if (!digests.has(name.replace(/\.json$/, ''))) await rm(path.join(cacheDir, name), { force: true });

  const registry = builtArticles();
  const known = new Map(registry);
  registry.clear();
  for (const entry of store.values()) {
    const cacheFile = cacheFileOf(entry.digest ?? '', cacheDir);
    // The figures' ids and texts when this sync read them (the post-build check then need not read the cache again).
    const figures = figuresRead.get(entry.id) ?? (known.get(entry.id)?.cacheFile === cacheFile ? known.get(entry.id)?.figures : undefined);
    registry.set(entry.id, { file: path.join(dir, `${entry.id}.md`), cacheFile, ...(figures ? { figures } : {}) });
  }
  return { problems, rendered, cachedHits, kept };
}

/** The loader for `src/content.config.ts`. */
export function articlesLoader(options: ArticlesLoaderOptions = {}): Loader {
  return {
    name: 'solieu-articles',
    load: async ({ store, logger, watcher }) => {
      const dir = articlesDir(options);
      const started = performance.now();
      const { problems, rendered, cachedHits, kept } = await sync(dir, store);
      logger.info(
        `${rendered} article(s) rendered, ${cachedHits} already rendered by extract, ${kept} unchanged, from ${path.relative(process.cwd(), dir) || '.'} in ${Math.round(performance.now() - started)} ms`,
      );
      if (problems.length > 0) throw new ArticlesError(problems, dir);

      // Dev server: re-sync when an article changes (unchanged files are skipped by digest).
      if (watcher) {
        watcher.add(dir);
        const onChange = async (changed: string) => {
          if (!changed.startsWith(dir) || !changed.endsWith('.md')) return;
          const again = await sync(dir, store);
          for (const problem of again.problems) logger.error(problem);
        };
        watcher.on('change', onChange);
        watcher.on('add', onChange);
        watcher.on('unlink', onChange);
      }
    },
  };
}

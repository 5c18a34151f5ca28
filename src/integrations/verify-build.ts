/**
 * Astro integration: after `astro build`, re-reads every built article page
 * and fails the build if any figure is not highlighted exactly once with its
 * exact text, or if the page's body text differs from the article body
 * (src/lib/check-built.ts). This is the last line of "never lose a figure":
 * it checks what is actually shipped, whatever the templates did.
 *
 * The expected figures come from the articles loader, which registers every
 * entry it stores in a process-wide registry (the loader and this hook run in
 * the same `astro build` process) with the cache file holding its validated
 * frontmatter; the expected body is read again from the article file. If the
 * registry is empty (no loader ran), the articles folder is read again.
 *
 * Problems are collected over the whole site and thrown together, which makes
 * `astro build` exit with status 1.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseArticleFile } from '../lib/article-file';
import { checkBuiltArticle, type ExpectedArticle } from '../lib/check-built';
import { articlePath } from '../lib/figure-link';
import { buildsPart } from '../build-part';
import { articlesDir, bodyOfFile, builtArticles, listArticleFiles, slugOf } from '../loaders/articles';

type Figures = ExpectedArticle['figures'];

/**
 * An article to check: its file, and a reader of its expected figures given the file's text (the checker reads
 * the file once, for the body, and the figures come from it or from the loader's cache).
 */
interface ArticleToCheck {
  file: string;
  figures: (fileText: string) => Promise<Figures> | Figures;
}

/** The figures of an article's frontmatter, as `{ id, text }`. */
function figuresOf(frontmatter: unknown): Figures {
  return ((frontmatter as { figures?: { id: string; text: string }[] }).figures ?? []).map(({ id, text }) => ({ id, text }));
}

/**
 * Slug → article file and a reader of its expected figures: from the loader's
 * registry (figures read from its cache), else from the articles folder.
 * Figures are read one article at a time, so 10,000 articles never sit in memory together.
 */
async function expectedArticles(): Promise<Map<string, ArticleToCheck>> {
  const expected = new Map<string, ArticleToCheck>();
  if (builtArticles().size > 0) {
    for (const [slug, { file, cacheFile, figures }] of builtArticles()) {
      expected.set(slug, { file, figures: async () => figures ?? figuresOf((JSON.parse(await readFile(cacheFile, 'utf8')) as { data: unknown }).data) });
    }
    return expected;
  }
  for (const [slug, article] of await articlesFromFiles()) expected.set(slug, article);
  return expected;
}

/**
 * Checks the built pages of `articles` (slug → article file and its figures)
 * in `outDir`; returns the problems, one list per article, in the given order.
 * Eight pages are in flight, so reading files overlaps with checking.
 */
export async function checkArticlePages(outDir: string, articles: readonly (readonly [string, ArticleToCheck])[]): Promise<string[][]> {
  const found: string[][] = new Array(articles.length);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < articles.length; i = next++) {
      const [slug, article] = articles[i]!;
      const file = path.join(outDir, ...articlePath(slug).split('/').filter(Boolean).map(decodeURIComponent), 'index.html');
      const [html, source] = await Promise.all([readFile(file, 'utf8').catch(() => undefined), readFile(article.file, 'utf8')]);
      if (html === undefined) found[i] = [`${slug}: the article page ${articlePath(slug)} was not built`];
      else found[i] = checkBuiltArticle(html, { body: bodyOfFile(source), figures: await article.figures(source) }).map((problem) => `${slug}: ${problem}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, lane));
  return found;
}

/** An article file, its figures read from its text. */
export function articleFromFile(file: string): ArticleToCheck {
  return { file, figures: (fileText) => figuresOf(parseArticleFile(fileText).frontmatter) };
}

/** The slugs and files of the articles folder, their figures read from each file's text. */
export async function articlesFromFiles(dir: string = articlesDir()): Promise<[string, ArticleToCheck][]> {
  return (await listArticleFiles(dir)).map((relative) => [slugOf(relative), articleFromFile(path.join(dir, relative))]);
}

/** The error thrown for problems found in built pages. */
export function pagesError(problems: readonly string[]): Error {
  return new Error(`solieu: ${problems.length} problem(s) in the built article pages; the site would lose figures:\n` + problems.map((p) => `  ${p}`).join('\n'));
}

/**
 * Set by scripts/astro-build.ts when it builds the site in two processes: it
 * then checks the pages itself once both are done, on every core (the check
 * of 10,000 pages took 20 s on one core here, with the other idle).
 */
export const VERIFY_AFTER_ENV = 'SOLIEU_VERIFY_AFTER_BUILD';

export function solieuVerify(): AstroIntegration {
  return {
    name: 'solieu-verify-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!buildsPart('articles')) return logger.info('no article pages in this part of the build: nothing to check');
        if (process.env[VERIFY_AFTER_ENV] === '1') return logger.info('the article pages are checked by scripts/astro-build.ts once every part is built');
        const started = performance.now();
        const expected = await expectedArticles();
        const outDir = fileURLToPath(dir);
        const problems: string[] = [];
        // Every article file must have been loaded: a store that lost entries must not pass as a smaller site.
        for (const relative of await listArticleFiles(articlesDir())) {
          if (!expected.has(slugOf(relative))) problems.push(`${slugOf(relative)}: the article file was never loaded, so its page is missing`);
        }
        // problems are reported in slug order
        for (const list of await checkArticlePages(outDir, [...expected])) problems.push(...list);
        const ms = Math.round(performance.now() - started);
        if (problems.length > 0) throw pagesError(problems);
        logger.info(`${expected.size} article page(s) checked: every figure highlighted once, every text intact (${ms} ms)`);
      },
    },
  };
}

/**
 * scripts/lib/verify-pages.ts: the check of the built article pages that a
 * build in two parts runs after both, on worker threads, finds what the
 * in-build check finds (a figure not highlighted, a page not built), in slug
 * order, whatever the number of threads.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPages } from '../../scripts/lib/verify-pages';
import { loadArticle } from '../../src/loaders/articles';

const SEED = path.resolve('content/articles/000-221d6abb8b15921d.md');

describe('verifyPages', () => {
  let root: string;
  let articles: string;
  let out: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'solieu-verify-test-'));
    articles = path.join(root, 'articles');
    out = path.join(root, 'dist');
    await mkdir(articles, { recursive: true });
    const loaded = loadArticle('seed.md', await readFile(SEED, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const page = (body: string) => `<!doctype html><html><body><main><div class="article-body">${body}</div></main></body></html>`;
    for (const slug of ['a', 'b', 'c', 'd']) await copyFile(SEED, path.join(articles, `${slug}.md`));
    for (const slug of ['a', 'b', 'c']) await mkdir(path.join(out, 'bai', slug), { recursive: true });
    await writeFile(path.join(out, 'bai', 'a', 'index.html'), page(loaded.html));
    await writeFile(path.join(out, 'bai', 'b', 'index.html'), page(loaded.html));
    // c loses the highlight of its first figure; d's page was never built
    await writeFile(path.join(out, 'bai', 'c', 'index.html'), page(loaded.html.replace(/<mark\b[^>]*>([^<]*)<\/mark>/, '$1')));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('finds a figure that is not highlighted and a page that was not built, on one thread or two alike', async () => {
    const one = await verifyPages(out, articles, 0);
    expect(one.pages).toBe(4);
    expect(one.problems).toHaveLength(2);
    expect(one.problems[0]).toMatch(/^c: figure ".+" \(.+\) is not highlighted on the built page$/);
    expect(one.problems[1]).toBe('d: the article page /bai/d/ was not built');
    expect(await verifyPages(out, articles, 2)).toEqual(one);
  }, 30_000);

  it('finds nothing on intact pages', async () => {
    await rm(path.join(articles, 'c.md'));
    await rm(path.join(articles, 'd.md'));
    expect(await verifyPages(out, articles, 2)).toEqual({ problems: [], pages: 2 });
  }, 30_000);
});

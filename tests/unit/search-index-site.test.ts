/**
 * scripts/index.ts end to end on a two-article site in a temporary folder:
 * Pagefind (the real binary) indexes the prepared article pages, the index
 * replaces the old one whole, and nothing is left behind in the temp dir.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../scripts/index';

const article = (title: string, body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><header>Đầu trang</header><article data-pagefind-body><h1 id="tieu-de">${title}</h1>` +
  `<p>${body}</p></article></body></html>`;

/** A fragment's JSON (Pagefind writes `pagefind_dcd` + JSON, gzipped). */
async function fragments(dir: string, shard = 'pagefind'): Promise<{ id: string; url: string; content: string; meta: Record<string, string> }[]> {
  const folder = path.join(dir, shard, 'fragment');
  const names = (await readdir(folder)).sort();
  return Promise.all(
    names.map(async (name) => ({
      id: name.replace(/\.pf_fragment$/, ''),
      ...JSON.parse(gunzipSync(await readFile(path.join(folder, name))).toString('utf8').replace(/^pagefind_dcd/, '')),
    })),
  );
}

describe('indexSite', () => {
  let dir: string;
  const tmpBefore = new Set<string>();

  beforeAll(async () => {
    for (const name of await readdir(os.tmpdir())) tmpBefore.add(name);
    dir = await mkdtemp(path.join(os.tmpdir(), 'solieu-index-test-'));
    tmpBefore.add(path.basename(dir));
    await mkdir(path.join(dir, 'bai', 'mot'), { recursive: true });
    await mkdir(path.join(dir, 'bai', 'hai'), { recursive: true });
    await mkdir(path.join(dir, 'bai', 'ba'), { recursive: true });
    await writeFile(
      path.join(dir, 'bai', 'mot', 'index.html'),
      article('Đà Lạt thu 2,9 tỷ đồng', 'Thu <mark id="hon-2-9-ty-dong" class="fig" data-kind="money" data-reading="&gt; 2,9 tỷ đồng">hơn 2,9 tỷ đồng</mark>.'),
    );
    // with a print-only line Pagefind is told to ignore (its words are in no index, nor in the vocabulary page)
    await writeFile(path.join(dir, 'bai', 'hai', 'index.html'), article('Bảo Lộc', 'Không có số liệu.</p><p data-pagefind-ignore>Bản in từ chúthích'));
    // No data-pagefind-body: a page that is not an article, never indexed.
    await writeFile(path.join(dir, 'bai', 'ba', 'index.html'), '<html><head><title>x</title></head><body><p>Đồng</p></body></html>');
    // An index from an earlier run, which the new one must replace whole, and a shard of a larger site.
    await mkdir(path.join(dir, 'pagefind', 'fragment'), { recursive: true });
    await writeFile(path.join(dir, 'pagefind', 'fragment', 'stale.pf_fragment'), 'old');
    await mkdir(path.join(dir, 'pagefind-2'), { recursive: true });
    // The search page, which gets the preload hints (and the list of shards, when there are several).
    await mkdir(path.join(dir, 'tim-kiem'), { recursive: true });
    await writeFile(path.join(dir, 'tim-kiem', 'index.html'), '<html><head><title>Tìm kiếm</title></head><body></body></html>');
  }, 30_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('indexes the two article pages in their prepared form and replaces the old index whole', async () => {
    const result = await indexSite(dir, undefined, { cache: false });
    expect(result.errors).toEqual([]);
    expect(result.pages).toBe(2);
    expect(result.figures).toBe(1);

    const pages = await fragments(dir);
    expect(pages.map((p) => p.url).sort()).toEqual(['/bai/hai/', '/bai/mot/']);
    const mot = pages.find((p) => p.url === '/bai/mot/')!;
    // `đ` carried as `ḏ` and the decimal comma as a combining mark: the index form, not the page's text.
    expect(mot.content).toContain('\u1E0Eà Lạt');
    expect(mot.content).toContain('2\u03269 tỷ ḏồng');
    expect(mot.content).not.toContain('Đầu trang'); // the header around the article is not indexed
    expect(mot.meta.figs).toBeDefined();
    expect(await readdir(path.join(dir, 'pagefind', 'fragment'))).not.toContain('stale.pf_fragment');

    // Nothing left next to the index or in the temp dir.
    expect((await readdir(dir)).sort()).toEqual(['bai', 'pagefind', 'tim-kiem']);
    const leftovers = (await readdir(os.tmpdir())).filter((name) => !tmpBefore.has(name) && name.startsWith('solieu-index-'));
    expect(leftovers).toEqual([]);
    const searchPage = await readFile(path.join(dir, 'tim-kiem', 'index.html'), 'utf8');
    expect(searchPage).toMatch(/<link rel="preload" href="\/pagefind\/pagefind\.vi_[^"]+\.pf_meta"/);
    expect(searchPage).not.toContain('solieu:search-shards');
  }, 60_000);

  it('indexes a larger site in shards, the newest page of each pair in the first, and lists the others on the search page', async () => {
    process.env.SOLIEU_INDEX_SHARD_PAGES = '1';
    try {
      const result = await indexSite(dir, undefined, { cache: false });
      expect(result.errors).toEqual([]);
      expect(result.pages).toBe(2);
    } finally {
      delete process.env.SOLIEU_INDEX_SHARD_PAGES;
    }
    expect((await readdir(dir)).sort()).toEqual(['bai', 'pagefind', 'pagefind-2', 'tim-kiem']);
    // neither page has a date: dealt by path, `hai` before `mot`, the later one to the first shard;
    // each shard also holds the vocabulary page, with the words of both articles
    const first = await fragments(dir);
    const second = await fragments(dir, 'pagefind-2');
    expect(first.map((p) => p.url).sort()).toEqual(['/_tu-vung/', '/bai/mot/']);
    expect(second.map((p) => p.url).sort()).toEqual(['/_tu-vung/', '/bai/hai/']);
    const vocabularies = [...first, ...second].filter((p) => p.url === '/_tu-vung/');
    for (const page of vocabularies) {
      // the words of both pages, with the đ as the index carries it (ḏ)
      expect(page.content.split(/\s+/)).toEqual(expect.arrayContaining(['bảo', 'lộc', 'ḏà', 'lạt', 'hơn', 'tỷ', 'ḏồng', 'không', 'số', 'liệu.']));
      expect(page.content).not.toContain('chúthích');
    }
    // … which is right because Pagefind leaves the ignored line out of the page itself
    expect([...first, ...second].find((p) => p.url === '/bai/hai/')!.content).not.toContain('chúthích');
    const searchPage = await readFile(path.join(dir, 'tim-kiem', 'index.html'), 'utf8');
    // the search page names both vocabulary pages, so that neither is ever a result
    expect(searchPage).toContain(`<meta name="solieu:search-skip" content="${vocabularies.map((p) => p.id).join(' ')}" data-solieu-preload>`);
    expect(searchPage).toContain('<meta name="solieu:search-shards" content="/pagefind-2/" data-solieu-preload>');
    expect(searchPage).toMatch(/<link rel="preload" href="\/pagefind-2\/pagefind\.vi_[^"]+\.pf_meta"/);

    // back to one shard: the second one is removed, and so is its mention
    await indexSite(dir, undefined, { cache: false });
    expect((await readdir(dir)).sort()).toEqual(['bai', 'pagefind', 'tim-kiem']);
    expect(await readFile(path.join(dir, 'tim-kiem', 'index.html'), 'utf8')).not.toContain('pagefind-2');
  }, 60_000);

  it('reuses the shards whose pages and words are unchanged, and gives the index a fresh run gives', async () => {
    const cache = await mkdtemp(path.join(os.tmpdir(), 'solieu-index-cache-test-'));
    const twin = await mkdtemp(path.join(os.tmpdir(), 'solieu-index-test-'));
    tmpBefore.add(path.basename(cache));
    tmpBefore.add(path.basename(twin));
    const names = async (site: string, shard: string) => (await readdir(path.join(site, shard, 'fragment'))).sort();
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    process.env.SOLIEU_INDEX_SHARD_PAGES = '1';
    try {
      expect((await indexSite(dir, log, { cache })).errors).toEqual([]);
      expect(lines.pop()).not.toContain('reused');
      // nothing changed: both shards come from the cache, exactly as they were
      const before = [await names(dir, 'pagefind'), await names(dir, 'pagefind-2')];
      expect((await indexSite(dir, log, { cache })).errors).toEqual([]);
      expect(lines.pop()).toContain('2 of 2 shard(s) unchanged');
      expect([await names(dir, 'pagefind'), await names(dir, 'pagefind-2')]).toEqual(before);

      // one page changes, with words the site already has: only its shard is indexed again …
      await writeFile(path.join(dir, 'bai', 'hai', 'index.html'), article('Bảo Lộc', 'Bảo Lộc không có số liệu.'));
      expect((await indexSite(dir, log, { cache })).errors).toEqual([]);
      expect(lines.pop()).toContain('1 of 2 shard(s) unchanged');
      // … and its pages are those a run without the cache makes of the same site (the reused shard keeps its
      // vocabulary page, made from the words of the site before; it still has every word the site has now)
      await mkdir(path.join(twin, 'bai'), { recursive: true });
      for (const page of ['mot', 'hai', 'ba']) {
        await mkdir(path.join(twin, 'bai', page), { recursive: true });
        await writeFile(path.join(twin, 'bai', page, 'index.html'), await readFile(path.join(dir, 'bai', page, 'index.html')));
      }
      expect((await indexSite(twin, undefined, { cache: false })).errors).toEqual([]);
      const articles = async (site: string, shard: string) => (await fragments(site, shard)).filter((p) => p.url !== '/_tu-vung/');
      for (const shard of ['pagefind', 'pagefind-2']) expect(await articles(dir, shard)).toEqual(await articles(twin, shard));
      const keptVocabulary = (await fragments(dir)).find((p) => p.url === '/_tu-vung/')!.content.split(/\s+/);
      expect(keptVocabulary).toEqual(expect.arrayContaining(['bảo', 'lộc', 'không', 'có', 'số', 'liệu.', 'ḏà', 'lạt', 'tỷ']));

      // a word the site never had: every shard must learn it, so none is reused
      await writeFile(path.join(dir, 'bai', 'hai', 'index.html'), article('Bảo Lộc', 'Bảo Lộc có mưa đá.'));
      expect((await indexSite(dir, log, { cache })).errors).toEqual([]);
      expect(lines.pop()).not.toContain('reused');
      const vocabulary = (await fragments(dir)).find((p) => p.url === '/_tu-vung/')!;
      expect(vocabulary.content.split(/\s+/)).toContain('mưa');
    } finally {
      delete process.env.SOLIEU_INDEX_SHARD_PAGES;
      await rm(cache, { recursive: true, force: true });
      await rm(twin, { recursive: true, force: true });
    }
  }, 90_000);
});

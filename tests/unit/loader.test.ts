/**
 * The articles loader: the fixture articles load, validate and render with
 * every figure highlighted; broken files give `file:line:col: message`
 * errors naming the article and the figure; the Astro loader stores slugs,
 * skips unchanged files, drops deleted ones and throws when anything is wrong.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articlesLoader,
  bodyOfFile,
  builtArticles,
  cacheFileOf,
  listArticleFiles,
  loadArticle,
  renderDigest,
  renderedCacheDir,
  slugOf,
  type CachedArticle,
} from '../../src/loaders/articles';
import { entrySummary } from '../../src/lib/corpus';
import { KINDS } from '../../src/schema';

const FIXTURES = path.resolve('tests/fixtures/articles');
const SEED = 'bao-loc-tong-ket-phong-trao-bao-ve-an-ninh-to-quoc-2021.md';
const HOSTILE = 'thu-nghiem/xuat-khau-thuy-san-ky-tu-dac-biet.md';
const read = (file: string) => readFile(path.join(FIXTURES, file), 'utf8');

describe('bodyOfFile', () => {
  it('is everything after the closing "---" line', () => {
    expect(bodyOfFile('---\na: 1\n---\nThân\n\nbài\n')).toBe('Thân\n\nbài\n');
    expect(bodyOfFile('---\na: 1\n')).toBe('');
  });
});

describe('listArticleFiles', () => {
  it('lists .md files recursively as sorted POSIX paths', async () => {
    expect(await listArticleFiles(FIXTURES)).toEqual([SEED, 'thu-nghiem/pho-co-don-tet.md', HOSTILE]);
  });
  it('gives none for a missing folder', async () => {
    expect(await listArticleFiles(path.join(FIXTURES, 'khong-co'))).toEqual([]);
  });
  it('derives the slug from the relative path', () => {
    expect(slugOf('thu-nghiem/pho-co-don-tet.md')).toBe('thu-nghiem/pho-co-don-tet');
  });
});

describe('loadArticle on the fixtures', () => {
  it('renders the seed article with all 28 figures, each exactly once', async () => {
    const loaded = loadArticle(SEED, await read(SEED));
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    expect(loaded.id).toBe('bao-loc-tong-ket-phong-trao-bao-ve-an-ninh-to-quoc-2021');
    expect(loaded.html.match(/<mark /g)).toHaveLength(28);
    expect(loaded.html).toContain(
      '<mark id="hon-2-9-ty-dong" class="fig fig--money" data-kind="money" data-value="2900000000" data-unit="đồng" data-qualifier="over" data-reading="> 2.900.000.000 ₫ · tiền" tabindex="0">hơn 2,9 tỷ đồng</mark>',
    );
    expect(loaded.html).toContain('<span id="2-9-ty-dong" class="fig-alias" data-target="hon-2-9-ty-dong"></span><mark id="hon-2-9-ty-dong"');
    expect(loaded.html).toContain('(<abbr title="an ninh Tổ quốc" id="viet-tat-antq">ANTQ</abbr>)');
    expect(loaded.html.startsWith('<p>(LĐ online) - Ngày 21/1, ')).toBe(true);
    expect(loaded.html.endsWith('<p>KHÁNH PHÚC</p>')).toBe(true);
  });

  it('shows markup in the text literally and never emits it as HTML', async () => {
    const loaded = loadArticle(HOSTILE, await read(HOSTILE));
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    expect(loaded.html).not.toMatch(/<script|<img|<a |<h1|<ul|<li|<table|<code|<strong|<em/);
    // `<` and `&` escaped (shortest character references), everything else as written.
    expect(loaded.html).toContain('&lt;script>alert("x")&lt;/script> và &lt;img src=x onerror="alert(1)">');
    expect(loaded.html).toContain('[liên kết](javascript:alert(1)), `mã`, **đậm**, &#38;amp; và &#38;lt;b&#38;gt;');
    expect(loaded.html).toContain('<p># Dòng này bắt đầu bằng dấu thăng nhưng không phải tiêu đề<br>\n* Dòng này');
    expect(loaded.html.match(/<mark /g)).toHaveLength(9);
  });

  it('renders an article without figures', async () => {
    const loaded = loadArticle('thu-nghiem/pho-co-don-tet.md', await read('thu-nghiem/pho-co-don-tet.md'));
    expect(loaded.ok && loaded.html).toBe(
      '<p>Những ngày cuối năm, người dân phố cổ tất bật dọn dẹp nhà cửa, treo đèn lồng và chuẩn bị mâm cỗ đón Tết.</p>\n\n<p>Không khí rộn ràng lan khắp các con phố nhỏ.</p>\n',
    );
  });
});

describe('loadArticle on broken files', () => {
  it('names file, line and column of a frontmatter that is not closed', () => {
    const loaded = loadArticle('a.md', '---\nmeta: {}\n');
    expect(loaded).toEqual({ ok: false, id: 'a', errors: ['a.md:1:1: the frontmatter is never closed by a "---" line'] });
  });

  it('names each schema problem with the line of the offending key', async () => {
    const original = await read(SEED);
    const lines = original.split('\n');
    // Shorten the span of the first figure ("115 kế hoạch") by one, and add an unknown key to meta.
    const endLine = lines.findIndex((l) => l.startsWith('    end: ')) + 1;
    lines[endLine - 1] = `    end: ${Number(lines[endLine - 1]!.slice(9)) - 1}`;
    const metaLine = lines.findIndex((l) => l === 'meta:') + 1;
    lines.splice(metaLine, 0, '  publisher: x');
    const loaded = loadArticle(SEED, lines.join('\n'));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const figureLine = lines.findIndex((l) => l === '  - id: 115-ke-hoach') + 1;
    expect(loaded.errors).toEqual([
      // An unknown key: the meta map, which starts on the line after "meta:".
      `${SEED}:${metaLine + 1}:3: invalid frontmatter: meta: Unrecognized key(s) in object: 'publisher'`,
      // A span that does not fit the text: the figure's map, which starts at its "id" key.
      `${SEED}:${figureLine}:5: invalid frontmatter: figures.0: text has 12 characters but the span covers 11`,
    ]);
  });

  it('names the figure and its place in the file when the body no longer holds it', async () => {
    // A hand edit of the body: "310 triệu đồng" became "320 triệu đồng".
    const original = await read(SEED);
    const bodyAt = original.indexOf('\n---\n') + 5;
    const text = original.slice(0, bodyAt) + original.slice(bodyAt).replace('trị giá 310 triệu đồng', 'trị giá 320 triệu đồng');
    const loaded = loadArticle(SEED, text);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('320 triệu đồng')) + 1;
    const col = lines[line - 1]!.indexOf('320 triệu đồng') + 1;
    expect(loaded.errors).toEqual([
      `${SEED}:${line}:${col}: [figure-marks] figure "310-trieu-dong": the text at ${text.indexOf('320') - bodyAt + 14}–${text.indexOf('320') - bodyAt + 28} is "320 triệu đồng", not "310 triệu đồng"`,
      `${SEED}:${line}:${col}: [verify-figures] figure "310-trieu-dong" ("310 triệu đồng") is not highlighted on the page`,
    ]);
  });

  it('reports a redirect to nowhere', async () => {
    const text = (await read(SEED)).replace('  2-9-ty-dong: hon-2-9-ty-dong', '  2-9-ty-dong: khong-con');
    const loaded = loadArticle(SEED, text);
    expect(loaded.ok ? [] : loaded.errors.map((e) => e.replace(/^[^:]+:\d+:\d+: /, ''))).toEqual([
      '[figure-marks] retired id "2-9-ty-dong" redirects to "khong-con", which is not a figure of this article',
      '[verify-figures] retired id "2-9-ty-dong" (→ "khong-con") has no anchor on the page, so old links to it would not land',
    ]);
  });
});

describe('articlesLoader (Astro content layer)', () => {
  let dir: string;
  const digests = (text: string) => `d${text.length}:${text.slice(-40)}`;

  /** A minimal in-memory stand-in for Astro's DataStore. */
  function fakeStore() {
    const entries = new Map<string, { id: string; digest?: string | number; data: Record<string, unknown>; body?: string; rendered?: { html: string } }>();
    let sets = 0;
    return {
      entries,
      sets: () => sets,
      store: {
        get: (id: string) => entries.get(id),
        set: (entry: { id: string; digest?: string | number; data: Record<string, unknown> }) => {
          sets++;
          entries.set(entry.id, entry);
          return true;
        },
        delete: (id: string) => void entries.delete(id),
        keys: () => [...entries.keys()],
        values: () => [...entries.values()],
        has: (id: string) => entries.has(id),
        entries: () => [...entries.entries()],
        clear: () => entries.clear(),
        addModuleImport: () => {},
      },
    };
  }
  const readArticleFrom = async (digest: string | number | undefined): Promise<CachedArticle> =>
    JSON.parse(await readFile(cacheFileOf(digest!, renderedCacheDir(dir)), 'utf8')) as CachedArticle;
  const context = (store: unknown) =>
    ({ store, logger: { info: () => {}, warn: () => {}, error: () => {} }, generateDigest: digests }) as unknown as Parameters<ReturnType<typeof articlesLoader>['load']>[0];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'solieu-loader-'));
    await mkdir(path.join(dir, 'thu-nghiem'));
    await writeFile(path.join(dir, SEED), await read(SEED));
    await writeFile(path.join(dir, 'thu-nghiem/pho-co-don-tet.md'), await read('thu-nghiem/pho-co-don-tet.md'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(renderedCacheDir(dir), { recursive: true, force: true });
  });

  it('stores every article under its slug, then skips unchanged files and drops deleted ones', async () => {
    const fake = fakeStore();
    const loader = articlesLoader({ dir });
    await loader.load(context(fake.store));
    expect([...fake.entries.keys()].sort()).toEqual(['bao-loc-tong-ket-phong-trao-bao-ve-an-ninh-to-quoc-2021', 'thu-nghiem/pho-co-don-tet']);
    const seed = fake.entries.get('bao-loc-tong-ket-phong-trao-bao-ve-an-ninh-to-quoc-2021')!;
    // The store holds the metadata and counts only (no per-figure data, no body), as one JSON string.
    expect(Object.keys(seed.data as object)).toEqual(['summary']);
    const summary = entrySummary(seed as unknown as { data: { summary: string } });
    expect(Object.keys(summary).sort()).toEqual(['figureCount', 'kindCounts', 'meta']);
    expect(summary.figureCount).toBe(28);
    expect(summary.meta.outlet).toBe('Lao Động');
    expect(seed.body).toBeUndefined();
    expect(seed.rendered).toBeUndefined();
    // The validated frontmatter and verified HTML are in the cache, under the entry's digest.
    const cached = await readArticleFrom(seed.digest);
    expect(cached.data.figures).toHaveLength(28);
    expect(cached.html.match(/<mark /g)).toHaveLength(28);
    expect(cached.html.startsWith('<p>(LĐ online) - Ngày 21/1, ')).toBe(true);
    const kinds = cached.data.figures.map((f) => f.kind);
    expect(summary.kindCounts).toEqual(KINDS.filter((k) => kinds.includes(k)).map((k) => [k, kinds.filter((x) => x === k).length]));
    expect(builtArticles().get('thu-nghiem/pho-co-don-tet')).toEqual({
      file: path.join(dir, 'thu-nghiem/pho-co-don-tet.md'),
      cacheFile: cacheFileOf(fake.entries.get('thu-nghiem/pho-co-don-tet')!.digest!, renderedCacheDir(dir)),
      figures: [],
    });
    // The post-build check gets each article's figure ids and texts from the registry.
    const registered = builtArticles().get('bao-loc-tong-ket-phong-trao-bao-ve-an-ninh-to-quoc-2021')!;
    expect(registered.figures).toEqual(cached.data.figures.map(({ id, text }) => ({ id, text })));
    expect(fake.sets()).toBe(2);

    await loader.load(context(fake.store));
    expect(fake.sets()).toBe(2); // nothing changed: nothing re-rendered
    expect(builtArticles().get('bao-loc-tong-ket-phong-trao-bao-ve-an-ninh-to-quoc-2021')!.figures).toEqual(registered.figures);

    // A cache file that went missing is rendered again.
    await rm(cacheFileOf(seed.digest!, renderedCacheDir(dir)));
    await loader.load(context(fake.store));
    expect(fake.sets()).toBe(3);

    await rm(path.join(dir, 'thu-nghiem/pho-co-don-tet.md'));
    await loader.load(context(fake.store));
    expect([...fake.entries.keys()]).toEqual(['bao-loc-tong-ket-phong-trao-bao-ve-an-ninh-to-quoc-2021']);
  });

  it('stores a file already in the rendered-article cache without rendering it again', async () => {
    const loader = articlesLoader({ dir });
    await loader.load(context(fakeStore().store)); // fills the cache
    const seedText = await readFile(path.join(dir, SEED), 'utf8');
    const cacheFile = cacheFileOf(renderDigest(seedText), renderedCacheDir(dir));
    const before = await readFile(cacheFile, 'utf8');

    // A new build (empty store) with the cache in place: nothing is rendered, the entry is the same.
    const lines: string[] = [];
    const fresh = fakeStore();
    await loader.load({ ...context(fresh.store), logger: { info: (l: string) => lines.push(l), warn: () => {}, error: () => {} } } as unknown as Parameters<typeof loader.load>[0]);
    expect(lines.join('\n')).toMatch(/^0 article\(s\) rendered, \d+ already rendered by extract, 0 unchanged/);
    const seed = fresh.entries.get('bao-loc-tong-ket-phong-trao-bao-ve-an-ninh-to-quoc-2021')!;
    expect(seed.digest).toBe(renderDigest(seedText));
    expect(entrySummary(seed as unknown as { data: { summary: string } }).figureCount).toBe(28);
    expect(await readFile(cacheFile, 'utf8')).toBe(before);

    // The digest covers the exact text: an edited file misses the cache and is rendered.
    await writeFile(path.join(dir, SEED), seedText.replace('KHÁNH PHÚC', 'KHÁNH  PHÚC'));
    lines.length = 0;
    await loader.load({ ...context(fakeStore().store), logger: { info: (l: string) => lines.push(l), warn: () => {}, error: () => {} } } as unknown as Parameters<typeof loader.load>[0]);
    expect(lines.join('\n')).toMatch(/^1 article\(s\) rendered/);
    await writeFile(path.join(dir, SEED), seedText);
  });

  it('throws one error listing every problem of the corpus', async () => {
    await writeFile(path.join(dir, 'hong.md'), '---\nmeta: [\n---\nthân bài\n');
    await writeFile(path.join(dir, 'thieu.md'), '---\nmeta: {}\n---\nthân bài\n');
    const fake = fakeStore();
    const error = await articlesLoader({ dir })
      .load(context(fake.store))
      .then(() => undefined, (e: Error) => e);
    expect(error?.message).toMatch(/^solieu: \d+ problem\(s\) in the articles of /);
    expect(error?.message).toContain('\n  hong.md:');
    // A missing key points at the map that lacks it: meta's value `{}` at line 2, column 7.
    expect(error?.message).toContain('\n  thieu.md:2:7: invalid frontmatter: meta.title: Required\n');
    expect(error?.message).toContain('\n  thieu.md:2:1: invalid frontmatter: figures: Required\n');
    // The good article was still stored; the broken ones were not.
    expect([...fake.entries.keys()]).toEqual(['bao-loc-tong-ket-phong-trao-bao-ve-an-ninh-to-quoc-2021']);
  });
});

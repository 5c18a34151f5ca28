/**
 * Search in the browser, against the built site: every query of issue 5
 * (`dong`, `da lat`, `ubnd tp bao loc`, `Bao Loc`, `2,9 tỷ`, `244 tấn`,
 * `mắt camera`), landing on a figure, the highlight on arrival, filters,
 * keyboard use, the state in the URL and the page without JavaScript.
 *
 * The first part runs on the build under test and needs only the seed
 * article (content/articles). The second part checks ranking and combined
 * filters on a test-only site built from tests/fixtures/search (invented
 * articles: "Bảo Lộc" vs "bão lốc", "2,9 tỷ" vs "29 tỷ", two outlets, four
 * dates) into node_modules/.cache, never into dist/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/** The seed article's slug (content/sources/000_221d6abb8b15921d.txt). */
const SEED = '/bai/000-221d6abb8b15921d/';

interface Result {
  title: string;
  href: string;
  page: string;
  figures: { text: string; reading: string; href: string }[];
  text: string;
}

async function results(page: Page): Promise<Result[]> {
  await expect(page.locator('#search-results')).toHaveAttribute('data-search-state', 'done');
  return page.locator('.search-result').evaluateAll((items) =>
    items.map((li) => {
      const link = li.querySelector<HTMLAnchorElement>('h2 a')!;
      return {
        title: link.textContent ?? '',
        href: link.getAttribute('href') ?? '',
        page: link.pathname,
        figures: [...li.querySelectorAll('.search-result__figures li')].map((row) => ({
          text: row.querySelector('a')?.textContent ?? '',
          reading: row.querySelector('.search-figure__reading')?.textContent ?? '',
          href: row.querySelector('a')?.getAttribute('href') ?? '',
        })),
        text: li.textContent ?? '',
      };
    }),
  );
}

async function search(page: Page, q: string, extra = '', base = ''): Promise<Result[]> {
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(q)}${extra}`);
  return results(page);
}

const pages = (rs: Result[]) => rs.map((r) => r.page).sort();

test.describe('search on the seed article', () => {
  test('/tim-kiem/?q=bao+loc runs the search on load and finds the seed article', async ({ page }) => {
    const found = await search(page, 'bao loc');
    expect(pages(found)).toContain(SEED);
    await expect(page.locator('#search-q')).toHaveValue('bao loc');
    await expect(page.locator('#search-status')).toContainText('bao loc');
  });

  for (const [plain, accented] of [
    ['Bao Loc', 'Bảo Lộc'],
    ['ubnd tp bao loc', 'UBND TP Bảo Lộc'],
    ['dong', 'đồng'],
    ['lam dong', 'Lâm Đồng'],
  ]) {
    test(`"${plain}" finds the seed article, and everything "${accented}" finds`, async ({ page }) => {
      const withAccents = await search(page, accented!);
      const without = await search(page, plain!);
      expect(pages(without)).toContain(SEED);
      for (const p of pages(withAccents)) expect(pages(without)).toContain(p);
    });
  }

  test('"da lat" finds what "Đà Lạt" finds', async ({ page }) => {
    const withAccents = await search(page, 'Đà Lạt');
    const without = await search(page, 'da lat');
    expect(pages(without)).toEqual(pages(withAccents));
  });

  test('excerpts and titles show the article text: đ and decimal commas, no index-only characters', async ({ page }) => {
    const found = await search(page, 'dong');
    const seed = found.find((r) => r.page === SEED)!;
    expect(seed.text).toMatch(/đồng/);
    for (const r of found) expect(r.text).not.toMatch(/[\u1E0E\u1E0F\u0326\u2800-\u28FF]/u);
  });

  test('"2,9 tỷ" links to the figure and shows its normalised value', async ({ page }) => {
    const found = await search(page, '2,9 tỷ');
    const seed = found.find((r) => r.page === SEED);
    expect(seed, 'the seed article is a result').toBeDefined();
    expect(seed!.figures[0]!.text).toBe('hơn 2,9 tỷ đồng');
    expect(seed!.figures[0]!.reading).toContain('2.900.000.000');
    expect(seed!.href).toMatch(/#[a-z0-9-]+$/);
    expect(seed!.href).toBe(seed!.figures[0]!.href);
  });

  test('following the "2,9 tỷ" result lands on the highlighted figure, with the query words highlighted', async ({ page }) => {
    await search(page, '2,9 tỷ');
    await page.locator(`.search-result h2 a[href^="${SEED}"]`).click();
    await expect(page).toHaveURL(/\/bai\/.+\?hl=.+#.+/);
    const target = page.locator('mark.fig:target');
    await expect(target).toHaveText('hơn 2,9 tỷ đồng');
    await expect(target).toBeInViewport();
    const highlighted = await page.evaluate(() =>
      [...(CSS.highlights.get('search-hit') ?? [])].map((r) => (r as Range).toString()),
    );
    expect(highlighted).toContain('2,9');
    expect(highlighted).toContain('tỷ');
    expect(highlighted.every((w) => ['2,9', 'tỷ'].includes(w))).toBe(true);
  });

  test('"244 tấn" and "mắt camera" go to their figures', async ({ page }) => {
    for (const [q, figure] of [
      ['244 tấn', '244 tấn'],
      ['mắt camera', 'gần 300 mắt camera'],
      ['244 tan', '244 tấn'],
    ]) {
      const seed = (await search(page, q!)).find((r) => r.page === SEED);
      expect(seed, `"${q}" finds the seed`).toBeDefined();
      expect(seed!.figures[0]!.text).toContain(figure!);
      await page.goto(seed!.href);
      await expect(page.locator('mark.fig:target')).toContainText(figure!);
    }
  });

  test('a query that is no figure goes to the nearest place in the article and highlights it', async ({ page }) => {
    const seed = (await search(page, 'tín dụng đen')).find((r) => r.page === SEED);
    expect(seed).toBeDefined();
    expect(seed!.figures).toEqual([]);
    expect(seed!.href).toContain('at=');
    await page.goto(seed!.href);
    const place = page.locator('[data-search-place]');
    await expect(place).toHaveAttribute('data-search-place', /^(tín|dụng|đen)$/);
    await expect(place).toBeInViewport();
    const hits = await page.evaluate(() => CSS.highlights.get('search-hit')?.size ?? 0);
    expect(hits).toBeGreaterThanOrEqual(3);
  });

  test('filters narrow results and live in the URL', async ({ page }) => {
    await search(page, 'bao loc');
    await page.getByText('Bộ lọc').click(); // folded away until opened, or chosen in the URL
    const outlet = page.getByRole('checkbox', { name: /Lao Động/ });
    await outlet.check();
    await expect(page).toHaveURL(/[?&]nguon=Lao\+%C4%90%E1%BB%99ng/);
    expect(pages(await results(page))).toContain(SEED);

    await page.getByRole('checkbox', { name: /^Tiền/ }).check();
    await expect(page).toHaveURL(/loai=money/);
    expect(pages(await results(page))).toContain(SEED);

    await page.reload();
    await expect(page.getByRole('checkbox', { name: /Lao Động/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Tiền/ })).toBeChecked();
    expect(pages(await results(page))).toContain(SEED);
  });

  test('filters alone list the articles they keep', async ({ page }) => {
    await page.goto('/tim-kiem/?loai=money&nam=2022');
    expect(pages(await results(page))).toContain(SEED);
    await expect(page.getByRole('checkbox', { name: /^2022/ })).toBeChecked();
  });

  test('typing searches and keeps the query in the URL, so a reload shows the same search', async ({ page }) => {
    await page.goto('/tim-kiem/');
    await expect(page.locator('#search-status')).toContainText('Gõ từ khóa');
    await page.locator('#search-q').pressSequentially('bao loc');
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=bao\+loc$/);
    expect(pages(await results(page))).toContain(SEED);
    await page.reload();
    await expect(page.locator('#search-q')).toHaveValue('bao loc');
    expect(pages(await results(page))).toContain(SEED);
  });

  test('keyboard: / focuses the header box, Enter searches, arrows move through results, Enter opens', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    const box = page.locator('#search-box-q');
    await expect(box).toBeFocused();
    await page.keyboard.type('bao loc');
    await expect(box).toHaveValue('bao loc'); // `/` itself was not typed
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=bao\+loc/);
    await results(page);

    await page.keyboard.press('/');
    await expect(page.locator('#search-q')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const links = page.locator('a[data-result-link]');
    await expect(links.first()).toBeFocused();
    if ((await links.count()) > 1) {
      await page.keyboard.press('ArrowDown');
      await expect(links.nth(1)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(links.first()).toBeFocused();
    }
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('#search-q')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const href = await links.first().getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href!.split('?')[0]!.replace(/[/]/g, '\\/')}`));
  });

  test('/ types a slash while writing in a field', async ({ page }) => {
    await page.goto('/');
    await page.locator('#search-box-q').click();
    await page.keyboard.type('11/11');
    await expect(page.locator('#search-box-q')).toHaveValue('11/11');
  });

  test('every request of a search goes to this origin, and nothing breaks the CSP', async ({ page, baseURL }) => {
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await search(page, 'bao loc');
    const origin = new URL(baseURL!).origin;
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says plainly that search needs JavaScript', async ({ page }) => {
    await page.goto('/tim-kiem/?q=bao+loc');
    // (Playwright's getByText does not look inside <noscript>.)
    const notice = page.locator('.search-nojs');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Tìm kiếm cần JavaScript.');
  });
  test('the header box is a plain form that leads to the search page', async ({ page }) => {
    await page.goto('/');
    await page.locator('#search-box-q').fill('bao loc');
    await page.locator('#search-box-q').press('Enter');
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=bao\+loc/);
  });
});

test.describe('ranking and combined filters (search fixtures)', () => {
  test.describe.configure({ mode: 'serial' });
  const FIXTURE = '/bai/bao-loc-van-dong-quy/';
  /** tests/fixtures/search/ca-phe-khong-ngay.md, the one article without a date. */
  const UNDATED = '/bai/ca-phe-khong-ngay/';
  let server: ChildProcess | undefined;
  let base = '';
  const find = (page: Page, q: string, extra = '') => search(page, q, extra, base);

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    const port = await new Promise<number>((resolve, reject) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = probe.address() as { port: number };
        probe.close(() => resolve(p));
      });
      probe.on('error', reject);
    });
    base = `http://127.0.0.1:${port}`;
    const work = path.resolve('node_modules/.cache/solieu-e2e-search', createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12));
    const outDir = path.join(work, 'dist');
    // two pages per index shard: every test here searches three merged shards, as a large corpus does
    const env = { ...process.env, SOLIEU_ARTICLES: path.resolve('tests/fixtures/search'), SOLIEU_SITE: base, SOLIEU_INDEX_SHARD_PAGES: '2' };
    const build = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `import { build } from 'astro'; await build({ outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(path.join(work, 'astro'))}, logLevel: 'error' });`],
      { env, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`building the search fixture site failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
    const index = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/index.ts', '--dir', outDir], { env, encoding: 'utf8' });
    if (index.status !== 0) throw new Error(`indexing the search fixture site failed (exit ${index.status}):\n${index.stdout}\n${index.stderr}`);
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--dir', outDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      server!.stdout!.once('data', () => resolve());
      server!.once('exit', (code) => reject(new Error(`the fixture server exited (${code})`)));
    });
  });

  test.afterAll(() => {
    server?.kill();
  });

  test('results whose accents match what was typed come first', async ({ page }) => {
    expect(pages(await find(page, 'Bảo Lộc'))).toEqual([FIXTURE, '/bai/bao-loc-tan-pha/'].sort());
    expect((await find(page, 'Bảo Lộc')).map((r) => r.page)).toEqual([FIXTURE, '/bai/bao-loc-tan-pha/']);
    expect((await find(page, 'bão lốc')).map((r) => r.page)).toEqual(['/bai/bao-loc-tan-pha/', FIXTURE]);
    expect(pages(await find(page, 'bao loc'))).toEqual(['/bai/bao-loc-tan-pha/', FIXTURE]);
  });

  test('"2,9 tỷ" ranks 2,9 tỷ above 29 tỷ and never lands on 29 tỷ', async ({ page }) => {
    const found = await find(page, '2,9 tỷ');
    expect(found.map((r) => r.page)).toEqual([FIXTURE, '/bai/mua-dong-mien-trung/']);
    expect(found[0]!.figures[0]!.text).toBe('hơn 2,9 tỷ đồng');
    expect(found[1]!.figures).toEqual([]);
    expect((await find(page, '2.9 ty'))[0]!.page).toBe(FIXTURE);
  });

  test('"da lat" finds Đà Lạt; "dong" finds đồng, dông and Đồng', async ({ page }) => {
    expect(pages(await find(page, 'da lat'))).toEqual(['/bai/da-lat-don-khach/']);
    expect(pages(await find(page, 'Đà Lạt'))).toEqual(['/bai/da-lat-don-khach/']);
    expect(pages(await find(page, 'dong'))).toEqual(['/bai/bao-loc-tan-pha/', FIXTURE, UNDATED, '/bai/da-lat-don-khach/', '/bai/mua-dong-mien-trung/']);
  });

  test('each filter value shows how many articles of the corpus have it', async ({ page }) => {
    await find(page, 'dong');
    await page.getByText('Bộ lọc').click();
    const count = (value: string) => page.locator(`label:has(input[value="${value}"]) [data-count]`);
    await expect(count('Dân Trí')).toHaveText('2');
    await expect(count('Lao Động')).toHaveText('2');
    await expect(count('percent')).toHaveText('1');
    await expect(count('money')).toHaveText('5');
  });

  test('filters of different kinds combine; values of one filter are alternatives', async ({ page }) => {
    expect(pages(await find(page, 'dong', '&nguon=D%C3%A2n+Tr%C3%AD'))).toEqual(['/bai/da-lat-don-khach/', '/bai/mua-dong-mien-trung/']);
    expect(pages(await find(page, 'dong', '&nguon=D%C3%A2n+Tr%C3%AD&loai=percent'))).toEqual(['/bai/da-lat-don-khach/']);
    expect(pages(await find(page, 'dong', '&nam=2021&nam=2022'))).toEqual(['/bai/bao-loc-tan-pha/', FIXTURE]);
    await expect(page.getByRole('checkbox', { name: /^2021/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^2022/ })).toBeChecked();
    // ticking a box narrows the results in place and adds it to the URL
    await page.getByRole('checkbox', { name: /^Diện tích/ }).check();
    await expect(page).toHaveURL(/loai=area/);
    expect(pages(await results(page))).toEqual(['/bai/bao-loc-tan-pha/']);
  });

  test('sorting by newest follows the dates', async ({ page }) => {
    const found = await find(page, 'dong', '&sap-xep=moi-nhat');
    await expect(page.locator('#search-sort')).toHaveValue('moi-nhat');
    expect(found.map((r) => r.page)).toEqual(['/bai/mua-dong-mien-trung/', '/bai/da-lat-don-khach/', FIXTURE, '/bai/bao-loc-tan-pha/', UNDATED]);
  });

  test('an article without a date is still listed when sorting by date, last', async ({ page }) => {
    // a query with only a filter lists newest first too
    const listed = await find(page, '', '&loai=money');
    expect(listed.map((r) => r.page)).toEqual(['/bai/mua-dong-mien-trung/', '/bai/da-lat-don-khach/', FIXTURE, '/bai/bao-loc-tan-pha/', UNDATED]);
  });
});

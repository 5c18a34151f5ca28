/**
 * Links to a figure, in the browser (issue 4, "Links to a figure" and "Quality"):
 *  - every figure link of the explorer (/so-lieu/ and its pages) lands on its
 *    `:target` mark, in view below the sticky header, with and without JS;
 *  - the "copy link" buttons and the `c` key copy `/bai/<slug>/#<id>` plus an
 *    optional `:~:text=` fragment naming the figure's words, and the copied
 *    link lands;
 *  - keyboard navigation (j/n/] next, k/p/[ previous, as the page documents)
 *    moves focus from mark to mark; a focused mark shows its reading;
 *  - phones (375 and 320 px): the panel comes after the text and nothing
 *    overflows sideways, not even a focused figure's reading;
 *  - retired ids (`redirects`) land on their current mark, with and without
 *    JS: on the build under test when it has any, and always on a small site
 *    built here from tests/fixtures/e2e-redirects/ (never published).
 *
 * The article-page basics (one mark per figure, panel links) are in
 * article.spec.ts; axe, CSP and same-origin in quality.spec.ts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseArticleFile } from '../../src/lib/article-file';
import { articlePath } from '../../src/lib/figure-link';
import { ArticleFrontmatter } from '../../src/schema';

interface Article {
  slug: string;
  data: ArticleFrontmatter;
  body: string;
}

function readArticles(dir: string): Article[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const { frontmatter, body } = parseArticleFile(readFileSync(path.join(dir, file), 'utf8'));
      return { slug: file.replace(/\.md$/, '').split(path.sep).join('/'), data: ArticleFrontmatter.parse(frontmatter), body };
    });
}

const articles = readArticles(path.resolve(process.env.SOLIEU_ARTICLES ?? 'content/articles'));
/** The article the interaction tests use: the seed when present, else the one with most figures. */
const subject =
  articles.find((a) => a.data.source.path === '000_221d6abb8b15921d.txt') ??
  [...articles].sort((a, b) => b.data.figures.length - a.data.figures.length)[0];
/** Its figures in reading order. */
const inOrder = subject ? [...subject.data.figures].sort((a, b) => a.start - b.start) : [];

/** Where a figure mark is: `:target`?, inside the viewport below the sticky header? */
async function placement(page: Page, id: string) {
  return page.evaluate((figureId) => {
    const el = document.getElementById(figureId);
    if (!el) return { found: false, target: false, inView: false, why: 'missing' };
    const rect = el.getBoundingClientRect();
    const header = document.querySelector('header.site-header');
    const headerBottom = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
    const inView = rect.top >= headerBottom - 1 && rect.bottom <= window.innerHeight + 1 && rect.height > 0;
    return {
      found: true,
      target: el.matches(':target'),
      inView,
      why: `top=${rect.top} header=${headerBottom} bottom=${rect.bottom} vh=${window.innerHeight}`,
    };
  }, id);
}

async function landed(page: Page, id: string) {
  const p = await placement(page, id);
  return { ok: p.target && p.inView, ...p };
}

/** The computed look of a mark that says "you landed here". */
async function landingLook(page: Page, id: string) {
  return page.locator(`[id="${id}"]`).evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, weight: s.fontWeight };
  });
}

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
}

/* ------------------------------------------------------------------ explorer */

/**
 * The figure links of the explorer's main table, following its pagination
 * (at most `maxPages` pages); `complete` says whether the last page was reached.
 */
async function explorerLinks(page: Page, maxPages = 40): Promise<{ hrefs: string[]; complete: boolean }> {
  const hrefs: string[] = [];
  let next: string | null = '/so-lieu/';
  for (let pages = 0; next && pages < maxPages; pages++) {
    await page.goto(next);
    hrefs.push(...(await page.locator('table.explorer-table tbody th[scope="row"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))));
    next = await page.locator('nav.pagination a[rel="next"]').first().getAttribute('href', { timeout: 100 }).catch(() => null);
  }
  return { hrefs, complete: next === null };
}

/** At most `n` items, spread evenly (first and last included). */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))]!);
}

test.describe('explorer links', () => {
  test('the explorer lists every figure once, and each link lands on its mark below the sticky header', async ({ page }) => {
    const { hrefs: links, complete } = await explorerLinks(page);
    const expected = articles.flatMap((a) => a.data.figures.map((f) => `${articlePath(a.slug)}#${f.id}`));
    if (complete) {
      expect([...links].sort()).toEqual([...expected].sort());
    } else {
      // A big corpus: the first 40 pages list distinct figures of the corpus.
      console.warn(`links.spec: the explorer has more than 40 pages; checked that its first ${links.length} rows are distinct figures of the corpus`);
      expect(new Set(links).size).toBe(links.length);
      const known = new Set(expected);
      expect(links.filter((l) => !known.has(l))).toEqual([]);
    }
    // Every link for a small corpus; an even sample of 60 for a big one (keeps the suite fast).
    for (const href of spread(links, 60)) {
      await page.goto(href);
      const id = decodeURIComponent(href.slice(href.indexOf('#') + 1));
      await expect.poll(() => landed(page, id), { message: href }).toMatchObject({ ok: true });
    }
  });

  test('clicking an explorer row opens the article on that figure', async ({ page }) => {
    await page.goto('/so-lieu/');
    const rows = page.locator('table.explorer-table tbody th[scope="row"] a');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    const link = rows.nth(count - 1);
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect.poll(() => landed(page, href.split('#')[1]!)).toMatchObject({ ok: true });
  });

  test('each row quotes the article: the excerpt is its own words, cut between words or marked with …', async ({ page }) => {
    await page.goto('/so-lieu/');
    const rows = await page.locator('table.explorer-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cell = tr.querySelector('td:has(> mark)');
        const mark = cell?.querySelector('mark');
        const range = document.createRange();
        let before = '';
        let after = '';
        if (cell && mark) {
          range.selectNodeContents(cell);
          range.setEndBefore(mark);
          before = range.toString();
          range.selectNodeContents(cell);
          range.setStartAfter(mark);
          after = range.toString();
        }
        return { href: tr.querySelector('th a')?.getAttribute('href') ?? '', before, match: mark?.textContent ?? '', after };
      }),
    );
    expect(rows.length).toBeGreaterThan(0);
    const collapse = (t: string) => t.replace(/\s+/g, ' ');
    const bodies = new Map(articles.map((a) => [articlePath(a.slug), collapse(a.body)]));
    const problems: string[] = [];
    for (const row of rows) {
      const body = bodies.get(row.href.split('#')[0]!);
      if (body === undefined) continue; // not an article of this corpus: the link test reports it
      const openStart = /^\s*…/.test(row.before);
      const openEnd = /…\s*$/.test(row.after);
      const quote = collapse(row.before.replace(/^\s*…\s*/, '') + row.match + row.after.replace(/\s*…\s*$/, '')).trim();
      let ok = false;
      for (let at = body.indexOf(quote); at >= 0 && !ok; at = body.indexOf(quote, at + 1)) {
        const startsClean = openStart || at === 0 || /[\s(“"'‘–-]/u.test(body[at - 1]!);
        const endsClean = openEnd || at + quote.length === body.length || /[\s.,;:!?…)”"'’–-]/u.test(body[at + quote.length]!);
        ok = startsClean && endsClean;
      }
      if (!ok) problems.push(`${row.href}: “${row.before}[${row.match}]${row.after}”`);
    }
    expect(problems).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('explorer links land on their marks', async ({ page }) => {
      const { hrefs: links } = await explorerLinks(page, 3);
      expect(links.length).toBeGreaterThan(0);
      for (const href of spread(links, 8)) {
        await page.goto(href);
        await expect.poll(() => landed(page, href.split('#')[1]!), { message: href }).toMatchObject({ ok: true });
      }
    });
  });
});

/* ------------------------------------------------------------- copy a link */

const TEXT_DIRECTIVE = /^:~:text=(?:([^,]+)-,)?([^,]+?)(?:,-([^,]+))?$/;

/** Checks a copied link and returns its figure id. */
function checkCopied(copied: string, origin: string, slug: string, figure: { id: string; text: string }): void {
  const url = new URL(copied);
  expect(url.origin).toBe(origin);
  expect(url.pathname).toBe(articlePath(slug));
  expect(url.search).toBe('');
  const hash = copied.slice(copied.indexOf('#') + 1);
  const [id, directive] = hash.split(/(?=:~:)/);
  expect(id).toBe(figure.id);
  if (directive !== undefined) {
    const match = TEXT_DIRECTIVE.exec(directive);
    expect(match, directive).not.toBeNull();
    expect(decodeURIComponent(match![2]!)).toBe(figure.text.replace(/\s+/g, ' ').trim());
  }
}

test.describe('copy link (JavaScript)', () => {
  test.skip(!subject || inOrder.length === 0, 'no article with figures in this build');
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the panel button, the button beside a focused figure and the c key copy a link that lands', async ({ page, baseURL, context }) => {
    const origin = new URL(baseURL!).origin;
    const figure = subject!.data.figures.find((f) => f.id === 'hon-2-9-ty-dong') ?? inOrder[Math.floor(inOrder.length / 2)]!;
    const readClipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await page.goto(articlePath(subject!.slug));

    // 1. The panel row's button.
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.locator(`.fig-row[data-fig="${figure.id}"] button.copy-link`).click();
    await expect.poll(readClipboard).not.toBe('');
    const fromPanel = await readClipboard();
    checkCopied(fromPanel, origin, subject!.slug, figure);
    await expect(page.locator('#fig-announcer')).toContainText(figure.text);

    // 2. The button that appears beside the focused figure.
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.locator(`mark[id="${figure.id}"]`).focus();
    const beside = page.locator(`mark[id="${figure.id}"] + button.fig-copy`);
    await expect(beside).toBeVisible();
    await beside.click();
    await expect.poll(readClipboard).toBe(fromPanel);

    // 3. The c key on the focused figure.
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.locator(`mark[id="${figure.id}"]`).focus();
    await page.keyboard.press('c');
    await expect.poll(readClipboard).toBe(fromPanel);

    // The copied link, opened by a colleague, lands on the figure.
    const colleague = await context.newPage();
    await colleague.goto(fromPanel);
    await expect.poll(() => landed(colleague, figure.id)).toMatchObject({ ok: true });
  });
});

/* --------------------------------------------------------------- keyboard */

test.describe('keyboard navigation between figures', () => {
  test.skip(inOrder.length < 3, 'needs an article with at least three figures');

  test('the documented keys move focus to the next and previous mark, in reading order', async ({ page }) => {
    await page.goto(articlePath(subject!.slug));
    const hint = page.locator('.panel__shortcuts');
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('j');
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');

    await page.keyboard.press('j');
    await expect.poll(focused).toBe(inOrder[0]!.id);
    await expect(page.locator('#fig-announcer')).toContainText(`1 trên ${inOrder.length}`);
    await page.keyboard.press('j');
    await expect.poll(focused).toBe(inOrder[1]!.id);
    await page.keyboard.press('n');
    await expect.poll(focused).toBe(inOrder[2]!.id);
    await page.keyboard.press(']');
    await expect.poll(focused).toBe(inOrder[3]?.id ?? inOrder[2]!.id);
    await page.keyboard.press('k');
    await expect.poll(focused).toBe(inOrder[2]!.id);
    await page.keyboard.press('p');
    await expect.poll(focused).toBe(inOrder[1]!.id);
    await page.keyboard.press('[');
    await expect.poll(focused).toBe(inOrder[0]!.id);
    // At the first figure, "previous" stays there and says so.
    await page.keyboard.press('k');
    await expect.poll(focused).toBe(inOrder[0]!.id);
    await expect(page.locator('#fig-announcer')).toContainText('đầu tiên');
  });

  test('from a linked figure, next goes to the one after it, and it scrolls into view', async ({ page }) => {
    const last = inOrder.length - 1;
    const from = inOrder[Math.floor(last / 2)]!;
    const after = inOrder[Math.floor(last / 2) + 1]!;
    await page.goto(`${articlePath(subject!.slug)}#${from.id}`);
    await page.keyboard.press('j');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(after.id);
    // The last figure, reached with the keyboard from the top, is in view.
    await page.goto(articlePath(subject!.slug));
    await page.keyboard.press('k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(inOrder[last]!.id);
    await expect.poll(async () => (await placement(page, inOrder[last]!.id)).inView).toBe(true);
  });

  test('typing j in the search box types, it does not move between figures', async ({ page }) => {
    await page.goto(articlePath(subject!.slug));
    const box = page.locator('#search-box-q');
    await box.focus();
    await page.keyboard.type('jk');
    await expect(box).toHaveValue('jk');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-box-q');
  });
});

/* ---------------------------------------------------------------- reading */

test.describe('reading of a figure', () => {
  test.skip(inOrder.length === 0, 'no article with figures in this build');

  test('focusing a mark shows its reading next to it, formatted the Vietnamese way', async ({ page }) => {
    await page.goto(articlePath(subject!.slug));
    const seedFigure = subject!.data.figures.find((f) => f.id === 'hon-2-9-ty-dong');
    for (const figure of seedFigure ? [seedFigure, inOrder[0]!] : [inOrder[0]!]) {
      const mark = page.locator(`mark[id="${figure.id}"]`);
      await mark.focus();
      const tip = await mark.evaluate((el) => {
        const s = getComputedStyle(el, '::after');
        return {
          content: s.content,
          display: s.display,
          visibility: s.visibility,
          position: s.position,
          top: parseFloat(s.top),
          tipHeight: parseFloat(s.height),
          markHeight: el.getBoundingClientRect().height,
        };
      });
      const reading = (await mark.getAttribute('data-reading'))!;
      expect(tip.content).toBe(JSON.stringify(reading));
      expect(tip.display).not.toBe('none');
      expect(tip.visibility).toBe('visible');
      // Above the figure (or below it), never over the figure's own line.
      expect(tip.position).toBe('absolute');
      expect(tip.top + tip.tipHeight <= 0 || tip.top >= tip.markHeight, JSON.stringify(tip)).toBe(true);
    }
    if (seedFigure) {
      // hơn 2,9 tỷ đồng: over 2.900.000.000 đồng, money (issue 4).
      const reading = await page.locator('mark[id="hon-2-9-ty-dong"]').getAttribute('data-reading');
      expect(reading).toMatch(/^>\s?2\.900\.000\.000\s₫\W+tiền$/u);
    }
  });

  test('without focus or hover there is no reading on screen', async ({ page }) => {
    await page.goto(articlePath(subject!.slug));
    const content = await page.locator(`mark[id="${inOrder[0]!.id}"]`).evaluate((el) => getComputedStyle(el, '::after').content);
    expect(['none', 'normal']).toContain(content);
  });
});

/* ------------------------------------------------------------------ phones */

for (const width of [375, 320]) {
  test.describe(`phone, ${width} px wide`, () => {
    test.use({ viewport: { width, height: 812 }, hasTouch: true, isMobile: true });

    test('pages never scroll sideways', async ({ page }) => {
      const pages = ['/', '/so-lieu/', '/tim-kiem/', ...(subject ? [articlePath(subject.slug)] : [])];
      for (const url of pages) {
        await page.goto(url);
        const o = await horizontalOverflow(page);
        expect(o.scrollWidth, `${url}: ${JSON.stringify(o)}`).toBeLessThanOrEqual(o.innerWidth);
      }
    });

    test('the article panel comes below the text, and no figure reading overflows', async ({ page }) => {
      test.skip(!subject, 'no article in this build');
      await page.goto(articlePath(subject!.slug));
      const boxes = await page.evaluate(() => {
        const article = document.querySelector('article.article')!.getBoundingClientRect();
        const panel = document.querySelector('aside.panel')!.getBoundingClientRect();
        return { articleBottom: article.bottom, panelTop: panel.top, panelLeft: panel.left, articleLeft: article.left };
      });
      expect(boxes.panelTop).toBeGreaterThanOrEqual(boxes.articleBottom);
      expect(Math.abs(boxes.panelLeft - boxes.articleLeft)).toBeLessThanOrEqual(1);
      for (const figure of inOrder) {
        await page.locator(`mark[id="${figure.id}"]`).focus();
        const o = await horizontalOverflow(page);
        expect(o.scrollWidth, `reading of ${figure.id}: ${JSON.stringify(o)}`).toBeLessThanOrEqual(o.innerWidth);
      }
    });

    test('a tapped figure shows its reading', async ({ page }) => {
      test.skip(inOrder.length === 0, 'no article with figures in this build');
      await page.goto(articlePath(subject!.slug));
      const mark = page.locator(`mark[id="${inOrder[0]!.id}"]`);
      await mark.tap();
      const content = await mark.evaluate((el) => getComputedStyle(el, '::after').content);
      expect(content).toBe(JSON.stringify(await mark.getAttribute('data-reading')));
    });
  });
}

/* --------------------------------------------------------------- redirects */

/** Retired id → the current id it ends at (chains followed), for every article with redirects. */
function retiredIds(list: readonly Article[]) {
  return list.flatMap((a) => {
    const current = new Set(a.data.figures.map((f) => f.id));
    return Object.keys(a.data.redirects).map((old) => {
      let to = old;
      for (let hops = 0; !current.has(to) && hops < 20; hops++) to = a.data.redirects[to] ?? to;
      return { slug: a.slug, old, to };
    });
  });
}

/** Checks that `/bai/<slug>/#<old>` lands on the mark of `to` (base: the site's origin). */
async function checkRedirect(page: Page, base: string, r: { slug: string; old: string; to: string }, js: boolean) {
  const url = `${base}${articlePath(r.slug)}#${encodeURIComponent(r.old)}`;
  if (js) {
    // The script swaps the retired id for the current one: the mark itself is :target.
    await page.goto(url);
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash.slice(1))), { message: url }).toBe(r.to);
    await expect.poll(() => landed(page, r.to), { message: url }).toMatchObject({ ok: true });
  } else {
    // Without JS the retired id's anchor is :target, right before the mark, which looks landed.
    await page.goto(`${base}${articlePath(r.slug)}#${encodeURIComponent(r.to)}`);
    const look = await landingLook(page, r.to);
    await page.goto(url);
    const state = await page.evaluate(
      ({ old, to }) => {
        const target = document.querySelector(':target');
        let next = target?.nextElementSibling;
        while (next?.classList.contains('fig-alias')) next = next.nextElementSibling;
        return { target: target?.id, followedBy: next?.id, mark: document.getElementById(to)?.tagName };
      },
      r,
    );
    expect(state, url).toEqual({ target: r.old, followedBy: r.to, mark: 'MARK' });
    expect(await landingLook(page, r.to), url).toEqual(look);
    await expect.poll(async () => (await placement(page, r.to)).inView, { message: url }).toBe(true);
  }
}

const buildRedirects = retiredIds(articles);
const NO_REDIRECTS = 'no article of the build under test has redirects (the fixture site below covers them)';
// Said once, while the runner collects tests (workers have TEST_WORKER_INDEX).
if (buildRedirects.length === 0 && process.env.TEST_WORKER_INDEX === undefined) console.warn(`links.spec: ${NO_REDIRECTS}`);

test.describe('retired ids on the build under test', () => {
  const redirects = buildRedirects;
  test.skip(redirects.length === 0, NO_REDIRECTS);
  for (const js of [true, false]) {
    test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled: js });
      test('old links land on the current mark', async ({ page, baseURL }) => {
        for (const r of spread(redirects, 20)) await checkRedirect(page, baseURL!, r, js);
      });
    });
  }
});

/**
 * A test-only site built from tests/fixtures/e2e-redirects/articles (an
 * invented article edited twice, so three of its ids are retired), into
 * node_modules/.cache — never into dist/ or content/.
 */
test.describe('retired ids on the fixture site', () => {
  test.describe.configure({ mode: 'serial' });
  const fixtureDir = path.resolve('tests/fixtures/e2e-redirects/articles');
  const fixture = readArticles(fixtureDir);
  const redirects = retiredIds(fixture);
  let server: ChildProcess | undefined;
  let base = '';

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    const port = await new Promise<number>((resolve, reject) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = probe.address() as { port: number };
        probe.close(() => resolve(p));
      });
      probe.on('error', reject);
    });
    base = `http://127.0.0.1:${port}`;
    const work = path.resolve('node_modules/.cache/solieu-e2e', createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12));
    const outDir = path.join(work, 'dist');
    const build = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `import { build } from 'astro'; await build({ outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(path.join(work, 'astro'))}, logLevel: 'error' });`],
      { env: { ...process.env, SOLIEU_ARTICLES: fixtureDir, SOLIEU_SITE: base }, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`building the fixture site failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--dir', outDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      server!.stdout!.once('data', () => resolve());
      server!.once('exit', (code) => reject(new Error(`the fixture server exited (${code})`)));
    });
  });

  test.afterAll(() => {
    server?.kill();
  });

  test('the fixture has retired ids, one of them shared with another', () => {
    // Written from the fixture's edits (see generate.ts): the seedlings' cost and the
    // provincial share were cut next to the total cost; the damaged seedlings after the survival rate.
    expect(redirects.map(({ old, to }) => `${old} → ${to}`).sort()).toEqual(['60 → 45-ty-dong', '7-5-ty-dong → 45-ty-dong', 'khoang-4-000-cay → 92']);
  });

  for (const js of [true, false]) {
    test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled: js });
      test('old links land on the current mark', async ({ page }) => {
        for (const r of redirects) await checkRedirect(page, base, r, js);
      });
    });
  }

  test('a link to a current id of the fixture still lands, at phone width too', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    const article = fixture[0]!;
    const last = [...article.data.figures].sort((a, b) => b.start - a.start)[0]!;
    await page.goto(`${base}${articlePath(article.slug)}#${last.id}`);
    await expect.poll(() => landed(page, last.id)).toMatchObject({ ok: true });
  });
});

/**
 * The article page against the built site: every figure of the frontmatter is
 * highlighted, every figure link lands on its mark, in view, with or without
 * JavaScript; at phone, tablet and desktop widths a landed figure keeps the
 * line above it in view, a figure's reading never covers the text being read,
 * its copy button never moves the text; touch screens get no keyboard hint;
 * the printed page keeps the highlights and prints every figure's id.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseArticleFile } from '../../src/lib/article-file';
import { ArticleFrontmatter } from '../../src/schema';

const articlesDir = path.resolve(process.env.SOLIEU_ARTICLES ?? 'content/articles');
const articles = readdirSync(articlesDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((file) => {
    const { frontmatter, body } = parseArticleFile(readFileSync(path.join(articlesDir, file), 'utf8'));
    return { slug: file.replace(/\.md$/, '').split(path.sep).join('/'), data: ArticleFrontmatter.parse(frontmatter), body };
  });
const seed = articles.find((a) => a.data.source.path === '000_221d6abb8b15921d.txt');

/** Whether the element is `:target` and fully visible below the sticky header. */
async function landed(page: Page, id: string) {
  return page.evaluate((figureId) => {
    const el = document.getElementById(figureId);
    if (!el) return { ok: false, why: 'missing' };
    const rect = el.getBoundingClientRect();
    const header = document.querySelector('header.site-header, body > header');
    const headerBottom = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
    return {
      ok: el.matches(':target') && rect.top >= headerBottom - 1 && rect.bottom <= window.innerHeight + 1,
      why: `target=${el.matches(':target')} top=${rect.top} header=${headerBottom} bottom=${rect.bottom} vh=${window.innerHeight}`,
    };
  }, id);
}

test.describe('article pages', () => {
  for (const article of articles) {
    test(`${article.slug}: one mark per figure, with its reading`, async ({ page }) => {
      await page.goto(`/bai/${article.slug}/`);
      const marks = page.locator('.article-body mark[id]');
      await expect(marks).toHaveCount(article.data.figures.length);
      for (const figure of article.data.figures) {
        const mark = page.locator(`mark[id="${figure.id}"]`);
        await expect(mark).toHaveText(figure.text, { useInnerText: false });
        await expect(mark).toHaveAttribute('data-kind', figure.kind);
        await expect(mark).toHaveAttribute('data-unit', figure.unit);
        await expect(mark).toHaveAttribute('data-reading', /.+/);
      }
    });
  }

  test('the seed page shows the article text as written, metadata and panel', async ({ page }) => {
    test.skip(!seed, 'the seed article is not in this build');
    await page.goto(`/bai/${seed!.slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('h1')).toHaveText(seed!.data.meta.title);
    await expect(page.getByText('KHÁNH PHÚC').first()).toBeVisible();
    await expect(page.locator('.article-body')).toContainText('Mặt trận Tổ quốc thành phố đã vận động nguồn quỹ phòng chống dịch Covid-19 hơn 2,9 tỷ đồng');
    const awardsRows = page.locator('aside table tbody tr');
    await expect(awardsRows).toHaveCount(seed!.data.awards.length);
  });

  test('a figure link lands on the highlighted figure, below the sticky header', async ({ page }) => {
    test.skip(!seed, 'the seed article is not in this build');
    for (const figure of seed!.data.figures.filter((_, i) => i % 4 === 0)) {
      await page.goto(`/bai/${seed!.slug}/#${figure.id}`);
      await expect.poll(() => landed(page, figure.id), { message: figure.id }).toMatchObject({ ok: true });
    }
  });

  test('every panel row links to its figure, which becomes :target and visible', async ({ page }) => {
    test.skip(!seed, 'the seed article is not in this build');
    await page.goto(`/bai/${seed!.slug}/`);
    for (const figure of seed!.data.figures) {
      const link = page.locator(`aside a[href="#${figure.id}"]`).first();
      await link.click();
      await expect.poll(() => landed(page, figure.id), { message: figure.id }).toMatchObject({ ok: true });
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('figures are highlighted and links land', async ({ page }) => {
      test.skip(!seed, 'the seed article is not in this build');
      const figure = seed!.data.figures.at(-1)!;
      await page.goto(`/bai/${seed!.slug}/#${figure.id}`);
      await expect(page.locator('.article-body mark[id]')).toHaveCount(seed!.data.figures.length);
      await expect.poll(() => landed(page, figure.id)).toMatchObject({ ok: true });
    });
  });
});

/* ------------------------------------------------ reading, landing, printing */

const WIDTHS = [
  { width: 320, height: 640, phone: true },
  { width: 375, height: 740, phone: true },
  { width: 768, height: 1000, phone: false },
  { width: 1280, height: 800, phone: false },
  { width: 1920, height: 1000, phone: false },
];

for (const size of WIDTHS) {
  test.describe(`${size.width} px wide`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, isMobile: size.phone, hasTouch: size.phone });

    test('a landed figure has its whole line and the line above in view, below the header', async ({ page }) => {
      test.skip(!seed, 'the seed article is not in this build');
      for (const figure of seed!.data.figures.filter((_, i) => i % 5 === 2)) {
        await page.goto(`/bai/${seed!.slug}/#${figure.id}`);
        await expect.poll(() => landed(page, figure.id), { message: figure.id }).toMatchObject({ ok: true });
        const room = await page.evaluate((id) => {
          const mark = document.getElementById(id)!;
          const rect = mark.getClientRects()[0]!;
          const lineHeight = parseFloat(getComputedStyle(mark).lineHeight);
          const header = document.querySelector('header.site-header');
          // The sticky header's bottom (0 when the header scrolls away with the page, as on phones).
          const headerBottom = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
          // The mark's first line box starts half a leading above its text; the line above, one line height higher.
          const lineAboveTop = rect.top - (lineHeight - rect.height) / 2 - lineHeight;
          return { lineAboveTop, headerBottom, scrolled: window.scrollY };
        }, figure.id);
        // A figure in the first lines of the page cannot be scrolled lower: then the page is at its top.
        if (room.scrolled > 0) expect(room.lineAboveTop, `${figure.id}: ${JSON.stringify(room)}`).toBeGreaterThanOrEqual(room.headerBottom - 0.5);
      }
    });

    test('focusing a figure shows its reading and copy button without moving or covering the text', async ({ page }) => {
      test.skip(!seed, 'the seed article is not in this build');
      await page.goto(`/bai/${seed!.slug}/`);
      for (const figure of seed!.data.figures.filter((_, i) => i % 3 === 0)) {
        const mark = page.locator(`mark[id="${figure.id}"]`);
        await mark.scrollIntoViewIfNeeded();
        // Where the words after the figure are, and how tall its paragraph is, before the focus.
        const layout = () =>
          mark.evaluate((el) => {
            // The first words after the figure (not the copy button's).
            const walker = document.createTreeWalker(el.parentElement!, NodeFilter.SHOW_TEXT);
            let node: Node | null;
            while ((node = walker.nextNode()) && (el.contains(node) || !(el.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) || node.parentElement!.closest('button') || !node.textContent!.trim()));
            const range = document.createRange();
            if (node) range.selectNodeContents(node);
            const after = node ? range.getClientRects()[0] : undefined;
            const mark = el.getBoundingClientRect();
            return { after: after ? `${Math.round(after.left - mark.left)},${Math.round(after.top - mark.top)}` : '', paragraph: Math.round(el.parentElement!.getBoundingClientRect().height) };
          });
        const before = await layout();
        await mark.focus();
        const button = page.locator(`mark[id="${figure.id}"] + button.fig-copy`);
        await expect(button).toBeVisible();
        expect(await layout(), figure.id).toEqual(before);

        const boxes = await mark.evaluate((el) => {
          const s = getComputedStyle(el, '::after');
          const rects = [...el.getClientRects()];
          const first = rects[0]!;
          const last = rects.at(-1)!;
          const button = el.nextElementSibling!.getBoundingClientRect();
          return {
            fixed: s.position === 'fixed',
            // The reading's box in viewport coordinates (its offsets are relative to the mark's box).
            tipTop: s.position === 'fixed' ? window.innerHeight - parseFloat(s.height) : first.top + parseFloat(s.top),
            tipHeight: parseFloat(s.height),
            markTop: first.top,
            markBottom: last.bottom,
            lineHeight: parseFloat(getComputedStyle(el).lineHeight),
            button: { top: button.top, bottom: button.bottom },
            vh: window.innerHeight,
          };
        });
        const detail = `${figure.id}: ${JSON.stringify(boxes)}`;
        if (boxes.fixed) {
          // Phones: a bar at the bottom, the focused figure above it.
          expect(boxes.markBottom, detail).toBeLessThanOrEqual(boxes.tipTop + 1);
        } else {
          // Above the figure's line, or below it; never over the line being read.
          const tipBottom = boxes.tipTop + boxes.tipHeight;
          expect(tipBottom <= boxes.markTop + 1 || boxes.tipTop >= boxes.markBottom - 1, detail).toBe(true);
        }
        // The button sits inside the reading's box.
        expect(boxes.button.top, detail).toBeGreaterThanOrEqual(boxes.tipTop - 1);
        expect(boxes.button.bottom, detail).toBeLessThanOrEqual(boxes.tipTop + boxes.tipHeight + 1);
      }
    });

    test('the keyboard hint shows only with a mouse; copy buttons stay on their figure’s row', async ({ page }) => {
      test.skip(!seed, 'the seed article is not in this build');
      await page.goto(`/bai/${seed!.slug}/`);
      if (size.phone) await expect(page.locator('.panel__shortcuts')).toBeHidden();
      else await expect(page.locator('.panel__shortcuts')).toBeVisible();
      const rows = await page.locator('.fig-row').evaluateAll((lis) =>
        lis.map((li) => {
          const link = li.querySelector('a')!.getBoundingClientRect();
          const button = li.querySelector('button.copy-link')!.getBoundingClientRect();
          return { id: li.getAttribute('data-fig'), sameRow: button.top < link.bottom && button.bottom > link.top, rightOf: button.left >= link.right };
        }),
      );
      expect(rows.length).toBe(seed!.data.figures.length);
      expect(rows.filter((r) => !r.sameRow || !r.rightOf)).toEqual([]);
    });
  });
}

test.describe('awards on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  test('are shown as labelled cards that screen readers still read as a table', async ({ page }) => {
    test.skip(!seed || seed.data.awards.length === 0, 'the seed article (with awards) is not in this build');
    await page.goto(`/bai/${seed!.slug}/`);
    const table = page.locator('table.awards');
    // Cards: the grantor sits under the award, not in a column beside it.
    const layout = await table.locator('tbody tr').first().evaluate((tr) => {
      const award = tr.querySelector('th')!.getBoundingClientRect();
      const grantor = tr.querySelector('td')!.getBoundingClientRect();
      return { below: grantor.top >= award.bottom - 1, label: getComputedStyle(tr.querySelector('td')!, '::before').content };
    });
    expect(layout.below).toBe(true);
    expect(layout.label).toContain('Cơ quan trao');
    const tree = await table.ariaSnapshot();
    expect(tree).toContain('columnheader "Cơ quan trao"');
    expect(tree.match(/- row /g)?.length).toBe(seed!.data.awards.length + 1);
    // The visual labels are not read a second time.
    expect(tree).not.toContain('cell "Cơ quan trao');
  });
});

test('Tab from a figure reaches its copy button, and the figure’s reading stays shown with it', async ({ page }) => {
  test.skip(!seed, 'the seed article is not in this build');
  const figure = [...seed!.data.figures].sort((a, b) => a.start - b.start)[1]!;
  await page.goto(`/bai/${seed!.slug}/`);
  const mark = page.locator(`mark[id="${figure.id}"]`);
  await mark.focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(`mark[id="${figure.id}"] + button.fig-copy`)).toBeFocused();
  const reading = await mark.getAttribute('data-reading');
  expect(await mark.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(JSON.stringify(reading));
  // The next Tab goes on to the next figure: the button follows it, the first reading goes.
  const next = [...seed!.data.figures].sort((a, b) => a.start - b.start)[2]!;
  await page.keyboard.press('Tab');
  await expect(page.locator(`mark[id="${next.id}"]`)).toBeFocused();
  await expect(page.locator('button.fig-copy')).toHaveCount(1);
  await expect(page.locator(`mark[id="${next.id}"] + button.fig-copy`)).toHaveCount(1);
  expect(['none', 'normal']).toContain(await mark.evaluate((el) => getComputedStyle(el, '::after').content));
});

test('the keyboard announcement says the figure’s words once, with what its reading adds', async ({ page }) => {
  test.skip(!seed, 'the seed article is not in this build');
  const first = [...seed!.data.figures].sort((a, b) => a.start - b.start)[0]!;
  await page.goto(`/bai/${seed!.slug}/`);
  await page.keyboard.press('j');
  const announcer = page.locator('#fig-announcer');
  await expect(announcer).toContainText('nhóm');
  const said = (await announcer.textContent())!;
  expect(said.split(first.text).length - 1, said).toBe(1);
  expect(said).toMatch(new RegExp(`^Số liệu 1 trên ${seed!.data.figures.length}: `));
});

test.describe('printed', () => {
  test('keeps the highlights, prints each figure’s id after it, puts the panel after the text, hides header and buttons', async ({ page, browserName }) => {
    test.skip(!seed, 'the seed article is not in this build');
    test.skip(browserName !== 'chromium', 'page.pdf needs Chromium');
    await page.goto(`/bai/${seed!.slug}/`);
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => {
      const marks = [...document.querySelectorAll<HTMLElement>('.article-body mark.fig[id]')];
      const visible = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.getClientRects().length > 0).length;
      return {
        ids: marks.filter((m) => getComputedStyle(m, '::after').content !== JSON.stringify(`[#${m.id}]`)).map((m) => m.id),
        keptColour: marks.every((m) => getComputedStyle(m).printColorAdjust === 'exact' && getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)'),
        panelAfterText: document.querySelector('aside.panel')!.getBoundingClientRect().top >= document.querySelector('.article-body')!.getBoundingClientRect().bottom,
        header: visible('header.site-header'),
        search: visible('.search-box'),
        buttons: visible('button'),
        printedFrom: document.querySelector('.article__printed-from')?.textContent ?? '',
      };
    });
    expect(state.ids).toEqual([]);
    expect(state).toMatchObject({ keptColour: true, panelAfterText: true, header: 0, search: 0, buttons: 0 });
    expect(state.printedFrom).toContain(`/bai/${seed!.slug}/`);

    // The PDF Chromium prints, read back as text (needs poppler-utils' pdftotext).
    const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
    if (pdftotext.error) {
      console.warn('article.spec: pdftotext (poppler-utils) is not installed; the printed PDF text is not checked');
      return;
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'solieu-print-'));
    try {
      writeFileSync(path.join(dir, 'page.pdf'), await page.pdf({ format: 'A4' }));
      const text = spawnSync('pdftotext', [path.join(dir, 'page.pdf'), '-'], { encoding: 'utf8' }).stdout;
      const missing = seed!.data.figures.filter((f) => !text.includes(`[#${f.id}]`)).map((f) => f.id);
      expect(missing).toEqual([]);
      expect(text).not.toContain('Chép liên kết');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

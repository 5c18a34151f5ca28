/**
 * The article page against the built site: every figure of the frontmatter is
 * highlighted, every figure link lands on its mark, in view, with or without
 * JavaScript.
 */
import { readFileSync, readdirSync } from 'node:fs';
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

/**
 * Site-wide checks on every page type: accessibility (axe), the
 * Content-Security-Policy, no inline script or event handler, and no request
 * to any origin other than the site's own.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** One page of each type, found by following the site's own links from `/`. */
async function pageTypes(page: Page): Promise<string[]> {
  await page.goto('/');
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const first = (re: RegExp) => hrefs.find((h) => re.test(h));
  const found = ['/', '/so-lieu/', '/tim-kiem/', '/bao-cao/', first(/^\/bai\/[^#]+\/$/), first(/^\/nguon\/.+\/$/), first(/^\/nam\/\d{4}\/$/), first(/^\/chuyen-muc\/.+\/$/)];
  return [...new Set(found.filter((h): h is string => h !== undefined))];
}

test('every page type passes axe, ships the CSP and has no inline script or handler', async ({ page }) => {
  test.setTimeout(180_000); // axe over eight pages, on a 2-core machine
  const urls = await pageTypes(page);
  expect(urls.filter((u) => u.startsWith('/bai/'))).toHaveLength(1);
  for (const url of urls) {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${url}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);

    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp, url).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp, url).not.toContain('unsafe-inline');
    const inline = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script:not([src])')].filter((s) => (s as HTMLScriptElement).type !== 'application/ld+json').length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}.${a.name}`)),
      styles: document.querySelectorAll('style').length,
    }));
    expect(inline, url).toEqual({ scripts: 0, handlers: [], styles: 0 });
  }
});

test('no page requests anything from another origin, and the CSP is never violated', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const urls = await pageTypes(page);
  for (const url of urls) {
    await page.goto(url, { waitUntil: 'networkidle' });
  }
  await page.goto('/tim-kiem/?q=bao+loc', { waitUntil: 'networkidle' });
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});

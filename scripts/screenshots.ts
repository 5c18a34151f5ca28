/**
 * npx tsx scripts/screenshots.ts [--dir dist] [--out docs] [--figure hon-2-9-ty-dong]
 *
 * Screenshots of the built site for the README, taken in Debian's Chromium
 * (CHROME_PATH, default /usr/bin/chromium) against the site served on
 * 127.0.0.1 by scripts/serve.ts (run `npm run build` first):
 *   article-desktop.png  the seed article (or the first article), 1280×900
 *   article-phone.png    the same page, 375×812 (device scale 2)
 *   article-target.png   the page opened on one figure's link (#id), the
 *                        pointer on it so its reading shows, 1280×900
 *   article-phone-panel.png  the panel on a phone, below the text, 375×812
 *   explorer.png         the figures explorer /so-lieu/, 1280×900
 * Motion is reduced so the landing animation does not blur the shot.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { parseArticleFile } from '../src/lib/article-file';
import { articlePath } from '../src/lib/figure-link';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'docs' },
    figure: { type: 'string', default: 'hon-2-9-ty-dong' },
  },
});

/** The seed article (or the first one) and its figure ids, from content/articles or SOLIEU_ARTICLES. */
function subject(): { slug: string; figureIds: string[] } {
  const dir = path.resolve(process.env.SOLIEU_ARTICLES ?? 'content/articles');
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort();
  const read = (f: string) => parseArticleFile(readFileSync(path.join(dir, f), 'utf8')).frontmatter as { source?: { path?: string }; figures?: { id: string }[] };
  const file = files.find((f) => read(f).source?.path === '000_221d6abb8b15921d.txt') ?? files[0];
  if (!file) throw new Error(`no article in ${dir}`);
  return { slug: file.replace(/\.md$/, '').split(path.sep).join('/'), figureIds: (read(file).figures ?? []).map((f) => f.id) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

let server: ChildProcess | undefined;
let browser: Browser | undefined;
try {
  const port = await freePort();
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--dir', values.dir!, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server!.stdout!.once('data', () => resolve());
    server!.once('exit', (code) => reject(new Error(`scripts/serve.ts exited (${code})`)));
  });
  const origin = `http://127.0.0.1:${port}`;
  const { slug, figureIds } = subject();
  const figure = figureIds.includes(values.figure!) ? values.figure! : figureIds[Math.floor(figureIds.length / 2)];
  const out = path.resolve(values.out!);
  mkdirSync(out, { recursive: true });

  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--font-render-hinting=none'],
  });
  const shoot = async (name: string, url: string, options: { width: number; height: number; scale?: number; mobile?: boolean; hover?: string; scrollTo?: string }) => {
    const context = await browser!.newContext({
      viewport: { width: options.width, height: options.height },
      deviceScaleFactor: options.scale ?? 1,
      isMobile: options.mobile ?? false,
      hasTouch: options.mobile ?? false,
      reducedMotion: 'reduce',
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    await page.goto(`${origin}${url}`, { waitUntil: 'networkidle' });
    if (options.hover) await page.locator(`[id="${options.hover}"]`).hover();
    if (options.scrollTo) {
      // Its top just below the sticky header.
      await page.locator(options.scrollTo).evaluate((el) => {
        const header = document.querySelector('header.site-header')?.getBoundingClientRect().bottom ?? 0;
        window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - header - 8);
      });
    }
    const file = path.join(out, name);
    await page.screenshot({ path: file });
    await context.close();
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)} (${url})\n`);
  };

  const article = articlePath(slug);
  await shoot('article-desktop.png', article, { width: 1280, height: 900 });
  await shoot('article-phone.png', article, { width: 375, height: 812, scale: 2, mobile: true });
  await shoot('article-phone-panel.png', article, { width: 375, height: 812, scale: 2, mobile: true, scrollTo: 'aside.panel' });
  if (figure) await shoot('article-target.png', `${article}#${figure}`, { width: 1280, height: 900, hover: figure });
  await shoot('explorer.png', '/so-lieu/', { width: 1280, height: 900 });
} finally {
  await browser?.close();
  server?.kill();
}

/**
 * npm run index [-- --dir dist]
 *
 * Builds the Pagefind search index of the built site, after `astro build`,
 * with Pagefind's Node API. Each page with `data-pagefind-body` (the article
 * pages) is read, prepared in memory by src/lib/search/index-html.ts (`đ`
 * written as a letter Pagefind can fold, the figure table added as an
 * unindexed meta field) and handed to `addHTMLFile`; the files on disk are
 * never changed. The index goes to `<dir>/pagefind/`, replacing the old one.
 *
 * Then the search page (`<dir>/tim-kiem/index.html`, built before the index
 * existed) gets `<link rel="preload">` hints for the index metadata and the
 * wasm, whose names are only known now: a first search fetches them in
 * parallel with Pagefind's script instead of after it.
 *
 * Exits non-zero if Pagefind reports any error.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../src/lib/search/index-html';

export interface IndexResult {
  pages: number;
  figures: number;
  errors: string[];
  seconds: number;
}

/** Every .html file under `dir`, except the index's own folder. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !path.relative(dir, file).split(path.sep).includes('pagefind'))
    .sort();
}

/** `dist/bai/x/index.html` → `/bai/x/`. */
function urlOf(dir: string, file: string): string {
  const rel = path.relative(dir, file).split(path.sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

const PRELOAD_MARK = 'data-solieu-preload';

/**
 * Adds (or replaces) preload hints for Pagefind's metadata and wasm files to
 * a page's <head>. `crossorigin` makes them match Pagefind's own fetch().
 */
export function withPreloads(html: string, hrefs: readonly string[]): string {
  const cleaned = html.replace(new RegExp(`<link [^>]*${PRELOAD_MARK}[^>]*>`, 'g'), '');
  const links = hrefs.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin ${PRELOAD_MARK}>`).join('');
  return cleaned.replace(/<\/head>/i, `${links}</head>`);
}

async function addPreloads(dir: string, out: string): Promise<void> {
  const page = path.join(dir, 'tim-kiem', 'index.html');
  const html = await readFile(page, 'utf8').catch(() => undefined);
  if (html === undefined) return;
  const files = (await readdir(out)).filter((f) => /\.pf_meta$|^wasm\..*\.pagefind$/.test(f)).sort();
  await writeFile(page, withPreloads(html, files.map((f) => `/pagefind/${f}`)));
}

/** Indexes the built site in `dir` and writes `dir/pagefind/`. */
export async function indexSite(dir: string, log: (line: string) => void = () => {}): Promise<IndexResult> {
  const started = performance.now();
  const errors: string[] = [];
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) return { pages: 0, figures: 0, errors: createErrors, seconds: 0 };
  errors.push(...createErrors);

  const files = await htmlFiles(dir);
  let pages = 0;
  let figures = 0;
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const html = await readFile(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const prepared = prepareForIndex(html);
      const response = await index.addHTMLFile({ url: urlOf(dir, file), content: prepared.html });
      if (response.errors.length > 0) errors.push(...response.errors.map((e) => `${path.relative(dir, file)}: ${e}`));
      else {
        pages++;
        figures += prepared.figures.length;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));

  const out = path.join(dir, 'pagefind');
  await rm(out, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: out });
  errors.push(...written.errors);
  await pagefind.close();
  if (written.errors.length === 0) await addPreloads(dir, out);
  const seconds = (performance.now() - started) / 1000;
  log(`index: ${pages} pages, ${figures} figures indexed into ${path.relative(process.cwd(), out) || out} in ${seconds.toFixed(1)} s`);
  return { pages, figures, errors, seconds };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
  const dir = path.resolve(values.dir!);
  const result = await indexSite(dir, (line) => process.stdout.write(`${line}\n`));
  for (const error of result.errors) process.stderr.write(`index: error: ${error}\n`);
  if (result.pages === 0) process.stdout.write(`index: warning: no page in ${values.dir} has data-pagefind-body; search will find nothing\n`);
  process.exit(result.errors.length > 0 ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

/**
 * node --import tsx scripts/astro-build.ts [--config FILE] [--out DIR] [--parts auto|1|2]
 *
 * Runs `astro build`. On a large corpus (≥ SPLIT_MIN_ARTICLES articles) and a
 * machine with two cores or more, it runs two Astro builds at the same time,
 * one per part of the site (src/build-part.ts: the article pages, and the
 * explorer and listings), each into its own folder, then moves the second
 * part's pages into the first's. Astro renders pages one at a time on one
 * core; page rendering is most of a large build, so the split build takes a
 * little over half the time of one build, for the price of a second Astro
 * start-up (a few seconds) and a second process in memory. A small corpus is
 * built in one process, as `astro build` would.
 *
 * The article pages of a build in two parts are checked here once both are
 * done (scripts/lib/verify-pages.ts), on every core, instead of in the
 * article part's Astro process on one.
 *
 * Exits with the first non-zero status of the builds (both always run to the
 * end, so every problem is printed), or 1 if a built page lost a figure.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BUILD_PARTS } from '../src/build-part';
import { pagesError, VERIFY_AFTER_ENV } from '../src/integrations/verify-build';
import { listArticleFiles } from '../src/loaders/articles';
import { articlesDir } from '../src/loaders/cache';
import { verifyPages } from './lib/verify-pages';

/** Below this many articles a split build is not worth its second start-up. */
export const SPLIT_MIN_ARTICLES = 400;

const ASTRO_JS = path.resolve('node_modules/astro/astro.js');

function astroBuild(args: string[], env: NodeJS.ProcessEnv, prefix: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_JS, 'build', ...args], { env, stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    if (prefix) {
      // Both builds print at once: each line says which part it comes from.
      for (const [from, to] of [
        [child.stdout!, process.stdout],
        [child.stderr!, process.stderr],
      ] as const) {
        let rest = '';
        from.setEncoding('utf8').on('data', (chunk: string) => {
          const lines = (rest + chunk).split('\n');
          rest = lines.pop()!;
          for (const line of lines) to.write(`${prefix}${line}\n`);
        });
        from.on('end', () => rest && to.write(`${prefix}${rest}\n`));
      }
    }
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** Moves everything in `from` into `to`, folder by folder; a file `to` already has is kept (the parts make identical shared files). */
export async function mergeInto(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    const existing = await stat(target).catch(() => undefined);
    if (!existing) await rename(source, target);
    else if (entry.isDirectory() && existing.isDirectory()) await mergeInto(source, target);
  }
  await rm(from, { recursive: true, force: true });
}

export interface AstroBuildOptions {
  /** Astro config file (relative to the working directory), else astro.config.mjs. */
  config?: string;
  /** Output folder, else the config's. */
  outDir?: string;
  parts?: 'auto' | 1 | 2;
}

export async function buildSite(options: AstroBuildOptions = {}): Promise<number> {
  const articles = (await listArticleFiles(articlesDir())).length;
  const split = options.parts === 2 || (options.parts !== 1 && articles >= SPLIT_MIN_ARTICLES && availableParallelism() >= 2);
  const common = options.config ? ['--config', options.config] : [];
  if (!split) return astroBuild([...common, ...(options.outDir ? ['--outDir', options.outDir] : [])], process.env, '');

  const outDir = path.resolve(options.outDir ?? 'dist');
  const partDir = (part: string) => (part === BUILD_PARTS[0] ? outDir : `${outDir}.part-${part}`);
  if (!outDir.startsWith(process.cwd() + path.sep)) {
    // Astro writes a build's server files to <cwd>/.astro when its output folder is outside the
    // working directory, and two builds doing that at once delete each other's files.
    console.log(`astro-build: ${outDir} is outside ${process.cwd()}: building in one process`);
    return astroBuild([...common, '--outDir', outDir], process.env, '');
  }
  console.log(`astro-build: ${articles} articles: building ${BUILD_PARTS.join(' and ')} pages in two processes`);
  // the article pages are checked here once both parts are done, on every core (scripts/lib/verify-pages.ts)
  const env = { ...process.env, [VERIFY_AFTER_ENV]: '1' };
  const codes = await Promise.all(BUILD_PARTS.map((part) => astroBuild([...common, '--outDir', partDir(part)], { ...env, SOLIEU_BUILD_PART: part }, `[${part}] `)));
  const failed = codes.find((c) => c !== 0);
  if (failed !== undefined) return failed;
  for (const part of BUILD_PARTS.slice(1)) await mergeInto(partDir(part), outDir);
  const started = performance.now();
  const { problems, pages } = await verifyPages(outDir);
  if (problems.length > 0) {
    console.error(pagesError(problems).message);
    return 1;
  }
  console.log(`astro-build: ${pages} article page(s) checked: every figure highlighted once, every text intact (${Math.round(performance.now() - started)} ms)`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { config: { type: 'string' }, out: { type: 'string' }, parts: { type: 'string', default: 'auto' } } });
  const parts = values.parts === '1' ? 1 : values.parts === '2' ? 2 : 'auto';
  process.exit(await buildSite({ config: values.config, outDir: values.out, parts }));
}

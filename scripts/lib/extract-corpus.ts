/**
 * The I/O side of `npm run extract`: reads every source, writes one generated
 * article per source, atomically, and collects every problem of the corpus
 * instead of stopping at the first. The language work is in src/lib/.
 *
 * A run goes in three passes: every source is checked against the
 * skip-unchanged cache (stat only); the sources that changed are read and
 * handed to `processSource` (pure: decode, extract, render), on a pool of
 * worker threads when there are many (scripts/lib/extract-pool.ts), one per
 * core; then the results are written and reported in source order, so the
 * output never depends on which worker finished first.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ArticleFrontmatter, Overrides, formatIssues } from '../../src/schema';
import { parseArticleFile } from '../../src/lib/article-file';
import { decodeSourceDetailed } from '../../src/lib/decode';
import { checkGenerated, renderGeneratedWithHash, sha256 } from '../../src/lib/generated';
import type { PreviousIds } from '../../src/lib/ids';
import { SourceError, type Problem } from '../../src/lib/problems';
import { slugify } from '../../src/lib/slug';
import { ExtractPool } from './extract-pool';
import { renderDigest, renderedCacheDir, writeCachedArticle } from '../../src/loaders/cache';
import { writeFileAtomic } from '../../src/loaders/write-file';
import { normalizeText } from '../../src/lib/text';

export interface ExtractCorpusOptions {
  sourcesDir: string;
  articlesDir: string;
  overridesDir: string;
  /** Compare instead of writing; report stale, missing and orphaned files. */
  check?: boolean;
  /** Overwrite generated files that were edited by hand. */
  force?: boolean;
  /** Where the skip-unchanged cache lives; none when undefined. */
  cacheFile?: string;
  /** Called for each line worth printing. */
  log?: (line: string) => void;
  /**
   * Worker threads for extraction; default `SOLIEU_EXTRACT_WORKERS` or one per
   * core. Fewer than `MIN_JOBS_PER_WORKER` changed sources per worker use
   * fewer workers, and 0 or 1 extracts in this thread.
   */
  workers?: number;
}

export interface FileProblem extends Problem {
  file: string;
}

export interface ExtractCorpusResult {
  sources: number;
  written: string[];
  unchanged: number;
  removed: string[];
  /** --check only: generated files that differ from what extraction gives now. */
  stale: string[];
  problems: FileProblem[];
  /** Things worth telling that are not problems (a legacy encoding that was converted). */
  notes: string[];
  bytes: number;
}

interface CacheEntry {
  sourceMtime: number;
  sourceSize: number;
  outMtime: number;
  outSize: number;
  overrides: string;
}
interface Cache {
  version: string;
  entries: Record<string, CacheEntry>;
}

const TMP_MARK = '.solieu-tmp-';

/** Writes a file so that readers only ever see the old or the new content. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  await writeFileAtomic(file, `${file}${TMP_MARK}${process.pid}`, content);
}

async function listFiles(dir: string, ext: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext) && !e.name.startsWith('.'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** `dantri/news_business_001.txt` → `dantri/news-business-001`; empty segments are refused by the caller. */
export function slugForSource(relPath: string): string {
  return relPath
    .replace(/\.txt$/, '')
    .split('/')
    .map((segment) => slugify(segment, 80))
    .join('/');
}

/** A hash of the extraction code: a change to it invalidates the skip-unchanged cache. */
async function extractorVersion(): Promise<string> {
  const root = path.resolve(import.meta.dirname, '../..');
  const files = [...(await listFiles(path.join(root, 'src/lib'), '.ts')).map((f) => `src/lib/${f}`), 'src/schema.ts'];
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(await readFile(path.join(root, f)));
  return hash.digest('hex');
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The extractor is loaded on first use: a run where nothing changed never
 * needs it, and skipping its import keeps such a run well under a second.
 */
let extractor: typeof import('../../src/lib/article') | undefined;
let renderer: typeof import('../../src/loaders/articles') | undefined;
export async function loadExtractor(): Promise<void> {
  extractor ??= await import('../../src/lib/article');
  renderer ??= await import('../../src/loaders/articles');
}

/** Everything `processSource` needs about one source, read from disk beforehand. */
export interface SourceJob {
  rel: string;
  /** The generated file's path relative to the articles folder (`<slug>.md`). */
  outRel: string;
  bytes: Uint8Array;
  /** The generated file as it is now, if there is one. */
  existing?: string;
  overridesText?: string;
  displaySource: string;
  displayOut: string;
  displayOverrides: string;
  force: boolean;
  check: boolean;
}

/** What became of one source: the generated file's content, or its problems. */
export interface SourceOutcome {
  content?: string;
  /**
   * The generated file as the site's loader would render it, for the
   * rendered-article cache (src/loaders/cache.ts): its digest and the JSON
   * to store. Absent when the loader would refuse the file (it then reports
   * why at build time).
   */
  rendered?: { digest: string; json: string };
  problems: FileProblem[];
  note?: string;
}

/**
 * The CPU side of one source, with no I/O: decode and normalise it, refuse
 * to overwrite a hand-edited generated file, read its overrides, extract and
 * render. Call `loadExtractor()` first (the worker pool does).
 */
export function processSource(job: SourceJob): SourceOutcome {
  try {
    const decoded = decodeSourceDetailed(job.bytes);
    const note = decoded.note ? `${job.displaySource}: note: ${decoded.note}` : undefined;
    const text = normalizeText(decoded.text);
    if (job.existing !== undefined && !job.force && !job.check && !checkGenerated(job.existing).pristine) {
      const message =
        `was edited by hand since it was generated, so extract will not overwrite it. ` +
        `To keep the edit, write it as a correction in ${job.displayOverrides} ` +
        `(remove / correct / add, see README) and then run \`npm run extract -- --force\`; ` +
        `to discard the edit, run \`npm run extract -- --force\`.`;
      return { problems: [{ file: job.displayOut, line: 1, col: 1, message }], note };
    }
    let overrides: Overrides | undefined;
    if (job.overridesText !== undefined) {
      try {
        overrides = readOverrides(job.overridesText);
      } catch (error) {
        return { problems: problemsOf(error, job.displayOverrides), note };
      }
    }
    try {
      const generated = generateArticleParts(text, job.rel, sha256(job.bytes), job.existing, overrides);
      return { content: generated.content, rendered: job.check ? undefined : prerender(job.outRel, generated), problems: [], note };
    } catch (error) {
      const file = error instanceof SourceError && error.problems.some((p) => p.message.startsWith('overrides')) ? job.displayOverrides : job.displaySource;
      return { problems: problemsOf(error, file), note };
    }
  } catch (error) {
    return { problems: problemsOf(error, job.displaySource) };
  }
}

function previousFrom(fileText: string): PreviousIds | undefined {
  try {
    const { frontmatter } = parseArticleFile(fileText);
    const parsed = ArticleFrontmatter.safeParse(frontmatter);
    return parsed.success ? { figures: parsed.data.figures, redirects: parsed.data.redirects } : undefined;
  } catch {
    return undefined;
  }
}

function readOverrides(text: string): Overrides {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    const pos = (error as { linePos?: [{ line: number; col: number }] }).linePos?.[0];
    throw new SourceError([{ line: pos?.line ?? 1, col: pos?.col ?? 1, message: `overrides are not valid YAML: ${(error as Error).message.split('\n')[0]}` }]);
  }
  const parsed = Overrides.safeParse(raw ?? {});
  if (!parsed.success) throw new SourceError(formatIssues(parsed.error).map((message) => ({ line: 1, col: 1, message: `overrides: ${message}` })));
  return parsed.data;
}

function problemsOf(error: unknown, file: string): FileProblem[] {
  if (error instanceof SourceError) return error.problems.map((p) => ({ file, ...p, line: Math.max(1, p.line), col: Math.max(1, p.col) }));
  return [{ file, line: 1, col: 1, message: `internal error: ${(error as Error).stack ?? String(error)}` }];
}

/**
 * Extracts one normalised source text into the generated file's content, or
 * throws SourceError. Shared by the corpus run and by tests.
 */
export function generateArticle(text: string, relPath: string, sourceSha: string, previousText?: string, overrides?: Overrides): string {
  return generateArticleParts(text, relPath, sourceSha, previousText, overrides).content;
}

/** The schema the extractor's output is checked against before it is written (the file's own hash is added then). */
const Unhashed = ArticleFrontmatter.omit({ generatedSha256: true });
const FRONTMATTER_KEYS = Object.keys(ArticleFrontmatter.shape);

/** A generated file's content, and its frontmatter and body as the loader would read them back. */
interface GeneratedParts {
  content: string;
  frontmatter: ArticleFrontmatter;
  body: string;
}

function generateArticleParts(text: string, relPath: string, sourceSha: string, previousText?: string, overrides?: Overrides): GeneratedParts {
  const body0 = text.trim();
  if (body0 === '') throw new SourceError([{ line: 1, col: 1, message: 'the file is empty: there is no article to extract (delete it or add its text)' }]);
  const previous = previousText === undefined ? undefined : previousFrom(previousText);
  if (!extractor) throw new Error('call loadExtractor() before generateArticle()');
  const { data, redirects } = extractor.extractArticleWithIds(text, { previous, overrides });
  if (text.slice(data.meta.bodyStart).trim() === '') {
    throw new SourceError([{ line: 1, col: 1, message: 'the file has a front block but no article text after it' }]);
  }
  const frontmatter = { ...data, redirects, source: { path: relPath, sha256: sourceSha } };
  const checked = Unhashed.safeParse(frontmatter);
  if (!checked.success) throw new Error(`the extractor produced data the schema rejects: ${formatIssues(checked.error).join('; ')}`);
  const body = text.slice(data.meta.bodyStart);
  const { text: content, sha256: generatedSha256 } = renderGeneratedWithHash(checked.data, body);
  // What `ArticleFrontmatter.parse` gives for the file just written: the
  // checked data plus its hash, keys in the schema's order. The schema has no
  // transforms, so parsing its own output again changes nothing (the
  // extract tests compare this with loading the written file).
  const withHash: Record<string, unknown> = { ...checked.data, generatedSha256 };
  const ordered = Object.fromEntries(FRONTMATTER_KEYS.filter((k) => withHash[k] !== undefined).map((k) => [k, withHash[k]]));
  return { content, frontmatter: ordered as ArticleFrontmatter, body };
}

/**
 * Renders a generated file exactly as the loader will (`loadArticle`), here
 * on the extraction workers rather than in Astro's single-threaded build,
 * from the data just validated rather than from the file's text again.
 */
function prerender(outRel: string, { content, frontmatter, body }: GeneratedParts): SourceOutcome['rendered'] {
  if (!renderer) throw new Error('call loadExtractor() before prerender()');
  const loaded = renderer.renderValidated(outRel, content, frontmatter, body);
  if (!loaded.ok) return undefined;
  return { digest: renderDigest(content), json: JSON.stringify({ data: loaded.data, html: loaded.html }) };
}

/** Changed sources per worker below which fewer workers are started (a worker costs ~0.5 s to start). */
export const MIN_JOBS_PER_WORKER = 32;

/** How many worker threads to use for `jobs` changed sources. */
function workerCount(jobs: number, requested: number | undefined): number {
  const wanted = requested ?? (Number(process.env.SOLIEU_EXTRACT_WORKERS) || availableParallelism());
  return Math.max(0, Math.min(wanted, Math.floor(jobs / MIN_JOBS_PER_WORKER)));
}

/** Runs `fn` over `items` with at most `limit` calls in flight; results in the order of `items`. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** One source after the first pass. */
interface Planned {
  rel: string;
  sourceFile: string;
  outFile: string;
  overridesFile: string;
  displaySource: string;
  displayOut: string;
  sourceSize: number;
  sourceMtime: number;
  outExists: boolean;
  overridesText?: string;
  overridesSig: string;
}

export async function extractCorpus(options: ExtractCorpusOptions): Promise<ExtractCorpusResult> {
  const log = options.log ?? (() => {});
  const result: ExtractCorpusResult = { sources: 0, written: [], unchanged: 0, removed: [], stale: [], problems: [], notes: [], bytes: 0 };
  const sources = await listFiles(options.sourcesDir, '.txt');
  result.sources = sources.length;
  const outputs = new Set(await listFiles(options.articlesDir, '.md'));

  // Leftovers of a run that was killed between write and rename.
  if (!options.check) {
    const leftovers = (await readdir(options.articlesDir, { recursive: true }).catch(() => [] as string[])).filter((f) => String(f).includes(TMP_MARK));
    await Promise.all(leftovers.map((f) => rm(path.join(options.articlesDir, String(f)), { force: true })));
  }

  const version = await extractorVersion();
  let cache: Cache = { version, entries: {} };
  if (options.cacheFile && !options.check) {
    const raw = await readOptional(options.cacheFile);
    try {
      const parsed = raw ? (JSON.parse(raw) as Cache) : undefined;
      if (parsed?.version === version) cache = parsed;
    } catch {
      // A broken cache only costs time.
    }
  }
  const nextCache: Cache = { version, entries: {} };

  // Pass 1, in source order: page addresses (duplicates are refused), then a
  // stat of each source against the skip-unchanged cache.
  const bySlug = new Map<string, string>();
  const produced = new Set<string>();
  const named: { rel: string; slug: string; displaySource: string }[] = [];
  for (const rel of sources) {
    const displaySource = path.relative(process.cwd(), path.join(options.sourcesDir, rel)) || rel;
    const slug = slugForSource(rel);
    if (slug.split('/').some((s) => s === '')) {
      result.problems.push({ file: displaySource, line: 1, col: 1, message: 'the file name has no letters or digits to make a page address from; rename it' });
      continue;
    }
    const other = bySlug.get(slug);
    if (other !== undefined) {
      result.problems.push({
        file: displaySource,
        line: 1,
        col: 1,
        message: `gives the same page address /bai/${slug}/ as ${other}; rename one of the two files`,
      });
      continue;
    }
    bySlug.set(slug, rel);
    produced.add(`${slug}.md`);
    named.push({ rel, slug, displaySource });
  }

  // One listing of the overrides folder instead of a failed read per source.
  const overridesPresent = new Set(await listFiles(options.overridesDir, '.yaml'));
  const plan = async ({ rel, slug, displaySource }: (typeof named)[number]): Promise<Planned | FileProblem[] | 'unchanged'> => {
    const sourceFile = path.join(options.sourcesDir, rel);
    const outFile = path.join(options.articlesDir, `${slug}.md`);
    const overridesFile = path.join(options.overridesDir, `${slug}.yaml`);
    try {
      // Synchronous stats: 20,000 of them through libuv's thread pool took 0.66 s; in line, ~0.1 s.
      const sourceStat = statSync(sourceFile);
      const outStat = statSync(outFile, { throwIfNoEntry: false });
      const overridesText = overridesPresent.has(`${slug}.yaml`) ? await readOptional(overridesFile) : undefined;
      result.bytes += sourceStat.size;
      const overridesSig = overridesText === undefined ? '' : sha256(overridesText);
      const cached = cache.entries[rel];
      if (
        cached &&
        outStat &&
        cached.sourceMtime === sourceStat.mtimeMs &&
        cached.sourceSize === sourceStat.size &&
        cached.outMtime === outStat.mtimeMs &&
        cached.outSize === outStat.size &&
        cached.overrides === overridesSig
      ) {
        nextCache.entries[rel] = cached;
        return 'unchanged';
      }
      return {
        rel,
        sourceFile,
        outFile,
        overridesFile,
        displaySource,
        displayOut: path.relative(process.cwd(), outFile) || outFile,
        sourceSize: sourceStat.size,
        sourceMtime: sourceStat.mtimeMs,
        outExists: outStat !== undefined,
        overridesText,
        overridesSig,
      };
    } catch (error) {
      return problemsOf(error, displaySource);
    }
  };
  const planned: Awaited<ReturnType<typeof plan>>[] = [];
  for (const source of named) planned.push(await plan(source));


  // Pass 2: read, extract (on worker threads when there are many) and write each changed source.
  const changed = planned.filter((p): p is Planned => typeof p === 'object' && !Array.isArray(p));
  const workers = workerCount(changed.length, options.workers);
  const renderCache = renderedCacheDir(path.resolve(options.articlesDir));
  const pool = workers > 1 ? await ExtractPool.start(workers) : undefined;
  if (!pool && changed.length > 0) await loadExtractor();
  type Done = { outcome: SourceOutcome; written?: boolean } | { problems: FileProblem[] };
  const done = new Map<Planned, Done>();
  // Results are reported in source order, each as soon as every source before
  // it is done: "wrote" lines stream while the run goes on (and a run killed
  // half-way has printed only what it had written), in the same order
  // whatever the number of workers.
  const setDone = (p: Planned, d: Done) => {
    done.set(p, d);
    flush();
  };
  let reported = 0;
  const flush = () => {
    for (; reported < planned.length; reported++) {
      const p = planned[reported]!;
      if (p === 'unchanged') {
        result.unchanged++;
        continue;
      }
      if (Array.isArray(p)) {
        result.problems.push(...p);
        continue;
      }
      const d = done.get(p);
      if (!d) return;
      if ('problems' in d) {
        result.problems.push(...d.problems);
        continue;
      }
      if (d.outcome.note) result.notes.push(d.outcome.note);
      result.problems.push(...d.outcome.problems);
      if (d.outcome.content === undefined) continue;
      if (d.written === true) {
        result.written.push(p.displayOut);
        log(`wrote ${p.displayOut}`);
      } else if (d.written === false) result.unchanged++;
      else result.stale.push(p.displayOut);
    }
  };
  try {
    await mapLimit(changed, pool ? workers * 4 : 1, async (p) => {
      try {
        const [bytes, existing] = await Promise.all([readFile(p.sourceFile), p.outExists ? readFile(p.outFile, 'utf8') : undefined]);
        const job: SourceJob = {
          rel: p.rel,
          outRel: path.relative(options.articlesDir, p.outFile).split(path.sep).join('/'),
          bytes,
          existing,
          overridesText: p.overridesText,
          displaySource: p.displaySource,
          displayOut: p.displayOut,
          displayOverrides: path.relative(process.cwd(), p.overridesFile),
          force: options.force ?? false,
          check: options.check ?? false,
        };
        const outcome = pool ? await pool.run(job) : processSource(job);
        if (outcome.content === undefined) return void setDone(p, { outcome });
        let written: boolean | undefined;
        if (outcome.content === existing) written = false;
        else if (options.check) return void setDone(p, { outcome });
        else {
          await writeAtomic(p.outFile, outcome.content);
          written = true;
        }
        if (outcome.rendered) await writeCachedArticle(renderCache, outcome.rendered.digest, outcome.rendered.json);
        const finalStat = await stat(p.outFile);
        nextCache.entries[p.rel] = {
          sourceMtime: p.sourceMtime,
          sourceSize: p.sourceSize,
          outMtime: finalStat.mtimeMs,
          outSize: finalStat.size,
          overrides: p.overridesSig,
        };
        setDone(p, { outcome, written });
      } catch (error) {
        setDone(p, { problems: problemsOf(error, p.displaySource) });
      }
    });
  } finally {
    await pool?.close();
  }

  flush();

  // Generated files whose source is gone.
  for (const outRel of outputs) {
    if (produced.has(outRel)) continue;
    const outFile = path.join(options.articlesDir, outRel);
    const display = path.relative(process.cwd(), outFile) || outFile;
    if (options.check) {
      result.stale.push(display);
      continue;
    }
    const text = await readFile(outFile, 'utf8');
    if (!checkGenerated(text).pristine && !options.force) {
      result.problems.push({ file: display, line: 1, col: 1, message: 'its source is gone, but it was edited by hand, so it is kept; delete it yourself or run with --force' });
      continue;
    }
    await rm(outFile);
    result.removed.push(display);
    log(`removed ${display} (its source is gone)`);
  }

  if (options.cacheFile && !options.check) await writeAtomic(options.cacheFile, JSON.stringify(nextCache));
  return result;
}

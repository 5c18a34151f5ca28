/**
 * The I/O side of `npm run extract`: reads every source, writes one generated
 * article per source, atomically, and collects every problem of the corpus
 * instead of stopping at the first. The language work is in src/lib/.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ArticleFrontmatter, Overrides, formatIssues } from '../../src/schema';
import { parseArticleFile } from '../../src/lib/article-file';
import { decodeSourceDetailed } from '../../src/lib/decode';
import { checkGenerated, renderGenerated, sha256 } from '../../src/lib/generated';
import type { PreviousIds } from '../../src/lib/ids';
import { SourceError, type Problem } from '../../src/lib/problems';
import { slugify } from '../../src/lib/slug';
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
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}${TMP_MARK}${process.pid}`;
  await writeFile(tmp, content);
  await rename(tmp, file);
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
export async function loadExtractor(): Promise<void> {
  extractor ??= await import('../../src/lib/article');
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

function readOverrides(file: string, text: string): Overrides {
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
  const body0 = text.trim();
  if (body0 === '') throw new SourceError([{ line: 1, col: 1, message: 'the file is empty: there is no article to extract (delete it or add its text)' }]);
  const previous = previousText === undefined ? undefined : previousFrom(previousText);
  if (!extractor) throw new Error('call loadExtractor() before generateArticle()');
  const { data, redirects } = extractor.extractArticleWithIds(text, { previous, overrides });
  if (text.slice(data.meta.bodyStart).trim() === '') {
    throw new SourceError([{ line: 1, col: 1, message: 'the file has a front block but no article text after it' }]);
  }
  const frontmatter = { ...data, redirects, source: { path: relPath, sha256: sourceSha } };
  const checked = ArticleFrontmatter.omit({ generatedSha256: true }).safeParse(frontmatter);
  if (!checked.success) throw new Error(`the extractor produced data the schema rejects: ${formatIssues(checked.error).join('; ')}`);
  return renderGenerated(checked.data, text.slice(data.meta.bodyStart));
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

  const bySlug = new Map<string, string>();
  const produced = new Set<string>();
  for (const rel of sources) {
    const sourceFile = path.join(options.sourcesDir, rel);
    const displaySource = path.relative(process.cwd(), sourceFile) || sourceFile;
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
    const outRel = `${slug}.md`;
    produced.add(outRel);
    const outFile = path.join(options.articlesDir, outRel);
    const displayOut = path.relative(process.cwd(), outFile) || outFile;
    const overridesFile = path.join(options.overridesDir, `${slug}.yaml`);

    try {
      const [sourceStat, outStat, overridesText] = await Promise.all([
        stat(sourceFile),
        stat(outFile).catch(() => undefined),
        readOptional(overridesFile),
      ]);
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
        result.unchanged++;
        continue;
      }

      await loadExtractor();
      const bytes = await readFile(sourceFile);
      const decoded = decodeSourceDetailed(bytes);
      if (decoded.note) result.notes.push(`${displaySource}: note: ${decoded.note}`);
      const text = normalizeText(decoded.text);
      const existing = outStat ? await readFile(outFile, 'utf8') : undefined;
      if (existing !== undefined && !options.force && !options.check && !checkGenerated(existing).pristine) {
        result.problems.push({
          file: displayOut,
          line: 1,
          col: 1,
          message:
            `was edited by hand since it was generated, so extract will not overwrite it. ` +
            `To keep the edit, write it as a correction in ${path.relative(process.cwd(), overridesFile)} ` +
            `(remove / correct / add, see README) and then run \`npm run extract -- --force\`; ` +
            `to discard the edit, run \`npm run extract -- --force\`.`,
        });
        continue;
      }
      let overrides: Overrides | undefined;
      if (overridesText !== undefined) {
        try {
          overrides = readOverrides(overridesFile, overridesText);
        } catch (error) {
          result.problems.push(...problemsOf(error, path.relative(process.cwd(), overridesFile)));
          continue;
        }
      }
      let content: string;
      try {
        content = generateArticle(text, rel, sha256(bytes), existing, overrides);
      } catch (error) {
        const file = error instanceof SourceError && error.problems.some((p) => p.message.startsWith('overrides')) ? path.relative(process.cwd(), overridesFile) : displaySource;
        result.problems.push(...problemsOf(error, file));
        continue;
      }
      if (content === existing) {
        result.unchanged++;
      } else if (options.check) {
        result.stale.push(displayOut);
        continue;
      } else {
        await writeAtomic(outFile, content);
        result.written.push(displayOut);
        log(`wrote ${displayOut}`);
      }
      const finalStat = await stat(outFile);
      nextCache.entries[rel] = {
        sourceMtime: sourceStat.mtimeMs,
        sourceSize: sourceStat.size,
        outMtime: finalStat.mtimeMs,
        outSize: finalStat.size,
        overrides: overridesSig,
      };
    } catch (error) {
      result.problems.push(...problemsOf(error, displaySource));
    }
  }

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

/**
 * npm run bench [-- --count 1000|10000] [--seed S] [--skip-baseline] [--skip-search] [--profile]
 *
 * Builds a generated corpus (src/lib/gen-corpus.ts) the way `npm run build`
 * does — extract, astro build, Pagefind index, each step timed with its peak
 * RSS — and, in the same run, the plain-Astro baseline (bench/baseline/: the
 * same articles as plain Markdown, stock glob() loader, minimal template).
 * Prints a table and writes `bench/results/<YYYY-MM-DD>-<count>.json`.
 *
 * Everything happens under bench/tmp/<count>/ (gitignored): the corpus, the
 * generated articles, both sites and their Astro caches, one log per step
 * (every output line stamped with its time since the step started).
 * `--profile` also writes V8 CPU profiles of extract and astro build there
 * and prints where their time goes (see bench/profile-summary.ts).
 *
 * Peak RSS is the larger of GNU time's "Maximum resident set size" (the
 * largest single process of the step, when /usr/bin/time exists) and the
 * sampled sum over the step's process tree (/proc, every 100 ms).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseArticleFile } from '../src/lib/article-file';
import { extractArticle } from '../src/lib/article';
import { decodeSource } from '../src/lib/decode';
import { normalizeText } from '../src/lib/text';
import { generateCorpus, truthToJson } from '../src/lib/gen-corpus';
import { corpusDirs } from '../src/paths';
import { summarizeProfiles } from '../bench/profile-summary';
import { shardOfFolder } from '../src/lib/search/shards';
import { threadCpuMs } from './lib/thread-cpu';

const ROOT = process.cwd();
const TIME = '/usr/bin/time';
const HAVE_TIME = existsSync(TIME);
const ASTRO = path.join(ROOT, 'node_modules/.bin/astro');
const ASTRO_JS = path.join(ROOT, 'node_modules/astro/astro.js');

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: 'bench' },
    'skip-baseline': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'skip-rebuild': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
  console.error('bench: --count must be a whole number ≥ 1');
  process.exit(2);
}

const work = path.join(ROOT, 'bench/tmp', String(count));
const dirs = {
  corpus: path.join(work, 'corpus'),
  sources: path.join(work, 'corpus/sources'),
  truth: path.join(work, 'corpus/truth'),
  articles: path.join(work, 'articles'),
  overrides: path.join(work, 'overrides'),
  dist: path.join(work, 'dist'),
  astroCache: path.join(work, 'astro-cache'),
  baselineMd: path.join(work, 'baseline-md'),
  baselineDist: path.join(work, 'baseline-dist'),
  baselineCache: path.join(work, 'baseline-cache'),
  logs: path.join(work, 'logs'),
  prof: path.join(work, 'prof'),
};
const solieuEnv = { SOLIEU_SOURCES: dirs.sources, SOLIEU_ARTICLES: dirs.articles, SOLIEU_OVERRIDES: dirs.overrides };
const astroConfig = path.join(work, 'astro.config.mjs');
/** Astro joins `--config` to its root, so it must be relative. */
const astroConfigArg = path.relative(ROOT, astroConfig);

// --- measuring a step ---------------------------------------------------------

interface Step {
  label: string;
  seconds: number;
  /** GNU time's maximum resident set size of the step (largest single process), MB. */
  maxRssMb: number | null;
  /** Peak of the summed RSS of the step's whole process tree, sampled every 100 ms, MB. */
  treeRssMb: number;
  /** User + system CPU seconds of the step (GNU time), null without it. Less sensitive than wall time to a busy machine. */
  cpuS: number | null;
  /** Share of one core the step got while it ran (GNU time's "Percent of CPU"). */
  cpuPercent: number | null;
  /** Output lines with their time (s) since the step started. */
  lines: { t: number; line: string }[];
  /** Process-tree RSS samples: [seconds since start, MB]. */
  rss: [number, number][];
}

const PAGE = 4096;

/** RSS (bytes) of `root` and all its descendants, from /proc. */
async function treeRss(root: number): Promise<number> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return 0;
  }
  await Promise.all(
    entries
      .filter((e) => /^\d+$/.test(e))
      .map(async (e) => {
        try {
          const s = await readFile(`/proc/${e}/stat`, 'utf8');
          const fields = s.slice(s.lastIndexOf(')') + 2).split(' ');
          const pid = Number(e);
          const ppid = Number(fields[1]);
          rss.set(pid, Number(fields[21]) * PAGE);
          const list = children.get(ppid) ?? [];
          list.push(pid);
          children.set(ppid, list);
        } catch {
          // the process ended meanwhile
        }
      }),
  );
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command, timing it and sampling its memory; exits the bench if it fails. */
async function run(label: string, command: string, args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<Step> {
  await mkdir(dirs.logs, { recursive: true });
  const statsFile = path.join(dirs.logs, `${label}.time`);
  const logFile = path.join(dirs.logs, `${label}.log`);
  const log = createWriteStream(logFile);
  const argv = HAVE_TIME ? [TIME, '-v', '-o', statsFile, command, ...args] : [command, ...args];
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd, env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Step['lines'] = [];
  const onData = (prefix: string) => {
    let pending = '';
    return (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const parts = pending.split('\n');
      pending = parts.pop()!;
      const t = (performance.now() - started) / 1000;
      for (const raw of parts) {
        const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
        lines.push({ t, line });
        log.write(`${t.toFixed(3).padStart(9)} ${prefix}${line}\n`);
      }
    };
  };
  child.stdout.on('data', onData(''));
  child.stderr.on('data', onData('! '));
  let treePeak = 0;
  const rss: [number, number][] = [];
  const sampler = setInterval(async () => {
    if (!child.pid) return;
    const bytes = await treeRss(child.pid);
    treePeak = Math.max(treePeak, bytes);
    rss.push([(performance.now() - started) / 1000, bytes / 2 ** 20]);
  }, 100);
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  log.end();
  let maxRssMb: number | null = null;
  let cpuS: number | null = null;
  let cpuPercent: number | null = null;
  if (HAVE_TIME && existsSync(statsFile)) {
    const stats = await readFile(statsFile, 'utf8');
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stats)?.[1];
    if (kb) maxRssMb = Number(kb) / 1024;
    const user = /User time \(seconds\): ([\d.]+)/.exec(stats)?.[1];
    const sys = /System time \(seconds\): ([\d.]+)/.exec(stats)?.[1];
    if (user && sys) cpuS = Number(user) + Number(sys);
    const percent = /Percent of CPU this job got: (\d+)%/.exec(stats)?.[1];
    if (percent) cpuPercent = Number(percent);
  }
  if (code !== 0) {
    console.error(`bench: ${label} failed (exit ${code}); last lines of ${path.relative(ROOT, logFile)}:`);
    for (const { line } of lines.slice(-30)) console.error(`  ${line}`);
    process.exit(1);
  }
  const step = { label, seconds, maxRssMb, treeRssMb: treePeak / 2 ** 20, cpuS, cpuPercent, lines, rss };
  const cpu = cpuS === null ? '' : `  ${cpuS.toFixed(1).padStart(7)} s CPU (${cpuPercent}% of a core)`;
  console.log(`bench: ${label.padEnd(22)} ${seconds.toFixed(1).padStart(7)} s  ${fmtMb(peakOf(step)).padStart(8)} MB${cpu}`);
  return step;
}

/**
 * The step's peak RSS: the larger of GNU time's figure (its largest single
 * process) and the sampled sum over its process tree. GNU time alone misses
 * children that are not waited for, such as the Pagefind binary of `index`.
 */
function peakOf(step: Step): number {
  return Math.max(step.maxRssMb ?? 0, step.treeRssMb);
}

function fmtMb(mb: number): string {
  return mb.toFixed(0);
}

async function du(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) total += (await stat(path.join(e.parentPath, e.name))).size;
  }
  return total;
}

async function countFiles(dir: string, predicate: (rel: string) => boolean): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((rel) => predicate(rel.split(path.sep).join('/'))).length;
}

/** The first line matching `re`, its time in the step. */
function mark(step: Step, re: RegExp): number | undefined {
  return step.lines.find((l) => re.test(l.line))?.t;
}

/** When the step's memory peaked, and the last thing it had logged by then: which stage holds the memory. */
function memoryPeak(step: Step): { at_s: number; mb: number; after_line: string } | null {
  let best: [number, number] | undefined;
  for (const sample of step.rss) if (!best || sample[1] > best[1]) best = sample;
  if (!best) return null;
  const before = step.lines.filter((l) => l.t <= best[0] && l.line.trim() !== '').pop();
  return { at_s: Math.round(best[0] * 10) / 10, mb: Math.round(best[1]), after_line: before?.line.trim().slice(0, 120) ?? '' };
}

/** The RSS timeline of a step, downsampled to about `n` points: [seconds, MB]. */
function timeline(step: Step, n = 60): [number, number][] {
  const every = Math.max(1, Math.ceil(step.rss.length / n));
  return step.rss.filter((_, i) => i % every === 0).map(([t, mb]) => [Math.round(t * 10) / 10, Math.round(mb)]);
}

/** The stages of an `astro build` step as time windows, for splitting its CPU profile. */
function stageWindows(step: Step): { name: string; from: number; to: number }[] {
  const syncStart = mark(step, /Syncing content/);
  const syncEnd = mark(step, /Synced content/);
  const viteStart = mark(step, /Building static entrypoints/);
  const routesStart = mark(step, /generating static routes/);
  const routesEnd = routesStart === undefined ? undefined : step.lines.find((l) => l.t >= routesStart && /✓ Completed in/.test(l.line))?.t;
  const windows: { name: string; from: number; to: number }[] = [];
  const add = (name: string, from: number | undefined, to: number | undefined) => {
    if (from !== undefined && to !== undefined && to > from) windows.push({ name, from, to });
  };
  add('startup', 0, syncStart);
  add('content sync', syncStart, syncEnd);
  add('vite bundle', viteStart, routesStart);
  add('render routes', routesStart, routesEnd);
  add('after routes', routesEnd, step.seconds);
  return windows;
}

/**
 * Where `astro build` spends its time, per process: one set of stages, or
 * one per part of a split build (scripts/astro-build.ts prefixes each line
 * with `[articles] ` or `[corpus] `).
 */
function astroStagesByPart(step: Step): Record<string, Record<string, number | null>> {
  const parts = ['articles', 'corpus'].filter((p) => step.lines.some((l) => l.line.startsWith(`[${p}] `)));
  if (parts.length === 0) return { all: astroStages(step) };
  return Object.fromEntries(parts.map((p) => [p, astroStages({ ...step, lines: step.lines.filter((l) => l.line.startsWith(`[${p}] `)) })]));
}

/** Where `astro build` spends its time, from its own log lines (seconds since start). */
function astroStages(step: Step): Record<string, number | null> {
  const syncStart = mark(step, /Syncing content/);
  const syncEnd = mark(step, /Synced content/);
  const viteStart = mark(step, /Building static entrypoints/);
  const routesStart = mark(step, /generating static routes/);
  const routesEnd = routesStart === undefined ? undefined : step.lines.find((l) => l.t >= routesStart && /✓ Completed in/.test(l.line))?.t;
  const complete = mark(step, /\[build\] Complete!/);
  const round = (x: number | undefined) => (x === undefined ? null : Math.round(x * 100) / 100);
  const between = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? round(b - a) : null);
  return {
    startup_s: round(syncStart),
    content_sync_s: between(syncStart, syncEnd),
    until_bundle_s: between(syncEnd, viteStart),
    vite_bundle_s: between(viteStart, routesStart),
    render_routes_s: between(routesStart, routesEnd),
    after_routes_s: between(routesEnd, complete),
    total_s: round(step.seconds),
  };
}

// --- the run ------------------------------------------------------------------

async function generate(): Promise<{ bytes: number; figures: number }> {
  await rm(dirs.corpus, { recursive: true, force: true });
  await mkdir(dirs.sources, { recursive: true });
  await mkdir(dirs.truth, { recursive: true });
  let bytes = 0;
  let figures = 0;
  for (const a of generateCorpus(count, values.seed)) {
    await writeFile(path.join(dirs.sources, `${a.name}.txt`), a.text);
    await writeFile(path.join(dirs.truth, `${a.name}.truth.json`), truthToJson(a.figures));
    bytes += Buffer.byteLength(a.text);
    figures += a.figures.length;
  }
  return { bytes, figures };
}

/**
 * Extraction throughput on one core, in this process, over up to 6 MB of
 * sources read as `extract` reads them: MB per CPU second (what one core does,
 * whatever else the machine runs) and per wall second; and, when
 * scripts/bench-extract.ts is there, its per-stage breakdown on 2 MB.
 */
async function throughput(): Promise<{ mbPerCpuS: number; mbPerMainThreadS: number | undefined; mbPerWallS: number; mb: number; stages: unknown }> {
  const files = (await readdir(dirs.sources)).sort();
  const texts: string[] = [];
  let bytes = 0;
  for (const f of files) {
    if (bytes > 6e6) break;
    const text = normalizeText(decodeSource(await readFile(path.join(dirs.sources, f))));
    texts.push(text);
    bytes += Buffer.byteLength(text);
  }
  // Steady state, as in `extract`, where each worker goes through thousands of articles: one pass to warm
  // the JIT up, then the median of three passes (a single pass after 50 articles counted V8's background
  // threads still compiling the extractor: 2.9 MB per process CPU second, against 6.1 in steady state on the
  // same 6 MB of 10,000 generated articles; bench/README.md, session 6).
  for (const t of texts) extractArticle(t);
  const passes: { wall: number; cpu: number; main: number | undefined }[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const cpu0 = process.cpuUsage();
    const main0 = threadCpuMs();
    const wall0 = performance.now();
    for (const t of texts) extractArticle(t);
    const wall = (performance.now() - wall0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const main1 = threadCpuMs();
    passes.push({ wall, cpu: (cpu.user + cpu.system) / 1e6, main: main0 !== undefined && main1 !== undefined ? (main1 - main0) / 1000 : undefined });
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  const wall = median(passes.map((p) => p.wall));
  const cpuSeconds = median(passes.map((p) => p.cpu));
  const mainSeconds = passes.every((p) => p.main !== undefined) ? median(passes.map((p) => p.main!)) : undefined;
  let stages: unknown = null;
  const benchExtractFile = path.join(ROOT, 'scripts/bench-extract.ts');
  if (existsSync(benchExtractFile)) {
    const mod = (await import(pathToFileURL(benchExtractFile).href)) as { benchExtractDetailed?: (texts: string[], runs?: number) => unknown };
    let sampleBytes = 0;
    const sample = texts.filter((t) => (sampleBytes += Buffer.byteLength(t)) <= 2e6);
    if (mod.benchExtractDetailed) stages = mod.benchExtractDetailed(sample, 3);
  }
  const mbPerMainThreadS = mainSeconds ? bytes / 1e6 / mainSeconds : undefined;
  return { mbPerCpuS: bytes / 1e6 / cpuSeconds, mbPerMainThreadS, mbPerWallS: bytes / 1e6 / wall, mb: bytes / 1e6, stages };
}

/** The baseline's input: each generated article as plain Markdown, title only in the frontmatter. */
async function writeBaselineMarkdown(): Promise<void> {
  await rm(dirs.baselineMd, { recursive: true, force: true });
  await mkdir(dirs.baselineMd, { recursive: true });
  for (const file of await readdir(dirs.articles)) {
    if (!file.endsWith('.md')) continue;
    const { frontmatter, body } = parseArticleFile(await readFile(path.join(dirs.articles, file), 'utf8'));
    const title = (frontmatter as { meta: { title: string } }).meta.title;
    await writeFile(path.join(dirs.baselineMd, file), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}`);
  }
}

/** Bytes an article page needs: its HTML, and the CSS and JS it links. */
async function pageWeight(slug: string, figureIds: string[]): Promise<Record<string, number | boolean>> {
  const file = path.join(dirs.dist, 'bai', slug, 'index.html');
  const html = await readFile(file, 'utf8');
  const refs = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!).filter((href) => href.startsWith('/'));
  const css = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).concat(refs(/<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g));
  const js = refs(/<script[^>]+src="([^"]+)"/g).concat(refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g));
  const size = async (urls: string[]) => {
    let total = 0;
    for (const u of new Set(urls)) {
      const p = path.join(dirs.dist, decodeURIComponent(u.split('?')[0]!));
      if (existsSync(p)) total += (await stat(p)).size;
    }
    return total;
  };
  const jsBytes = await size(js);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].filter((m) => !/type="application\/(?:ld\+)?json"/.test(m[0])).length;
  // Readable without JS when every figure is highlighted in the static HTML.
  const readable = figureIds.every((id) => html.includes(`id="${id}"`));
  return {
    html_bytes: Buffer.byteLength(html),
    css_bytes: await size(css),
    js_bytes: jsBytes,
    inline_scripts: inlineScripts,
    readable_without_js: readable,
    js_needed_to_read_bytes: readable ? 0 : jsBytes,
  };
}

/** Changes one digit of the first figure of the first source: a real one-article edit. */
async function changeOneSource(): Promise<string> {
  const file = path.join(dirs.sources, (await readdir(dirs.sources)).sort()[0]!);
  const truth = JSON.parse(await readFile(path.join(dirs.truth, path.basename(file).replace(/\.txt$/, '.truth.json')), 'utf8')) as { start: number; end: number; text: string }[];
  const text = await readFile(file, 'utf8');
  const f = truth[0]!;
  const at = f.start + f.text.search(/[1-8]/);
  await writeFile(file, text.slice(0, at) + String(Number(text[at]) + 1) + text.slice(at + 1));
  return path.basename(file);
}

/** The commit measured: BENCH_COMMIT (set when benching an exported snapshot), else git's HEAD, marked when the tree differs. */
function commitOf(): string | null {
  if (process.env.BENCH_COMMIT) return process.env.BENCH_COMMIT;
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  if (head.status !== 0) return null;
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no', '--', 'src', 'scripts', 'astro.config.mjs'], { cwd: ROOT, encoding: 'utf8' });
  return `${head.stdout.trim()}${dirty.stdout.trim() ? '+uncommitted' : ''}`;
}

async function versionOf(pkg: string): Promise<string> {
  return (JSON.parse(await readFile(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

async function main(): Promise<void> {
  const startedAll = performance.now();
  const load0 = os.loadavg();
  console.log(`bench: ${count} articles, seed ${JSON.stringify(values.seed)}, in ${path.relative(ROOT, work)}; ${os.cpus().length} cores, load ${load0.map((l) => l.toFixed(1)).join(' ')}`);
  if (!HAVE_TIME) console.log('bench: /usr/bin/time is missing (Debian package `time`); peak RSS is the sampled process-tree sum');

  // An earlier run's work folder (1.5 GB, 80,000 files at 10,000 articles) is not there on a fresh clone: its
  // removal is timed apart, so that the whole bench's time is what a fresh clone takes.
  const cleanupStarted = performance.now();
  await rm(work, { recursive: true, force: true });
  const cleanupSeconds = (performance.now() - cleanupStarted) / 1000;
  await mkdir(dirs.overrides, { recursive: true });
  await writeFile(
    astroConfig,
    `// Generated by scripts/bench.ts: the site's own config with the bench's output and cache folders (one cache per build part).\n` +
      `import base from ${JSON.stringify(path.join(ROOT, 'astro.config.mjs'))};\n` +
      `const part = process.env.SOLIEU_BUILD_PART ? '-' + process.env.SOLIEU_BUILD_PART : '';\n` +
      `export default { ...base, outDir: ${JSON.stringify(dirs.dist)}, cacheDir: ${JSON.stringify(dirs.astroCache)} + part };\n`,
  );
  const gen = await generate();
  console.log(`bench: generated ${count} sources, ${(gen.bytes / 1e6).toFixed(1)} MB, ${gen.figures} figures`);

  const tp = await throughput();
  console.log(`bench: extraction ${tp.mbPerCpuS.toFixed(2)} MB per CPU second on one core (${tp.mbPerWallS.toFixed(2)} MB per wall second; ${tp.mb.toFixed(1)} MB, in process)`);

  // The extract cache and the loader's rendered-body cache live outside the work folder; start cold.
  await rm(corpusDirs({ ...process.env, ...solieuEnv }).cacheFile, { force: true });
  const loader = (await import('../src/loaders/articles')) as { renderedCacheDir?: (dir: string) => string };
  if (loader.renderedCacheDir) await rm(loader.renderedCacheDir(dirs.articles), { recursive: true, force: true });
  // … and so does the index's cache of unchanged shards (scripts/lib/index-cache.ts), which the rebuild then uses
  const indexer = (await import('./index')) as { indexCacheDir?: (dir: string, root?: string) => string };
  if (indexer.indexCacheDir) await rm(indexer.indexCacheDir(dirs.dist, ROOT), { recursive: true, force: true });
  // With --profile, the cold extract and build run under `node --cpu-prof` (not allowed in NODE_OPTIONS).
  const prof = (name: string) => ['--cpu-prof', `--cpu-prof-dir=${path.join(dirs.prof, name)}`];
  const extract = values.profile
    ? await run('extract', process.execPath, [...prof('extract'), '--import', 'tsx', 'scripts/extract.ts', '--quiet'], solieuEnv)
    : await run('extract', process.execPath, ['--import', 'tsx', 'scripts/extract.ts', '--quiet'], solieuEnv);
  const extractUnchanged = await run('extract-unchanged', process.execPath, ['--import', 'tsx', 'scripts/extract.ts', '--quiet'], solieuEnv);
  // The site's build: scripts/astro-build.ts (split in two processes on a large corpus); profiled, one plain `astro build`.
  const siteBuild = ['--import', 'tsx', 'scripts/astro-build.ts', '--config', astroConfigArg, '--out', dirs.dist];
  const build = values.profile
    ? await run('astro-build', process.execPath, [...prof('astro-build'), ASTRO_JS, 'build', '--config', astroConfigArg], solieuEnv)
    : await run('astro-build', process.execPath, siteBuild, solieuEnv);
  const index = await run('index', process.execPath, ['--import', 'tsx', 'scripts/index.ts', '--dir', dirs.dist], solieuEnv);

  const articleFiles = (await readdir(dirs.articles)).filter((f) => f.endsWith('.md')).sort();
  const firstSlug = articleFiles[0]!.replace(/\.md$/, '');
  const firstData = parseArticleFile(await readFile(path.join(dirs.articles, articleFiles[0]!), 'utf8')).frontmatter as { figures: { id: string }[] };
  const weight = await pageWeight(firstSlug, firstData.figures.map((f) => f.id));
  const pages = await countFiles(dirs.dist, (rel) => rel.endsWith('.html') && !rel.startsWith('pagefind/'));
  const articlePages = await countFiles(path.join(dirs.dist, 'bai'), (rel) => rel.endsWith('index.html'));
  // the index and its other shards (`pagefind-2`, …)
  let indexBytes = 0;
  for (const name of await readdir(dirs.dist)) if (shardOfFolder(name) !== undefined) indexBytes += await du(path.join(dirs.dist, name));
  const distBytes = await du(dirs.dist);

  // Rebuild after changing one source: the whole pipeline again, caches warm.
  let changed: string | null = null;
  let reExtract: Step | undefined;
  let reBuild: Step | undefined;
  let reIndex: Step | undefined;
  if (!values['skip-rebuild']) {
    changed = await changeOneSource();
    reExtract = await run('rebuild-extract', process.execPath, ['--import', 'tsx', 'scripts/extract.ts', '--quiet'], solieuEnv);
    reBuild = await run('rebuild-astro-build', process.execPath, siteBuild, solieuEnv);
    reIndex = await run('rebuild-index', process.execPath, ['--import', 'tsx', 'scripts/index.ts', '--dir', dirs.dist], solieuEnv);
  }

  let baseline: Step | undefined;
  let baselinePages = 0;
  let baselineDistBytes = 0;
  if (!values['skip-baseline']) {
    await writeBaselineMarkdown();
    baseline = await run('baseline-astro-build', ASTRO, ['build', '--root', path.join(ROOT, 'bench/baseline')], {
      BENCH_BASELINE_CONTENT: dirs.baselineMd,
      BENCH_BASELINE_OUT: dirs.baselineDist,
      BENCH_BASELINE_CACHE: dirs.baselineCache,
    });
    baselinePages = await countFiles(dirs.baselineDist, (rel) => rel.endsWith('.html'));
    baselineDistBytes = await du(dirs.baselineDist);
  }

  let search: unknown = null;
  const benchSearchFile = path.join(ROOT, 'scripts/bench-search.ts');
  if (!values['skip-search'] && existsSync(benchSearchFile)) {
    try {
      const mod = (await import(pathToFileURL(benchSearchFile).href)) as { benchSearch?: (options: { dist: string; count: number }) => Promise<unknown> };
      if (typeof mod.benchSearch === 'function') search = await mod.benchSearch({ dist: dirs.dist, count });
    } catch (error) {
      search = { error: (error as Error).message };
    }
  }

  const pipeline = extract.seconds + build.seconds + index.seconds;
  const rebuild = reExtract && reBuild && reIndex ? reExtract.seconds + reBuild.seconds + reIndex.seconds : null;
  const peak = Math.max(peakOf(extract), peakOf(build), peakOf(index));
  const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
  const result = {
    count,
    seed: values.seed,
    date: new Date().toISOString().slice(0, 10),
    commit: commitOf(),
    node: process.version,
    astro: await versionOf('astro'),
    pagefind: await versionOf('pagefind'),
    cores: os.cpus().length,
    load_avg_start: load0.map((l) => round(l, 1)),
    load_avg_end: os.loadavg().map((l) => round(l, 1)),
    rss_method: HAVE_TIME ? 'max of /usr/bin/time -v (largest process) and the /proc process-tree sum sampled every 100 ms' : '/proc process-tree sum, sampled every 100 ms',
    source_mb: round(gen.bytes / 1e6),
    figures: gen.figures,
    extract_mb_per_s: round(tp.mbPerCpuS),
    extract_mb_per_main_thread_s: tp.mbPerMainThreadS === undefined ? null : round(tp.mbPerMainThreadS),
    extract_mb_per_wall_s: round(tp.mbPerWallS),
    extract_stages: tp.stages,
    extract_s: round(extract.seconds),
    extract_file_mb_per_s: round(gen.bytes / 1e6 / extract.seconds),
    extract_unchanged_s: round(extractUnchanged.seconds),
    build_s: round(build.seconds),
    index_s: round(index.seconds),
    pipeline_s: round(pipeline),
    extract_peak_rss_mb: round(peakOf(extract), 0),
    build_peak_rss_mb: round(peakOf(build), 0),
    index_peak_rss_mb: round(peakOf(index), 0),
    peak_rss_mb: round(peak, 0),
    tree_peak_rss_mb: { extract: round(extract.treeRssMb, 0), build: round(build.treeRssMb, 0), index: round(index.treeRssMb, 0), baseline: baseline ? round(baseline.treeRssMb, 0) : null },
    astro_stages: astroStagesByPart(build),
    build_memory_peak: memoryPeak(build),
    build_rss_timeline: timeline(build),
    baseline_s: baseline ? round(baseline.seconds) : null,
    baseline_peak_rss_mb: baseline ? round(peakOf(baseline), 0) : null,
    baseline_stages: baseline ? astroStages(baseline) : null,
    baseline_memory_peak: baseline ? memoryPeak(baseline) : null,
    baseline_pages: baseline ? baselinePages : null,
    baseline_dist_mb: baseline ? round(baselineDistBytes / 1e6, 1) : null,
    ratio_time: baseline ? round(pipeline / baseline.seconds) : null,
    ratio_build_only: baseline ? round(build.seconds / baseline.seconds) : null,
    ratio_rss: baseline ? round(peak / peakOf(baseline)) : null,
    cpu_s: HAVE_TIME
      ? {
          extract: round(extract.cpuS ?? 0),
          extract_unchanged: round(extractUnchanged.cpuS ?? 0),
          build: round(build.cpuS ?? 0),
          index: round(index.cpuS ?? 0),
          pipeline: round((extract.cpuS ?? 0) + (build.cpuS ?? 0) + (index.cpuS ?? 0)),
          baseline: baseline ? round(baseline.cpuS ?? 0) : null,
        }
      : null,
    cpu_percent: { extract: extract.cpuPercent, build: build.cpuPercent, index: index.cpuPercent, baseline: baseline?.cpuPercent ?? null },
    ratio_cpu: HAVE_TIME && baseline?.cpuS ? round(((extract.cpuS ?? 0) + (build.cpuS ?? 0) + (index.cpuS ?? 0)) / baseline.cpuS) : null,
    rebuild_one_changed: changed,
    rebuild_one_s: rebuild === null ? null : round(rebuild),
    rebuild_one_steps_s: reExtract && reBuild && reIndex ? { extract: round(reExtract.seconds), build: round(reBuild.seconds), index: round(reIndex.seconds) } : null,
    rebuild_one_cpu_s: reExtract?.cpuS != null && reBuild?.cpuS != null && reIndex?.cpuS != null ? round(reExtract.cpuS + reBuild.cpuS + reIndex.cpuS) : null,
    rebuild_ratio: rebuild === null ? null : round(rebuild / pipeline),
    pages,
    article_pages: articlePages,
    dist_mb: round(distBytes / 1e6, 1),
    index_mb: round(indexBytes / 1e6, 1),
    article_page: { slug: firstSlug, ...weight },
    search,
    bench_total_s: round((performance.now() - startedAll) / 1000 - cleanupSeconds, 1),
    bench_cleanup_s: round(cleanupSeconds, 1),
  };

  const table: [string, string, string][] = [
    ['step', 'time', 'peak RSS'],
    ['extraction, one core', `${result.extract_mb_per_s} MB/s`, result.extract_mb_per_main_thread_s === null ? '' : `main thread ${result.extract_mb_per_main_thread_s} MB/s`],
    ['extract (cold)', `${result.extract_s} s`, `${result.extract_peak_rss_mb} MB`],
    ['extract (unchanged)', `${result.extract_unchanged_s} s`, `${round(peakOf(extractUnchanged), 0)} MB`],
    ['astro build', `${result.build_s} s`, `${result.build_peak_rss_mb} MB`],
    ['pagefind index', `${result.index_s} s`, `${result.index_peak_rss_mb} MB`],
    ['pipeline (extract+build+index)', `${result.pipeline_s} s`, `${result.peak_rss_mb} MB`],
    ['baseline: plain astro build', result.baseline_s === null ? '—' : `${result.baseline_s} s`, result.baseline_peak_rss_mb === null ? '—' : `${result.baseline_peak_rss_mb} MB`],
    ['ratio solieu / baseline', result.ratio_time === null ? '—' : `${result.ratio_time}`, result.ratio_rss === null ? '—' : `${result.ratio_rss}`],
    ['CPU s: pipeline / baseline', result.cpu_s ? `${result.cpu_s.pipeline} / ${result.cpu_s.baseline ?? '—'}` : '—', result.ratio_cpu === null ? '' : `ratio ${result.ratio_cpu}`],
    ['rebuild after 1 change', result.rebuild_one_s === null ? '—' : `${result.rebuild_one_s} s (${Math.round(result.rebuild_ratio! * 100)}% of cold)`, result.rebuild_one_cpu_s === null ? '' : `${result.rebuild_one_cpu_s} CPU s`],
  ];
  const w0 = Math.max(...table.map((r) => r[0].length));
  const w1 = Math.max(...table.map((r) => r[1].length));
  console.log('');
  for (const [a, b, c] of table) console.log(`  ${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
  console.log(
    `\n  ${pages} pages (${articlePages} articles), dist ${result.dist_mb} MB, index ${result.index_mb} MB; article page ` +
      `${weight.html_bytes} B HTML + ${weight.css_bytes} B CSS + ${weight.js_bytes} B JS (JS needed to read: ${weight.js_needed_to_read_bytes})`,
  );
  if (search) console.log(`  search: ${JSON.stringify(search)}`);

  if (values.profile) {
    for (const name of ['extract', 'astro-build']) {
      const dir = path.join(dirs.prof, name);
      if (!existsSync(dir)) continue;
      const windows = name === 'astro-build' ? stageWindows(build) : [];
      const text = await summarizeProfiles(dir, 25, windows);
      await writeFile(path.join(dirs.prof, `${name}.txt`), `${text}\n`);
      console.log(`\nprofile of ${name} (${path.relative(ROOT, dir)}):\n${text}`);
    }
  }

  const out = path.join(ROOT, 'bench/results', `${result.date}-${count}.json`);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nbench: wrote ${path.relative(ROOT, out)} (whole bench ${result.bench_total_s} s, and ${result.bench_cleanup_s} s before it removing an earlier run's work folder)`);
}

await main();

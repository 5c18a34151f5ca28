/**
 * Micro-benchmark of the extractor, stage by stage, on one core (this process).
 *
 *     node --import tsx scripts/bench-extract.ts [DIR] [--runs N]
 *     node --import tsx scripts/bench-extract.ts --generated N [--seed S] [--max-mb M] [--runs N]
 *
 * DIR defaults to the Dân Trí test corpus (../shared/corpus/dantri) when it is
 * there, else a corpus made by src/lib/gen-corpus.ts. `--generated N` measures
 * the generated corpus as scripts/bench.ts does (`generateCorpus(N, seed)`,
 * seed `bench` by default, the first 6 MB of it): first one pass after a
 * 50-article warm-up, timed per stage in CPU time ("first pass": what
 * bench.ts reports, JIT compilation on V8's background threads included, as
 * process CPU time counts every thread), then the warm runs below. `--max-mb`
 * changes the 6 MB (`--max-mb 1000 --runs 1`: one first pass over the whole
 * corpus, which is what one worker of `extract` sees). Sources are decoded and
 * normalised as `extract` does; that reading is not timed. Each stage of
 * `extractArticle` (metadata, figures, awards, models, acronyms, ids) is timed
 * over the whole corpus, after a warm-up pass, and the median of several runs
 * is printed as MB/s of raw (UTF-8) source text, with the best run, the
 * median in CPU time of the process, and the load average beside them: on a
 * shared machine the wall clock counts time spent waiting for a core, so
 * read the numbers with the load, and prefer the CPU-time column when the
 * load is high. (Models get the acronyms from the acronym stage, as
 * `extractArticle` gives them.)
 *
 * `benchExtract(texts)` is the same measurement as a function, for
 * scripts/bench.ts.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { extractAcronyms } from '../src/lib/acronyms';
import { extractArticle } from '../src/lib/article';
import { extractAwards } from '../src/lib/awards';
import { decodeSource } from '../src/lib/decode';
import { extractFigures } from '../src/lib/figures';
import { generateCorpus } from '../src/lib/gen-corpus';
import { assignIds } from '../src/lib/ids';
import { readMeta } from '../src/lib/meta';
import { extractModels } from '../src/lib/models';
import { normalizeText } from '../src/lib/text';
import { threadCpuMs } from './lib/thread-cpu';

export const STAGES = ['meta', 'figures', 'awards', 'models', 'acronyms', 'ids'] as const;
export type Stage = (typeof STAGES)[number];

export interface BenchResult {
  /** extractArticle as a whole: MB of raw text per second (median of the runs). */
  mbPerS: number;
  /** Each stage alone, MB/s (median of the runs). */
  stages: Record<string, number>;
}

export interface BenchDetail extends BenchResult {
  /** Best run (the least disturbed by other processes), MB/s. */
  best: { mbPerS: number; stages: Record<string, number> };
  /** Median run in CPU time of this process instead of wall time, MB/s. */
  cpu: { mbPerS: number; stages: Record<string, number> };
  mb: number;
  texts: number;
  runs: number;
  /** 1-minute load average before and after the measurement. */
  load: [number, number];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

type Clock = () => number;
/** Wall-clock milliseconds. */
const wall: Clock = () => performance.now();
/** CPU milliseconds of this process (user + system): less disturbed than the wall clock when other processes want the cores. */
const cpu: Clock = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** One pass of the stages over every text; milliseconds spent in each stage. */
function timeStages(texts: readonly string[], clock: Clock): Record<Stage, number> {
  const ms: Record<Stage, number> = { meta: 0, figures: 0, awards: 0, models: 0, acronyms: 0, ids: 0 };
  for (const text of texts) {
    let t = clock();
    const meta = readMeta(text);
    const body = text.slice(meta.bodyStart);
    let now = clock();
    ms.meta += now - t;
    t = now;
    const figures = extractFigures(body);
    now = clock();
    ms.figures += now - t;
    t = now;
    extractAwards(body, figures);
    now = clock();
    ms.awards += now - t;
    t = now;
    const acronyms = extractAcronyms(body);
    now = clock();
    ms.acronyms += now - t;
    t = now;
    extractModels(body, figures, acronyms);
    now = clock();
    ms.models += now - t;
    t = now;
    assignIds(text, figures);
    ms.ids += clock() - t;
  }
  return ms;
}

/** One pass of extractArticle over every text, in milliseconds. */
function timeWhole(texts: readonly string[], clock: Clock): number {
  const t = clock();
  for (const text of texts) extractArticle(text);
  return clock() - t;
}

/**
 * Measures extraction throughput on normalised source texts: a warm-up pass,
 * then `runs` timed passes of each stage and of extractArticle as a whole.
 */
export function benchExtractDetailed(texts: readonly string[], runs = 5): BenchDetail {
  const load0 = loadavg()[0]!;
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  // Warm-up: let the JIT compile the hot paths before anything is timed.
  timeStages(texts, wall);
  timeWhole(texts, wall);
  const stageRuns: Record<Stage, number>[] = [];
  const wholeRuns: number[] = [];
  const cpuStageRuns: Record<Stage, number>[] = [];
  const cpuWholeRuns: number[] = [];
  for (let r = 0; r < runs; r++) {
    stageRuns.push(timeStages(texts, wall));
    wholeRuns.push(timeWhole(texts, wall));
    cpuStageRuns.push(timeStages(texts, cpu));
    cpuWholeRuns.push(timeWhole(texts, cpu));
  }
  const rate = (ms: number) => (ms > 0 ? mb / (ms / 1000) : Infinity);
  const stages: Record<string, number> = {};
  const bestStages: Record<string, number> = {};
  const cpuStages: Record<string, number> = {};
  for (const s of STAGES) {
    const times = stageRuns.map((r) => r[s]);
    stages[s] = rate(median(times));
    bestStages[s] = rate(Math.min(...times));
    cpuStages[s] = rate(median(cpuStageRuns.map((r) => r[s])));
  }
  return {
    mbPerS: rate(median(wholeRuns)),
    stages,
    best: { mbPerS: rate(Math.min(...wholeRuns)), stages: bestStages },
    cpu: { mbPerS: rate(median(cpuWholeRuns)), stages: cpuStages },
    mb,
    texts: texts.length,
    runs,
    load: [load0, loadavg()[0]!],
  };
}

/** Extraction throughput for scripts/bench.ts: MB/s overall and per stage (medians). */
export function benchExtract(texts: string[]): BenchResult {
  const { mbPerS, stages } = benchExtractDetailed(texts);
  return { mbPerS, stages };
}

/**
 * The measurement of scripts/bench.ts: a 50-article warm-up, then ONE pass of the
 * stages over `texts`, in CPU time of the process. Only meaningful as the first
 * measurement in a fresh process (later passes run code V8 has already compiled).
 */
export function firstPassStages(texts: readonly string[]): { mbPerS: number; stages: Record<string, number>; mainThreadMbPerS?: number } {
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  for (const t of texts.slice(0, 50)) extractArticle(t);
  const main0 = threadCpuMs();
  const ms = timeStages(texts, cpu);
  const main1 = threadCpuMs();
  const total = STAGES.reduce((n, s) => n + ms[s], 0);
  const stages: Record<string, number> = {};
  for (const s of STAGES) stages[s] = mb / (ms[s] / 1000);
  const result: ReturnType<typeof firstPassStages> = { mbPerS: mb / (total / 1000), stages };
  if (main0 !== undefined && main1 !== undefined) result.mainThreadMbPerS = mb / ((main1 - main0) / 1000);
  return result;
}

/** Normalised texts of the first `maxBytes` of `generateCorpus(count, seed)`, read as scripts/bench.ts reads its sources. */
export function generatedTexts(count: number, seed: string, maxBytes = 6e6): string[] {
  const texts: string[] = [];
  let bytes = 0;
  for (const a of generateCorpus(count, seed)) {
    if (bytes > maxBytes) break;
    const text = normalizeText(decodeSource(Buffer.from(a.text)));
    texts.push(text);
    bytes += Buffer.byteLength(text);
  }
  return texts;
}

/** Decoded, normalised texts of every `.txt` file under `dir` (as `extract` reads them). */
export function readCorpus(dir: string): string[] {
  const texts: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const file = path.join(d, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.txt')) texts.push(normalizeText(decodeSource(readFileSync(file))));
    }
  };
  walk(dir);
  return texts;
}

function main(): void {
  const { values, positionals } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      count: { type: 'string', default: '300' },
      generated: { type: 'string' },
      seed: { type: 'string', default: 'bench' },
      'max-mb': { type: 'string', default: '6' },
    },
    allowPositionals: true,
  });
  const runs = Number(values.runs);
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dantri = path.resolve(repo, '../shared/corpus/dantri');
  let label: string;
  let texts: string[];
  let first: ReturnType<typeof firstPassStages> | undefined;
  if (values.generated) {
    const count = Number(values.generated);
    const maxMb = Number(values['max-mb']);
    texts = generatedTexts(count, values.seed, maxMb * 1e6);
    label = `generateCorpus(${count}, ${JSON.stringify(values.seed)}), first ${texts.length} articles (up to ${maxMb} MB; scripts/bench.ts takes 6)`;
    first = firstPassStages(texts);
  } else if (positionals[0]) {
    label = positionals[0];
    texts = readCorpus(positionals[0]);
  } else if (existsSync(dantri)) {
    label = '../shared/corpus/dantri';
    texts = readCorpus(dantri);
  } else {
    const count = Number(values.count);
    label = `${count} generated articles (src/lib/gen-corpus.ts)`;
    texts = [...generateCorpus(count, 'bench-extract')].map((a) => normalizeText(a.text));
  }
  if (texts.length === 0) {
    console.error(`bench-extract: no .txt files in ${label}`);
    process.exitCode = 1;
    return;
  }
  const r = benchExtractDetailed(texts, runs);
  const fmt = (x: number) => x.toFixed(1).padStart(8);
  console.log(`corpus: ${label} — ${r.texts} texts, ${r.mb.toFixed(2)} MB; ${r.runs} runs after a warm-up; node ${process.version}`);
  console.log(`load average (1 min): ${r.load[0].toFixed(2)} before, ${r.load[1].toFixed(2)} after`);
  console.log(`MB/s of raw text (wall clock: median and best run; CPU time of this process: median run)`);
  console.log(`${'stage'.padEnd(16)}${'median'.padStart(8)}${'best'.padStart(8)}${'cpu'.padStart(8)}`);
  for (const s of STAGES) console.log(`${s.padEnd(16)}${fmt(r.stages[s]!)}${fmt(r.best.stages[s]!)}${fmt(r.cpu.stages[s]!)}`);
  console.log(`${'extractArticle'.padEnd(16)}${fmt(r.mbPerS)}${fmt(r.best.mbPerS)}${fmt(r.cpu.mbPerS)}`);
  if (first) {
    console.log(`first pass after a 50-article warm-up, MB/s CPU (scripts/bench.ts's measurement; run again for a median):`);
    console.log(`  ${STAGES.map((s) => `${s} ${first.stages[s]!.toFixed(1)}`).join(', ')}; all stages ${first.mbPerS.toFixed(2)}`);
    if (first.mainThreadMbPerS !== undefined) console.log(`  the same pass in CPU time of the main thread alone (no background JIT compilation): ${first.mainThreadMbPerS.toFixed(2)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

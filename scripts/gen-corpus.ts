/**
 * `npm run gen-corpus -- --count N --out DIR [--seed S]`
 *
 * Writes N synthetic articles (see src/lib/gen-corpus.ts) as
 * `DIR/sources/gen-00001.txt` … and their ground truth as
 * `DIR/truth/gen-00001.truth.json` (kept apart so the extractor, pointed at
 * `DIR/sources`, never reads them). Files of an earlier, larger run that this
 * run does not produce are removed; unchanged files are not rewritten.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, truthToJson } from '../src/lib/gen-corpus';

function usage(message?: string): never {
  if (message) console.error(`gen-corpus: ${message}`);
  console.error('usage: npm run gen-corpus -- --count N --out DIR [--seed S]');
  process.exit(2);
}

let values: { count?: string; out?: string; seed?: string };
try {
  ({ values } = parseArgs({ options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } } }));
} catch (error) {
  usage((error as Error).message);
}
const count = Number(values.count);
if (!values.count || !Number.isInteger(count) || count < 0) usage('--count must be a whole number ≥ 0');
if (!values.out) usage('--out DIR is required');
const seed = values.seed ?? 'solieu';
const out = resolve(values.out);
const sourcesDir = join(out, 'sources');
const truthDir = join(out, 'truth');
mkdirSync(sourcesDir, { recursive: true });
mkdirSync(truthDir, { recursive: true });

/** Writes a file unless it already holds exactly these contents. */
function writeIfChanged(path: string, contents: string): boolean {
  try {
    if (readFileSync(path, 'utf8') === contents) return false;
  } catch {
    // missing: write it
  }
  writeFileSync(path, contents);
  return true;
}

const started = performance.now();
const keep = new Set<string>();
let bytes = 0;
let figures = 0;
let written = 0;
for (const article of generateCorpus(count, seed)) {
  const source = `${article.name}.txt`;
  const truth = `${article.name}.truth.json`;
  keep.add(source).add(truth);
  if (writeIfChanged(join(sourcesDir, source), article.text)) written++;
  writeIfChanged(join(truthDir, truth), truthToJson(article.figures));
  bytes += Buffer.byteLength(article.text);
  figures += article.figures.length;
}
let removed = 0;
for (const dir of [sourcesDir, truthDir]) {
  for (const file of readdirSync(dir)) {
    if (/^gen-\d+\.(?:txt|truth\.json)$/.test(file) && !keep.has(file)) {
      rmSync(join(dir, file));
      removed++;
    }
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `gen-corpus: ${count} articles (seed ${JSON.stringify(seed)}), ${(bytes / 1e6).toFixed(1)} MB, ${figures} figures ` +
    `→ ${sourcesDir} (${written} written, ${removed} stale removed) in ${seconds.toFixed(1)} s`,
);

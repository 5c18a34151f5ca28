/**
 * npm run eval                       score extractFigures on the labelled set (tests/fixtures/eval)
 * npm run eval -- --set holdout      the same on the blind held-out set (tests/fixtures/eval-holdout)
 * npm run eval -- --set DIR          the same on any folder of labelled .jsonl files
 * npm run eval -- DIR [--seed N]     run extractArticle on every .txt in DIR, count figures per
 *                                    kind, and write a review sample to bench/tmp/review-sample.md
 *
 * Labelled mode prints a table per domain and overall, then every miss, trap hit and false
 * highlight with its sentence; it exits 1 when overall recall < 97 %, the false-highlight rate
 * > 3 % or any trap is hit (the bar of issue 3). Corpus mode exits 1 when any file throws.
 * The review sample quotes the corpus, so it lives in the git-ignored bench/tmp/ only.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/lib/article';
import {
  checkLabelledSentence,
  describeValue,
  failures,
  formatProblems,
  formatSummaryTable,
  parseLabelledSet,
  sampleIndexes,
  scoreSentence,
  sentenceAround,
  summarize,
  THRESHOLDS,
} from '../src/lib/eval';
import { extractFigures } from '../src/lib/figures';
import { normalizeText } from '../src/lib/text';
import { ArticleData, KINDS, type Figure } from '../src/schema';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Named labelled sets for `--set`; any other value is a folder of .jsonl files. */
const LABELLED_SETS: Record<string, string> = {
  eval: path.join(ROOT, 'tests/fixtures/eval'),
  holdout: path.join(ROOT, 'tests/fixtures/eval-holdout'),
};
const SAMPLE_FILE = path.join(ROOT, 'bench/tmp/review-sample.md');
const SAMPLE_SIZE = 50;

/** Scores the labelled .jsonl files of `dir`; with `announce`, first says which set it is. */
function scoreLabelledSet(dir: string, announce = false): number {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`${dir}: not a directory`);
    return 2;
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  if (files.length === 0) {
    console.error(`${dir}: no .jsonl files`);
    return 2;
  }
  if (announce) console.log(`Labelled set: ${path.relative(process.cwd(), dir) || '.'} (${files.length} files)\n`);
  const scores = [];
  const problems: string[] = [];
  for (const file of files) {
    const domain = file.replace(/\.jsonl$/, '');
    for (const sentence of parseLabelledSet(readFileSync(path.join(dir, file), 'utf8'), file)) {
      const bad = checkLabelledSentence(sentence);
      if (bad.length) {
        problems.push(...bad.map((p) => `${file}: ${p}`));
        continue;
      }
      scores.push(scoreSentence(sentence, extractFigures(sentence.text), domain));
    }
  }
  if (problems.length) {
    console.error(`The labelled set has problems; fix them first:\n${problems.join('\n')}`);
    return 2;
  }
  const summary = summarize(scores);
  const report = formatProblems(scores);
  if (report) console.log(`${report}\n`);
  console.log(formatSummaryTable(summary));
  const failed = failures(summary);
  const bar = `recall ≥ ${THRESHOLDS.minRecall * 100}%, false highlights ≤ ${THRESHOLDS.maxFalseHighlightRate * 100}%, no trap hit`;
  console.log(failed.length ? `\nFAIL (${bar}): ${failed.join('; ')}` : `\nPASS (${bar})`);
  return failed.length ? 1 : 0;
}

interface Found {
  file: string;
  text: string;
  figure: Figure;
}

function scoreCorpus(dir: string, seed: number): number {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`${dir}: not a directory`);
    return 2;
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const thrown: string[] = [];
  const invalid: string[] = [];
  const found: Found[] = [];
  const perKind = new Map<string, number>(KINDS.map((k) => [k, 0]));
  const started = performance.now();
  let bytes = 0;
  for (const file of files) {
    const raw = readFileSync(path.join(dir, file), 'utf8');
    bytes += Buffer.byteLength(raw);
    const text = normalizeText(raw);
    let data: ArticleData;
    try {
      data = extractArticle(text);
    } catch (error) {
      thrown.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const parsed = ArticleData.safeParse(data);
    if (!parsed.success) invalid.push(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    for (const figure of data.figures) {
      if (text.slice(figure.start, figure.end) !== figure.text) invalid.push(`${file}: figure "${figure.text}" is not the text at ${figure.start}–${figure.end}`);
      perKind.set(figure.kind, (perKind.get(figure.kind) ?? 0) + 1);
      found.push({ file, text, figure });
    }
  }
  const seconds = (performance.now() - started) / 1000;

  console.log(`${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, extracted in ${seconds.toFixed(2)} s`);
  console.log('\nFigures per kind:');
  const width = Math.max(...KINDS.map((k) => k.length));
  for (const [kind, n] of [...perKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(width)}  ${String(n).padStart(6)}`);
  console.log(`  ${'total'.padEnd(width)}  ${String(found.length).padStart(6)}`);
  console.log(`  ${'per file'.padEnd(width)}  ${(found.length / Math.max(1, files.length - thrown.length)).toFixed(1).padStart(6)}`);

  const sample = sampleIndexes(found.length, SAMPLE_SIZE, seed).map((i) => found[i]!);
  mkdirSync(path.dirname(SAMPLE_FILE), { recursive: true });
  writeFileSync(SAMPLE_FILE, reviewSample(dir, seed, sample));
  console.log(`\nReview sample of ${sample.length} figures (seed ${seed}): ${path.relative(process.cwd(), SAMPLE_FILE)}`);

  if (invalid.length) console.log(`\n${invalid.length} schema/offset problem(s):\n${invalid.map((l) => `  ${l}`).join('\n')}`);
  if (thrown.length) {
    console.log(`\n${thrown.length} file(s) threw:\n${thrown.map((l) => `  ${l}`).join('\n')}`);
    return 1;
  }
  console.log('\nNo file threw.');
  return invalid.length ? 1 : 0;
}

/** Markdown for hand review: each figure bold in its sentence, with what the extractor read. */
function reviewSample(dir: string, seed: number, sample: Found[]): string {
  const lines = [
    `# Review sample: ${sample.length} figures from ${dir} (seed ${seed})`,
    '',
    'Generated by `npm run eval -- DIR`. Quotes the corpus: never commit this file.',
    'Mark each figure ✓ or ✗ (value, unit, kind, qualifier, span) and count the precision.',
    '',
  ];
  sample.forEach(({ file, text, figure: f }, i) => {
    // bold at the figure's own offsets: the same text may occur earlier in the sentence (`Hà Nội (1)`)
    const withMarks = `${text.slice(0, f.start)}**${text.slice(f.start, f.end)}**${text.slice(f.end)}`;
    const marked = sentenceAround(withMarks, f.start, f.end + 4);
    lines.push(
      `## ${i + 1}. ${file} #${f.id}`,
      '',
      `> ${marked.replace(/\n/g, ' ')}`,
      '',
      `- text: \`${f.text}\``,
      `- value: ${describeValue(f)}`,
      `- unit: \`${f.unit}\`${f.unitInferred ? ' (inferred)' : ''}`,
      `- kind: ${f.kind}`,
      `- qualifier: ${f.qualifier}`,
      '- verdict: ',
      '',
    );
  });
  return lines.join('\n');
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seed: { type: 'string', default: '1' }, set: { type: 'string' } },
  });
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) {
    console.error('--seed takes an integer');
    return 2;
  }
  if (positionals.length > 1 || (values.set !== undefined && positionals.length > 0)) {
    console.error('usage: npm run eval [-- --set eval|holdout|DIR] | [-- DIR [--seed N]]');
    return 2;
  }
  if (positionals[0]) return scoreCorpus(path.resolve(positionals[0]), seed);
  if (values.set === undefined) return scoreLabelledSet(LABELLED_SETS.eval!);
  return scoreLabelledSet(LABELLED_SETS[values.set] ?? path.resolve(values.set), true);
}

process.exitCode = main();

/**
 * npm run extract [-- --check | --force | --keep-going]
 * npm run --silent extract -- --json FILE
 *
 * Reads raw articles from SOLIEU_SOURCES (default content/sources), writes one
 * typed Markdown file per article to SOLIEU_ARTICLES (default content/articles).
 * Problems of the whole corpus are printed together as `file:line:col: message`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeSource } from '../src/lib/decode';
import { SourceError } from '../src/lib/problems';
import { normalizeText } from '../src/lib/text';
import { extractCorpus, writeAtomic, type ExtractCorpusResult } from './lib/extract-corpus';
import { corpusDirs, REPORT_FILE } from '../src/paths';

const USAGE = `usage: npm run extract [-- --check | --force | --keep-going | --quiet]
       npm run --silent extract -- --json FILE`;

async function printJson(file: string): Promise<number> {
  try {
    const text = normalizeText(decodeSource(await readFile(file)));
    const { extractArticle } = await import('../src/lib/article');
    process.stdout.write(`${JSON.stringify(extractArticle(text), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof SourceError) {
      for (const p of error.problems) process.stderr.write(`${file}:${Math.max(1, p.line)}:${Math.max(1, p.col)}: ${p.message}\n`);
    } else {
      process.stderr.write(`${file}: ${(error as Error).message}\n`);
    }
    return 1;
  }
}

export function summary(result: ExtractCorpusResult, seconds: number): string {
  const mb = result.bytes / 1e6;
  return (
    `extract: ${result.sources} sources, ${result.written.length} written, ${result.unchanged} unchanged, ` +
    `${result.removed.length} removed, ${result.problems.length} problems in ${seconds.toFixed(2)} s` +
    (result.written.length ? ` (${mb.toFixed(1)} MB read)` : '')
  );
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: 'string' },
      check: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      'keep-going': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.json !== undefined) return printJson(values.json);
  if (positionals.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  const dirs = corpusDirs();
  const started = performance.now();
  const result = await extractCorpus({
    ...dirs,
    check: values.check,
    force: values.force,
    cacheFile: dirs.cacheFile,
    log: values.quiet ? undefined : (line) => process.stdout.write(`${line}\n`),
  });
  const seconds = (performance.now() - started) / 1000;

  for (const note of result.notes) process.stderr.write(`${note}\n`);
  for (const p of result.problems) process.stderr.write(`${p.file}:${p.line}:${p.col}: ${p.message}\n`);
  if (values.check) {
    for (const file of result.stale) process.stderr.write(`${file}: stale: run \`npm run extract\` and commit the result\n`);
    const ok = result.stale.length === 0 && result.problems.length === 0;
    process.stdout.write(`extract --check: ${result.sources} sources, ${result.stale.length} stale, ${result.problems.length} problems\n`);
    return ok ? 0 : 1;
  }
  await writeAtomic(REPORT_FILE, `${JSON.stringify({ date: new Date().toISOString(), problems: result.problems }, null, 2)}\n`);
  process.stdout.write(`${summary(result, seconds)}\n`);
  if (result.problems.length === 0) return 0;
  process.stderr.write(
    values['keep-going']
      ? `extract: ${result.problems.length} problems (listed above; the build report page /bao-cao/ lists them too); every other article was extracted\n`
      : `extract: ${result.problems.length} problems; every other article was extracted. Fix them, or build the rest with \`npm run build -- --keep-going\`.\n`,
  );
  return 1;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`extract: ${(error as Error).stack ?? error}\n`);
      process.exit(1);
    },
  );
}

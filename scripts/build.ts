/**
 * npm run build [-- --keep-going]
 *
 * extract → astro build (scripts/astro-build.ts: two processes on a large corpus) → Pagefind index. Without --keep-going a problem in any
 * source stops the build after extraction (every problem is printed first);
 * with it, the rest of the corpus is built, the problems are listed on the
 * build report page /bao-cao/, and the exit status is still non-zero.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { 'keep-going': { type: 'boolean', default: false } } });

function run(label: string, command: string, args: string[]): number {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const status = result.status ?? 1;
  process.stdout.write(`build: ${label} ${status === 0 ? 'done' : `failed (exit ${status})`} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return status;
}

// The TypeScript steps run in this Node with the tsx loader: the tsx CLI would start a second Node for each.
const node = process.execPath;
const tsx = ['--import', 'tsx'];
const extractStatus = run('extract', node, [...tsx, 'scripts/extract.ts', '--quiet', ...(values['keep-going'] ? ['--keep-going'] : [])]);
if (extractStatus !== 0 && !values['keep-going']) process.exit(extractStatus);
const buildStatus = run('astro build', node, [...tsx, 'scripts/astro-build.ts']);
if (buildStatus !== 0) process.exit(buildStatus);
const indexStatus = run('search index', node, [...tsx, 'scripts/index.ts']);
process.exit(indexStatus || extractStatus);

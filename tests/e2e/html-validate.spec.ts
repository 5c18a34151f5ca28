/**
 * The built HTML validates with the Nu Html Checker (issue 4, "Quality"):
 * one page of every page type under dist/ (the folder the e2e server serves,
 * or SOLIEU_E2E_DIST), checked in a single run of the `vnu-jar` package's
 * checker (`java -jar vnu.jar --errors-only`), which starts Java once.
 *
 * Page types come from the routes under src/pages; a built page that fits no
 * known type is validated too, so a new kind of page cannot slip through.
 * Needs Java (17 here); without it the test is skipped with a message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const DIST = path.resolve(process.env.SOLIEU_E2E_DIST ?? 'dist');
const VNU = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');

/** Route patterns (paths relative to dist/), most specific first; `required` types must exist in any build. */
const PAGE_TYPES: { type: string; pattern: RegExp; required?: boolean }[] = [
  { type: 'not found', pattern: /^404\.html$/, required: true },
  { type: 'home', pattern: /^index\.html$/, required: true },
  { type: 'home, page N', pattern: /^trang\/\d+\/index\.html$/ },
  { type: 'article', pattern: /^bai\/.+\/index\.html$/, required: true },
  { type: 'explorer', pattern: /^so-lieu\/index\.html$/, required: true },
  { type: 'explorer, page N', pattern: /^so-lieu\/(?:.+\/)?trang\/\d+\/index\.html$/ },
  { type: 'explorer, one kind', pattern: /^so-lieu\/[^/]+\/index\.html$/ },
  { type: 'explorer, unit list', pattern: /^so-lieu\/[^/]+\/don-vi\/index\.html$/ },
  { type: 'explorer, one unit', pattern: /^so-lieu\/[^/]+\/don-vi\/[^/]+\/index\.html$/ },
  { type: 'search', pattern: /^tim-kiem\/index\.html$/, required: true },
  { type: 'build report', pattern: /^bao-cao\/index\.html$/ },
  ...['nguon', 'nam', 'chuyen-muc'].flatMap((section) => [
    { type: `${section} index`, pattern: new RegExp(`^${section}/index\\.html$`) },
    { type: `${section}, page N`, pattern: new RegExp(`^${section}/(?:.+/)?trang/\\d+/index\\.html$`) },
    { type: `${section}, one listing`, pattern: new RegExp(`^${section}/[^/]+/index\\.html$`) },
  ]),
];

/** One built page per type (the first in path order), plus every page that fits no type. */
function samplePages(): { type: string; file: string }[] {
  const files = readdirSync(DIST, { recursive: true })
    .map((f) => String(f).split(path.sep).join('/'))
    .filter((f) => f.endsWith('.html') && !/^(?:pagefind|_astro)\//.test(f))
    .sort();
  const chosen = new Map<string, string>();
  const others: { type: string; file: string }[] = [];
  for (const file of files) {
    const type = PAGE_TYPES.find((t) => t.pattern.test(file))?.type;
    if (type === undefined) others.push({ type: 'unknown type', file });
    else if (!chosen.has(type)) chosen.set(type, file);
  }
  for (const t of PAGE_TYPES.filter((t) => t.required)) expect(chosen.has(t.type), `no built page of type "${t.type}" in ${DIST}`).toBe(true);
  return [...[...chosen].map(([type, file]) => ({ type, file })), ...others];
}

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
const hasJava = java.status === 0;
if (!hasJava) console.warn('html-validate: Java is not installed, the Nu Html Checker cannot run; install a JRE (apt-get install -y default-jre-headless).');

test('one page of every type validates with the Nu Html Checker', async () => {
  test.skip(!hasJava, 'Java is not installed: the Nu Html Checker (vnu-jar) needs it');
  test.setTimeout(180_000);
  expect(existsSync(VNU), `${VNU} is missing: the vnu-jar package is not installed`).toBe(true);
  expect(existsSync(DIST), `${DIST} is missing: run npm run build first`).toBe(true);
  const pages = samplePages();
  const run = spawnSync('java', ['-Xss4m', '-jar', VNU, '--errors-only', '--format', 'json', ...pages.map((p) => path.join(DIST, p.file))], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // vnu prints its JSON report on stderr; exit 1 means "errors found".
  const report = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
  const typeOf = new Map(pages.map((p) => [p.file, p.type]));
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => {
      const file = path.relative(DIST, decodeURIComponent(new URL(m.url).pathname)).split(path.sep).join('/');
      return `${file} (${typeOf.get(file) ?? '?'}):${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}: ${m.message}${m.extract ? `  ← ${m.extract.trim()}` : ''}`;
    });
  expect(errors, `validated: ${pages.map((p) => p.file).join(', ')}`).toEqual([]);
  expect(run.status, run.stderr.slice(0, 2000)).toBe(0);
});

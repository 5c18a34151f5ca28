/**
 * Why rehype-abbr costs what it does in a build: one RegExp per article.
 *
 *   npx tsx bench/experiments/abbr-regex.ts [bench/tmp/1000]
 *
 * The plugin compiles a pattern from the article's own acronyms. V8 caches
 * compiled regexps by source, so a second pass over the same articles is
 * cheap, but a build sees each set once: the first pass is what a build pays.
 * The last line is the alternative: one pattern over every known short form,
 * compiled once, each match checked against the article's acronyms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import { parseArticleFile } from '../../src/lib/article-file';
import { bodyToHast } from '../../src/lib/body';
import rehypeAbbr from '../../src/plugins/rehype-abbr';
import type { Acronym } from '../../src/schema';

const dir = path.join(process.argv[2] ?? 'bench/tmp/1000', 'articles');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => parseArticleFile(readFileSync(path.join(dir, f), 'utf8')))
  .map((f) => ({ body: f.body, acronyms: (f.frontmatter as { acronyms: Acronym[] }).acronyms }));
const sets = new Set(files.map((f) => f.acronyms.map((a) => a.short).sort().join('|')));
console.log(`${files.length} articles, ${sets.size} distinct acronym sets`);
const perArticle = (label: string, fn: () => void) => {
  const cpu0 = process.cpuUsage();
  fn();
  const cpu = process.cpuUsage(cpu0);
  console.log(`${label}: ${((cpu.user + cpu.system) / 1000 / files.length).toFixed(2)} ms/article`);
};
for (const label of ['first pass (as in a build)', 'second pass (regexps cached)']) {
  const trees = files.map((f) => bodyToHast(f.body));
  perArticle(label, () => files.forEach((f, i) => unified().use(rehypeAbbr, { acronyms: f.acronyms }).runSync(trees[i]!)));
}
const all = [...new Set(files.flatMap((f) => f.acronyms.map((a) => a.short)))].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const shared = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${all.map(escape).join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'gu');
const trees = files.map((f) => bodyToHast(f.body));
perArticle('one shared pattern, matching only', () =>
  files.forEach((f, i) => {
    const mine = new Set(f.acronyms.map((a) => a.short));
    const visit = (n: { type: string; value?: string; children?: unknown[] }): void => {
      if (n.type === 'text') for (const m of n.value!.matchAll(shared)) mine.has(m[0]);
      else n.children?.forEach((c) => visit(c as typeof n));
    };
    visit(trees[i] as never);
  }),
);

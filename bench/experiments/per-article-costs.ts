/**
 * CPU time per article of each step between a source file and the data
 * Astro stores, on a bench run's files (`npm run bench` first):
 *
 *   npx tsx bench/experiments/per-article-costs.ts [bench/tmp/1000]
 *
 * CPU time (process.cpuUsage), not wall time, so a busy machine changes little.
 * Each step runs twice and the second run is reported (JIT warm).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as devalue from 'devalue';
import { parse as parseYaml } from 'yaml';
import { extractArticleWithIds } from '../../src/lib/article';
import { parseArticleFile, serializeArticleFile } from '../../src/lib/article-file';
import { decodeSource } from '../../src/lib/decode';
import { renderBody } from '../../src/lib/render-body';
import { normalizeText } from '../../src/lib/text';
import { ArticleFrontmatter } from '../../src/schema';

const dir = process.argv[2] ?? 'bench/tmp/1000';
const sourceFiles = readdirSync(path.join(dir, 'corpus/sources')).sort().slice(0, 300);
const sources = sourceFiles.map((f) => readFileSync(path.join(dir, 'corpus/sources', f)));
const texts = sources.map((b) => normalizeText(decodeSource(b)));
const articleFiles = readdirSync(path.join(dir, 'articles')).filter((f) => f.endsWith('.md')).sort().slice(0, 300);
const articles = articleFiles.map((f) => readFileSync(path.join(dir, 'articles', f), 'utf8'));
const parsed = articles.map((a) => parseArticleFile(a));
const data = parsed.map((p) => ArticleFrontmatter.parse(p.frontmatter));
const yamlTexts = data.map((d, i) => serializeArticleFile(d, parsed[i]!.body)).map((a) => a.slice(4, a.indexOf('\n---\n', 3) + 1));
const n = texts.length;
const mb = sources.reduce((s, b) => s + b.length, 0) / 1e6;
const step = (label: string, fn: () => void) => {
  fn();
  const cpu0 = process.cpuUsage();
  fn();
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000;
  console.log(`${label.padEnd(40)} ${(ms / n).toFixed(2).padStart(6)} ms/article ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s`);
};
console.log('extract:');
step('  decodeSource', () => sources.forEach((b) => decodeSource(b)));
step('  (TextDecoder alone)', () => sources.forEach((b) => new TextDecoder('utf-8', { fatal: true }).decode(b)));
step('  extractArticleWithIds', () => texts.forEach((t) => extractArticleWithIds(t)));
step('  ArticleFrontmatter.parse (zod)', () => data.forEach((d) => ArticleFrontmatter.parse(d)));
step('  serializeArticleFile (as written now)', () => data.forEach((d, i) => serializeArticleFile(d, parsed[i]!.body)));
console.log('loader (content sync):');
step('  parseArticleFile (as written now)', () => articles.forEach((a) => parseArticleFile(a)));
step('  (yaml.parse of the same frontmatter)', () => yamlTexts.forEach((y) => parseYaml(y)));
step('  ArticleFrontmatter.safeParse (zod)', () => parsed.forEach((p) => ArticleFrontmatter.safeParse(p.frontmatter)));
step('  renderBody (marks, abbr, verify, toHtml)', () => parsed.forEach((p, i) => renderBody(p.body, data[i]!)));
step('  devalue.stringify(data) (store write)', () => data.forEach((d) => devalue.stringify(d)));

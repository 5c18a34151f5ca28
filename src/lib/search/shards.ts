/**
 * Splitting the search index into shards, so that no Pagefind run holds more
 * than a few thousand pages (its memory grows with the pages it holds: 2.1 GB
 * for 5,000 generated articles, 3.9 GB for 10,000; bench/README.md).
 *
 * The site's search merges the shards in the browser (Pagefind's
 * `mergeIndex`), which orders merged results by score, keeping the order of
 * the shards (first shard first) among equal scores. That is right for
 * relevance, and made right for date order here. With a sort, Pagefind's
 * score for a page is its rank in its own index's sorted order (0 = oldest).
 * So the pages are dealt in groups of S, oldest group first, one page of each
 * group to each shard, the group's newest to the first shard: the corpus's
 * page `jS + r` (in date order) goes to shard `S - 1 - r` with rank `j`. The
 * merged scores are then the ranks `j`: a larger `j` is a newer group, and
 * among equal `j` the merge keeps the first shard first, which holds the
 * newer page of the group. Date order holds with no weights at all.
 *
 * Pure: no I/O. scripts/index.ts deals the pages; src/scripts/pagefind-client.ts
 * merges the shards, in the order of their folders.
 */
import { decodeEntities, elementEnd, VOID_ELEMENTS } from './index-html';

/** Most pages one shard holds, unless SOLIEU_INDEX_SHARD_PAGES says otherwise. */
export const SHARD_PAGES = 5000;

/** The `<meta name>` on the search page that lists the shards after the first (`/pagefind-2/ /pagefind-3/`). */
export const SHARDS_META = 'solieu:search-shards';

/** The folder of shard `s` in the built site: `pagefind`, `pagefind-2`, `pagefind-3`, … */
export function shardFolder(s: number): string {
  return s === 0 ? 'pagefind' : `pagefind-${s + 1}`;
}

/** The shard a folder of the built site holds (0 for `pagefind`, 1 for `pagefind-2`, …), or undefined if none. */
export function shardOfFolder(name: string): number | undefined {
  const m = /^pagefind(?:-(\d+))?$/.exec(name);
  return m ? (m[1] === undefined ? 0 : Number(m[1]) - 1) : undefined;
}

/** How many shards `pages` pages need at `perShard` pages each (at least one). */
export function shardCount(pages: number, perShard: number = SHARD_PAGES): number {
  return Math.max(1, Math.ceil(pages / Math.max(1, perShard)));
}

/**
 * Deals pages to `count` shards (by `date`, an ISO date string, then by `key`,
 * so the deal is the same on every run): in groups of `count`, oldest first,
 * the newest page of each group to shard 0 (see the comment at the top).
 */
export function dealToShards<T extends { date: string; key: string }>(pages: readonly T[], count: number): T[][] {
  const sorted = [...pages].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const shards: T[][] = Array.from({ length: count }, () => []);
  sorted.forEach((page, i) => shards[count - 1 - (i % count)]!.push(page));
  return shards;
}

/** The date Pagefind sorts a prepared page by (`data-pagefind-sort="date:2024-12-28"`), or '' if none. */
export function sortDateOf(html: string): string {
  return /data-pagefind-sort="date:([^"]*)"/.exec(html)?.[1] ?? '';
}

/**
 * Every shard also holds a vocabulary page: one page with every word of the
 * whole corpus. Without it a shard that lacks a query word does what Pagefind
 * does for a word absent from its index: it drops the word, or takes a near
 * one, so `Bảo Lộc` found `ba` ("three") in the Đà Lạt article of a shard
 * without `bảo` (bench/README.md, session 4). With it every shard knows every
 * word the one index would know, and matches exactly the pages it would. The
 * page has no sort value, so Pagefind leaves it out of sorted results, and
 * the search page drops it from the others by its id (VOCABULARY_IDS_META).
 */
export const VOCABULARY_PAGE = '_tu-vung/index.html';

/** The URL Pagefind gives the vocabulary page (never served: the page exists only in the index). */
export const VOCABULARY_URL = '/_tu-vung/';

/** The `<meta name>` on the search page that lists the vocabulary pages' ids, one per shard. */
export const VOCABULARY_IDS_META = 'solieu:search-skip';

/** Tags inside a word (`2<b>9</b>` is one word to Pagefind); any other tag ends one (`a</p><p>b` is two). */
const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span',
  'strong', 'sub', 'sup', 'time', 'u', 'var',
]);
const INLINE = '\u0000';
const BLOCK = '\u0001';

const IGNORED_START = /<([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*\sdata-pagefind-ignore\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * The HTML without the elements Pagefind does not index (`data-pagefind-ignore`,
 * with any value, and everything inside them), each replaced by an empty tag of its name. Their
 * words (the print-only `Bản in từ <URL>` of every article, the metadata line)
 * are in no shard's index, so the vocabulary page need not hold them: the
 * URLs alone were 10,000 words of it at 10,000 articles, one new word per new
 * article, and a new word makes every shard be indexed again (index-cache.ts).
 */
export function withoutIgnored(html: string): string {
  if (!html.includes('data-pagefind-ignore')) return html;
  let out = '';
  let from = 0;
  IGNORED_START.lastIndex = 0;
  for (let open = IGNORED_START.exec(html); open; open = IGNORED_START.exec(html)) {
    const name = open[1]!.toLowerCase();
    let end = open.index + open[0].length;
    if (!VOID_ELEMENTS.has(name) && !open[0].endsWith('/>')) {
      end = elementEnd(html, open.index, name);
      if (end < 0) end = html.length; // an element never closed runs to the end, as a browser reads it
    }
    out += `${html.slice(from, open.index)}<${name}>`; // a tag of the same kind in its place: inside a word or between two, as before
    from = end;
    IGNORED_START.lastIndex = end;
  }
  return out + html.slice(from);
}

/** A page's text, lower-cased, with each tag as a mark: INLINE for a tag inside a word, BLOCK for one between words. */
function markedText(preparedHtml: string): string {
  const bodyAt = preparedHtml.search(/<body\b/i);
  const body = withoutIgnored((bodyAt >= 0 ? preparedHtml.slice(bodyAt) : preparedHtml).replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' '));
  const marked = body.replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)?[^>]*>/g, (_tag, name: string | undefined) => (name && INLINE_TAGS.has(name.toLowerCase()) ? INLINE : BLOCK));
  return decodeEntities(marked).toLowerCase();
}

/**
 * Adds the words of a prepared page (src/lib/search/index-html.ts) to `words`:
 * every whitespace-separated piece of its text, lower-cased, split at every
 * tag, joined across every tag, and joined across the tags inside a word
 * only, so the set holds every word Pagefind takes from the page, and some
 * it does not, which only the vocabulary page will then match. It holds
 * every word `addPageWords` finds, too.
 */
export function addWords(words: Set<string>, preparedHtml: string): void {
  addMarkedWords(words, markedText(preparedHtml));
}

/** `addWords` and `addPageWords` on one page, reading its text once. */
export function addBothWords(words: Set<string>, pageWords: Set<string>, preparedHtml: string): void {
  const text = markedText(preparedHtml);
  addMarkedWords(words, text);
  addMarkedPageWords(pageWords, text);
}

function addMarkedWords(words: Set<string>, text: string): void {
  for (const token of text.split(/\s+/)) {
    if (!token.includes(INLINE) && !token.includes(BLOCK)) {
      if (token !== '') words.add(token);
      continue;
    }
    const joined = token.replaceAll(INLINE, '').replaceAll(BLOCK, '');
    if (joined !== '') words.add(joined);
    for (const part of token.split(/[\u0000\u0001]/)) if (part !== '') words.add(part);
    for (const segment of token.split(BLOCK)) {
      const word = segment.replaceAll(INLINE, '');
      if (word !== '') words.add(word);
    }
  }
}

/** A word as the index cache compares words (scripts/lib/index-cache.ts): without the punctuation at its ends. */
export function comparableWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu, '');
}

/**
 * Adds the words of a prepared page as Pagefind reads them, comparable: the
 * text split at white space and at tags between words, each piece joined
 * across the tags inside it and also split there. Every one of them is the
 * comparable form of a word `addWords` finds in the same page.
 */
export function addPageWords(words: Set<string>, preparedHtml: string): void {
  addMarkedPageWords(words, markedText(preparedHtml));
}

function addMarkedPageWords(words: Set<string>, text: string): void {
  for (const token of text.split(/[\s\u0001]+/)) {
    const joined = comparableWord(token.replaceAll(INLINE, ''));
    if (joined !== '') words.add(joined);
    if (!token.includes(INLINE)) continue;
    for (const part of token.split(INLINE)) {
      const word = comparableWord(part);
      if (word !== '') words.add(word);
    }
  }
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The vocabulary page for `words`, in a fixed order (the same words make the same page). */
export function vocabularyPage(words: Iterable<string>): string {
  const sorted = [...words].sort();
  const paragraphs: string[] = [];
  for (let i = 0; i < sorted.length; i += 500) paragraphs.push(`<p>${escapeText(sorted.slice(i, i + 500).join(' '))}</p>`);
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${VOCABULARY_URL}</title></head><body><main data-pagefind-body>${paragraphs.join('')}</main></body></html>`;
}

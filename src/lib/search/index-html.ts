/**
 * Turns a built article page into the HTML Pagefind indexes (in memory only;
 * the page served stays byte for byte what Astro wrote):
 *
 *   1. every `đ`/`Đ` in text (not in tags or attributes, nor in filter and
 *      sort values, so ids, URLs and filters are untouched) becomes the
 *      foldable carrier `ḏ`/`Ḏ` (see fold.ts);
 *   2. the figure marks (`<mark id class="fig …" data-kind data-reading>`)
 *      are collected and their table is added to <head> as an unindexed
 *      meta field (see unindexed.ts).
 *
 * Pure: string in, string out. A small tokenizer is enough here because the
 * input is Astro's own output (well-formed tags, no `--` games in comments).
 */
import { toIndexForm } from './fold';
import { encodeFigureTable, FIGURES_META_KEY, type FigureInfo } from './unindexed';

/** A start or end tag, allowing `>` inside quoted attribute values (`data-reading="> 2,9 tỷ"`). */
const TAG = String.raw`<[a-zA-Z/!](?:[^>"']|"[^"]*"|'[^']*')*>`;
const TOKEN = new RegExp(String.raw`<!--[\s\S]*?-->|${TAG}|[^<]+|<`, 'g');
const MARK_TAG = new RegExp(TAG.replace('[a-zA-Z/!]', 'mark\\b'), 'gi');
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Decodes the character references Astro and hast write in attribute values. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|#39);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The attributes of one start tag (`<mark id="a" class="fig">`), values decoded. */
export function parseAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const inner = tag.replace(/^<[^\s>/]+/, '').replace(/\/?>$/, '');
  for (const m of inner.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attributes;
}

/** Every figure mark of a page, in document order: `<mark id=… class="fig …">`. */
export function collectFigureMarks(html: string): FigureInfo[] {
  const figures: FigureInfo[] = [];
  for (const m of html.matchAll(MARK_TAG)) {
    const attributes = parseAttributes(m[0]);
    const id = attributes.get('id');
    const classes = (attributes.get('class') ?? '').split(/\s+/);
    if (!id || !classes.includes('fig')) continue;
    const kind = attributes.get('data-kind') ?? '';
    const reading =
      attributes.get('data-reading') ?? [attributes.get('data-value'), attributes.get('data-unit')].filter(Boolean).join(' ');
    figures.push({ id, kind, reading });
  }
  return figures;
}

/** True when a filter or sort attribute takes its value from the element's text (`outlet`, not `outlet:Lao Động`). */
function takesTextValue(tag: string): boolean {
  const attributes = parseAttributes(tag);
  return ['data-pagefind-filter', 'data-pagefind-sort'].some((name) => {
    const value = attributes.get(name);
    return value !== undefined && value.split(',').some((item) => !item.includes(':'));
  });
}

/** Elements that have no end tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Replaces `đ`/`Đ` in text content only. Left alone: tags and attributes,
 * comments, scripts and styles, and the text of elements that give Pagefind a
 * filter or sort value (`<dd data-pagefind-filter="outlet">Lao Động</dd>`), so
 * filter values in the index stay exactly what the pages and the search form
 * say. Meta text (the title) is folded: titles must match `dong` too, and
 * search results turn it back before showing it.
 */
export function foldTextContent(html: string): string {
  let out = '';
  let rawUntil: string | undefined; // inside <script> or <style>: copy verbatim until the end tag
  let keep: { tag: string; depth: number } | undefined; // inside a filter/sort element
  for (const m of html.matchAll(TOKEN)) {
    const token = m[0];
    if (rawUntil) {
      if (token.toLowerCase().startsWith(rawUntil)) rawUntil = undefined;
      out += token;
      continue;
    }
    if (!token.startsWith('<') || token.length === 1) {
      out += keep ? token : toIndexForm(token);
      continue;
    }
    out += token;
    const tag = /^<\/?([a-zA-Z][^\s/>]*)/.exec(token)?.[1]?.toLowerCase();
    if (!tag) continue;
    if (token.startsWith('</')) {
      if (keep?.tag === tag && --keep.depth === 0) keep = undefined;
      continue;
    }
    if (tag === 'script' || tag === 'style') rawUntil = `</${tag}`;
    if (VOID_ELEMENTS.has(tag) || token.endsWith('/>')) continue;
    if (keep?.tag === tag) keep.depth++;
    else if (!keep && /\sdata-pagefind-(filter|sort)\b/i.test(token) && takesTextValue(token)) keep = { tag, depth: 1 };
  }
  return out;
}

/**
 * The page cut down to what Pagefind reads: the <head> and the element marked
 * `data-pagefind-body` (with everything inside it: text, anchors, filters,
 * metadata), without the header, the side panel and the footer around it,
 * which Pagefind would parse only to ignore (about half of an article page;
 * at 2,000 pages indexing took 17% less time). A page without such an element
 * is returned unchanged.
 */
export function indexedPart(html: string): string {
  const open = /<([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*\sdata-pagefind-body\b(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(html);
  const bodyStart = html.search(/<body\b/i);
  if (!open || bodyStart < 0) return html;
  const end = elementEnd(html, open.index, open[1]!);
  return end < 0 ? html : `${html.slice(0, bodyStart)}<body>${html.slice(open.index, end)}</body></html>`;
}

/**
 * Where the element whose start tag `<name …>` is at `start` ends (the index after its end tag), counting the elements of
 * the same name inside it; -1 when it is never closed.
 */
export function elementEnd(html: string, start: number, name: string): number {
  const tags = new RegExp(`<(/?)${name.toLowerCase()}\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/** The HTML handed to Pagefind for one article page, and the figures found in it. */
export function prepareForIndex(html: string): { html: string; figures: FigureInfo[] } {
  const part = indexedPart(html);
  const figures = collectFigureMarks(part); // the figures of the text Pagefind indexes, not of the panels around it
  let prepared = foldTextContent(part);
  if (figures.length > 0) {
    const meta = `<meta data-pagefind-meta="${FIGURES_META_KEY}[content]" content="${encodeFigureTable(figures)}">`;
    const headEnd = prepared.search(/<\/head>/i);
    prepared = headEnd >= 0 ? prepared.slice(0, headEnd) + meta + prepared.slice(headEnd) : meta + prepared;
  }
  return { html: prepared, figures };
}

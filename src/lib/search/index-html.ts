/**
 * Turns a built article page into the HTML Pagefind indexes (in memory only;
 * the page served stays byte for byte what Astro wrote):
 *
 *   1. every `đ`/`Đ` in text (not in tags or attributes, so filter values,
 *      ids and URLs are untouched) becomes the foldable carrier `ḏ`/`Ḏ`
 *      (see fold.ts);
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

/** Replaces `đ`/`Đ` in text content only; tags, comments, scripts and styles are left alone. */
export function foldTextContent(html: string): string {
  let out = '';
  let rawUntil: string | undefined; // inside <script> or <style>: copy verbatim until the end tag
  for (const m of html.matchAll(TOKEN)) {
    const token = m[0];
    if (rawUntil) {
      if (token.toLowerCase().startsWith(rawUntil)) rawUntil = undefined;
      out += token;
      continue;
    }
    if (token.startsWith('<') && token.length > 1) {
      const open = /^<(script|style)\b/i.exec(token);
      if (open) rawUntil = `</${open[1]!.toLowerCase()}`;
      out += token;
    } else {
      out += toIndexForm(token);
    }
  }
  return out;
}

/** The HTML handed to Pagefind for one article page, and the figures found in it. */
export function prepareForIndex(html: string): { html: string; figures: FigureInfo[] } {
  const figures = collectFigureMarks(html);
  let prepared = foldTextContent(html);
  if (figures.length > 0) {
    const meta = `<meta data-pagefind-meta="${FIGURES_META_KEY}[content]" content="${encodeFigureTable(figures)}">`;
    const headEnd = prepared.search(/<\/head>/i);
    prepared = headEnd >= 0 ? prepared.slice(0, headEnd) + meta + prepared.slice(headEnd) : meta + prepared;
  }
  return { html: prepared, figures };
}

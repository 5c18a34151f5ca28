/**
 * Re-checks a built article page (the HTML file Astro wrote), independently
 * of the rendering code: the text inside `<div class="article-body">` must be
 * the article body exactly, every figure must be one `<mark>` with its id and
 * its exact text, and no id may appear twice on the page (a figure id that
 * collides with an id of the page's own chrome would break its link).
 *
 * A small HTML scanner is enough here because the input is our own output:
 * tags with quoted attributes, text, character references. Pure: no I/O.
 */

export interface ExpectedArticle {
  body: string;
  figures: readonly { id: string; text: string }[];
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references hast-util-to-html and Astro emit. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

interface Tag {
  name: string;
  closing: boolean;
  /** The `id` attribute, decoded; the only attribute the checks need (keeping no others made the check 3× faster). */
  id?: string;
  start: number;
  end: number;
}

const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/y;
/** One attribute, or the end of the tag; sticky, shared (reset before each use: scanning is synchronous). */
const ATTR = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?|\s*\/?>/gy;

/** The tag starting at `start` (a `<`), or undefined if it is not one. Quoted attribute values may hold `>`. */
function readTag(html: string, start: number): Tag | undefined {
  TAG_NAME.lastIndex = start;
  const head = TAG_NAME.exec(html);
  if (!head) return undefined;
  let id: string | undefined;
  const attr = ATTR;
  attr.lastIndex = start + head[0].length;
  for (;;) {
    const m = attr.exec(html);
    if (!m) return undefined;
    if (m[1] === undefined) return { name: head[2]!.toLowerCase(), closing: head[1] === '/', id, start, end: attr.lastIndex };
    if (m[1].length === 2 && m[1].toLowerCase() === 'id') {
      const value = m[2] ?? m[3] ?? m[4] ?? '';
      id = value.includes('&') ? decodeEntities(value) : value;
    }
  }
}

/** Walks the HTML: calls `onTag` for tags, `onText` (if given) for decoded text between them. Comments are skipped. */
function scan(html: string, from: number, to: number, onTag: (tag: Tag) => boolean | void, onText?: (text: string) => void): void {
  let i = from;
  while (i < to) {
    const lt = html.indexOf('<', i);
    const stop = lt < 0 || lt > to ? to : lt;
    if (stop > i && onText) onText(decodeEntities(html.slice(i, stop)));
    if (stop === to) return;
    if (html.startsWith('<!--', stop)) {
      const close = html.indexOf('-->', stop + 4);
      i = close < 0 ? to : close + 3;
      continue;
    }
    const tag = readTag(html, stop);
    if (!tag) {
      onText?.('<');
      i = stop + 1;
      continue;
    }
    if (onTag(tag) === false) return;
    i = tag.end;
  }
}

/** Problems with one built article page; empty when it is complete. */
export function checkBuiltArticle(html: string, expected: ExpectedArticle): string[] {
  const problems: string[] = [];

  // Ids over the whole page.
  const idCounts = new Map<string, number>();
  scan(html, 0, html.length, (tag) => {
    const id = tag.id;
    if (!tag.closing && id !== undefined) idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
  });
  for (const [id, n] of idCounts) if (n > 1) problems.push(`the id "${id}" appears ${n} times on the page`);

  // The body container: from its start tag to the matching </div>.
  const open = /<div\b[^>]*\bclass="article-body"[^>]*>/.exec(html);
  if (!open) return [...problems, 'the page has no <div class="article-body">'];
  let depth = 0;
  let end = -1;
  scan(html, open.index, html.length, (tag) => {
    if (tag.name !== 'div') return;
    depth += tag.closing ? -1 : 1;
    if (depth === 0) {
      end = tag.start;
      return false;
    }
  });
  if (end < 0) return [...problems, 'the article body is never closed'];

  const pieces: string[] = [];
  const marks = new Map<string, string[]>();
  let current: { id: string; pieces: string[] } | undefined;
  scan(html, open.index + open[0].length, end, (tag) => {
    if (tag.name !== 'mark') return;
    if (!tag.closing) current = { id: tag.id ?? '', pieces: [] };
    else if (current) {
      marks.set(current.id, [...(marks.get(current.id) ?? []), current.pieces.join('')]);
      current = undefined;
    }
  }, (text) => {
    pieces.push(text);
    current?.pieces.push(text);
  });

  const text = pieces.join('');
  if (text !== expected.body) {
    let at = 0;
    while (at < text.length && at < expected.body.length && text[at] === expected.body[at]) at++;
    problems.push(
      `the page text differs from the article body at body offset ${at}: page has ${JSON.stringify(text.slice(at, at + 30))}, body has ${JSON.stringify(expected.body.slice(at, at + 30))}`,
    );
  }
  for (const figure of expected.figures) {
    const found = marks.get(figure.id) ?? [];
    if (found.length === 0) problems.push(`figure "${figure.id}" (${JSON.stringify(figure.text)}) is not highlighted on the built page`);
    else if (found.length > 1) problems.push(`figure "${figure.id}" is highlighted ${found.length} times on the built page`);
    else if (found[0] !== figure.text) problems.push(`figure "${figure.id}": the built page highlights ${JSON.stringify(found[0])}, not ${JSON.stringify(figure.text)}`);
  }
  const known = new Set(expected.figures.map((f) => f.id));
  for (const id of marks.keys()) if (!known.has(id)) problems.push(`the built page highlights ${id ? `"${id}"` : 'a mark without id'}, which is not a figure of the article`);
  return problems;
}

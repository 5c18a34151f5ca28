/**
 * An article body as a hast tree, with no Markdown interpretation at all.
 *
 * The body is the article's own text. Its `*`, `#`, `|`, backticks, `<script>`
 * and `[x](javascript:…)` are text like any other: they become hast text
 * nodes, which src/lib/body-html.ts escapes, so nothing is executed or turned
 * into structure.
 *
 * Structure: paragraphs are separated by blank lines (a line that is empty
 * or holds only spaces/tabs); each becomes a `<p>`. A single newline inside
 * a paragraph becomes a `<br>`, and the newline itself is kept as text right
 * after it. The separators between paragraphs, and any whitespace before the
 * first or after the last one, are kept as whitespace-only text nodes between
 * the `<p>` elements. So the tree's text (all text nodes in document order)
 * is exactly the body, character for character: an offset into the body is
 * an offset into the tree's text. Pure: no I/O.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** A blank-line run: newline, then one or more lines holding only spaces or tabs. */
const PARAGRAPH_BREAK = /\n(?:[^\S\n]*\n)+/g;

/** The hast tree of a body: `<p>` per paragraph, `<br>` per single newline. */
export function bodyToHast(body: string): Root {
  const children: RootContent[] = [];
  let cursor = 0;
  const pushParagraph = (from: number, to: number) => {
    // Whitespace at the paragraph's edges (e.g. a leading newline of the body) stays outside the <p>.
    const chunk = body.slice(from, to);
    const lead = /^\s*/.exec(chunk)![0].length;
    if (lead === chunk.length) {
      if (chunk) children.push({ type: 'text', value: chunk });
      return;
    }
    const trail = chunk.length - /\s*$/.exec(chunk)![0].length;
    if (lead > 0) children.push({ type: 'text', value: chunk.slice(0, lead) });
    children.push(paragraph(chunk.slice(lead, trail)));
    if (trail < chunk.length) children.push({ type: 'text', value: chunk.slice(trail) });
  };
  for (const match of body.matchAll(PARAGRAPH_BREAK)) {
    pushParagraph(cursor, match.index);
    children.push({ type: 'text', value: match[0] });
    cursor = match.index + match[0].length;
  }
  pushParagraph(cursor, body.length);
  return { type: 'root', children };
}

/** One paragraph: its lines joined by `<br>`, each newline kept as text after the `<br>`. */
function paragraph(text: string): Element {
  const children: ElementContent[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (i > 0) children.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
    const value = i > 0 ? `\n${line}` : line;
    if (value) children.push({ type: 'text', value });
  });
  return { type: 'element', tagName: 'p', properties: {}, children };
}

/** All text of a hast tree in document order (what `textContent` would give). */
export function hastText(node: Root | RootContent): string {
  const pieces: string[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === 'text') pieces.push(n.value);
    else if (n.type === 'root' || n.type === 'element') for (const child of n.children) walk(child);
  };
  walk(node);
  return pieces.join('');
}

/** 1-based line and column of an offset in a text (a unist point, for messages). */
export function pointAt(text: string, offset: number): { line: number; column: number; offset: number } {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < clamped; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: clamped - lineStart + 1, offset: clamped };
}

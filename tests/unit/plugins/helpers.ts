/** Shared helpers for the rehype plugin tests: run one plugin on a body, read the HTML and messages. */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { unified, type Pluggable } from 'unified';
import { VFile } from 'vfile';
import { bodyToHast } from '../../../src/lib/body';
import type { Figure } from '../../../src/schema';

export function run(body: string, ...plugins: Pluggable[]): { html: string; messages: string[] } {
  const file = new VFile();
  const tree = unified().use(plugins).runSync(bodyToHast(body), file);
  return { html: toHtml(tree as Root), messages: file.messages.map((m) => m.reason) };
}

/**
 * A figure whose text is the `occurrence`-th `text` in `body`; offsets are
 * into a source where the body starts at `bodyStart`.
 */
export function fig(body: string, bodyStart: number, text: string, extra: Partial<Figure> & Pick<Figure, 'id' | 'kind'>, occurrence = 1): Figure {
  let at = -1;
  for (let n = 0; n < occurrence; n++) at = body.indexOf(text, at + 1);
  if (at < 0) throw new Error(`test setup: ${text} not in body`);
  return { text, start: bodyStart + at, end: bodyStart + at + text.length, unit: '', qualifier: 'exact', value: 1, ...extra };
}

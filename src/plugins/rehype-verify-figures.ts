/**
 * rehype plugin: checks that nothing was lost on the way from the article
 * file to the page ("never lose a figure"). It changes nothing; it reports.
 *
 *  - the tree's text is exactly the body (no character added, dropped or
 *    changed by any plugin before it);
 *  - every figure is highlighted exactly once: one element carries its id,
 *    it is a `<mark class="fig">`, it starts at the figure's place and its
 *    text is the figure's text;
 *  - no `<mark class="fig">` exists for a figure the article does not have;
 *  - every retired id in `redirects` has its alias `<span class="fig-alias">`;
 *  - no id appears twice in the tree.
 *
 * Each problem is a fatal message on the vfile (`ruleId` below) naming the
 * figure; the caller (src/lib/render-body.ts) turns them into a build error.
 */
import type { Element, Parent, Root } from 'hast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { pointAt } from '../lib/body';
import type { Figure } from '../schema';

export interface VerifyFiguresOptions {
  figures: readonly Pick<Figure, 'id' | 'text' | 'start' | 'end'>[];
  /** The body the tree was built from. */
  body: string;
  bodyStart: number;
  redirects?: Readonly<Record<string, string>>;
}

export const RULE_ID = 'verify-figures';
const SOURCE = 'solieu';

interface Found {
  element: Element;
  /** Offsets of the element's text in the tree's text. */
  offset: number;
  end: number;
}

const classes = (element: Element): string[] => {
  const value: unknown = element.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};

/** First index where two strings differ (or the shorter length). */
function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return i;
  return n;
}

const excerpt = (s: string, at: number) => JSON.stringify(s.slice(Math.max(0, at - 20), at + 20));

const rehypeVerifyFigures: Plugin<[VerifyFiguresOptions], Root> = (options) => {
  const { figures, body, bodyStart, redirects = {} } = options;
  return (tree: Root, file: VFile) => {
    const report = (reason: string, offset?: number) => {
      const place = offset === undefined ? undefined : pointAt(body, offset);
      const message = file.message(reason, { ruleId: RULE_ID, source: SOURCE, place });
      message.fatal = true;
    };

    // One walk: the tree's text, every element with an id, every figure mark.
    const byId = new Map<string, Found[]>();
    const marks: Found[] = [];
    const pieces: string[] = [];
    let length = 0;
    const walk = (parent: Parent) => {
      for (const child of parent.children) {
        if (child.type === 'text') {
          pieces.push(child.value);
          length += child.value.length;
        } else if (child.type === 'element') {
          const offset = length;
          walk(child);
          const id = child.properties.id;
          const isMark = child.tagName === 'mark' && classes(child).includes('fig');
          if (id === undefined && !isMark) continue;
          const found = { element: child, offset, end: length };
          if (id !== undefined) byId.set(String(id), [...(byId.get(String(id)) ?? []), found]);
          if (isMark) marks.push(found);
        }
      }
    };
    walk(tree);
    const text = pieces.join('');
    const textOf = (found: Found) => text.slice(found.offset, found.end);

    if (text !== body) {
      const at = firstDifference(text, body);
      report(
        `the page text differs from the article body at body offset ${at} (source offset ${bodyStart + at}): page has ${excerpt(text, at)}, body has ${excerpt(body, at)}`,
        at,
      );
    }

    const clampBody = (offset: number) => Math.max(0, Math.min(offset, body.length));
    const figureIds = new Set(figures.map((f) => f.id));
    for (const figure of figures) {
      const found = byId.get(figure.id) ?? [];
      const asMarks = found.filter((f) => f.element.tagName === 'mark' && classes(f.element).includes('fig'));
      if (asMarks.length === 0) {
        report(`figure "${figure.id}" (${JSON.stringify(figure.text)}) is not highlighted on the page`, clampBody(figure.start - bodyStart));
        continue;
      }
      if (found.length > 1) {
        report(`figure "${figure.id}" (${JSON.stringify(figure.text)}): its id is used ${found.length} times on the page`, clampBody(figure.start - bodyStart));
        continue;
      }
      const mark = asMarks[0]!;
      const markText = textOf(mark);
      if (markText !== figure.text) {
        report(`figure "${figure.id}": the highlighted text is ${JSON.stringify(markText)}, not ${JSON.stringify(figure.text)}`, mark.offset);
      } else if (mark.offset !== figure.start - bodyStart) {
        report(`figure "${figure.id}" (${JSON.stringify(figure.text)}) is highlighted at source offset ${mark.offset + bodyStart}, not at ${figure.start}`, mark.offset);
      }
    }

    for (const mark of marks) {
      const id = mark.element.properties.id;
      if (id === undefined || !figureIds.has(String(id))) {
        report(`a highlight ${id === undefined ? 'without id' : `with id "${String(id)}"`} (${JSON.stringify(textOf(mark))}) matches no figure of the article`, mark.offset);
      }
    }

    for (const [old, target] of Object.entries(redirects)) {
      if (figureIds.has(old)) continue; // reported by the figure-marks plugin
      const aliases = (byId.get(old) ?? []).filter((f) => f.element.tagName === 'span' && classes(f.element).includes('fig-alias'));
      if (aliases.length === 0) report(`retired id "${old}" (→ "${target}") has no anchor on the page, so old links to it would not land`);
    }

    for (const [id, found] of byId) {
      if (found.length > 1 && !figureIds.has(id)) report(`the id "${id}" is used ${found.length} times on the page`);
    }
  };
};

export default rehypeVerifyFigures;

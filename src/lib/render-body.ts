/**
 * The article body, from text to checked HTML, in one pure function.
 *
 *     body text ─ bodyToHast ─▶ hast ─ figure marks ─ abbr ─ verify ─ bodyHtml ─▶ HTML
 *
 * Used by the content loader (src/loaders/articles.ts). Problems found by the
 * plugins (a figure that cannot be placed or is not highlighted, page text
 * that differs from the body, a redirect that lands nowhere) come back as
 * `problems`, one line each, so the caller can name the article and fail.
 */
import type { Root } from 'hast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeAbbr from '../plugins/rehype-abbr';
import rehypeFigureMarks from '../plugins/rehype-figure-marks';
import rehypeVerifyFigures from '../plugins/rehype-verify-figures';
import type { ArticleData } from '../schema';
import { bodyToHast } from './body';
import { bodyHtml } from './body-html';

// When the HTML this module produces changes, bump RENDER_VERSION in
// src/loaders/cache.ts so that cached renders are redone.

export interface BodyProblem {
  /** `[rule] message`, naming the figure when there is one. */
  message: string;
  /** 1-based line and column in the body, where the problem is. */
  line?: number;
  column?: number;
}

export interface RenderedBody {
  html: string;
  /** Empty when the body is complete: every figure highlighted, every character kept. */
  problems: BodyProblem[];
}

export type RenderInput = Pick<ArticleData, 'meta' | 'figures' | 'acronyms'> & {
  redirects?: Readonly<Record<string, string>>;
};

export function renderBody(body: string, data: RenderInput): RenderedBody {
  const { tree, problems } = bodyTree(body, data);
  return { html: bodyHtml(tree), problems };
}

/** The body's hast tree after the plugins, and the problems they found: `renderBody` before serialising. */
export function bodyTree(body: string, data: RenderInput): { tree: Root; problems: BodyProblem[] } {
  const { figures, acronyms, meta } = data;
  const redirects = data.redirects ?? {};
  const processor = unified()
    .use(rehypeFigureMarks, { figures, bodyStart: meta.bodyStart, redirects })
    .use(rehypeAbbr, { acronyms })
    .use(rehypeVerifyFigures, { figures, body, bodyStart: meta.bodyStart, redirects });
  const file = new VFile();
  const tree = processor.runSync(bodyToHast(body), file);
  const problems = file.messages.map((m) => ({
    message: `[${m.ruleId ?? m.source ?? 'render'}] ${m.reason}`,
    ...(m.place && 'line' in m.place ? { line: m.place.line, column: m.place.column } : {}),
  }));
  return { tree, problems };
}

/**
 * Where a search result takes the reader.
 *
 *   figure hit:  /bai/<slug>/?hl=2%2C9+tỷ#<figure-id>   (CSS :target shows it, no JS needed)
 *   otherwise:   /bai/<slug>/?hl=bao+loc&at=Bảo+Lộc+đã+tổ  (the page scrolls to those words)
 *
 * `hl` carries the query so the article page highlights its words on
 * arrival (src/scripts/highlight.ts); `at` names the place of the best match.
 * Pure.
 */

/** URL parameter with the query words to highlight on the article page. */
export const HIGHLIGHT_PARAM = 'hl';
/** URL parameter with the words of the best match, to scroll to. */
export const PLACE_PARAM = 'at';

export interface ResultTarget {
  figureId?: string;
  phrase?: string;
}

/** The link of a result: the page, the query to highlight, and the figure or place to land on. */
export function resultHref(pageUrl: string, query: string, target: ResultTarget = {}): string {
  const hashAt = pageUrl.indexOf('#');
  const base = hashAt >= 0 ? pageUrl.slice(0, hashAt) : pageUrl;
  const params = new URLSearchParams();
  const q = query.replace(/\s+/g, ' ').trim();
  if (q !== '') params.set(HIGHLIGHT_PARAM, q);
  if (!target.figureId && target.phrase && q !== '') params.set(PLACE_PARAM, target.phrase);
  const search = params.toString();
  const hash = target.figureId ? `#${encodeURIComponent(target.figureId)}` : '';
  return `${base}${search ? (base.includes('?') ? '&' : '?') + search : ''}${hash}`;
}

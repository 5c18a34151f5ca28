/**
 * On an article opened from a search result (`/bai/<slug>/?hl=2%2C9+tỷ#<figure>`
 * or `…?hl=bao+loc&at=Bảo+Lộc+đã+tổ`): highlights every word of the query in
 * the article text and, when the link names no figure, scrolls to the place
 * of the best match (`at`).
 *
 * Uses the CSS Custom Highlight API (`::highlight(search-hit)`), which paints
 * without touching the DOM, so the page's text and its figure marks stay as
 * built; browsers without it get `<span class="search-hit">` wrappers.
 * Matching rules: src/lib/search/highlight-match.ts.
 */
import { findHighlights, findPlace, type TextRange } from '../lib/search/highlight-match';
import { HIGHLIGHT_PARAM, PLACE_PARAM } from '../lib/search/link';

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, [data-pagefind-ignore]')) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

function toRange(nodes: Text[], r: TextRange): Range {
  const range = document.createRange();
  range.setStart(nodes[r.node]!, r.start);
  range.setEnd(nodes[r.node]!, r.end);
  return range;
}

/** Wraps ranges in spans, last first so earlier offsets stay valid (browsers without CSS highlights). */
function wrap(nodes: Text[], ranges: TextRange[], className: string): void {
  for (const r of [...ranges].sort((a, b) => b.node - a.node || b.start - a.start)) {
    const span = document.createElement('span');
    span.className = className;
    toRange(nodes, r).surroundContents(span);
  }
}

export function highlightFromUrl(): void {
  const params = new URLSearchParams(location.search);
  const query = params.get(HIGHLIGHT_PARAM) ?? '';
  const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!root || query.trim() === '') return;
  const nodes = textNodes(root);
  const texts = nodes.map((n) => n.data);
  const hits = findHighlights(texts, query);
  root.setAttribute('data-search-highlights', String(hits.length));

  // A link to a figure lands on it by itself (#id, :target); otherwise go to the best match.
  const place = location.hash ? undefined : findPlace(texts, query, params.get(PLACE_PARAM) ?? undefined);
  if (place) {
    const placeRange = toRange(nodes, place);
    nodes[place.node]!.parentElement?.setAttribute('data-search-place', placeRange.toString());
    const top = window.scrollY + placeRange.getBoundingClientRect().top - window.innerHeight / 3;
    window.scrollTo({ top: Math.max(0, top), behavior: 'instant' });
    if ('highlights' in CSS && typeof Highlight === 'function') {
      const current = new Highlight(placeRange);
      current.priority = 1; // painted over the other hits
      CSS.highlights.set('search-place', current);
    }
  }

  if ('highlights' in CSS && typeof Highlight === 'function') {
    CSS.highlights.set('search-hit', new Highlight(...hits.map((r) => toRange(nodes, r))));
  } else {
    wrap(nodes, hits, 'search-hit');
  }
}

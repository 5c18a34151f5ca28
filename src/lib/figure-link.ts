/**
 * Links that land on one figure: `/bai/<slug>/#<figure-id>`, plus a W3C
 * Text Fragment (`:~:text=`) as a fallback for when the id is gone or the
 * page is read elsewhere. Pure: no I/O; also bundled into the client script.
 */

/** The page of an article: `/bai/<slug>/`. */
export function articlePath(slug: string): string {
  return `/bai/${slug.split('/').map(encodeURIComponent).join('/')}/`;
}

/** The page of an article with a figure as fragment: `/bai/<slug>/#<id>`. */
export function figurePath(slug: string, figureId: string): string {
  return `${articlePath(slug)}#${figureId}`;
}

/** Percent-encodes a Text Fragment term: `-`, `,` and `&` are syntax there. */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) count++;
  return count;
}

/**
 * The text directive for a figure: its text, preceded (`prefix-,`) and if
 * needed followed (`,-suffix`) by as few whole words of context as make it
 * unique in the page text (up to `maxWords` each side).
 *
 * @param pageText  the whole text the browser will search (the article body)
 * @param before    text right before the figure (e.g. its paragraph up to it)
 * @param after     text right after it
 */
export function textDirective(pageText: string, figureText: string, before: string, after: string, maxWords = 6): string {
  const page = collapse(pageText);
  const text = collapse(figureText);
  const beforeWords = collapse(before).split(' ').filter(Boolean);
  const afterWords = collapse(after).split(' ').filter(Boolean);
  let prefix: string[] = [];
  let suffix: string[] = [];
  const candidate = () => [...prefix, text, ...suffix].join(' ');
  for (let n = 1; countOccurrences(page, candidate()) > 1 && n <= maxWords; n++) {
    prefix = beforeWords.slice(-n);
    if (countOccurrences(page, candidate()) > 1) suffix = afterWords.slice(0, n);
  }
  const parts = [
    ...(prefix.length ? [`${encodeTextTerm(prefix.join(' '))}-`] : []),
    encodeTextTerm(text),
    ...(suffix.length ? [`-${encodeTextTerm(suffix.join(' '))}`] : []),
  ];
  return `:~:text=${parts.join(',')}`;
}

/**
 * Finding the query's words in an article's text, for the highlight shown
 * on arrival from a search result. Works on plain strings (the text nodes of
 * the article, in document order) and returns offsets; the DOM part lives in
 * src/scripts/highlight.ts.
 *
 * Rules, the same as the search results use (query.ts):
 *   - a term the user typed with diacritics is highlighted where the article
 *     has exactly those diacritics, if it has them anywhere; otherwise (and
 *     for terms typed without diacritics) wherever it matches once folded;
 *   - the place to scroll to (`at`) is found by comparing word keys, so
 *     punctuation and element boundaries do not get in the way.
 * Pure.
 */
import { wordKey } from './fold';
import { queryTerms, termMatchesWord, type QueryTerm } from './query';

export interface TextRange {
  /** Index of the text (node) in the input list. */
  node: number;
  start: number;
  end: number;
}

interface Token extends TextRange {
  word: string;
}

/** Whitespace-separated words of each text, with offsets trimmed to their letters and digits. */
export function tokenize(texts: readonly string[]): Token[] {
  const tokens: Token[] = [];
  texts.forEach((text, node) => {
    for (const m of text.matchAll(/\S+/g)) {
      const word = m[0];
      const core = /[\p{L}\p{N}](?:.*[\p{L}\p{N}])?/su.exec(word);
      if (!core) continue;
      const start = m.index! + core.index;
      tokens.push({ node, start, end: start + core[0].length, word });
    }
  });
  return tokens;
}

function matchAll(tokens: readonly Token[], terms: readonly QueryTerm[]): Token[] {
  const hits: Token[] = [];
  const exactTerms = new Set<QueryTerm>();
  for (const term of terms) {
    if (term.accented && tokens.some((t) => termMatchesWord(term, t.word, true))) exactTerms.add(term);
  }
  for (const token of tokens) {
    if (terms.some((term) => termMatchesWord(term, token.word, exactTerms.has(term)))) hits.push(token);
  }
  return hits;
}

/** Every occurrence of a query word in the texts, in document order. */
export function findHighlights(texts: readonly string[], query: string): TextRange[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  return matchAll(tokenize(texts), terms).map(({ node, start, end }) => ({ node, start, end }));
}

/**
 * The place to scroll to: the first word of the first occurrence of `phrase`
 * (compared without case, diacritics and punctuation); failing that, the
 * first highlight of the query; undefined when neither is found.
 */
export function findPlace(texts: readonly string[], query: string, phrase: string | undefined): TextRange | undefined {
  const tokens = tokenize(texts);
  const wanted = (phrase ?? '')
    .split(/\s+/)
    .map((w) => wordKey(w, true))
    .filter((k) => k !== '');
  if (wanted.length > 0) {
    const keys = tokens.map((t) => wordKey(t.word, true));
    outer: for (let i = 0; i + wanted.length <= keys.length; i++) {
      for (let j = 0; j < wanted.length; j++) if (keys[i + j] !== wanted[j]) continue outer;
      const { node, start, end } = tokens[i]!;
      return { node, start, end };
    }
  }
  const terms = queryTerms(query);
  const first = terms.length > 0 ? matchAll(tokens, terms)[0] : undefined;
  return first ? { node: first.node, start: first.start, end: first.end } : undefined;
}

/**
 * Result excerpts and "where in the article" for a search result, built from
 * what Pagefind's `data()` returns: the page `content` (its words, in the
 * index form with `ḏ`) and the `weighted_locations` of matched words.
 *
 * We build excerpts ourselves instead of using Pagefind's `excerpt` string:
 * the text comes back as plain segments (no HTML to inject, so nothing in an
 * article can become markup) and with `đ` restored.
 * Pure.
 */
import { fromIndexForm } from './fold';

/** Pagefind's word separator: locations count words split this way. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

export interface WeightedLocation {
  location: number;
  balanced_score: number;
}

export interface ExcerptSegment {
  text: string;
  /** A matched word. */
  hit: boolean;
}

/** The page's words, numbered like Pagefind's locations. */
export function contentWords(content: string): string[] {
  const trimmed = content.trim();
  return trimmed === '' ? [] : trimmed.split(WORD_SEPARATORS);
}

/**
 * Where a `length`-word excerpt should start: in the window holding the most
 * match weight (the earliest such), three words before its first hit.
 */
export function densestWindow(locations: readonly WeightedLocation[], wordCount: number, length: number): number {
  if (locations.length === 0 || wordCount <= length) return 0;
  const weight = new Array<number>(wordCount).fill(0);
  for (const l of locations) if (l.location >= 0 && l.location < wordCount) weight[l.location]! += l.balanced_score;
  let sum = 0;
  for (let i = 0; i < length; i++) sum += weight[i]!;
  let best = sum;
  let bestStart = 0;
  for (let start = 1; start + length <= wordCount; start++) {
    sum += weight[start + length - 1]! - weight[start - 1]!;
    if (sum > best) {
      best = sum;
      bestStart = start;
    }
  }
  // Start a little before the window's first hit, so the hits are not at its very end.
  let first = bestStart;
  while (first < bestStart + length && weight[first] === 0) first++;
  return Math.max(0, Math.min(first - 3, wordCount - length));
}

/** The excerpt as text segments, matched words marked, `…` where the page goes on. */
export function excerptSegments(words: readonly string[], locations: readonly WeightedLocation[], length = 30): ExcerptSegment[] {
  const start = densestWindow(locations, words.length, length);
  const end = Math.min(words.length, start + length);
  const hits = new Set(locations.map((l) => l.location));
  const segments: ExcerptSegment[] = [];
  const push = (text: string, hit: boolean) => {
    const last = segments[segments.length - 1];
    if (last && last.hit === hit && !hit) last.text += text;
    else segments.push({ text, hit });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i++) {
    if (i > start) push(' ', false);
    push(fromIndexForm(words[i]!), hits.has(i));
  }
  if (end < words.length) push(' …', false);
  return segments;
}

/** The best single matched word: the heaviest location inside the densest window. */
export function bestLocation(locations: readonly WeightedLocation[], wordCount: number, length = 30): number | undefined {
  if (locations.length === 0) return undefined;
  const start = densestWindow(locations, wordCount, length);
  const inWindow = locations.filter((l) => l.location >= start && l.location < start + length);
  const pool = inWindow.length > 0 ? inWindow : locations;
  return [...pool].sort((a, b) => b.balanced_score - a.balanced_score || a.location - b.location)[0]!.location;
}

/** A few words starting at `location`, as the article writes them: the article page scrolls to them. */
export function phraseAt(words: readonly string[], location: number, length = 4): string {
  return words
    .slice(location, location + length)
    .map((w) => fromIndexForm(w))
    .join(' ');
}

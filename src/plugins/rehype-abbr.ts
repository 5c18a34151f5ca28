/**
 * rehype plugin: wraps the article's acronyms in `<abbr title="long form">`.
 *
 * Every occurrence of each short form (`ANTQ`, `HĐND`, `TP.HCM`) found as a
 * whole word, i.e. not preceded or followed by a letter, a digit or a
 * combining mark, becomes `<abbr title="an ninh Tổ quốc">ANTQ</abbr>`.
 * Longer short forms win over shorter ones starting at the same place
 * (`TP.HCM` before `TP`). The first occurrence of each acronym also gets an
 * id (`viet-tat-<slug>`, or `idPrefix`) so the panel can link to it. Text is
 * only split, never changed. Occurrences inside an existing `<abbr>` are left
 * alone; occurrences inside a figure's `<mark>` are wrapped like any other.
 *
 * Matching walks each text once, trying the short forms that start with the
 * character at hand (`findAcronyms`), rather than building one alternation
 * regexp per article: compiling and running a Unicode regexp with a
 * lookbehind for every article was a third of the loader's time (3.2 of 9.0
 * CPU seconds at 1,000 articles).
 */
import type { Element, ElementContent, Parent, Root } from 'hast';
import type { Plugin } from 'unified';
import { slugify } from '../lib/slug';
import type { Acronym } from '../schema';

export interface AbbrOptions {
  acronyms: readonly Pick<Acronym, 'short' | 'long'>[];
  /** Prefix of the id given to an acronym's first occurrence; `false` for no ids. */
  idPrefix?: string | false;
}

/** The id of an acronym's first occurrence: `HĐND` → `viet-tat-hdnd`. */
export function abbrId(short: string, prefix = 'viet-tat-'): string {
  return `${prefix}${slugify(short) || 'x'}`;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Whether the code point of `text` starting at `i` is a letter, digit or combining mark. */
function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Whether the code point of `text` ending just before `i` is a letter, digit or combining mark. */
function isWordCharBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const low = text.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return isWordCharAt(text, start);
}

/** Short forms grouped by their first UTF-16 unit, longest first. */
export type ShortsByFirst = Map<number, string[]>;

export function groupShorts(shorts: Iterable<string>): ShortsByFirst {
  const byFirst: ShortsByFirst = new Map();
  for (const short of shorts) {
    if (!short) continue;
    const first = short.charCodeAt(0);
    const list = byFirst.get(first) ?? [];
    list.push(short);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return byFirst;
}

/**
 * Every whole-word occurrence of the short forms in `text`, left to right, the
 * longest at each place, as `[index, short]`; matches do not overlap. Whole
 * word: no letter, digit or combining mark just before or just after.
 */
export function findAcronyms(text: string, byFirst: ShortsByFirst): [number, string][] {
  const found: [number, string][] = [];
  for (let i = 0; i < text.length; i++) {
    const candidates = byFirst.get(text.charCodeAt(i));
    if (candidates === undefined || isWordCharBefore(text, i)) continue;
    for (const short of candidates) {
      const end = i + short.length;
      if (text.startsWith(short, i) && (end >= text.length || !isWordCharAt(text, end))) {
        found.push([i, short]);
        i = end - 1;
        break;
      }
    }
  }
  return found;
}

const rehypeAbbr: Plugin<[AbbrOptions], Root> = (options) => {
  const { acronyms, idPrefix = 'viet-tat-' } = options;
  const longOf = new Map<string, string>();
  for (const { short, long } of acronyms) if (short && !longOf.has(short)) longOf.set(short, long);
  if (longOf.size === 0) return () => {};
  const byFirst = groupShorts(longOf.keys());

  return (tree: Root) => {
    const seen = new Set<string>();
    const usedIds = new Set<string>();
    const visit = (parent: Parent) => {
      for (let i = 0; i < parent.children.length; i++) {
        const child = parent.children[i]!;
        if (child.type === 'element') {
          if (child.tagName !== 'abbr') visit(child);
          continue;
        }
        if (child.type !== 'text') continue;
        const value = child.value;
        const pieces: ElementContent[] = [];
        let cursor = 0;
        for (const [index, short] of findAcronyms(value, byFirst)) {
          if (index > cursor) pieces.push({ type: 'text', value: value.slice(cursor, index) });
          const abbr: Element = { type: 'element', tagName: 'abbr', properties: { title: longOf.get(short)! }, children: [{ type: 'text', value: short }] };
          if (idPrefix !== false && !seen.has(short)) {
            seen.add(short);
            const id = abbrId(short, idPrefix);
            if (!usedIds.has(id)) {
              usedIds.add(id);
              abbr.properties.id = id;
            }
          }
          pieces.push(abbr);
          cursor = index + short.length;
        }
        if (pieces.length === 0) continue;
        if (cursor < value.length) pieces.push({ type: 'text', value: value.slice(cursor) });
        parent.children.splice(i, 1, ...pieces);
        i += pieces.length - 1;
      }
    };
    visit(tree);
  };
};

export default rehypeAbbr;

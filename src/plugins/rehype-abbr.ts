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

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const rehypeAbbr: Plugin<[AbbrOptions], Root> = (options) => {
  const { acronyms, idPrefix = 'viet-tat-' } = options;
  const longOf = new Map<string, string>();
  for (const { short, long } of acronyms) if (short && !longOf.has(short)) longOf.set(short, long);
  const shorts = [...longOf.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (shorts.length === 0) return () => {};
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${shorts.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'gu');

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
        for (const match of value.matchAll(pattern)) {
          const short = match[0];
          if (match.index > cursor) pieces.push({ type: 'text', value: value.slice(cursor, match.index) });
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
          cursor = match.index + short.length;
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

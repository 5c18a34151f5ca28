/**
 * bodyHtml writes what hast-util-to-html writes (with the shortest character
 * references) for every tree an article body can become: checked against it on
 * hand-picked trees, on random trees, and on every article we have.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { extractArticleWithIds } from '../../src/lib/article';
import { parseArticleFile } from '../../src/lib/article-file';
import { bodyHtml } from '../../src/lib/body-html';
import { bodyTree } from '../../src/lib/render-body';
import { normalizeText } from '../../src/lib/text';
import { ArticleFrontmatter } from '../../src/schema';

const reference = (tree: Root) => toHtml(tree, { characterReferences: { useShortestReferences: true } });
const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string) => ({ type: 'text' as const, value });
const root = (...children: Root['children']): Root => ({ type: 'root', children });

describe('bodyHtml', () => {
  it('writes a figure mark, an alias span, an abbreviation and line breaks as hast-util-to-html does', () => {
    const tree = root(
      text('\n'),
      el('p', {}, [
        text('Thu '),
        el('mark', { id: 'hon-2-9-ty-dong', className: ['fig', 'fig-money'], dataKind: 'money', dataValue: '2900000000', dataUnitInferred: 'true', tabIndex: 0 }, [text('hơn 2,9 tỷ đồng')]),
        el('br', {}),
        text('\n'),
        el('span', { id: 'cu', className: ['fig-alias'], dataTarget: 'moi' }),
        el('abbr', { title: 'Ủy ban nhân dân' }, [text('UBND')]),
      ]),
    );
    expect(bodyHtml(tree)).toBe(reference(tree));
    expect(bodyHtml(tree)).toContain('<mark id="hon-2-9-ty-dong" class="fig fig-money" data-kind="money"');
  });

  it('escapes text and attribute values with the same references', () => {
    const tree = root(el('p', {}, [text('a < b & c > d "e" \'f\' `g`'), el('abbr', { title: 'x "y" & \'z\' `w` <v> \0' }, [text('&amp;')])]));
    expect(bodyHtml(tree)).toBe(reference(tree));
    expect(bodyHtml(tree)).toContain('a &lt; b &#38; c > d');
  });

  it('leaves out false, null and undefined properties and writes true ones bare, as hast-util-to-html does', () => {
    const tree = root(el('mark', { id: 'a', dataFlag: true, dataGone: false, title: undefined, dataNone: null }, [text('x')]));
    expect(bodyHtml(tree)).toBe(reference(tree));
  });

  it('refuses what a body never holds, instead of guessing', () => {
    expect(() => bodyHtml(root(el('p', { onClick: 'x' })))).toThrow(/onClick/);
    expect(() => bodyHtml(root({ type: 'comment', value: 'x' }))).toThrow(/comment/);
    expect(() => bodyHtml(root(el('br', {}, [text('x')])))).toThrow(/br/);
  });

  it('agrees with hast-util-to-html on random body trees', () => {
    const str = fc.string({ unit: fc.oneof(fc.constantFrom('&', '<', '>', '"', "'", '`', '\0', '\n', ' ', 'đ', 'ệ', '😀', '\ud800'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 12 });
    const props = fc.record(
      { id: str, className: fc.array(str, { maxLength: 3 }), title: str, tabIndex: fc.integer({ min: -1, max: 2 }), dataKind: str, dataUnitInferred: fc.constant('true'), dataMinValue: str },
      { requiredKeys: [] },
    );
    const { node } = fc.letrec<{ node: ElementContent }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        str.map(text),
        fc.constant(el('br', {})),
        fc.tuple(fc.constantFrom('p', 'mark', 'span', 'abbr'), props, fc.array(tie('node'), { maxLength: 4 })).map(([tag, p, children]) => el(tag, p as Element['properties'], children)),
      ),
    }));
    fc.assert(
      fc.property(fc.array(node, { maxLength: 5 }), (children) => {
        const tree = root(...children);
        expect(bodyHtml(tree)).toBe(reference(tree));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with hast-util-to-html on every committed article', () => {
    const dir = fileURLToPath(new URL('../../content/articles/', import.meta.url));
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const { frontmatter, body } = parseArticleFile(readFileSync(dir + f, 'utf8'));
      const { tree } = bodyTree(body, ArticleFrontmatter.parse(frontmatter));
      expect(bodyHtml(tree), f).toBe(reference(tree));
    }
  });

  const DANTRI = fileURLToPath(new URL('../../../shared/corpus/dantri/', import.meta.url));
  const present = existsSync(DANTRI);
  if (!present) console.warn(`body-html.test.ts: ${DANTRI} is absent; the Dân Trí comparison is skipped`);
  it.skipIf(!present)('agrees with hast-util-to-html on every Dân Trí article', () => {
    const files = readdirSync(DANTRI).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(265);
    for (const f of files) {
      const source = normalizeText(readFileSync(DANTRI + f, 'utf8'));
      const { data } = extractArticleWithIds(source);
      const { tree } = bodyTree(source.slice(data.meta.bodyStart), data);
      expect(bodyHtml(tree), f).toBe(reference(tree));
    }
  });
});

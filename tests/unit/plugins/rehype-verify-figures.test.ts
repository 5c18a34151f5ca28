/**
 * rehype-verify-figures: reports every way a figure or a character could be
 * lost between the article file and the page.
 */
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeFigureMarks from '../../../src/plugins/rehype-figure-marks';
import rehypeVerifyFigures from '../../../src/plugins/rehype-verify-figures';
import { fig, run } from './helpers';

const body = 'Quyên góp 742 tấn nông sản trị giá hơn 6,7 tỷ đồng.';
const figures = [
  fig(body, 5, '742 tấn', { id: '742-tan', kind: 'mass' }),
  fig(body, 5, 'hơn 6,7 tỷ đồng', { id: 'hon-6-7-ty-dong', kind: 'money' }),
];
const marks = [rehypeFigureMarks, { figures, bodyStart: 5, reading: () => 'R' }] as const;
const verify = (extra: object = {}) => [rehypeVerifyFigures, { figures, body, bodyStart: 5, ...extra }] as const;

/** A plugin that damages the tree, standing in for a buggy step before verification. */
const damage = (fn: (tree: Root) => void) => () => fn;

describe('rehype-verify-figures', () => {
  it('is silent when every figure is highlighted once and the text is intact', () => {
    expect(run(body, [...marks], [...verify()]).messages).toEqual([]);
  });

  it('reports a figure that is not highlighted', () => {
    const { messages } = run(body, [...verify()]);
    expect(messages).toEqual([
      'figure "742-tan" ("742 tấn") is not highlighted on the page',
      'figure "hon-6-7-ty-dong" ("hơn 6,7 tỷ đồng") is not highlighted on the page',
    ]);
  });

  it('reports text that a step dropped or changed, with where', () => {
    const dropLastChar = damage((tree) => {
      const p = tree.children[0] as { children: { type: string; value?: string }[] };
      const last = p.children[p.children.length - 1]!;
      last.value = last.value!.slice(0, -1);
    });
    const { messages } = run(body, [...marks], dropLastChar, [...verify()]);
    expect(messages).toEqual([
      // 20 characters of context either side of the first difference.
      'the page text differs from the article body at body offset 50 (source offset 55): page has " giá hơn 6,7 tỷ đồng", body has " giá hơn 6,7 tỷ đồng."',
    ]);
  });

  it('reports a highlight with the wrong text or the wrong place', () => {
    const other = [{ ...figures[0]!, text: '742 tấn' }, { ...figures[1]!, start: figures[1]!.start + 1 }];
    const { messages } = run(body, [...marks], [rehypeVerifyFigures, { figures: other, body, bodyStart: 5 }]);
    expect(messages).toEqual([`figure "hon-6-7-ty-dong" ("hơn 6,7 tỷ đồng") is highlighted at source offset ${figures[1]!.start}, not at ${figures[1]!.start + 1}`]);
  });

  it('reports a duplicated id and a highlight that matches no figure', () => {
    const duplicate = damage((tree) => {
      const p = tree.children[0] as { children: unknown[] };
      p.children.push({ type: 'element', tagName: 'mark', properties: { id: '742-tan', className: ['fig'] }, children: [] });
      p.children.push({ type: 'element', tagName: 'mark', properties: { id: 'la', className: ['fig'] }, children: [{ type: 'text', value: '' }] });
    });
    const { messages } = run(body, [...marks], duplicate, [...verify()]);
    expect(messages).toEqual([
      'figure "742-tan" ("742 tấn"): its id is used 2 times on the page',
      'a highlight with id "la" ("") matches no figure of the article',
    ]);
  });

  it('reports a retired id without its alias anchor', () => {
    const { messages } = run(body, [...marks], [...verify({ redirects: { 'cu': '742-tan' } })]);
    expect(messages).toEqual(['retired id "cu" (→ "742-tan") has no anchor on the page, so old links to it would not land']);
    const withAlias = run(body, [rehypeFigureMarks, { figures, bodyStart: 5, redirects: { cu: '742-tan' } }], [...verify({ redirects: { cu: '742-tan' } })]);
    expect(withAlias.messages).toEqual([]);
  });
});

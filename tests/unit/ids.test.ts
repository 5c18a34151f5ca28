import { describe, expect, it } from 'vitest';
import { assignIds, baseId } from '../../src/lib/ids';
import type { FigureDraft } from '../../src/lib/types';

/** A draft for the n-th occurrence of `needle` in `text` (values do not matter to ids). */
function draft(text: string, needle: string, occurrence = 1): FigureDraft {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return { text: needle, start, end: start + needle.length, kind: 'count', unit: '', value: 1, qualifier: 'exact' };
}

const original = 'Quỹ vận động được hơn 2,9 tỷ đồng. Các xã góp 176 triệu đồng và 420 suất quà. Sau đó thêm 176 triệu đồng nữa.';

describe('baseId', () => {
  it('slugs the figure text in ASCII', () => {
    expect(baseId('hơn 2,9 tỷ đồng')).toBe('hon-2-9-ty-dong');
    expect(baseId('11/11 xã, phường')).toBe('11-11-xa-phuong');
    expect(baseId('Đ')).toBe('d');
  });
  it('never returns an empty id', () => {
    expect(baseId('%')).toBe('so-lieu');
  });
});

describe('assignIds', () => {
  const drafts = [draft(original, 'hơn 2,9 tỷ đồng'), draft(original, '176 triệu đồng'), draft(original, '420 suất quà'), draft(original, '176 triệu đồng', 2)];

  it('gives readable ids, numbering repeated texts in order', () => {
    const { figures } = assignIds(original, drafts);
    expect(figures.map((f) => f.id)).toEqual(['hon-2-9-ty-dong', '176-trieu-dong', '420-suat-qua', '176-trieu-dong-2']);
    expect(figures[0]!.prefix).toBe('Quỹ vận động được ');
    expect(figures[0]!.suffix).toBe('. Các xã góp 176 triệu đồng và 4');
  });

  it('gives the same ids when run again on unchanged text', () => {
    const first = assignIds(original, drafts);
    const again = assignIds(original, drafts, first);
    expect(again.figures).toEqual(first.figures);
    expect(again.redirects).toEqual({});
  });

  it('keeps existing ids when a paragraph is edited and a same-text figure is added before them', () => {
    const first = assignIds(original, drafts);
    const edited = 'Mở đầu: đã chi 176 triệu đồng. ' + original.replace('Các xã góp', 'Các phường, xã góp');
    const editedDrafts = [
      draft(edited, '176 triệu đồng', 1),
      draft(edited, 'hơn 2,9 tỷ đồng'),
      draft(edited, '176 triệu đồng', 2),
      draft(edited, '420 suất quà'),
      draft(edited, '176 triệu đồng', 3),
    ];
    const { figures, redirects } = assignIds(edited, editedDrafts, first);
    const byText = figures.map((f) => [f.text, f.id, f.start]);
    expect(figures[1]!.id).toBe('hon-2-9-ty-dong');
    expect(figures[2]!.id).toBe('176-trieu-dong');
    expect(figures[3]!.id).toBe('420-suat-qua');
    expect(figures[4]!.id).toBe('176-trieu-dong-2');
    expect(figures[0]!.id, JSON.stringify(byText)).toBe('176-trieu-dong-3');
    expect(redirects).toEqual({});
  });

  it('retires the id of a figure that is gone, pointing it at the nearest figure', () => {
    const first = assignIds(original, drafts);
    const edited = original.replace('420 suất quà', 'nhiều suất quà');
    const { figures, redirects } = assignIds(edited, [draft(edited, 'hơn 2,9 tỷ đồng'), draft(edited, '176 triệu đồng'), draft(edited, '176 triệu đồng', 2)], first);
    expect(figures.map((f) => f.id)).toEqual(['hon-2-9-ty-dong', '176-trieu-dong', '176-trieu-dong-2']);
    expect(redirects).toEqual({ '420-suat-qua': '176-trieu-dong' });
  });

  it('keeps the id when the extractor widens a span in place', () => {
    const text = 'Tổng cộng trên 244 tấn nông sản.';
    const first = assignIds(text, [draft(text, '244 tấn')]);
    const again = assignIds(text, [draft(text, 'trên 244 tấn')], first);
    expect(again.figures[0]!.id).toBe('244-tan');
    expect(again.redirects).toEqual({});
  });

  it('does not hand out a retired id to a new figure, and follows chains of redirects', () => {
    const t1 = 'Có 5 người và 7 hộ.';
    const g1 = assignIds(t1, [draft(t1, '5 người'), draft(t1, '7 hộ')]);
    const t2 = 'Có năm người và 7 hộ.';
    const g2 = assignIds(t2, [draft(t2, '7 hộ')], g1);
    expect(g2.redirects).toEqual({ '5-nguoi': '7-ho' });
    const t3 = 'Có 5 người và 8 hộ.';
    const g3 = assignIds(t3, [draft(t3, '5 người'), draft(t3, '8 hộ')], g2);
    expect(g3.figures.map((f) => f.id)).toEqual(['5-nguoi-2', '8-ho']);
    expect(g3.redirects).toEqual({ '5-nguoi': '8-ho', '7-ho': '8-ho' });
  });
});

/** Issue 7's thousands of figures: ids numbered and retired without a pass over all figures per figure. */
describe('assignIds with thousands of figures', () => {
  const n = 5000;
  const unit = 'Chi 7 tỷ đồng. '; // `7 tỷ đồng` at offset 4 of each unit
  const text = unit.repeat(n);
  const drafts: FigureDraft[] = Array.from({ length: n }, (_, k) => ({
    text: '7 tỷ đồng',
    start: k * unit.length + 4,
    end: k * unit.length + 13,
    kind: 'money',
    unit: 'đồng',
    value: 7e9,
    qualifier: 'exact',
  }));

  it('numbers 5,000 figures with the same text in order', () => {
    const { figures } = assignIds(text, drafts);
    expect(figures.map((f) => f.id)).toEqual(drafts.map((_, k) => (k === 0 ? '7-ty-dong' : `7-ty-dong-${k + 1}`)));
    // 32 characters of context on each side, cut by the ends of the text.
    expect(figures[0]).toMatchObject({ prefix: 'Chi ', suffix: '. Chi 7 tỷ đồng. Chi 7 tỷ đồng. ' });
    expect(figures[4999]).toMatchObject({ prefix: 'i 7 tỷ đồng. Chi 7 tỷ đồng. Chi ', suffix: '. ' });
  });

  it('retires 5,000 previous ids to the nearest current figure', () => {
    // The previous extraction saw `Chi 7` (a different text) 3 characters before each figure.
    const previous = {
      figures: drafts.map((d, k) => ({ id: `chi-7-${k}`, text: 'Chi 7', start: d.start - 4, prefix: '', suffix: '' })),
      redirects: {},
    };
    const { figures, redirects } = assignIds(text, drafts, previous);
    expect(Object.keys(redirects)).toHaveLength(n);
    const wrong = previous.figures.filter((p, k) => redirects[p.id] !== figures[k]!.id);
    expect(wrong).toEqual([]);
  });
});

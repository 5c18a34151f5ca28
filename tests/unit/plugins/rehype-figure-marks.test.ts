/**
 * rehype-figure-marks: every figure wrapped in its <mark>, exactly its text,
 * with its data in attributes; aliases for retired ids; bad figures reported,
 * never thrown.
 */
import { describe, expect, it } from 'vitest';
import rehypeFigureMarks, { resolveRedirects } from '../../../src/plugins/rehype-figure-marks';
import { fig, run } from './helpers';

const reading = () => 'R';

describe('rehype-figure-marks', () => {
  it('wraps a money figure with its data attributes and reading', () => {
    const body = 'Quỹ đạt hơn 2,9 tỷ đồng.';
    const figures = [fig(body, 10, 'hơn 2,9 tỷ đồng', { id: 'hon-2-9-ty-dong', kind: 'money', unit: 'đồng', value: 2900000000, qualifier: 'over' })];
    const { html, messages } = run(body, [rehypeFigureMarks, { figures, bodyStart: 10 }]);
    expect(messages).toEqual([]);
    expect(html).toBe(
      '<p>Quỹ đạt <mark id="hon-2-9-ty-dong" class="fig fig--money" data-kind="money" data-value="2900000000" data-unit="đồng" data-qualifier="over" data-reading="> 2.900.000.000 ₫ · tiền" tabindex="0">hơn 2,9 tỷ đồng</mark>.</p>',
    );
  });

  it('writes min/max for a range and numerator/denominator/value for a fraction', () => {
    const body = 'Lãi 10–15 tỷ đồng ở 11/11 xã.';
    const figures = [
      fig(body, 0, '10–15 tỷ đồng', { id: 'a', kind: 'money', unit: 'đồng', value: undefined, min: 1e10, max: 1.5e10 }),
      fig(body, 0, '11/11 xã', { id: 'b', kind: 'ratio', unit: 'xã', numerator: 11, denominator: 11, value: 1 }),
    ];
    const { html } = run(body, [rehypeFigureMarks, { figures, bodyStart: 0, reading }]);
    expect(html).toBe(
      '<p>Lãi <mark id="a" class="fig fig--money" data-kind="money" data-min="10000000000" data-max="15000000000" data-unit="đồng" data-qualifier="exact" data-reading="R" tabindex="0">10–15 tỷ đồng</mark>' +
        ' ở <mark id="b" class="fig fig--ratio" data-kind="ratio" data-numerator="11" data-denominator="11" data-value="1" data-unit="xã" data-qualifier="exact" data-reading="R" tabindex="0">11/11 xã</mark>.</p>',
    );
  });

  it('marks an inferred unit', () => {
    const body = '5 tập thể và 6 được khen.';
    const figures = [fig(body, 0, '6', { id: 'six', kind: 'people', unit: 'cá nhân', value: 6, unitInferred: true })];
    const { html } = run(body, [rehypeFigureMarks, { figures, bodyStart: 0, reading }]);
    expect(html).toContain('data-unit="cá nhân" data-unit-inferred="true"');
    expect(html).toContain('>6</mark> được khen.');
  });

  it('wraps several figures in one text node, at the start and at the end', () => {
    const body = '12 tấn, 3 ha và 40%';
    const figures = [
      fig(body, 0, '12 tấn', { id: 'x1', kind: 'mass' }),
      fig(body, 0, '3 ha', { id: 'x2', kind: 'area' }),
      fig(body, 0, '40%', { id: 'x3', kind: 'percent' }),
    ];
    const { html, messages } = run(body, [rehypeFigureMarks, { figures: [figures[2]!, figures[0]!, figures[1]!], bodyStart: 0, reading }]);
    expect(messages).toEqual([]);
    expect(html.replace(/ class="[^"]*"| data-[a-z-]+="[^"]*"| tabindex="0"/g, '')).toBe(
      '<p><mark id="x1">12 tấn</mark>, <mark id="x2">3 ha</mark> và <mark id="x3">40%</mark></p>',
    );
  });

  it('picks the right occurrence of a repeated text by its offset', () => {
    const body = 'Có 6 tập thể. Thêm 6 tập thể nữa.';
    const figures = [fig(body, 100, '6 tập thể', { id: 'second', kind: 'count' }, 2)];
    const { html } = run(body, [rehypeFigureMarks, { figures, bodyStart: 100, reading }]);
    expect(html.replace(/ class="[^"]*"| data-[a-z-]+="[^"]*"| tabindex="0"/g, '')).toBe('<p>Có 6 tập thể. Thêm <mark id="second">6 tập thể</mark> nữa.</p>');
  });

  it('wraps a figure that spans a line break inside a paragraph', () => {
    const body = 'tổng cộng 1.200\nngười tham gia';
    const figures = [fig(body, 0, '1.200\nngười', { id: 'p', kind: 'people' })];
    const { html, messages } = run(body, [rehypeFigureMarks, { figures, bodyStart: 0, reading }]);
    expect(messages).toEqual([]);
    expect(html.replace(/ class="[^"]*"| data-[a-z-]+="[^"]*"| tabindex="0"/g, '')).toBe('<p>tổng cộng <mark id="p">1.200<br>\nngười</mark> tham gia</p>');
  });

  it('puts an empty alias span before the mark for each retired id, following chains', () => {
    const body = 'Tăng 12,5% so với năm trước.';
    const figures = [fig(body, 0, '12,5%', { id: '12-5', kind: 'percent' })];
    const redirects = { 'cu-1': 'cu-2', 'cu-2': '12-5', 'phan-tram': '12-5' };
    const { html, messages } = run(body, [rehypeFigureMarks, { figures, bodyStart: 0, redirects, reading }]);
    expect(messages).toEqual([]);
    expect(html).toContain(
      'Tăng <span id="cu-1" class="fig-alias" data-target="12-5"></span><span id="cu-2" class="fig-alias" data-target="12-5"></span><span id="phan-tram" class="fig-alias" data-target="12-5"></span><mark id="12-5"',
    );
  });

  it('reports, and does not wrap, a figure whose text is not at its offsets', () => {
    const body = 'Đạt 1,3 triệu USD.';
    const figures = [{ ...fig(body, 0, '1,3 triệu USD', { id: 'usd', kind: 'money' }), text: '1,2 triệu USD' }];
    const { html, messages } = run(body, [rehypeFigureMarks, { figures, bodyStart: 0, reading }]);
    expect(html).toBe('<p>Đạt 1,3 triệu USD.</p>');
    expect(messages).toEqual(['figure "usd": the text at 4–17 is "1,3 triệu USD", not "1,2 triệu USD"']);
  });

  it('reports a figure outside the body (e.g. in the metadata header)', () => {
    const body = 'Thân bài 5 tấn.';
    const figures = [{ id: 'trong-dau-de', text: '2022', start: 2, end: 6, kind: 'count' as const, unit: '', qualifier: 'exact' as const, value: 2022 }];
    const { messages } = run(body, [rehypeFigureMarks, { figures, bodyStart: 20, reading }]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^figure "trong-dau-de" \("2022"\) at 2–6 lies outside the body/);
  });

  it('reports overlapping figures and keeps the first', () => {
    const body = 'gần 300 mắt camera';
    const figures = [fig(body, 0, 'gần 300 mắt camera', { id: 'a', kind: 'count' }), fig(body, 0, '300 mắt', { id: 'b', kind: 'count' })];
    const { html, messages } = run(body, [rehypeFigureMarks, { figures, bodyStart: 0, reading }]);
    expect(messages).toEqual(['figure "b" ("300 mắt") overlaps figure "a" ("gần 300 mắt camera")']);
    expect(html).toContain('<mark id="a"');
    expect(html).not.toContain('id="b"');
  });

  it('reports a figure that crosses a paragraph boundary', () => {
    const body = 'cuối đoạn 5\n\ntấn đầu đoạn';
    const figures = [fig(body, 0, '5\n\ntấn', { id: 'x', kind: 'mass' })];
    const { html, messages } = run(body, [rehypeFigureMarks, { figures, bodyStart: 0, reading }]);
    expect(messages).toEqual(['figure "x" ("5\\n\\ntấn") crosses a paragraph boundary']);
    expect(html).toBe('<p>cuối đoạn 5</p>\n\n<p>tấn đầu đoạn</p>');
  });

  it('handles thousands of figures in one paragraph', () => {
    const parts = Array.from({ length: 3000 }, (_, i) => `${i + 1} tấn`);
    const body = parts.join(', ');
    let at = 0;
    const figures = parts.map((text, i) => {
      const start = body.indexOf(text, at);
      at = start + text.length;
      return { id: `f${i}`, text, start, end: start + text.length, kind: 'mass' as const, unit: 'tấn', qualifier: 'exact' as const, value: i + 1 };
    });
    const started = performance.now();
    const { html, messages } = run(body, [rehypeFigureMarks, { figures, bodyStart: 0, reading }]);
    expect(messages).toEqual([]);
    expect(html.match(/<mark /g)).toHaveLength(3000);
    expect(html).toContain('<mark id="f2999" class="fig fig--mass" data-kind="mass" data-value="3000" data-unit="tấn" data-qualifier="exact" data-reading="R" tabindex="0">3000 tấn</mark></p>');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('resolveRedirects', () => {
  it('resolves chains and reports cycles, dangling targets and retired ids still in use (in id order)', () => {
    const reported: string[] = [];
    const resolved = resolveRedirects(
      { a: 'b', b: 'cur', loop1: 'loop2', loop2: 'loop1', lost: 'nowhere', cur: 'other' },
      new Set(['cur', 'other']),
      (m) => reported.push(m),
    );
    expect([...resolved]).toEqual([
      ['a', 'cur'],
      ['b', 'cur'],
    ]);
    expect(reported).toEqual([
      'retired id "cur" is also the id of a current figure; the redirect to "other" is ignored',
      'redirects from "loop1" form a cycle (loop1 → loop2 → loop1)',
      'redirects from "loop2" form a cycle (loop2 → loop1 → loop2)',
      'retired id "lost" redirects to "nowhere", which is not a figure of this article',
    ]);
  });
});

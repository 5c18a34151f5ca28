import { describe, expect, it } from 'vitest';
import { collectFigureMarks, decodeEntities, foldTextContent, indexedPart, parseAttributes, prepareForIndex } from '../../src/lib/search/index-html';
import { fromIndexForm } from '../../src/lib/search/fold';
import { decodeFigureTable, FIGURES_META_KEY } from '../../src/lib/search/unindexed';

const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đà Lạt</title><script type="module" src="/_astro/a.js"></script><style>.đ{}</style></head>
<body><header data-pagefind-ignore="all"><a href="/nguon/lao-đong/">Lao Động</a></header>
<article data-pagefind-body data-pagefind-filter="outlet:Lao Động"><h1 data-pagefind-meta="title">Quỹ đồng lòng</h1>
<dl data-pagefind-ignore><dd data-pagefind-filter="outlet">Lao <b>Động</b> <i>Đ</i></dd><dd>Đ</dd><span data-pagefind-filter="category">Đời sống</span><br data-pagefind-filter="x"><p>Đi</p></dl>
<p>Vận động <mark id="hon-2-9-ty-dong" class="fig fig--money" data-kind="money" data-value="2900000000" data-unit="đồng" data-qualifier="over" data-reading="> 2.900.000.000 ₫ · tiền" data-note="đ">hơn 2,9 tỷ đồng</mark>;
<mark id="not-a-figure">x</mark> <mark class="fig" data-kind="count">no id</mark>
<mark id="gan-300-mat-camera" class="fig fig--count" data-kind="count" data-value="300" data-unit="mắt camera" data-qualifier="nearly">gần 300 mắt camera</mark></p>
<!-- đ in a comment --></article></body></html>`;

describe('attribute parsing', () => {
  it('reads a `>` inside a quoted value (Astro writes data-reading="> 2,9 tỷ" as is)', () => {
    expect(parseAttributes('<mark data-reading="> 2 ₫" id="x">').get('id')).toBe('x');
  });
  it('decodes character references', () => {
    expect(decodeEntities('&gt; 2 &amp; 3 &quot;x&quot; &#39;y&#x27; &#273;')).toBe(`> 2 & 3 "x" 'y' đ`);
  });
  it('reads quoted, unquoted and bare attributes, first one wins', () => {
    const attributes = parseAttributes(`<mark id="a" class='fig x' data-n=3 hidden id="b">`);
    expect(Object.fromEntries(attributes)).toEqual({ id: 'a', class: 'fig x', 'data-n': '3', hidden: '' });
  });
});

describe('collectFigureMarks', () => {
  it('takes marks with an id and the fig class, with kind and reading', () => {
    expect(collectFigureMarks(page)).toEqual([
      { id: 'hon-2-9-ty-dong', kind: 'money', reading: '> 2.900.000.000 ₫ · tiền' },
      { id: 'gan-300-mat-camera', kind: 'count', reading: '300 mắt camera' },
    ]);
  });
});

describe('foldTextContent', () => {
  it('replaces đ in text only: tags, attributes, scripts, styles and comments keep theirs', () => {
    const out = foldTextContent(page);
    expect(out).toContain('<title>\u1E0Eà Lạt</title>');
    expect(out).toContain('Quỹ \u1E0Fồng lòng');
    expect(out).toContain('>Lao \u1E0Eộng</a>');
    expect(out).toContain('href="/nguon/lao-đong/"');
    expect(out).toContain('data-pagefind-filter="outlet:Lao Động"');
    expect(out).toContain('data-unit="đồng"');
    expect(out).toContain('data-note="đ">hơn 2\u03269 tỷ \u1E0Fồng</mark>'); // a `>` inside an attribute does not end the tag
    expect(out).toContain('<style>.đ{}</style>');
    expect(out).toContain('<!-- đ in a comment -->');
    expect(out).toContain('<dd data-pagefind-filter="outlet">Lao <b>Động</b> <i>Đ</i></dd><dd>\u1E0E</dd>');
    expect(out).toContain('<span data-pagefind-filter="category">Đời sống</span>');
    expect(out).toContain('<p>\u1E0Ei</p>'); // a void element with the attribute does not open a kept region
  });
  it('changes nothing else', () => {
    expect(fromIndexForm(foldTextContent(page))).toBe(page);
  });
});

describe('prepareForIndex', () => {
  it('adds the encoded figure table to <head> as an unindexed meta field', () => {
    const { html, figures } = prepareForIndex(page);
    expect(figures).toHaveLength(2);
    const m = /<meta data-pagefind-meta="figs\[content\]" content="([^"]*)"><\/head>/.exec(html);
    expect(FIGURES_META_KEY).toBe('figs');
    expect(m).not.toBeNull();
    expect([...decodeFigureTable(m![1]).keys()]).toEqual(['hon-2-9-ty-dong', 'gan-300-mat-camera']);
  });
  it('adds nothing to a page without figures', () => {
    const plain = '<html><head></head><body><article data-pagefind-body><p>Không có số đo</p></article></body></html>';
    expect(prepareForIndex(plain).html).toBe(plain.replace('đ', '\u1E0F'));
  });
});

describe('indexedPart', () => {
  it('keeps the head and the data-pagefind-body element, nested elements of its kind included, and drops the rest', () => {
    const html =
      '<!doctype html><html lang="vi"><head><title>T</title></head><body class="b"><header>Đầu trang</header>' +
      '<div class="layout"><div data-x=">" data-pagefind-body><p>Thân <div>lồng</div> bài</p><span data-pagefind-filter="kind">money</span></div>' +
      '<aside><p>Bảng số liệu</p></aside></div><footer>Chân</footer></body></html>';
    expect(indexedPart(html)).toBe(
      '<!doctype html><html lang="vi"><head><title>T</title></head><body><div data-x=">" data-pagefind-body><p>Thân <div>lồng</div> bài</p><span data-pagefind-filter="kind">money</span></div></body></html>',
    );
  });
  it('leaves a page without a data-pagefind-body element, or with one never closed, unchanged', () => {
    const none = '<html><head></head><body><p>Trang thường</p></body></html>';
    expect(indexedPart(none)).toBe(none);
    const open = '<html><head></head><body><article data-pagefind-body><p>Không đóng</p></body></html>';
    expect(indexedPart(open)).toBe(open);
  });
  it('gives Pagefind the same figures, filters and text as the whole page', () => {
    const { html, figures } = prepareForIndex(page);
    expect(figures.map((f) => f.id)).toEqual(['hon-2-9-ty-dong', 'gan-300-mat-camera']);
    expect(html).not.toContain('<header');
    expect(html).toContain('data-pagefind-filter="outlet:Lao Động"');
    expect(html).toContain('id="gan-300-mat-camera"');
  });
});

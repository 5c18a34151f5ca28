/** checkBuiltArticle: the post-build re-check of a built article page, on hand-written HTML. */
import { describe, expect, it } from 'vitest';
import { checkBuiltArticle, decodeEntities } from '../../src/lib/check-built';

const body = 'Quỹ đạt hơn 2,9 tỷ đồng; <b> & 5 tấn.\n\nHết.';
const expected = {
  body,
  figures: [
    { id: 'hon-2-9-ty-dong', text: 'hơn 2,9 tỷ đồng' },
    { id: '5-tan', text: '5 tấn' },
  ],
};
const page = (inner: string, extra = '') =>
  `<!DOCTYPE html><html lang="vi"><body><main id="main">${extra}<article><h1 id="tieu-de">T</h1><div class="article-body" id="van-ban">${inner}</div></article><aside><a href="#5-tan">5 tấn</a></aside></main></body></html>`;
const good =
  '<p>Quỹ đạt <mark id="hon-2-9-ty-dong" class="fig fig--money" data-reading="> 2.900.000.000 ₫ · tiền" tabindex="0">hơn 2,9 tỷ đồng</mark>; &lt;b> &#38; <mark id="5-tan" class="fig">5 tấn</mark>.</p>\n\n<p>Hết.</p>';

describe('checkBuiltArticle', () => {
  it('accepts a complete page (a ">" inside an attribute is not the end of the tag)', () => {
    expect(checkBuiltArticle(page(good), expected)).toEqual([]);
  });

  it('accepts aliases, abbreviations and line breaks inside the body', () => {
    const inner = good.replace('<mark id="5-tan"', '<span id="cu" class="fig-alias" data-target="5-tan"></span><mark id="5-tan"').replace('Quỹ', '<abbr title="x">Quỹ</abbr>');
    expect(checkBuiltArticle(page(inner), expected)).toEqual([]);
  });

  it('reports a figure that lost its mark', () => {
    const inner = good.replace('<mark id="5-tan" class="fig">5 tấn</mark>', '5 tấn');
    expect(checkBuiltArticle(page(inner), expected)).toEqual(['figure "5-tan" ("5 tấn") is not highlighted on the built page']);
  });

  it('reports a mark with the wrong text and a mark for no figure', () => {
    const inner = good.replace('>5 tấn</mark>', '>5</mark> tấn').replace('Hết.', '<mark id="la">Hết</mark>.');
    expect(checkBuiltArticle(page(inner), expected)).toEqual([
      'figure "5-tan": the built page highlights "5", not "5 tấn"',
      'the built page highlights "la", which is not a figure of the article',
    ]);
  });

  it('reports text that differs from the body', () => {
    const inner = good.replace('Hết.', 'Hết');
    expect(checkBuiltArticle(page(inner), expected)).toEqual(['the page text differs from the article body at body offset 42: page has "", body has "."']);
  });

  it('reports an id used twice on the page, e.g. a figure id that collides with the page chrome', () => {
    expect(checkBuiltArticle(page(good, '<span id="5-tan"></span>'), expected)).toEqual(['the id "5-tan" appears 2 times on the page']);
  });

  it('reports a page without a body container', () => {
    expect(checkBuiltArticle('<html><body><p>x</p></body></html>', expected)).toEqual(['the page has no <div class="article-body">']);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('&lt;a&gt; &amp; &#38; &#x26; &quot;&nbsp;&#7887;')).toBe('<a> & & & "\u00a0ỏ');
  });
});

/**
 * bodyToHast: the body as literal text in paragraphs; nothing is Markdown,
 * nothing is HTML, and the tree's text is the body character for character.
 */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { bodyToHast, hastText, pointAt } from '../../src/lib/body';

const html = (body: string) => toHtml(bodyToHast(body));

describe('bodyToHast', () => {
  it('makes one <p> per paragraph, separated by blank lines', () => {
    expect(html('Đoạn một.\n\nĐoạn hai.')).toBe('<p>Đoạn một.</p>\n\n<p>Đoạn hai.</p>');
  });

  it('turns a single newline into <br> and keeps the newline as text', () => {
    expect(html('Dòng một\nDòng hai')).toBe('<p>Dòng một<br>\nDòng hai</p>');
  });

  it('treats a line of spaces or tabs as a blank line', () => {
    expect(html('A\n  \t\nB')).toBe('<p>A</p>\n  \t\n<p>B</p>');
  });

  it('keeps several blank lines as one separator, unchanged', () => {
    expect(html('A\n\n\n\nB')).toBe('<p>A</p>\n\n\n\n<p>B</p>');
  });

  it('keeps leading and trailing whitespace outside the paragraphs', () => {
    expect(html('\n  Mở đầu.  \n')).toBe('\n  <p>Mở đầu.</p>  \n');
  });

  it('gives an empty body no paragraph and a whitespace body only its whitespace', () => {
    expect(html('')).toBe('');
    expect(html(' \n \n')).toBe(' \n \n');
  });

  it('shows Markdown syntax as the literal text it is', () => {
    const body = '# Không phải tiêu đề\n* không phải danh sách\n| a | b |\n`mã` **đậm** [x](javascript:alert(1))';
    expect(html(body)).toBe(
      '<p># Không phải tiêu đề<br>\n* không phải danh sách<br>\n| a | b |<br>\n`mã` **đậm** [x](javascript:alert(1))</p>',
    );
  });

  it('escapes HTML in the text so it is shown, never parsed', () => {
    expect(html('<script>alert(1)</script> & <img src=x onerror="alert(1)">')).toBe(
      '<p>&#x3C;script>alert(1)&#x3C;/script> &#x26; &#x3C;img src=x onerror="alert(1)"></p>',
    );
  });

  it('keeps every character: the tree text is the body', () => {
    const bodies = ['', 'a', '\n\na\n\n', 'Một\nHai\n\n\nBa  \n \nBốn\n', '  lề trái\n\n\tthụt\n'];
    for (const body of bodies) expect(hastText(bodyToHast(body))).toBe(body);
  });
});

describe('pointAt', () => {
  it('gives 1-based line and column of an offset', () => {
    expect(pointAt('ab\ncd\n\nef', 0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(pointAt('ab\ncd\n\nef', 4)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(pointAt('ab\ncd\n\nef', 7)).toEqual({ line: 4, column: 1, offset: 7 });
    expect(pointAt('ab\ncd\n\nef', 8)).toEqual({ line: 4, column: 2, offset: 8 });
  });
});

/**
 * The YAML front block of a source: accepted forms, and every malformed one
 * refused with all its problems at their line:col in the file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Meta, httpUrl } from '../../src/schema';
import { decodeSource } from '../../src/lib/decode';
import { isHttpUrl, parseFrontBlock } from '../../src/lib/frontblock';
import { SourceError, type Problem } from '../../src/lib/problems';
import { normalizeText } from '../../src/lib/text';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const read = (name: string) => normalizeText(decodeSource(new Uint8Array(readFileSync(path.join(FIXTURES, name)))));
const BODY = 'Giá xăng giảm 500 đồng mỗi lít từ 15 giờ chiều nay.\n';

function problemsOf(text: string): Problem[] {
  try {
    parseFrontBlock(text);
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return (error as SourceError).problems;
  }
  throw new Error('expected a SourceError, but nothing was thrown');
}
const where = (problems: Problem[]) => problems.map(({ line, col }) => [line, col]);

describe('accepted front blocks', () => {
  it('reads every field; source becomes outlet; the body starts after the closing line', () => {
    const text = `---\ntitle: "Giá xăng: giảm lần thứ ba"\ndate: 2023-05-04\nsource: Báo Mới\nurl: https://example.com/gia-xang.htm\ncategory: economy\nauthor: Minh Anh\n---\n${BODY}`;
    const result = parseFrontBlock(text)!;
    expect(result.fields).toEqual({
      title: 'Giá xăng: giảm lần thứ ba',
      date: '2023-05-04',
      outlet: 'Báo Mới',
      url: 'https://example.com/gia-xang.htm',
      category: 'economy',
      author: 'Minh Anh',
    });
    expect(text.slice(result.bodyStart)).toBe(BODY);
  });

  it('returns null when the text does not start with a --- line', () => {
    expect(parseFrontBlock(BODY)).toBeNull();
    expect(parseFrontBlock('')).toBeNull();
    expect(parseFrontBlock('   \n\n')).toBeNull();
    expect(parseFrontBlock(`\n---\ntitle: x\n---\n${BODY}`)).toBeNull();
    expect(parseFrontBlock(`----\n${BODY}`)).toBeNull();
    expect(parseFrontBlock(`--- title: x\n${BODY}`)).toBeNull();
  });

  it('a file with only a front block has an empty body', () => {
    const text = read('robust/front-block-only.txt');
    const result = parseFrontBlock(text)!;
    expect(result.fields).toEqual({ title: 'Bản tin ngắn: chỉ có tiêu đề', date: '2023-05-04', outlet: 'Báo Mới' });
    expect(result.bodyStart).toBe(text.length);
    // Without the final newline too.
    const bare = '---\ntitle: Tin ngắn\n---';
    expect(parseFrontBlock(bare)).toEqual({ fields: { title: 'Tin ngắn' }, bodyStart: bare.length });
  });

  it('an empty block, or one with only comments, gives no fields', () => {
    expect(parseFrontBlock(`---\n---\n${BODY}`)).toEqual({ fields: {}, bodyStart: 8 });
    expect(parseFrontBlock(`---\n# ghi chú\n---\n${BODY}`)!.fields).toEqual({});
  });

  it('a BOM + CRLF file, after decoding and normalisation', () => {
    const text = read('robust/front-block-bom-crlf.txt');
    const result = parseFrontBlock(text)!;
    expect(result.fields).toEqual({
      title: 'Giá xăng giảm lần thứ ba',
      date: '2023-05-04',
      outlet: 'Báo Mới',
      url: 'https://example.com/gia-xang-giam.htm',
      category: 'economy',
      author: 'Minh Anh',
    });
    expect(text.slice(result.bodyStart)).toBe(BODY);
  });

  it('trailing spaces on the --- lines are allowed', () => {
    expect(parseFrontBlock(`--- \ntitle: A\n---\t\n${BODY}`)!.fields).toEqual({ title: 'A' });
  });

  it('Markdown and HTML in values are plain text', () => {
    const result = parseFrontBlock(read('robust/markdown-html.txt'))!;
    expect(result.fields.title).toBe("<script>alert('x')</script> Giá vàng *tăng* | giảm");
  });

  it('YAML escapes, single quotes and folded text are read as YAML means them', () => {
    expect(parseFrontBlock(`---\ntitle: 'Nhà ''xanh'''\n---\n`)!.fields.title).toBe("Nhà 'xanh'");
    expect(parseFrontBlock(`---\ntitle: "Giá \\"sốc\\""\n---\n`)!.fields.title).toBe('Giá "sốc"');
    expect(parseFrontBlock(`---\ntitle: >\n  Dòng một\n  dòng hai\n---\n`)!.fields.title).toBe('Dòng một dòng hai');
  });

  it.each([
    ['2023-05-04', '2023-05-04'],
    ['2023-05', '2023-05'],
    ['2023', '2023'],
    ['"2023-05-04"', '2023-05-04'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2023-05-04T15:00:00+07:00', '2023-05-04'],
    ['2023-05-04 23:30:00 +7', '2023-05-04'],
    ['2023-05-04T23:30:00Z', '2023-05-04'],
    ['2023-5-4 08:00:00', '2023-05-04'],
    ['!!timestamp 2023-05-04', '2023-05-04'],
    ['!!timestamp 2023-05-04T23:30:00-05:00', '2023-05-04'],
  ])('date: %s → %s', (written, iso) => {
    const result = parseFrontBlock(`---\ndate: ${written}\n---\n`)!;
    expect(result.fields.date).toBe(iso);
    expect(Meta.shape.date.safeParse(result.fields.date).success).toBe(true);
  });

  it.each(['http://example.com/a', 'HTTPS://EXAMPLE.COM/B', 'https://dantri.com.vn/kinh-doanh/bai-viet-20201001163534963.htm', '  https://example.com/x  '])(
    'url: %s is accepted',
    (url) => {
      const result = parseFrontBlock(`---\nurl: "${url}"\n---\n`)!;
      expect(result.fields.url).toBe(url.trim());
    },
  );
});

describe('malformed front blocks: every problem, with its line:col', () => {
  it('bad YAML does not hide the problems on the lines after it', () => {
    const problems = problemsOf(read('bad/fb-bad-yaml.txt'));
    // "title: Giá xăng: giảm…": an unquoted ": " inside the value (line 2, at the value).
    expect(problems[0]).toMatchObject({ line: 2, col: 8 });
    expect(problems[0]!.message).toMatch(/not valid YAML/);
    expect(problems[0]!.message).toMatch(/double quotes/);
    // The unclosed quote of "source" on line 4 is reported too.
    expect(problems.some((p) => p.line >= 4 && /quote/i.test(p.message))).toBe(true);
  });

  it('unknown keys are listed, with the allowed keys and a suggestion', () => {
    const problems = problemsOf(read('bad/fb-unknown-keys.txt'));
    expect(where(problems)).toEqual([
      [3, 1],
      [4, 1],
      [5, 1],
    ]);
    expect(problems[0]!.message).toMatch(/unknown key "tieu_de" \(did you mean "title"\?\)/);
    expect(problems[1]!.message).toMatch(/unknown key "tags"/);
    expect(problems[1]!.message).toMatch(/title, date, source, author, url, category/);
    expect(problems[2]!.message).toMatch(/unknown key "Date" \(did you mean "date"\?\)/);
  });

  it('names of built-in object properties are unknown keys too, with no suggestion', () => {
    const problems = problemsOf(`---\ntitle: Giá xăng\nconstructor: x\ntoString: y\n---\n${BODY}`);
    expect(where(problems)).toEqual([
      [3, 1],
      [4, 1],
    ]);
    expect(problems[0]!.message).toMatch(/^unknown key "constructor"; the front block accepts only/);
    expect(problems[1]!.message).toMatch(/^unknown key "toString"; the front block accepts only/);
  });

  it('"outlet" is not a key: the block says "source"', () => {
    const [p] = problemsOf('---\noutlet: Báo Mới\n---\n');
    expect(p!.message).toMatch(/did you mean "source"/);
  });

  it('a date that does not exist', () => {
    const problems = problemsOf(read('bad/fb-impossible-date.txt'));
    expect(where(problems)).toEqual([[3, 7]]);
    expect(problems[0]!.message).toMatch(/2023-02-29 does not exist/);
    expect(problems[0]!.message).toMatch(/28 days/);
  });

  it.each([
    ['2023-04-31', /does not exist.*30 days/],
    ['2023-13', /no month 13/],
    ['2023-00-10', /no month 0/],
    ['2023-05-00', /does not exist/],
    ['1900-02-29', /does not exist/],
    ['04/05/2023', /YYYY-MM-DD.*e\.g\. 2023-05-04/],
    ['4.5.2023', /e\.g\. 2023-05-04/],
    ['20230504', /YYYY-MM-DD/],
    ['"tháng 5 năm 2023"', /YYYY-MM-DD/],
    ['2023.5', /must be a date/],
    ['0023-05-04', /year/],
    ['[2023, 5, 4]', /must be text/],
  ])('date: %s is refused', (written, message) => {
    const [p, ...rest] = problemsOf(`---\ntitle: Tin\ndate: ${written}\n---\n`);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ line: 3, col: 7 });
    expect(p!.message).toMatch(message);
  });

  it('a javascript: url', () => {
    const problems = problemsOf(read('bad/fb-javascript-url.txt'));
    expect(where(problems)).toEqual([[3, 6]]);
    expect(problems[0]!.message).toMatch(/http:\/\/ or https:\/\//);
    expect(problems[0]!.message).toMatch(/"javascript:"/);
  });

  it.each([
    ['JavaScript:alert(1)', /"javascript:"/],
    ['data:text/html,<script>alert(1)</script>', /"data:"/],
    ['vbscript:msgbox', /"vbscript:"/],
    ['ftp://example.com/a', /"ftp:"/],
    ['file:///etc/passwd', /"file:"/],
    ['//example.com/a', /full web address/],
    ['example.com/a', /full web address/],
    ['"https://exa mple.com/a"', /not a valid web address/],
    ['"http://"', /not a valid web address/],
  ])('url: %s is refused', (url, message) => {
    const [p, ...rest] = problemsOf(`---\nurl: ${url}\n---\n`);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ line: 2, col: 6 });
    expect(p!.message).toMatch(message);
  });

  it('values that are not text', () => {
    const problems = problemsOf(read('bad/fb-non-string.txt'));
    expect(where(problems)).toEqual([
      [2, 8],
      [3, 9],
      [4, 11],
      [5, 8],
    ]);
    expect(problems[0]!.message).toMatch(/"title" must be text.*number.*double quotes/);
    expect(problems[1]!.message).toMatch(/"author" must be text, not a list/);
    expect(problems[2]!.message).toMatch(/"category" must be text.*true\/false/);
    expect(problems[3]!.message).toMatch(/"source" has no value/);
  });

  it('empty and blank values', () => {
    const problems = problemsOf('---\ntitle: ""\nauthor: "   "\n---\n');
    expect(where(problems)).toEqual([
      [2, 8],
      [3, 9],
    ]);
    expect(problems[0]!.message).toMatch(/"title" is empty/);
  });

  it('a block that is never closed', () => {
    const problems = problemsOf(read('bad/fb-unclosed.txt'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 1, col: 1 });
    expect(problems[0]!.message).toMatch(/never closed/);
    expect(problems[0]!.message).toMatch(/before line 4/);
    expect(problemsOf('---')[0]!.message).toMatch(/never closed/);
    expect(problemsOf('---\n')[0]!.message).toMatch(/never closed/);
  });

  it('a value cut by " #" (read as a comment) is refused instead of silently shortened', () => {
    const problems = problemsOf(read('bad/fb-many-problems.txt'));
    expect(where(problems)).toEqual([
      [2, 22],
      [3, 7],
      [4, 1],
      [5, 6],
    ]);
    expect(problems[0]!.message).toMatch(/comment/);
    expect(problems[1]!.message).toMatch(/e\.g\. 2023-05-04/);
    expect(problems[2]!.message).toMatch(/unknown key "nguon" \(did you mean "source"\?\)/);
    expect(problems[3]!.message).toMatch(/"ftp:"/);
    // A comment on its own line is fine.
    expect(parseFrontBlock('---\n# nguồn: báo in\ntitle: Tin\n---\n')!.fields).toEqual({ title: 'Tin' });
  });

  it('a key given twice', () => {
    const problems = problemsOf('---\ntitle: Một\ndate: 2023\ntitle: Hai\n---\n');
    expect(where(problems)).toEqual([[4, 1]]);
    expect(problems[0]!.message).toMatch(/"title" appears twice/);
  });

  it('a block that is not key: value lines', () => {
    const problems = problemsOf('---\n- title\n- date\n---\n');
    expect(problems[0]).toMatchObject({ line: 2, col: 1 });
    expect(problems[0]!.message).toMatch(/key: value/);
    expect(problemsOf('---\nchỉ một dòng chữ\n---\n')[0]!.message).toMatch(/key: value/);
  });

  it('a YAML alias is not accepted as a value', () => {
    const problems = problemsOf('---\ntitle: &t Tin\nauthor: *t\n---\n');
    expect(where(problems)).toEqual([[3, 9]]);
  });

  it('positions stay right in a CRLF file with a BOM', () => {
    const bytes = new TextEncoder().encode('\ufeff---\r\ntitle: A\r\ndate: 2023-02-30\r\n---\r\nx\r\n');
    const problems = problemsOf(normalizeText(decodeSource(bytes)));
    expect(where(problems)).toEqual([[3, 7]]);
  });

  it('everything parsed passes the schema', () => {
    const { fields } = parseFrontBlock(read('robust/front-block-bom-crlf.txt'))!;
    expect(Meta.safeParse({ ...fields, title: fields.title!, titleDerived: false, bodyStart: 0 }).success).toBe(true);
  });
});

describe('plain key: value blocks are read without the YAML parser', () => {
  /** Lines a writer might put in a front block: plain, quoted, commented, numeric, odd keys, odd characters. */
  const LINES = [
    'title: Giá xăng giảm mạnh',
    'title: Giá xăng giảm mạnh   ',
    'title:   Giá xăng, dầu [cập nhật] {mới}',
    'title: "Giá xăng: giảm"',
    "title: 'Giá xăng'",
    "title: 'Giá ''xăng'' giảm'  ",
    'title: "Ngành thuế \\"thất thu\\" vì \\\\ nợ"',
    'title: "Giá\\nxăng"',
    'title: "Giá xăng" # nóng',
    'title: "Giá xăng" nóng',
    'title: ""',
    "title: ''",
    'title: "  "',
    'date: "2023-05-04"',
    "date: '2023'",
    'url: "https://dantri.com.vn/a.htm"',
    'title: Giá xăng: giảm',
    'title: Giá xăng # nóng',
    'title: Giá#xăng',
    'title: - giảm',
    'title: &a x',
    'title: ~',
    'title: null',
    'title: true',
    'title: 2023',
    'title: 1e3',
    'title: .5',
    'title: 0x1F',
    'title: \u00a0Giá xăng',
    'title: Giá\txăng',
    'title:Giá xăng',
    'title: Giá xăng:',
    'date: 2023-05-04',
    'date: 2023-05',
    'date: 2023',
    'date: 2023-02-30',
    'date: 4/5/2023',
    'date: 2023-05-04 10:30',
    'source: Tuổi Trẻ',
    'source: ',
    'url: https://tuoitre.vn/kinh-doanh/a-b.htm#top',
    'url: javascript:alert(1)',
    'url: tuoitre.vn/a',
    'url: https://a b',
    'author: KHÁNH PHÚC',
    'category: business',
    'Title: Giá xăng',
    'tieude: Giá xăng',
    'constructor: x',
    'toString: x',
    '  indented: x',
    '# a comment',
    '',
    '...',
    'tags: [a, b]',
    'author:',
    '  KHÁNH PHÚC',
  ];
  const outcome = (text: string, options?: { yamlOnly?: boolean }) => {
    try {
      return { result: parseFrontBlock(text, options) };
    } catch (error) {
      return { problems: (error as SourceError).problems };
    }
  };

  it('gives what the YAML parser gives, fields or problems, for any mix of lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 7 }), (lines) => {
        const text = `---\n${lines.map((l) => `${l}\n`).join('')}---\n${BODY}`;
        expect(outcome(text)).toEqual(outcome(text, { yamlOnly: true }));
      }),
      { numRuns: 250, seed: 7 },
    );
  });

  it('reads a plain block, and the YAML parser reads it the same', () => {
    const text = `---\ntitle: Giá xăng, dầu giảm\ndate: 2023-05-04\nsource: Tuổi Trẻ\nurl: https://tuoitre.vn/a.htm\n---\n${BODY}`;
    const fields = { title: 'Giá xăng, dầu giảm', date: '2023-05-04', outlet: 'Tuổi Trẻ', url: 'https://tuoitre.vn/a.htm' };
    expect(parseFrontBlock(text)!.fields).toEqual(fields);
    expect(parseFrontBlock(text, { yamlOnly: true })!.fields).toEqual(fields);
  });
});

describe('isHttpUrl', () => {
  it('accepts exactly what the schema accepts as a url', () => {
    const urls = [
      'https://dantri.com.vn/kinh-doanh/a-20201001163534963.htm',
      'http://example.com',
      'HTTPS://EXAMPLE.COM/a?b=c#d',
      'https://xn--bo-mi-vxa.vn/tin',
      'https://báomới.vn/tin',
      'https://a b.com',
      'https://',
      'http://[::1]:8080/',
      'http://exa mple.com',
      'https:/example.com',
      'ftp://example.com',
      'javascript:alert(1)',
      'mailto:a@b.vn',
      'example.com/a',
      '//example.com',
      '',
      'https://example.com:99999/',
      'https://%zz',
    ];
    for (const url of urls) expect([url, isHttpUrl(url)]).toEqual([url, httpUrl.safeParse(url).success]);
  });
});

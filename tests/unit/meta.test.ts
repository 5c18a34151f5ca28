import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveTitle, findByline, outletFromCode, readMeta } from '../../src/lib/meta';
import { SourceError } from '../../src/lib/problems';
import { normalizeText } from '../../src/lib/text';

const seed = normalizeText(readFileSync('content/sources/000_221d6abb8b15921d.txt', 'utf8'));

describe('readMeta on the seed article (no front block)', () => {
  const meta = readMeta(seed);
  it('starts the body after the scraper prefix, at the dateline', () => {
    expect(seed.slice(meta.bodyStart, meta.bodyStart + 20)).toBe('(LĐ online) - Ngày 2');
  });
  it('reads the date from the dateline day and the prefix year', () => {
    expect(meta.date).toBe('2022-01-21');
  });
  it('reads the outlet from the dateline code and the byline from the last line', () => {
    expect(meta.outlet).toBe('Lao Động');
    expect(meta.author).toBe('KHÁNH PHÚC');
  });
  it('derives a short title from the lead and says so', () => {
    expect(meta.titleDerived).toBe(true);
    expect(meta.title.startsWith('UBND TP Bảo Lộc đã tổ chức hội nghị tổng kết')).toBe(true);
    expect(meta.title.length).toBeLessThanOrEqual(91);
  });
});

describe('readMeta with a front block', () => {
  const text = [
    '---',
    'source: Báo Mẫu',
    'url: https://example.org/bai-viet-1.htm',
    'date: 2021-03-05',
    'category: business',
    '---',
    'Giá lúa tăng mạnh đầu vụ',
    '',
    'Giá lúa tại miền Tây tăng thêm 500 đồng/kg.',
    '',
  ].join('\n');
  const meta = readMeta(text);
  it('takes the fields from the block and starts the body after it', () => {
    expect(meta).toMatchObject({ outlet: 'Báo Mẫu', url: 'https://example.org/bai-viet-1.htm', date: '2021-03-05', category: 'business' });
    expect(text.slice(meta.bodyStart)).toMatch(/^Giá lúa tăng mạnh đầu vụ\n/);
  });
  it('uses a headline-like first paragraph as the derived title', () => {
    expect(meta.title).toBe('Giá lúa tăng mạnh đầu vụ');
    expect(meta.titleDerived).toBe(true);
  });
  it('prefers a title given in the block', () => {
    const withTitle = text.replace('---\nsource', '---\ntitle: Tiêu đề thật\nsource');
    expect(readMeta(withTitle)).toMatchObject({ title: 'Tiêu đề thật', titleDerived: false });
  });
  it('refuses a javascript: url with the line of the problem', () => {
    const bad = text.replace('https://example.org/bai-viet-1.htm', 'javascript:alert(1)');
    expect(() => readMeta(bad)).toThrow(SourceError);
    try {
      readMeta(bad);
    } catch (error) {
      expect((error as SourceError).problems[0]!.line).toBe(3);
    }
  });
});

describe('metadata helpers', () => {
  it('knows common dateline outlet codes', () => {
    expect(outletFromCode('LĐ online')).toBe('Lao Động');
    expect(outletFromCode('TTO')).toBe('Tuổi Trẻ');
    expect(outletFromCode('Dân trí')).toBe('Dân Trí');
    expect(outletFromCode('XYZ')).toBeUndefined();
  });
  it('finds an upper-case byline and nothing else', () => {
    expect(findByline('Nội dung.\n\nNGUYỄN VĂN A\n')).toBe('NGUYỄN VĂN A');
    expect(findByline('Nội dung.\n\nTP HCM CÓ 120 CA\n')).toBeUndefined();
    expect(findByline('Nội dung bài viết kết thúc ở đây.')).toBeUndefined();
  });
  it('dates a day without a year only when the prefix month agrees', () => {
    expect(readMeta('date 2022-02 (LĐ) - Ngày 21/1, có 5 người.').date).toBe('2022-02');
    expect(readMeta('date 2022-01 (LĐ) - Ngày 31/1, có 5 người.').date).toBe('2022-01-31');
    expect(readMeta('Ngày 30/2/2022, có 5 người.').date).toBeUndefined();
  });
  it('cuts a long lead at a word and drops the leading time phrase', () => {
    const title = deriveTitle('Sáng 3/2, ' + 'Ủy ban nhân dân thành phố tổ chức hội nghị tổng kết công tác năm với sự tham dự của đông đảo đại biểu các sở ngành. Câu sau.');
    expect(title.startsWith('Ủy ban nhân dân thành phố tổ chức')).toBe(true);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(91);
  });
});

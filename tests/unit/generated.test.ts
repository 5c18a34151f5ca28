import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/lib/article-file';
import { checkGenerated, renderGenerated } from '../../src/lib/generated';

const frontmatter = {
  meta: { title: 'Bài mẫu', titleDerived: true, bodyStart: 0 },
  figures: [],
  awards: [],
  models: [],
  acronyms: [],
  redirects: {},
  source: { path: 'mau.txt', sha256: 'a'.repeat(64) },
};
const body = 'Có 5 người.\n\n---\nDòng gạch ngang ở trên là chữ của bài, không phải frontmatter.\n';

describe('generated files', () => {
  const file = renderGenerated(frontmatter, body);

  it('round-trips frontmatter and a body that contains a --- line', () => {
    const parsed = parseArticleFile(file);
    expect(parsed.body).toBe(body);
    expect(parsed.frontmatter).toMatchObject({ ...frontmatter, generatedSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('is deterministic', () => {
    expect(renderGenerated(frontmatter, body)).toBe(file);
  });

  it('recognises an untouched file', () => {
    expect(checkGenerated(file).pristine).toBe(true);
  });

  it('detects an edit to the body', () => {
    expect(checkGenerated(file.replace('5 người', '6 người')).pristine).toBe(false);
  });

  it('detects an edit to the frontmatter', () => {
    expect(file.indexOf('Bài mẫu')).toBeLessThan(file.indexOf('\n---\n', 3));
    expect(checkGenerated(file.replace('Bài mẫu', 'Bài đã sửa')).pristine).toBe(false);
  });

  it('treats a file without the hash field as not generated', () => {
    expect(checkGenerated('---\ntitle: x\n---\nbody').pristine).toBe(false);
  });
});

describe('the frontmatter format', () => {
  it('is JSON (hence YAML) with one figure per line', () => {
    const figure = { id: '5-nguoi', text: '5 người', start: 3, end: 10, kind: 'people', unit: 'người', value: 5, qualifier: 'exact' };
    const file = renderGenerated({ ...frontmatter, figures: [figure, { ...figure, id: '5-nguoi-2' }] as never }, body);
    const lines = file.split('\n');
    expect(lines[1]).toBe('{');
    expect(lines.filter((l) => l.includes('"5-nguoi'))).toHaveLength(2);
    expect(parseArticleFile(file).frontmatter).toMatchObject({ figures: [figure, { id: '5-nguoi-2' }] });
  });

  it('still reads hand-written YAML frontmatter', () => {
    expect(parseArticleFile('---\ntitle: Bài\nfigures: []\n---\nThân bài').frontmatter).toEqual({ title: 'Bài', figures: [] });
  });
});

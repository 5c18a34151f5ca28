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
    expect(checkGenerated(file.replace('title: Bài mẫu', 'title: Bài đã sửa')).pristine).toBe(false);
  });

  it('treats a file without the hash field as not generated', () => {
    expect(checkGenerated('---\ntitle: x\n---\nbody').pristine).toBe(false);
  });
});

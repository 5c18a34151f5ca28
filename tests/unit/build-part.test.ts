/** The split build: which part makes which pages, and merging the parts' output folders. */
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildsPart, currentBuildPart } from '../../src/build-part';
import { mergeInto } from '../../scripts/astro-build';

describe('build parts', () => {
  it('makes every page when no part is named', () => {
    expect(currentBuildPart({})).toBeUndefined();
    expect(buildsPart('articles', {})).toBe(true);
    expect(buildsPart('corpus', {})).toBe(true);
  });
  it('makes only the named part', () => {
    expect(buildsPart('articles', { SOLIEU_BUILD_PART: 'articles' })).toBe(true);
    expect(buildsPart('corpus', { SOLIEU_BUILD_PART: 'articles' })).toBe(false);
    expect(buildsPart('articles', { SOLIEU_BUILD_PART: 'corpus' })).toBe(false);
  });
  it('refuses a part it does not know', () => {
    expect(() => currentBuildPart({ SOLIEU_BUILD_PART: 'bai' })).toThrow(/"articles" or "corpus"/);
  });
});

describe('mergeInto', () => {
  const made: string[] = [];
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true });
  });
  const put = async (dir: string, rel: string, text: string) => {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  };
  const list = async (dir: string) => (await readdir(dir, { recursive: true })).map(String).sort();

  it('moves the second part into the first, folder by folder, keeping files both have', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'solieu-merge-'));
    made.push(root);
    const [a, b] = [path.join(root, 'dist'), path.join(root, 'dist.part-corpus')];
    await put(a, 'bai/x/index.html', 'article x');
    await put(a, '_astro/site.css', 'css');
    await put(a, 'index.html', 'home');
    await put(b, 'so-lieu/index.html', 'explorer');
    await put(b, 'so-lieu/trang/2/index.html', 'explorer 2');
    await put(b, '_astro/site.css', 'css');
    await put(b, '_astro/extra.js', 'js');
    await put(b, 'index.html', 'home');
    await mergeInto(b, a);
    expect(await list(a)).toEqual([
      '_astro',
      '_astro/extra.js',
      '_astro/site.css',
      'bai',
      'bai/x',
      'bai/x/index.html',
      'index.html',
      'so-lieu',
      'so-lieu/index.html',
      'so-lieu/trang',
      'so-lieu/trang/2',
      'so-lieu/trang/2/index.html',
    ]);
    expect(await readFile(path.join(a, 'so-lieu/trang/2/index.html'), 'utf8')).toBe('explorer 2');
    expect(await readFile(path.join(a, 'bai/x/index.html'), 'utf8')).toBe('article x');
    await expect(readdir(b)).rejects.toThrow(/ENOENT/);
  });
});

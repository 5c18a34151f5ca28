/**
 * scripts/lib/index-cache.ts: the key of a shard, the word check, and the
 * folder copy made of hard links.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { knowsAll, linkTree, shardKey } from '../../scripts/lib/index-cache';

const input = { shard: 0, count: 2, settings: 'pagefind 1.6.0; language vi; chunk 5000', pages: [{ key: 'bai/a/index.html', digest: '1' }, { key: 'bai/b/index.html', digest: '2' }] };

describe('shardKey', () => {
  it('is the same for the same pages in any order, and changes with a page, the place, the count or the settings', () => {
    const key = shardKey(input);
    expect(shardKey({ ...input, pages: [...input.pages].reverse() })).toBe(key);
    expect(shardKey({ ...input, pages: [input.pages[0]!, { key: 'bai/b/index.html', digest: '3' }] })).not.toBe(key);
    expect(shardKey({ ...input, shard: 1 })).not.toBe(key);
    expect(shardKey({ ...input, count: 3 })).not.toBe(key);
    expect(shardKey({ ...input, settings: 'pagefind 1.7.0; language vi; chunk 5000' })).not.toBe(key);
  });
});

describe('knowsAll', () => {
  it('is true only when every word is known', () => {
    expect(knowsAll(new Set(['bảo', 'lộc']), ['lộc'])).toBe(true);
    expect(knowsAll(new Set(['bảo', 'lộc']), ['lộc', 'đà'])).toBe(false);
  });
});

describe('linkTree', () => {
  let root: string | undefined;
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('makes the same tree, its files hard links to the same data', async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'solieu-link-test-'));
    await mkdir(path.join(root, 'from', 'fragment'), { recursive: true });
    await writeFile(path.join(root, 'from', 'pagefind-entry.json'), '{}');
    await writeFile(path.join(root, 'from', 'fragment', 'a.pf_fragment'), 'x');
    await linkTree(path.join(root, 'from'), path.join(root, 'to'));
    expect(await readFile(path.join(root, 'to', 'fragment', 'a.pf_fragment'), 'utf8')).toBe('x');
    const [a, b] = await Promise.all([stat(path.join(root, 'from', 'pagefind-entry.json')), stat(path.join(root, 'to', 'pagefind-entry.json'))]);
    expect(b.ino).toBe(a.ino);
  });
});

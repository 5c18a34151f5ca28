/**
 * scripts/lib/stage-pages.ts: the staging step of the index gives the same
 * pages, dates, figures and words on worker threads as on the main thread.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stagePages } from '../../scripts/lib/stage-pages';

describe('stagePages', () => {
  let dir: string;
  const files: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'solieu-stage-test-'));
    for (let i = 0; i < 7; i++) {
      const file = path.join(dir, 'bai', `bai-${i}`, 'index.html');
      await mkdir(path.dirname(file), { recursive: true });
      const date = i % 3 === 0 ? '' : `<time data-pagefind-sort="date:2022-0${i}-01">x</time>`;
      const mark = i % 2 === 0 ? `<mark id="f${i}" class="fig" data-kind="count" data-reading="${i} hộ">${i} hộ</mark>` : 'không có';
      await writeFile(file, `<html><head><title>Bài ${i}</title></head><body><article data-pagefind-body>${date}<p>Đoạn ${i}: ${mark}.</p></article></body></html>`);
      files.push(file);
    }
    // not an article: never staged
    const other = path.join(dir, 'bai', 'khac', 'index.html');
    await mkdir(path.dirname(other), { recursive: true });
    await writeFile(other, '<html><body><p>Trang khác</p></body></html>');
    files.push(other);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stages the same pages with the same words on two worker threads as on this one', async () => {
    const inline = await stagePages(dir, path.join(dir, 'stage-1'), files, true, 1);
    const threaded = await stagePages(dir, path.join(dir, 'stage-2'), files, true, 2);
    const byKey = (pages: { key: string }[]) => [...pages].sort((a, b) => a.key.localeCompare(b.key));
    expect(byKey(threaded.pages)).toEqual(byKey(inline.pages));
    expect(inline.pages).toHaveLength(7);
    expect(inline.pages.find((p) => p.key.endsWith(path.join('bai-1', 'index.html')))?.date).toBe('2022-01-01');
    expect(inline.pages.find((p) => p.key.endsWith(path.join('bai-3', 'index.html')))?.date).toBe('');
    expect(threaded.figures).toBe(4);
    expect(inline.figures).toBe(4);
    expect([...threaded.words].sort()).toEqual([...inline.words].sort());
    expect(inline.words.has('ḏoạn')).toBe(true);
    expect(inline.words.has('khác')).toBe(false);
    for (const page of inline.pages) {
      expect(await readFile(path.join(dir, 'stage-2', page.key), 'utf8')).toBe(await readFile(path.join(dir, 'stage-1', page.key), 'utf8'));
    }
    // without words asked for, none are collected
    expect((await stagePages(dir, path.join(dir, 'stage-3'), files, false, 2)).words.size).toBe(0);
  }, 30_000);
});

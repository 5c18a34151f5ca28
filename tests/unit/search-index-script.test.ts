import { describe, expect, it } from 'vitest';
import { preloadHrefs, withPreloads } from '../../scripts/index';

describe('withPreloads', () => {
  const page = '<html><head><title>Tìm kiếm</title></head><body></body></html>';
  it('adds one preload per file before </head>, matching fetch() with crossorigin', () => {
    expect(withPreloads(page, ['/pagefind/a.pf_meta', '/pagefind/wasm.unknown.pagefind'])).toBe(
      '<html><head><title>Tìm kiếm</title>' +
        '<link rel="preload" href="/pagefind/a.pf_meta" as="fetch" crossorigin data-solieu-preload>' +
        '<link rel="preload" href="/pagefind/wasm.unknown.pagefind" as="fetch" crossorigin data-solieu-preload>' +
        '</head><body></body></html>',
    );
  });
  it('replaces the hints of an earlier run instead of piling them up', () => {
    const once = withPreloads(page, ['/pagefind/old.pf_meta']);
    expect(withPreloads(once, ['/pagefind/new.pf_meta'])).toBe(withPreloads(page, ['/pagefind/new.pf_meta']));
  });
});

describe('preloadHrefs', () => {
  it('hints the metadata, the wasm, and the entry file tagged with the metadata hash', () => {
    const files = ['filter', 'fragment', 'index', 'pagefind-entry.json', 'pagefind.js', 'pagefind-ui.js', 'pagefind.vi_26c6b7755e.pf_meta', 'wasm.unknown.pagefind'];
    expect(preloadHrefs(files)).toEqual([
      '/pagefind/pagefind.vi_26c6b7755e.pf_meta',
      '/pagefind/wasm.unknown.pagefind',
      '/pagefind/pagefind-entry.json?ts=vi_26c6b7755e',
    ]);
  });
  it('gives no entry hint when there is no single metadata file to take the tag from', () => {
    expect(preloadHrefs(['pagefind-entry.json', 'wasm.unknown.pagefind'])).toEqual(['/pagefind/wasm.unknown.pagefind']);
    expect(preloadHrefs(['pagefind.en_1.pf_meta', 'pagefind.vi_2.pf_meta'])).toEqual(['/pagefind/pagefind.en_1.pf_meta', '/pagefind/pagefind.vi_2.pf_meta']);
  });
});

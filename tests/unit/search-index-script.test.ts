import { describe, expect, it } from 'vitest';
import { withPreloads } from '../../scripts/index';

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

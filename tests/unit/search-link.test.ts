import { describe, expect, it } from 'vitest';
import { resultHref } from '../../src/lib/search/link';

describe('resultHref', () => {
  it('goes to the figure, with the query to highlight', () => {
    expect(resultHref('/bai/bao-loc/', '2,9 tỷ', { figureId: 'hon-2-9-ty-dong' })).toBe('/bai/bao-loc/?hl=2%2C9+t%E1%BB%B7#hon-2-9-ty-dong');
  });
  it('names the place of the best match when there is no figure', () => {
    expect(resultHref('/bai/bao-loc/', 'bao  loc', { phrase: 'Bảo Lộc đã' })).toBe('/bai/bao-loc/?hl=bao+loc&at=B%E1%BA%A3o+L%E1%BB%99c+%C4%91%C3%A3');
  });
  it('is the bare page for a search made of filters only', () => {
    expect(resultHref('/bai/bao-loc/', '', { phrase: 'x' })).toBe('/bai/bao-loc/');
  });
  it('replaces a hash the index may have put on the URL', () => {
    expect(resultHref('/bai/a/#top', 'x', { figureId: 'f' })).toBe('/bai/a/?hl=x#f');
  });
});

/**
 * Lexicon lookups through Maps (src/lib/figures/lookup.ts) answer as reading the object does.
 */
import { describe, expect, it } from 'vitest';
import { currencyPrefixOf, lexiconLookup, magnitudeOf, measureOf } from '../../src/lib/figures/lookup';

describe('lexiconLookup', () => {
  const table: Record<string, number> = { một: 1, hai: 2 };
  const get = lexiconLookup(table);

  it('gives the value of an own key and undefined for a word that is not one', () => {
    expect(get('một')).toBe(1);
    expect(get('hai')).toBe(2);
    expect(get('ba')).toBeUndefined();
    expect(get('')).toBeUndefined();
  });

  it('knows nothing of the names a plain object inherits from Object.prototype', () => {
    expect(get('constructor')).toBeUndefined();
    expect(get('toString')).toBeUndefined();
    expect(get('__proto__')).toBeUndefined();
  });
});

describe('the lexicon lookups', () => {
  it('read magnitudes, currency prefixes and measures', () => {
    expect(magnitudeOf('triệu')).toBe(1e6);
    expect(magnitudeOf('tỷ')).toBe(1e9);
    expect(magnitudeOf('người')).toBeUndefined();
    expect(currencyPrefixOf('$')).toBe('USD');
    expect(currencyPrefixOf('usd')).toBe('USD');
    expect(measureOf('kg')).toEqual({ unit: 'kg', kind: 'mass' });
    expect(measureOf('tấn')).toEqual({ unit: 'tấn', kind: 'mass' });
  });
});

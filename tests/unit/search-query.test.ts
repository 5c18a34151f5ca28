import { describe, expect, it } from 'vitest';
import {
  emptyFilters,
  exactPartOfQuery,
  numberShape,
  pagefindFilters,
  paramsFromState,
  queryTerms,
  stateFromParams,
  termMatchesWord,
  toPagefindQuery,
} from '../../src/lib/search/query';

describe('URL state', () => {
  it('reads the query, filters and sort order', () => {
    const state = stateFromParams(new URLSearchParams('q=bao+loc&loai=people&loai=money&nguon=Lao+%C4%90%E1%BB%99ng&nam=2022&sap-xep=moi-nhat'));
    expect(state.q).toBe('bao loc');
    expect(state.filters).toEqual({ kind: ['money', 'people'], outlet: ['Lao Động'], year: ['2022'], category: [] });
    expect(state.sort).toBe('newest');
  });
  it('defaults to an empty query, no filters and relevance', () => {
    expect(stateFromParams(new URLSearchParams(''))).toEqual({ q: '', filters: emptyFilters(), sort: 'relevance' });
  });
  it('drops empty and repeated filter values', () => {
    expect(stateFromParams(new URLSearchParams('loai=&loai=money&loai=money')).filters.kind).toEqual(['money']);
  });
  it('writes a canonical URL that reads back to the same state', () => {
    const state = { q: ' 2,9 tỷ ', filters: { kind: ['people', 'money'], outlet: [], year: ['2022'], category: ['Xã hội'] }, sort: 'relevance' as const };
    const params = paramsFromState(state);
    expect(params.toString()).toBe('q=2%2C9+t%E1%BB%B7&loai=money&loai=people&nam=2022&chuyen-muc=X%C3%A3+h%E1%BB%99i');
    expect(stateFromParams(params)).toEqual({ ...state, q: '2,9 tỷ', filters: { ...state.filters, kind: ['money', 'people'] } });
  });
  it('normalises NFD queries to NFC', () => {
    expect(stateFromParams(new URLSearchParams(`q=${encodeURIComponent('Ba\u0309o')}`)).q).toBe('Bảo');
  });
});

describe('pagefindFilters', () => {
  it('asks for any value within a filter and combines filters', () => {
    const filters = { ...emptyFilters(), kind: ['money', 'people'], year: ['2022'] };
    expect(pagefindFilters({ q: '', filters, sort: 'relevance' })).toEqual({ kind: { any: ['money', 'people'] }, year: { any: ['2022'] } });
  });
});

describe('the query sent to the index', () => {
  it('writes đ and decimal commas in the index form and tidies spaces', () => {
    expect(toPagefindQuery('  Đà   lạt ')).toBe('\u1E0Eà lạt');
    expect(toPagefindQuery('2,9 tỷ')).toBe('2\u03269 tỷ');
    expect(toPagefindQuery('dong')).toBe('dong');
  });
  it('picks the words typed precisely: with a diacritic or a decimal', () => {
    expect(exactPartOfQuery('Bảo Lộc')).toBe('Bảo Lộc');
    expect(exactPartOfQuery('UBND TP Bảo loc')).toBe('Bảo');
    expect(exactPartOfQuery('2,9 ty')).toBe('2\u03269');
    expect(exactPartOfQuery('đa lat')).toBe('\u1E0Fa');
  });
  it('has no precise part for a query typed in plain letters and whole numbers', () => {
    expect(exactPartOfQuery('ubnd tp bao loc')).toBe('');
    expect(exactPartOfQuery('244 tan 5.000')).toBe('');
  });
});

describe('queryTerms', () => {
  it('splits words and strips quotes', () => {
    expect(queryTerms('"2,9 tỷ"').map((t) => t.raw)).toEqual(['2,9', 'tỷ']);
  });
  it('knows numbers, their shape and typed accents', () => {
    const [n, w] = queryTerms('2,9 tỷ');
    expect(n).toMatchObject({ exact: '29', folded: '29', numeric: true, shape: '2,9', accented: false });
    expect(w).toMatchObject({ exact: 'tỷ', folded: 'ty', numeric: false, accented: true });
    expect(queryTerms('244')[0]).toMatchObject({ numeric: true });
    expect(queryTerms('244')[0]!.shape).toBeUndefined();
  });
  it('skips words that are only punctuation', () => {
    expect(queryTerms('bảo – lộc').map((t) => t.folded)).toEqual(['bao', 'loc']);
  });
});

describe('numberShape', () => {
  it('treats . and , alike and needs an inner separator', () => {
    expect(numberShape('2,9')).toBe('2,9');
    expect(numberShape('2.9')).toBe('2,9');
    expect(numberShape('5.000')).toBe('5,000');
    expect(numberShape('(30.000')).toBe('30,000');
    expect(numberShape('244')).toBeUndefined();
  });
});

describe('termMatchesWord', () => {
  const [two9, ty] = queryTerms('2,9 tỷ');
  it('matches numbers whole, with the typed shape', () => {
    expect(termMatchesWord(two9!, '2,9')).toBe(true);
    expect(termMatchesWord(two9!, '2.9')).toBe(true);
    expect(termMatchesWord(two9!, '29')).toBe(false);
    expect(termMatchesWord(two9!, '2,95')).toBe(false);
    const [n244] = queryTerms('244');
    expect(termMatchesWord(n244!, '244')).toBe(true);
    expect(termMatchesWord(n244!, '2440')).toBe(false);
    const [n5000] = queryTerms('5000');
    expect(termMatchesWord(n5000!, '5.000')).toBe(true);
  });
  it('matches words as a prefix, folded unless exact is asked', () => {
    expect(termMatchesWord(ty!, 'tỷ,')).toBe(true);
    expect(termMatchesWord(ty!, 'tý')).toBe(true);
    expect(termMatchesWord(ty!, 'tý', true)).toBe(false);
    expect(termMatchesWord(ty!, 'tỷ', true)).toBe(true);
    const [dong] = queryTerms('dong');
    expect(termMatchesWord(dong!, 'đồng.')).toBe(true);
    expect(termMatchesWord(dong!, '\u1E0Fồng')).toBe(true);
    expect(termMatchesWord(dong!, 'dòng')).toBe(true);
    expect(termMatchesWord(dong!, 'do')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/schema';
import { KIND_LABELS } from '../../src/lib/reading';
import { CURRENCY_FORMS, CURRENCY_PREFIXES, MEASURE_FORMS, unitKind } from '../../src/lib/units';

describe('currencies are canonical', () => {
  it.each([
    ['đồng', 'đồng'],
    ['đ', 'đồng'],
    ['vnđ', 'đồng'],
    ['vnd', 'đồng'],
    ['usd', 'USD'],
    ['$', 'USD'],
    ['đô', 'USD'],
    ['đô la', 'USD'],
    ['đô la mỹ', 'USD'],
    ['eur', 'EUR'],
    ['€', 'EUR'],
    ['euro', 'EUR'],
    ['£', 'GBP'],
    ['bảng anh', 'GBP'],
    ['yên', 'JPY'],
    ['nhân dân tệ', 'CNY'],
    ['tệ', 'CNY'],
  ])('%s → %s', (form, unit) => {
    expect(CURRENCY_FORMS[form]).toBe(unit);
  });
  it('knows which currencies may come before the number', () => {
    expect(CURRENCY_PREFIXES['$']).toBe('USD');
    expect(CURRENCY_PREFIXES['usd']).toBe('USD');
    expect(CURRENCY_PREFIXES['€']).toBe('EUR');
    expect(CURRENCY_PREFIXES['đồng']).toBeUndefined();
  });
});

describe('measures', () => {
  it.each([
    ['tấn', 'tấn', 'mass'],
    ['tạ', 'tạ', 'mass'],
    ['kg', 'kg', 'mass'],
    ['ha', 'ha', 'area'],
    ['héc-ta', 'ha', 'area'],
    ['m ²', 'm2', 'area'],
    ['km', 'km', 'length'],
    ['m', 'm', 'length'],
    ['mm', 'mm', 'length'],
    ['m ³', 'm3', 'volume'],
    ['lít', 'lít', 'volume'],
    ['độ c', 'độ C', 'temperature'],
    ['mw', 'MW', 'energy'],
    ['kwh', 'kWh', 'energy'],
    ['gb', 'GB', 'data'],
    ['km / h', 'km/h', 'speed'],
    ['%', '%', 'percent'],
    ['phần trăm', '%', 'percent'],
    ['điểm phần trăm', 'điểm phần trăm', 'percent'],
    ['năm', 'năm', 'duration'],
    ['tháng', 'tháng', 'duration'],
  ])('%s → %s (%s)', (form, unit, kind) => {
    expect(MEASURE_FORMS[form]).toEqual({ unit, kind });
  });
});

describe('unitKind', () => {
  it.each([
    ['đồng', 'money'],
    ['USD', 'money'],
    ['đồng/kg', 'money'],
    ['USD/tấn', 'money'],
    ['%', 'percent'],
    ['%/năm', 'percent'],
    ['tấn', 'mass'],
    ['km/h', 'speed'],
    ['năm', 'duration'],
    ['người', 'people'],
    ['cá nhân', 'people'],
    ['đối tượng', 'people'],
    ['cán bộ, chiến sĩ', 'people'],
    ['người dân', 'people'],
    ['học sinh', 'people'],
    ['hộ', 'count'],
    ['ca', 'count'],
    ['vụ', 'count'],
    ['tập thể', 'count'],
    ['suất quà', 'count'],
    ['khách sạn', 'count'],
    ['', 'count'],
  ])('%j → %s', (unit, kind) => {
    expect(unitKind(unit)).toBe(kind);
  });
});

describe('KIND_LABELS', () => {
  it('labels every kind of the schema in Vietnamese', () => {
    for (const k of KINDS) expect(KIND_LABELS[k]).toMatch(/\S/);
    expect(KIND_LABELS.money).toBe('Tiền');
  });
});

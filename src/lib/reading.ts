/**
 * How the site reads a figure aloud, the Vietnamese way: numbers formatted
 * with `Intl.NumberFormat('vi-VN')` (`.` thousands, `,` decimals), currency
 * symbols for money, a qualifier symbol, and the kind in words.
 *
 *     hơn 2,9 tỷ đồng  →  "> 2.900.000.000 ₫ · tiền"
 *     12,5%            →  "12,5% · phần trăm"
 *     11/11 xã, phường →  "11/11 xã, phường (100%) · tỷ số"
 *
 * Also the Vietnamese labels of kinds and qualifiers used across the site.
 * Pure: no I/O.
 */
import type { Figure, Kind, Qualifier } from '../schema';

/** Vietnamese names of the kinds, as shown in headings and the legend. */
export const KIND_LABELS: Readonly<Record<Kind, string>> = {
  money: 'Tiền',
  percent: 'Phần trăm',
  people: 'Người',
  count: 'Số lượng',
  mass: 'Khối lượng',
  area: 'Diện tích',
  length: 'Chiều dài',
  volume: 'Thể tích',
  temperature: 'Nhiệt độ',
  duration: 'Thời gian',
  speed: 'Tốc độ',
  energy: 'Năng lượng',
  data: 'Dữ liệu',
  ratio: 'Tỷ số',
};

/** The qualifier as a symbol placed before the number (empty for exact). */
export const QUALIFIER_SYMBOLS: Readonly<Record<Qualifier, string>> = {
  exact: '',
  over: '>',
  under: '<',
  about: '≈',
  nearly: '≲',
  'at-least': '≥',
  'at-most': '≤',
};

/** The qualifier in Vietnamese words, for tables and the legend. */
export const QUALIFIER_LABELS: Readonly<Record<Qualifier, string>> = {
  exact: 'chính xác',
  over: 'hơn',
  under: 'dưới',
  about: 'khoảng',
  nearly: 'gần',
  'at-least': 'ít nhất',
  'at-most': 'tối đa',
};

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });

/** `2900000000` → `2.900.000.000`; `12.5` → `12,5`. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** Currency words as written in Vietnamese articles → the symbol shown after the number. */
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  'đồng': '₫',
  'vnđ': '₫',
  'vnd': '₫',
  'đ': '₫',
  'usd': 'US$',
  'đô la': 'US$',
  'đô la mỹ': 'US$',
  'đôla': 'US$',
  'đô': 'US$',
  'euro': '€',
  'eur': '€',
  'yên': '¥',
  'yên nhật': '¥',
  'nhân dân tệ': 'CN¥',
  'bảng anh': '£',
};

/** The unit to show after a number: a currency symbol for known currencies, else the unit as written. */
export function displayUnit(unit: string): string {
  return CURRENCY_SYMBOLS[unit.trim().toLowerCase()] ?? unit.trim();
}

/** A number with its unit: `2.900.000.000 ₫`, `12,5%`, `244 tấn`. */
export function formatQuantity(n: number, unit: string): string {
  return joinUnit(formatNumber(n), unit);
}

function joinUnit(number: string, unit: string): string {
  const shown = displayUnit(unit);
  if (shown === '') return number;
  if (shown === '%' || shown === '‰') return `${number}${shown}`;
  return `${number} ${shown}`;
}

/** The figure's normalised value with its unit, without qualifier or kind. */
export function figureValueText(figure: Figure): string {
  if (figure.min !== undefined && figure.max !== undefined) {
    return joinUnit(`${formatNumber(figure.min)}–${formatNumber(figure.max)}`, figure.unit);
  }
  if (figure.numerator !== undefined && figure.denominator !== undefined) {
    const share = figure.value !== undefined ? ` (${formatNumber(figure.value * 100)}%)` : '';
    return `${joinUnit(`${formatNumber(figure.numerator)}/${formatNumber(figure.denominator)}`, figure.unit)}${share}`;
  }
  return joinUnit(formatNumber(figure.value ?? Number.NaN), figure.unit);
}

/** The full reading shown on hover/focus: `> 2.900.000.000 ₫ · tiền`. */
export function figureReading(figure: Figure): string {
  const symbol = QUALIFIER_SYMBOLS[figure.qualifier];
  const value = figureValueText(figure);
  const inferred = figure.unitInferred ? ' (đơn vị suy ra)' : '';
  return `${symbol ? `${symbol} ` : ''}${value}${inferred} · ${KIND_LABELS[figure.kind].toLowerCase()}`;
}

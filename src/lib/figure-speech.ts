/**
 * What a screen reader hears when keyboard navigation lands on a figure:
 * the figure's own words once, then what the reading adds (the normalised
 * value, if the words do not already say it) and the figure's group.
 *
 *     "hơn 2,9 tỷ đồng", "> 2.900.000.000 ₫ · tiền"
 *       → "hơn 2,9 tỷ đồng — hơn 2.900.000.000 đồng, nhóm tiền"
 *     "115 kế hoạch, văn bản", "115 kế hoạch, văn bản · số lượng"
 *       → "115 kế hoạch, văn bản — nhóm số lượng"
 *
 * Symbols are spoken as words (`>` → hơn, `₫` → đồng). Pure: the browser
 * script passes the mark's text and its `data-reading` attribute.
 */
import { QUALIFIER_LABELS, QUALIFIER_SYMBOLS } from './reading';

/** Qualifier symbol → its Vietnamese word (`>` → `hơn`). */
const SYMBOL_WORDS: ReadonlyMap<string, string> = new Map(
  (Object.keys(QUALIFIER_SYMBOLS) as (keyof typeof QUALIFIER_SYMBOLS)[])
    .filter((q) => QUALIFIER_SYMBOLS[q] !== '')
    .map((q) => [QUALIFIER_SYMBOLS[q], QUALIFIER_LABELS[q]]),
);

/** Currency symbols of the reading → words. */
const SPOKEN_UNITS: readonly [RegExp, string][] = [
  [/₫/gu, 'đồng'],
  [/US\$/gu, 'đô la Mỹ'],
  [/CN¥/gu, 'nhân dân tệ'],
  [/€/gu, 'euro'],
  [/¥/gu, 'yên'],
  [/£/gu, 'bảng Anh'],
];

const comparable = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();

/** The spoken form of a figure: its words, then what its reading adds, then its group. */
export function spokenFigure(words: string, reading: string): string {
  const text = words.replace(/\s+/gu, ' ').trim();
  const cut = reading.lastIndexOf(' · ');
  const kind = cut >= 0 ? reading.slice(cut + 3).trim() : '';
  let value = (cut >= 0 ? reading.slice(0, cut) : reading).trim();
  if (value === '' && kind === '') return text;

  let qualifier = '';
  const symbol = value.split(' ', 1)[0]!;
  if (SYMBOL_WORDS.has(symbol)) {
    qualifier = SYMBOL_WORDS.get(symbol)!;
    value = value.slice(symbol.length).trim();
  }
  for (const [pattern, word] of SPOKEN_UNITS) value = value.replace(pattern, word);

  // "11/11 xã (100%)": the words may already say the main part; keep what the brackets add.
  const bracket = /^(.*?)\s*\(([^()]*)\)$/u.exec(value);
  const main = bracket ? bracket[1]! : value;
  const extra = bracket ? bracket[2]! : '';
  const parts: string[] = [];
  if (!comparable(text).includes(comparable(main))) parts.push(qualifier ? `${qualifier} ${value}` : value);
  else if (extra) parts.push(extra);
  if (kind) parts.push(`nhóm ${kind}`);
  return parts.length > 0 ? `${text} — ${parts.join(', ')}` : text;
}

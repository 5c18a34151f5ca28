/**
 * Carrying data in a Pagefind result without making it searchable.
 *
 * A search result for an article needs each figure's kind and normalised
 * reading (`> 2.900.000.000 ₫ · tiền`), so that a hit on `2,9 tỷ` can show
 * the value. Pagefind returns page metadata (`data-pagefind-meta`) with each
 * result at no extra request, but it also indexes the words of every meta
 * field (checked on 1.6.0: a word found only in a meta field makes the page
 * match), so plain readings would make `tiền` or `money` find every article.
 *
 * So the figure table travels encoded: each UTF-8 byte becomes one Braille
 * pattern character (U+2800 + byte). Braille patterns are neither letters
 * nor digits, so Pagefind's word splitter drops them: the field adds no word
 * to the index (checked: same index, same unique-word count, and no query
 * matches it) while `data().meta.figs` still returns it.
 */

const BRAILLE_BASE = 0x2800;

/** Any string → a string of Braille pattern characters, one per UTF-8 byte. */
export function encodeUnindexed(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += String.fromCharCode(BRAILLE_BASE + byte);
  return out;
}

/** The inverse of `encodeUnindexed`. Throws on a character outside U+2800–U+28FF. */
export function decodeUnindexed(encoded: string): string {
  const bytes = new Uint8Array(encoded.length);
  for (let i = 0; i < encoded.length; i++) {
    const byte = encoded.charCodeAt(i) - BRAILLE_BASE;
    if (byte < 0 || byte > 0xff) throw new Error(`not an encoded byte at ${i}: U+${encoded.charCodeAt(i).toString(16)}`);
    bytes[i] = byte;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** What a search result needs to know about one figure of an article. */
export interface FigureInfo {
  id: string;
  kind: string;
  /** The normalised value as the site reads it (`data-reading`). */
  reading: string;
}

/** The meta field that carries the encoded figure table. */
export const FIGURES_META_KEY = 'figs';

/** Figures → one line each, `id \t kind \t reading`, encoded. Tabs and newlines in a reading become spaces. */
export function encodeFigureTable(figures: readonly FigureInfo[]): string {
  const clean = (s: string) => s.replace(/[\t\n\r]+/g, ' ');
  return encodeUnindexed(figures.map((f) => `${clean(f.id)}\t${clean(f.kind)}\t${clean(f.reading)}`).join('\n'));
}

/** The inverse of `encodeFigureTable`, keyed by figure id. A missing or damaged field gives an empty map. */
export function decodeFigureTable(encoded: string | undefined): Map<string, FigureInfo> {
  const table = new Map<string, FigureInfo>();
  if (!encoded) return table;
  let text: string;
  try {
    text = decodeUnindexed(encoded);
  } catch {
    return table;
  }
  for (const line of text.split('\n')) {
    const [id, kind, reading] = line.split('\t');
    if (id && kind !== undefined && reading !== undefined) table.set(id, { id, kind, reading });
  }
  return table;
}

/**
 * How search treats Vietnamese diacritics, and the two tricks that make `đ`
 * searchable without diacritics and `2,9` different from `29`.
 *
 * Pagefind 1.6 folds diacritics itself: it indexes every word under its NFD
 * mark-stripped form (`bảo` → `bao`) and keeps the exact form as a variant.
 * `đ` (U+0111) has no decomposition, so Pagefind never folds it: `dong` does
 * not find `đồng`. The fix, measured on pagefind 1.6.0:
 *
 *   - in the HTML handed to the indexer (never in the pages served), every
 *     `đ`/`Đ` in text is replaced by `ḏ`/`Ḏ` (U+1E0F/U+1E0E, "d with line
 *     below"), a letter whose NFD form is `d` + U+0331, so Pagefind folds it
 *     to `d` and also keeps `ḏồng` as the exact variant;
 *   - the query gets the same replacement, so `đồng` asks for `ḏồng` and
 *     exact-diacritic matching still works;
 *   - every string that comes back from the index (excerpt words, titles,
 *     anchor texts) is mapped back, `ḏ` → `đ`, before it is shown.
 *
 * `ḏ` does not occur in Vietnamese; a source that really contains it would
 * show `đ` in search excerpts (never on the article page itself).
 *
 * Decimal commas get the same treatment. Pagefind drops punctuation inside
 * words, so `2,9` and `29` are the same word to it and `2,9 tỷ` would rank an
 * article about `29 tỷ` as high as one about `2,9 tỷ`. In the index form the
 * comma between two digits becomes U+0326 (combining comma below): Pagefind
 * strips the mark to file `2̦9` under `29` (so `29` still finds it, and `5000`
 * still finds `5.000`, whose thousands dot is left alone) but keeps `2̦9` as
 * the exact variant, which the exact pass of the search can ask for.
 *
 * Also here: word keys, the comparison rule shared by figure matching and
 * the highlighter (lower case, punctuation removed, optionally folded).
 */

const CARRIER_LOWER = '\u1E0F'; // ḏ
const CARRIER_UPPER = '\u1E0E'; // Ḏ
const DECIMAL_MARK = '\u0326'; // combining comma below

/** What `toIndexForm` replaces, in one pass: `đ`, `Đ`, and a comma between two digits. */
const INDEX_FORM_CHANGES = /[đĐ]|(?<=\d),(?=\d)/g;

/** `Đồng đô, 2,9 tỷ` → `Ḏồng ḏô, 2̦9 tỷ`: the form of article text the index sees. */
export function toIndexForm(text: string): string {
  return text.replace(INDEX_FORM_CHANGES, (ch) => (ch === 'đ' ? CARRIER_LOWER : ch === 'Đ' ? CARRIER_UPPER : DECIMAL_MARK));
}

/**
 * The index form of a query. As in article text, plus a decimal point typed
 * the English way (`2.9`) counts as a decimal comma; a dot before exactly
 * three digits (`5.000`, `1.234.567`) is a thousands separator and stays.
 */
export function toQueryIndexForm(query: string): string {
  return toIndexForm(query.replace(/(\d)\.(?=\d)(?!\d{3}(?!\d))/g, '$1,'));
}

/** `Ḏồng ḏô, 2̦9 tỷ` → `Đồng đô, 2,9 tỷ`: back to what the article says, for display. */
export function fromIndexForm(text: string): string {
  return text
    .replace(/\u1E0F/g, 'đ')
    .replace(/\u1E0E/g, 'Đ')
    .replace(/(\d)\u0326/g, '$1,');
}

/** True when the index form asks for something Pagefind folds away (a diacritic, `ḏ`, a decimal mark). */
export function needsExactMatch(indexForm: string): boolean {
  return indexForm.normalize('NFD') !== indexForm.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Folds one character to its base letter, keeping string length: every
 * character of `fold(s)` sits at the same index as in `s` (so a match found
 * in folded text is at the same offsets in the original). NFC input assumed.
 */
function foldChar(ch: string): string {
  if (ch === 'đ' || ch === CARRIER_LOWER) return 'd';
  if (ch === 'Đ' || ch === CARRIER_UPPER) return 'D';
  const base = ch.normalize('NFD')[0] ?? ch;
  return base.length === ch.length ? base : ch;
}

/** Lower-cases and removes diacritics, `đ` included, keeping length and offsets. */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const folded = foldChar(lower.length === ch.length ? lower : ch);
    out += folded;
  }
  return out;
}

/** Lower-cases, keeping length (characters whose lower case is longer stay as they are). */
export function lowerText(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The comparable form of one word: lower case, punctuation and symbols
 * removed (`2,9` → `29`, `Lộc.` → `lộc`), and with `folded` also without
 * diacritics (`lộc` → `loc`). This mirrors Pagefind, which drops separators
 * inside numbers and punctuation around words.
 */
export function wordKey(word: string, folded: boolean): string {
  const nfc = word.normalize('NFC');
  return (folded ? foldText(nfc) : lowerText(nfc)).replace(NOT_WORD, '');
}

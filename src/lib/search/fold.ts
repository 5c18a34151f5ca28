/**
 * How search treats Vietnamese diacritics, and the one trick that makes `đ`
 * searchable without diacritics.
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
 * Also here: word keys, the comparison rule shared by figure matching and
 * the highlighter (lower case, punctuation removed, optionally folded).
 */

const CARRIER_LOWER = '\u1E0F'; // ḏ
const CARRIER_UPPER = '\u1E0E'; // Ḏ

/** `Đồng đô` → `Ḏồng ḏô`: the form of text and queries the index sees. */
export function toIndexForm(text: string): string {
  return text.replace(/đ/g, CARRIER_LOWER).replace(/Đ/g, CARRIER_UPPER);
}

/** `Ḏồng ḏô` → `Đồng đô`: back to what the article says, for display. */
export function fromIndexForm(text: string): string {
  return text.replace(/\u1E0F/g, 'đ').replace(/\u1E0E/g, 'Đ');
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

/** True when the text has any letter with a diacritic (tone, hat, horn, breve or `đ`). */
export function hasDiacritics(text: string): boolean {
  const nfc = text.normalize('NFC');
  return foldText(nfc) !== lowerText(nfc);
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

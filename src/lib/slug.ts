/**
 * Diacritic folding and slugs for Vietnamese text. `đ`/`Đ` have no Unicode
 * decomposition, so they are folded by hand after NFD stripping.
 */

/** `Bảo Lộc, Đà Lạt` → `Bao Loc, Da Lat`. Keeps case and everything else. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * What `slugify` makes of each UTF-16 unit, for the units it can handle one at a time:
 * an ASCII letter or digit (char code), DROP (a combining mark, removed), SEP (anything
 * that becomes a hyphen), or 0 (not in the table: take the general path). Covers ASCII,
 * Latin-1, Latin Extended-A/B, the combining marks, Latin Extended Additional (all of
 * Vietnamese) and General Punctuation. Built once by running the general path on each
 * unit alone; only units whose decomposition is one ASCII letter or digit plus combining
 * marks U+0300–U+036F (all removed), `đ`/`Đ` (folded to d), or that decompose to themselves and are neither
 * letters nor digits of ASCII after lower-casing, are kept. For a text of such units the
 * general path's NFD/strip/NFC/lower-case/replace comes to the same as reading each unit
 * here (no mark survives to be reordered, nothing is left to recompose), and a figure's
 * text is almost always such a text: the ids stage spent half its time in `normalize`.
 */
const SLUG_DROP = 1;
const SLUG_SEP = 2;
const SLUG_UNITS = (() => {
  const t = new Uint8Array(0x2070);
  const isAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
  for (let c = 0; c < 0x2070; c++) {
    if ((c > 0x24f && c < 0x300) || (c > 0x36f && c < 0x1e00) || (c > 0x1eff && c < 0x2000)) continue;
    if (c >= 0x300 && c <= 0x36f) {
      t[c] = SLUG_DROP;
      continue;
    }
    const ch = String.fromCharCode(c);
    const d = ch.normalize('NFD');
    const base = d.charCodeAt(0);
    let marksOnly = true;
    for (let i = 1; i < d.length; i++) if (d.charCodeAt(i) < 0x300 || d.charCodeAt(i) > 0x36f) marksOnly = false;
    const folded = foldDiacritics(ch).toLowerCase();
    if (base < 0x80 && marksOnly && folded.length === 1 && isAlnum(folded.charCodeAt(0))) t[c] = folded.charCodeAt(0);
    else if (d === ch && ![...folded].some((f) => isAlnum(f.charCodeAt(0)))) t[c] = SLUG_SEP;
  }
  // `đ`/`Đ` do not decompose; `foldDiacritics` folds them by hand, and so does the table.
  t[0x111] = t[0x110] = 0x64;
  // No unit maps to code 1 or 2 (they are below '0'), so DROP and SEP cannot be mistaken for a letter.
  return t;
})();

/** The slug of `text` read unit by unit through `SLUG_UNITS`, or undefined when a unit is not in the table. */
function slugByTable(text: string): string | undefined {
  let out = '';
  let pendingSep = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const m = c < 0x2070 ? SLUG_UNITS[c]! : 0;
    if (m === 0) return undefined;
    if (m === SLUG_DROP) continue;
    if (m === SLUG_SEP) {
      pendingSep = out.length > 0;
      continue;
    }
    if (pendingSep) {
      out += '-';
      pendingSep = false;
    }
    out += String.fromCharCode(m);
  }
  return out;
}

/** `Hơn 2,9 tỷ đồng` → `hon-2-9-ty-dong`: lower-case ASCII letters, digits and single inner hyphens. */
export function slugify(text: string, maxLength = 64): string {
  const slug =
    slugByTable(text) ??
    foldDiacritics(text)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

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

/** `Hơn 2,9 tỷ đồng` → `hon-2-9-ty-dong`: lower-case ASCII letters, digits and single inner hyphens. */
export function slugify(text: string, maxLength = 64): string {
  const slug = foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

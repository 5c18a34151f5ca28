/**
 * Text normalisation shared by every stage, and the word-boundary scan the
 * extractors use on whole articles. All offsets in solieu (figure
 * `start`/`end`, `meta.bodyStart`) are JavaScript string offsets into the
 * text returned by `normalizeText`.
 */

/** Removes a leading BOM, turns CRLF and lone CR into LF, and applies Unicode NFC. */
export function normalizeText(input: string): string {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  text = text.replace(/\r\n?/g, '\n');
  return text.normalize('NFC');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when the character ending just before `index` (a whole code point) is a letter or a digit. */
export function isWordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const c = text.charCodeAt(index - 1);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (c >= 0xdc00 && c <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(index - 2, index));
  }
  return LETTER_OR_DIGIT.test(text[index - 1]!);
}

/**
 * The matches of the global regex `re` that do not start right after a letter or a digit
 * (or after whatever `before` rejects): the matches `(?<![\p{L}\p{N}])` + `re` would give,
 * found several times faster. A look-behind at the start of a pattern is tried at every
 * position of the text before anything else, which keeps the regex engine from skipping
 * ahead to the pattern's first characters; here it is checked only where `re` matches.
 * Use it for patterns whose matches are short (word lists), where a try at a position that
 * the look-behind would have refused costs little.
 */
export function matchesAtWordStart(re: RegExp, text: string, before: (text: string, index: number) => boolean = isWordCharBefore): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let m = firstAtWordStart(re, text, 0, before); m; m = firstAtWordStart(re, text, nextIndex(text, m), before)) out.push(m);
  return out;
}

/** The first match of the global regex `re` at or after `from` that starts a word (see `matchesAtWordStart`), or null. */
export function firstAtWordStart(re: RegExp, text: string, from = 0, before: (text: string, index: number) => boolean = isWordCharBefore): RegExpExecArray | null {
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!before(text, m.index)) {
      re.lastIndex = 0;
      return m;
    }
    re.lastIndex = m.index + codePointLength(text, m.index); // try again one character further, as the `u` flag steps
  }
  re.lastIndex = 0;
  return null;
}

function codePointLength(text: string, index: number): number {
  return text.codePointAt(index)! > 0xffff ? 2 : 1;
}

/** Where a global regex goes on after the match `m`. */
function nextIndex(text: string, m: RegExpExecArray): number {
  return m.index + (m[0].length || codePointLength(text, m.index));
}

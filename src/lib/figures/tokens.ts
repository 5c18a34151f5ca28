/**
 * A one-pass tokenizer for the figure extractor.
 *
 * It splits the text into words (letters and combining marks), numbers (digits
 * with inner `.`/`,` between digits), single punctuation characters and line
 * breaks, and remembers whether each token touches the previous one (no space
 * between: `F0`, `250K`, `21/1`). Soft hyphens and zero-width characters are
 * invisible: inside a token they are absorbed into it, between tokens they count
 * as nothing at all (so `2,9\u00ADtỷ` reads as `2,9` + `tỷ`).
 *
 * Tokens live in typed arrays so that a megabyte of text costs no per-token
 * objects; `lower(i)` and `raw(i)` build the token's text on demand.
 */

export const WORD = 1;
export const NUM = 2;
export const PUNCT = 3;
export const NL = 4;

const LETTER_RE = /[\p{L}\p{M}]/u;

/** 1 for upper-case letters below U+2000 (Latin, Greek, Cyrillic, Vietnamese), computed once. */
const UPPER_TABLE = (() => {
  const t = new Uint8Array(0x2000);
  for (let c = 0; c < 0x2000; c++) {
    if (c >= 0xd800) break;
    const ch = String.fromCharCode(c);
    if (ch !== ch.toLowerCase()) t[c] = 1;
  }
  return t;
})();

function isUpperCode(c: number, text: string, i: number): boolean {
  if (c < 0x2000) return UPPER_TABLE[c] === 1;
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
}

function isIgnorable(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 11 || c === 12 || c === 0x85 ? true : false;
}

function isLetterCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER_RE.test(text[i]!);
}

export class Tokens {
  readonly text: string;
  n = 0;
  type: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  /** 1 when the token directly touches the previous one (no space, no line break). */
  glued: Uint8Array;
  /** 1 when the token contains an ignorable character. */
  dirty: Uint8Array;
  /** Bit 1: the token has an upper-case letter; bit 2: its first letter is upper-case. */
  upper: Uint8Array;
  /** Lower-case texts, filled on demand (one slot per token, grown by push so the array stays fast). */
  private lowerCache: (string | undefined)[] = [];

  constructor(text: string) {
    this.text = text;
    const cap = Math.min(text.length + 1, 1 << 16);
    this.type = new Uint8Array(cap);
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.glued = new Uint8Array(cap);
    this.dirty = new Uint8Array(cap);
    this.upper = new Uint8Array(cap);
    this.run();
  }

  private grow(): void {
    const cap = this.type.length * 2;
    const t = new Uint8Array(cap);
    t.set(this.type);
    this.type = t;
    const s = new Int32Array(cap);
    s.set(this.start);
    this.start = s;
    const e = new Int32Array(cap);
    e.set(this.end);
    this.end = e;
    const g = new Uint8Array(cap);
    g.set(this.glued);
    this.glued = g;
    const d = new Uint8Array(cap);
    d.set(this.dirty);
    this.dirty = d;
    const u = new Uint8Array(cap);
    u.set(this.upper);
    this.upper = u;
  }

  private push(type: number, start: number, end: number, glued: boolean, dirty: boolean, upper = 0): void {
    if (this.n >= this.type.length) this.grow();
    const k = this.n++;
    this.type[k] = type;
    this.start[k] = start;
    this.end[k] = end;
    this.glued[k] = glued ? 1 : 0;
    this.dirty[k] = dirty ? 1 : 0;
    this.upper[k] = upper;
    this.lowerCache.push(undefined);
  }

  /** Index of the next char after `i` that is not ignorable. */
  private skipIgnorable(i: number): number {
    const t = this.text;
    while (i < t.length && isIgnorable(t.charCodeAt(i))) i++;
    return i;
  }

  private run(): void {
    const t = this.text;
    const len = t.length;
    let i = 0;
    let prevEnd = -1;
    while (i < len) {
      const c = t.charCodeAt(i);
      if (isIgnorable(c)) {
        i++;
        continue;
      }
      if (c === 10) {
        this.push(NL, i, i + 1, false, false);
        i++;
        prevEnd = -1;
        continue;
      }
      if (isSpace(c) || c === 13) {
        i++;
        prevEnd = -1;
        continue;
      }
      const glued = prevEnd >= 0;
      const start = i;
      let dirty = false;
      if (isDigit(c)) {
        i++;
        for (;;) {
          if (i >= len) break;
          const d = t.charCodeAt(i);
          if (isDigit(d)) {
            i++;
            continue;
          }
          if (isIgnorable(d)) {
            const j = this.skipIgnorable(i);
            const e = j < len ? t.charCodeAt(j) : -1;
            if (isDigit(e) || ((e === 46 || e === 44) && j + 1 < len && isDigit(t.charCodeAt(this.skipIgnorable(j + 1))))) {
              dirty = true;
              i = j;
              continue;
            }
            break;
          }
          if (d === 46 || d === 44) {
            const j = this.skipIgnorable(i + 1);
            if (j < len && isDigit(t.charCodeAt(j))) {
              if (j !== i + 1) dirty = true;
              i = j;
              continue;
            }
          }
          break;
        }
        this.push(NUM, start, i, glued, dirty);
      } else if (isLetterCode(c, t, i)) {
        let upper = isUpperCode(c, t, i) ? 3 : 0;
        i++;
        for (;;) {
          if (i >= len) break;
          const d = t.charCodeAt(i);
          if (isLetterCode(d, t, i)) {
            if (upper === 0 && isUpperCode(d, t, i)) upper = 1;
            i++;
            continue;
          }
          if (isIgnorable(d)) {
            const j = this.skipIgnorable(i);
            if (j < len && isLetterCode(t.charCodeAt(j), t, j)) {
              dirty = true;
              i = j;
              continue;
            }
          }
          break;
        }
        this.push(WORD, start, i, glued, dirty, upper);
      } else {
        // One punctuation character (a surrogate pair stays whole).
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < len && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        this.push(PUNCT, start, i, glued, false);
      }
      prevEnd = i;
    }
  }

  /** The token's text without ignorable characters, as written. */
  raw(k: number): string {
    if (k < 0 || k >= this.n) return '';
    const s = this.text.slice(this.start[k], this.end[k]);
    return this.dirty[k] ? s.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '') : s;
  }

  /** The token's text in lower case (cached). Empty string out of range. */
  lower(k: number): string {
    if (k < 0 || k >= this.n) return '';
    let s = this.lowerCache[k];
    if (s === undefined) {
      s = this.raw(k);
      if (this.upper[k]) s = s.toLowerCase();
      this.lowerCache[k] = s;
    }
    return s;
  }

  isWord(k: number): boolean {
    return k >= 0 && k < this.n && this.type[k] === WORD;
  }
  isNum(k: number): boolean {
    return k >= 0 && k < this.n && this.type[k] === NUM;
  }
  isPunct(k: number, ch?: string): boolean {
    if (k < 0 || k >= this.n || this.type[k] !== PUNCT) return false;
    if (ch === undefined) return true;
    const s = this.start[k]!;
    return this.end[k]! - s === ch.length && this.text.charCodeAt(s) === ch.charCodeAt(0);
  }
  /** True when token k is a dash-like punctuation mark (`-`, `–`, `—`, `~`). */
  isDash(k: number): boolean {
    if (k < 0 || k >= this.n || this.type[k] !== PUNCT) return false;
    const c = this.text.charCodeAt(this.start[k]!);
    return c === 45 || c === 0x2013 || c === 0x2014 || c === 126;
  }
  /** True when token k starts with an upper-case letter. */
  isCapitalized(k: number): boolean {
    return this.isWord(k) && (this.upper[k]! & 2) !== 0;
  }
  /** True when token k has an upper-case letter anywhere (`iPhone`, `BN`, `TP`). */
  hasUpper(k: number): boolean {
    return this.isWord(k) && this.upper[k] !== 0;
  }
}

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

function isUpperCode(c: number, text: string, i: number): boolean {
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

/** Character classes for the tokenizer's table (bit flags). */
const C_LETTER = 1;
const C_UPPER = 2;
const C_DIGIT = 4;
/** Space or CR: ends a token and unglues the next one. */
const C_SPACE = 8;
const C_IGNORABLE = 16;

/**
 * The class of every UTF-16 unit below U+2000 (all of Vietnamese, Latin, Greek, Cyrillic),
 * computed once from the functions above: one array read per character instead of a
 * chain of range tests. Units from U+2000 up go through `classOf` (same answers).
 */
const CLASS_TABLE = (() => {
  const t = new Uint8Array(0x2000);
  for (let c = 0; c < 0x2000; c++) t[c] = classOf(c, String.fromCharCode(c), 0);
  return t;
})();

/** The class bits of the unit `c` at `text[i]` (letters above U+2000 need the text for the regex). */
function classOf(c: number, text: string, i: number): number {
  if (isIgnorable(c)) return C_IGNORABLE;
  if (isDigit(c)) return C_DIGIT;
  if (isSpace(c) || c === 13) return C_SPACE;
  if (isLetterCode(c, text, i)) return isUpperCode(c, text, i) ? C_LETTER | C_UPPER : C_LETTER;
  return 0;
}

/** Bytes per token across the six arrays: start and end (4 each), type, glued, dirty, upper (1 each). */
const BYTES_PER_TOKEN = 12;

export class Tokens {
  readonly text: string;
  n = 0;
  type!: Uint8Array;
  start!: Int32Array;
  end!: Int32Array;
  /** 1 when the token directly touches the previous one (no space, no line break). */
  glued!: Uint8Array;
  /** 1 when the token contains an ignorable character. */
  dirty!: Uint8Array;
  /** Bit 1: the token has an upper-case letter; bit 2: its first letter is upper-case. */
  upper!: Uint8Array;
  /** Lower-case texts, filled on demand (one slot per token, made once the tokens are known). */
  private lowerCache: (string | undefined)[] = [];

  constructor(text: string) {
    this.text = text;
    // Prose has about one token per four characters; room for one per two, grown if ever needed.
    this.allocate(Math.min(text.length + 1, (text.length >> 1) + 16));
    this.run();
    // Filled in one go: cheaper than growing the array by one slot per token while scanning.
    this.lowerCache = new Array<string | undefined>(this.n).fill(undefined);
  }

  /**
   * Points the six arrays at one fresh buffer of `cap` tokens, keeping the tokens so far.
   * One buffer instead of six: every typed array of more than a few bytes costs an
   * off-heap allocation, and that cost is paid per article.
   */
  private allocate(cap: number): void {
    const buf = new ArrayBuffer(cap * BYTES_PER_TOKEN);
    const start = new Int32Array(buf, 0, cap);
    const end = new Int32Array(buf, cap * 4, cap);
    const type = new Uint8Array(buf, cap * 8, cap);
    const glued = new Uint8Array(buf, cap * 9, cap);
    const dirty = new Uint8Array(buf, cap * 10, cap);
    const upper = new Uint8Array(buf, cap * 11, cap);
    if (this.n > 0) {
      start.set(this.start.subarray(0, this.n));
      end.set(this.end.subarray(0, this.n));
      type.set(this.type.subarray(0, this.n));
      glued.set(this.glued.subarray(0, this.n));
      dirty.set(this.dirty.subarray(0, this.n));
      upper.set(this.upper.subarray(0, this.n));
    }
    this.start = start;
    this.end = end;
    this.type = type;
    this.glued = glued;
    this.dirty = dirty;
    this.upper = upper;
  }

  /** Index of the next char after `i` that is not ignorable. */
  private skipIgnorable(i: number): number {
    const t = this.text;
    while (i < t.length && isIgnorable(t.charCodeAt(i))) i++;
    return i;
  }

  /**
   * The scan. The six arrays are held in locals and each token is written in place: `push`
   * as a method reloaded the arrays from `this` and tested the capacity for every token
   * (tokenizer 10–15 % faster). Room is made before any token is written, so after
   * `allocate` the locals are taken again.
   */
  private run(): void {
    const t = this.text;
    const len = t.length;
    let i = 0;
    let prevEnd = -1;
    let n = 0;
    let cap = this.type.length;
    let type = this.type, start_ = this.start, end_ = this.end, gluedA = this.glued, dirtyA = this.dirty, upperA = this.upper;
    while (i < len) {
      const c = t.charCodeAt(i);
      const cls = c < 0x2000 ? CLASS_TABLE[c]! : classOf(c, t, i);
      if (cls & C_IGNORABLE) {
        i++;
        continue;
      }
      if (n >= cap) {
        this.n = n;
        this.allocate(cap * 2);
        cap = this.type.length;
        type = this.type; start_ = this.start; end_ = this.end; gluedA = this.glued; dirtyA = this.dirty; upperA = this.upper;
      }
      if (c === 10) {
        type[n] = NL; start_[n] = i; end_[n] = i + 1; gluedA[n] = 0; dirtyA[n] = 0; upperA[n] = 0; n++;
        i++;
        prevEnd = -1;
        continue;
      }
      if (cls & C_SPACE) {
        i++;
        prevEnd = -1;
        continue;
      }
      const glued = prevEnd >= 0 ? 1 : 0;
      const start = i;
      let dirty = false;
      if (cls & C_DIGIT) {
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
        type[n] = NUM; start_[n] = start; end_[n] = i; gluedA[n] = glued; dirtyA[n] = dirty ? 1 : 0; upperA[n] = 0; n++;
      } else if (cls & C_LETTER) {
        let upper = cls & C_UPPER ? 3 : 0;
        i++;
        for (;;) {
          if (i >= len) break;
          const d = t.charCodeAt(i);
          const dc = d < 0x2000 ? CLASS_TABLE[d]! : classOf(d, t, i);
          if (dc & C_LETTER) {
            if (upper === 0 && dc & C_UPPER) upper = 1;
            i++;
            continue;
          }
          if (dc & C_IGNORABLE) {
            const j = this.skipIgnorable(i);
            if (j < len && isLetterCode(t.charCodeAt(j), t, j)) {
              dirty = true;
              i = j;
              continue;
            }
          }
          break;
        }
        type[n] = WORD; start_[n] = start; end_[n] = i; gluedA[n] = glued; dirtyA[n] = dirty ? 1 : 0; upperA[n] = upper; n++;
      } else {
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < len && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        type[n] = PUNCT; start_[n] = start; end_[n] = i; gluedA[n] = glued; dirtyA[n] = 0; upperA[n] = 0; n++;
      }
      prevEnd = i;
    }
    this.n = n;
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

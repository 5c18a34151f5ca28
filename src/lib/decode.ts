/**
 * Turns the bytes of a source file into text, or refuses them with a message
 * that says what is wrong, where, and what to do.
 *
 * Accepted: UTF-8 (with or without a BOM), UTF-16 LE/BE with a BOM, UTF-16
 * without a BOM when its NUL-byte pattern is unmistakable, and Windows-1258
 * Vietnamese when the text decodes to well-formed Vietnamese syllables.
 * Refused, with `line:col`: other non-UTF-8 bytes (naming the likely legacy
 * encoding: TCVN3/ABC, VNI-Windows, Windows-1258, Windows-1252), binary files,
 * NUL and other control characters (anything but tab, LF, CR and form feed),
 * and UTF-8 text that is already mojibake (double-encoded UTF-8, or TCVN3/VNI
 * bytes that went through a Windows-1252 to UTF-8 conversion).
 *
 * The result still needs `normalizeText` (CRLF, NFC); the BOM is already gone.
 * Empty or whitespace-only text is returned as is: the caller decides.
 * Pure: no I/O.
 */
import { lineColAt, SourceError, type Problem } from './problems';

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface DecodedSource {
  /** The text, BOM removed, not yet normalised. */
  text: string;
  /** What the bytes were read as. */
  encoding: SourceEncoding;
  /** Set when the file was read from a legacy encoding: say so to the user (the file itself is unchanged). */
  note?: string;
}

/** Decodes a source file's bytes; throws `SourceError` when they cannot be read as text. */
export function decodeSource(bytes: Uint8Array): string {
  return decodeSourceDetailed(bytes).text;
}

/** Like `decodeSource`, but also says which encoding was used. */
export function decodeSourceDetailed(bytes: Uint8Array): DecodedSource {
  const b = bytes;
  // UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
  if (startsWith(b, [0xff, 0xfe, 0x00, 0x00]) || startsWith(b, [0x00, 0x00, 0xfe, 0xff])) {
    throw new SourceError([{ line: 1, col: 1, message: 'the file is UTF-32 (it starts with a UTF-32 byte-order mark); save it as UTF-8 and run again' }]);
  }
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return { text: decodeUtf8(b.subarray(3)), encoding: 'utf-8' };
  if (startsWith(b, [0xff, 0xfe])) return { text: decodeUtf16(b.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (startsWith(b, [0xfe, 0xff])) return { text: decodeUtf16(b.subarray(2), 'utf-16be'), encoding: 'utf-16be' };

  const utf16 = sniffBomlessUtf16(b);
  if (utf16) return utf16;

  const text = tryUtf8(b);
  if (text !== null) {
    checkMojibake(text);
    checkControls(text);
    return { text, encoding: 'utf-8' };
  }
  return decodeNonUtf8(b);
}

// ---------------------------------------------------------------------------
// UTF-8

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  const text = tryUtf8(bytes);
  if (text === null) {
    // A UTF-8 BOM followed by bytes that are not UTF-8: report the bad byte, not a guess.
    const bad = firstInvalidUtf8(bytes);
    const { line, col } = positionOfByte(bytes, bad);
    throw new SourceError([
      {
        line,
        col,
        message: `the file starts with a UTF-8 byte-order mark but byte ${hex(bytes[bad]!)} here is not valid UTF-8; the file is damaged or mixes encodings — re-save it as UTF-8 and run again`,
      },
    ]);
  }
  checkMojibake(text);
  checkControls(text);
  return text;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1 when all bytes are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c === 0xe0) (need = 2), (lo = 0xa0);
    else if (c >= 0xe1 && c <= 0xec) need = 2;
    else if (c === 0xed) (need = 2), (hi = 0x9f);
    else if (c >= 0xee && c <= 0xef) need = 2;
    else if (c === 0xf0) (need = 3), (lo = 0x90);
    else if (c >= 0xf1 && c <= 0xf3) need = 3;
    else if (c === 0xf4) (need = 3), (hi = 0x8f);
    else return i;
    for (let k = 1; k <= need; k++) {
      const d = bytes[i + k];
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (d === undefined || d < min || d > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Line and column of a byte offset, counting characters of the valid UTF-8 before it. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, offset));
  return lineColAt(before, before.length);
}

// ---------------------------------------------------------------------------
// UTF-16

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  const name = encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  if (bytes.length % 2 !== 0) {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, bytes.length - 1));
    const { line, col } = lineColAt(text, text.length);
    throw new SourceError([{ line, col, message: `the file is ${name} but has an odd number of bytes: it was cut off; re-save it (preferably as UTF-8) and run again` }]);
  }
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const lone = findLoneSurrogate(text);
  if (lone >= 0) {
    const { line, col } = lineColAt(text, lone);
    throw new SourceError([{ line, col, message: `the file is ${name} but contains a broken character (an unpaired surrogate); re-save it as UTF-8 and run again` }]);
  }
  checkControls(text);
  return text;
}

function findLoneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

/**
 * UTF-16 without a BOM: text in a Latin script puts a NUL in the high byte of
 * most characters (spaces, digits, unaccented letters), so one byte column is
 * mostly NUL and the other almost never. Accept only when that pattern is
 * clear and the decoded text is clean; otherwise the NULs get the file refused
 * as binary.
 */
function sniffBomlessUtf16(bytes: Uint8Array): DecodedSource | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 1 << 16);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(n / 2);
  let encoding: 'utf-16le' | 'utf-16be';
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.02) encoding = 'utf-16le';
  else if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.02) encoding = 'utf-16be';
  else return null;
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  if (findLoneSurrogate(text) >= 0 || CONTROL.test(text)) return null;
  // Mostly letters, digits, spaces and punctuation, not random code points.
  const sample = text.slice(0, 4096);
  const texty = sample.match(/[\p{L}\p{M}\p{N}\p{P}\p{Zs}\n\r\t]/gu)?.length ?? 0;
  if (texty < [...sample].length * 0.9) return null;
  return { text, encoding };
}

// ---------------------------------------------------------------------------
// Control characters and binary files

/** C0 controls other than tab, LF, FF and CR; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;
const CONTROL_ALL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
const MAX_LISTED = 10;

function checkControls(text: string): void {
  if (!CONTROL.test(text)) return;
  const hits: number[] = [];
  let total = 0;
  for (const m of text.matchAll(CONTROL_ALL)) {
    total++;
    if (hits.length < MAX_LISTED) hits.push(m.index);
  }
  const first = hits[0]!;
  const hasNul = text.includes('\u0000');
  if (hasNul || total > Math.max(8, text.length / 1000)) {
    const { line, col } = lineColAt(text, first);
    const what = hasNul ? 'NUL bytes' : `${total} control characters`;
    throw new SourceError([
      {
        line,
        col,
        message: `the file contains ${what}: it looks like a binary file (an image, PDF, Word document…), not a plain-text article; save the article as plain UTF-8 text (.txt) and run again`,
      },
    ]);
  }
  const problems: Problem[] = hits.map((offset) => {
    const { line, col } = lineColAt(text, offset);
    const code = text.charCodeAt(offset);
    const u = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (code >= 0x80 && code <= 0x9f) {
      const meant = decodeWindows1252(new Uint8Array([code]));
      const hint = meant.charCodeAt(0) !== code ? ` (it stands for ${meant} — Windows-1252 text was converted to UTF-8 as if it were Latin-1)` : '';
      return { line, col, message: `invisible control character ${u} in the text${hint}; replace or delete it and run again` };
    }
    return { line, col, message: `invisible control character ${u} in the text; delete it and run again` };
  });
  if (total > hits.length) {
    const last = problems[problems.length - 1]!;
    problems.push({ line: last.line, col: last.col, message: `…and ${total - hits.length} more control characters` });
  }
  throw new SourceError(problems);
}

// ---------------------------------------------------------------------------
// Bytes that are not UTF-8

const ADVICE: Record<LegacyEncoding, string> = {
  tcvn3: "convert it to UTF-8 (e.g. with UniKey's converter: source TCVN3 (ABC), destination Unicode) and run again",
  vni: "convert it to UTF-8 (e.g. with UniKey's converter: source VNI Windows, destination Unicode) and run again",
  'windows-1258':
    "convert it to UTF-8 (e.g. `iconv -f CP1258 -t UTF-8`, or UniKey's converter: source Vietnamese locale CP 1258, destination Unicode) and run again",
  'windows-1252': 'convert it to UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`, or save it as UTF-8 in your editor) and run again',
};

function decodeNonUtf8(bytes: Uint8Array): DecodedSource {
  const bad = firstInvalidUtf8(bytes);
  const { line, col } = positionOfByte(bytes, bad);
  const where = `byte ${hex(bytes[bad]!)} is not valid UTF-8`;

  // NULs or many control bytes: binary, whatever the encoding.
  let controls = 0;
  for (const c of bytes) if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) controls++;
  if (controls > 0 && (bytes.includes(0) || controls > Math.max(8, bytes.length / 1000))) {
    throw new SourceError([
      { line, col, message: `${where}: the file looks binary (an image, PDF, Word document…), not a plain-text article; save the article as plain UTF-8 text (.txt) and run again` },
    ]);
  }

  const guess = guessLegacyEncoding(bytes);
  if (guess.encoding === 'windows-1258' && guess.confident) {
    const text = new TextDecoder('windows-1258').decode(bytes);
    checkControls(text);
    return {
      text,
      encoding: 'windows-1258',
      note: 'the file is Windows-1258 (Vietnamese) and was read as such; converting it to UTF-8 is recommended',
    };
  }
  if (guess.encoding) {
    const name = LEGACY_NAMES[guess.encoding];
    const kind = guess.encoding === 'windows-1252' ? 'text' : 'Vietnamese';
    const sample = guess.sample ? ` (read that way, line ${line} says “${guess.sample}”)` : '';
    throw new SourceError([{ line, col, message: `${where}: the file looks like ${name}-encoded ${kind}${sample}; ${ADVICE[guess.encoding]}` }]);
  }
  throw new SourceError([
    {
      line,
      col,
      message: `${where}, and the file does not look like any known Vietnamese encoding (TCVN3, VNI, Windows-1258); save it as UTF-8 and run again`,
    },
  ]);
}

export interface EncodingGuess {
  encoding: LegacyEncoding | null;
  /** True when the guess is strong enough to decode the file with it. */
  confident: boolean;
  /** The line with the first non-UTF-8 byte, as decoded by the guess (shortened). */
  sample?: string;
}

/**
 * Guesses the legacy encoding of bytes that are not UTF-8, by decoding them
 * with each candidate and counting the words that come out as well-formed
 * Vietnamese syllables.
 */
export function guessLegacyEncoding(bytes: Uint8Array): EncodingGuess {
  const bad = firstInvalidUtf8(bytes);
  // The evidence is around the first byte that is not UTF-8; 64 KiB of it is plenty.
  const from = Math.max(0, bad - (1 << 14));
  const sampleBytes = bytes.subarray(from, from + (1 << 16));
  const results = legacyCandidates(sampleBytes).map(({ encoding, text }) => ({ encoding, text, ...vietnameseScore(text) }));
  results.sort((a, b) => b.valid - a.valid || b.valid / Math.max(1, b.words) - a.valid / Math.max(1, a.words));
  const best = results.find((r) => r.encoding !== 'windows-1252')!;
  const second = results.find((r) => r !== best && r.encoding !== 'windows-1252');
  const ratio = best.words ? best.valid / best.words : 0;
  if (best.valid >= 1 && ratio >= 0.6) {
    const secondRatio = second && second.words ? second.valid / second.words : 0;
    const confident = best.valid >= 3 && ratio >= 0.9 && secondRatio <= ratio - 0.25;
    return { encoding: best.encoding, confident, sample: lineSample(best.encoding, bytes, bad) };
  }
  // Not Vietnamese: Western European text is the usual other suspect.
  const w1252 = results.find((r) => r.encoding === 'windows-1252')!;
  const letters = w1252.text.match(/[\u00c0-\u00ff]/g)?.length ?? 0;
  const highBytes = sampleBytes.reduce((n, c) => n + (c >= 0x80 ? 1 : 0), 0);
  if (highBytes > 0 && letters >= highBytes * 0.6) {
    return { encoding: 'windows-1252', confident: false, sample: lineSample('windows-1252', bytes, bad) };
  }
  return { encoding: null, confident: false };
}

function lineSample(encoding: LegacyEncoding, bytes: Uint8Array, at: number): string | undefined {
  if (at < 0) return undefined;
  let start = at;
  while (start > 0 && bytes[start - 1] !== 0x0a && bytes[start - 1] !== 0x0d) start--;
  let end = at;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  const line = legacyCandidates(bytes.subarray(start, Math.min(end, start + 400))).find((c) => c.encoding === encoding)?.text ?? '';
  const trimmed = line.normalize('NFC').trim();
  return trimmed.length > 60 ? `${[...trimmed].slice(0, 60).join('')}…` : trimmed;
}

// ---------------------------------------------------------------------------
// Mojibake inside valid UTF-8

/** Characters Windows-1252 shows for the bytes 0x80–0xBF: what UTF-8 continuation bytes turn into. */
const CONTINUATION = '[\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201a\\u201c-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122]';
/** A UTF-8 lead byte shown as Windows-1252, then continuation bytes: `á»‡` is `ệ` read the wrong way. */
const DOUBLE_ENCODED = new RegExp(`[\\u00c2-\\u00f4]${CONTINUATION}{1,3}`, 'g');
const SUSPECT = new RegExp(`[\\u00a0-\\u00ff]|${CONTINUATION}`);

/**
 * Refuses UTF-8 text whose Vietnamese was garbled before it reached us:
 * UTF-8 that was read as Windows-1252 and saved again (`Viá»‡t` for `Việt`),
 * or TCVN3/VNI bytes read as Windows-1252 (`ViÖt`, `Vieät`). Only fires when
 * the garbling explains most of the non-ASCII text; well-formed text is never
 * touched.
 */
function checkMojibake(text: string): void {
  if (!SUSPECT.test(text)) return;
  const sample = text.slice(0, 1 << 18);
  let nonAscii = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) > 0x7f) nonAscii++;

  let doubled = 0;
  let doubledChars = 0;
  let first = -1;
  for (const m of sample.matchAll(DOUBLE_ENCODED)) {
    const bytes = toWindows1252Bytes(m[0]);
    const need = bytes[0]! >= 0xf0 ? 4 : bytes[0]! >= 0xe0 ? 3 : 2;
    if (bytes.length < need || firstInvalidUtf8(bytes.subarray(0, need)) !== -1) continue;
    doubled++;
    doubledChars += need;
    if (first < 0) first = m.index;
  }
  if (doubled >= 3 && doubledChars >= nonAscii * 0.8) {
    const { line, col } = lineColAt(text, first);
    throw new SourceError([
      {
        line,
        col,
        message:
          'the text is garbled (mojibake): it is UTF-8 that was read as Windows-1252 and saved again (e.g. “Viá»‡t” for “Việt”); take the text again from its original, or repair it with `iconv -f UTF-8 -t WINDOWS-1252` (which gives back the UTF-8), and run again',
      },
    ]);
  }

  const here = vietnameseScore(sample);
  if (here.words < 5 || here.valid / here.words >= 0.5) return;
  const bytes = toWindows1252Bytes(sample);
  const scored = legacyCandidates(bytes)
    .filter((c) => c.encoding === 'tcvn3' || c.encoding === 'vni')
    .map((c) => ({ encoding: c.encoding, ...vietnameseScore(c.text) }))
    .sort((a, b) => b.valid - a.valid);
  const best = scored[0]!;
  if (best.words === 0 || best.valid / best.words < 0.8 || best.valid < 5) return;
  const name = LEGACY_NAMES[best.encoding];
  const at = sample.search(/[^\u0000-\u007f]/);
  const { line, col } = lineColAt(text, Math.max(0, at));
  throw new SourceError([
    {
      line,
      col,
      message: `the text is garbled (mojibake): it looks like ${name} Vietnamese that was converted to UTF-8 as if it were Windows-1252; convert the original ${name} file to UTF-8 instead (e.g. with UniKey's converter) and run again`,
    },
  ]);
}

let cp1252Inverse: Map<string, number> | undefined;

/** Maps text back to the Windows-1252 bytes it would have come from; characters with no byte become `?`. */
function toWindows1252Bytes(text: string): Uint8Array {
  if (!cp1252Inverse) {
    cp1252Inverse = new Map();
    for (let b = 0; b < 256; b++) cp1252Inverse.set(decodeWindows1252(new Uint8Array([b])), b);
  }
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) out[n++] = cp1252Inverse.get(ch) ?? 0x3f;
  return out.subarray(0, n);
}

// ---------------------------------------------------------------------------
// Legacy Vietnamese encodings, and telling Vietnamese text from garbage

export type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni' | 'windows-1252';

export const LEGACY_NAMES: Record<LegacyEncoding, string> = {
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI-Windows',
  'windows-1252': 'Windows-1252 (Western European)',
};

/**
 * TCVN 5712 (TCVN3, the "ABC" fonts), bytes 0x80–0xFF. Lower-case letters
 * with their tones are single bytes (`Hà Nội` is `48 B5 20 4E E9 69`, which
 * Windows shows as `Hµ Néi`); ABC fonts write capitals with the same bytes in
 * a separate font. Code points per byte, from the TCVN 5712:1993 table.
 */
const TCVN3_HIGH = String.fromCharCode(
  ...[
    [0x00c0, 0x1ea2, 0x00c3, 0x00c1, 0x1ea0, 0x1eb6, 0x1eac, 0x00c8, 0x1eba, 0x1ebc, 0x00c9, 0x1eb8, 0x1ec6, 0x00cc, 0x1ec8, 0x0128],
    [0x00cd, 0x1eca, 0x00d2, 0x1ece, 0x00d5, 0x00d3, 0x1ecc, 0x1ed8, 0x1edc, 0x1ede, 0x1ee0, 0x1eda, 0x1ee2, 0x00d9, 0x1ee6, 0x0168],
    [0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0],
    [0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4],
    [0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd],
    [0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2],
    [0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7, 0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9],
    [0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0],
  ].flat(),
);

/**
 * Windows-1252 bytes 0x80–0x9F (the rest is Latin-1). Written out because
 * Node 20's TextDecoder treats "windows-1252" as Latin-1 and gets these wrong;
 * the five bytes the code page leaves undefined keep their C1 code points.
 */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b);
  return out;
}

function decodeTcvn3(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : TCVN3_HIGH[b - 0x80];
  return out;
}

/**
 * VNI-Windows writes a base letter followed by a byte for its marks, and
 * Windows shows those bytes as Windows-1252 letters: `Việt` is `Vieät`,
 * `người` is `ngöôøi`, `Đồng` is `Ñoàng`. Capitals use the capital forms.
 */
const VNI_TONE: Record<string, string> = { ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323' };
const VNI_CIRCUMFLEX: Record<string, string> = { â: '', á: '\u0301', à: '\u0300', å: '\u0309', ã: '\u0303', ä: '\u0323' };
const VNI_BREVE: Record<string, string> = { ê: '', é: '\u0301', è: '\u0300', ú: '\u0309', ü: '\u0303', ë: '\u0323' };
const VNI_LETTER: Record<string, string> = { ô: 'ơ', ö: 'ư', ñ: 'đ', í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };

function vniLookup(table: Record<string, string>, ch: string | undefined): string | undefined {
  return ch === undefined ? undefined : table[ch.toLowerCase()];
}

function decodeVni(bytes: Uint8Array): string {
  const chars = [...decodeWindows1252(bytes)];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const next = chars[i + 1];
    const lower = c.toLowerCase();
    const upper = c !== lower;
    const circumflex = 'aeo'.includes(lower) ? vniLookup(VNI_CIRCUMFLEX, next) : undefined;
    const breve = lower === 'a' ? vniLookup(VNI_BREVE, next) : undefined;
    const letter = VNI_LETTER[lower];
    if (circumflex !== undefined) {
      out += c + '\u0302' + circumflex;
      i++;
    } else if (breve !== undefined) {
      out += c + '\u0306' + breve;
      i++;
    } else if (letter !== undefined) {
      out += upper ? letter.toUpperCase() : letter;
      const tone = lower === 'ô' || lower === 'ö' ? vniLookup(VNI_TONE, next) : undefined;
      if (tone !== undefined) (out += tone), i++;
    } else if ('aeiouy'.includes(lower) && vniLookup(VNI_TONE, next) !== undefined) {
      out += c + vniLookup(VNI_TONE, next);
      i++;
    } else out += c;
  }
  return out.normalize('NFC');
}

/** The bytes decoded with each legacy encoding we know. */
export function legacyCandidates(bytes: Uint8Array): { encoding: LegacyEncoding; text: string }[] {
  return [
    { encoding: 'windows-1258', text: new TextDecoder('windows-1258').decode(bytes).normalize('NFC') },
    { encoding: 'tcvn3', text: decodeTcvn3(bytes).normalize('NFC') },
    { encoding: 'vni', text: decodeVni(bytes) },
    { encoding: 'windows-1252', text: decodeWindows1252(bytes) },
  ];
}

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
/**
 * A Vietnamese syllable without its tone: initial consonant, vowel nucleus
 * (with its glides), final consonant. Loose on purpose: it only has to tell
 * Vietnamese from mojibake, not check spelling.
 */
const SYLLABLE = new RegExp(
  '^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?' +
    '(?:uyê|uyu|uya|uây|uôi|ươi|ươu|iêu|yêu|oai|oay|oao|oeo|' +
    'ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|' +
    'a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)' +
    '(?:ch|nh|ng|[cmnpt])?$',
);

/** True when `word` is a well-formed Vietnamese syllable (any case, any normalisation). */
export function isVietnameseSyllable(word: string): boolean {
  let known = syllableCache.get(word);
  if (known === undefined) {
    known = checkSyllable(word);
    // Articles reuse a few thousand syllables: remember them (a bounded number).
    if (syllableCache.size >= 50_000) syllableCache.clear();
    syllableCache.set(word, known);
  }
  return known;
}
const syllableCache = new Map<string, boolean>();

function checkSyllable(word: string): boolean {
  let tones = 0;
  let base = '';
  for (const ch of word.toLowerCase().normalize('NFD')) {
    if (TONE_MARKS.has(ch)) tones++;
    else base += ch;
  }
  return tones <= 1 && SYLLABLE.test(base.normalize('NFC'));
}


const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const letterOrMark = new Map<number, boolean>();

/** Whether a code point is a letter or a mark (`\p{L}`, `\p{M}`); non-ASCII answers are remembered. */
function isLetterOrMark(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  let known = letterOrMark.get(cp);
  if (known === undefined) letterOrMark.set(cp, (known = LETTER_OR_MARK.test(String.fromCodePoint(cp))));
  return known;
}

/**
 * Counts the words (runs of letters and marks) with non-ASCII letters, and
 * how many of them are Vietnamese syllables. A loop over code points rather
 * than a `\p{L}` regex: it runs on every source, and this took 0.13 ms an article against 0.37 ms (generated
 * articles, measured in session 6).
 */
export function vietnameseScore(text: string): { words: number; valid: number } {
  let words = 0;
  let valid = 0;
  const nfc = text.normalize('NFC');
  let start = -1;
  let nonAscii = false;
  for (let i = 0; i <= nfc.length; ) {
    const cp = i < nfc.length ? nfc.codePointAt(i)! : -1;
    const width = cp > 0xffff ? 2 : 1;
    if (cp >= 0 && isLetterOrMark(cp)) {
      if (start < 0) {
        start = i;
        nonAscii = false;
      }
      if (cp >= 0x80) nonAscii = true;
    } else if (start >= 0) {
      if (nonAscii) {
        words++;
        if (isVietnameseSyllable(nfc.slice(start, i))) valid++;
        if (words >= 20_000) break;
      }
      start = -1;
    }
    i += width;
  }
  return { words, valid };
}

// ---------------------------------------------------------------------------

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function hex(b: number): string {
  return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}

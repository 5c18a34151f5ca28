/**
 * Awards in Vietnamese reports: who received what from whom.
 *
 * An award line has three parts, in any order within one clause (a sentence, or a part of it
 * between `;`):
 *  - the award, kept as written: `Huân chương Lao động hạng Ba`, `Kỷ niệm chương “Bảo vệ an ninh
 *    Tổ quốc”`, `bằng khen`, `Giấy khen`, `Cờ thi đua`, `Chiến sĩ thi đua cơ sở`, `danh hiệu “…”`;
 *  - a verb of granting (`tặng`, `trao`, `trao tặng`, `tặng thưởng`, `truy tặng`, `phong tặng`,
 *    `công nhận`) or of receiving (`nhận`, `đón nhận`, `giành`, `đoạt`, `đạt`);
 *  - who granted it (`được X tặng Y`, `X tặng Y cho …`, `Y của X`, `Y do X trao`, `Bằng khen Thủ
 *    tướng Chính phủ`) and who received it: counts of collectives and individuals (`1 tập thể,
 *    2 cá nhân`; an elided noun in `5 tập thể và 6 được …` is inferred), or named recipients.
 * A mention with no verb of granting or receiving (`mẫu bằng khen mới`) is not an award line.
 *
 * Counts are read from the text itself; `figureIndexes` link the figures whose spans fall inside
 * the award's span, which runs from its first part to its last. Pure: no I/O.
 */
import type { AwardDraft, FigureDraft } from './types';
import { sentencesOf, type Span } from './models';
import { firstAtWordStart, matchesAtWordStart } from './text';

// Patterns below that must start a word (`(?<![\p{L}\p{N}])`) leave that check to
// `matchesAtWordStart`: a look-behind at the start of a pattern is tried at every position of
// the text and makes a scan 10–40 times slower.
const W = '[\\p{L}\\p{N}]';
const NOT_W_AFTER = `(?!${W})`;

/** An award keyword; the start of a word (no letter or digit before it) is checked by `matchesAtWordStart`. */
const AWARD_KEYWORD = new RegExp(
  `(huân chương|huy chương|kỷ niệm chương|kỉ niệm chương|huy hiệu|bằng khen|giấy khen|cờ thi đua|chiến sĩ thi đua|danh hiệu)${NOT_W_AFTER}`,
  'giu',
);

/** Awards whose name is the keyword alone, possibly followed directly by the grantor (`Bằng khen Thủ tướng Chính phủ`). */
const PLAIN_AWARDS = new Set(['bằng khen', 'giấy khen', 'cờ thi đua']);

/** Words that end an award's name or a grantor's name. */
const NAME_STOPS = new Set([
  'của', 'do', 'cho', 'vì', 'về', 'năm', 'và', 'đã', 'được', 'tại', 'ở', 'với', 'nhân', 'trong', 'để', 'khi',
  'từ', 'theo', 'đến', 'cùng', 'kèm', 'là', 'thì', 'mà', 'nhằm', 'trước', 'sau', 'này', 'đó', 'các', 'những',
  'hay', 'hoặc', 'có', 'đạt', 'tặng', 'trao', 'nhận', 'vào', 'cũng', 'đều', 'sẽ', 'đang', 'vừa', 'lần', 'trên',
  'giai', 'tới', 'nhờ', 'khen', 'ký', 'quyết', 'phát', 'chúc', 'biểu', 'ghi', 'gồm', 'trị', 'số',
]);

const GRANT_VERBS = ['trao tặng', 'tặng thưởng', 'trao thưởng', 'phong tặng', 'truy tặng', 'khen thưởng', 'công nhận', 'tặng', 'trao'];
const RECEIPT_VERBS = ['đón nhận', 'nhận được', 'nhận', 'giành được', 'giành', 'đoạt', 'đạt được', 'đạt'];
const VERB = new RegExp(`(${[...GRANT_VERBS, ...RECEIPT_VERBS].join('|')})${NOT_W_AFTER}`, 'giu');
/** Compounds that contain a verb of granting or receiving without meaning it. */
const NOT_A_VERB_AFTER = /^\s+(?:đổi|quyền|trả|tay|gửi|lại|định|thấy|xét|thức|diện|lời|ra|biết|dạng|hàng)(?![\p{L}\p{N}])/iu;
const NOT_A_VERB_BEFORE = /(?:^|[^\p{L}])(?:ghi|xác|thừa|tiếp|chấp|cảm|thu|biên|thâu|đề nghị|đề xuất|xét|trình|xin|dự kiến|sẽ)\s+$/iu;

const REASON = /\s(?:vì|nhờ|khi|sau khi|do có|có thành tích|đã có thành tích|về thành tích|trong việc|với thành tích)(?![\p{L}\p{N}])/iu;
const NOT_GRANTED = /(?:đề nghị|đề xuất|kiến nghị|xét|dự kiến|sẽ|chưa|không|nếu|muốn)(?![\p{L}\p{N}])/giu;

/** Count nouns of collectives and of individuals; the longest alternative is tried first. */
const COLLECTIVE_NOUNS = ['tập thể', 'đơn vị', 'tổ chức', 'cơ quan', 'doanh nghiệp', 'trường học', 'trường', 'hộ gia đình', 'gia đình', 'địa phương', 'chi bộ', 'xã', 'phường', 'thị trấn', 'khu dân cư', 'thôn', 'tổ', 'đội', 'hội', 'hộ dân', 'hộ', 'lớp', 'khoa', 'phòng', 'bệnh viện', 'công ty', 'hợp tác xã', 'chi hội', 'chi đoàn', 'cơ sở'];
const INDIVIDUAL_NOUNS = [
  'cá nhân', 'người', 'đồng chí', 'cán bộ, chiến sĩ', 'cán bộ chiến sĩ', 'cán bộ', 'chiến sĩ', 'học sinh', 'sinh viên', 'giáo viên',
  'nhà giáo', 'công nhân', 'hội viên', 'đoàn viên', 'đảng viên', 'vận động viên', 'y bác sĩ', 'bác sĩ', 'công dân',
  'gương', 'tấm gương', 'điển hình', 'thanh niên', 'em', 'cháu', 'nhân viên', 'người lao động', 'lao động', 'cựu chiến binh',
  'công an viên', 'ngư dân', 'nông dân', 'tình nguyện viên', 'học viên', 'phóng viên', 'nhà báo', 'doanh nhân', 'thầy giáo',
  'cô giáo', 'giảng viên', 'nhà khoa học', 'y sĩ', 'điều dưỡng', 'dân quân', 'quân nhân', 'thí sinh', 'thành viên',
  'cầu thủ', 'tác giả', 'nghệ nhân', 'nghệ sĩ', 'già làng', 'trưởng thôn', 'người có uy tín', 'liệt sĩ',
  'mẹ Việt Nam anh hùng', 'thương binh', 'đồng bào',
];
const NOUN_CLASS = new Map<string, 'collective' | 'individual'>([
  ...COLLECTIVE_NOUNS.map((n) => [n.toLowerCase(), 'collective'] as const),
  ...INDIVIDUAL_NOUNS.map((n) => [n.toLowerCase(), 'individual'] as const),
]);
const NUMBER_WORDS = 'một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|linh|lẻ|trăm|nghìn|ngàn';
const NUM = `\\d{1,3}(?:\\.\\d{3})+|\\d+|(?:${NUMBER_WORDS})(?:\\s+(?:${NUMBER_WORDS}))*`;
const NOUNS = [...COLLECTIVE_NOUNS, ...INDIVIDUAL_NOUNS].sort((a, b) => b.length - a.length);
/**
 * A count of recipients, not inside a number (`1.5 cá nhân` is not `5 cá nhân`). The cheap ASCII
 * look-behind keeps the scan from retrying every digit of a long run of digits.
 */
const COUNT = new RegExp(`(?<![0-9]|[0-9][.,])(${NUM})\\s+(${NOUNS.join('|')})${NOT_W_AFTER}`, 'giu');
/** A piece of a list of counts (`3 tập thể`, `5`), for `eventBoundary`. */
const COUNT_PIECE = new RegExp(`^(?:${NUM})(?:\\s+(?:${NOUNS.join('|')}))?$`, 'iu');
const ELIDED_AFTER = /^(\s*(?:,|và|cùng)\s*)(\d{1,3}(?:\.\d{3})+|\d+)(?=\s*(?:,|;|\.|và\s|được\s|đã\s|$))/u;
const NOT_RECIPIENT_BEFORE = /(?:^|[^\p{L}])(?:thuộc|của|tại|ở|từ|với|trong|trên|gồm có)\s+$/iu;

const UNITS: Record<string, number> = { một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 };

/** A whole number written in digits (`1.200`) or in Vietnamese words (`hai mươi mốt`); null if it is not one. */
export function parseCount(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (/^\d{1,3}(?:\.\d{3})+$|^\d+$/.test(t)) return Number(t.replace(/\./g, ''));
  let total = 0;
  let chunk = 0;
  let digit: number | null = null;
  for (const word of t.split(/\s+/)) {
    if (word in UNITS) {
      if (digit !== null) return null; // `hai ba` is an estimate, not a count
      digit = UNITS[word]!;
    } else if (word === 'mười') {
      chunk += 10;
    } else if (word === 'mươi') {
      if (digit === null) return null;
      chunk += digit * 10;
      digit = null;
    } else if (word === 'trăm') {
      chunk += (digit ?? 1) * 100;
      digit = null;
    } else if (word === 'nghìn' || word === 'ngàn') {
      total += (chunk + (digit ?? 0) || 1) * 1000;
      chunk = 0;
      digit = null;
    } else if (word === 'linh' || word === 'lẻ') {
      continue;
    } else return null;
  }
  return total + chunk + (digit ?? 0);
}

interface AwardMention {
  award: Span; // the award's name as written
  grantor?: Span; // attached: `của X`, `do X`, `Bằng khen X`
  end: number; // end of the name and any attached grantor
}

interface Verb extends Span {
  receipt: boolean;
}

interface Count extends Span {
  n: number;
  cls: 'collective' | 'individual';
  inferred: boolean;
}

const WORD_AT = /^[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/u;

function isUpperInitial(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

/** Reads words from `pos` until a stop word or punctuation (a lone `-` between words is kept); at most `max` words. */
function readWords(text: string, pos: number, max: number, stop: (word: string, at: number) => boolean): Span | null {
  let i = pos;
  let end = pos;
  let words = 0;
  while (i < text.length && words < max) {
    const m = WORD_AT.exec(text.slice(i, i + 60));
    if (!m || stop(m[0], i)) break;
    words++;
    end = i + m[0].length;
    i = end;
    const gap = /^(?: - | – | )/u.exec(text.slice(i, i + 3));
    if (!gap || !WORD_AT.test(text.slice(i + gap[0].length, i + gap[0].length + 2))) break;
    i += gap[0].length;
  }
  return words ? { start: pos, end } : null;
}

/** Reads a grantor's name at `pos`: it must start with a capital letter. */
function readGrantor(text: string, pos: number): Span | null {
  if (!isUpperInitial(text.slice(pos, pos + 1))) return null;
  return readWords(text, pos, 14, (word, at) => {
    if (word === 'và') {
      // `Bộ Lao động - Thương binh và Xã hội` continues; `và Giấy khen …` or `và 5 cá nhân` does not.
      const next = /^\s*/u.exec(text.slice(at + 2))![0].length + at + 2;
      return !isUpperInitial(text.slice(next, next + 1)) || startsWithAwardKeyword(text, next);
    }
    if (/^\d/.test(word)) return true;
    if (word === 'năm') return /^năm\s+\d/u.test(text.slice(at, at + 8));
    // Capitalised words belong to the name (`Ban Thi đua - Khen thưởng`).
    return NAME_STOPS.has(word);
  });
}

/** Finds the award mentions in [from, to) with their names and any attached grantor; `hits` are the keyword matches in order. */
function findAwardMentions(text: string, from: number, to: number, hits: readonly RegExpMatchArray[]): AwardMention[] {
  const mentions: AwardMention[] = [];
  for (const m of hits) {
    if (m.index! < from || m.index! >= to) continue;
    if (mentions.length && m.index! < mentions[mentions.length - 1]!.end) continue; // inside a previous name
    const keyword = m[1]!.toLowerCase();
    const start = m.index!;
    let end = start + m[0].length;
    const afterSpace = /^ ?/.exec(text.slice(end, end + 1))![0].length;
    const quoteOpen = text[end + afterSpace];
    const closing = quoteOpen === '“' ? '”' : quoteOpen === '"' ? '"' : quoteOpen === '‘' ? '’' : null;
    if (closing && !PLAIN_AWARDS.has(keyword)) {
      const close = text.indexOf(closing, end + afterSpace + 1);
      if (close > 0 && close - end < 150 && close <= to) end = close + 1;
    } else if (PLAIN_AWARDS.has(keyword)) {
      // Lower-case qualifiers only (`Cờ thi đua xuất sắc`); a capital starts the grantor.
      const q = /^ (xuất sắc|cấp (?:cơ sở|huyện|tỉnh|bộ|thành phố|ngành)|toàn quốc)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 30));
      if (q) end += q[0].length;
    } else {
      const rest = readWords(text, end + 1, 10, (word, at) => {
        const lower = word.toLowerCase();
        if (/^\d/.test(word)) return !/^\d+ năm tuổi/u.test(text.slice(at, at + 20)); // Huy hiệu 50 năm tuổi Đảng
        if (lower === 'năm' && /năm tuổi/u.test(text.slice(at - 4, at + 8))) return false;
        return NAME_STOPS.has(word); // capitalised words belong to the name (`Kỷ niệm chương Vì thế hệ trẻ`)
      });
      if (text[end] === ' ' && rest) end = rest.end;
    }
    if (end > to) continue;
    const mention: AwardMention = { award: { start, end }, end };
    // Attached grantor: `của X`, `do X`, or directly `Bằng khen Thủ tướng Chính phủ`.
    const link = /^(?:\s+năm\s+\d{4}(?:\s*-\s*\d{4})?|\s*\([^()\n]{0,30}\))?\s+(?:của|do)\s+/u.exec(text.slice(end, end + 50));
    const grantorAt = link ? end + link[0].length : PLAIN_AWARDS.has(keyword) && text[end] === ' ' ? end + 1 : -1;
    if (grantorAt >= 0) {
      const g = readGrantor(text, grantorAt);
      if (g && g.end <= to && !startsWithAwardKeyword(text, g.start)) {
        mention.grantor = g;
        mention.end = g.end;
      }
    }
    mentions.push(mention);
  }
  return mentions;
}

const AWARD_KEYWORD_AT_START = new RegExp(`^(?:${AWARD_KEYWORD.source})`, 'iu');
function startsWithAwardKeyword(text: string, pos: number): boolean {
  return AWARD_KEYWORD_AT_START.test(text.slice(pos, pos + 25));
}

/** Matches of a global regex inside [from, to) that start a word, with `index` relative to the whole text. */
function matchesIn(re: RegExp, text: string, from: number, to: number): (RegExpExecArray & { index: number })[] {
  // On the slice, as before: its start counts as the start of a word.
  const matches = matchesAtWordStart(re, text.slice(from, to));
  for (const m of matches) m.index += from;
  return matches;
}

/** Spans to leave out, asked "does [start, end) overlap any of them?" in O(log n). */
class SpanSet {
  private readonly starts: number[];
  /** Largest end among the spans up to each index (sorted by start). */
  private readonly maxEnds: number[];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((sp) => sp.start);
    this.maxEnds = [];
    let max = -Infinity;
    for (const sp of sorted) this.maxEnds.push((max = Math.max(max, sp.end)));
  }

  overlaps(start: number, end: number): boolean {
    // The spans starting before `end`; one of them overlaps when the largest of their ends passes `start`.
    const k = firstAtLeast(this.starts, end) - 1;
    return k >= 0 && this.maxEnds[k]! > start;
  }
}

/** Index of the first element of the ascending `xs` that is ≥ `x` (xs.length when none). */
function firstAtLeast(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function findVerbs(text: string, from: number, to: number, exclude: SpanSet): Verb[] {
  const verbs: Verb[] = [];
  for (const m of matchesIn(VERB, text, from, to)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end > to || exclude.overlaps(start, end)) continue;
    if (NOT_A_VERB_AFTER.test(text.slice(end, end + 12))) continue;
    if (NOT_A_VERB_BEFORE.test(text.slice(Math.max(from, start - 14), start))) continue;
    verbs.push({ start, end, receipt: RECEIPT_VERBS.includes(m[1]!.toLowerCase()) });
  }
  return verbs;
}

/** Recipient counts in [from, to): `14 cá nhân`, `1 tập thể, 2 cá nhân`, `5 tập thể và 6 [cá nhân]`; none overlapping `exclude` or `also`. */
function findCounts(text: string, from: number, to: number, exclude: SpanSet, also: Span | null = null): Count[] {
  const counts: Count[] = [];
  let resumeAt = from;
  for (const m of matchesIn(COUNT, text, from, to)) {
    if (m.index < resumeAt) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (end > to || exclude.overlaps(start, end) || (also && start < also.end && end > also.start)) continue;
    if (NOT_RECIPIENT_BEFORE.test(text.slice(Math.max(from, start - 12), start))) continue;
    const n = parseCount(m[1]!);
    const cls = NOUN_CLASS.get(m[2]!.toLowerCase());
    if (n === null || !cls) continue;
    counts.push({ start, end, n, cls, inferred: false });
    // A bare number right after a count, in the same list, has the other noun elided.
    let tail = end;
    let prevCls = cls;
    for (let e = ELIDED_AFTER.exec(text.slice(tail, to)); e; e = ELIDED_AFTER.exec(text.slice(tail, to))) {
      const s = tail + e[1]!.length;
      const inferredCls = prevCls === 'collective' ? 'individual' : 'collective';
      counts.push({ start: s, end: s + e[2]!.length, n: parseCount(e[2]!)!, cls: inferredCls, inferred: true });
      tail = s + e[2]!.length;
      prevCls = inferredCls;
      resumeAt = tail;
    }
  }
  return counts;
}

const FILLER_START = /^(?:(?:đã|cũng|đều|vinh dự|từng|vừa|mới đây|có|được|rất|sẽ)\s+)+/iu;
/**
 * Words trimmed from the end of a phrase, any number of them, each after white space: what
 * `/(?:\s+(?:đã|…))+$/iu` would take. That regex backtracks exponentially on runs such as
 * `đã ký quyết định đã ký quyết định …` (each can be read as one word or two), so
 * `fillerTailStart` reads the tail from the end instead.
 */
const FILLER_END_WORDS = ['đã', 'cũng', 'đều', 'vinh dự', 'từng', 'vừa', 'mới đây', 'chính thức', 'sẽ', 'đã ký quyết định', 'ký quyết định', 'quyết định', 'ra quyết định', 'đã ra quyết định', 'đồng thời'];
const FILLER_END_AT = FILLER_END_WORDS.map((w) => new RegExp(w, 'iuy'));
/** The first letters of the filler words, matched the same way: most words are ruled out with one test. */
const FILLER_END_FIRST = new RegExp(`[${[...new Set(FILLER_END_WORDS.map((w) => w[0]))].join('')}]`, 'iuy');
const FILLER_END_LONGEST = Math.max(...FILLER_END_WORDS.map((w) => w.length));
const SPACE = /\s/;

/**
 * Where the filler tail of `s` starts (white space, a filler word, white space, a filler word …
 * up to the end), or -1 when `s` does not end with one. The earliest such start, as the regex
 * would find it: a run of white space is a start when a filler word right after it ends at the
 * end of `s` or at another start.
 */
function fillerTailStart(s: string): number {
  const starts = new Set<number>([s.length]);
  let earliest = s.length;
  let i = s.length;
  while (i > 0) {
    let k = i; // start of the word before `i`
    while (k > 0 && !SPACE.test(s[k - 1]!)) k--;
    if (k === 0) break; // no white space before it: no tail can start further left
    // A filler word starting at `k` is too short to reach any start found so far, and so is every one further left.
    if (k + FILLER_END_LONGEST < earliest) break;
    let q = k; // start of the white space before the word
    while (q > 0 && SPACE.test(s[q - 1]!)) q--;
    FILLER_END_FIRST.lastIndex = k;
    if (FILLER_END_FIRST.test(s)) for (const re of FILLER_END_AT) {
      re.lastIndex = k;
      if (re.test(s) && starts.has(re.lastIndex)) {
        starts.add(q);
        earliest = q;
        break;
      }
    }
    i = q;
  }
  return earliest < s.length ? earliest : -1;
}

/** Trims filler words around a noun phrase; returns null when nothing is left. */
function trimPhrase(text: string, span: Span): Span | null {
  let { start, end } = span;
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  start += lead;
  end = start + raw.trim().length;
  const head = FILLER_START.exec(text.slice(start, end));
  if (head) start += head[0].length;
  const tail = fillerTailStart(text.slice(start, end));
  if (tail >= 0) end = start + tail;
  return end > start ? { start, end } : null;
}

/**
 * Where phrases start inside one clause: after the last `,`, `;`, `:`, `(`, `)`, `–` or ` - `
 * before a position. The separators are listed once per clause, so each question is a binary
 * search instead of a scan back over the clause.
 */
class Phrases {
  /** End of each separator, ascending, and its length. */
  private readonly ends: number[] = [];
  private readonly lengths: number[] = [];
  /** Spans of the words that make a grant not (yet) happen (`NOT_GRANTED`), in order. */
  private readonly notGrantedStarts: number[] = [];
  private readonly notGrantedEnds: number[] = [];

  constructor(text: string, clause: Span) {
    // Char codes, not `text[i]`: a one-character string of a Vietnamese letter is a new string each time.
    for (let i = clause.start; i < clause.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 44 /* , */ || c === 59 /* ; */ || c === 58 /* : */ || c === 40 /* ( */ || c === 41 /* ) */ || c === 0x2013 /* – */) {
        this.ends.push(i + 1);
        this.lengths.push(1);
      } else if (c === 45 /* - */ && i - 1 >= clause.start && i + 2 <= clause.end && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) {
        this.ends.push(i + 2);
        this.lengths.push(3);
      }
    }
    for (const m of matchesIn(NOT_GRANTED, text, clause.start, clause.end)) {
      this.notGrantedStarts.push(m.index);
      this.notGrantedEnds.push(m.index + m[0].length);
    }
  }

  /** Start of the phrase that ends at `pos`: after the last separator inside [from, pos), else `from`. */
  start(from: number, pos: number): number {
    const k = firstAtLeast(this.ends, pos + 1) - 1; // the last separator ending at or before `pos`
    // Separators do not overlap, so when this one starts before `from`, every earlier one does too.
    return k >= 0 && this.ends[k]! - this.lengths[k]! >= from ? this.ends[k]! : from;
  }

  /** True when [from, pos) holds a word of proposal, plan or negation (`đề nghị`, `sẽ`, `chưa` …). */
  notGranted(from: number, pos: number): boolean {
    const k = firstAtLeast(this.notGrantedStarts, from);
    return k < this.notGrantedStarts.length && this.notGrantedEnds[k]! <= pos;
  }
}

/** A named recipient phrase: has a capitalised word, no digits, at most 12 words. */
function namedPhrase(text: string, span: Span | null): Span[] {
  if (!span) return [];
  const phrase = text.slice(span.start, span.end);
  if (/\d/.test(phrase) || phrase.split(/\s+/).length > 12 || startsWithAwardKeyword(text, span.start)) return [];
  if (QUANTIFIER_START.test(phrase) || PRONOUN.test(phrase)) return [];
  // A capital at the start of a sentence says nothing: some later word must be capitalised.
  const atSentenceStart = /(?:^|[.!?…:\n"“]\s*)$/u.test(text.slice(Math.max(0, span.start - 3), span.start));
  if (!(atSentenceStart ? /\s\p{Lu}/u : /(?:^|\s)\p{Lu}/u).test(phrase)) return [];
  // `A và B` are two recipients when both sides are capitalised.
  const parts: Span[] = [];
  let from = span.start;
  for (const m of phrase.matchAll(/\s+và\s+(?=\p{Lu})/gu)) {
    parts.push({ start: from, end: span.start + m.index! });
    from = span.start + m.index! + m[0].length;
  }
  parts.push({ start: from, end: span.end });
  return parts;
}

/** Phrases that count or point instead of naming. */
const QUANTIFIER_START = /^(?:nhiều|các|những|mọi|một số|hàng loạt|toàn thể|tất cả)(?![\p{L}\p{N}])/iu;
const PRONOUN = /^(?:anh|chị|ông|bà|em|cô|chú|bác|thầy|tôi|chúng tôi|chúng ta|họ|mình|cháu|cậu|nó)$/iu;
/** Job titles that start an apposition after a name (`ông Nguyễn Văn Tám, Giám đốc Sở Y tế`). */
const TITLE_START = /^(?:Phó |Chủ tịch|Giám đốc|Trưởng|Bí thư|Tổng|Thứ trưởng|Bộ trưởng|Hiệu trưởng|Chánh|Viện trưởng|Cục trưởng|Chi cục trưởng|Chỉ huy|Đội trưởng|Thủ trưởng|Chủ nhiệm)/u;

const CHO = /cho\s+/giu;

/** Named recipients after `cho`: `cho Công an huyện A, Công an huyện B và ông Nguyễn Văn C`. */
function recipientsAfterCho(text: string, from: number, to: number): Span[] {
  const cho = firstAtWordStart(CHO, text.slice(from, to));
  if (!cho) return [];
  const start = from + cho.index + cho[0].length;
  const stop = /\s+(?:vì|do|về|nhân|có thành tích|đã|trong|tại|với|nhằm|để|kèm)(?![\p{L}\p{N}])|[;.()]/iu.exec(text.slice(start, to));
  const end = stop ? start + stop.index : to;
  const out: Span[] = [];
  let pos = start;
  for (const piece of text.slice(start, end).split(/(,\s*|\s+và\s+)/u)) {
    if (/^(?:,\s*|\s+và\s+)$/u.test(piece)) {
      pos += piece.length;
      continue;
    }
    const span = trimPhrase(text, { start: pos, end: pos + piece.length });
    pos += piece.length;
    if (out.length && span && TITLE_START.test(text.slice(span.start, span.end))) break;
    const named = span ? namedPhrase(text, span) : [];
    if (!named.length) break;
    out.push(...named);
  }
  return out;
}

interface Event {
  verb: Verb;
  mentions: AwardMention[];
}

/** Awards (granted or received) with their recipients and grantor; figure indexes point into `figures`. */
export function extractAwards(text: string, figures: FigureDraft[]): AwardDraft[] {
  const out: AwardDraft[] = [];
  const hits = matchesAtWordStart(AWARD_KEYWORD, text);
  if (!hits.length) return out;
  const within = figuresWithin(figures);
  let h = 0; // the first keyword not before the current sentence or clause
  for (const sentence of sentencesOf(text)) {
    while (h < hits.length && hits[h]!.index < sentence.start) h++;
    if (h === hits.length) break;
    if (hits[h]!.index >= sentence.end) continue; // no award in this sentence
    let clauseStart = sentence.start;
    const bounds: Span[] = [];
    // Clauses end at each `;` and at the sentence's end (found by indexOf, not a test of every character).
    for (let i = text.indexOf(';', sentence.start); i >= 0 && i < sentence.end; i = text.indexOf(';', i + 1)) {
      bounds.push({ start: clauseStart, end: i });
      clauseStart = i + 1;
    }
    bounds.push({ start: clauseStart, end: sentence.end });
    // A clause without a verb (`…; Cờ thi đua của Chính phủ; …`) continues the grant before it.
    let carry: Carry | null = null;
    for (const clause of bounds) {
      while (h < hits.length && hits[h]!.index < clause.start) h++;
      let e = h;
      while (e < hits.length && hits[e]!.index < clause.end) e++;
      if (e === h) {
        carry = null;
        continue;
      }
      const result = awardsInClause(text, clause, within, carry, hits.slice(h, e));
      out.push(...result.drafts);
      carry = result.carry;
    }
  }
  return out;
}

/** What a clause passes to the verbless clauses that follow it in the same sentence. */
interface Carry {
  grantor: Span | null;
  recipients: Span[];
}

function awardsInClause(text: string, clause: Span, within: FiguresWithin, carry: Carry | null, hits: RegExpMatchArray[]): { drafts: AwardDraft[]; carry: Carry | null } {
  const mentions = findAwardMentions(text, clause.start, clause.end, hits);
  if (!mentions.length) return { drafts: [], carry: null };
  const names = new SpanSet(mentions.flatMap((m) => (m.grantor ? [m.award, m.grantor] : [m.award])));
  const verbs = findVerbs(text, clause.start, clause.end, names);
  const phrases = new Phrases(text, clause);
  // Mentions are in text order: the ones starting in [a, b) are a run found by binary search.
  const mentionStarts = mentions.map((m) => m.award.start);
  const mentionsFrom = (a: number, b: number) => mentions.slice(firstAtLeast(mentionStarts, a), firstAtLeast(mentionStarts, b));

  // Pair verbs with the awards they govern.
  const claimed = new Set<AwardMention>();
  const events: Event[] = [];
  verbs.forEach((verb, i) => {
    // A proposal, a plan or a negation is not a grant: `đề nghị Bộ Công an tặng …`, `chưa được tặng`.
    if (phrases.notGranted(phrases.start(clause.start, verb.start), verb.start)) return;
    const nextVerb = verbs[i + 1]?.start ?? clause.end;
    let objects = mentionsFrom(verb.end, nextVerb).filter((m) => !claimed.has(m));
    if (verb.receipt && objects.length && objects[0]!.award.start - verb.end > 25) objects = [];
    if (!objects.length && !verb.receipt) {
      // `Y của X được trao cho …`: the award comes first.
      const prevVerb = verbs[i - 1]?.end ?? clause.start;
      if (/(?<![\p{L}])được\s+$/u.test(text.slice(verb.start - 8, verb.start)))
        objects = mentionsFrom(prevVerb, verb.start).filter((m) => !claimed.has(m) && m.end <= verb.start);
    }
    if (!objects.length) return;
    objects.forEach((m) => claimed.add(m));
    events.push({ verb, mentions: objects });
  });
  if (!events.length) {
    if (!carry || verbs.length) return { drafts: [], carry: null };
    const counts = findCounts(text, clause.start, clause.end, names);
    const recipients = counts.length ? [] : carry.recipients;
    const drafts = mentions.flatMap((m) => {
      const draft = makeDraft(text, within, m, m.grantor ?? carry.grantor, counts, recipients, []);
      return draft ? [draft] : [];
    });
    return { drafts, carry: drafts.length ? carry : null };
  }

  // Each event owns a window of the clause; consecutive events split at the separator before the later one.
  const windows: Span[] = events.map(() => ({ start: clause.start, end: clause.end }));
  for (let i = 1; i < events.length; i++) {
    const boundary = eventBoundary(text, events[i - 1]!, events[i]!);
    windows[i - 1]!.end = boundary;
    windows[i]!.start = boundary;
  }

  const drafts: AwardDraft[] = [];
  let nextCarry: Carry | null = null;
  events.forEach((event, i) => {
    const win = windows[i]!;
    const { verb } = event;
    const parts: Span[] = [verb];
    let clauseGrantor: Span | null = null;
    let subject: Span | null = null;
    const passive = passiveGrantor(text, win, verb, event.mentions);
    if (passive) {
      clauseGrantor = passive.grantor;
      subject = trimPhrase(text, { start: phrases.start(win.start, passive.duoc), end: passive.duoc });
      parts.push({ start: passive.duoc, end: verb.start });
    } else {
      const before = trimPhrase(text, { start: phrases.start(win.start, verb.start), end: verb.start });
      if (verb.receipt) subject = before;
      else if (before && isUpperInitial(text.slice(before.start, before.start + 1)) && before.end - before.start < 120 && !/\d/.test(text.slice(before.start, before.end)))
        clauseGrantor = before;
    }
    // The reason given after the award (`vì đã cứu 2 em nhỏ`) names no recipients.
    const afterObjects = Math.max(verb.end, ...event.mentions.map((m) => m.end));
    const reason = REASON.exec(text.slice(afterObjects, win.end));
    if (reason) win.end = afterObjects + reason.index;
    const counts = findCounts(text, win.start, win.end, names, clauseGrantor);
    let recipients: Span[] = [];
    if (!counts.length) {
      const lastObject = event.mentions[event.mentions.length - 1]!;
      recipients = namedPhrase(text, subject);
      if (!recipients.length && !verb.receipt) recipients = recipientsAfterCho(text, Math.max(verb.end, lastObject.end), win.end);
    }
    for (const mention of event.mentions) {
      const draft = makeDraft(text, within, mention, mention.grantor ?? clauseGrantor, counts, recipients, parts);
      if (draft) drafts.push(draft);
    }
    nextCarry = { grantor: clauseGrantor, recipients };
  });
  return { drafts, carry: drafts.length ? nextCarry : null };
}

/** Indexes (ascending) of the figures lying inside [start, end). */
type FiguresWithin = (start: number, end: number) => number[];

/**
 * `FiguresWithin` for a list of figures: a binary search when they are sorted by start with
 * well-formed spans (as `extractFigures` gives them), else a scan of the list.
 */
function figuresWithin(figures: readonly FigureDraft[]): FiguresWithin {
  let sorted = true;
  for (let k = 0; k < figures.length && sorted; k++) {
    if (!(figures[k]!.end >= figures[k]!.start) || (k > 0 && figures[k]!.start < figures[k - 1]!.start)) sorted = false;
  }
  if (!sorted) return (start, end) => figures.flatMap((f, k) => (f.start >= start && f.end <= end ? [k] : []));
  const starts = figures.map((f) => f.start);
  return (start, end) => {
    const out: number[] = [];
    // A figure that starts after `end` cannot end by `end`.
    for (let k = firstAtLeast(starts, start); k < figures.length && figures[k]!.start <= end; k++) {
      if (figures[k]!.end <= end) out.push(k);
    }
    return out;
  };
}

/** One award line; null when it says neither who granted it nor who received it. */
function makeDraft(
  text: string,
  within: FiguresWithin,
  mention: AwardMention,
  grantor: Span | null,
  counts: Count[],
  recipients: Span[],
  parts: Span[],
): AwardDraft | null {
  if (!grantor && !counts.length && !recipients.length) return null;
  // With no verb of its own (`parts` empty), the line's span leaves out what came from an earlier clause.
  const spans = parts.length
    ? [...parts, mention.award, ...(grantor ? [grantor] : []), ...counts, ...recipients]
    : [mention.award, ...(mention.grantor ? [mention.grantor] : []), ...counts];
  const start = Math.min(...spans.map((sp) => sp.start));
  const end = Math.max(...spans.map((sp) => sp.end));
  const draft: AwardDraft = {
    award: text.slice(mention.award.start, mention.award.end),
    grantor: grantor ? text.slice(grantor.start, grantor.end) : '',
    figureIndexes: within(start, end),
    start,
    end,
  };
  const collectives = counts.filter((c) => c.cls === 'collective');
  const individuals = counts.filter((c) => c.cls === 'individual');
  if (collectives.length) draft.collectives = collectives.reduce((a, c) => a + c.n, 0);
  if (individuals.length) draft.individuals = individuals.reduce((a, c) => a + c.n, 0);
  if (recipients.length) draft.recipients = recipients.map((r) => text.slice(r.start, r.end));
  if (counts.some((c) => c.inferred)) draft.inferred = true;
  return draft;
}

/** `được` and the space after it, at the start of a word (see `matchesAtWordStart`). */
const DUOC = /được\s+/gu;

/** `được [X] tặng`: the `được` before the verb and the grantor between them (null grantor for `được tặng`). */
function passiveGrantor(text: string, win: Span, verb: Verb, objects: AwardMention[]): { duoc: number; grantor: Span | null } | null {
  if (verb.receipt) return null;
  const lookFrom = Math.max(win.start, verb.start - 120);
  const between = text.slice(lookFrom, verb.start);
  const matches = matchesAtWordStart(DUOC, between);
  const last = matches[matches.length - 1];
  if (!last) return null;
  const duoc = lookFrom + last.index!;
  const gStart = duoc + last[0].length;
  if (objects.some((m) => m.award.start >= duoc && m.award.start < verb.start)) return null;
  const inner = text.slice(gStart, verb.start);
  if (/[,;:()]/.test(inner)) return null;
  const g = trimPhrase(text, { start: gStart, end: verb.start });
  if (!g) return { duoc, grantor: null };
  if (!isUpperInitial(text.slice(g.start, g.start + 1)) || inner.split(/\s+/).length > 16) return null;
  return { duoc, grantor: g };
}

/** Where the window of `next` starts: the last separator before its leading phrase (its recipients or its grantor). */
function eventBoundary(text: string, prev: Event, next: Event): number {
  const prevEnd = Math.max(prev.verb.end, ...prev.mentions.map((m) => m.end));
  let head = next.verb.start;
  const duoc = lastDuocWithoutComma(text.slice(prevEnd, next.verb.start));
  if (duoc >= 0) head = prevEnd + duoc;
  const seps = [...text.slice(prevEnd, head).matchAll(/,\s*|\s+và\s+/gu)].map((m) => ({ at: prevEnd + m.index!, len: m[0].length }));
  let k = seps.length - 1;
  // When the later event's recipients lead it (`, 3 tập thể và 5 cá nhân được …`), step back over that list of counts.
  const countPiece = COUNT_PIECE;
  const pieceAfter = (j: number) => text.slice(seps[j]!.at + seps[j]!.len, j + 1 < seps.length ? seps[j + 1]!.at : head).trim();
  if (k >= 0 && countPiece.test(pieceAfter(k))) {
    while (k > 0 && countPiece.test(pieceAfter(k - 1))) k--;
  }
  return k >= 0 ? seps[k]!.at + seps[k]!.len : prevEnd;
}


/**
 * Where `/(?<![\p{L}\p{N}])được\s+[^,;]*$/u` would match in `s`: the first `được` after the last
 * `,` or `;`, or -1. (The regex itself tries the rest of `s` after every `được`.)
 */
function lastDuocWithoutComma(s: string): number {
  const m = firstAtWordStart(DUOC, s, Math.max(s.lastIndexOf(','), s.lastIndexOf(';')) + 1);
  return m ? m.index : -1;
}

/**
 * Named models (`mô hình`) and movements (`phong trào`) in Vietnamese reports,
 * with the figures that describe them.
 *
 * A name is recognised in three shapes:
 *  - quoted: `mô hình “Giáo họ không có tội phạm”`, `phong trào "Ngày vì người nghèo"`;
 *  - unquoted: `mô hình camera an ninh với …`, `Phong trào Toàn dân bảo vệ an ninh Tổ quốc được …`
 *    (the name runs until a function word, a verb of the clause, a number or punctuation);
 *  - a listed series: `phong trào như: A, B, C` (items start with a capital letter).
 * Generic mentions are skipped: after a quantifier (`31 mô hình`, `các phong trào …`), before a
 * demonstrative (`mô hình này`), or an abstract kind of model (`mô hình kinh doanh`).
 *
 * Repeated mentions of one name (case-insensitive, defined acronyms expanded) become one entry
 * whose `start`/`end` are the first mention's; `name === text.slice(start, end)`. A figure is
 * linked to the mention it follows most closely in its sentence (or the first mention after it).
 * Pure: no I/O.
 */
import type { Acronym } from '../schema';
import type { FigureDraft, ModelDraft } from './types';
import { extractAcronyms } from './acronyms';
import { matchesAtWordStart } from './text';

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations that end with a dot without ending the sentence. */
const ABBREVIATIONS = new Set(['tp', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'q', 'p', 'tt', 'st', 'mr', 'mrs', 'dr', 'no', 'ông', 'bà']);

/**
 * Sentence spans of a text: a sentence ends at a line break, or at `.`, `!`, `?`, `…` followed by
 * a space and a capital letter, digit or opening quote (not after abbreviations such as `TP.`).
 * Spans are trimmed of surrounding white space; empty ones are dropped.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) spans.push({ start, end });
  };
  let start = 0;
  const boundary = /\n|(?:[.!?]+|…|\.\.\.)["”’)]*(?=[ \t]+["“‘(]?[\p{Lu}\p{N}])/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const at = m.index;
    if (m[0] !== '\n' && m[0][0] === '.') {
      const word = lettersBefore(text, at, Math.max(0, at - 6));
      if (word && ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    push(start, at + m[0].length);
    start = at + m[0].length;
  }
  push(start, text.length);
  return spans;
}

/** `/\s/` for one UTF-16 code unit. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const LETTER = /^\p{L}$/u;

/**
 * `LETTER` for every UTF-16 unit from U+0080 to U+1FFF (all of Vietnamese), computed once by
 * the regex itself: a table read instead of a one-character slice and a regex test for each
 * letter before each full stop of the text.
 */
const LETTER_BELOW_2000 = (() => {
  const t = new Uint8Array(0x2000);
  for (let c = 0x80; c < 0x2000; c++) t[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();

/** The letters (whole code points) that end at `pos`, not reaching before `from`: `/(\p{L}+)$/u` on that slice. */
function lettersBefore(text: string, pos: number, from: number): string | undefined {
  let start = pos;
  while (start > from) {
    let cp = start - 1;
    const c = text.charCodeAt(cp);
    if (c >= 0xdc00 && c <= 0xdfff && cp > from) {
      const high = text.charCodeAt(cp - 1);
      if (high >= 0xd800 && high <= 0xdbff) cp--;
    }
    const letter = c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : c < 0x2000 ? LETTER_BELOW_2000[c] === 1 : LETTER.test(text.slice(cp, start));
    if (!letter) break;
    start = cp;
  }
  return start < pos ? text.slice(start, pos) : undefined;
}

let lastText: string | undefined;
let lastSentences: readonly Span[] = [];

/**
 * `splitSentences(text)`, shared: the awards and models of one article both need its
 * sentences, so the last text's are kept. Callers must not change the spans.
 */
export function sentencesOf(text: string): readonly Span[] {
  if (text !== lastText) {
    lastSentences = splitSentences(text);
    lastText = text;
  }
  return lastSentences;
}

/** Index of the sentence (in `sentences`, sorted and disjoint) that contains `pos`, or -1. */
function sentenceAt(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < sentences.length && sentences[lo]!.start <= pos ? lo : -1;
}

/** `mô hình`, `phong trào`; the start of a word is checked by `matchesAtWordStart`. */
const KEYWORD = /(mô hình|phong trào)(?![\p{L}\p{N}])/giu;

/** Words before the keyword that make the mention a count or a generic reference. */
const QUANTIFIERS = new Set([
  'các', 'những', 'nhiều', 'mọi', 'mỗi', 'từng', 'vài', 'số', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy',
  'tám', 'chín', 'mười', 'mươi', 'trăm', 'nghìn', 'ngàn', 'hàng', 'loạt', 'cả', 'toàn', 'đủ', 'ít',
]);

/** Words that end an unquoted name: prepositions, verbs and particles of the clause, demonstratives. */
const STOP_WORDS = new Set([
  'với', 'do', 'được', 'bị', 'tại', 'ở', 'của', 'đã', 'đang', 'sẽ', 'vừa', 'là', 'có', 'cho', 'trong', 'trên',
  'dưới', 'nhằm', 'để', 'giúp', 'này', 'đó', 'ấy', 'kia', 'nọ', 'trên', 'và', 'hoặc', 'hay', 'khi', 'từ', 'theo',
  'thì', 'mà', 'bằng', 'cũng', 'vẫn', 'đều', 'rất', 'khá', 'nên', 'sau', 'trước', 'gồm', 'như', 'không', 'chưa',
  'vào', 'ra', 'lên', 'tới', 'đến', 'nhưng', 'vì', 'qua', 'nay', 'thuộc', 'các', 'những',
  'riêng', 'chung', 'tương', 'nào', 'gì', 'nhờ', 'cùng', 'về', 'quá', 'lại', 'đây', 'sớm', 'luôn', 'hơn', 'nhất', 'cũ',
  'đạt', 'thì',
]);

/** Two-syllable verbs that end a name even though each syllable alone may belong to one. */
const STOP_PHRASES = [
  'triển khai', 'thực hiện', 'duy trì', 'nhân rộng', 'phát động', 'ra mắt', 'giai đoạn', 'thời gian', 'hiệu quả', 'góp phần',
  'mang lại', 'trở thành', 'hoạt động', 'diễn ra', 'phát huy', 'tiếp tục', 'thu hút', 'tạo ra', 'đem lại', 'bước đầu',
  'ngày càng', 'đi vào', 'lan tỏa', 'lan toả', 'thu được', 'xây dựng được', 'hiện nay', 'hiện đang', 'hiện có', 'hiện tại',
  'trở lên', 'dựa trên', 'dựa vào',
];

/**
 * The first word of each stop phrase: a phrase can start at a word only when the word, in lower
 * case, is one of these, so the phrases are compared only there (comparing each of them at
 * every word of every name was a few per cent of the whole extraction on model-rich text).
 * A one-word phrase would match the start of longer words too: with one, every word is tried.
 */
const STOP_PHRASE_FIRST_WORDS: ReadonlySet<string> | null = STOP_PHRASES.every((p) => p.includes(' '))
  ? new Set(STOP_PHRASES.map((p) => p.slice(0, p.indexOf(' '))))
  : null;

/** What ends an item of a listed series: who launched it, what it did (`thu hút …`), a bracket or an ellipsis. */
const LIST_ITEM_END = new RegExp(
  `\\s+(?:do|được|đã|nhằm|để|của|với|trong năm|năm \\p{N}+|${STOP_PHRASES.join('|')})(?![\\p{L}\\p{N}])|\\s*(?:\\(|…|\\.\\.\\.)`,
  'u',
);

/** First words of abstract kinds of model, not named models (`mô hình kinh doanh`, `mô hình tính toán`). */
const GENERIC_MODEL_HEADS = [
  'kinh doanh', 'hoạt động', 'tổ chức', 'quản lý', 'quản trị', 'kinh tế', 'tăng trưởng', 'phát triển', 'công ty',
  'doanh nghiệp', 'ngân hàng', 'tài chính', 'bán lẻ', 'kỹ thuật', 'tính toán', 'toán học', 'dự báo', 'mô phỏng',
  'thống kê', 'học máy', 'ngôn ngữ', 'trí tuệ nhân tạo', 'ai', '3d', 'giá', 'định giá', 'cho vay', 'sở hữu',
  'đầu tư', 'vận hành', 'cổ phần', 'tnhh', 'bền vững',
  // physical scale models, not programmes
  'máy bay', 'ô tô', 'xe', 'tàu', 'tên lửa', 'chính quyền', 'nhà nước', 'tập đoàn', 'thu phí', 'lý thuyết', 'trách nhiệm',
];

/** Umbrella categories that name no particular movement. */
const GENERIC_MOVEMENTS = new Set(['thi đua', 'thi đua yêu nước']);

const OPEN_QUOTES: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '«': '»' };

interface Mention {
  name: string;
  type: 'model' | 'movement';
  start: number;
  end: number;
}

const WORD_AT = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/u;

/** Reads an unquoted name from `pos`: words until a stop word, number or punctuation. */
function readUnquotedName(text: string, pos: number, maxWords: number): Span | null {
  let i = pos;
  let end = pos;
  let words = 0;
  while (i < text.length && words < maxWords + 1) {
    const m = WORD_AT.exec(text.slice(i, i + 60));
    if (!m) break;
    const word = m[0];
    const lower = word.toLowerCase();
    if (/^\p{N}+$/u.test(word) || STOP_WORDS.has(lower)) break;
    if (lower === 'mô' && /^mô hình/iu.test(text.slice(i))) break;
    if (lower === 'phong' && /^phong trào/iu.test(text.slice(i))) break;
    if ((!STOP_PHRASE_FIRST_WORDS || STOP_PHRASE_FIRST_WORDS.has(lower)) && STOP_PHRASES.some((p) => text.slice(i, i + p.length).toLowerCase() === p)) break;
    if (lower === 'năm' && /^năm\s+\p{N}/u.test(text.slice(i))) break;
    // `mới` ends a name (`mô hình kinh doanh mới`) except in fixed phrases (`nông thôn mới`, `đô thị mới`).
    if (lower === 'mới' && !/(?:nông thôn|đô thị|kiểu)\s$/iu.test(text.slice(Math.max(0, i - 10), i))) break;
    words++;
    end = i + word.length;
    i = end;
    // Only single spaces join the words of a name.
    if (text[i] === ' ' && WORD_AT.test(text.slice(i + 1, i + 2))) i++;
    else break;
  }
  if (words === 0 || words > maxWords) return null;
  return { start: pos, end };
}

/** Reads one quoted name at `pos` (which holds the opening quote). */
function readQuoted(text: string, pos: number): Span | null {
  const close = OPEN_QUOTES[text[pos]!];
  if (!close) return null;
  const end = text.indexOf(close, pos + 1);
  if (end < 0 || end - pos > 200 || text.slice(pos + 1, end).includes('\n')) return null;
  const inner = { start: pos + 1, end };
  while (inner.start < inner.end && /\s/.test(text[inner.start]!)) inner.start++;
  while (inner.end > inner.start && /\s/.test(text[inner.end - 1]!)) inner.end--;
  return inner.end > inner.start ? inner : null;
}

/** Items of a listed series `A, B, c, D…` up to the end of the sentence: capitalised items; lower-case pieces continue the previous one. */
function readList(text: string, pos: number, limit: number): Span[] {
  const items: Span[] = [];
  const body = text.slice(pos, limit);
  const pieces = [...body.matchAll(/[^,;]+/gu)];
  for (const piece of pieces) {
    let s = pos + piece.index!;
    let e = s + piece[0].length;
    // Split a piece further at `và` followed by a capital letter.
    const parts: Span[] = [];
    let from = s;
    for (const va of text.slice(s, e).matchAll(/\s+và\s+(?=["“]?\p{Lu})/gu)) {
      parts.push({ start: from, end: s + va.index! });
      from = s + va.index! + va[0].length;
    }
    parts.push({ start: from, end: e });
    for (const part of parts) {
      ({ start: s, end: e } = part);
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /[\s.…!?]/.test(text[e - 1]!)) e--;
      if (e <= s) continue;
      const first = text[s]!;
      if (OPEN_QUOTES[first]) {
        const q = readQuoted(text, s);
        if (q) items.push(q);
        continue;
      }
      if (/\p{Lu}/u.test(first) || items.length === 0) items.push({ start: s, end: e });
      else items[items.length - 1]!.end = e;
    }
  }
  // Each item ends before a clause that says who launched it or what it did.
  return items
    .map((it) => {
      const tail = LIST_ITEM_END.exec(text.slice(it.start, it.end));
      return tail ? { start: it.start, end: it.start + tail.index } : it;
    })
    .filter((it) => it.end > it.start && /\p{Lu}/u.test(text[it.start]!));
}

function isGenericModel(name: string): boolean {
  const lower = name.toLowerCase();
  return GENERIC_MODEL_HEADS.some((h) => lower === h || lower.startsWith(h + ' '));
}

/** All mentions of named models and movements, in text order. */
export function findModelMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  const sentenceEnd = (pos: number) => {
    const sentences = sentencesOf(text); // only when a list needs it
    const k = sentenceAt(sentences, pos);
    return k >= 0 ? sentences[k]!.end : text.length;
  };
  for (const m of matchesAtWordStart(KEYWORD, text)) {
    const type = m[1]!.toLowerCase().startsWith('mô') ? 'model' : 'movement';
    const afterKeyword = m.index! + m[0].length;
    const before = /([\p{L}\p{N}.,]+)\s+$/u.exec(text.slice(Math.max(0, m.index! - 20), m.index!))?.[1]?.toLowerCase() ?? '';
    const quantified = QUANTIFIERS.has(before) || /^\p{N}/u.test(before);
    const rest = text.slice(afterKeyword, afterKeyword + 8);

    // Listed series: `phong trào như: A, B` / `các mô hình: A, B`.
    const list = /^\s*(?:(?:như|gồm)\s*:?|:)\s*/u.exec(text.slice(afterKeyword, afterKeyword + 10));
    // A bare colon introduces a list only after a plural (`các phong trào: …`), not a result (`mô hình: năng suất …`).
    if (list && (!/^\s*:/u.test(list[0]) || quantified)) {
      const from = afterKeyword + list[0].length;
      const stop = Math.min(sentenceEnd(from), ...[';', '\n'].map((c) => text.indexOf(c, from)).filter((i) => i >= 0));
      for (const it of readList(text, from, stop)) mentions.push({ name: text.slice(it.start, it.end), type, start: it.start, end: it.end });
      continue;
    }

    // Quoted names, possibly several: `mô hình “A”, “B” và “C”`, `phong trào thi đua “A”`.
    const quote = /^\s*(?:(?:thi đua|điểm)\s+)?/iu.exec(text.slice(afterKeyword, afterKeyword + 12))![0].length + afterKeyword;
    if (OPEN_QUOTES[text[quote]!]) {
      let pos = quote;
      while (OPEN_QUOTES[text[pos]!]) {
        const q = readQuoted(text, pos);
        if (!q) break;
        mentions.push({ name: text.slice(q.start, q.end), type, start: q.start, end: q.end });
        const next = /^[”"’»]\s*(?:,|và)\s*/u.exec(text.slice(q.end, q.end + 8));
        if (!next) break;
        pos = q.end + next[0].length;
      }
      continue;
    }

    if (quantified || text[afterKeyword] !== ' ') continue;
    const span = readUnquotedName(text, afterKeyword + 1, type === 'model' ? 8 : 12);
    if (!span) continue;
    const name = text.slice(span.start, span.end);
    const syllables = name.split(' ').length;
    if (type === 'model' && (syllables < 2 || isGenericModel(name))) continue;
    if (type === 'movement' && GENERIC_MOVEMENTS.has(name.toLowerCase())) continue;
    mentions.push({ name, type, start: span.start, end: span.end });
  }
  return mentions;
}

/** An acronym's expansion as a replacement: whole-word matches of the short form. */
interface Expansion {
  short: string;
  /** Made on first use (see `patternOf`). */
  pattern?: RegExp;
  long: string;
}

function expansionsOf(acronyms: readonly Acronym[]): Expansion[] {
  // The first definition of a short form wins, as in a Map built from the list.
  const byShort = new Map(acronyms.map((a) => [a.short, a.long]));
  return [...byShort].map(([short, long]) => ({ short, long }));
}

/**
 * The whole-word pattern of an expansion's short form, made only when a name contains the
 * short form: most of an article's acronyms are in none of its model names, and a RegExp
 * built from a string costs a parse (and a compilation when V8 has dropped it from its cache).
 */
function patternOf(expansion: Expansion): RegExp {
  return (expansion.pattern ??= new RegExp(`(?<![\\p{L}\\p{N}])${expansion.short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'));
}

/** The mention a figure describes, among the mentions of its sentence (see `extractModels`). */
type MentionFinder = (figure: Span) => Mention | undefined;

/**
 * The last mention (in list order) that ends before the figure, else the first that starts
 * after it. A binary search when the mentions' starts and ends both ascend (as they do in
 * text order), else a scan.
 */
function mentionFinder(list: readonly Mention[]): MentionFinder {
  const ascending = list.every((m, i) => i === 0 || (m.start >= list[i - 1]!.start && m.end >= list[i - 1]!.end));
  if (!ascending) {
    return (figure) => {
      let before: Mention | undefined;
      let after: Mention | undefined;
      for (const m of list) {
        if (m.end <= figure.start) before = m;
        else if (!after && m.start >= figure.end) after = m;
      }
      return before ?? after;
    };
  }
  const firstWhere = (test: (m: Mention) => boolean) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(list[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return (figure) => {
    // Ends ascend: the mentions that end by the figure's start come first.
    const endsAfter = firstWhere((m) => m.end > figure.start);
    if (endsAfter > 0) return list[endsAfter - 1];
    return list[firstWhere((m) => m.start >= figure.end)];
  };
}

/** Merge key: lower case, acronyms the text defines (and the glossary's) expanded, spaces collapsed. */
function mergeKey(name: string, expansions: readonly Expansion[]): string {
  let key = name;
  for (const expansion of expansions) {
    if (key.includes(expansion.short)) key = key.replace(patternOf(expansion), expansion.long);
  }
  return key.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Named models and movements with the figures (indexes into `figures`) that describe them.
 * `acronyms` are the text's (`extractAcronyms(text)`), when the caller already has them.
 */
export function extractModels(text: string, figures: FigureDraft[], acronyms?: readonly Acronym[]): ModelDraft[] {
  const mentions = findModelMentions(text);
  if (mentions.length === 0) return [];
  const expansions = expansionsOf(acronyms ?? extractAcronyms(text));
  const models: ModelDraft[] = [];
  const byKey = new Map<string, ModelDraft>();
  const modelOf = new Map<Mention, ModelDraft>();
  for (const mention of mentions) {
    const key = `${mention.type}:${mergeKey(mention.name, expansions)}`;
    let model = byKey.get(key);
    if (!model) {
      model = { name: mention.name, type: mention.type, figureIndexes: [], start: mention.start, end: mention.end };
      byKey.set(key, model);
      models.push(model);
    }
    modelOf.set(mention, model);
  }

  // Each figure goes to the closest mention before it in its sentence, else the first one after it.
  const sentences = sentencesOf(text);
  const inSentence = new Map<number, Mention[]>(); // sentence index → its mentions, in mention order
  for (const m of mentions) {
    const k = sentenceAt(sentences, m.start);
    if (k < 0 || m.end > sentences[k]!.end) continue;
    const list = inSentence.get(k);
    if (list) list.push(m);
    else inSentence.set(k, [m]);
  }
  const finders = new Map<Mention[], MentionFinder>();
  figures.forEach((figure, index) => {
    const k = sentenceAt(sentences, figure.start);
    if (k < 0) return;
    const list = inSentence.get(k);
    if (!list) return;
    let find = finders.get(list);
    if (!find) finders.set(list, (find = mentionFinder(list)));
    const target = find(figure);
    if (!target) return;
    // Figures are visited once each, in order: the list stays ascending and free of repeats.
    modelOf.get(target)!.figureIndexes.push(index);
  });
  return models;
}

/**
 * Acronyms in Vietnamese news: the ones an article defines itself
 * (`an ninh Tổ quốc (ANTQ)`, or the reverse `ANTQ (an ninh Tổ quốc)`) and the
 * common ones of administration and news from a built-in glossary (UBND, HĐND,
 * TP, CSGT …), so the site can explain them.
 *
 * A definition is accepted only when the short form's letters are the initials
 * of the long form's syllables, compared without tone marks (Đ counts as D,
 * `&` stands for `và`, `-` and `.` are ignored). Pure: no I/O.
 */
import type { Acronym } from '../schema';
import { isWordCharBefore, matchesAtWordStart } from './text';

/** Common acronyms of Vietnamese administration and news, with their long forms. */
export const GLOSSARY: Readonly<Record<string, string>> = Object.freeze({
  // Government and Party
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  MTTQ: 'Mặt trận Tổ quốc',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  ĐBQH: 'Đại biểu Quốc hội',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  BCH: 'Ban Chấp hành',
  TƯ: 'Trung ương',
  TW: 'Trung ương',
  ĐCSVN: 'Đảng Cộng sản Việt Nam',
  XHCN: 'xã hội chủ nghĩa',
  CHXHCN: 'Cộng hòa xã hội chủ nghĩa',
  'NĐ-CP': 'Nghị định của Chính phủ',
  TTHC: 'thủ tục hành chính',
  // Places
  TP: 'Thành phố',
  'TP.HCM': 'Thành phố Hồ Chí Minh',
  TPHCM: 'Thành phố Hồ Chí Minh',
  HCM: 'Hồ Chí Minh',
  ĐBSCL: 'Đồng bằng sông Cửu Long',
  KCN: 'Khu công nghiệp',
  CCN: 'Cụm công nghiệp',
  KKT: 'Khu kinh tế',
  NTM: 'nông thôn mới',
  // Ministries and sectors
  'GD&ĐT': 'Giáo dục và Đào tạo',
  'NN&PTNT': 'Nông nghiệp và Phát triển nông thôn',
  'TN&MT': 'Tài nguyên và Môi trường',
  'LĐ-TB&XH': 'Lao động - Thương binh và Xã hội',
  'KH&CN': 'Khoa học và Công nghệ',
  GTVT: 'Giao thông vận tải',
  CNTT: 'công nghệ thông tin',
  'KH&ĐT': 'Kế hoạch và Đầu tư',
  'TN-MT': 'Tài nguyên và Môi trường',
  GDNN: 'giáo dục nghề nghiệp',
  PCTT: 'phòng chống thiên tai',
  VPĐKĐĐ: 'Văn phòng Đăng ký đất đai',
  // Security, police, justice
  ANTT: 'an ninh trật tự',
  ANTQ: 'an ninh Tổ quốc',
  ANCT: 'an ninh chính trị',
  CSGT: 'Cảnh sát giao thông',
  CSĐT: 'Cảnh sát điều tra',
  CSHS: 'Cảnh sát hình sự',
  CQĐT: 'Cơ quan điều tra',
  CAND: 'Công an nhân dân',
  QĐND: 'Quân đội nhân dân',
  LLVT: 'lực lượng vũ trang',
  BĐBP: 'Bộ đội Biên phòng',
  VKSND: 'Viện kiểm sát nhân dân',
  TAND: 'Tòa án nhân dân',
  THADS: 'thi hành án dân sự',
  TTATGT: 'trật tự an toàn giao thông',
  TNGT: 'tai nạn giao thông',
  PCCC: 'phòng cháy chữa cháy',
  VPHC: 'vi phạm hành chính',
  QLTT: 'quản lý thị trường',
  GPLX: 'giấy phép lái xe',
  CMND: 'chứng minh nhân dân',
  CCCD: 'căn cước công dân',
  // Social insurance, health, education
  BHXH: 'Bảo hiểm xã hội',
  BHYT: 'bảo hiểm y tế',
  BHTN: 'bảo hiểm thất nghiệp',
  ATTP: 'an toàn thực phẩm',
  VSATTP: 'vệ sinh an toàn thực phẩm',
  THPT: 'trung học phổ thông',
  THCS: 'trung học cơ sở',
  ĐH: 'Đại học',
  GS: 'Giáo sư',
  PGS: 'Phó giáo sư',
  TS: 'Tiến sĩ',
  ThS: 'Thạc sĩ',
  NXB: 'Nhà xuất bản',
  CĐ: 'Cao đẳng',
  SGK: 'sách giáo khoa',
  // Mass organisations
  LHPN: 'Liên hiệp Phụ nữ',
  TNCS: 'Thanh niên Cộng sản',
  CCB: 'Cựu chiến binh',
  LĐLĐ: 'Liên đoàn Lao động',
  HTX: 'hợp tác xã',
  // Economy, business, finance
  GDP: 'tổng sản phẩm trong nước',
  GRDP: 'tổng sản phẩm trên địa bàn',
  CPI: 'chỉ số giá tiêu dùng',
  FDI: 'đầu tư trực tiếp nước ngoài',
  ODA: 'hỗ trợ phát triển chính thức',
  'KT-XH': 'kinh tế - xã hội',
  SXKD: 'sản xuất kinh doanh',
  XNK: 'xuất nhập khẩu',
  BĐS: 'bất động sản',
  DN: 'doanh nghiệp',
  DNNN: 'doanh nghiệp nhà nước',
  NLĐ: 'người lao động',
  TNHH: 'trách nhiệm hữu hạn',
  TMCP: 'thương mại cổ phần',
  CTCK: 'công ty chứng khoán',
  NĐT: 'nhà đầu tư',
  LNST: 'lợi nhuận sau thuế',
  BCTC: 'báo cáo tài chính',
  CTCP: 'công ty cổ phần',
  HĐQT: 'Hội đồng quản trị',
  ĐHĐCĐ: 'Đại hội đồng cổ đông',
  TTCK: 'thị trường chứng khoán',
  UBCKNN: 'Ủy ban Chứng khoán Nhà nước',
  HNX: 'Sở Giao dịch Chứng khoán Hà Nội',
  HOSE: 'Sở Giao dịch Chứng khoán TP.HCM',
  HoSE: 'Sở Giao dịch Chứng khoán TP.HCM',
  HSX: 'Sở Giao dịch Chứng khoán TP.HCM',
  NHNN: 'Ngân hàng Nhà nước',
  NHTM: 'ngân hàng thương mại',
  VNĐ: 'Việt Nam đồng',
  VND: 'Việt Nam đồng',
  USD: 'đô la Mỹ',
  VCCI: 'Phòng Thương mại và Công nghiệp Việt Nam',
  // Press and international bodies
  TTXVN: 'Thông tấn xã Việt Nam',
  ASEAN: 'Hiệp hội các quốc gia Đông Nam Á',
  WHO: 'Tổ chức Y tế Thế giới',
  WTO: 'Tổ chức Thương mại Thế giới',
  IMF: 'Quỹ Tiền tệ Quốc tế',
  WB: 'Ngân hàng Thế giới',
  ADB: 'Ngân hàng Phát triển châu Á',
  EU: 'Liên minh châu Âu',
  FTA: 'hiệp định thương mại tự do',
  CDC: 'Trung tâm Kiểm soát và Phòng ngừa dịch bệnh',
  NATO: 'Tổ chức Hiệp ước Bắc Đại Tây Dương',
  UAE: 'Các Tiểu vương quốc Ả Rập Thống nhất',
  CEO: 'giám đốc điều hành',
});

/** A short form as it appears inside or before parentheses. */
const SHORT_FORM = /^[\p{Lu}][\p{L}\p{N}&.\-]{1,14}$/u;
const WORD = /[\p{L}\p{N}]+(?:[.&'’][\p{L}\p{N}]+)*|&|-|–/gu;

const baseLetters = new Map<string, string>();

/** Upper-case base letter without tone or vowel marks; Đ/đ become D. */
export function baseLetter(ch: string): string {
  let base = baseLetters.get(ch);
  if (base === undefined) {
    base = ch.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'D').toUpperCase();
    if (baseLetters.size < 4096) baseLetters.set(ch, base);
  }
  return base;
}

/** The symbols a short form must match, one per syllable: letters, or `&` for `và`. */
function shortSymbols(short: string): string[] {
  const symbols: string[] = [];
  for (const ch of short) {
    if (ch === '&') symbols.push('&');
    else if (/\p{L}/u.test(ch)) symbols.push(baseLetter(ch));
    else if (ch === '-' || ch === '.') continue;
    else return []; // digits or other characters: not an initialism
  }
  return symbols;
}

/** The symbol a long-form word contributes: its initial, `&` for `và`, or null for a dash. */
function wordSymbol(word: string): string | null {
  if (word === '-' || word === '–') return null;
  if (word.toLowerCase() === 'và') return '&';
  if (/\p{N}/u.test(word)) return '#'; // numbers never take part
  return baseLetter(word[0]!);
}

function isShortForm(s: string): boolean {
  if (!SHORT_FORM.test(s)) return false;
  const upper = [...s].filter((c) => /\p{Lu}/u.test(c)).length;
  return upper >= 2 && shortSymbols(s).length >= 2;
}

/** Tries to match `symbols` against the words ending just before `end`; returns the long form's start or -1. */
function matchBackwards(text: string, from: number, end: number, symbols: string[]): number {
  const words = [...text.slice(from, end).matchAll(WORD)];
  let k = symbols.length - 1;
  for (let w = words.length - 1; w >= 0 && k >= 0; w--) {
    const word = words[w]![0];
    const symbol = wordSymbol(word);
    if (symbol === null) continue;
    if (symbol === symbols[k]) k--;
    else if (symbol === '&' && symbols[k] !== '&') continue; // `và` without `&` in the short form
    else return -1;
    if (k < 0) return from + words[w]!.index!;
  }
  return -1;
}

/** True when the words of `long`, in order, give exactly the symbols of `short` (`và` may be left out). */
function matchesExactly(long: string, short: string): boolean {
  const symbols = shortSymbols(short);
  let got = [...long.matchAll(WORD)].map((m) => wordSymbol(m[0])).filter((s): s is string => s !== null);
  if (!symbols.includes('&')) got = got.filter((s) => s !== '&');
  return got.length === symbols.length && got.every((s, i) => s === symbols[i]);
}

/** Acronyms the text defines: `long form (SHORT)` and `SHORT (long form)`, first definition of each short form. */
export function findDefinedAcronyms(text: string): Acronym[] {
  const found = new Map<string, Acronym>();
  const paren = /\(([^()\n]{1,120})\)/gu;
  for (const m of text.matchAll(paren)) {
    const inner = m[1]!.trim();
    const open = m.index!;
    if (isShortForm(inner) && !found.has(inner)) {
      // A clause boundary limits how far back the long form can reach.
      const lineStart = Math.max(clauseStartBefore(text, open), sentenceStartBefore(text, open));
      const symbols = shortSymbols(inner);
      const start = matchBackwards(text, lineStart, open, symbols);
      if (start >= 0) {
        const long = text.slice(start, open).trim();
        found.set(inner, { short: inner, long, defined: true });
        continue;
      }
    }
    // Reverse form: SHORT (long form)
    const short = wordBefore(text, open)?.replace(/\.$/, '');
    if (short && isShortForm(short) && !found.has(short) && !/\p{N}/u.test(inner) && matchesExactly(inner, short)) {
      found.set(short, { short, long: inner, defined: true });
    }
  }
  return [...found.values()];
}

const SHORT_FORM_CHAR = /^[\p{L}\p{N}&.\-]$/u;
const SPACE = /\s/;

/**
 * The run of letters, digits, `&`, `.` and `-` that ends (before any white space) at `pos`,
 * within the 20 characters before it: what `/([\p{L}\p{N}&.\-]+)\s*$/u` finds in that slice.
 */
function wordBefore(text: string, pos: number): string | undefined {
  const from = Math.max(0, pos - 20);
  let end = pos;
  while (end > from && SPACE.test(text[end - 1]!)) end--;
  let start = end;
  while (start > from) {
    let cp = start - 1; // the code point ending at `start`
    const c = text.charCodeAt(cp);
    if (c >= 0xdc00 && c <= 0xdfff && cp > from) {
      const high = text.charCodeAt(cp - 1);
      if (high >= 0xd800 && high <= 0xdbff) cp--;
    }
    if (!SHORT_FORM_CHAR.test(text.slice(cp, start))) break;
    start = cp;
  }
  return start < end ? text.slice(start, end) : undefined;
}

/** Just after the last line break, `,`, `;`, `:`, bracket or double quote before `pos` (0 when none). */
function clauseStartBefore(text: string, pos: number): number {
  // The nearest one is the last: scan back to it (the previous bracket is never further than the previous match).
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' || c === ',' || c === ';' || c === ':' || c === '(' || c === ')' || c === '“' || c === '”' || c === '"') return i + 1;
  }
  return 0;
}

function sentenceStartBefore(text: string, pos: number): number {
  let best = 0;
  const re = /[.!?…]\s+(?=\p{Lu})/gu;
  for (const m of text.slice(Math.max(0, pos - 400), pos).matchAll(re)) {
    best = Math.max(0, pos - 400) + m.index! + m[0].length;
  }
  return best;
}

let glossaryRegex: RegExp | undefined;
function glossaryPattern(): RegExp {
  if (!glossaryRegex) {
    const keys = Object.keys(GLOSSARY).sort((a, b) => b.length - a.length);
    const alternatives = keys.map((k) => k.replace(/[.*+?^${}()|[\]\\&-]/g, (c) => (c === '&' || c === '-' ? c : `\\${c}`)));
    // The start of a word (no letter, digit or `&` before it) is checked by `matchesAtWordStart`.
    glossaryRegex = new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{N}&])`, 'gu');
  }
  return glossaryRegex;
}

function afterWordOrAmpersand(text: string, index: number): boolean {
  return text[index - 1] === '&' || isWordCharBefore(text, index);
}

/** Glossary acronyms that occur in the text as whole words (case-sensitive). */
export function findGlossaryAcronyms(text: string): Acronym[] {
  const seen = new Set<string>();
  for (const m of matchesAtWordStart(glossaryPattern(), text, afterWordOrAmpersand)) seen.add(m[0]);
  return [...seen].map((short) => ({ short, long: GLOSSARY[short]!, defined: false }));
}

/**
 * Vietnamese collation, made once: `a.localeCompare(b, 'vi')` is defined as this collator's
 * `compare`, but resolves the locale and sets up an ICU collator again at every call
 * (1–2 % of the whole extraction on acronym-rich text).
 */
const VI_COLLATOR = new Intl.Collator('vi');

/** The article's defined acronyms plus the glossary ones it uses, no duplicates (a definition wins), sorted by short form. */
export function extractAcronyms(text: string): Acronym[] {
  const byShort = new Map<string, Acronym>();
  for (const a of findDefinedAcronyms(text)) byShort.set(a.short, a);
  for (const a of findGlossaryAcronyms(text)) if (!byShort.has(a.short)) byShort.set(a.short, a);
  return [...byShort.values()].sort((a, b) => VI_COLLATOR.compare(a.short, b.short) || (a.short < b.short ? -1 : a.short > b.short ? 1 : 0));
}

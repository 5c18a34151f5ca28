/**
 * The last word on "is this a statistic?": quantities the grammar reads
 * correctly (a number with its unit) that still are not figures, because of
 * what the sentence does with them. Decided in docs/figure-conventions.md,
 * "Decisions recorded after the second blind set":
 *
 * - ages that describe a person or define a group (`(68 tuổi)`, `bé gái 8 tuổi`,
 *   `trẻ em dưới 6 tuổi`); statistical ages stay (`tuổi thọ trung bình 73,6 tuổi`);
 * - terms of financial products (`kỳ hạn 12 tháng`);
 * - reporting periods (`trong 5 năm qua`, `tính chung 10 tháng`, `… đạt X trong 10 tháng`);
 * - numbers inside names (`Công ty Truyền tải điện 1`, `nhóm "Cơm 0 đồng"`).
 *
 * And, "Decisions recorded after the third blind set":
 * - framing periods: `Sau 2 tuần vận hành, …`, `Qua 5 năm triển khai, …`,
 *   `Sau 26 vòng đấu, …`, `sau hai năm mới …`, `trong 24 giờ tới`,
 *   `trong vòng 12 tháng sau khi …`, `bình quân 10 tháng tăng …`,
 *   `doanh thu 9 tháng ước đạt …`;
 * - numbers in product names after a foreign brand word (`Power 6/55`,
 *   `Paracetamol 500 mg`) and lottery ticket numbers (`vé số 842157`).
 *
 * And, "Decisions recorded after the fourth blind set": classes of product
 * (`bình gas 12 kg`, `xe 16 chỗ`, `căn hộ 2 phòng ngủ`, `khách sạn 5 sao`),
 * superlative windows (`cao nhất trong 3 tháng`), scores in a subject
 * (`điểm 10 môn Toán`) and an opening `Trong 10 tháng, …`.
 *
 * It also decides one reading of a qualifier word: `trên` right after another
 * figure is the preposition "on" (`25 triệu hành khách trên 150 đường bay`);
 * and, for the scanner (`isSizeAt`), the one case where a number after a word
 * that names places is a statistic after all: its size (`phòng 15-20 m2`).
 *
 * `reviewFigures` runs once over the scanner's figures, before the elided-noun
 * pass (src/lib/figures.ts): kept out of the scanner's hot loop, every test
 * here looks at a handful of tokens around one figure, with precomputed sets.
 */
import type { Kind, Qualifier } from '../../schema';
import { NP_STOP } from './lexicon';
import { SPELLED_START_WORDS } from '../numbers';
import { COUNT_NOUNS, PEOPLE_NOUNS } from '../units';
import { magnitudeOf } from './lookup';
import { matchMeasureOrCurrency, readUnit } from './units-match';
import type { Found } from './scan';
import { NL, PUNCT, type Tokens } from './tokens';

/** The figure emitted just before (a scanner `Found`): where it ends, and its kind. */
export interface Earlier {
  firstTok: number;
  lastTok: number;
  draft: { kind: Kind; unit: string; qualifier: Qualifier };
}

const AGE_UNITS: ReadonlySet<string> = new Set(['tuổi', 'năm tuổi', 'tháng tuổi', 'ngày tuổi']);

/** Words right after `tuổi` that make it the name of a statistic (`tuổi thọ`, `tuổi nghỉ hưu`). */
const AGE_STAT_AFTER: ReadonlySet<string> = new Set(['thọ', 'nghỉ', 'hưu', 'đời', 'nghề', 'kết', 'bình', 'trung', 'sinh']);
/** Words that make a measured age an average (`bình quân 35 tuổi`, `trung bình 73,6 tuổi`). */
const AVERAGE_PAIRS: ReadonlySet<string> = new Set(['trung bình', 'bình quân']);
/** Last words of measures an average can be of, other than an age (`chiều cao`, `cân nặng`, `thu nhập`). */
const OTHER_MEASURES: ReadonlySet<string> = new Set(['cao', 'nặng', 'nhập', 'lương', 'giá', 'phí', 'dài', 'rộng', 'số', 'lượng']);

/** Punctuation that closes the clause an age cue must sit in. */
const CLAUSE_BREAK: ReadonlySet<string> = new Set(['.', '!', '?', ';', '(', ')', '[', ']', '"', '“', '”']);
/** Punctuation that ends a sentence. */
const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', ';']);
/**
 * Token `k` ends a sentence: `.`, `!`, `?`, `;`, but not the dot inside `TP.HCM`, nor the dot of an initial
 * before a bracket or a lower-case word (`chị H. (38 tuổi)`, `anh T. cho biết`), nor a mark that is part of a
 * name and closes a bracket right after it (`chuỗi Big C (nay là GO!) đã …`).
 */
const endsSentence = (tk: Tokens, k: number): boolean =>
  tk.type[k] === PUNCT &&
  SENTENCE_END.has(tk.raw(k)) &&
  !(tk.raw(k) === '.' && tk.glued[k] === 1 && tk.glued[k + 1] === 1 && tk.isWord(k + 1)) &&
  !(tk.raw(k) === '.' && tk.glued[k] === 1 && /^[A-ZĐ]$/.test(tk.raw(k - 1)) && (tk.isPunct(k + 1, '(') || (tk.isWord(k + 1) && !tk.hasUpper(k + 1)))) &&
  !(tk.glued[k] === 1 && tk.isWord(k - 1) && tk.isPunct(k + 1, ')') && tk.glued[k + 1] === 1);

/** Time units that a reporting period is counted in. */
const PERIOD_UNITS: ReadonlySet<string> = new Set(['giờ', 'ngày', 'tuần', 'tháng', 'quý', 'năm', 'thập kỷ', 'thập niên']);
/** Words after `N tháng`/`N năm` that make it the period just ended (`5 năm qua`, `3 tháng gần đây`). */
const PAST_PERIOD_AFTER: ReadonlySet<string> = new Set(['qua', 'nay', 'vừa qua', 'gần đây', 'trở lại đây', 'gần nhất', 'gần nhất qua']);
/** First words of the two-word entries above, to build the pair only when it can match. */
const PAST_PERIOD_FIRST: ReadonlySet<string> = new Set(['vừa', 'gần', 'trở']);

/** Numbered parts of a match: a count after them is the part's number followed by the next subject. */
const MATCH_PARTS: ReadonlySet<string> = new Set(['hiệp', 'ván', 'set']);
/** Time units a framing period may be counted in (`Sau 2 tuần …,`, `trong 24 giờ tới`). */
const FRAME_UNITS: ReadonlySet<string> = new Set(['giờ', 'tiếng', 'ngày', 'tuần', 'tháng', 'quý', 'năm', 'thập kỷ', 'thập niên']);
/** Counted rounds of a competition that frame the standings after them (`Sau 26 vòng đấu, …`). */
const ROUND_UNITS: ReadonlySet<string> = new Set(['vòng', 'vòng đấu', 'lượt trận', 'lượt đấu', 'trận', 'trận đấu', 'hiệp', 'ván', 'set', 'chặng', 'đợt', 'phiên', 'phiên giao dịch', 'kỳ', 'kì', 'mùa', 'buổi', 'buổi học']);
/**
 * Events whose time since is a window, not a quantity (`có việc làm sau 12 tháng tốt nghiệp`). How fast a
 * result came after a launch stays a figure (`520 tỷ đồng sau 38 ngày công chiếu`, `bán hết vé sau 2 giờ
 * mở bán`), as three of the four labelled sets with that shape have it.
 */
const AFTER_EVENT: ReadonlySet<string> = new Set(['tốt nghiệp', 'ra trường']);
/** Words after `N giờ`/`N ngày` that make it the window ahead (`24 giờ tới`, `3 ngày tiếp theo`). */
const FUTURE_PERIOD_AFTER: ReadonlySet<string> = new Set(['tới', 'sắp tới', 'tiếp theo', 'kế tiếp', 'tiếp đó']);
const FUTURE_PERIOD_FIRST: ReadonlySet<string> = new Set(['sắp', 'tiếp', 'kế']);
/** Verbs that report a cumulative statistic right after its period (`9 tháng ước đạt …`, `bình quân 10 tháng tăng …`). */
const CUMULATIVE_VERBS: ReadonlySet<string> = new Set(['tăng', 'giảm', 'đạt', 'ước', 'ở', 'lên']);
/** Words before `N tháng` that make the duration the quantity itself (`kéo dài 10 tháng`, `thực tập 3 tháng`). */
const DURATION_VERBS: ReadonlySet<string> = new Set([
  'dài', 'kéo', 'mất', 'suốt', 'trong', 'sau', 'thêm', 'cả', 'mỗi', 'được', 'hết', 'chỉ', 'còn', 'tập', 'tù', 'phạt',
  'giam', 'hạn', 'là', 'vòng', 'qua', 'tới', 'đến', 'gần', 'hơn', 'khoảng', 'trên', 'dưới', 'hàng', 'từ',
]);
/** Words before a bare 5–6-digit number in a sentence about a lottery draw (`vé số 842157`, `dãy số … là 842157`). */
const LOTTERY_WORDS: ReadonlySet<string> = new Set(['vé', 'xổ', 'dãy', 'jackpot', 'vietlott']);
/** Units that give a product's strength or model, not a quantity, right after its brand (`Paracetamol 500 mg`). */
const STRENGTH_KINDS: ReadonlySet<Kind> = new Set<Kind>(['mass', 'volume', 'ratio', 'data']);
/**
 * How a Vietnamese syllable ends: its vowels, then nothing or one final (c, ch, m, n, ng, nh, p, t). `Batch` and
 * `Fast` end otherwise.
 */
const VIET_FINAL = /[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ](?:c|ch|m|n|ng|nh|p|t)?$/;
const VOWEL_RUNS = /[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+/g;

/** Nouns that name the thing a quoted title belongs to (`nhóm "Cơm 0 đồng"`, `chương trình "1 triệu cây xanh"`). */
const NAMING_NOUNS: ReadonlySet<string> = new Set([
  'nhóm', 'quán', 'tiệm', 'bếp', 'chương trình', 'mô hình', 'phong trào', 'chiến dịch', 'cuộc thi', 'hội thi',
  'cuộc vận động', 'dự án', 'đề án', 'quỹ', 'câu lạc bộ', 'clb', 'giải', 'giải thưởng', 'danh hiệu', 'lễ hội',
  'ngày hội', 'hội chợ', 'sự kiện', 'tour', 'gói', 'gói cước', 'gói vay', 'sản phẩm', 'thương hiệu', 'nhãn hiệu',
  'cửa hàng', 'siêu thị', 'nhà hàng', 'khẩu hiệu', 'thông điệp', 'sáng kiến', 'tác phẩm', 'phim', 'bộ phim', 'sách',
  'cuốn sách', 'bài hát', 'ca khúc', 'chuyên mục', 'chuyên đề', 'đề tài', 'tên', 'tên gọi', 'biệt danh', 'hashtag',
  'kênh', 'trang', 'fanpage', 'website', 'ứng dụng', 'app', 'hoạt động', 'chợ', 'tủ', 'cây', 'mái ấm', 'tổ',
  'chuỗi', 'lớp học', 'tuyến', 'tiêu chí', 'chủ đề', 'quy trình', 'phương châm', 'triển lãm', 'trưng bày', 'album', 'đĩa', 'đĩa đơn', 'mv', 'single', 'game', 'trò chơi', 'show',
  // a treatment or a supplement sold by its name (`liệu trình "tắm trắng 7 ngày"`, `thực phẩm bảo vệ sức khỏe "Giảm cân 7 ngày"`)
  'liệu trình', 'dịch vụ', 'sức khỏe', 'sức khoẻ', 'thuốc', 'mỹ phẩm', 'kem',
]);
/** Words before an opening quote that introduce speech, not a name. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(['nói', 'biết', 'khẳng', 'định', 'chia', 'sẻ', 'nhấn', 'mạnh', 'kể', 'hỏi', 'đáp', 'viết', 'rằng', 'là']);

const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', '“']);
const QUOTE = 0x22;
const OPEN_CURLY = 0x201c;
const CLOSE_CURLY = 0x201d;
const FULL_STOP = 0x2e;
/** A quoted name is short: its opening and closing quotes are at most this many tokens apart. */
const MAX_NAME_TOKENS = 12;

/**
 * Drops the scanner's figures that are not statistics, with the bare numbers
 * listed right before a dropped one (`12, 15 và 17 tuổi`), and moves a figure
 * past a `trên` that means "on". Returns the figures kept, in order.
 */
export function reviewFigures(tk: Tokens, found: Found[]): Found[] {
  if (found.length === 0) return found;
  const text = tk.text;
  const kept: Found[] = [];
  // most texts quote nothing: the quote tests below look back a dozen tokens per figure
  const quoted = text.includes('"') || text.includes('“');
  for (const f of found) {
    const d = f.draft;
    const earlier = kept.length > 0 ? kept[kept.length - 1] : undefined;
    const first = f.firstTok;
    if (isNotAFigure(tk, f, earlier, quoted)) {
      dropListedBefore(tk, kept, first);
      continue;
    }
    // `gấp 2,5 lần`, `tăng gần hai lần so với 2019`: a multiplier is a ratio (docs/figure-conventions.md)
    if (d.unit === 'lần' && d.kind === 'count' && isMultiplier(tk, f)) d.kind = 'ratio';
    if (isPrepositionTren(tk, first, earlier) && d.qualifier === 'over' && d.value !== undefined) {
      f.firstTok = first + 1;
      d.start = tk.start[first + 1]!;
      d.text = text.slice(d.start, d.end);
      d.qualifier = 'exact';
    }
    kept.push(f);
  }
  return kept;
}

/** Words before `N lần` that make it a multiplier (`gấp 3 lần`, `tăng 2 lần`, `cao hơn 1,5 lần`). */
const MULTIPLIER_BEFORE: ReadonlySet<string> = new Set(['gấp', 'tăng', 'giảm', 'hơn', 'nhiều', 'bằng', 'lớn', 'cao', 'thấp', 'lệch', 'chuẩn']);

/**
 * `N lần` is a multiplier after a word of comparison (`gấp`, `tăng`, `cao hơn`) or before `so với`;
 * otherwise it counts occasions (`thua 6 lần liên tiếp`, `7 lần giá tăng`).
 */
function isMultiplier(tk: Tokens, f: Found): boolean {
  const before = f.firstTok - 1;
  // `giảm 4 lần liên tiếp`: four times in a row, occasions
  if (tk.lower(f.lastTok + 1) === 'liên' && tk.lower(f.lastTok + 2) === 'tiếp') return false;
  // `chênh lệch gần 3 lần`, `vượt quy chuẩn 5,3 lần`: a difference, an excess over a standard
  if (tk.isWord(before) && MULTIPLIER_BEFORE.has(tk.lower(before))) return true;
  return tk.isWord(f.lastTok + 1) && tk.lower(f.lastTok + 1) === 'so' && tk.isWord(f.lastTok + 2) && tk.lower(f.lastTok + 2) === 'với';
}

/** `70, 60 và 55 tuổi`: bare numbers listed right before a dropped figure go with it. */
function dropListedBefore(tk: Tokens, kept: Found[], first: number): void {
  let next = first;
  for (;;) {
    const f = kept[kept.length - 1];
    if (!f || f.draft.unit !== '' || f.draft.value === undefined || f.lastTok + 2 !== next) return;
    const c = f.lastTok + 1;
    const w = tk.isWord(c) ? tk.lower(c) : '';
    if (!(tk.isPunct(c, ',') || tk.isDash(c) || w === 'và' || w === 'hoặc' || w === 'đến' || w === 'tới')) return;
    kept.pop();
    next = f.firstTok;
  }
}

/**
 * True when the figure `f` is not a statistic; `earlier` is the figure kept
 * just before it. (Drafts come in many shapes: their fields are read only
 * when a rule needs them.)
 */
function isNotAFigure(tk: Tokens, f: Found, earlier: Earlier | undefined, quoted: boolean): boolean {
  const d = f.draft;
  const first = f.firstTok;
  const kind = d.kind;
  const unit = d.unit;
  if (tk.isNum(first) && inCoordinate(tk, first)) return true;
  if (tk.isNum(first) && isLawYear(tk, first)) return true;
  // `động đất 4,2 độ richter`: a magnitude on a scale, named like a grade (`cấp 12`), and no temperature
  if (unit === 'độ' && tk.isWord(f.lastTok + 1) && tk.lower(f.lastTok + 1) === 'richter') return true;
  if (kind === 'duration' && isAveragingWindow(tk, first, f.lastTok)) return true;
  // `tối đa không quá 2 lần trong 5 năm`: the window of a limit on how many times, like `tối đa 4 lần trong 1 năm`
  if (kind === 'duration' && tk.lower(first - 1) === 'trong' && earlier && earlier.lastTok === first - 2 && earlier.draft.unit === 'lần' && earlier.draft.qualifier === 'at-most') return true;
  // `tăng gấp 3 lần trong 5 năm`, `tăng gấp 2,5 lần trong ba năm`: the span a multiple is reached over, a frame
  if (kind === 'duration' && tk.lower(first - 1) === 'trong' && earlier && earlier.lastTok === first - 2 && earlier.draft.unit === 'lần' && earlier.draft.kind === 'ratio') return true;
  // `bình quân 1 phòng học 32-35 em`: the one an average is given per
  if (d.value === 1 && tk.isNum(first) && averageWordAt(tk, first - 1)) return true;
  // `đê … chống triều cường tần suất 5%`, `lũ tần suất 1%`: a design standard by its return frequency
  if (kind === 'percent' && tk.lower(first - 1) === 'suất' && tk.lower(first - 2) === 'tần' && /^(cường|lũ|mưa|triều)$/.test(tk.lower(first - 3))) return true;
  // `giá trị bình quân tối thiểu 2 tỷ đồng trong 180 ngày`: the window the average right before it is taken over
  if (kind === 'duration' && tk.lower(first - 1) === 'trong' && earlier && earlier.lastTok === first - 2 && averagedBefore(tk, earlier.firstTok)) return true;
  // `nồng độ bụi PM2.5 trung bình 24 giờ lên 98 µg/m3`: the window an air-quality average is taken over
  if (unit === 'giờ' && tk.lower(first - 1) === 'bình' && tk.lower(first - 2) === 'trung' && airQualityBefore(tk, first - 3)) return true;
  // `lô đất 3-12, 3-13`: a code of two numbers joined by a dash, not a range (which needs a unit or a qualifier)
  if (unit === '' && first === f.lastTok && tk.isDash(first + 1) && tk.glued[first + 1] && tk.isNum(first + 2) && tk.glued[first + 2]) return true;
  // `khu dân cư số 3 thị trấn Đồi Ngô`: the place after a name's number is named, not counted
  if (tk.isNum(first) && tk.lower(first - 1) === 'số' && PLACE_UNITS.has(unit) && tk.isCapitalized(f.lastTok + 1)) return true;
  // `trả góp 0% qua thẻ trong 12 tháng`: an instalment offer's name and its term
  if (d.value === 0 && kind === 'percent' && tk.lower(first - 1) === 'góp') return true;
  if (kind === 'duration' && tk.lower(first - 1) === 'trong' && instalmentBefore(tk, first - 2)) return true;
  // `làm việc ba ca liên tục`: round the clock in shifts, like `3 ca, 4 kíp`
  if (unit === 'ca' && (tk.lower(first - 1) === 'việc' || /^(liên|liền)$/.test(tk.lower(f.lastTok + 1)))) return true;
  // `V.League 1 mùa này`: the number ends a name, `mùa này` is this season
  // (`V.League 1 mùa 2025-2026`: the season named by its years)
  if (unit === 'mùa' && tk.isNum(first) && (/^(này|trước|tới|sau|giải)$/.test(tk.lower(f.lastTok + 1)) || (tk.isNum(f.lastTok + 1) && /^(19|20)\d\d$/.test(tk.raw(f.lastTok + 1))))) return true;
  // `Khu công nghiệp Yên Phong 1 tổ chức diễn tập`, `Khu vực 2 tổ chức hội nghị`: a name's number, then the verb `tổ chức`
  if (unit === 'tổ chức' && tk.isNum(first) && (tk.isCapitalized(first - 1) || (tk.isCapitalized(first - 2) && !NP_STOP.has(tk.lower(first - 1)))) && !atSentenceStart(tk, first - 2)) return true;
  // `Đề án 1 triệu ha lúa chất lượng cao`, `Đề án trồng một tỷ cây xanh`: a programme named by its target
  if (kind !== 'money' && namesProgramme(tk, first, f.hasMag)) return true;
  if (isRateStepAfterMoi(tk, first, f.lastTok, kind, d.value)) return true;
  if (d.value !== undefined && isConditionalStep(tk, first, f.lastTok, d.value)) return true;
  // `450.000 đồng cho 0,5 kg đầu`, `29.000 đồng cho 2 km đầu`, `0,5 km đầu tiên`: the first tier of a price by
  // weight or distance (`lô hàng cứu trợ hơn 20 tấn đầu tiên`: the first shipment, of its weight)
  // (`5.600 đồng/m3 cho 10 m3 đầu tiên`: a water tariff's first tier)
  // (`25.000 đồng cho 2 kg đầu và 5.000 đồng/kg cho mỗi kg tiếp theo`: the next tier follows)
  if ((kind === 'mass' || kind === 'length' || kind === 'volume') && tk.lower(f.lastTok + 1) === 'đầu' && (!tk.isWord(f.lastTok + 2) || tk.lower(f.lastTok + 2) === 'và' || (kind !== 'mass' && d.qualifier === 'exact' && tk.raw(f.lastTok + 2) === 'tiên'))) return true;
  // `bậc 1 (0 - 50 kWh)`, `bậc 6 (từ 401 kWh trở lên)`: the bounds of a tariff's step, in brackets after it
  // (`bậc 1 (đến 4 m3/người/tháng)`: a bound word may open the brackets; `bậc 1 tại TP.HCM (…)`: a place may come
  // between), and a grade's size (`cá tra loại 1 (800 g - 1 kg/con)`)
  const bracket = openBracketBefore(tk, first);
  if (bracket > 0 && [1, 2, 3, 4, 5].some((b) => tk.isNum(bracket - b) && GRADE_WORDS.has(tk.lower(bracket - b - 1)))) return true;
  // … or a step named by its rank (`bậc cao nhất (từ 701 kWh trở lên)`)
  if (bracket > 0 && tk.lower(bracket - 1) === 'nhất' && [2, 3].some((b) => GRADE_WORDS.has(tk.lower(bracket - b - 1)))) return true;
  // `than nhập khẩu NAR 5.000 kcal`: coal graded by its calorific value on a named basis
  if (unit === 'kcal' && CALORIFIC_BASES.has(tk.raw(first - 1))) return true;
  // `lò chợ số 3 mức -150`: a mine's level by its depth, a name
  if (unit === '' && tk.isDash(first - 1) && tk.glued[first] && tk.lower(first - 2) === 'mức') return true;
  // `dung tích xi-lanh từ 1.500 cc trở xuống`, `trên 175 cc`: an engine-size band, always a class of vehicle
  if ((unit === 'cc' || unit === 'phân khối') && d.qualifier !== 'exact' && d.qualifier !== 'about') return true;
  // `chi phí cho 100 km chỉ khoảng 60.000 đồng`: the round amount a cost is given for, the base of a rate
  if (d.value !== undefined && d.value >= 100 && 10 ** Math.round(Math.log10(d.value)) === d.value && tk.lower(first - 1) === 'cho' && [2, 3].some((b) => tk.lower(first - b) === 'phí')) return true;
  // `Wave Alpha, Vision và Air Blade là ba mẫu bán chạy nhất`: a group named by its rank, not a count
  if ((kind === 'count' || kind === 'people') && tk.lower(first - 1) === 'là' && closesRank(tk, f.lastTok + 1)) return true;
  // `miễn sau 5 năm vay`, `mất giá gần 30% sau 5 năm sử dụng`, `đến muộn sau 15 phút tính giờ làm bài`: the point a fee,
  // a loss or a rule is measured at
  if (kind === 'duration' && tk.lower(first - 1) === 'sau' && (tk.lower(f.lastTok + 1) === 'vay' || (tk.lower(f.lastTok + 1) === 'sử' && tk.lower(f.lastTok + 2) === 'dụng') || (tk.lower(f.lastTok + 1) === 'tính' && tk.lower(f.lastTok + 2) === 'giờ'))) return true;
  // `học bạ ba năm THPT`: the years of a school level, named
  if (unit === 'năm' && SCHOOL_LEVELS.has(tk.raw(f.lastTok + 1))) return true;
  // `có hai điểm 10 môn Toán`: a count of grades (`điểm 10`), not two points
  if (unit === 'điểm' && tk.isNum(f.lastTok + 1) && !tk.glued[f.lastTok + 1] && /^(10|0)$/.test(tk.raw(f.lastTok + 1))) return true;
  // `IELTS từ 6.5 trở lên`: a band of a language test, a grade (`tối thiểu 850 điểm TOEIC`, a threshold, stays)
  if (unit === '' && LANGUAGE_TESTS.has(tk.raw(first - 1))) return true;
  // `1 kèm 1`, `1 thầy 1 trò`: a way of tutoring, one teacher to one pupil
  if (tk.isNum(first) && d.value === 1 && tutoringFormat(tk, first, f.lastTok)) return true;
  // `quỹ 2%`: the maintenance fund named by its rate, like `quỹ đất 20%` (`bằng 2% giá trị căn hộ` stays; `ký quỹ 100%`
  // is a deposit)
  if (kind === 'percent' && tk.lower(first - 1) === 'quỹ' && tk.lower(first - 2) !== 'ký') return true;
  // `nằm trong top 1% thí sinh`: a rank
  if (kind === 'percent' && tk.lower(first - 1) === 'top') return true;
  // `biên độ sai số ±2,8% ở độ tin cậy 95%`: a survey's margin of error and confidence level, its method
  if (kind === 'percent' && ((tk.isPunct(first - 1, '±') && tk.glued[first]) || (tk.lower(first - 1) === 'cậy' && tk.lower(first - 2) === 'tin'))) return true;
  // `Theo thống kê, 10 tỉnh, thành có điểm trung bình cao nhất …`, `trong khi 5 địa phương đông dân nhất …`: a group
  // named by its rank, opening a clause
  // … also after a word that makes the group a place or an owner (`Quỹ lương của 5 CLB giàu nhất`, `tại 20 công ty
  // chứng khoán lớn nhất`, `vào nhóm 10 nhà băng có quy mô lớn nhất`, `khi 5 đội cuối bảng chỉ cách nhau 3 điểm`),
  // not after a verb that counts them (`bắt 5 đối tượng nguy hiểm nhất`)
  // (`Bốn sàn lớn nhất gồm …`: the unit stops before `nhất`, a stop word, so the rank is found after it)
  // (`Trong quý I/2026, 3 doanh nghiệp buýt lớn nhất TP.HCM chiếm 72%`: after any comma, with the superlative close)
  if ((kind === 'count' || kind === 'people') && (opensClauseAfter(tk, first - 1) || RANKED_GROUP_BEFORE.has(tk.lower(first - 1)) || (tk.isPunct(first - 1, ',') && closesRank(tk, f.lastTok + 1, 3))) && (closesRank(tk, f.lastTok + 1) || / (cuối|đầu) bảng$/.test(unit))) return true;
  // (`trong đó 3 tỉnh nhận nhiều nhất`, `Trong số mười ứng dụng được tải nhiều nhất`: after `trong đó`, `trong số`, with
  // the superlative close; `trong đó 16 doanh nghiệp trả bằng tiền với tỷ lệ cao nhất là 40%` ranks the rate, and `trong
  // đó 2 ca mới nhất phát hiện sáng nay` counts the latest)
  if ((kind === 'count' || kind === 'people') && /^(đó|số)$/.test(tk.lower(first - 1)) && tk.lower(first - 2) === 'trong' && closesRank(tk, f.lastTok + 1, 4) && tk.lower(f.lastTok + 1) !== 'mới') return true;
  // `HCV 5.000 m và 10.000 m`, `chung kết 10 m súng ngắn hơi`, `400 m rào`, `200 m hỗn hợp`: a race or an event, by its distance
  if (kind === 'length' && isEventDistance(tk, first, f.lastTok)) return true;
  // `cầu thủ nhận đủ 3 thẻ vàng sẽ bị treo giò`, `đóng bảo hiểm đủ 36 tháng được hưởng …`: the condition that a rule
  // applies to, not a count or a length
  if ((kind === 'count' || kind === 'people' || kind === 'duration') && isRuleCondition(tk, first, f.lastTok)) return true;
  // `đã đóng BHXH dưới 15 năm được nghỉ ốm tối đa 30 ngày/năm`: an upper bound on a length right before what the rule
  // grants (`hơn 10 năm được công nhận` is a passive: how long it has been)
  if (kind === 'duration' && (d.qualifier === 'under' || d.qualifier === 'at-most') && CONDITION_AFTER.has(tk.lower(f.lastTok + 1))) return true;
  // `giai đoạn sau 1975 ngành cà phê …`: a year after a word of period and `sau`/`trước`, whatever noun follows
  if (tk.isNum(first) && /^(19[4-9]\d|20\d\d)$/.test(tk.raw(first)) && (tk.lower(first - 1) === 'sau' || tk.lower(first - 1) === 'trước') && PERIOD_NOUNS.has(`${tk.lower(first - 3)} ${tk.lower(first - 2)}`)) return true;
  // `tại khu 2 thị trấn Phú Mỹ`: the number names the quarter of a named town, it counts no towns
  if (PLACE_NUMBERED.has(tk.lower(first - 1)) && ADMIN_PLACES.has(unit) && tk.isCapitalized(f.lastTok + 1)) return true;
  // `tăng gần 25% sau hai năm.`: the span of a change just given, ending the clause
  // (`cách khu dân cư 7 km sau hơn 6 giờ,`: after a distance, how long it took)
  if (kind === 'duration' && tk.lower(first - 1) === 'sau' && !!earlier && earlier.lastTok === first - 2 && (earlier.draft.kind === 'percent' || earlier.draft.kind === 'ratio') && endsClauseAt(tk, f.lastTok + 1)) return true;
  // `giao chậm nhất sau 2 ngày làm việc`, `hoàn tiền chậm nhất 7 ngày làm việc`: a deadline
  if (kind === 'duration' && isDeadline(tk, first)) return true;
  // `chủ hồ phải thông báo trước ít nhất 4 giờ`, `nộp lưu chiểu trước khi phát hành ít nhất 10 ngày`: a notice period
  // set by rule, how long before (`phải đến sân bay trước ít nhất 2 tiếng` is advice, and stays)
  if (kind === 'duration' && d.qualifier === 'at-least' && ((tk.lower(first - 1) === 'trước' && tk.lower(first - 2) === 'báo') || [3, 4].some((b) => tk.lower(first - b) === 'khi' && tk.lower(first - b - 1) === 'trước'))) return true;
  // `phiên đấu giá thất bại do không đủ 2 người đăng ký`: short of a threshold, the condition that failed, not a count
  // (`có người không đủ 2,5 triệu tiền sản phẩm một tháng` says how little some earn)
  if ((kind === 'count' || kind === 'people') && !f.hasMag && tk.isNum(first) && tk.lower(first - 1) === 'đủ' && tk.lower(first - 2) === 'không') return true;
  // `rượu từ 20 độ trở lên`, `rượu có nồng độ cồn từ 15 độ trở lên`: a band of drinks by their strength, a class
  if (unit === 'độ' && d.qualifier !== 'exact' && d.qualifier !== 'about' && [1, 2, 3, 4, 5].some((b) => /^(rượu|cồn)$/.test(tk.lower(first - b)))) return true;
  // `176 ổ dịch chưa qua 21 ngày`: where an outbreak stands against the days that end it, a condition (`cả nước đã qua
  // 33 ngày không ghi nhận ca mắc mới`, `đã qua 3 ngày nhưng chưa tìm thấy` say how long it has been)
  if (kind === 'duration' && tk.lower(first - 1) === 'qua' && tk.lower(first - 2) === 'chưa') return true;
  // `hoàn trả trong 10 ngày làm việc`, `chuyển khoản trong vòng 5 ngày làm việc`: working days, a processing time
  // (`được xử lý trong không quá 4 ngày làm việc`, a bound on it, stays: sets 20 and 66)
  if (unit === 'ngày' && tk.isNum(first) && tk.lower(f.lastTok + 1) === 'làm' && tk.lower(f.lastTok + 2) === 'việc' && (tk.lower(first - 1) === 'trong' || (tk.lower(first - 1) === 'vòng' && tk.lower(first - 2) === 'trong'))) return true;
  // `nộp 50% số tiền trúng trong thời hạn 30 ngày`: a deadline too; how long a penalty lasts (`cấm đảm nhiệm chức vụ
  // trong thời hạn 3 năm`) and a loan's term (`cho vay trong thời hạn 12 tháng`) stay
  if (kind === 'duration' && tk.lower(first - 1) === 'hạn' && tk.lower(first - 2) === 'thời' && tk.lower(first - 3) === 'trong' && !penaltyBefore(tk, first - 3) && !inClauseBefore(tk, first - 3, (w) => w === 'vay')) return true;
  // `cơ sở có thời hạn 10 ngày để nộp phạt`: the time given to do something (a loan's term stays: `cho vay …, thời hạn
  // 15 năm để hộ nghèo làm nhà`)
  if (kind === 'duration' && tk.lower(first - 1) === 'hạn' && tk.lower(first - 2) === 'thời' && tk.lower(f.lastTok + 1) === 'để' && !loanBefore(tk, first - 2)) return true;
  // `GPLX quốc tế còn hạn ít nhất 6 tháng`: the validity a document must have left, a condition (`có thời hạn 2 năm`
  // stays: a contract's, a visa's or a sentence's length is labelled a figure in sets 10, 18, 91, 94, 145 and the first)
  if (kind === 'duration' && tk.lower(first - 1) === 'hạn' && tk.lower(first - 2) === 'còn') return true;
  // `trực 3 ca`, `thi công ba ca`, `làm việc theo 3 ca`: a shift system, like `chia thành ba ca`
  if (unit === 'ca' && (/^(trực|chia|theo|công)$/.test(tk.lower(first - 1)) || (tk.lower(first - 1) === 'thành' && tk.lower(first - 2) === 'chia'))) return true;
  // `được lái xe … tối đa 1 năm kể từ ngày nhập cảnh`: a bound counted from an event is a limit a rule sets (how long a
  // penalty lasts stays: `cấm … tối đa 3 năm kể từ …`)
  if (kind === 'duration' && (d.qualifier === 'at-most' || d.qualifier === 'at-least') && tk.lower(f.lastTok + 1) === 'kể' && tk.lower(f.lastTok + 2) === 'từ' && /^(ngày|khi|lúc|thời)$/.test(tk.lower(f.lastTok + 3)) && !penaltyBefore(tk, first)) return true;
  // `được phục hồi đủ 12 điểm nếu không bị trừ điểm trong 12 tháng`: the window of a condition after `nếu`
  if (kind === 'duration' && d.qualifier === 'exact' && tk.lower(first - 1) === 'trong' && inClauseBefore(tk, first - 1, (w) => w === 'nếu')) return true;
  // `cao điểm nhất là 612 lượt trong 1 giờ`: one unit of time right after a count, the base of its rate (`612 lượt/giờ`)
  if (kind === 'duration' && d.value === 1 && d.qualifier === 'exact' && tk.lower(first - 1) === 'trong' && earlier && earlier.lastTok === first - 2 && (earlier.draft.kind === 'count' || earlier.draft.kind === 'people')) return true;
  // `GPLX bị trừ hết 12 điểm`: the whole allotment of a licence's points, a condition (`phục hồi đủ 12 điểm` stays: set
  // 127 labels it, set 170 does not)
  if (unit === 'điểm' && tk.isNum(first) && tk.lower(first - 1) === 'hết' && tk.lower(first - 2) === 'trừ') return true;
  // `HĐND 3 cấp`, `qua 3 cấp xử lý`, `hộp số 5 cấp`: tiers or stages of a structure, not things counted (like `hai
  // cấp`); a move by levels stays (`leo lên hai cấp`, like `tăng 3 bậc`)
  if (kind === 'count' && firstWordIs(unit, 'cấp') && !/^(lên|tăng|giảm|xuống|hạ|thăng)$/.test(tk.lower(first - 1))) return true;
  // `thời gian thuê 45 năm`, `thời hạn hoạt động 50 năm`: a lease's or a licence's term, like `chu kỳ thuê 50 năm`
  if (kind === 'duration' && tk.isNum(first) && leaseTermBefore(tk, first)) return true;
  // `khai thác đến cốt -120 m`: an elevation mark, a level like `mức -150`
  if (kind === 'length' && (tk.lower(first - 1) === 'cốt' || (tk.isDash(first - 1) && tk.lower(first - 2) === 'cốt'))) return true;
  // `trợ cấp 0,35 lần mức lương cơ sở`: a coefficient of the base pay, like `hệ số lương 2,34`
  if (unit === 'lần' && tk.lower(f.lastTok + 1) === 'mức' && tk.lower(f.lastTok + 2) === 'lương') return true;
  // `động cơ 1.0 turbo 3 xi-lanh`, `động cơ eSP+ 4 van`: an engine's build (`32 van ngăn triều` counts gates)
  if (/^x[iy]( |-|$)/.test(unit) || (unit === 'van' && engineBefore(tk, first))) return true;
  // `tăng tốc từ 0 lên 100 km/h`, `0-100 km/h trong 3,8 giây`: an acceleration benchmark
  if (kind === 'speed' && (d.min === 0 || (tk.lower(first - 1) === 'lên' && tk.raw(first - 2) === '0'))) return true;
  // `Peugeot 3008 giảm 60 triệu đồng`: a foreign model's number at a sentence's start
  if (unit === '' && tk.isNum(first) && tk.isCapitalized(first - 1) && /^[A-Za-z]+$/.test(tk.raw(first - 1)) && atSentenceStart(tk, first - 2)) return true;
  // `mua xe trả góp được hỗ trợ lãi suất 0% trong 12 tháng đầu`: an instalment offer
  if (d.value === 0 && kind === 'percent' && instalmentBefore(tk, first - 1)) return true;
  // `160,2 yên đổi 1 USD`, `người dân đổi 1 tệ được …`, `1 lượng bằng khoảng 1,2057 ounce`: the base of a conversion
  // (`1 bằng tốt nghiệp tương đương …` counts a diploma)
  if (d.value === 1 && tk.isNum(first) && (tk.lower(first - 1) === 'đổi' || ((CONVERTED_KINDS.has(kind) || GOLD_WEIGHTS.has(unit)) && /^(bằng|tương)$/.test(tk.lower(f.lastTok + 1))))) return true;
  // `người tham gia BHYT 5 năm liên tục được miễn …`: a condition of years (`Đơn vị đã 3 năm liền được tặng` says what
  // was done)
  if (kind === 'duration' && /^(liên|liền)$/.test(tk.lower(f.lastTok + 1)) && tk.lower(first - 1) !== 'đã' && tk.lower(first - 2) !== 'đã') {
    const k = tk.lower(f.lastTok + 1) === 'liền' ? f.lastTok + 2 : f.lastTok + 3;
    if (tk.lower(k) === 'được') return true;
  }
  // `sinh hoạt định kỳ 1 lần/tháng`: how often, after `định kỳ` (`kiểm tra định kỳ 415 lượt cơ sở` counts)
  if (unit.startsWith('lần') && /^(kỳ|kì)$/.test(tk.lower(first - 1)) && tk.lower(first - 2) === 'định') return true;
  // `gọi ngay 114`: an emergency line
  if (tk.isNum(first) && /^11[345]$/.test(tk.raw(first)) && f.lastTok === first && (tk.lower(first - 1) === 'gọi' || (tk.lower(first - 1) === 'ngay' && tk.lower(first - 2) === 'gọi'))) return true;
  // `Trong 2 ngày 26 và 27/5`: the days named right after their number
  // (`kéo dài 3 ngày 2 đêm` is a length)
  if (kind === 'duration' && unit === 'ngày' && tk.isNum(f.lastTok + 1) && /^\d{1,2}$/.test(tk.raw(f.lastTok + 1)) && (tk.lower(f.lastTok + 2) === 'và' || tk.isPunct(f.lastTok + 2, ',') || tk.isPunct(f.lastTok + 2, '/') || tk.isDash(f.lastTok + 2))) return true;
  // `học mô hình 9+`, `hệ 9+`: a name with a glued plus (`Galaxy S20+`, `Snapdragon 865+`)
  if (unit === '' && tk.isPunct(f.lastTok + 1, '+') && tk.glued[f.lastTok + 1] === 1) return true;
  // `hệ số mái m=4`: a parameter's value in a formula
  if (tk.isNum(first) && tk.isPunct(first - 1, '=') && tk.glued[first]) return true;
  // `nước mắm 40 độ đạm`: a fish sauce's grade, like a spirit's strength (`nồng độ đạm 40 g/l`, measured, stays)
  if (unit === 'độ' && tk.lower(f.lastTok + 1) === 'đạm') return true;
  // `mã OTP gồm 6 chữ số`, `mỗi mã gồm 8 ký tự`: the length of a code
  if (unit === 'chữ số' || unit === 'ký tự' || unit === 'kí tự') return true;
  // `tăng trưởng hai con số`, `lạm phát ở mức một con số`: single-, double-, triple-digit, a size of a number
  if (unit === 'con số' && d.value !== undefined && d.value <= 3) return true;
  // `Robusta loại 2, 5% đen vỡ`: a coffee grade by its black and broken beans (like `gạo 5% tấm`)
  if (kind === 'percent' && tk.lower(f.lastTok + 1) === 'đen' && tk.lower(f.lastTok + 2) === 'vỡ') return true;
  // `tiêu đen xuất khẩu 500 g/l`: pepper graded by its density
  if (unit === 'g/l' && [1, 2, 3, 4].some((b) => tk.lower(first - b) === 'tiêu')) return true;
  // `tăng xấp xỉ 15% so với hai năm trước`: the base of a comparison
  if (kind === 'duration' && tk.lower(f.lastTok + 1) === 'trước' && tk.lower(first - 1) === 'với' && tk.lower(first - 2) === 'so') return true;
  // `thi đấu theo thể thức vòng tròn 2 lượt`: a tournament's format
  if (unit === 'lượt' && tk.lower(first - 1) === 'tròn' && tk.lower(first - 2) === 'vòng') return true;
  // `xe lưu thông 2 chiều`: two-way, a direction, not afternoons
  if (unit === 'chiều' && kind === 'count') return true;
  // `Từ ngày 20/1 đến 27/1 (tức 21 đến 28 tháng Chạp)`: lunar dates
  if (unit === 'tháng' && LUNAR_MONTHS.has(tk.lower(f.lastTok + 1))) return true;
  // `Tour châu Âu 5 nước 10 ngày`, `chuyến du lịch Singapore 4 ngày`, `giá hành trình 8 ngày`: a trip by its length
  if ((kind === 'duration' || unit === 'nước') && d.qualifier === 'exact' && isTripLength(tk, first, f.lastTok, unit)) return true;
  // `cả hai phiên bản MT và Sport`, `cả 2 bệnh viện`: "both", the things named, not a count
  if ((kind === 'count' || kind === 'people') && d.value === 2 && tk.lower(first - 1) === 'cả') return true;
  // `hạ độ tuổi từ 80 xuống 75`: bare ages after `tuổi`
  if (unit === '' && kind === 'count' && ageBefore(tk, first)) return true;
  // `Ban Chỉ đạo 389 quốc gia`: a steering committee named by its number
  if (tk.raw(first - 1) === 'đạo' && tk.raw(first - 2) === 'Chỉ' && tk.raw(first - 3) === 'Ban') return true;
  // `làm việc theo 3 ca`, `chia 3 ca`, `phải học 2 ca`: a shift system, not a count
  // (`chia thành ba ca`; `lên thành 300 ca` counts cases)
  if (unit === 'ca' && (SHIFT_SYSTEM_BEFORE.has(tk.lower(first - 1)) || (tk.lower(first - 1) === 'thành' && tk.lower(first - 2) === 'chia'))) return true;
  // `sau 5 năm nữa kim ngạch có thể đạt …`: a point in the future, not a length
  if (kind === 'duration' && tk.lower(first - 1) === 'sau' && tk.lower(f.lastTok + 1) === 'nữa') return true;
  // the base of a yield, opening its clause: `Với 1 tấn rơm rạ, người trồng có thể thu được 150-200 kg nấm`, `1 ha nhà
  // xưởng có thể cho hơn 1.200 tấn`, `tức 1 kg cần khoảng 100-120 tổ` (like `giá 1 kg thịt lợn`)
  if (d.value === 1 && (kind === 'mass' || kind === 'area' || kind === 'volume') && tk.isNum(first) && yieldBaseAt(tk, first, f.lastTok)) return true;
  // one carer for a number of people: `1 giáo viên trông 16,3 trẻ`, `1 bảo mẫu phải trông tới 25 cháu`, `bố trí 1 giáo
  // viên cho 3-5 trẻ`, the base of a ratio like `cứ 1 bác sĩ`
  if (kind === 'people' && d.value === 1 && d.qualifier === 'exact' && caresForCountAfter(tk, f.lastTok + 1)) return true;
  // the base of a rate after `cứ`: `cứ 1 bác sĩ có 1,5 điều dưỡng`, `cứ 100 trường THCS thì có 38 trường`, like `mỗi 100`
  // (… any number when `thì` closes the base: `cứ 5 giáo viên trẻ thì có 2 người`)
  if (tk.lower(first - 1) === 'cứ' && tk.isNum(first) && d.value !== undefined && (isRateBase(d.value, 10) || thenFollows(tk, f.lastTok))) return true;
  // `cứ tăng 1% thì được cộng thêm …`: the step of a rate
  if (kind === 'percent' && /^(tăng|giảm)$/.test(tk.lower(first - 1)) && tk.lower(first - 2) === 'cứ') return true;
  // `Chi phí trồng và chăm sóc 1 ha rừng … khoảng 45 triệu đồng`, `giá 1 kg thịt lợn`: one unit a price or a cost is
  // given for
  // (… or followed by its price: `đường cát trắng 1 ký giá 26 nghìn đồng`, `1 kg vỏ lon nhôm hiện bán được 28.000 đồng`)
  if (d.value === 1 && d.qualifier === 'exact' && MEASURED_BASES.has(kind) && tk.isNum(first) && (priceWordBefore(tk, first) || priceFollows(tk, f.lastTok))) return true;
  // `quy hoạch chi tiết tỷ lệ 1/500`: a map's scale
  if (kind === 'ratio' && d.value !== undefined && isMapScale(tk, first)) return true;
  // `đóng 3 tháng, 6 tháng, 12 tháng một lần`, `định kỳ 6 tháng một lần`: how often, not how long
  // (`bón 3-4 năm một lần`: a range of them too)
  if (kind === 'duration' && (d.value !== undefined || d.min !== undefined) && isCycle(tk, f.lastTok, unit)) return true;
  // `trả lãi 6 tháng/lần`, `khám định kỳ 1 năm/lần`: the same, with a slash
  if (kind === 'duration' && unit.endsWith('/lần')) return true;
  // `nhóm 20% giàu nhất`: a quintile, the name of a group
  if (kind === 'percent' && tk.lower(first - 1) === 'nhóm') return true;
  // `xe tải trọng tải trên 10 tấn`: a class of vehicle by its payload bound (`tàu có trọng tải 250.000 tấn` stays)
  // (`tổng trọng tải gần 1.200 tấn`: a total, a statistic)
  if (kind === 'mass' && d.qualifier !== 'exact' && d.qualifier !== 'about' && tk.lower(first - 1) === 'tải' && tk.lower(first - 2) === 'trọng' && tk.lower(first - 3) !== 'tổng') return true;
  // `giàn khoan tự nâng 90 m nước`: a rig rated by the water depth it works in
  if (unit === 'm' && tk.isWord(f.lastTok + 1) && tk.lower(f.lastTok + 1) === 'nước' && [1, 2, 3].some((b) => tk.lower(first - b) === 'khoan' || tk.lower(first - b) === 'nâng')) return true;
  // `kỳ thi đánh giá năng lực thang 1.200 điểm`: the scale a score is given on
  if (unit.startsWith('điểm') && tk.lower(first - 1) === 'thang') return true;
  // `thưởng tháng 13`: the thirteenth month's pay, a name
  if (unit === '' && d.value === 13 && tk.lower(first - 1) === 'tháng') return true;
  // `bằng 162% kế hoạch 6 tháng`: the period a plan is named by
  // (`sớm hơn kế hoạch 2 tháng`: ahead of the plan by that long, a figure)
  if (kind === 'duration' && tk.lower(first - 1) === 'hoạch' && tk.lower(first - 2) === 'kế' && tk.lower(first - 3) !== 'hơn') return true;
  // `giấy phép …, thời hạn 30 năm`: the term of a licence, like a lease's cycle (`khoản vay có thời hạn 12 tháng`,
  // what one loan has, stays)
  if (kind === 'duration' && tk.lower(first - 1) === 'hạn' && tk.lower(first - 2) === 'thời' && tk.isPunct(first - 3, ',') && !tk.isWord(f.lastTok + 1) && permitBefore(tk, first - 3)) return true;
  // `ảnh chụp quá 6 tháng`, `ảnh chụp không quá 6 tháng`: how old a photo may be, a condition
  if (kind === 'duration' && (tk.lower(first - 1) === 'chụp' || (tk.lower(first - 1) === 'quá' && (tk.lower(first - 2) === 'chụp' || tk.lower(first - 3) === 'chụp')))) return true;
  // `Billboard Vietnam Hot 100 tuần này`: a name's number before `tuần này` (this week), like `V.League 1 mùa này`
  if (kind === 'duration' && tk.isNum(first) && tk.lower(f.lastTok + 1) === 'này' && tk.isCapitalized(first - 1) && !atSentenceStart(tk, first - 2)) return true;
  // `lãi suất cố định 9,8%/năm trong 2 kỳ tính lãi đầu tiên`: the first periods of a term, like `3 năm đầu`
  if (COUNTED_PERIODS.has(unit) && firstOnes(tk, f.lastTok)) return true;
  // `ngày 11.11`, `đêm 12.12`: the shopping days named by a doubled date
  // (`khuyến mãi 11.11 và 12.12`: the second of a list of them too)
  if (isDoubledDay(tk, first) && (DOUBLED_DATE_BEFORE.has(tk.lower(first - 1)) || ((tk.lower(first - 1) === 'và' || tk.isPunct(first - 1, ',')) && isDoubledDay(tk, first - 2) && DOUBLED_DATE_BEFORE.has(tk.lower(first - 3))))) return true;
  // `đường dây nóng 156 hoặc 113`, `soạn TTTB gửi 1414`, `soạn tin TTTB gửi 1414`, `tổng đài taxi 1055`: a hotline or a short code
  if (unit === '' && (tk.lower(first - 1) === 'nóng' || (tk.lower(first - 1) === 'gửi' && [3, 4].some((b) => tk.lower(first - b) === 'soạn')) || (tk.lower(first - 2) === 'đài' && tk.lower(first - 3) === 'tổng')) && tk.isNum(first) && first === f.lastTok && /^\d{3,5}$/.test(tk.raw(first))) return true;
  // `thông báo trong vòng 72 giờ theo quy định`: a legal deadline
  // (`lưu mẫu … thay vì tối thiểu 24 giờ như quy định`: a legal minimum, the same)
  if (kind === 'duration' && (tk.lower(f.lastTok + 1) === 'theo' || tk.lower(f.lastTok + 1) === 'như') && tk.lower(f.lastTok + 2) === 'quy' && tk.lower(f.lastTok + 3) === 'định') return true;
  // `trong độ tuổi 5-17`: a group's ages, the range not read as one (small numbers with a glued dash)
  if (unit === '' && tk.lower(first - 1) === 'tuổi' && tk.isDash(f.lastTok + 1) && tk.isNum(f.lastTok + 2)) return true;
  // `học viên khóa học hàn 3 tháng`: a course by its length
  if (kind === 'duration' && afterCourse(tk, first)) return true;
  // `Bác sĩ trực 24 giờ`: a duty by its length, like `ca 12 tiếng`; `trực 36 giờ liên tục` says how long
  if ((unit === 'giờ' || unit === 'tiếng') && tk.lower(first - 1) === 'trực' && !/^(liên|liền|suốt)$/.test(tk.lower(f.lastTok + 1))) return true;
  // `Xe cứu thương 115 biển số …`: the emergency line names the ambulance
  // (`làm bị thương 115 người`, `cứu 113 người` count people)
  // (`xe chữa cháy 114`: the fire engine's line)
  if (tk.isNum(first) && /^11[345]$/.test(tk.raw(first)) && ((tk.lower(first - 1) === 'thương' && tk.lower(first - 2) === 'cứu') || (tk.lower(first - 1) === 'cứu' && tk.lower(first - 2) === 'cấp') || (tk.lower(first - 1) === 'cháy' && tk.lower(first - 2) === 'chữa'))) return true;
  // `mỗi lồng 6 x 6 m`: the dimensions of a thing, its size class
  // (`60% x 8.200.000 đồng`: a share of an amount, arithmetic)
  if (tk.isNum(first) && kind !== 'percent' && kind !== 'money' && isDimension(tk, first, f.lastTok)) return true;
  // (`giật mình từ 2 lần trở lên trong 30 phút`: the window of a bound on how often, whatever its length)
  const boundOnTimes = !!earlier && earlier.draft.unit === 'lần' && LIMITS.has(earlier.draft.qualifier);
  // `uống tối đa 4.000 mg trong 24 giờ`: a daily limit (`tối đa 15 kg/tháng trong 3 tháng` says for how long)
  if (unit === 'giờ' && d.value === 24 && earlier?.draft.qualifier === 'at-most' && !earlier.draft.unit.includes('/') && isPerWindow(tk, first, earlier)) return true;
  if (kind === 'duration' && (d.value === 1 || boundOnTimes) && isPerWindow(tk, first, earlier)) return true;
  // `cao gấp 2 lần trung bình 20 phiên`: the trading sessions an average is taken over
  if (unit === 'phiên' && averageWordAt(tk, first - 1)) return true;
  if (kind === 'duration' && isTimePoint(tk, first, f.lastTok, unit)) return true;
  // `Hội nghị sơ kết 3 năm thực hiện Nghị quyết 06`: the span a review meeting is named by
  if (kind === 'duration' && tk.lower(first - 1) === 'kết' && (tk.lower(first - 2) === 'sơ' || tk.lower(first - 2) === 'tổng')) return true;
  // `thi công 3 ca, 4 kíp`: round the clock in shifts, not a count
  if (isShiftPattern(tk, first, f.lastTok, unit)) return true;
  if (d.value === 2 && isBothPhrase(tk, first)) return true;
  // `hai địa phương này chiếm gần 18%`, `chênh lệch giữa hai khu vực`: the two just named, pointed back to
  // (`giữa 2 lần hiến máu phải cách nhau 12 tuần`: between any two, whatever the form)
  if (d.value === 2 && (tk.lower(first - 1) === 'giữa' || (tk.lower(first) === 'hai' && pointsBack(tk, f.lastTok + 1)))) return true;
  // `túc trực 24/24 giờ`, `phục vụ 24/24`: round the clock, not a proportion (`24/24 xã, phường` counts)
  if (kind === 'ratio' && d.numerator === 24 && d.denominator === 24 && (unit === '' || unit === 'giờ' || unit === 'h')) return true;
  // `Hội nghị Trung ương 13 khóa XIII`: the thirteenth plenum of the thirteenth term, a name
  if (unit === 'khóa' && tk.isWord(f.lastTok + 1) && /^[IVXLC]+$/.test(tk.raw(f.lastTok + 1))) return true;
  // `trúng Jackpot 1`: the first of the jackpot's two tiers, a name
  if ((d.value === 1 || d.value === 2) && tk.isNum(first) && tk.lower(first - 1) === 'jackpot') return true;
  // `dạy 2 buổi/ngày`: the full-day timetable, a kind of schooling
  if (unit === 'buổi/ngày' && (tk.lower(first - 1) === 'học' || tk.lower(first - 1) === 'dạy')) return true;
  // `được tiêm đủ 2 mũi`: the status that defines a group (fully vaccinated), not a count; how many
  // doses are needed stays (`mỗi trẻ cần tiêm đủ 4 mũi`)
  // (`cần được tiêm đủ 2 mũi`: a number to reach too)
  const needed = NEEDS.has(tk.lower(first - 3)) || NEEDS.has(tk.lower(first - 2)) || (tk.lower(first - 3) === 'được' && NEEDS.has(tk.lower(first - 4)));
  if ((unit === 'mũi' || unit.startsWith('mũi ')) && tk.lower(first - 1) === 'đủ' && !needed) return true;
  // `tỷ lệ tiêm 2 mũi sởi đạt 93,5%`: the status a coverage rate is named by
  if (firstWordIs(unit, 'mũi') && tk.lower(first - 1) === 'tiêm' && tk.lower(first - 2) === 'lệ') return true;
  // `được tiêm ít nhất 1 mũi`: the same status, partly vaccinated
  if ((unit === 'mũi' || unit.startsWith('mũi ')) && d.qualifier === 'at-least' && d.value === 1 && tk.lower(first - 1) === 'tiêm' && !NEEDS.has(tk.lower(first - 2))) return true;
  // `kết quả xét nghiệm âm tính trong vòng 72 giờ`: how recent a test must be, the condition of a group
  if (kind === 'duration' && isNegativeTestWindow(tk, first)) return true;
  // `theo mô hình tháp 3 tầng`: the three tiers of a model of care, its name
  if (unit === 'tầng' && tk.lower(first - 1) === 'tháp' && tk.lower(first - 2) === 'hình' && tk.lower(first - 3) === 'mô') return true;
  // `Năm 2026 đánh dấu 50 năm thiết lập quan hệ ngoại giao`, `… và 37 năm Ngày hội Quốc phòng toàn dân`: anniversaries
  if (unit === 'năm' && isAnniversary(tk, first, f.lastTok)) return true;
  // `chi bộ “4 tốt”`, `"3 tại chỗ"`, `"1 cung đường, 2 điểm đến"`: a slogan, quoted
  // (`đợt cao điểm “450 ngày đêm”`: a campaign named by its days)
  if (quoted && (kind === 'count' || kind === 'people' || kind === 'duration') && inQuotedSlogan(tk, first, f.lastTok)) return true;
  // `“Tổ tự quản 3 không”`, `Cuộc vận động 5 không, 3 sạch`: a slogan of numbered virtues
  if (kind === 'count' && isNumberedVirtue(tk, first, f.lastTok, quoted)) return true;
  // `chạy 400 m rào`, `100 m bơi ngửa`: a distance followed by its event names the race
  if (kind === 'length' && tk.isWord(f.lastTok + 1) && RACE_EVENTS.has(tk.lower(f.lastTok + 1))) return true;
  // `số đo ba vòng`: the three body measurements, a term
  if (unit === 'vòng' && tk.isWord(first - 1) && tk.lower(first - 1) === 'đo') return true;
  if (kind === 'duration') {
    if (AGE_UNITS.has(unit)) return !isStatisticalAge(tk, first);
    // `thai từ 7 tuần tuổi`, `gà 6 tuần tuổi`: an age in weeks, read without its `tuổi`
    // (and in days or hours: `sau 24 giờ tuổi`)
    if ((unit === 'tuần' || unit === 'giờ' || unit === 'ngày') && tk.lower(f.lastTok + 1) === 'tuổi') return !isStatisticalAge(tk, first);
    // (`kỳ hạn 10 năm, 15 năm`: every term of a list after it)
    if (isProductTerm(tk, listStart(tk, first))) return true;
    if (PERIOD_UNITS.has(unit) && isReportingPeriod(tk, first, f.lastTok, unit, d.value, startsWithNumber(tk, d, first), earlier)) return true;
    if (FRAME_UNITS.has(unit) && isFramingPeriod(tk, first, f.lastTok, unit, d.value)) return true;
    // `Sau 90 phút thi đấu, Hà Nội FC tung ra 18 cú dứt điểm`: minutes frame a clause too (only as its opener:
    // `mất 17 phút tới hiện trường` is how long it took)
    if (unit === 'phút' && opensClause(tk, first, f.lastTok)) return true;
    // (`Sau 2 đợt thanh tra chuyên đề, 96% …`: the round's noun may be read with its complement)
  } else if (kind === 'count' && (ROUND_UNITS.has(unit) || ROUND_UNITS.has(unit.split(' ')[0]!))) {
    if (opensClause(tk, first, f.lastTok)) return true;
  }
  // `sang hiệp 2 đội khách ghi thêm …`: the number names the half; the noun after it is the subject
  if ((kind === 'count' || kind === 'people') && tk.isNum(first) && MATCH_PARTS.has(tk.lower(first - 1))) return true; else if (unit === '' && d.value !== undefined) {
    if (startsWithNumber(tk, d, first) && endsName(tk, first)) return true;
    if (first === f.lastTok && tk.isNum(first) && (isLotteryNumber(tk, first) || bareNumberInName(tk, first) || codeNamedBefore(tk, first))) return true;
    // `gọi 113`, `cuộc gọi đến 115`, `số 113, 114 và 115`, `đường dây nóng 0692.196.565 hoặc 113`: an emergency line
    if (first === f.lastTok && tk.isNum(first) && EMERGENCY_LINES.has(tk.raw(first))) return true;
  }
  // `độ tuổi chủ yếu 25-40`, `hạ độ tuổi … từ 80 xuống 75`: bare numbers in a clause about an age group are ages
  // (and about an age raised or lowered: `hạ tuổi kết hôn của nam từ 20 xuống 18`, `nâng tuổi nghỉ hưu lên 62`)
  if (unit === '' && tk.isNum(first) && inClauseBefore(tk, first, (w, j) => w === 'tuổi' && /^(độ|lứa|nhóm|hạ|nâng)$/.test(tk.lower(j - 1)))) return true;
  // (`viện trợ Cuba 10.000 tấn gạo`, `Singapore 2,1 triệu tấn`: a strength or size is never written in grouped thousands
  // or with `triệu`; a shipment is)
  if (d.value !== undefined && STRENGTH_KINDS.has(kind) && tk.isNum(first) && !/^\d{1,3}(?:\.\d{3})+$/.test(tk.raw(first)) && magnitudeOf(tk.lower(first + 1)) === undefined && afterForeignBrand(tk, first)) return true;
  // `MacBook Air M4 13 inch`, `Galaxy S24 256 GB`: a screen or a storage after a model's code (capitals and glued digits)
  if ((unit === 'inch' || kind === 'data') && tk.isNum(first) && !tk.glued[first] && tk.isNum(first - 1) && tk.glued[first - 1] && /^[A-Z]{1,3}$/.test(tk.raw(first - 2))) return true;
  // `Dell XPS 13 16 GB`: a specification after a model's own number
  if (kind === 'data' && tk.isNum(first) && tk.isNum(first - 1) && !tk.glued[first] && afterForeignBrand(tk, first - 1)) return true;
  // `vé 0 đồng`, `Chợ Tết 0 đồng`, `xe cứu thương 0 đồng`, `bán giá 0 đồng`: "free", a free offer or its name, not an
  // amount (every labelled set agrees); a fall to nothing stays (`giảm về 0 đồng`, `xuống còn 0 đồng`)
  if (kind === 'money' && d.value === 0 && !/^(về|xuống|còn)$/.test(tk.lower(first - 1))) return true;
  if (isProductClass(tk, f)) return true;
  if (d.value === 0 && unit === '') return true; // `phát thải ròng bằng 0`: a goal, nothing counted
  // (`nhóm ba đối tượng tuổi từ 19 đến 22 chuyên lừa …`: a verb read as the noun of the ages)
  if (d.value === undefined && d.min !== undefined && isAgeRangeOfGroup(tk, first) && (unit === '' || !isKnownNoun(unit))) return true;
  // `Nhóm tuổi từ 65 trở lên`, `tuổi đời dưới 35`: the same with one bound
  if (unit === '' && d.qualifier !== 'exact' && d.qualifier !== 'about' && (isAgeRangeOfGroup(tk, first) || (tk.lower(first - 1) === 'đời' && tk.lower(first - 2) === 'tuổi'))) return true;
  // `trẻ 6-12 tháng uống 500 - 700 ml sữa`: the age of the children meant
  if (kind === 'duration' && (unit === 'tháng' || unit === 'tuần' || unit === 'năm') && tk.isNum(first) && CHILDREN.has(tk.lower(first - 1))) return true;
  if (isRank(tk, first, f.lastTok)) return true;
  // `xếp hạng 15 trên 100 nền ẩm thực`, `đứng thứ 5 trên 120 nước`, `xếp thứ 5 trong 34 tỉnh, thành phố`: the field of a
  // place in a ranking
  if (tk.lower(first) === 'trên' && tk.isNum(first - 1) && (tk.lower(first - 2) === 'hạng' || tk.lower(first - 2) === 'thứ')) return true;
  // (`đứng thứ 3 trong 10 đội tham dự` says how many took part, and stays)
  if (tk.lower(first - 1) === 'trong' && tk.isNum(first - 2) && (tk.lower(first - 3) === 'hạng' || tk.lower(first - 3) === 'thứ') && !/^(tham|dự)$/.test(tk.lower(f.lastTok + 1))) return true;
  // `hệ số lương 2,34`, `phụ cấp chức vụ 0,5`: a coefficient of the pay scale, a grade (the pay it gives is the figure)
  if (unit === '' && tk.isNum(first) && first === f.lastTok && payCoefficient(tk, first)) return true;
  // `Hệ thống tiếp nhận phản ánh 1022`: a hotline named by its number
  if (unit === '' && tk.isNum(first) && first === f.lastTok && /^\d{3,5}$/.test(tk.raw(first)) && tk.lower(first - 1) === 'ánh' && tk.lower(first - 2) === 'phản') return true;
  // `Một gia đình 4 người chi …`: a household of four, the kind of family meant (`mỗi hộ gia đình 4 người`);
  // a family whose members are then counted is a real one (`Một gia đình 7 người, trong đó có 5 người nhiễm bệnh`)
  if (unit === 'người' && tk.isNum(first) && tk.lower(first - 1) === 'đình' && tk.lower(first - 2) === 'gia') {
    const det = tk.lower(first - 3) === 'hộ' ? tk.lower(first - 4) : tk.lower(first - 3);
    const k = tk.isPunct(f.lastTok + 1, ',') ? f.lastTok + 2 : f.lastTok + 1;
    const brokenDown = tk.lower(k) === 'trong' && tk.lower(k + 1) === 'đó';
    if ((det === 'một' || det === 'mỗi') && !brokenDown) return true;
  }
  // `Nokia 3210 bản 4G`: a model number and its edition, not copies (`iPhone 17 bản tiêu chuẩn`: the edition named)
  // (`Lexus LX 600 bản VIP`: a model's letters in capitals before its number)
  if (firstWordIs(unit, 'bản') && tk.isNum(first) && tk.lower(first + 1) === 'bản' && (afterForeignBrand(tk, first) || (/^[A-Z]{2,4}$/.test(tk.raw(first - 1)) && tk.isCapitalized(first - 2)))) return true;
  if (afterTitleNoun(tk, first)) return true;
  if (isSuperlativeWindow(tk, first, kind)) return true;
  if (unit === 'môn' && tk.isNum(first) && tk.lower(first - 1) === 'điểm' && (tk.isCapitalized(f.lastTok + 1) || tk.lower(f.lastTok + 1) === 'tiếng')) return true;
  // `9 quả ném ba điểm`: the basketball shot, named by its value
  if (unit === 'điểm' && tk.lower(first - 1) === 'ném') return true;
  return quoted && insideQuotedName(tk, first, f.lastTok);
}

/**
 * A duration that says when, not how long: `so với 10 năm trước` (ten years
 * ago), `tỷ lệ sống sau 1 năm` (the point a rate is measured at), `sinh non
 * 28 tuần` (a baby's gestational age), `Kế hoạch 5 năm 2026 - 2030` (a plan
 * named by its span and years).
 */
function isTimePoint(tk: Tokens, first: number, last: number, unit: string): boolean {
  const a1 = tk.isWord(last + 1) ? tk.lower(last + 1) : '';
  // `10 năm trước`, `10 năm trước đây`, at the end of the clause (`3 ngày trước khi …` is a window)
  // (`giảm 57% so với 5 năm trước đó`: the period before, the base of a comparison)
  // (`phát hiện khối u từ 5 năm trước nhưng …`: since then, a point in time)
  if (a1 === 'trước' && (!tk.isWord(last + 2) || tk.lower(last + 2) === 'đây' || tk.lower(last + 2) === 'đó' || tk.lower(first - 1) === 'từ')) return true;
  // `cách đây 2 năm`: two years ago
  if (tk.lower(first - 1) === 'đây' && tk.lower(first - 2) === 'cách') return true;
  // `50 năm sau, TP.HCM có …`: so many years later
  // (`chỉ 4 phút sau, đội PCCC đã có mặt`: how fast, a figure)
  if (a1 === 'sau' && tk.isPunct(last + 2, ',') && tk.lower(first - 1) !== 'chỉ') return true;
  const before = tk.isWord(first - 1) ? tk.lower(first - 1) : '';
  if (before === 'sau') {
    // (`Tỷ lệ giữ chân người dùng sau 30 ngày`, `Tỷ lệ startup còn hoạt động sau 3 năm`: the rate's name may be long)
    for (let k = first - 2; k >= 0 && k >= first - 8 && tk.isWord(k); k--) if (tk.lower(k) === 'lệ' && (tk.lower(k - 1) === 'tỷ' || tk.lower(k - 1) === 'tỉ')) return true;
  }
  if ((unit === 'tuần' || unit === 'tuần tuổi') && (before === 'non' || before === 'thai')) return true;
  if (unit === 'năm' && tk.isNum(last + 1) && /^(19|20)\d\d$/.test(tk.raw(last + 1))) return true;
  // `Trong 5 năm (2021 - 2025), …`: a term named by its years in brackets
  if (unit === 'năm' && tk.isPunct(last + 1, '(') && tk.isNum(last + 2) && /^(19|20)\d\d$/.test(tk.raw(last + 2)) && tk.isDash(last + 3)) return true;
  return false;
}

/** `3 ca, 4 kíp`, `3 ca 4 kíp`: work in shifts round the clock (both numbers). */
function isShiftPattern(tk: Tokens, first: number, last: number, unit: string): boolean {
  if (unit === 'ca') {
    const k = tk.isPunct(last + 1, ',') ? last + 2 : last + 1;
    return tk.isNum(k) && tk.isWord(k + 1) && tk.lower(k + 1) === 'kíp';
  }
  if (unit === 'kíp') {
    const k = tk.isPunct(first - 1, ',') ? first - 2 : first - 1;
    return tk.isWord(k) && tk.lower(k) === 'ca' && tk.isNum(k - 1);
  }
  return false;
}

/**
 * A bare number (one token, no unit) that belongs to a name: the last word of
 * a quoted title (`"Lật mặt 7"`), a brand listed with another (`Bia Saigon và
 * 333`), after a foreign name (`V.League 1`, `Formula 1`) or after `dự án`
 * (`Ban Quản lý dự án 85`; a count is written `85 dự án`).
 */
function bareNumberInName(tk: Tokens, k: number): boolean {
  if (closesQuotedTitle(tk, k) || afterForeignBrand(tk, k)) return true;
  // `Tổng công ty Xây dựng công trình giao thông 4 (Cienco 4)`: the short name in brackets repeats the number
  if (tk.isPunct(k + 1, '(') && tk.isWord(k + 2) && tk.isNum(k + 3) && tk.raw(k + 3) === tk.raw(k) && tk.isPunct(k + 4, ')')) return true;
  const before = tk.lower(k - 1);
  if ((before === 'và' || before === 'hoặc') && tk.isWord(k - 2) && tk.isCapitalized(k - 2)) return true;
  return before === 'án' && tk.lower(k - 2) === 'dự';
}

/** Words of need before `(tiêm) đủ N mũi`: then the doses are a number to reach, not a status. */
const NEEDS: ReadonlySet<string> = new Set(['cần', 'phải', 'nên']);

/** Words that make a distance before them the name of a race (`400 m rào`, `100 m bơi ngửa`, `200 m tự do`). */
const RACE_EVENTS: ReadonlySet<string> = new Set(['rào', 'vượt', 'bơi', 'ngửa', 'ếch', 'bướm', 'tự', 'hỗn', 'tiếp', 'chướng']);

/**
 * The window a formula averages over: `tiền lương 6 tháng liền kề`, `trung
 * bình 4 tuần trước đó`, `bình quân 3 năm gần nhất`. Not a quantity.
 */
function isAveragingWindow(tk: Tokens, first: number, last: number): boolean {
  const a1 = tk.isWord(last + 1) ? tk.lower(last + 1) : '';
  const a2 = tk.isWord(last + 2) ? tk.lower(last + 2) : '';
  if (a1 === 'liền' && (a2 === 'kề' || a2 === 'trước')) return true;
  const averaged = averageWordAt(tk, first - 1);
  return averaged && ((a1 === 'trước' && a2 === 'đó') || (a1 === 'gần' && a2 === 'nhất'));
}

/** `bình quân` or `trung bình` ending at token `k`. */
function averageWordAt(tk: Tokens, k: number): boolean {
  const w = tk.lower(k);
  return (w === 'quân' && tk.lower(k - 1) === 'bình') || (w === 'bình' && tk.lower(k - 1) === 'trung');
}

/** `bình quân` or `trung bình` ending within three words before token `k` (`bình quân tối thiểu 2 tỷ đồng`). */
function averagedBefore(tk: Tokens, k: number): boolean {
  for (let j = k - 1; j >= k - 3 && tk.isWord(j); j--) if (averageWordAt(tk, j)) return true;
  return false;
}

/** Words for babies and children right before their age in months (`trẻ 6-12 tháng`, `bé 3 tháng`). */
const CHILDREN: ReadonlySet<string> = new Set(['trẻ', 'bé', 'nhi', 'sinh']);

/** Nouns of an event that a window after it is counted from (`trong 48 giờ sau trận động đất`). */
const EVENT_NOUNS: ReadonlySet<string> = new Set(['trận', 'vụ', 'cơn', 'đợt', 'sự']);

/** Places whose name follows them (`thị trấn Đồi Ngô`). */
const PLACE_UNITS: ReadonlySet<string> = new Set(['thị trấn', 'xã', 'phường', 'huyện', 'quận', 'tỉnh', 'thành phố', 'thôn', 'ấp', 'chợ', 'tòa', 'toà', 'khu', 'dãy', 'block']);

/** `trả góp` or `trả chậm` within a few words before `k` (`trả góp 0% qua thẻ trong 12 tháng`). */
function instalmentBefore(tk: Tokens, k: number): boolean {
  // (`người dân được trả chậm trong 10 năm`: a deferred payment's term; `trả dần trong 5 năm` is labelled a figure in
  // sets 5 and 41)
  for (let j = k; j >= 1 && j >= k - 5; j--) if ((tk.lower(j) === 'góp' || tk.lower(j) === 'chậm') && tk.lower(j - 1) === 'trả') return true;
  return false;
}

/** Words before a doubled date (`ngày 11.11`, `đêm 12.12`). */
const DOUBLED_DATE_BEFORE: ReadonlySet<string> = new Set(['ngày', 'đêm', 'dịp', 'sale', 'lễ', 'mãi']);

/** Words of air quality within a few tokens before an average (`nồng độ bụi PM2.5 trung bình 24 giờ`). */
function airQualityBefore(tk: Tokens, k: number): boolean {
  for (let j = k; j >= 0 && j >= k - 5; j--) {
    const w = tk.lower(j);
    if (w === 'bụi' || w === 'nồng' || w === 'aqi' || w.startsWith('pm')) return true;
  }
  return false;
}

/** Verbs of a programme's goal, right before its target (`trồng một tỷ cây`, `xây dựng ít nhất 1 triệu căn hộ`). */
const GOAL_VERBS: ReadonlySet<string> = new Set(['trồng', 'dựng', 'tạo', 'triển', 'xây', 'trợ']);

/**
 * `Đề án 1 triệu ha lúa …` (the target right after `đề án`), or `Đề án trồng một tỷ cây xanh`, `Đề án đầu tư xây
 * dựng ít nhất 1 triệu căn hộ`, `Chương trình đào tạo 1 triệu kỹ sư`: a round target in millions or billions
 * after a verb of its goal, within five words after `đề án` or `chương trình`.
 */
function namesProgramme(tk: Tokens, first: number, hasMag: boolean): boolean {
  if (tk.lower(first - 1) === 'án' && tk.lower(first - 2) === 'đề') return true;
  if (!hasMag || !GOAL_VERBS.has(tk.lower(first - 1))) return false;
  for (let k = first - 1, words = 0; k >= 1 && words < 6; k--, words++) {
    // (`chương trình đã hỗ trợ 1,26 triệu lượt học sinh`: a title has no tense, this says what was done)
    if (!tk.isWord(k) || ASPECT_MARKERS.has(tk.lower(k))) return false;
    if ((tk.lower(k) === 'án' && tk.lower(k - 1) === 'đề') || (tk.lower(k) === 'trình' && tk.lower(k - 1) === 'chương')) return true;
  }
  return false;
}

/** Words of tense and aspect: a clause's verb follows them, so what comes after is what was done, not a name. */
const ASPECT_MARKERS: ReadonlySet<string> = new Set(['đã', 'đang', 'vừa', 'sẽ', 'từng']);

/** Within three words after `khóa học`, `lớp học` or `khóa đào tạo` (`khóa học tiếng Nhật 6 tháng`). */
function afterCourse(tk: Tokens, first: number): boolean {
  // (up to six words back: `Khóa đào tạo thiết kế vi mạch 6 tháng`, `Chương trình tăng tốc khởi nghiệp 3 tháng`)
  for (let k = first - 1, words = 0; k >= 0 && words < 6; k--, words++) {
    if (!tk.isWord(k)) return false;
    const w = tk.lower(k);
    const prev = tk.lower(k - 1);
    if (DURATION_VERBS.has(w) && w !== 'tập') return false;
    // `khóa thạc sĩ 1 năm`: a degree course by its length
    if (COURSE_DEGREES.has(`${prev} ${w}`) && (tk.lower(k - 2) === 'khóa' || tk.lower(k - 2) === 'khoá')) return true;
    const course = prev === 'khóa' || prev === 'khoá' || prev === 'lớp';
    // `khóa huấn luyện 3 tháng`, `khóa tập huấn 5 ngày`
    if ((w === 'luyện' && prev === 'huấn') || (w === 'huấn' && prev === 'tập')) return tk.lower(k - 2) === 'khóa' || tk.lower(k - 2) === 'khoá';
    // `chương trình tăng tốc 6 tháng`: a programme by its length (`chương trình kéo dài 6 tháng` says how long)
    if (w === 'trình' && prev === 'chương') return k < first - 1;
    // `khóa tổng ôn cấp tốc 4 tuần`, `khóa luyện thi IELTS online 8 tuần`: a course and what it teaches
    // (`Quốc hội khóa XV ước khoảng 260 ngày`: a term's numeral, not a course)
    if ((w === 'khóa' || w === 'khoá') && k < first - 1 && !/^[IVX]+$/.test(tk.raw(k + 1))) return true;
    // `Lớp luyện đề cấp tốc 2 tuần`: a crash class
    if (w === 'tốc' && prev === 'cấp' && [2, 3, 4].some((b) => tk.lower(k - b) === 'lớp' || tk.lower(k - b) === 'khóa')) return true;
    // (`cho 3 lớp học nghỉ 10 ngày`: the classes are counted, their closure lasts)
    if ((w === 'học' && course && !tk.isNum(k - 2)) || (w === 'tạo' && prev === 'đào' && (tk.lower(k - 2) === 'khóa' || tk.lower(k - 2) === 'khoá'))) return true;
  }
  return false;
}

/** `hệ số (lương|phụ cấp …) N`, `chức vụ N` right before token `k`: a coefficient of the pay scale. */
function payCoefficient(tk: Tokens, k: number): boolean {
  if (tk.lower(k - 1) === 'vụ' && tk.lower(k - 2) === 'chức') return true;
  for (let j = k - 1; j >= k - 3 && tk.isWord(j); j--) if (tk.lower(j) === 'số' && tk.lower(j - 1) === 'hệ') return true;
  return false;
}

/** Degrees a course leads to (`khóa thạc sĩ 1 năm`), and a crash course (`khóa cấp tốc 4 tuần`). */
const COURSE_DEGREES: ReadonlySet<string> = new Set(['thạc sĩ', 'tiến sĩ', 'cử nhân', 'kỹ sư', 'chuyên khoa', 'cấp tốc']);

/** School levels whose years are named by their number (`ba năm THPT`). */
const SCHOOL_LEVELS: ReadonlySet<string> = new Set(['THPT', 'THCS', 'PTTH', 'PTCS']);

/** `1 kèm 1`, `1 thầy 1 trò` (or `1 cô 1 trò`) with token `first`–`last` one of its numbers and what it counts. */
function tutoringFormat(tk: Tokens, first: number, last: number): boolean {
  const one = (k: number) => tk.isNum(k) && tk.raw(k) === '1';
  if ((tk.lower(last + 1) === 'kèm' && one(last + 2)) || (tk.lower(first - 1) === 'kèm' && one(first - 2))) return true;
  const teacher = (w: string) => w === 'thầy' || w === 'cô';
  if (teacher(tk.lower(first + 1)) && one(last + 1) && tk.lower(last + 2) === 'trò') return true;
  return tk.lower(first + 1) === 'trò' && teacher(tk.lower(first - 1)) && one(first - 2);
}

/** `thì` within six words after token `last`, before any number: the clause `cứ N … thì …` names a rate's base. */
function thenFollows(tk: Tokens, last: number): boolean {
  for (let k = last + 1; k <= last + 6 && k < tk.n && tk.isWord(k); k++) if (tk.lower(k) === 'thì') return true;
  return false;
}

/** Language tests whose bands are grades (`IELTS từ 6.5 trở lên`). */
const LANGUAGE_TESTS: ReadonlySet<string> = new Set(['IELTS', 'TOEFL', 'TOEIC', 'VSTEP', 'HSK', 'JLPT', 'TOPIK']);

/** `6 x 6 m`, `3 × 4 m`: a number multiplied by another before a length is a dimension (the first or the last). */
function isDimension(tk: Tokens, first: number, last: number): boolean {
  // (`hộp 2 vỉ x 7 viên`, `10 lọ x 5 ml`: a pack by its parts and their size, a unit word after the first number)
  if (isTimesSign(tk, first - 1) && (tk.isNum(first - 2) || (tk.isWord(first - 2) && !isTimesSign(tk, first - 2) && tk.isNum(first - 3)))) return true;
  return (isTimesSign(tk, last + 1) && tk.isNum(last + 2)) || (last === first + 1 && isTimesSign(tk, last) && tk.isNum(last + 1));
}

/**
 * `x` or `×` between two numbers of a dimension, spaced on both sides or on neither (`6 x 6 m`, `6x6 m`; in `7 xe X5`
 * the `X` is a model's letter, glued to its number only).
 */
function isTimesSign(tk: Tokens, k: number): boolean {
  const w = tk.lower(k);
  return (w === 'x' || w === '×') && tk.glued[k] === tk.glued[k + 1];
}

/** `âm tính trong vòng 72 giờ`, `xét nghiệm âm tính trong 3 ngày`: `trong (vòng)` right after `âm tính`. */
function isNegativeTestWindow(tk: Tokens, first: number): boolean {
  let k = first - 1;
  if (tk.lower(k) === 'vòng') k--;
  return tk.lower(k) === 'trong' && tk.lower(k - 1) === 'tính' && tk.lower(k - 2) === 'âm';
}

/** Words after `N năm` that name what an anniversary is of (`50 năm thiết lập quan hệ ngoại giao`). */
const ANNIVERSARY_OF: ReadonlySet<string> = new Set(['thành', 'thiết', 'giải', 'chiến', 'ngày', 'khánh', 'truyền', 'tái']);
/** Words before `N năm` that mark an anniversary (`đánh dấu`, `chào mừng`, `hướng tới`). */
const ANNIVERSARY_MARKS: ReadonlySet<string> = new Set(['đánh dấu', 'chào mừng', 'hướng tới', 'tròn', 'nhân dịp', 'kỷ niệm', 'kỉ niệm']);

/**
 * `82 năm Ngày thành lập Quân đội`, `37 năm Ngày hội Quốc phòng toàn dân`: years
 * followed by the capitalised name of a Day; `đánh dấu 50 năm thiết lập quan hệ
 * ngoại giao`, `chào mừng 1015 năm Thăng Long`: years marked, of a founding, a
 * liberation, a victory or a named place or body. The number names the occasion
 * (`kỷ niệm 82 năm` already was a name).
 */
function isAnniversary(tk: Tokens, first: number, last: number): boolean {
  if (!tk.isNum(first) || !tk.isWord(last + 1)) return false;
  const next = tk.lower(last + 1);
  if (next === 'ngày' && tk.isCapitalized(last + 1)) return true;
  const marked = tk.isWord(first - 2) && ANNIVERSARY_MARKS.has(`${tk.lower(first - 2)} ${tk.lower(first - 1)}`);
  // (`chào mừng 1015 năm Thăng Long - Hà Nội`: the years of a place or a body, named)
  return marked && (ANNIVERSARY_OF.has(next) || tk.isCapitalized(last + 1));
}

/**
 * `"3 tại chỗ"`, `chi bộ “4 tốt”`, `"1 cung đường, 2 điểm đến"`: a short quoted
 * phrase that starts with a number is a slogan (a campaign's name), and its
 * counts are part of the name.
 */
function inQuotedSlogan(tk: Tokens, first: number, last: number): boolean {
  const open = openQuoteBefore(tk, first);
  if (open < 0 || !tk.isNum(open + 1) || !tk.isNum(first)) return false;
  for (let k = last + 1; k < tk.n && k <= open + 9; k++) {
    if (tk.type[k] === NL || (tk.type[k] === PUNCT && SENTENCE_END.has(tk.raw(k)))) return false;
    if ((tk.isPunct(k, '"') || tk.isPunct(k, '”')) && tk.glued[k]) return true;
  }
  return false;
}

/** The virtues a slogan numbers (`3 không`, `3 sạch`, `4 tốt`, `5 có`, `3 an`). */
const VIRTUES: ReadonlySet<string> = new Set(['không', 'có', 'sạch', 'tốt', 'an', 'xanh', 'đẹp', 'giảm', 'đủ', 'cùng']);

/** A digit number followed by a virtue word at token `k`. */
function isVirtueAt(tk: Tokens, k: number): boolean {
  return tk.isNum(k) && tk.isWord(k + 1) && VIRTUES.has(tk.lower(k + 1));
}

/**
 * `“Tổ tự quản 3 không”`, `5 không, 3 sạch`: a number with a virtue word
 * (`không`, `sạch`, `tốt` …) is a slogan's name when it closes a quote, or
 * when another such pair is listed with it (`5 không 3 sạch`). One pair
 * alone and unquoted stays a count (`3 không đạt` is three that failed).
 */
function isNumberedVirtue(tk: Tokens, first: number, last: number, quoted: boolean): boolean {
  if (!isVirtueAt(tk, first) || last > first + 1) return false;
  const after = first + 2;
  if (quoted && isCloseQuote(tk, after) && tk.glued[after] && openQuoteBefore(tk, first) >= 0) return true;
  const sep = (k: number) => tk.isPunct(k, ',') || tk.isDash(k) || (tk.isWord(k) && tk.lower(k) === 'và');
  if (isVirtueAt(tk, after) || (sep(after) && isVirtueAt(tk, after + 1))) return true;
  return isVirtueAt(tk, first - 2) || (sep(first - 1) && isVirtueAt(tk, first - 3));
}

/** Qualifiers of a limit: `không quá 40 giờ`, `tối đa 4 lần`, `ít nhất 2 lần`. */
const LIMITS: ReadonlySet<Qualifier> = new Set<Qualifier>(['at-most', 'at-least', 'under', 'over']);

/**
 * `không quá 40 giờ trong 1 tháng`, `tối đa 4 lần trong 1 năm`: `trong 1 …`
 * right after a limit, or after a number of times, is the "per" of a rate,
 * not a duration. How long something took stays (`chạy 10 km trong 1 giờ`).
 */
function isPerWindow(tk: Tokens, first: number, earlier: Earlier | undefined): boolean {
  if (!earlier || earlier.lastTok !== first - 2 || tk.lower(first - 1) !== 'trong') return false;
  return LIMITS.has(earlier.draft.qualifier) || earlier.draft.unit === 'lần';
}

/** `này`, `đó`, `nói trên` at token `k`: words after a noun that point back to what was just named. */
function pointsBack(tk: Tokens, k: number): boolean {
  const w = tk.lower(k);
  // (`của hai đường bay còn lại`: the other two)
  return w === 'này' || w === 'đó' || (w === 'nói' && tk.lower(k + 1) === 'trên') || (w === 'còn' && tk.lower(k + 1) === 'lại');
}

/**
 * `quan hệ hai nước`, `hai bên thống nhất`, `Viện kiểm sát nhân dân hai cấp`:
 * "both countries", "both sides", "both levels" of a court or procuracy; not a count.
 */
function isBothPhrase(tk: Tokens, first: number): boolean {
  if (!tk.isWord(first) || tk.lower(first) !== 'hai' || !tk.isWord(first + 1)) return false;
  const noun = tk.lower(first + 1);
  // … and `Hai nhà lãnh đạo nhất trí …` after a meeting of two
  if (noun === 'nước' || noun === 'bên' || (noun === 'nhà' && tk.lower(first + 2) === 'lãnh' && tk.lower(first + 3) === 'đạo')) return true;
  if (noun !== 'cấp') return false;
  const next = tk.isWord(first + 2) ? tk.lower(first + 2) : '';
  const prev = tk.isWord(first - 1) ? tk.lower(first - 1) : '';
  // (`chính quyền địa phương hai cấp`: the two tiers of local government)
  return next === 'tỉnh' || next === 'huyện' || prev === 'dân' || prev === 'sát' || prev === 'án' || prev === 'phương' || prev === 'quyền';
}

/** A straight or closing curly double quote at token `j`. */
function isCloseQuote(tk: Tokens, j: number): boolean {
  return tk.isPunct(j, '"') || tk.isPunct(j, '”');
}

/** `11.11`, `12.12`: a shopping day written as its day and month, the same number twice. */
function isDoubledDay(tk: Tokens, k: number): boolean {
  return tk.isNum(k) && /^(\d{1,2})\.\1$/.test(tk.raw(k)) && Number(tk.raw(k).split('.')[0]) <= 12;
}

/** `"Lật mặt 7"`: the number is the last word of a short quoted title that starts with a capital. */
function closesQuotedTitle(tk: Tokens, k: number): boolean {
  const close = k + 1;
  // `"Lật mặt 7: Một điều ước"`: the number ends the title before its subtitle
  let subtitle = false;
  if (tk.isPunct(close, ':') && tk.glued[close]) for (let j = close + 1; j <= close + 8 && !subtitle; j++) subtitle = isCloseQuote(tk, j) && tk.glued[j] === 1;
  if (!subtitle && (!isCloseQuote(tk, close) || !tk.glued[close])) return false;
  const open = openQuoteBefore(tk, k);
  return open >= 0 && open >= k - 6 && tk.isCapitalized(open + 1);
}

/** Names of laws and treaties that take their year after them (`Bộ luật Lao động 2019`, `Hiến pháp 2013`). */
const LAW_HEADS: ReadonlySet<string> = new Set(['luật', 'hiến pháp', 'công ước', 'hiệp định', 'nghị định thư']);

/**
 * `Bộ luật Lao động 2019 quy định …`, `Hiến pháp 2013`, `Luật Đất đai 2024`:
 * a four-digit year (1945–2100, no separator) closing a law's name, up to
 * four words after its head, is part of the name.
 */
function isLawYear(tk: Tokens, first: number): boolean {
  const raw = tk.raw(first);
  if (!/^(19[4-9]\d|20\d\d|2100)$/.test(raw) || Number(raw) < 1945) return false;
  for (let k = first - 1; k >= 0 && k >= first - 5; k--) {
    if (!tk.isWord(k)) return false;
    const w = tk.lower(k);
    if (w === 'luật' || (tk.isWord(k - 1) && LAW_HEADS.has(`${tk.lower(k - 1)} ${w}`)) || (tk.isWord(k - 2) && LAW_HEADS.has(`${tk.lower(k - 2)} ${tk.lower(k - 1)} ${w}`))) return true;
  }
  return false;
}

// ---------------------------------------------------------------- classes of product

/**
 * Which measures name a class after a head noun (`bình gas 12 kg`, `xe 16 chỗ`, `tour 3 ngày 2 đêm`), given
 * the figure's unit and kind, and whether `N đêm` follows it.
 */
type ClassTest = (unit: string, kind: Kind, nightsFollow: boolean) => boolean;
/** What a pack holds (`thùng sữa 48 hộp`). */
const PACK_UNITS: ReadonlySet<string> = new Set(['hộp', 'chai', 'lon', 'gói', 'bịch', 'túi', 'viên', 'cái', 'chiếc', 'trái', 'quả', 'bông', 'cành', 'lọ', 'ống', 'vỉ', 'hũ', 'tuýp', 'liều', 'miếng', 'cây', 'màu']);
/** `thùng sữa 48 hộp`, `hộp 6 trái xoài`, `bó hoa 20 bông`: the unit's first word is what the pack holds. */
const CONTAINER: ClassTest = (u, k) => k === 'mass' || k === 'volume' || PACK_UNITS.has(u.split(' ')[0]!);
/** Measures a pack is sold by (`gói 500 g`, `chai 1,5 lít`), never tonnes. */
const PACK_SIZES: ReadonlySet<string> = new Set(['g', 'kg', 'ml', 'lít']);
/** A pass by its days or sites (`mỗi vé 3 ngày có giá 2,5M`, `Vé tham quan 5 điểm di tích`). */
const PASS: ClassTest = (u) => u === 'ngày' || firstWordIs(u, 'điểm');
/** A cup by its size (`ly 500 ml`); never by what it weighs or counts. */
const CUPS: readonly string[] = ['ly', 'cốc'];
const CUP: ClassTest = (_u, k) => k === 'volume';
const SHIPPING: ClassTest = (u) => u === 'feet' || u === 'ft' || u === 'teu' || u === 'TEU' || u === 'buồng';
const SHIP: ClassTest = (u) => u === 'tấn' || u === 'dwt' || u === 'DWT' || u === 'teu' || u === 'TEU' || u === 'GT' || u === 'gt';
const VESSEL: ClassTest = (u, k, n) => SHIP(u, k, n) || SEATS.has(u);
/** Storage or memory of an edition (`bản 512 GB`). */
const EDITION: ClassTest = (_u, k) => k === 'data';
/** A model written as a number and a capitalised suffix (`máy bay 737 MAX`, `A321 NEO`). */
const MODEL: ClassTest = (u, k) => k === 'count' && /[A-Z]/.test(u) && u === u.toUpperCase();
/** `cỡ 100 con/kg`, `loại 10 kg`, `loại 100 viên` (a pack of a hundred tablets). */
const GRADE: ClassTest = (u, k) => k === 'mass' || k === 'volume' || k === 'length' || (k === 'count' && (u.includes('/') || PACK_UNITS.has(u.split(' ')[0]!)));
const SEATS: ReadonlySet<string> = new Set(['chỗ', 'chỗ ngồi', 'ghế', 'ghế ngồi', 'giường', 'giường nằm']);
/** `xe 16 chỗ`, `xe tải 5 tấn`, `xe máy 110 cc`, `xe mô tô hai bánh`: a vehicle by its seats, load, engine or wheels. */
const VEHICLE: ClassTest = (u) => SEATS.has(u) || SEATS.has(u.split(' ')[0]!) || u === 'tấn' || u === 'cc' || u === 'cm3' || u === 'bánh';
const HOME: ClassTest = (u) => u.startsWith('phòng ngủ') || u.startsWith('phòng vệ sinh') || u.startsWith('phòng tắm');
const TRIP: ClassTest = (u, k) => k === 'duration' && (u === 'ngày' || u === 'đêm' || u === 'tuần');
/** A tour by its days, nights or hours (`tour 3 ngày 2 đêm`, `tour ẩm thực đường phố 3 giờ`). */
const TOUR: ClassTest = (u, k, n) => TRIP(u, k, n) || (k === 'duration' && (u === 'giờ' || u === 'tiếng'));
/** `hành trình 3 ngày 2 đêm`: a trip only with its nights (`giám sát hành trình hơn 10 ngày` is a length). */
const TRIP_NIGHTS: ClassTest = (u, k, nights) => nights && TRIP(u, k, nights);

/** Containers, named by their size (`bình gas 12 kg`, `thùng sữa 48 hộp`, `lu nước 300 lít`). */
const CONTAINERS: readonly string[] = ['bình', 'chai', 'can', 'bao', 'thùng', 'lon', 'hũ', 'túi', 'hộp', 'bịch', 'két', 'lọ', 'tuýp', 'bó', 'giỏ', 'khay', 'bồn', 'téc', 'vỉ', 'ống', 'lu', 'chum', 'vại'];
/** Containers whose word also begins other words (`bình quân`, `bao gồm`, `ống kính`): only right before their size. */
const CONTAINERS_ONLY_ADJACENT: ReadonlySet<string> = new Set(['bình', 'bao', 'bó', 'giỏ', 'ống']);

/** Head nouns (one or two words) whose measure right after them says which kind of thing it is. */
const CLASS_HEADS: ReadonlyMap<string, ClassTest> = new Map([
  ...CONTAINERS.map((w) => [w, CONTAINER] as const),
  // a silicon wafer by its diameter (`tấm wafer 300 mm`)
  ['wafer', (_u: string, k: Kind) => k === 'length'],
  // a device's specification (`sạc nhanh 60 W`, `camera 200 MP`)
  ['sạc', (_u: string, k: Kind) => k === 'energy'],
  // (and a set by its lenses: `bộ camera 4 mắt`)
  // a cake of fireworks by its shots (`bánh 36 quả`), a pot of flowers by its stems (`chậu lan 10 cành`)
  ['bánh', (u: string) => u === 'quả' || u === 'ống'],
  // a vaccine by its strains (`vắc xin phế cầu 20 chủng`)
  ...['vắc xin', 'vaccine', 'vacxin'].map((w) => [w, (u: string) => u === 'chủng'] as const),
  // (`11 triệu đồng/chùm nho 24 quả`: a bunch by its berries)
  ['chùm', (u: string) => u === 'quả' || u === 'trái'],
  ['chậu', (u: string) => u === 'cành' || u === 'bông' || u === 'nhánh' || u === 'gốc'],
  // a chip by its process (`chip cảm biến 28 nm`, `tiến trình 3 nm`)
  ...['chip', 'cảm biến', 'tiến trình', 'vi xử lý'].map((w) => [w, (u: string) => u === 'nm'] as const),
  // a gun or a shell by its calibre (`pháo 105 mm`, `súng cối 82 mm`, `đạn 12,7 mm`), a backpack by its load (`ba lô 20
  // kg`), a ladder truck by its reach (`xe thang 72 m`)
  ...['pháo', 'súng', 'cối', 'đạn'].map((w) => [w, (u: string) => u === 'mm' || u === 'ly'] as const),
  ...['ba lô', 'balo'].map((w) => [w, (_u: string, k: Kind) => k === 'mass'] as const),
  ['xe thang', (u: string) => u === 'm'],
  // a cable car by its ropes and a cabin by its seats (`tuyến cáp treo 3 dây`, `cabin 230 chỗ`)
  ['cáp treo', (u: string) => u === 'dây' || u.startsWith('dây ')],
  ['cabin', (u: string) => u === 'chỗ' || u === 'ghế'],
  // a course by its sessions (`mỗi lớp 10 buổi`)
  ['lớp', (u: string) => u === 'buổi' || u === 'tiết'],
  // a crane by its load (`Cần cẩu tháp 8 tấn`, `cầu trục 10 tấn`)
  ...['cẩu', 'cần cẩu', 'xe cẩu', 'cầu trục'].map((w) => [w, (_u: string, k: Kind) => k === 'mass'] as const),
  // a boarding room by its tenants (`mỗi phòng trọ 4 người`)
  ['phòng trọ', (_u: string, k: Kind) => k === 'people'],
  // a trading lot by its shares (`một lô 100 cổ phiếu`; `Một lô 240 xe điện` counts a shipment)
  ['lô', (u: string) => u === 'cổ phiếu'],
  // a warehouse by its capacity (`một kho 10.000 tấn`, `kho lạnh 5.000 tấn`); `xuất kho 10.000 tấn` is stock moved
  ['kho', (_u: string, k: Kind) => k === 'mass'],
  // a dose by its strength in international units (`viên nang liều 100.000 IU`; `liều 10 mg/kg cân nặng` is how much)
  ['liều', (u: string) => u === 'IU'],
  // (`máy ảnh 3.200 megapixel`)
  ['máy ảnh', (u: string) => u === 'MP' || u === 'mp' || u === 'megapixel'],
  ['camera', (u: string) => u === 'MP' || u === 'mp' || u === 'megapixel' || u === 'mắt'],
  // a phone's battery (`pin 4.400 mAh`), a solar panel (`tấm pin mặt trời 250 W`); a capacity after a property word
  // stays (`pin dung lượng 5.000 mAh`)
  ['pin', (u: string, k: Kind) => u === 'mAh' || k === 'energy'],
  // a screen's size (`màn hình 6,9 inch`, `tivi 65 inch`)
  ...['màn hình', 'tivi', 'ti vi', 'tv'].map((w) => [w, (u: string) => u === 'inch'] as const),
  // a syringe by its volume (`bơm kim tiêm 0,5 ml`)
  ...['bơm tiêm', 'kim tiêm'].map((w) => [w, (_u: string, k: Kind) => k === 'volume'] as const),
  // memory and storage of a part or a laptop (`RAM DDR5 16 GB`, `ổ cứng 1 TB`, `thẻ nhớ 128 GB`, `laptop 16 GB RAM`)
  ...['ram', 'dram', 'vram', 'ssd', 'ổ cứng', 'thẻ nhớ', 'usb', 'laptop'].map((w) => [w, EDITION] as const),
  // a grid element by its voltage (`trạm biến áp 22 kV`, `đường dây 500 kV`, `lưới 220 kV`, `cấp điện áp từ 110 kV trở lên`)
  // (and a transformer by its rating: `trạm biến áp 2.500 kVA`)
  ...['biến áp', 'đường dây', 'đường điện', 'lưới điện', 'lưới', 'trạm điện', 'điện áp'].map((w) => [w, (u: string) => u === 'kV' || u === 'kv' || u === 'kVA' || u === 'MVA'] as const),
  // a turbine or a lamp by its power (`tuabin 15 MW`, `bóng đèn LED 9 W`, `bóng sợi đốt 60 W`)
  ...['tuabin', 'tua-bin', 'turbine', 'đèn', 'bóng'].map((w) => [w, (_u: string, k: Kind) => k === 'energy'] as const),
  // a banquet tray by the people it serves (`mâm cỗ 10 người`)
  ['mâm', (u: string) => u === 'người'],
  // a set of books by its volumes (`bộ sách bìa cứng 3 tập`)
  ['bộ sách', (u: string) => u === 'tập' || u === 'cuốn' || u === 'quyển'],
  ['vé', PASS],
  // an electronic board by its screen (`bảng điện tử 32 inch`); a pet's weight tier in a price list (`chó dưới 10 kg`)
  ['bảng', (u: string) => u === 'inch'],
  ...['chó', 'mèo'].map((w) => [w, (_u: string, k: Kind) => k === 'mass'] as const),
  // a course of treatment or study by its length (`liệu trình 12 tuần`, `phác đồ 6 tháng`)
  // (and by its sessions: `Liệu trình 12 buổi tắm trắng`)
  ...['liệu trình', 'khóa học'].map((w) => [w, (u: string, k: Kind) => k === 'duration' || firstWordIs(u, 'buổi')] as const),
  // a course by its sessions or length (`khóa 24 buổi`, `toàn khóa 2 năm`)
  ...['khóa', 'khoá'].map((w) => [w, (u: string, k: Kind) => k === 'duration' || u === 'buổi' || u === 'tiết'] as const),
  // young animals sold by their weight (`lợn giống 7-10 kg`)
  ...['lợn giống', 'heo giống', 'gà giống', 'cá giống', 'bò giống'].map((w) => [w, (_u: string, k: Kind) => k === 'mass'] as const),
  // … and a vaccine's schedule by its doses (`phác đồ 4 mũi`)
  ['phác đồ', (u: string, k: Kind) => k === 'duration' || u.split(' ')[0] === 'mũi'],
  // an advertising slot by its length (`suất quảng cáo 10 giây`)
  ['quảng cáo', (u: string) => u === 'giây'],
  // a delivery service by its speed (`Dịch vụ giao hàng 2 giờ`), a parcel by its weight tier (`kiện dưới 2 kg`)
  ['giao hàng', (u: string) => u === 'giờ' || u === 'tiếng'],
  ...['kiện', 'bưu kiện', 'bưu phẩm'].map((w) => [w, (_u: string, k: Kind) => k === 'mass'] as const),
  // the cycle of a lease (`chu kỳ thuê 50 năm`), like the term of a financial product
  ...['kỳ thuê', 'chu kỳ'].map((w) => [w, (_u: string, k: Kind) => k === 'duration'] as const),
  // a technique by its stages or layers (`nuôi tôm công nghệ cao 2 giai đoạn`, `xác thực hai lớp`)
  // (`kiểm thực ba bước`: a school kitchen's three-step check)
  ...['công nghệ', 'quy trình', 'xác thực', 'bảo mật', 'lọc', 'kiểm thực'].map((w) => [w, (u: string) => u === 'giai đoạn' || u === 'lớp' || u === 'bước'] as const),
  // gold and silver pieces by weight (`nhẫn vàng 0,5 chỉ`, `thỏi bạc 1 lượng`, `thỏi vàng 1 kg`)
  ...['nhẫn', 'thỏi', 'miếng', 'lắc', 'kiềng', 'dây chuyền'].map((w) => [w, (u: string, k: Kind) => u === 'chỉ' || u === 'lượng' || u === 'cây' || k === 'mass'] as const),
  // a chamber by its seats (`Hạ viện 465 ghế`, `Quốc hội 577 ghế`): its size, not seats won
  ...['hạ viện', 'thượng viện', 'quốc hội', 'nghị viện'].map((w) => [w, (u: string) => u === 'ghế'] as const),
  // a data centre by its power (`trung tâm dữ liệu 50 MW`), a broadband plan by its speed (`Gói cước cáp quang 1 Gbps`)
  ['dữ liệu', (_u: string, k: Kind) => k === 'energy'],
  ...['cáp quang', 'gói cước'].map((w) => [w, (u: string) => u.endsWith('bps')] as const),
  // (`gói 300 Mbps`; a pack as any container: `gói 500 g`)
  ['gói', (u: string, k: Kind, nights: boolean) => CONTAINER(u, k, nights) || u.endsWith('bps')],
  // a lens by its focal lengths (`ống kính 28-70 mm`), a series by its episodes (`bộ phim 40 tập`; `phim dài 58 tập` says
  // how long one is)
  ['ống kính', (u: string) => u === 'mm'],
  ['phim', (u: string) => firstWordIs(u, 'tập')],
  // a loaf by its weight (`ổ bánh mì trắng 800 g`)
  ['bánh mì', (_u: string, k: Kind) => k === 'mass'],
  // a swimming pool by its length (`Bể bơi 50 m`), like a gas cylinder by its weight
  ...['bể bơi', 'hồ bơi'].map((w) => [w, (u: string) => u === 'm'] as const),
  // a road by its width (`lô góc mặt đường 30 m`), a railway by its gauge (`khổ 1.435 mm`)
  ['mặt đường', (u: string) => u === 'm'],
  ['khổ', (_u: string, k: Kind) => k === 'length'],
  // the salinity line named by its concentration (`ranh mặn 4 g/l`), unlike `độ mặn 4 g/l`
  ['ranh mặn', (u: string) => u === 'g/l' || u === '‰'],
  ...['cỡ', 'loại', 'size'].map((w) => [w, GRADE] as const),
  ...['xe', 'ô tô', 'mô tô', 'xe máy', 'xe buýt'].map((w) => [w, VEHICLE] as const),
  ['container', SHIPPING],
  ...['bản', 'phiên bản'].map((w) => [w, EDITION] as const),
  ...['tên lửa', 'dòng', 'chiếc'].map((w) => [w, MODEL] as const),
  ...['tàu', 'tàu hàng', 'tàu biển', 'sà lan', 'xà lan'].map((w) => [w, SHIP] as const),
  // a ferry, a passenger boat or a boat by its load or seats (`6 phà 200 tấn`, `ca nô 12 chỗ`, `tàu khách 50 ghế`,
  // `ghe, xuồng dưới 5 tấn`)
  ...['phà', 'ca nô', 'canô', 'tàu khách', 'ghe', 'xuồng', 'du thuyền'].map((w) => [w, VESSEL] as const),
  ...CUPS.map((w) => [w, CUP] as const),
  // a set by its volumes (`đồng/bộ 7 tập`), a book by its pages (`cuốn sách 300 trang`)
  ['bộ', (u: string) => u === 'tập'],
  ...['sách', 'album'].map((w) => [w, (u: string) => u === 'trang'] as const),
  // a ruler by its length (`thước kẻ 20 cm`), a pipeline by its diameter (`tuyến ống 26 inch`)
  ['thước kẻ', (_u: string, k: Kind) => k === 'length'],
  ['tuyến ống', (u: string) => u === 'inch' || u === 'mm'],
  // a book of receipts by its numbered slips (`mỗi quyển 50 số`)
  ['quyển', (u: string) => u === 'trang' || u === 'số'],
  ...['căn hộ', 'căn', 'nhà', 'biệt thự', 'nhà phố', 'villa', 'condotel'].map((w) => [w, HOME] as const),
  // an aircraft by its seats (`tàu bay thân hẹp khoảng 180 ghế`)
  ...['máy bay', 'tàu bay'].map((w) => [w, (u: string, k: Kind) => MODEL(u, k, false) || SEATS.has(u)] as const),
  // a golf course and a brick by their holes (`sân golf 18 lỗ`, `gạch tuynel 2 lỗ`)
  ...['golf', 'gạch', 'tuynel'].map((w) => [w, (u: string) => u === 'lỗ'] as const),
  ['tour', TOUR],
  ...['chuyến đi', 'gói du lịch'].map((w) => [w, TRIP] as const),
  // (`trong suốt chuyến biển 10 tháng`: a distant-water fishing trip by its months too)
  ['chuyến biển', (u: string, k: Kind, nights: boolean) => TRIP(u, k, nights) || (k === 'duration' && u === 'tháng')],
  ['tủ', (_u, k) => k === 'temperature'],
  // a rooftop solar system's size (`điện mặt trời mái nhà 5 kWp`)
  ['mái nhà', (u: string) => u === 'kWp' || u === 'kW'],
  // a shift by its length (`làm ca 12 tiếng`), like `3 ca, 4 kíp`
  ['ca', (u: string, k: Kind) => k === 'duration' && (u === 'giờ' || u === 'tiếng')],
  // an engine by its displacement or power (`động cơ V12 6,75 lít`, `động cơ 1.500 cc`, `mô-tơ điện 10 kW`)
  ['động cơ', (u: string, k: Kind) => k === 'volume' || u === 'cc' || u === 'phân khối' || k === 'energy'],
  ...['tơ', 'motor'].map((w) => [w, (_u: string, k: Kind) => k === 'energy'] as const),
  // an air conditioner by its power (`máy lạnh 1 HP`), an archery event (`cung 1 dây`)
  ...['máy lạnh', 'điều hòa', 'điều hoà'].map((w) => [w, (u: string, k: Kind) => u === 'HP' || u === 'hp' || u === 'BTU' || k === 'energy'] as const),
  ['cung', (u: string) => u === 'dây'],
  // a tariff by its steps (`biểu giá 6 bậc`), a plan by its length (`lộ trình 3 năm`), a pack deal by its packs, weight
  // or sessions (`combo 3 hộp`, `combo 2 kg`, `combo 5 buổi`)
  ['biểu giá', (u: string) => u === 'bậc'],
  // (and a strategy by its span: `chiến lược 5 năm`)
  ...['lộ trình', 'chiến lược'].map((w) => [w, (_u: string, k: Kind) => k === 'duration'] as const),
  ['combo', (u: string, k: Kind) => k === 'mass' || PACK_UNITS.has(u.split(' ')[0]!) || firstWordIs(u, 'buổi')],
  // an appliance by its power or capacity (`máy nước nóng 2.500 W`, `nồi chiên không dầu 6 lít`, `2 máy bơm 15 kW`,
  // `Máy phát điện dự phòng 1.000 kVA`)
  ...['máy', 'máy bơm', 'máy phát'].map((w) => [w, (_u: string, k: Kind) => k === 'energy'] as const),
  ['nồi', (_u: string, k: Kind) => k === 'volume'],
  // a tasting menu by its courses (`thực đơn nếm thử 9 món`)
  ['thực đơn', (u: string) => u === 'món'],
  // a chip's process node (`tiến trình 3 nm`, `thế hệ 5 nm`)
  ['thế hệ', (u: string) => u === 'nm'],
  ['hành trình', TRIP_NIGHTS],
]);

/** Last words of the multi-word class heads: the two-word key is built only before one of them (not at every word before every measure). */
const CLASS_HEAD_TAILS: ReadonlySet<string> = new Set([...CLASS_HEADS.keys()].filter((h) => h.includes(' ')).map((h) => h.slice(h.lastIndexOf(' ') + 1)));

/** Words that may sit between a class head and its measure (`bình gas`, `xe tải`, `bao xi măng`, `tour du lịch`). */
const CLASS_MODIFIERS: ReadonlySet<string> = new Set([
  // `bóng đèn LED 9 W`, `bóng sợi đốt 60 W`, `bộ sách bìa cứng 3 tập`, `biểu giá bán lẻ điện sinh hoạt 6 bậc`
  'led', 'sợi', 'đốt', 'huỳnh', 'quang', 'compact', 'bìa', 'cứng', 'mềm', 'bán', 'lẻ', 'sinh', 'hoạt',
  // `thùng rác 240 lít`, `bảng điện tử 32 inch`, `container vệ sinh di động 2 buồng`, `bồn chứa nước 2 m3`, `tấm pin mặt
  // trời 250 W`, `tàu khách 225.000 GT`
  'rác', 'tử', 'vệ', 'chứa', 'nước', 'mặt', 'trời', 'khách',
  // `xe cá nhân dưới 10 chỗ`, `xe tải nhẹ 1,5 tấn`, `xe phân khối lớn trên 175 cc`
  'cá', 'nhân', 'nhẹ', 'phân', 'khối', 'lớn',
  // `ống nghiệm 250 ml`, `mâm cỗ 10 người`
  'nghiệm', 'cỗ',
  'gas', 'ga', 'khí', 'oxy', 'nước', 'dầu', 'nhựa', 'sữa', 'bia', 'rượu', 'gạo', 'phân', 'xi', 'măng', 'cát', 'sơn',
  'tải', 'khách', 'buýt', 'ben', 'bồn', 'con', 'giường', 'nằm', 'du', 'lịch', 'trọn', 'gói', 'cao', 'cấp', 'mini',
  'nguyên', 'chiếc', 'lạnh', 'rỗng', 'container', 'trọng', 'âm', 'sâu', 'đông', 'mát', 'nòng',
  'giải', 'khát', 'ngọt', 'suối', 'khoáng', 'uống', 'ăn', 'mắm', 'tương', 'mẹ', 'thuốc', 'nhỏ', 'mắt', 'nhanh', 'sau', 'trước',
  'ddr3', 'ddr4', 'ddr5', 'lpddr4x', 'lpddr5', 'lpddr5x', 'gắn', 'ngoài', 'di', 'động', 'vàng', 'bạc', 'trơn', 'combo', 'quà', 'đến', 'tới',
  // `mỗi ca làm việc 8 tiếng`, `ổ bánh mì trắng 800 g`, `kiện hành lý ký gửi 20 kg`, `khổ đường 1.435 mm`
  'làm', 'việc', 'trắng', 'hành', 'lý', 'ký', 'gửi', 'xách', 'tay', 'đường',
  // `chậu lan 10 cành`, `chip cảm biến 28 nm`
  'lan', 'hoa', 'cảm', 'biến', 'nho',
  // `vắc xin phế cầu 20 chủng`, `bình nước tinh khiết 20 lít`
  'phế', 'cầu', 'tinh', 'khiết',
  // `bình bột 8 kg`, `bộ sạc treo tường 7 kW`
  'bột', 'treo', 'tường', 'lọc',
  // `bình chữa cháy 2 kg`, `tàu container cỡ 14.000 TEU`, `hộp trứng gà 10 quả`, `bó rau ngót 300 g`, `combo rau củ 3 kg`
  'chữa', 'cháy', 'cỡ', 'trứng', 'gà', 'rau', 'ngót', 'củ', 'tháp',
  // `xe đưa đón học sinh 16 chỗ`
  'đưa', 'đón', 'học',
  // `màn hình chính 8 inch`, `hộp bánh trung thu 4 chiếc`, `thực đơn nếm thử 9 món`, `động cơ V12 6,75 lít`
  'chính', 'phụ', 'bánh', 'kẹo', 'mứt', 'trà', 'trung', 'thu', 'nếm', 'thử', 'v6', 'v8', 'v10', 'v12', 'w12',
  // `tàu bay thân hẹp 180 ghế`, `tàu than trọng tải 70.000 - 80.000 tấn`
  'thân', 'hẹp', 'than',
  // `xe máy xăng 110 cc`, `Quảng cáo video 6 giây`
  'máy', 'xăng', 'điện', 'video',
  // `xe mô tô hai bánh trên 50 cc`, `Ô tô không kinh doanh vận tải dưới 6 chỗ`, `thùng mì 30 gói`, `nồi chiên không dầu`
  'mô', 'tô', 'hai', 'kinh', 'doanh', 'vận', 'không', 'mì', 'nóng', 'chiên',
]);

/**
 * `bình gas 12 kg`, `xe dưới 12 ghế ngồi`, `căn hộ 2 phòng ngủ`, `tour 3 ngày
 * 2 đêm`, `tôm cỡ 100 con/kg`, `khách sạn 5 sao`: a measure written straight
 * after the noun it classifies names a kind of product (a standard size or
 * grade), not a quantity. A property word in between makes it this thing's
 * measure again (`căn hộ rộng 70 m2`, `xe chở 5 tấn`), and the count in front
 * stays (`3 xe 16 chỗ`).
 */
function isProductClass(tk: Tokens, f: Found): boolean {
  const d = f.draft;
  // (`mỗi gói gần 1 kg`, `30 bao tải chứa khoảng 600 kg`: an approximate measure is what was weighed, not a standard size;
  // `mỗi thùng khoảng 48 hộp`, what was counted)
  // (`bó rau ngót 300 g`: `ngót` is the vegetable there, not "nearly")
  const vegetable = tk.lower(f.firstTok) === 'ngót' && tk.lower(f.firstTok - 1) === 'rau';
  const approximate = d.qualifier === 'about' || d.qualifier === 'nearly';
  if (approximate && (d.kind === 'mass' || d.kind === 'volume') && !vegetable) return false;
  if (approximate && d.kind === 'count' && tk.lower(f.firstTok - 2) === 'mỗi') return false;
  if (d.unit === '') {
    const next = tk.isWord(f.lastTok + 1) && tk.isNum(f.lastTok) ? tk.lower(f.lastTok + 1) : '';
    if (next === 'sao') return true;
    // `nhẫn vàng 0,5 chỉ`: `chỉ` is also "only", so the scanner leaves it out of the unit
    if (next !== 'chỉ') return false;
    // (`vàng nhẫn loại 1 chỉ và 5 chỉ`, `loại 5 chỉ, 2 chỉ và 1 chỉ`: a kind of piece by its weight, and every item of
    // its list)
    const start = listStart(tk, f.firstTok);
    if (tk.lower(start - 1) === 'loại') return true;
    return classBefore(tk, start, 'chỉ', d.kind, false);
  }
  const nightsFollow = d.qualifier === 'exact' && tk.isNum(f.lastTok + 1) && tk.lower(f.lastTok + 2) === 'đêm';
  // `Tour Hà Nội - Sa Pa 3 ngày 2 đêm`: days and nights name a package even with a place between it and its head
  // (`kéo dài 3 ngày 2 đêm`, `trong 3 ngày 2 đêm` say how long)
  if (nightsFollow && d.unit === 'ngày' && d.value !== undefined && Math.abs(Number(tk.raw(f.lastTok + 1)) - d.value) <= 1) {
    const before = tk.isWord(f.firstTok - 1) ? tk.lower(f.firstTok - 1) : '';
    if (before !== 'trong' && before !== 'vòng' && !DURATION_VERBS.has(before)) return true;
  }
  // `bộ nhớ trong gồm 128 GB, 256 GB, 512 GB và 1 TB`: the later items of a list of classes are classes too
  // (items of one unit word: `thùng sữa 48 hộp và 1 hộp bánh` goes on to another thing)
  const start = d.unit.includes(' ') ? f.firstTok : listStart(tk, f.firstTok);
  return classBefore(tk, start, d.unit, d.kind, nightsFollow) || complementedHeadBefore(tk, start, d.unit, d.kind);
}

/**
 * Heads named with a complement before their measure (`hộp sữa tươi 1 lít`, `lọ vắc xin 10 liều`, `khóa ôn thi 12 tuần`,
 * `xe buýt điện 12 m`, `vé tàu metro 1 ngày`), and which measures make them a class.
 */
const COMPLEMENTED_HEADS: ReadonlyMap<string, ClassTest> = new Map<string, ClassTest>([
  ...CONTAINERS.filter((w) => !CONTAINERS_ONLY_ADJACENT.has(w)).map((w) => [w, CONTAINER] as const),
  ...['khóa', 'khoá'].map((w) => [w, (u: string, k: Kind) => k === 'duration' || u === 'buổi'] as const),
  // a vehicle by its seats, load or size (`ô tô điện chạy pin dưới 9 chỗ`, `xe chữa cháy 6 m3`)
  ...['xe', 'ô tô'].map((w) => [w, (u: string, k: Kind, n: boolean) => VEHICLE(u, k, n) || u === 'm' || k === 'volume'] as const),
  ['vé', PASS],
  // a vaccination package by its doses (`gói tiêm 3 mũi phế cầu`)
  // a spirit by its strength (`Rượu đinh lăng 29,5 độ`; `rượu có nồng độ cồn 29,5 độ` is measured), a tank or an
  // aquarium by its size (`Bể thủy sinh 120 cm`, `bể mini 30 cm`)
  ['rượu', (u: string, k: Kind) => u === 'độ' || k === 'volume'],
  ['bể', (_u: string, k: Kind) => k === 'length' || k === 'volume'],
  // … or a beauty package by its sessions (`Gói triệt lông vĩnh viễn 10 buổi`)
  // (and a pack by its size: `gói đường nâu 500 g`; `gói hỗ trợ 90 nghìn tấn gạo` is an aid package)
  ['gói', (u: string) => firstWordIs(u, 'mũi') || firstWordIs(u, 'liều') || firstWordIs(u, 'buổi') || PACK_SIZES.has(u) || PACK_UNITS.has(u.split(' ')[0]!)],
  // a boat by its seats or load (`Ca nô cứu hộ 12 chỗ`), a cup by its size (`ly trà sữa 700 ml`)
  ...['ca nô', 'canô', 'xuồng', 'ghe'].map((w) => [w, VESSEL] as const),
  ...CUPS.map((w) => [w, CUP] as const),
  // a tour by its length (`tour ẩm thực đường phố 3 giờ`)
  ['tour', TOUR],
  // a series by its episodes (`Bộ phim tài liệu 8 tập`), a cake by its tiers (`bánh cưới 5 tầng`), a banquet table or
  // tray by the people it seats (`bàn tiệc cưới 10 người`)
  ['phim', (u: string) => firstWordIs(u, 'tập')],
  ['bánh', (u: string) => u === 'tầng'],
  // a furnace or a dryer by its batch (`lò điện hồ quang 70 tấn/mẻ`, `Máy sấy thăng hoa 200 kg/mẻ`), a machine by its power
  // (`Máy phát điện dự phòng 1.000 kVA`)
  ['lò', (u: string) => u.endsWith('/mẻ')],
  ['máy', (u: string, k: Kind) => u.endsWith('/mẻ') || k === 'energy'],
  // a kit by its pieces (`Bộ dụng cụ học tập 12 món`), a backpack by its laptop size (`ba lô chống gù 16 inch`)
  ['bộ', (u: string) => u === 'món'],
  ['ba lô', (u: string, k: Kind) => u === 'inch' || k === 'mass'],
  ...['bàn tiệc', 'mâm'].map((w) => [w, (u: string) => u === 'người'] as const),
]);
/** The first words of the counted units COMPLEMENTED_HEADS accept (packs, seats, doses, episodes, tiers, diners, sites). */
const COMPLEMENT_COUNTS: ReadonlySet<string> = new Set([...PACK_UNITS, 'chỗ', 'ghế', 'giường', 'bánh', 'mũi', 'buổi', 'tập', 'tầng', 'người', 'điểm']);
/**
 * Words between a head and a measure that make the measure what it holds, weighs, took or is for (`túi chứa 2 kg`, `thùng
 * hàng nặng 20 kg`); `gồm` is read apart (see `complementedHeadBefore`).
 */
const MEASURED_AS: ReadonlySet<string> = new Set(['chứa', 'đựng', 'nặng', 'cân', 'có', 'chở', 'là', 'được', 'đạt', 'lên', 'tới', 'đến', 'dung', 'tích', 'trọng', 'lượng', 'khoảng', 'với', 'thêm', 'và', 'của', 'mỗi', 'trong', 'dài', 'rộng', 'cao', 'sâu', 'dày', 'mất', 'sau', 'lao', 'rơi', 'xuống', 'cách', 'đi', 'vượt', 'bị', 'cùng', 'hoặc', 'ước', 'tổng', 'cho', 'trước', 'để', 'suất', 'chỉ', ...ASPECT_MARKERS]);

/**
 * A head of COMPLEMENTED_HEADS two to five words before token `first`, with its complement between, whose test
 * accepts the measure: a class. Not when a word between says the measure is what the thing holds, weighs, took or
 * travelled (`túi ni lông chứa 2 kg`, `xe tải chở 5 m3`, `xe lao xuống vực 10 m`), nor after a count of containers
 * (`30 thùng hàng 500 kg`: what they held together), nor across a name (`Can Lộc`: the head is lower case unless it
 * opens the sentence; a brand may be in its complement), nor in `can thiệp`.
 */
function complementedHeadBefore(tk: Tokens, first: number, unit: string, kind: Kind): boolean {
  // (most figures, money, percentages and counts of other things, cannot name one of these classes)
  if (kind === 'money' || kind === 'percent' || kind === 'ratio' || ((kind === 'count' || kind === 'people') && !COMPLEMENT_COUNTS.has(unit.split(' ')[0]!))) return false;
  let made = false;
  for (let j = first - 2; j >= first - 5 && j >= 0; j--) {
    if (!tk.isWord(j + 1)) return false;
    const w = tk.lower(j + 1);
    // (`vỉ thuốc Panadol gồm 12 viên`: what a pack is made of, counted in its own pieces, is still its class)
    if (w === 'gồm') made = true;
    // (`Quốc hội khóa XV ước khoảng 260 ngày`: a term's numeral, then an estimate)
    else if (MEASURED_AS.has(w) || /^[A-Z]+$/.test(tk.raw(j + 1))) return false;
    if (!tk.isWord(j) || (tk.hasUpper(j) && !atSentenceStart(tk, j - 1))) continue;
    const head = tk.lower(j);
    // (`ô tô`, `ca nô`: a head of two words)
    const test = (tk.isWord(j - 1) ? COMPLEMENTED_HEADS.get(`${tk.lower(j - 1)} ${head}`) : undefined) ?? COMPLEMENTED_HEADS.get(head);
    if (!test || (head === 'can' && tk.lower(j + 1) === 'thiệp')) continue;
    // (`3 xe chữa cháy 6 m3`: vehicles counted are still of their class)
    if (test === CONTAINER && tk.isNum(j - 1)) continue;
    if (made && !(test === CONTAINER && PACK_UNITS.has(unit.split(' ')[0]!))) return false;
    return test(unit, kind, false);
  }
  return false;
}

/**
 * The first token of a list of measures that ends with the one starting at `first` (`128 GB, 256 GB và 1 TB`: items of
 * a number and one unit word, joined by commas or `và`), or `first` when it is not in one.
 */
function listStart(tk: Tokens, first: number): number {
  let start = first;
  while (start >= 4 && (tk.isPunct(start - 1, ',') || tk.lower(start - 1) === 'và') && tk.isWord(start - 2) && tk.isNum(start - 3)) start -= 3;
  // `tùy chọn bộ nhớ gồm 128 GB, 256 GB …`: a list after `gồm` (made of), read through to the head before it (one item
  // after `gồm` stays what it is: `một thực đơn gồm 2 món`)
  return start < first && tk.lower(start - 1) === 'gồm' ? start - 1 : start;
}

/** A class head (with its modifiers) right before token `firstTok` whose test accepts this unit and kind. */
function classBefore(tk: Tokens, firstTok: number, unit: string, kind: Kind, nightsFollow: boolean): boolean {
  // (a model's code right before the size does not count as a word between: `xe buýt Yutong ZK6126 80 chỗ`)
  let codes = 0;
  for (let j = firstTok - 1, seen = 0; j >= 0 && seen < 6; j--, seen++) {
    // `Tour du lịch "Về miền Tây" 3 ngày 2 đêm`: a quoted name between the head and its measure
    if (seen === 0 && tk.type[j] === PUNCT && tk.glued[j] && (tk.raw(j) === '"' || tk.raw(j) === '”')) {
      const open = openQuoteBefore(tk, j);
      if (open < 0) return false;
      j = open;
      continue;
    }
    // `cua loại 1 (4 con/kg)`: the grade's number and a bracket between the head and its size
    if (seen === 0 && tk.isPunct(j, '(') && tk.isNum(j - 1)) {
      j--;
      continue;
    }
    // `RAM DDR5 16 GB`: a generation written as letters and a glued digit (`DDR5`) is a modifier
    // (and any such code: `túi gạo ST25 5 kg`)
    if (tk.isNum(j) && tk.glued[j] && tk.isWord(j - 1) && !tk.glued[j - 1] && (CLASS_MODIFIERS.has(`${tk.lower(j - 1)}${tk.raw(j)}`.toLowerCase()) || /^[A-Z]{2,5}$/.test(tk.raw(j - 1)))) {
      j--;
      if (seen === codes) codes++;
      continue;
    }
    if (!tk.isWord(j)) return false;
    // `Quảng Bình 20.500 tấn`: a capitalised word inside a sentence is a name, not the head `bình`; but a brand or a
    // ship's name right after a head is the thing's own name (`tivi Samsung 55 inch`, `Tàu Ever Given 20.000 TEU`)
    if (tk.isCapitalized(j) && tk.raw(j) !== tk.raw(j).toUpperCase() && !atSentenceStart(tk, j - 1)) return seen === codes && namedClass(tk, j, unit, kind, nightsFollow);
    const w = tk.lower(j);
    // `đóng gói 2.300 hộp`: `gói` of the verb `đóng gói` (to pack), not a pack
    if (w === 'gói' && tk.lower(j - 1) === 'đóng') return false;
    // `xuất kho 10.000 tấn`, `tồn kho 2 triệu tấn`: stock moved or held, not a warehouse; and `kho lạnh chứa 345 tấn`
    // says what one holds (the warehouse is named by its capacity right before it, one word between at most)
    // (`Lớp học 2 buổi mỗi tuần`: how often a class meets; only `mỗi lớp 10 buổi`, right before, names a course)
    if (w === 'lớp' && seen > 0) return false;
    // (`Vụ nổ kho chứa 2.750 tấn amoni nitrat`: what it held)
    if (w === 'kho' && (STOCK_VERBS.has(tk.lower(j - 1)) || seen > 1 || tk.lower(j + 1) === 'chứa')) return false;
    const two = CLASS_HEAD_TAILS.has(w) && tk.isWord(j - 1) ? CLASS_HEADS.get(`${tk.lower(j - 1)} ${w}`) : undefined;
    // `trung bình 25 lít/ngày` is an average, not a container
    const test = two ?? (w === 'bình' && tk.lower(j - 1) === 'trung' ? undefined : CLASS_HEADS.get(w));
    if (test && test(unit, kind, nightsFollow)) return true;
    // `ô tô nguyên chiếc dưới 9 chỗ`: a head that is also a modifier (`chiếc`) lets the search go on; and `pin LFP 18,64
    // kWh`, `sạc nhanh DC 60 kW`: a technology's letters between the head and its size
    // (not a Roman numeral: `Quốc hội khóa XV ước khoảng 260 ngày`)
    if (!CLASS_MODIFIERS.has(w) && !(seen <= 1 && /^[A-Z]{2,5}$/.test(tk.raw(j)) && !/^X{0,3}(IX|IV|V?I{0,3})$/.test(tk.raw(j)))) return false;
  }
  return false;
}

/** A head right before a name of one to three capitalised words that ends at token `j` (see `classBefore`). */
function namedClass(tk: Tokens, j: number, unit: string, kind: Kind, nightsFollow: boolean): boolean {
  let k = j;
  while (k > j - 3 && tk.isWord(k - 1) && tk.isCapitalized(k - 1) && !atSentenceStart(tk, k - 2)) k--;
  const head = k - 1;
  if (!tk.isWord(head) || (tk.isCapitalized(head) && !atSentenceStart(tk, head - 1))) return false;
  // (`tàu bay A321neo 230 ghế`: a head of two words)
  const test = (tk.isWord(head - 1) ? CLASS_HEADS.get(`${tk.lower(head - 1)} ${tk.lower(head)}`) : undefined) ?? CLASS_HEADS.get(tk.lower(head));
  return !!test && test(unit, kind, nightsFollow);
}

/** Words before `kho` that make it stock moved or held (`xuất kho`, `nhập kho`, `tồn kho`). */
const STOCK_VERBS: ReadonlySet<string> = new Set(['xuất', 'nhập', 'tồn', 'lưu', 'trong', 'về', 'ra']);

/** `unit` is `word` or starts with it and a space (`bản`, `bản tiêu chuẩn`), without splitting it. */
function firstWordIs(unit: string, word: string): boolean {
  return unit.startsWith(word) && (unit.length === word.length || unit.charCodeAt(word.length) === 32);
}

/** A unit that starts with a counted noun of the lexicon (`đối tượng`, `hộ dân`), not a verb read as one. */
function isKnownNoun(unit: string): boolean {
  const head = unit.split(' ')[0]!;
  return PEOPLE_NOUNS.has(head) || COUNT_NOUNS.has(head) || PEOPLE_NOUNS.has(unit) || COUNT_NOUNS.has(unit);
}

/** `trong độ tuổi 25-34`, `nhóm tuổi 18 - 24`: the ages that define a group, like `trẻ em dưới 6 tuổi`. */
function isAgeRangeOfGroup(tk: Tokens, first: number): boolean {
  return tk.isWord(first - 1) && tk.lower(first - 1) === 'tuổi';
}

/**
 * `là một trong 5 nhà máy đốt rác lớn nhất thế giới`: the size of a ranking,
 * not a count; `nhất` must close the phrase within a few words.
 */
function isRank(tk: Tokens, first: number, last: number): boolean {
  // `đứng đầu danh sách 100 cầu thủ đắt giá nhất`: the length of a ranked list
  if (tk.lower(first - 1) === 'sách' && tk.lower(first - 2) === 'danh' && tk.isNum(first)) return closesRank(tk, last + 1);
  if (!tk.isWord(first - 1) || tk.lower(first - 1) !== 'trong') return false;
  const one = first - 2;
  // `là một trong 5 …`, `1 trong 5 …`, and a place in the ranking (`đứng thứ 11 trong 30 nước … cao nhất`)
  const placed = tk.isNum(one) && tk.isWord(one - 1) && tk.lower(one - 1) === 'thứ';
  if (!(tk.isWord(one) && tk.lower(one) === 'một') && !(tk.isNum(one) && tk.raw(one) === '1') && !placed) return false;
  // (`là một trong 5 tỉnh có tỷ lệ suy dinh dưỡng thể nhẹ cân cao nhất`: what is ranked may take a dozen words)
  return closesRank(tk, last + 1, 14);
}

/**
 * `… lớn nhất`, `… dẫn đầu` within ten tokens from `k`, words only (punctuation inside a word, as in
 * `M&A`, is part of it): the phrase from `k` closes a ranking. Also read by the scanner, which leaves
 * `1 trong 5 tỉnh dẫn đầu` to `isRank` instead of reading a proportion.
 */
export function closesRank(tk: Tokens, k: number, within = 10): boolean {
  for (let j = k, end = k + within; j < tk.n && j < end; j++) {
    // `M&A`; `cúm A/H5N1 ở người cao nhất`: what is glued inside a word is part of it, and does not count
    if (j > k && tk.glued[j] && (tk.isWord(j - 1) || tk.glued[j - 1]) && (tk.type[j] !== PUNCT || tk.glued[j + 1])) {
      end++;
      continue;
    }
    if (!tk.isWord(j)) return false;
    const w = tk.lower(j);
    if (w === 'nhất') {
      // `Hai tàu … đã chở ít nhất 150 tấn`: a qualifier of the next figure, not a superlative; `14 người đạt giải nhất`:
      // a prize, `thứ nhất` the first
      const before = tk.lower(j - 1);
      if (inCapitalisedName(tk, j)) continue;
      return !((before === 'ít' || before === 'nhiều') && tk.isNum(j + 1)) && before !== 'giải' && before !== 'thứ';
    }
    // `dẫn đầu`, `đứng đầu`, `hàng đầu`; `5 đội cuối bảng`, `3 đội đầu bảng`: the bottom and the top of a league table
    // (`người đứng đầu`, "the head", is a person: `một trong ba quốc gia mà người đứng đầu nước Mỹ …`)
    // … `2 đội xếp cuối`, `hai đội đồng hạng ba`: a place in the table
    if ((w === 'cuối' || w === 'đầu') && tk.lower(j - 1) === 'xếp') return true;
    if (w === 'hạng' && tk.lower(j - 1) === 'đồng') return true;
    if ((w === 'đầu' && (tk.lower(j - 1) === 'dẫn' || tk.lower(j - 1) === 'hàng' || (tk.lower(j - 1) === 'đứng' && tk.lower(j - 2) !== 'người'))) || (w === 'bảng' && (tk.lower(j - 1) === 'cuối' || tk.lower(j - 1) === 'đầu'))) return true;
  }
  return false;
}

/**
 * Words of a step or grade whose bounds or size follow in brackets (`bậc 1 (0 - 50 kWh)`, `loại 1 (800 g - 1 kg/con)`).
 * Not `cấp`: a wind force's speeds in brackets (`cấp 10 (90-115 km/giờ)`) are the only speed a storm report gives.
 */
const GRADE_WORDS: ReadonlySet<string> = new Set(['bậc', 'loại', 'cỡ']);

/** The `(` a few tokens before `first`, inside the same brackets (no `)` between), or -1. */
function openBracketBefore(tk: Tokens, first: number): number {
  for (let j = first - 1; j >= 0 && j >= first - 5; j--) {
    if (tk.isPunct(j, ')') || tk.type[j] === NL) return -1;
    if (tk.isPunct(j, '(')) return j;
  }
  return -1;
}

/** The bases a coal's calorific value is given on (net as received, gross as received, air-dried). */
const CALORIFIC_BASES: ReadonlySet<string> = new Set(['NAR', 'GAR', 'ADB', 'NCV', 'GCV']);

/** A word for which `test` holds (given the word and its index) within the forty tokens up to token `k`, in its sentence. */
function inSentenceBefore(tk: Tokens, k: number, test: (w: string, j: number) => boolean): boolean {
  for (let j = k; j >= 0 && j >= k - 40; j--) {
    if (tk.type[j] === NL || endsSentence(tk, j)) return false;
    if (tk.isWord(j) && test(tk.lower(j), j)) return true;
  }
  return false;
}

/**
 * `thời gian thuê`, `thời hạn thuê`, `thời hạn hoạt động` right before token `first`, or `thời hạn` after `thuê` earlier
 * in the sentence (`cho thuê 14.658 ha đất với thời hạn 50 năm`): the term of a lease or a licence.
 */
function leaseTermBefore(tk: Tokens, first: number): boolean {
  const w1 = tk.lower(first - 1);
  const term = (j: number) => tk.lower(j) === 'thời' && (tk.lower(j + 1) === 'gian' || tk.lower(j + 1) === 'hạn');
  if (w1 === 'thuê') return term(first - 3);
  if (w1 === 'động') return tk.lower(first - 2) === 'hoạt' && tk.lower(first - 3) === 'hạn' && tk.lower(first - 4) === 'thời';
  return w1 === 'hạn' && tk.lower(first - 2) === 'thời' && inSentenceBefore(tk, first - 3, (w) => w === 'thuê');
}

/** `giấy phép`, `cấp phép` earlier in the sentence before token `k` (a loan's own term stays: `khoản vay …, thời hạn 7 năm`). */
function permitBefore(tk: Tokens, k: number): boolean {
  return inSentenceBefore(tk, k, (w, j) => w === 'phép' && (tk.lower(j - 1) === 'giấy' || tk.lower(j - 1) === 'cấp'));
}

/** Vietnam's emergency and public-service lines (children, rescue, police, fire, ambulance; the government's 1022). */
const EMERGENCY_LINES: ReadonlySet<string> = new Set(['111', '112', '113', '114', '115', '1022']);

/** `vay` (a loan) earlier in the sentence before token `k`, within forty tokens. */
function loanBefore(tk: Tokens, k: number): boolean {
  return inSentenceBefore(tk, k, (w) => w === 'vay');
}

/**
 * A word for which `test` holds (given the word and its index) within the sixteen tokens before token `k`, in the
 * same clause (a line break, `,`, `.`, `;` or `:` ends the search).
 */
function inClauseBefore(tk: Tokens, k: number, test: (w: string, j: number) => boolean): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 16; j--) {
    if (tk.type[j] === NL || tk.isPunct(j, ',') || tk.isPunct(j, '.') || tk.isPunct(j, ';') || tk.isPunct(j, ':')) return false;
    if (tk.isWord(j) && test(tk.lower(j), j)) return true;
  }
  return false;
}

/** `đình chỉ`, `tước`, `cấm` in the clause before token `k` (quotes of a name between are read through): what follows is how long a penalty lasts. */
function penaltyBefore(tk: Tokens, k: number): boolean {
  return inClauseBefore(tk, k, (w, j) => (w === 'chỉ' && tk.lower(j - 1) === 'đình') || w === 'tước' || w === 'cấm');
}

/** `động cơ` within the five words before token `first`. */
function engineBefore(tk: Tokens, first: number): boolean {
  for (let j = first - 1; j >= 1 && j >= first - 5; j--) if (tk.lower(j) === 'cơ' && tk.lower(j - 1) === 'động') return true;
  return false;
}

/** `chậm nhất` right before token `first`, or with `sau`, `là`, `trong` between: the latest a thing may be done. */
function isDeadline(tk: Tokens, first: number): boolean {
  const nhat = tk.lower(first - 1) === 'nhất' ? first - 1 : /^(sau|là|trong)$/.test(tk.lower(first - 1)) ? first - 2 : -1;
  return nhat > 0 && tk.lower(nhat) === 'nhất' && tk.lower(nhat - 1) === 'chậm';
}

/** `thời hạn` ending within six words before token `k`, in the same clause (`thời hạn kháng cáo là …`, `Thời hạn tự nguyện thi hành án là …`). */
function timeLimitBefore(tk: Tokens, k: number): boolean {
  for (let j = k; j >= 1 && j >= k - 6 && tk.isWord(j); j--) if (tk.lower(j) === 'hạn' && tk.lower(j - 1) === 'thời') return true;
  return false;
}

/** Periods counted by their number (`2 kỳ tính lãi`, `3 phiên`, `5 vòng đấu`): the first N of them frame a term. */
const COUNTED_PERIODS: ReadonlySet<string> = new Set(['kỳ', 'kì', 'phiên', 'vòng', 'vòng đấu']);

/** `… đầu tiên` or `… đầu` ending the phrase within three words after token `last`: the first N of something. */
function firstOnes(tk: Tokens, last: number): boolean {
  for (let k = last + 1; k <= last + 4 && tk.isWord(k); k++) {
    if (tk.lower(k) !== 'đầu') continue;
    return tk.raw(k + 1) === 'tiên' || !tk.isWord(k + 1);
  }
  return false;
}

/** `mức cao nhất trong 3 tháng`, `thấp nhất trong 10 năm qua`: the window or the field of a comparison, not a quantity. */
function isSuperlativeWindow(tk: Tokens, first: number, kind: Kind): boolean {
  let j = first - 1;
  // … and of a first time: `lần đầu tiên sau 5 năm`, `lần đầu sau 3 năm` (not a name: `Suối Tiên sau 1 năm`)
  if (kind === 'duration' && tk.lower(j) === 'sau') return (tk.raw(j - 1) === 'tiên' && tk.lower(j - 2) === 'đầu') || (tk.lower(j - 1) === 'đầu' && tk.lower(j - 2) === 'lần');
  // … and the field it is taken over (`cao nhất trong 12 vị trí được khảo sát`, `cao nhất trong số 44 người`)
  if (tk.isWord(j) && (tk.lower(j) === 'vòng' || tk.lower(j) === 'số')) j--;
  return tk.isWord(j) && tk.lower(j) === 'trong' && tk.isWord(j - 1) && tk.lower(j - 1) === 'nhất' && !inCapitalisedName(tk, j - 1);
}

/** A capitalised word after another (`công viên Thống Nhất`, `tàu Thống Nhất`): a name's, not a superlative's `Nhất`. */
function inCapitalisedName(tk: Tokens, j: number): boolean {
  return tk.isCapitalized(j) && tk.isWord(j - 1) && tk.isCapitalized(j - 1);
}

/**
 * `8°20'N`, `105°30′E`, `10°45'15"`: degrees written with minutes glued to them
 * are a coordinate (or an angle to the minute), never a statistic; the number
 * at `k` is its degrees, minutes or seconds. `35°C` and `góc 45°` have no
 * minutes and are left to the other rules.
 */
function inCoordinate(tk: Tokens, k: number): boolean {
  if (degreeSign(tk, k + 1) && tk.isNum(k + 2) && tk.glued[k + 2] === 1) return true; // degrees
  // `112°E`, `16°B`: degrees and a hemisphere's letter (English or Vietnamese), glued
  if (degreeSign(tk, k + 1) && tk.isWord(k + 2) && tk.glued[k + 2] === 1 && /^[NSEWĐTB]$/.test(tk.raw(k + 2))) return true;
  if (tk.glued[k] === 1 && degreeSign(tk, k - 1) && tk.isNum(k - 2)) return true; // minutes
  return tk.glued[k] === 1 && minuteSign(tk, k - 1) && tk.isNum(k - 2) && degreeSign(tk, k - 3); // seconds
}

// Module-level, not closures inside `inCoordinate`: it runs for every figure that starts with a
// number, and under tsx (which keeps function names) each closure made there cost a call to
// esbuild's `__name` helper too: 4–5 % of the whole extraction.
function degreeSign(tk: Tokens, j: number): boolean {
  return tk.type[j] === PUNCT && tk.raw(j) === '°' && tk.glued[j] === 1;
}
function minuteSign(tk: Tokens, j: number): boolean {
  return tk.type[j] === PUNCT && (tk.raw(j) === "'" || tk.raw(j) === '′') && tk.glued[j] === 1;
}

/** The figure starts with its number: exact, a single value, no `từ`/`giữa` before it. */
function startsWithNumber(tk: Tokens, d: Found['draft'], first: number): boolean {
  if (d.qualifier !== 'exact' || d.value === undefined || !tk.isWord(first)) return d.qualifier === 'exact' && d.value !== undefined;
  const w0 = tk.lower(first);
  return w0 !== 'từ' && w0 !== 'giữa';
}

// ---------------------------------------------------------------- ages

/**
 * An age is a statistic only when its clause names an age statistic before it:
 * `tuổi thọ`, `tuổi nghỉ hưu`, `tuổi đời`, `độ tuổi bình quân`, `trung bình`.
 * `người cao tuổi` is a group, not a cue.
 */
function isStatisticalAge(tk: Tokens, first: number): boolean {
  // `nam 29,4 tuổi`: an age with decimals from fifteen up is an average, not a person's (`bé 2,5 tuổi` is a person's)
  if (tk.isNum(first) && /,\d/.test(tk.raw(first)) && Number(tk.raw(first).replace(',', '.')) >= 15) return true;
  for (let k = first - 1, seen = 0; k >= 0 && seen < 32; k--, seen++) {
    const t = tk.type[k];
    if (t === NL) return false;
    if (t === PUNCT) {
      // (the dot inside `TP.HCM` ends nothing)
      if (CLAUSE_BREAK.has(tk.raw(k)) && !(tk.raw(k) === '.' && tk.glued[k] && tk.glued[k + 1])) return false;
      continue;
    }
    if (!tk.isWord(k)) continue;
    const w = tk.lower(k);
    if (w === 'tuổi' && tk.lower(k - 1) !== 'cao' && AGE_STAT_AFTER.has(tk.lower(k + 1))) return true;
    if ((w === 'quân' || w === 'bình') && seen < 24) {
      // `Chiều cao trung bình của nam thanh niên 18 tuổi`: the average of another measure, the age defines the group
      if (AVERAGE_PAIRS.has(`${tk.lower(k - 1)} ${w}`)) return !OTHER_MEASURES.has(tk.lower(k - 2));
    }
  }
  return false;
}

// ---------------------------------------------------------------- product terms

/** `kỳ hạn 12 tháng`, `kì hạn từ 6 đến 12 tháng`: the term names a class of deposit or bond. */
function isProductTerm(tk: Tokens, first: number): boolean {
  const w1 = tk.lower(first - 1);
  // `hết thời gian ưu đãi 18 tháng`, `thời gian ân hạn 8 năm`: a loan's promotional or grace period, like its term
  if (w1 === 'đãi') return tk.lower(first - 2) === 'ưu';
  if (w1 === 'hạn' && tk.lower(first - 2) === 'ân') return true;
  // `niêm yết lãi suất 12 tháng ở mức 5,4%`: the term a rate is quoted for
  if (w1 === 'suất' && tk.lower(first - 2) === 'lãi') return true;
  if (w1 !== 'hạn') return false;
  const w0 = tk.lower(first - 2);
  return w0 === 'kỳ' || w0 === 'kì';
}

// ---------------------------------------------------------------- reporting periods

/**
 * `5 năm qua`, `10 tháng gần đây`: the period just ended; `tính chung 10 tháng`,
 * `lũy kế 9 tháng`; and `đạt 5 tỷ USD trong 10 tháng` (two to eleven months,
 * right after a figure of the same clause: the months of the year so far). A
 * duration that is itself the quantity stays: `tạm giam trong 10 tháng`,
 * `thực tập 3 tháng`, `trong 24 tháng đầu`, `15 triệu đồng/tháng trong 4 năm`.
 *
 * And `Trong 10 tháng, tỉnh thu …`: a bare sentence-opening `Trong N tháng,`
 * (two to eleven months) or `Trong N quý,` (two or three) is the year so far
 * when the rest of the sentence reports a number. `Trong 7 ngày ra quân, …`
 * names an event and its length stays a figure.
 */
function isReportingPeriod(tk: Tokens, first: number, last: number, unit: string, value: number | undefined, bare: boolean, earlier: Earlier | undefined): boolean {
  if (tk.isWord(last + 1)) {
    const after1 = tk.lower(last + 1);
    // (`chuyến biển kéo dài 18 ngày vừa qua`: how long the trip just ended lasted, not the period just ended)
    const lasted = tk.lower(first - 1) === 'dài' && tk.lower(first - 2) === 'kéo';
    if (PAST_PERIOD_AFTER.has(after1) && !tk.isNum(last + 2) && !lasted) return true;
    if (PAST_PERIOD_FIRST.has(after1) && tk.isWord(last + 2) && PAST_PERIOD_AFTER.has(`${after1} ${tk.lower(last + 2)}`) && !lasted) return true;
  }
  const before = tk.isWord(first - 1) ? tk.lower(first - 1) : '';
  // `tính chung 10 tháng`, `lũy kế 9 tháng`
  if (before === 'chung' && tk.lower(first - 2) === 'tính') return true;
  if ((before === 'kế' && (tk.lower(first - 2) === 'lũy' || tk.lower(first - 2) === 'luỹ'))) return true;
  // `Cộng gộp cả 3 quý, …`, `tính chung cả 9 tháng`: the months or quarters summed so far
  if (before === 'cả' && (tk.lower(first - 2) === 'gộp' || tk.lower(first - 2) === 'chung') && (unit === 'tháng' || unit === 'quý')) return true;
  if (before !== 'trong' || !bare) return false;
  if (opensYearSoFar(tk, first - 2, last, unit, value)) return true;
  // `nhập khẩu 2,48 triệu tấn phân bón trong 10 tháng`
  if (unit !== 'tháng' || value === undefined || !(value >= 2 && value <= 11) || !Number.isInteger(value)) return false;
  if (!earlier || earlier.draft.kind === 'duration' || earlier.draft.kind === 'ratio') return false;
  // `500.000 đồng/tháng trong 3 tháng`: how long a monthly amount is paid
  if (earlier.draft.unit.endsWith('/tháng')) return false;
  // `trong 3 tháng mùa lễ hội`: a named season after the months is the length of that season
  if (tk.isWord(last + 1) && !YEAR_SO_FAR_AFTER.has(tk.lower(last + 1))) return false;
  const gap = first - 1 - (earlier.lastTok + 1);
  if (gap < 0 || gap > 6) return false;
  for (let k = earlier.lastTok + 1; k < first - 1; k++) {
    if (!tk.isWord(k)) return false;
    const w = tk.lower(k);
    // a new verb phrase (`45 tập được ghi hình trong 8 tháng`): the months are its length
    if (w === 'và' || w === 'nhưng' || w === 'còn' || w === 'rồi' || w === 'được' || w === 'bị' || w === 'đã' || w === 'đang') return false;
    // … or a verb of making right after the figure (`do 6 nghệ nhân thực hiện trong 4 tháng`)
    if (k === earlier.lastTok + 1 && MAKING_VERBS.has(w)) return false;
    // `tăng lên 2,5 triệu đồng chỉ trong 2 tháng`: how fast, the time taken is the news
    if (w === 'chỉ' && k === first - 2) return false;
    // `hỗ trợ 30 kg gạo mỗi tháng trong 6 tháng`: how long a monthly amount is given, as `đồng/tháng` above
    if ((w === 'mỗi' || w === 'hằng' || w === 'hàng') && tk.lower(k + 1) === 'tháng') return false;
  }
  return true;
}

/** First syllables of verbs of making or doing (`thực hiện`, `hoàn thành`, `thi công`, `chế tác`, `làm`, `mất`). */
const MAKING_VERBS: ReadonlySet<string> = new Set(['thực', 'hoàn', 'thi', 'chế', 'làm', 'mất', 'may', 'đan', 'dệt']);

/** Nouns of a statistic summed over a period, named with its months (`doanh thu 9 tháng`, `lượng mưa 11 tháng`). */
const STATISTIC_NOUNS: ReadonlySet<string> = new Set([
  'lượng mưa', 'doanh thu', 'sản lượng', 'kim ngạch', 'lợi nhuận', 'doanh số', 'tổng thu', 'tổng chi', 'lãi ròng', 'lượng khách',
  'sau thuế', 'trước thuế', 'xuất khẩu', 'nhập khẩu',
]);

/** One-word statistics named with the months they cover (`lãi 9 tháng`, `FDI 10 tháng`). */
const STATISTIC_WORDS: ReadonlySet<string> = new Set(['lãi', 'lỗ', 'fdi', 'gdp', 'iip', 'cpi']);

/** Words that may follow the months of the year so far (`trong 10 tháng qua`, `… năm nay`, `… đầu năm`). */
const YEAR_SO_FAR_AFTER: ReadonlySet<string> = new Set(['qua', 'năm', 'đầu', 'này', 'vừa', 'gần', 'trở', 'tính', 'và', 'với', 'thì', 'là', 'so', 'tăng', 'giảm', 'đạt', 'ước', 'trị', 'chiếm', 'bằng', 'cho']);

/** Two to eleven months or two or three quarters: as many as have passed of a year being reported. */
function isYearSoFarSpan(unit: string, value: number | undefined): boolean {
  if (value === undefined || !Number.isInteger(value)) return false;
  return (unit === 'tháng' && value >= 2 && value <= 11) || (unit === 'quý' && value >= 2 && value <= 3);
}

/** `Trong 10 tháng, …` / `Trong 3 quý, …` opening a sentence that reports a number (see `isReportingPeriod`). */
function opensYearSoFar(tk: Tokens, p: number, last: number, unit: string, value: number | undefined): boolean {
  if (!isYearSoFarSpan(unit, value) || !tk.isPunct(last + 1, ',')) return false;
  // `Ông …, Giám đốc Cảng vụ, cho biết 9 tháng, lượng hàng …`: reported speech opens a clause too
  const reported = (tk.lower(p) === 'biết' || tk.lower(p) === 'hay') && tk.lower(p - 1) === 'cho';
  if (!reported && !opensClauseAfter(tk, p)) return false;
  return numberLaterInSentence(tk, last + 2);
}

// ---------------------------------------------------------------- framing periods

/**
 * A period that frames the clause instead of being its quantity:
 * - `Sau 2 tuần vận hành, …`, `Qua 5 năm triển khai, …` (see `opensClause`),
 *   and `sau hai năm mới giải ngân` (only after that long);
 * - the window ahead: `trong 24 giờ tới`, `3 ngày tiếp theo`;
 * - a window after an event: `trong vòng 12 tháng sau khi ra trường`;
 * - the period of a cumulative statistic: `bình quân 10 tháng tăng 3,78%`,
 *   `doanh thu 9 tháng ước đạt 4,69 triệu tỷ đồng` (two to eleven months:
 *   the months of the year so far, as in `isReportingPeriod`).
 * A length of time that is the quantity stays: `kéo dài 10 ngày`, `bị phạt 5
 * năm tù`, `thực tập 3 tháng đạt yêu cầu`, `sau 3 ngày điều trị thì xuất viện`.
 */
function isFramingPeriod(tk: Tokens, first: number, last: number, unit: string, value: number | undefined): boolean {
  if (opensClause(tk, first, last)) return true;
  const before = tk.isWord(first - 1) ? tk.lower(first - 1) : '';
  const after1 = tk.isWord(last + 1) ? tk.lower(last + 1) : '';
  // `sau hai năm mới giải ngân`; `có việc làm sau 12 tháng tốt nghiệp` (after graduating)
  // (`sau gần 2 năm triển khai mới giải ngân`: a verb phrase may come between)
  if (before === 'sau' && (after1 === 'mới' || (tk.isWord(last + 2) && tk.lower(last + 2) === 'mới') || (tk.isWord(last + 2) && tk.isWord(last + 3) && tk.lower(last + 3) === 'mới'))) return true;
  if (before === 'sau' && tk.isWord(last + 2) && AFTER_EVENT.has(`${after1} ${tk.lower(last + 2)}`)) return true;
  // `trong 24 giờ tới`
  if (after1 !== '' && !tk.isNum(last + 2)) {
    if (FUTURE_PERIOD_AFTER.has(after1)) return true;
    if (FUTURE_PERIOD_FIRST.has(after1) && tk.isWord(last + 2) && FUTURE_PERIOD_AFTER.has(`${after1} ${tk.lower(last + 2)}`) && !tk.isNum(last + 3)) return true;
  }
  // `Chưa đến 2 giờ sau khi gây án, …`: a window after an event, opening the sentence
  if (after1 === 'sau' && tk.isWord(last + 2) && tk.lower(last + 2) === 'khi' && atClauseStart(tk, first - 1)) return true;
  // `trong vòng 12 tháng sau khi`, `trong 3 năm kể từ khi`, `bàn giao sau 24 tháng kể từ ngày ký`
  // (`có hiệu lực chỉ sau 4 tiếng kể từ khi thông báo` says how fast, and stays)
  if (before === 'sau' && after1 === 'kể' && tk.lower(last + 2) === 'từ' && tk.lower(first - 2) !== 'chỉ') return true;
  // `giải ngân chậm nhất sau 3 ngày làm việc kể từ khi ký hợp đồng`: working days, the same deadline
  if (before === 'sau' && after1 === 'làm' && tk.lower(last + 2) === 'việc' && tk.lower(last + 3) === 'kể' && tk.lower(last + 4) === 'từ') return true;
  // `không được bán lại trong thời hạn 5 năm kể từ ngày thanh toán`
  // (`cấm đảm nhiệm chức vụ trong thời hạn 3 năm kể từ khi …`: how long a penalty lasts stays)
  if (before === 'hạn' && after1 === 'kể' && tk.lower(last + 2) === 'từ' && !penaltyBefore(tk, first)) return true;
  // `thời hạn kháng cáo là 15 ngày kể từ ngày tuyên án`: a time limit the law sets
  if (before === 'là' && after1 === 'kể' && tk.lower(last + 2) === 'từ' && timeLimitBefore(tk, first - 2)) return true;
  // `Theo Hiệp hội Thép Việt Nam (VSA), 10 tháng, tiêu thụ thép đạt …`: the year so far, with no `Trong`
  // … or after `cho biết` (`Ông …, Giám đốc Cảng vụ, cho biết 9 tháng, lượng hàng … đạt …`)
  if (tk.isNum(first) && (tk.isPunct(first - 1, ',') || tk.lower(first - 1) === 'biết' || tk.lower(first - 1) === 'hay') && opensYearSoFar(tk, first - 1, last, unit, value)) return true;
  if ((before === 'trong' || (before === 'vòng' && tk.lower(first - 2) === 'trong')) && tk.isWord(last + 2)) {
    const after2 = tk.lower(last + 2);
    // (`trong 48 giờ sau trận động đất chính`: after an event)
    // (`tạm đình chỉ hoạt động trong 21 ngày kể từ ngày 15/4`: how long a penalty lasts stays, like `phạt 5 năm tù`)
    if ((after1 === 'sau' && (after2 === 'khi' || EVENT_NOUNS.has(after2))) || (after1 === 'kể' && after2 === 'từ' && !penaltyBefore(tk, first))) return true;
    // `nhận tiền trong vòng 5 ngày làm việc kể từ ngày có quyết định`: working days, the same window
    if (after1 === 'làm' && after2 === 'việc' && tk.lower(last + 3) === 'kể' && tk.lower(last + 4) === 'từ' && !penaltyBefore(tk, first)) return true;
  }
  // `trong 11 tháng đạt 19,2 triệu lượt`, `sản lượng 9 tháng của tỉnh ước đạt 186.000 tấn`
  if (yearSoFarBeforeResult(tk, first, last, unit, value)) return true;
  // `Lượng mưa 11 tháng tại TP.HCM cao hơn …`, `doanh thu 6 tháng giảm mạnh`: the months the statistic covers
  if (isYearSoFarSpan(unit, value) && tk.isNum(first) && tk.isWord(first - 2) && STATISTIC_NOUNS.has(`${tk.lower(first - 2)} ${before}`)) return true;
  // `báo lãi 9 tháng gần 190 tỷ đồng`, `FDI 10 tháng ước đạt …`: a one-word statistic, its result right after
  if (isYearSoFarSpan(unit, value) && tk.isNum(first) && STATISTIC_WORDS.has(before) && numberFollows(tk, last + 1, 4)) return true;
  const binhQuan = before === 'quân' && tk.lower(first - 2) === 'bình';
  // `thấp hơn bình quân 5 năm là 15,3 lần`: the years an average covers, its value after `là`
  const average = averageWordAt(tk, first - 1);
  if (average && after1 === 'là' && numberFollows(tk, last + 2, 3)) return true;
  // `bình quân 10 tháng, CPI tăng 3,05%`: an average over the months of the year so far
  if (binhQuan && tk.isPunct(last + 1, ',') && value !== undefined && unit === 'tháng' && numberFollows(tk, last + 2, 8)) return true;
  // `CPI bình quân 10 tháng của tỉnh tăng 3,78%`
  if (binhQuan && isYearSoFarSpan(unit, value) && numberFollows(tk, last + 1, 8)) return true;
  // `bình quân 10 tháng tăng 3,78%`, `tiêu dùng 9 tháng ước đạt 4,69 triệu tỷ đồng`
  if (CUMULATIVE_VERBS.has(after1) && value !== undefined && Number.isInteger(value) && tk.isNum(first)) {
    // `Chỉ số sản xuất công nghiệp (IIP) 10 tháng tăng 9,2%`: the statistic may end with its acronym in brackets
    const named = before !== '' || tk.isPunct(first - 1, ')');
    if (binhQuan || (isYearSoFarSpan(unit, value) && named && !DURATION_VERBS.has(before) && numberFollows(tk, last + 2))) return true;
  }
  return false;
}

/**
 * Two to eleven months (or two or three quarters) followed within three words
 * by `đạt` or `ước đạt` and a number: the year so far of the statistic that
 * follows. Not after a verb of duration (`kéo dài 9 tháng đạt …` never reads so).
 */
function yearSoFarBeforeResult(tk: Tokens, first: number, last: number, unit: string, value: number | undefined): boolean {
  if (!isYearSoFarSpan(unit, value) || !tk.isNum(first)) return false;
  const before = tk.isWord(first - 1) ? tk.lower(first - 1) : '';
  // `lượng hàng thông qua 11 tháng đạt …`: `qua` of `thông qua` (passing through) is not a duration word
  const throughPort = before === 'qua' && tk.lower(first - 2) === 'thông';
  if (before !== 'trong' && !throughPort && DURATION_VERBS.has(before)) return false;
  // `Số doanh nghiệp thành lập mới trong 10 tháng là 142.600`
  if (before === 'trong' && tk.isWord(last + 1) && (tk.lower(last + 1) === 'là' || tk.lower(last + 1) === 'lên') && tk.isNum(last + 2)) return true;
  for (let k = last + 1; k < tk.n && k <= last + 4; k++) {
    if (!tk.isWord(k)) return false;
    if (tk.lower(k) === 'đạt') return numberFollows(tk, k + 1);
  }
  return false;
}

/** A number within the next few words of the same clause. */
function numberFollows(tk: Tokens, from: number, within = 4): boolean {
  for (let k = from; k < tk.n && k < from + within; k++) {
    if (tk.isNum(k)) return true;
    if (tk.type[k] === NL || (tk.type[k] === PUNCT && !tk.isPunct(k, ','))) return false;
  }
  return false;
}

/** The closing quote of the quote opened at `open`, within a name's length, or -1. */
function closingQuoteAfter(tk: Tokens, open: number): number {
  for (let k = open + 1; k < tk.n && k <= open + 24; k++) {
    if (tk.type[k] === NL) return -1;
    if ((tk.isPunct(k, '"') || tk.isPunct(k, '”')) && tk.glued[k]) return k;
  }
  return -1;
}

/**
 * `Sau 2 tuần vận hành thương mại, …`, `Qua 5 năm triển khai phong trào, …`,
 * `Sau 26 vòng đấu, …`: `sau`/`qua` and the period open the sentence (or a
 * clause after `;`, `:`), a comma closes the framing phrase within a few
 * words, and the rest of the sentence reports a number (the statistic the
 * period frames). `Sau 3 ngày điều trị thì bé xuất viện` has no comma, and in
 * `Sau 31 ngày điều trị, bệnh nhân đã xuất viện` nothing else is counted:
 * there the length of time is the news, and stays a figure.
 */
function opensClause(tk: Tokens, first: number, last: number): boolean {
  const lead = first - 1;
  if (!tk.isWord(lead)) return false;
  const w = tk.lower(lead);
  if (w !== 'sau' && w !== 'qua') return false;
  const p = lead - 1;
  if (!opensClauseAfter(tk, p)) return false;
  for (let k = last + 1; k < tk.n && k <= last + 30; k++) {
    const t = tk.type[k];
    if (t === NL) return false;
    // `Sau 3 năm triển khai mô hình "Cánh đồng lớn", …`, `Sau 21 ngày thực hiện "3 tại chỗ", …`: a quoted
    // name inside the framing phrase, skipped whole (numbers and dashes in it included)
    if (t === PUNCT && OPEN_QUOTES.has(tk.raw(k)) && tk.glued[k + 1] && !tk.glued[k]) {
      const close = closingQuoteAfter(tk, k);
      if (close < 0) return false;
      k = close;
      continue;
    }
    if (t === PUNCT && (OPEN_QUOTES.has(tk.raw(k)) || tk.raw(k) === '”')) continue;
    // `phát triển kinh tế - xã hội vùng …`: a dash between two words of a long programme name
    if (tk.isDash(k) && tk.isWord(k - 1) && tk.isWord(k + 1) && !tk.isNum(k + 1)) continue;
    // `Sau 5 năm thí điểm theo Nghị quyết 42/2017/QH14, …`: a document number inside it
    // … or a programme's number after its capitalised name (`Chương trình MTQG 1719`), or closing the frame (`Đề án 06,`)
    if (tk.isNum(k) && tk.isPunct(k + 1, ',') && tk.isWord(k - 1) && k > last + 1) continue;
    // … or in a programme's capitalised title (`Sau 3 năm triển khai Đề án 1 triệu trẻ em biết bơi, …`)
    if (tk.isNum(k) && tk.isWord(k - 1) && tk.isCapitalized(k - 2) && k > last + 2) continue;
    // `Sau 5 năm thực hiện Chỉ thị 13-CT/TW, …`: a code of a document; `… ở quận 1 và quận 3, …`: numbered places
    if (tk.isNum(k) && ((tk.isDash(k + 1) && tk.glued[k + 1] && tk.glued[k + 2] && tk.hasUpper(k + 2)) || PLACE_NUMBERED.has(tk.lower(k - 1)))) continue;
    // `Sau 3 năm thí điểm tại 20 tỉnh, …`: where the frame's work was done
    if (tk.isNum(k) && (tk.lower(k - 1) === 'tại' || tk.lower(k - 1) === 'ở')) continue;
    // (`Sau 1 năm thương mại hóa 5G, …`: a technology's name, its digit glued to capitals)
    if ((t === PUNCT && tk.raw(k) !== ',' && tk.glued[k] && tk.glued[k + 1]) || (tk.isNum(k) && (tk.isPunct(k + 1, '/') || tk.isPunct(k - 1, '/') || (tk.isWord(k - 1) && (tk.glued[k] || tk.hasUpper(k - 1))) || (tk.glued[k + 1] && tk.hasUpper(k + 1))))) continue;
    if (t === PUNCT) return tk.raw(k) === ',' && numberLaterInSentence(tk, k + 1);
    if (tk.isNum(k)) return false;
  }
  return false;
}

/** Places and units named by a number (`quận 1`, `phường 7`), inside a framing phrase. */
const PLACE_NUMBERED: ReadonlySet<string> = new Set(['quận', 'phường', 'huyện', 'xã', 'khu', 'tổ', 'ấp', 'thôn', 'khóm', 'tiểu']);
/** Administrative places that a numbered quarter belongs to (`khu 2 thị trấn Phú Mỹ`, `tổ 5 phường Tân Lập`). */
const ADMIN_PLACES: ReadonlySet<string> = new Set(['thị trấn', 'xã', 'phường', 'huyện', 'quận', 'thị xã', 'thành phố', 'tp']);

/** A number between token `from` and the end of its sentence. */
function numberLaterInSentence(tk: Tokens, from: number): boolean {
  for (let k = from; k < tk.n; k++) {
    if (tk.isNum(k)) {
      // a date or time (`sáng 3/9`, `lúc 9h30`) says when: skip it whole
      if (tk.isWord(k - 1) && WHEN_BEFORE.has(tk.lower(k - 1))) {
        while (k + 1 < tk.n && tk.glued[k + 1] && tk.type[k + 1] !== NL && !endsSentence(tk, k + 1)) k++;
        continue;
      }
      // an age describes someone (`bé gái 3 tuổi`), it reports nothing
      if (!(tk.isWord(k + 1) && tk.lower(k + 1) === 'tuổi')) return true;
    }
    if (tk.type[k] === NL || endsSentence(tk, k)) return false;
  }
  return false;
}

/** Words that make a length of time after them the quantity (`kéo dài 10 ngày`), never a trip's name. */
const TRIP_STOPS: ReadonlySet<string> = new Set(['trong', 'kéo', 'dài', 'mất', 'suốt', 'sau', 'được', 'đã', 'có', 'là', 'gồm']);

/**
 * A trip named by its length (`Tour châu Âu 5 nước 10 ngày`, `Tour xuyên Việt 15 ngày`, `chuyến đi 3 tuần xuyên Việt`,
 * `chuyến du lịch Singapore 4 ngày`, `cho hành trình 6 ngày`), and the countries of a tour before its days: the head
 * (`tour`, `chuyến đi`, `chuyến du lịch`; `hành trình` only after a price word) at most seven words back, places
 * between. `kéo dài 10 ngày` after it is how long something lasted.
 */
function isTripLength(tk: Tokens, first: number, last: number, unit: string): boolean {
  if (unit === 'nước') {
    if (!(tk.isNum(last + 1) && /^(ngày|tuần)$/.test(tk.lower(last + 2)))) return false;
  } else if (unit !== 'ngày' && unit !== 'đêm' && unit !== 'tuần') return false;
  for (let j = first - 1, seen = 0; j >= 0 && seen < 8; j--, seen++) {
    // `5 nước` of the same tour between the head and its days
    if (tk.isNum(j) && tk.lower(j + 1) === 'nước') continue;
    if (!tk.isWord(j)) return false;
    const w = tk.lower(j);
    if (w === 'tour') return true;
    if (w === 'chuyến' && (tk.lower(j + 1) === 'đi' || tk.lower(j + 1) === 'du')) return true;
    if (w === 'hành' && tk.lower(j + 1) === 'trình') return /^(giá|cho|với)$/.test(tk.lower(j - 1));
    if (TRIP_STOPS.has(w)) return false;
  }
  return false;
}

/**
 * A number after `mỗi` that is the base or the step of a rate, not a count:
 * - one, or a round number (`Chi phí cho mỗi 1.000 lượt hiển thị`: CPM; `mỗi 1% tổn thất`: "each one");
 * - a percent (`mỗi 0,1% tổn thất giảm được giúp tiết kiệm 300 tỷ đồng`);
 * - the next step of a tariff (`mỗi 0,5 kg tiếp theo cộng thêm 2.500 đồng`);
 * - a length of time after `cho` or `sau` (`cho mỗi 12 tháng làm việc`, `tăng giá 5% sau mỗi 2 năm`) or ending its
 *   clause (`truyền số liệu mỗi 15 phút.`: how often); any measure after `sau` or `trên` (`sau mỗi 5.000 km`, `180 ml
 *   trên mỗi 20 lít`).
 */
function isRateStepAfterMoi(tk: Tokens, first: number, last: number, kind: Kind, value: number | undefined): boolean {
  if (tk.lower(first - 1) !== 'mỗi') return false;
  if (kind === 'percent' || (value !== undefined && isRateBase(value, 100))) return true;
  if (tk.lower(last + 1) === 'tiếp' && tk.lower(last + 2) === 'theo') return true;
  const before = tk.lower(first - 2);
  // (`thay dầu sau mỗi 5.000-7.000 km`: how often, by distance too; `bơm thiếu 180 ml trên mỗi 20 lít`: the measure a
  // shortfall is given per)
  if (before === 'sau' || (before === 'trên' && MEASURED_BASES.has(kind))) return true;
  if (kind !== 'duration') return false;
  return before === 'cho' || endsClauseAt(tk, last + 1);
}

/** Kinds of measure a price or a cost is given per (`1 ha`, `1 kg`, `1 m3`). */
const MEASURED_BASES: ReadonlySet<Kind> = new Set<Kind>(['area', 'mass', 'volume']);
/** Kinds of amount a conversion is given for (`1 USD bằng …`, `1 lượng bằng …`). */
const CONVERTED_KINDS: ReadonlySet<Kind> = new Set<Kind>(['money', 'mass', 'volume', 'length', 'area']);
/** Weights of gold, counted pieces to the lexicon (`1 lượng bằng khoảng 1,2 ounce`). */
const GOLD_WEIGHTS: ReadonlySet<string> = new Set(['lượng', 'chỉ', 'cây']);
/** Nouns of a price or a cost (`giá`, `chi phí`, `tiền`, `lãi`). */
const PRICE_WORDS: ReadonlySet<string> = new Set(['giá', 'phí', 'tiền', 'lãi', 'lời']);

/** A price word among the six words before `first`, in the same clause (`Chi phí trồng và chăm sóc 1 ha`). */
function priceWordBefore(tk: Tokens, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 6 && tk.isWord(k); k--) if (PRICE_WORDS.has(tk.lower(k))) return true;
  return false;
}

/**
 * Within five words after token `last`, its price: `giá` (not `giá trị`, `trị giá`: what a seizure was worth; not `với
 * giá`: what a purchase cost, `mua 1 ha đất với giá 2 tỷ đồng`) or `bán` then a number.
 */
function priceFollows(tk: Tokens, last: number): boolean {
  for (let k = last + 1; k <= last + 5 && k < tk.n && tk.isWord(k); k++) {
    const w = tk.lower(k);
    if (w === 'giá') return tk.lower(k + 1) !== 'trị' && tk.lower(k - 1) !== 'trị' && tk.lower(k - 1) !== 'với';
    if (w === 'bán') return [1, 2].some((b) => tk.isNum(k + b));
  }
  return false;
}

/** Verbs a yield follows its base with (`cho`, `tạo ra`, `thu được`, `cần`, `đạt`, `sản xuất`, `ủ được`). */
const YIELD_VERBS: ReadonlySet<string> = new Set(['cho', 'tạo', 'thu', 'cần', 'đạt', 'sản', 'được']);

/**
 * `1 tấn`, `1 ha` at tokens `first`–`last` opening its clause (or after `với`, `tức`, `nên`, an opening `Từ`), then,
 * in the same sentence within fourteen words, a verb of yield and a number: the base the yield is given for; or after
 * `để làm ra` (`cần 5 kg búp tươi để làm ra 1 kg chè khô`).
 */
function yieldBaseAt(tk: Tokens, first: number, last: number): boolean {
  const before = tk.isWord(first - 1) ? tk.lower(first - 1) : '';
  // `cần 4,5-5 kg búp tươi để làm ra 1 kg chè khô`: what the input before is needed for
  if (before === 'ra' && /^(làm|tạo|sản)$/.test(tk.lower(first - 2)) && [2, 3, 4].some((b) => tk.lower(first - b - 1) === 'để')) return true;
  // (`Từ 1 tấn rơm rạ, nông dân ủ được 600-700 kg phân`)
  const opensWithTu = before === 'từ' && opensClauseAfter(tk, first - 2);
  if (!(before === 'với' || before === 'tức' || before === 'nên' || opensWithTu || opensClauseAfter(tk, first - 1))) return false;
  for (let j = last + 1, verb = false; j < tk.n && j <= last + 14; j++) {
    if (tk.type[j] === NL || endsSentence(tk, j)) return false;
    if (tk.isNum(j)) return verb;
    if (tk.isWord(j) && YIELD_VERBS.has(tk.lower(j))) verb = true;
  }
  return false;
}

/** Verbs of looking after people (`trông`, `chăm sóc`, `phụ trách`, `dạy`, `phục vụ`, `quản lý`, `khám`, `cho`). */
const CARE_VERBS: ReadonlySet<string> = new Set(['trông', 'chăm', 'phụ', 'dạy', 'phục', 'quản', 'khám', 'coi', 'kèm', 'cho']);

/**
 * A verb of looking after people within three words from token `k`, then, within four more and in the same clause, a
 * number of people (`trông tới 25 cháu`, `cho 3-5 trẻ`, `dạy lớp ghép 24 trẻ`).
 */
function caresForCountAfter(tk: Tokens, k: number): boolean {
  let verb = -1;
  for (let j = k; j < k + 3 && j < tk.n; j++) {
    if (!tk.isWord(j)) return false;
    if (CARE_VERBS.has(tk.lower(j))) {
      verb = j;
      break;
    }
  }
  if (verb < 0) return false;
  for (let j = verb + 1; j <= verb + 5 && j < tk.n; j++) {
    if (tk.isNum(j)) {
      let e = j;
      while (tk.isDash(e + 1) || (tk.isNum(e + 1) && tk.isDash(e))) e++;
      const u = readUnit(tk, e + 1, { strongOnly: true });
      return !!u && u.kind === 'people';
    }
    if (!tk.isWord(j) || tk.lower(j) === 'và') return false;
  }
  return false;
}

/** A number a rate is given per: one, or a round power of ten from `from` up (`mỗi 100`, `cứ 10`). */
/**
 * `mỗi khi giá cám tăng 1.000 đồng/kg thì …`, `khi tốc độ tăng 1 km/h, nguy cơ … tăng 3%`: the step of a rate, a change
 * supposed in a condition whose effect follows (`thì` or a comma after it). A round step after `mỗi khi` or `cứ`; after
 * `khi` or `nếu` only one unit (`Khi giá xăng tăng 1.000 đồng/lít, …` may tell what happened).
 */
function isConditionalStep(tk: Tokens, first: number, last: number, value: number): boolean {
  const verb = tk.lower(first - 1);
  if ((verb !== 'tăng' && verb !== 'giảm') || !(tk.lower(last + 1) === 'thì' || tk.isPunct(last + 1, ','))) return false;
  for (let j = first - 2; j >= first - 6 && tk.isWord(j); j--) {
    const w = tk.lower(j);
    if (w === 'cứ' || (w === 'khi' && tk.lower(j - 1) === 'mỗi')) return isRateBase(value, 100);
    if (w === 'khi' || w === 'nếu') return value === 1;
  }
  return false;
}

function isRateBase(value: number, from: number): boolean {
  return value === 1 || (value >= from && 10 ** Math.round(Math.log10(value)) === value);
}

/** Token `k` ends a clause: the end of the text or a line, `,`, `;`, `.`, `!`, `?`. */
function endsClauseAt(tk: Tokens, k: number): boolean {
  return k >= tk.n || tk.type[k] === NL || tk.isPunct(k, ',') || tk.isPunct(k, ';') || endsSentence(tk, k);
}

/** `quy hoạch chi tiết tỷ lệ 1/500`, `bản đồ tỉ lệ 1/2.000`: the scale of a plan or a map, not a proportion. */
function isMapScale(tk: Tokens, first: number): boolean {
  if (tk.lower(first - 1) !== 'lệ' || !/^t[ỷỉ]$/.test(tk.lower(first - 2)) || tk.raw(first) !== '1') return false;
  for (let j = first - 3; j >= 0 && j >= first - 8; j--) {
    const w = tk.lower(j);
    if ((w === 'hoạch' && tk.lower(j - 1) === 'quy') || (w === 'đồ' && tk.lower(j - 1) === 'bản')) return true;
  }
  return false;
}

/** `độ tuổi từ 80 xuống 75`: `tuổi` a few tokens before, with only a change's words and numbers between. */
function ageBefore(tk: Tokens, first: number): boolean {
  for (let j = first - 1; j >= 0 && j >= first - 5; j--) {
    if (tk.isWord(j) && tk.lower(j) === 'tuổi') return true;
    if (!(tk.isNum(j) || (tk.isWord(j) && /^(từ|xuống|lên|đến|tới|còn)$/.test(tk.lower(j))))) return false;
  }
  return false;
}

/** Words before `N ca` that make it a shift system (`làm việc theo 3 ca`, `học 2 ca`). */
const SHIFT_SYSTEM_BEFORE: ReadonlySet<string> = new Set(['theo', 'chia', 'học']);

/** Words after `đủ N …` that make it the condition of a rule (`nhận đủ 3 thẻ vàng sẽ bị treo giò`). */
const CONDITION_AFTER: ReadonlySet<string> = new Set(['sẽ', 'thì', 'được']);
/** Nouns of a span of history (`giai đoạn sau 1975`, `thời kỳ trước 1986`). */
const PERIOD_NOUNS: ReadonlySet<string> = new Set(['giai đoạn', 'thời kỳ', 'thời kì', 'thời gian', 'thời điểm']);
/** Names of lunar months after `tháng` (`tháng Chạp`, `tháng Giêng`). */
const LUNAR_MONTHS: ReadonlySet<string> = new Set(['chạp', 'giêng']);

/**
 * `nhận đủ 3 thẻ vàng sẽ bị treo giò`, `đóng đủ 20 năm BHXH thì được hưởng`, `đủ 12 tháng đến 36 tháng thì được
 * hưởng 3 tháng`, `cứ đóng đủ thêm 12 tháng thì`: what must be reached (`đủ`, either end of a range after it) for a
 * rule to apply, its consequence within five words of the same clause.
 */
function isRuleCondition(tk: Tokens, first: number, last: number): boolean {
  const before = tk.lower(first - 1);
  const enough = before === 'đủ' || (before === 'thêm' && tk.lower(first - 2) === 'đủ');
  const secondEnd = before === 'đến' && tk.isWord(first - 2) && tk.isNum(first - 3) && tk.lower(first - 4) === 'đủ';
  if (!enough && !secondEnd) return false;
  // between: the other end of a range in the same unit, or a name (`BHXH`); `đủ 3 trận để được xét` is a purpose
  const unit = tk.lower(last);
  for (let k = last + 1; k <= last + 5 && k < tk.n; k++) {
    const w = tk.lower(k);
    // (`về nước đủ 3 tháng có thể đăng ký quay lại`)
    if (CONDITION_AFTER.has(w) || (w === 'có' && tk.lower(k + 1) === 'thể')) return true;
    if (!tk.isNum(k) && !(tk.isWord(k) && (tk.hasUpper(k) || w === unit || CONDITION_RANGE_WORDS.has(w)))) return false;
  }
  return false;
}

/** Words of a range or a bound between a condition and its consequence (`đủ 15 năm đến dưới 30 năm được`). */
const CONDITION_RANGE_WORDS: ReadonlySet<string> = new Set(['đến', 'tới', 'dưới', 'trở', 'lên', 'làm', 'việc', 'công', 'tác']);

/**
 * `N tháng một lần`: a cycle, read through a list of them ending there (`hằng tháng, 3 tháng, 6 tháng, 12 tháng một
 * lần`): the figure ends at `last`, its unit is `unit`.
 */
function isCycle(tk: Tokens, last: number, unit: string): boolean {
  let j = last + 1;
  for (let guard = 0; guard < 6; guard++) {
    const joined = tk.isPunct(j, ',') || tk.lower(j) === 'hoặc' || tk.lower(j) === 'và';
    if (!(joined && tk.isNum(j + 1) && tk.lower(j + 2) === unit)) break;
    j += 3;
  }
  return tk.lower(j) === 'một' && tk.lower(j + 1) === 'lần';
}

/** Medals before a distance that names the race they were won in (`HCV 5.000 m`). */
const MEDALS: ReadonlySet<string> = new Set(['hcv', 'hcb', 'hcđ']);
/** Words after a distance that make it the name of a race or an event (`400 m rào`, `100 m bướm`, `10 m súng ngắn hơi`). */
const EVENT_AFTER_DISTANCE: ReadonlySet<string> = new Set(['súng', 'rào', 'bướm', 'ngửa', 'ếch', 'sải', 'hỗn', 'tiếp', 'đồng']);

/**
 * A distance that names a race or a shooting event: after a medal (`HCV 5.000 m`, `huy chương vàng 100 m`), the
 * second of two after one (`HCV 5.000 m và 10.000 m`), or before the event's style (`400 m rào`, `100 m tự do`,
 * `200 m hỗn hợp`, `3.000 m vượt chướng ngại vật`, `4x100 m tiếp sức`, `10 m súng ngắn hơi`, `10 m đồng đội`).
 */
function isEventDistance(tk: Tokens, first: number, last: number): boolean {
  const unit = tk.lower(last);
  if (unit !== 'm' && unit !== 'km') return false;
  const after = tk.lower(last + 1);
  if (EVENT_AFTER_DISTANCE.has(after) || (after === 'tự' && tk.lower(last + 2) === 'do') || (after === 'vượt' && tk.lower(last + 2) === 'chướng')) return true;
  // `phá kỷ lục quốc gia 10.000 m`: the record of a race; `về nhất chung kết 100 m`, `thành tích 400 m của …`: the final
  // and the result of one
  if (tk.lower(first - 1) === 'lục' || (tk.lower(first - 1) === 'gia' && tk.lower(first - 2) === 'quốc' && tk.lower(first - 3) === 'lục')) return true;
  if ((tk.lower(first - 1) === 'kết' && tk.lower(first - 2) === 'chung') || (tk.lower(first - 1) === 'tích' && tk.lower(first - 2) === 'thành')) return true;
  const medal = (k: number) => MEDALS.has(tk.lower(k)) || (tk.lower(k - 1) === 'chương' && tk.lower(k - 2) === 'huy' && /^(vàng|bạc|đồng)$/.test(tk.lower(k)));
  if (medal(first - 1)) return true;
  // `HCV 5.000 m và 10.000 m`: the distance before names the first race
  const joined = tk.lower(first - 1) === 'và' || tk.isPunct(first - 1, ',');
  return joined && tk.lower(first - 2) === unit && tk.isNum(first - 3) && medal(first - 4);
}

/** Words before `N <noun> … nhất` that make it a group named by its rank (`của 5 CLB giàu nhất`). */
const RANKED_GROUP_BEFORE: ReadonlySet<string> = new Set(['khi', 'của', 'tại', 'nhóm', 'trong', 'thuộc', 'ở']);

/** Words before a date or a time of day (`sáng 3/9`, `ngày 25/4`, `lúc 9h`). */
const WHEN_BEFORE: ReadonlySet<string> = new Set(['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'ngày', 'hôm', 'lúc', 'mùng', 'mồng', 'sn']);

/** True when token `p` (the one before a clause) is the start of the text, a line break, `.`, `!`, `?`, `;` or `:`. */
function atClauseStart(tk: Tokens, p: number): boolean {
  return atSentenceStart(tk, p) || tk.isPunct(p, ':');
}

/** True when token `p` (the one before a word) is the start of the text, a line break or a sentence end. */
function atSentenceStart(tk: Tokens, p: number): boolean {
  return p < 0 || tk.type[p] === NL || endsSentence(tk, p);
}

/** Token `p` starts a clause, directly or after a short lead-in and its comma (`Theo báo cáo, …`). */
function opensClauseAfter(tk: Tokens, p: number): boolean {
  return atClauseStart(tk, p) || (tk.isPunct(p, ',') && atClauseStart(tk, leadInStart(tk, p - 1))) || afterDateline(tk, p);
}

/** Token `p` is the dash of a dateline opening the text or a paragraph (`Hà Nội - Sau gần 4 năm …`, `TP.HCM - …`). */
function afterDateline(tk: Tokens, p: number): boolean {
  if (!tk.isDash(p) || tk.glued[p]) return false;
  let j = p - 1;
  for (let words = 0; j >= 0 && words < 5 && tk.type[j] !== NL; j--, words++) {
    if (!(tk.isWord(j) && tk.hasUpper(j)) && !(tk.type[j] === PUNCT && tk.raw(j) === '.' && tk.glued[j] && tk.glued[j + 1])) return false;
  }
  return j < 0 || tk.type[j] === NL;
}

/**
 * `Theo báo cáo, qua …`, `Ngoài ra, sau …`, `Theo báo cáo của Bộ Tài chính,
 * trong …`: the token before a short lead-in phrase (one to eight words, no numbers) that ends at token `k`; `k` itself
 * when there is none.
 */
function leadInStart(tk: Tokens, k: number): number {
  let j = k;
  // `Theo Hiệp hội Thép Việt Nam (VSA), …`: an acronym in brackets closing the lead-in
  if (tk.isPunct(j, ')') && tk.isWord(j - 1) && tk.isPunct(j - 2, '(')) j -= 3;
  // (`Theo báo cáo của Sở NN&PTNT, …`: a mark glued inside a word is part of it)
  for (let words = 0; j >= 0 && ((tk.isWord(j) && !tk.isNum(j)) || (tk.type[j] === PUNCT && tk.glued[j] && tk.glued[j + 1] && tk.isWord(j - 1))); j--) if (++words > 8) return k;
  return j === k ? k : j;
}

// ---------------------------------------------------------------- product names and tickets

/**
 * `Power 6/55`, `Paracetamol 500 mg`, `Mega 6/45`: a strength, size or model
 * number right after a capitalised word that is not a Vietnamese syllable
 * (two vowel groups, or a final letter Vietnamese never ends on) belongs to
 * the product's name. Money and counts after a brand stay (`Vietcombank 500
 * tỷ đồng`), and so does a dose with no brand before it (`uống 500 mg`).
 */
function afterForeignBrand(tk: Tokens, first: number): boolean {
  const p = first - 1;
  if (!tk.isWord(p) || tk.glued[first]) return false;
  // `iPhone 16`, `eSIM`: a brand in camel case, never a Vietnamese word
  if (!tk.isCapitalized(p)) return /^[a-z]{1,2}[A-Z][a-z]{2,}$/.test(tk.raw(p));
  const pp = p - 1;
  const w = tk.lower(p);
  if (w.length < 3) return false;
  const runs = w.match(VOWEL_RUNS);
  // at the start of a sentence every word is capitalised: a final Vietnamese never ends on, or two runs of vowels
  // (`Nokia`; a Vietnamese syllable has one), mark a brand there
  if (atSentenceStart(tk, pp)) return /^[a-z]+$/.test(w) && (!VIET_FINAL.test(w) || (runs !== null && runs.length > 1));
  return !VIET_FINAL.test(w) || (runs !== null && runs.length > 1) || /[fjwz]/.test(w);
}

/** `mã quyền lợi 2`, `mã ngành 7480201`: a bare number after `mã` and up to three lower-case words naming the code. */
function codeNamedBefore(tk: Tokens, k: number): boolean {
  for (let j = k - 1; j >= k - 4 && j >= 0; j--) {
    if (!tk.isWord(j) || tk.hasUpper(j)) return false;
    if (tk.lower(j) === 'mã') return j < k - 1;
  }
  return false;
}

/**
 * `vé số 842157`, `dãy số trúng giải đặc biệt kỳ này là 842157`: a bare run of
 * five or six digits (no thousands dot, as a count would be written) in a
 * sentence about a lottery is a ticket number.
 */
function isLotteryNumber(tk: Tokens, k: number): boolean {
  if (!/^\d{5,6}$/.test(tk.raw(k))) return false;
  for (let j = k - 1, seen = 0; j >= 0 && seen < 40; j--, seen++) {
    const t = tk.type[j];
    if (t === NL) return false;
    if (t === PUNCT) {
      if (SENTENCE_END.has(tk.raw(j)) && tk.raw(j) !== ';') return false;
      continue;
    }
    if (!tk.isWord(j)) continue;
    const w = tk.lower(j);
    if (LOTTERY_WORDS.has(w)) return true;
    if (w === 'biệt' && tk.lower(j - 1) === 'đặc' && tk.lower(j - 2) === 'giải') return true;
  }
  return false;
}

// ---------------------------------------------------------------- names

/**
 * `Công ty Truyền tải điện 1`: a bare number after lower-case words that
 * continue a capitalised name (`Truyền` …) ends that name. Function words and
 * verbs break the name (`Hà Nội có 5`).
 */
function endsName(tk: Tokens, first: number): boolean {
  let k = first - 1;
  let lower = 0;
  for (; k >= 0 && lower <= 3; k--) {
    if (!tk.isWord(k) || tk.glued[k + 1]) return false;
    if (tk.hasUpper(k)) break;
    if (NP_STOP.has(tk.lower(k))) return false;
    lower++;
  }
  if (k < 0 || lower === 0 || lower > 3 || !tk.isCapitalized(k)) return false;
  // the capital must not be the first word of a sentence
  const p = k - 1;
  if (p < 0 || tk.type[p] === NL) return false;
  if (tk.isPunct(p)) return !SENTENCE_END.has(tk.raw(p)) && !OPEN_QUOTES.has(tk.raw(p)) && tk.raw(p) !== ':';
  return true;
}

/** The opening quote among the few tokens before `first` with no closing mark after it, or -1. */
function openQuoteBefore(tk: Tokens, first: number): number {
  for (let k = first - 1; k >= 0 && k >= first - MAX_NAME_TOKENS; k--) {
    const t = tk.type[k];
    if (t === NL) return -1;
    if (t !== PUNCT) continue;
    const c = tk.text.charCodeAt(tk.start[k]!);
    if ((c === QUOTE || c === OPEN_CURLY) && !tk.glued[k] && tk.glued[k + 1]) return k;
    if (c === QUOTE || c === CLOSE_CURLY || c === FULL_STOP || c === 33 || c === 63 || c === 59) return -1;
  }
  return -1;
}

/** Naming nouns that start a title when capitalised in mid-sentence (`Đề án 1 triệu ha lúa …`). */
const TITLE_NOUNS: ReadonlySet<string> = new Set([
  'đề án', 'chương trình', 'dự án', 'phong trào', 'cuộc vận động', 'chiến dịch', 'cuộc thi', 'hội thi', 'giải',
  'quỹ', 'mô hình', 'sáng kiến', 'kế hoạch', 'ngày hội', 'lễ hội', 'tour',
]);

/**
 * `triển khai Đề án 1 triệu ha lúa chất lượng cao`: a capitalised naming noun
 * in mid-sentence right before the figure starts a title, without quotes.
 * At the start of a sentence the capital says nothing (`Dự án 500 tỷ đồng …`
 * is not a title), and a lower-case noun is a common noun (`đề án 2 tỷ đồng`).
 */
function afterTitleNoun(tk: Tokens, first: number): boolean {
  for (let words = 1; words <= 3; words++) {
    const k = first - words;
    if (k < 0 || !tk.isWord(k)) return false;
    if (!tk.isCapitalized(k)) continue;
    let phrase = tk.lower(k);
    for (let j = k + 1; j < first; j++) phrase += ` ${tk.lower(j)}`;
    if (!TITLE_NOUNS.has(phrase)) return false;
    const p = k - 1;
    return !atClauseStart(tk, p) && !(tk.type[p] === PUNCT && OPEN_QUOTES.has(tk.raw(p)));
  }
  return false;
}

/**
 * `nhóm "Cơm 0 đồng"`, `chương trình "1 triệu cây xanh"`: a figure inside a
 * short quoted title that follows a naming noun (up to three words back, so
 * `nhóm thiện nguyện "…"` counts). Quoted speech (`: "Chúng tôi đã hỗ trợ 200
 * hộ"`) follows a colon or a verb of saying, not a naming noun.
 */
function insideQuotedName(tk: Tokens, first: number, last: number): boolean {
  // the opening quote: glued to the word after it, not to the word before
  const open = openQuoteBefore(tk, first);
  if (open < 0) return false;
  let close = -1;
  for (let k = last + 1; k < tk.n && k <= open + MAX_NAME_TOKENS; k++) {
    const t = tk.type[k];
    if (t === NL) return false;
    if (t !== PUNCT || !tk.glued[k]) continue;
    const c = tk.text.charCodeAt(tk.start[k]!);
    if (c === QUOTE || c === CLOSE_CURLY) {
      close = k;
      break;
    }
  }
  if (close < 0) return false;
  // a naming noun (of one to three syllables) within three words before the quote
  for (let k = open - 1, words = 0; k >= 0 && words < 3; k--, words++) {
    if (!tk.isWord(k)) return false;
    const w = tk.lower(k);
    if (SPEECH_VERBS.has(w)) return false;
    if (NAMING_NOUNS.has(w)) return true;
    if (!tk.isWord(k - 1)) continue;
    const two = `${tk.lower(k - 1)} ${w}`;
    if (NAMING_NOUNS.has(two)) return true;
    if (tk.isWord(k - 2) && NAMING_NOUNS.has(`${tk.lower(k - 2)} ${two}`)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- qualifiers

/** Places something is listed, sold or shown on (`sàn`, `nền tảng`, `kênh`). */
const PLATFORMS: ReadonlySet<string> = new Set(['sàn', 'nền', 'kênh', 'website', 'trang', 'ứng', 'app']);

/**
 * `25,8 triệu hành khách trên 150 đường bay`: `trên` right after another
 * figure is the preposition "on", not the qualifier "over". (`6 trên 10
 * người` never gets here: it is read as a proportion.)
 */
function isPrepositionTren(tk: Tokens, qualFirst: number, earlier: Earlier | undefined): boolean {
  if (tk.lower(qualFirst) !== 'trên') return false;
  // `giao dịch trên hai sàn HNX và UPCoM`, `trên 3 nền tảng`: "on" the places where something is listed or sold
  const one = tk.isNum(qualFirst + 1) || SPELLED_START_WORDS.has(tk.lower(qualFirst + 1));
  if (one && tk.isWord(qualFirst + 2) && PLATFORMS.has(tk.lower(qualFirst + 2))) return true;
  if (!tk.isNum(qualFirst + 1)) return false;
  if (!!earlier && earlier.lastTok === qualFirst - 1) return true;
  // `Nghiên cứu trên 12.500 bệnh nhân`, `thử nghiệm trên 40 con chuột`: what a study was done on
  const w1 = tk.lower(qualFirst - 1);
  const w2 = tk.lower(qualFirst - 2);
  return (w1 === 'cứu' && w2 === 'nghiên') || (w1 === 'nghiệm' && (w2 === 'thử' || w2 === 'thí'));
}

// ---------------------------------------------------------------- sizes

/** Kinds of measure that give the size of a numbered thing (`phòng 15-20 m2`, `lô 500 m2`). */
const SIZE_KINDS: ReadonlySet<Kind> = new Set<Kind>(['area', 'length', 'volume', 'mass']);

/** Words that number a place or a plot, and whose number can instead be followed by its size. */
const SIZED_PLACES: ReadonlySet<string> = new Set(['phòng', 'lô', 'sân', 'tầng', 'hẻm', 'ngõ', 'ngách', 'kiệt', 'làn', 'cổng', 'bến', 'block']);

/**
 * `cho phòng 15-20 m2`, `sân 500 m2`, `hẻm 3 m`: after a word that usually
 * numbers a place (`phòng 7`, `sân 2`), a number followed by a size measure
 * is that place's size, a statistic. `num` is the number's first token, `k`
 * the token after it; a range's second end (`15-20`, `15 - 20`) may sit between.
 */
export function isSizeAt(tk: Tokens, num: number, k: number, gluedKind?: Kind): boolean {
  if (!SIZED_PLACES.has(tk.lower(num - 1))) return false;
  if (gluedKind !== undefined) return SIZE_KINDS.has(gluedKind);
  let j = k;
  if (tk.isDash(j) && tk.isNum(j + 1)) j += 2;
  const m = matchMeasureOrCurrency(tk, j);
  return !!m && m.source === 'measure' && SIZE_KINDS.has(m.info.kind);
}

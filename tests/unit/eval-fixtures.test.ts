/**
 * Checks the labelled test sets themselves, so that a typo in the data fails here instead of
 * silently skewing `npm run eval`: every figure and trap is in its sentence, shapes are valid,
 * values agree with the digits written, qualifier words agree with the qualifier, and units
 * agree with kinds. These checks are deliberately simple and independent of the extractor.
 *
 * Two sets get the same checks:
 * - tests/fixtures/eval/*.jsonl — the development set the extractor was tuned on;
 * - tests/fixtures/eval-holdout/*.jsonl — the blind held-out set (other outlets and styles),
 *   written without looking at the extractor; `npm run eval -- --set holdout` scores it.
 * Each set has its own file/prefix list, minimum sizes and phenomenon coverage list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/schema';
import { checkLabelledSentence, parseLabelledSet, sameNumber, type LabelledFigure, type LabelledSentence } from '../../src/lib/eval';

type Entry = { domain: string; s: LabelledSentence };
type FigureEntry = { s: LabelledSentence; f: LabelledFigure };

/** One labelled set: where it lives, its files and id prefixes, its minimum sizes and what it must cover. */
interface SetSpec {
  dir: string;
  prefix: Record<string, string>;
  minPerFile: number;
  minSentences: number;
  minFigures: number;
  minTraps: number;
  coverage: (figures: FigureEntry[], traps: string[]) => Record<string, boolean>;
}

function loadSet(dir: string): { files: { domain: string; sentences: LabelledSentence[] }[]; all: Entry[]; figures: FigureEntry[] } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => ({ domain: f.replace(/\.jsonl$/, ''), sentences: parseLabelledSet(readFileSync(dir + f, 'utf8'), f) }));
  const all = files.flatMap((f) => f.sentences.map((s) => ({ domain: f.domain, s })));
  const figures = all.flatMap(({ s }) => s.figures.map((f) => ({ s, f })));
  return { files, all, figures };
}

// --- an independent, deliberately small reading of the digits in a figure's text ----------

const W = '(?![\\p{L}\\p{N}])';
const MAGNITUDES: [RegExp, number][] = [
  [new RegExp(`^\\s*(nghìn|ngàn) (tỷ|tỉ)${W}`, 'u'), 1e12],
  [new RegExp(`^\\s*triệu (tỷ|tỉ)${W}`, 'u'), 1e15],
  [new RegExp(`^\\s*(tỷ|tỉ)${W}`, 'u'), 1e9],
  [new RegExp(`^\\s*triệu${W}`, 'u'), 1e6],
  [new RegExp(`^\\s*(nghìn|ngàn)${W}`, 'u'), 1e3],
  [new RegExp(`^\\s*trăm${W}`, 'u'), 100],
  [new RegExp(`^\\s*chục${W}`, 'u'), 10],
  [new RegExp(`^K${W}`, 'u'), 1e3],
  [new RegExp(`^M${W}`, 'u'), 1e6],
];

interface Token {
  number: number;
  magnitude?: number;
}

/** Numbers written with digits (not part of a unit like `m2`), with the magnitude word right after each. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)*/gu)) {
    const raw = m[0];
    const [int, dec] = raw.split(',');
    const number = Number(`${int!.replace(/\./g, '')}${dec === undefined ? '' : `.${dec}`}`);
    const rest = text.slice(m.index! + raw.length);
    const magnitude = MAGNITUDES.find(([re]) => re.test(rest))?.[1];
    out.push({ number, magnitude });
  }
  return out;
}

/** What the digits of a label say, or undefined when the number is spelled out. */
function digitsReading(f: LabelledFigure): Partial<LabelledFigure> | undefined {
  const t = tokens(f.text);
  if (t.length === 0) return undefined;
  if (f.numerator !== undefined) return t.length === 2 ? { numerator: t[0]!.number, denominator: t[1]!.number } : { numerator: NaN };
  if (f.min !== undefined) {
    if (t.length !== 2) return { min: NaN };
    const shared = t[1]!.magnitude ?? 1;
    return { min: t[0]!.number * (t[0]!.magnitude ?? shared), max: t[1]!.number * shared };
  }
  return t.length === 1 ? { value: t[0]!.number * (t[0]!.magnitude ?? 1) } : { value: NaN };
}

// --- the qualifier words of docs/conventions ------------------------------------------------

const QUALIFIER_WORDS: Record<string, RegExp> = {
  over: /^(hơn|trên|vượt)\s/i,
  'at-least': /^(ít nhất|tối thiểu|không dưới)\s|^từ .* trở lên$/i,
  under: /^(dưới|chưa đến|chưa tới|không tới)\s/i,
  'at-most': /^(không quá|tối đa)\s|^từ .* trở xuống$/i,
  nearly: /^(gần|xuýt xoát)\s/i,
  about: /^(khoảng|xấp xỉ|chừng|tầm|ước tính|ước đạt|ước|hàng)\s/i,
};

const CURRENCIES = ['đồng', 'USD', 'EUR', 'GBP', 'JPY', 'CNY'];
const HEADS: Partial<Record<string, string[]>> = {
  mass: ['tấn', 'tạ', 'kg', 'g'],
  area: ['ha', 'm2', 'km2'],
  length: ['km', 'm', 'mm', 'cm', 'hải lý'],
  volume: ['lít', 'm3', 'ml'],
  temperature: ['độ C'],
  energy: ['MW', 'kWh'],
  data: ['GB'],
  speed: ['km/h'],
  duration: ['năm', 'tháng', 'tuần', 'ngày', 'giờ', 'phút', 'giây'],
};
/** Nouns for human beings used in the sets; kind people ⇔ the unit starts with one of them. */
const PEOPLE = [
  'người', 'cá nhân', 'đối tượng', 'bệnh nhân', 'học sinh', 'sinh viên', 'cán bộ', 'công nhân', 'lao động',
  'trẻ em', 'hội viên', 'đoàn viên', 'thí sinh', 'giáo viên', 'bác sĩ', 'y bác sĩ', 'hành khách', 'tài xế',
  'nghi phạm', 'bị hại', 'bị cáo', 'đồng phạm', 'phạm nhân', 'cử nhân', 'em', 'đảng viên', 'thành viên',
  'đại biểu', 'đồng chí', 'nhà đầu tư', 'khán giả',
  // used by the held-out set
  'trẻ', 'cháu', 'bệnh nhi', 'nhân khẩu', 'nhân viên', 'con bạc', 'vận động viên', 'cầu thủ', 'ngoại binh',
  'ngư dân', 'thuyền viên', 'phụ xe', 'cư dân', 'quân nhân',
];
const startsWithWords = (unit: string, head: string) => unit === head || unit.startsWith(`${head} `) || unit.startsWith(`${head},`);

const QUALIFIER_WORD_LIST = ['hơn', 'trên', 'vượt', 'ít nhất', 'tối thiểu', 'không dưới', 'dưới', 'chưa đến', 'chưa tới', 'không tới', 'không quá', 'tối đa', 'gần', 'xuýt xoát', 'khoảng', 'xấp xỉ', 'chừng', 'tầm', 'ước tính', 'ước đạt', 'ước', 'hàng'];

/** What the development set must cover (the phenomena of issue 3, as that set writes them). */
function evalCoverage(figures: FigureEntry[], traps: string[]): Record<string, boolean> {
  const texts = figures.map(({ f }) => f.text);
  const has = (re: RegExp) => texts.some((t) => re.test(t));
  const coverage: Record<string, boolean> = {
    'thousands dots': has(/\d\.\d{3}\.\d{3}/),
    'decimal comma': has(/\d,\d/),
    'bare number': has(/\b\d{5,}\b/),
    'K/M shorthand': has(/\dK\b/) && has(/\dM\b/),
    'nghìn tỷ': has(/nghìn tỷ/),
    'tỉ spelling': has(/tỉ/),
    'ngàn': has(/ngàn/),
    'chục/trăm after digits': has(/\d chục/) && has(/\d trăm/),
    'spelled-out numbers': has(/mươi mốt/) && has(/mươi lăm/) && has(/trăm linh/) && has(/trăm lẻ/) && has(/mươi tư/),
    'currency before the number': has(/^\$\d/) && has(/^EUR \d/) && has(/^USD \d/) && has(/£\d/),
    'currency after the number': has(/\d\$/) && has(/VNĐ/) && has(/VND/) && has(/\dđ/) && has(/Đ$/) && has(/ đô$/) && has(/euro/),
    rates: has(/đồng\/kg/) && has(/%\/năm/) && has(/km\/h/),
    'phần trăm': has(/phần trăm/),
    'dash ranges': has(/\d - \d/) && has(/\d-\d/) && has(/\d – \d/),
    'từ … đến ranges': has(/^từ .* đến /),
    'giữa … và ranges': has(/^giữa /),
    'khoảng X-Y ranges': has(/^khoảng \d+-/),
    fractions: has(/\d\/\d+ /) && has(/ trên \d+ /),
    'elided nouns': figures.some(({ f }) => f.unitInferred),
    'repeated figure text': figures.some(({ f }) => f.occurrence !== undefined),
  };
  for (const q of Object.keys(QUALIFIER_WORDS)) coverage[`qualifier ${q}`] = figures.some(({ f }) => f.qualifier === q);
  for (const w of QUALIFIER_WORD_LIST) coverage[`qualifier word ${w}`] = texts.some((t) => t.toLowerCase().startsWith(`${w} `));
  const trap = (re: RegExp) => traps.some((t) => re.test(t));
  Object.assign(coverage, {
    'trap date': trap(/^\d{1,2}\/\d{1,2}$/),
    'trap full date': trap(/^\d{1,2}\/\d{1,2}\/\d{4}$/),
    'trap date range': trap(/\d\/\d+ - \d+\/\d/),
    'trap year': trap(/^năm \d{4}$/i),
    'trap time': trap(/giờ .* phút/) && trap(/^\d+h\d*$/),
    'trap legal reference': trap(/Thông tư/) && trap(/Điều \d/) && trap(/Nghị định/) && trap(/khoản \d/),
    'trap numbered place': trap(/Quốc lộ/) && trap(/^Km \d/) && trap(/phường \d/) && trap(/^Tổ \d/) && trap(/Bão số/),
    'trap Covid-19 / iPhone 12 / BN 1234 / F0': trap(/Covid-19/) && trap(/iPhone 12/) && trap(/BN 1234/) && trap(/^F0$/),
    'trap plate': trap(/^\d{2}[A-Z]\d?-\d{3}\.\d{2}$/),
    'trap phone': trap(/^0\d{3}\.\d{3}\.\d{3,4}$/),
    'trap ordinal': trap(/lần thứ/) && trap(/^thứ \d/),
    'trap top N': trap(/^top \d/),
  });
  return coverage;
}

/** What the held-out set must cover: every phenomenon and trap class of issue 3, in other outlets' wording. */
function holdoutCoverage(figures: FigureEntry[], traps: string[]): Record<string, boolean> {
  const texts = figures.map(({ f }) => f.text);
  const has = (re: RegExp) => texts.some((t) => re.test(t));
  const hasFigure = (test: (f: LabelledFigure) => boolean) => figures.some(({ f }) => test(f));
  const coverage: Record<string, boolean> = {
    // number forms
    'thousands dots': has(/\d\.\d{3}\.\d{3}/),
    'thousands dots and decimal comma': has(/\d\.\d{3},\d/),
    'decimal comma': has(/\d,\d/) && has(/(^|\s)0,\d/),
    'bare number': has(/(?<![\d.,])\d{5,}(?![\d.,])/),
    'K shorthand': has(/\dK\b/) && has(/\dK\/kg/),
    'M shorthand': has(/\dM\b/) && has(/\d,\dM\b/),
    // magnitude words
    'nghìn tỷ': has(/nghìn tỷ/),
    'ngàn tỷ': has(/ngàn tỷ/),
    'triệu tỷ': has(/triệu tỷ/),
    'tỉ spelling': has(/\d tỉ/),
    'ngàn': has(/\d ngàn [^t]/),
    'chục after digits': has(/\d chục/),
    'trăm after digits': has(/\d trăm/),
    'hàng + magnitude': has(/^hàng (chục|trăm|nghìn|tỷ)/) && has(/^hàng chục nghìn/),
    // spelled-out numbers
    'spelled count opening a sentence': figures.some(({ s, f }) => s.text.startsWith(f.text) && /^(Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s/.test(f.text)),
    'spelled Năm (five, not year)': has(/^Năm \p{L}/u),
    'spelled mười X': has(/^mười (chín|bốn)/),
    'spelled mươi mốt / tư / lăm': has(/mươi mốt/) && has(/mươi tư/) && has(/mươi lăm/),
    'spelled trăm linh / lẻ': has(/trăm linh/) && has(/trăm lẻ/),
    'spelled nghìn': has(/^(một|hai|ba|bốn|năm) nghìn/),
    'spelled fraction': has(/một phần tư|hai phần ba/),
    // currencies
    '$ before the number': has(/\$\d/),
    '$ after the number': has(/\d\$/),
    'USD before the number': has(/^USD \d/),
    'EUR before the number': has(/^EUR \d/),
    '€ before and after': has(/€\d/) && has(/\d€/) && has(/\d €/),
    '£': has(/£\d/),
    'đô la / đô la Mỹ / đô': has(/đô la$/) && has(/đô la Mỹ$/) && has(/ đô$/),
    'euro / bảng Anh / yên / nhân dân tệ / tệ': has(/euro$/) && has(/bảng Anh/) && has(/ yên/) && has(/nhân dân tệ/) && has(/\d tệ/),
    'VNĐ / VND / đ / Đ': has(/VNĐ/) && has(/VND/) && has(/\dđ/) && has(/\dĐ/),
    // rates and measures
    'money rates': has(/đồng\/kg/) && has(/USD\/tấn/) && has(/đồng\/m2/) && has(/đồng\/tháng/),
    '%/năm': has(/%\/năm/),
    'km/h': has(/km\/h/),
    measures: ['độ C', 'm3', 'tạ', 'tấn', 'kg', 'ha', 'km', 'mm', 'm2', 'lít', 'MW', 'kWh', 'GB'].every((u) => figures.some(({ f }) => f.unit.split('/')[0] === u)),
    'm² and m³ style': has(/m²/),
    'phần trăm': has(/\d phần trăm/),
    'điểm phần trăm': has(/điểm phần trăm/),
    // ranges
    'dash ranges': has(/\d-\d/) && has(/\d - \d/) && has(/\d\s?–\s?\d/),
    'từ … đến ranges': has(/^từ .* đến /),
    'X đến Y ranges': has(/^\d[\d.,]* đến /),
    'giữa … và ranges': has(/^giữa .* và /),
    'khoảng X-Y ranges': has(/^khoảng \d[\d.,]*-\d/),
    'từ X-Y ranges': has(/^từ \d[\d.,]*-\d/),
    'ranges carrying magnitude and unit': hasFigure((f) => f.min !== undefined && /^(từ )?\d[\d.,]* ?[-–] ?\d[\d.,]* (triệu|tỷ)/.test(f.text)),
    'từ … trở lên': has(/^từ .* trở lên$/),
    'từ … trở xuống': has(/^từ .* trở xuống$/),
    // fractions
    'N/M số noun': has(/^\d+\/\d+ số /),
    'N/M noun': has(/^\d[\d.]*\/\d[\d.]* \p{L}/u),
    'N trên M': has(/\d trên \d/),
    // nouns
    'counted noun list with comma': hasFigure((f) => f.unit.includes(', ')),
    'elided nouns': hasFigure((f) => f.unitInferred === true && f.kind !== 'money') && hasFigure((f) => f.unitInferred === true && f.kind === 'money'),
    'repeated figure text': hasFigure((f) => f.occurrence !== undefined),
  };
  for (const kind of KINDS) coverage[`kind ${kind}`] = hasFigure((f) => f.kind === kind);
  for (const q of Object.keys(QUALIFIER_WORDS)) coverage[`qualifier ${q}`] = hasFigure((f) => f.qualifier === q);
  for (const w of QUALIFIER_WORD_LIST) coverage[`qualifier word ${w}`] = texts.some((t) => t.toLowerCase().startsWith(`${w} `));
  const trap = (re: RegExp) => traps.some((t) => re.test(t));
  Object.assign(coverage, {
    'trap date': trap(/^\d{1,2}\/\d{1,2}$/),
    'trap full date': trap(/\d{1,2}\/\d{1,2}\/\d{4}/),
    'trap date range': trap(/\d\/\d+ - \d+\/\d/) && trap(/^\d{1,2}-\d{1,2}\/\d{1,2}$/),
    'trap year': trap(/^năm \d{4}$/i),
    'trap period': trap(/tháng đầu năm/) && trap(/^\d+ tháng( năm \d{4})?$/) && trap(/quý [IVX]+/) && trap(/^giai đoạn/i) && trap(/^năm học/i),
    'trap time': trap(/\d+ giờ \d+ phút/) && trap(/^\d+h\d*$/) && trap(/^\d+ giờ$/) && trap(/^từ \d+h đến \d+h$/),
    'trap legal reference': trap(/Thông tư/) && trap(/Nghị định/) && trap(/Điều \d/) && trap(/khoản \d/) && trap(/Bản án/),
    'trap numbered place': trap(/Quốc lộ \d/) && trap(/^Km \d/) && trap(/phường \d/) && trap(/Quận \d/) && trap(/^(thôn|ấp|tổ dân phố|khu phố) \d/) && trap(/^số \d/),
    'trap numbered road or line': trap(/đường tỉnh \d/) && trap(/Vành đai \d/) && trap(/metro số \d/),
    'trap storm': trap(/bão số \d/),
    'trap Covid-19': trap(/Covid-19/),
    'trap product name': trap(/iPhone \d/) && trap(/Airbus/),
    'trap patient code': trap(/^BN \d/),
    'trap plate': trap(/^\d{2}[A-Z]\d?-\d{3}\.\d{2}$/) && trap(/^\d{2}-[A-Z]\d \d{3}\.\d{2}$/),
    'trap phone': trap(/^0\d{2,3}\.\d{3,4}\.\d{3}$/) && trap(/^1900 \d{4}$/),
    'trap ordinal': trap(/lần thứ/) && trap(/^thứ \d/) && trap(/^(hạng|vòng|chặng|bậc) \d/),
    'trap version': trap(/phiên bản \d/) && trap(/iOS \d/),
    'trap sports score': traps.filter((t) => /^\d+-\d+$/.test(t)).length >= 5,
    'trap anniversary': trap(/kỷ niệm \d+ năm/) && trap(/tưởng niệm \d+ năm/),
    'trap top N': trap(/^top \d/),
    'trap coordinates': trap(/độ Vĩ Bắc/),
    'trap grade or formula': trap(/NPK \d/) && trap(/RON \d/),
    'trap spelled number in a name': trap(/Năm Căn|Ngã Năm|Lầu Năm Góc/) && trap(/Ba Vì/),
  });
  return coverage;
}

const SETS: Record<string, SetSpec> = {
  eval: {
    dir: fileURLToPath(new URL('../fixtures/eval/', import.meta.url)),
    prefix: {
      economy: 'econ',
      health: 'health',
      traffic: 'traffic',
      crime: 'crime',
      agriculture: 'agri',
      education: 'edu',
      society: 'soc',
      traps: 'trap',
    },
    minPerFile: 20,
    minSentences: 180,
    minFigures: 400,
    minTraps: 150,
    coverage: evalCoverage,
  },
  'eval-holdout': {
    dir: fileURLToPath(new URL('../fixtures/eval-holdout/', import.meta.url)),
    prefix: {
      regional: 'reg',
      court: 'court',
      market: 'mkt',
      weather: 'wx',
      ministry: 'moh',
      prices: 'price',
      accidents: 'acc',
      exams: 'exam',
      property: 'prop',
      sports: 'sport',
      world: 'world',
    },
    minPerFile: 15,
    minSentences: 160,
    minFigures: 400,
    minTraps: 120,
    coverage: holdoutCoverage,
  },
};

for (const [name, spec] of Object.entries(SETS)) {
  describe(`labelled test set (tests/fixtures/${name})`, () => {
    const { files, all, figures } = loadSet(spec.dir);

    it('has every domain file and enough sentences, figures and traps', () => {
      expect(files.map((f) => f.domain).sort()).toEqual(Object.keys(spec.prefix).sort());
      for (const f of files) expect(f.sentences.length, f.domain).toBeGreaterThanOrEqual(spec.minPerFile);
      expect(all.length).toBeGreaterThanOrEqual(spec.minSentences);
      expect(figures.length).toBeGreaterThanOrEqual(spec.minFigures);
      expect(all.reduce((n, { s }) => n + s.traps.length, 0)).toBeGreaterThanOrEqual(spec.minTraps);
    });

    it('has unique ids prefixed by their domain', () => {
      const ids = all.map(({ s }) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const { domain, s } of all) expect(s.id.startsWith(`${spec.prefix[domain]}-`), s.id).toBe(true);
    });

    it('has well-formed sentences whose figures and traps are all in the text', () => {
      const problems = all.flatMap(({ s }) => checkLabelledSentence(s));
      expect(problems).toEqual([]);
    });

    it('has values that agree with the digits written in each figure', () => {
      const wrong: string[] = [];
      for (const { s, f } of figures) {
        const reading = digitsReading(f);
        if (!reading) continue;
        for (const [key, v] of Object.entries(reading))
          if (!sameNumber(v as number, f[key as keyof LabelledFigure] as number))
            wrong.push(`${s.id} "${f.text}": ${key} is ${String(f[key as keyof LabelledFigure])}, the digits say ${v}`);
      }
      expect(wrong).toEqual([]);
    });

    it('has a qualifier word in the text exactly when the qualifier is not exact', () => {
      const wrong: string[] = [];
      for (const { s, f } of figures) {
        const says = Object.entries(QUALIFIER_WORDS).find(([, re]) => re.test(f.text))?.[0] ?? 'exact';
        if (says !== f.qualifier) wrong.push(`${s.id} "${f.text}": labelled ${f.qualifier}, its words say ${says}`);
      }
      expect(wrong).toEqual([]);
    });

    it('has units consistent with kinds, and counted units written in the figure text', () => {
      const wrong: string[] = [];
      for (const { s, f } of figures) {
        const at = `${s.id} "${f.text}" (${f.kind}, ${f.unit})`;
        const head = f.unit.split('/')[0]!;
        const isCurrency = CURRENCIES.includes(head);
        if ((f.kind === 'money') !== isCurrency) wrong.push(`${at}: money ⇔ currency unit`);
        if ((f.kind === 'percent') !== (head === '%' || f.unit === 'điểm phần trăm')) wrong.push(`${at}: percent ⇔ % unit`);
        const heads = HEADS[f.kind];
        if (heads && !heads.includes(f.kind === 'speed' ? f.unit : head)) wrong.push(`${at}: unit does not fit the kind`);
        const isPerson = PEOPLE.some((p) => startsWithWords(f.unit, p));
        if ((f.kind === 'people') !== isPerson && f.kind !== 'ratio') wrong.push(`${at}: people ⇔ a noun for human beings`);
        if (f.unit !== f.unit.toLowerCase() && !isCurrency && !/[A-Z]{2,}|^độ C$|MW|kWh|GB/.test(f.unit)) wrong.push(`${at}: unit not lower-case`);
        if (f.unitInferred) {
          if (f.text.toLowerCase().includes(f.unit.toLowerCase())) wrong.push(`${at}: an inferred unit is not written`);
        } else if (!isCurrency && head !== '%') {
          const text = f.text.toLowerCase().replace(/²/g, '2').replace(/³/g, '3');
          if (!text.includes(f.unit.toLowerCase())) wrong.push(`${at}: unit not written in the figure text`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('covers the phenomena of issue 3', () => {
      const coverage = spec.coverage(
        figures,
        all.flatMap(({ s }) => s.traps),
      );
      const missing = Object.entries(coverage)
        .filter(([, ok]) => !ok)
        .map(([name]) => name);
      expect(missing).toEqual([]);
    });
  });
}

/**
 * npm run fuzz [-- --seed N] [--runs N] [--only NAME]
 *
 * Property-based fuzzing of everything that reads untrusted input: decoding
 * (`decodeSource` + `normalizeText`), the front block, the number grammar,
 * `extractFigures` and `extractArticle`. The properties: never throw anything
 * but `SourceError` (whose problems have a real line:col), spans are valid
 * (`text === input.slice(start, end)`), and the output passes the zod schema.
 *
 * The same properties run in the unit suite with a fixed seed and few runs
 * (tests/unit/fuzz.test.ts); this script runs them long (20,000 runs each by
 * default) with a seed from --seed or the clock, printed so any failure can be
 * replayed with `npm run fuzz -- --seed N --only NAME`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { ArticleData, Figure, Meta, httpUrl } from '../src/schema';
import { extractArticle } from '../src/lib/article';
import { decodeSource, decodeSourceDetailed } from '../src/lib/decode';
import { extractFigures } from '../src/lib/figures';
import { parseFrontBlock } from '../src/lib/frontblock';
import { formatNumberVi, parseDigitLiteral, parseNumberVi } from '../src/lib/numbers';
import { SourceError, type Problem } from '../src/lib/problems';
import { normalizeText } from '../src/lib/text';

// ---------------------------------------------------------------------------
// Input generators

const utf8 = (s: string) => new TextEncoder().encode(s);
const DISALLOWED = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

/** Words and phrases of Vietnamese news, with the number shapes the grammar must handle and the ones it must leave alone. */
const WORDS = [
  'người', 'dân', 'đã', 'nhận', 'được', 'tặng', 'bằng khen', 'giấy khen', 'của', 'UBND', 'tỉnh', 'Lâm Đồng',
  'Bảo Lộc', 'Công an', 'mô hình', '“Camera an ninh”', 'phong trào', 'với', 'và', 'trong', 'năm', 'qua', 'tổng',
  'kinh phí', 'hỗ trợ', 'hộ', 'nghèo', 'suất quà', 'tờ rơi', 'mắt camera', 'tập thể', 'cá nhân', 'tăng', 'giảm',
  'so với', 'cùng kỳ', 'Chủ tịch', 'Bộ Công an', 'Kỷ niệm chương', 'an ninh Tổ quốc (ANTQ)', 'TP.HCM', 'Hà Nội',
];
const NUMBERS = [
  '2,9 tỷ đồng', '12,5%', '11/11', 'hơn 1.200 người', 'dưới 500 tấn', 'gần 3 triệu', 'khoảng 40 ha', 'Ngày 21/1',
  'năm 2021', 'Covid-19', '5 tập thể và 6 cá nhân', '1,5 nghìn tỷ', '-3,2%', 'từ 10 đến 20 km', '250K', '0,35',
  '30.000 đồng/kg', 'mười chín', 'ba mươi mốt', '2.468.013', '1,234,567', '3.5', 'số 0123', '9h30', '2,9\u00adtỷ đồng',
  '1.\u200b250 suất quà', '15/3/2022', 'trên 80%', 'ít nhất 7 xe', 'tối đa 15 ngày', '45 km/h', '36,5 độ C', '2,5M',
  '100.000 USD', '1/3 dân số', '4.000 m²', '99,99%', '1e9', '0,0001', '9.999.999.999.999.999 đồng', 'hai triệu rưỡi',
];
const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror="alert(1)">', '[x](javascript:alert(1))', '# ', '* ', '| ', '`', '**', '&amp;', '<!--', '---'];
const PUNCT = [', ', '. ', ': ', '; ', ' – ', ' (', ') ', '\n', '\n\n', '\r\n', '\r', '  ', '\t', '…'];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map((n) => formatNumberVi(n)) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** Vietnamese-news-like text; sometimes NFD, sometimes with invisible characters inside. */
export const newsText = fc
  .tuple(fc.array(token, { maxLength: 120 }), fc.boolean(), fc.boolean())
  .map(([tokens, nfd, scraperPrefix]) => {
    const body = tokens.join(' ');
    const text = scraperPrefix ? `date 2022-01 (LĐ online) - ${body}` : body;
    return nfd ? text.normalize('NFD') : text;
  });

const frontValue = fc.oneof(
  fc.constantFrom('2023-05-04', '2023-02-29', '2023-13', '2023', '04/05/2023', '2023-05-04T15:00:00+07:00', '!!timestamp 2023-05-04'),
  fc.constantFrom('https://example.com/a', 'javascript:alert(1)', 'data:text/html,x', '//x', 'http://'),
  fc.constantFrom('Báo Mới', '"Giá: tăng"', 'Giá: tăng', 'Tin # nóng', '[a, b]', '{a: 1}', 'true', '42', '', '"', "'", '&a x', '*a', '|', '>'),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const frontLine = fc.oneof(
  fc.tuple(fc.constantFrom('title', 'date', 'source', 'author', 'url', 'category', 'outlet', 'tags', 'Title', 'ngày'), frontValue).map(([k, v]) => `${k}: ${v}`),
  fc.constantFrom('# ghi chú', '  thụt vào', '- mục', '', ':', 'key without value'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

/** A source: maybe a front block (well- or ill-formed, closed or not), then news text. */
export const sourceText = fc
  .tuple(fc.option(fc.array(frontLine, { maxLength: 8 }), { nil: undefined }), fc.boolean(), newsText)
  .map(([lines, closed, body]) => (lines === undefined ? body : `---\n${lines.join('\n')}\n${closed ? '---\n' : ''}${body}`));

const cp1258ByChar = (() => {
  const map = new Map<string, number>();
  const decoder = new TextDecoder('windows-1258');
  for (let b = 0; b < 256; b++) map.set(decoder.decode(new Uint8Array([b])), b);
  return map;
})();
/** Windows-1258 bytes of Vietnamese text (precomposed where the code page has it, else base + combining tone). */
function toCp1258(text: string): Uint8Array | undefined {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = cp1258ByChar.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const nfd = ch.normalize('NFD');
    const tone = [...nfd].find((m) => '\u0300\u0301\u0303\u0309\u0323'.includes(m));
    const base = tone === undefined ? undefined : cp1258ByChar.get(nfd.replace(tone, '').normalize('NFC'));
    if (tone === undefined || base === undefined) return undefined;
    out.push(base, cp1258ByChar.get(tone)!);
  }
  return Uint8Array.from(out);
}

/** Bytes from every direction: random, BOM-prefixed, damaged UTF-8, UTF-16, legacy code pages. */
export const sourceBytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc.string({ unit: 'binary', maxLength: 200 }).map(utf8),
  fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0, 0]), fc.uint8Array({ maxLength: 300 })).map(
    ([bom, rest]) => Uint8Array.from([...bom, ...rest]),
  ),
  fc.tuple(newsText, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 })).map(([text, flips]) => {
    const bytes = utf8(text);
    for (const [at, b] of flips) if (bytes.length) bytes[at % bytes.length] = b;
    return bytes;
  }),
  fc.tuple(newsText, fc.boolean()).map(([text, le]) => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + 2 * i + (le ? 0 : 1)] = c & 0xff;
      out[2 + 2 * i + (le ? 1 : 0)] = c >> 8;
    }
    return out;
  }),
  newsText.map((t) => toCp1258(t) ?? utf8(t)),
);

// ---------------------------------------------------------------------------
// Checks shared by the properties

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** Runs `fn`; a SourceError is acceptable if its problems have real positions, anything else fails the property. */
function allowSourceError<T>(fn: () => T, text?: string): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    checkProblems(error.problems, text);
    return undefined;
  }
}

function checkProblems(problems: Problem[], text?: string): void {
  if (problems.length === 0) throw new Error('SourceError without problems');
  for (const p of problems) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.col) || p.line < 1 || p.col < 1) throw new Error(`bad position ${p.line}:${p.col}: ${p.message}`);
    if (!p.message.trim()) throw new Error('problem without a message');
    if (text !== undefined && p.line > lineCount(text)) throw new Error(`line ${p.line} is past the end (${lineCount(text)} lines): ${p.message}`);
  }
}

function fail(message: string): never {
  throw new Error(message);
}

// ---------------------------------------------------------------------------
// The properties

/** A named property; `cost` divides the number of runs (the extractor is slower than the decoder). */
export interface FuzzProperty {
  name: string;
  cost: number;
  build: () => fc.IRawProperty<[unknown]>;
}

export const PROPERTIES: FuzzProperty[] = [];

function add<T>(name: string, cost: number, arb: fc.Arbitrary<T>, check: (value: T) => void): void {
  PROPERTIES.push({
    name,
    cost,
    build: () =>
      fc.property(arb as fc.Arbitrary<unknown>, (value) => {
        check(value as T);
      }),
  });
}

add('decode: any bytes give clean text or a SourceError', 1, sourceBytes, (bytes) => {
  const decoded = allowSourceError(() => decodeSourceDetailed(bytes));
  if (decoded === undefined) return;
  if (DISALLOWED.test(decoded.text)) fail('decoded text holds a control character');
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(decoded.text)) fail('decoded text holds a lone surrogate');
  const text = normalizeText(decoded.text);
  if (text !== text.normalize('NFC') || text.includes('\r')) fail('normalizeText left CR or non-NFC text');
  if (normalizeText(text) !== text) fail('normalizeText is not idempotent');
});

add('decode: UTF-8 text round-trips', 1, fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
  if (DISALLOWED.test(s)) return;
  const expected = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  if (decodeSource(utf8(s)) !== expected) fail('UTF-8 text did not round-trip');
});

add('decode: Vietnamese news text round-trips in UTF-8, UTF-16 LE/BE and Windows-1258', 1, newsText, (s) => {
  if (DISALLOWED.test(s)) return;
  const expected = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  if (decodeSource(utf8(s)) !== expected) fail('UTF-8 did not round-trip');
  for (const le of [true, false]) {
    const out = new Uint8Array(2 + s.length * 2);
    out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < s.length; i++) {
      out[2 + 2 * i + (le ? 0 : 1)] = s.charCodeAt(i) & 0xff;
      out[2 + 2 * i + (le ? 1 : 0)] = s.charCodeAt(i) >> 8;
    }
    if (decodeSource(out) !== expected) fail(`UTF-16 ${le ? 'LE' : 'BE'} did not round-trip`);
  }
  const legacy = toCp1258(s);
  if (!legacy) return;
  // Either refused, or read back exactly: never mojibake.
  const decoded = allowSourceError(() => decodeSourceDetailed(legacy));
  if (decoded && normalizeText(decoded.text) !== normalizeText(s)) fail(`Windows-1258 bytes were read as ${decoded.encoding} into different text`);
});

add('front block: null, fields that pass the schema, or a SourceError with real positions', 1, sourceText, (raw) => {
  const text = normalizeText(raw);
  const result = allowSourceError(() => parseFrontBlock(text), text);
  if (result === undefined || result === null) return;
  if (!text.startsWith('---')) fail('a front block was read from text that does not start with ---');
  if (result.bodyStart < 0 || result.bodyStart > text.length) fail(`bodyStart ${result.bodyStart} is outside the text`);
  const { fields } = result;
  for (const [key, value] of Object.entries(fields)) if (typeof value !== 'string' || !value.trim()) fail(`${key} is not a non-empty string`);
  if (fields.date !== undefined && !Meta.shape.date.safeParse(fields.date).success) fail(`date ${fields.date} fails the schema`);
  if (fields.url !== undefined && !httpUrl.safeParse(fields.url).success) fail(`url ${fields.url} fails the schema`);
});

add('numbers: parseNumberVi never throws and gives a finite number or undefined', 1, fc.oneof(fc.string({ maxLength: 40 }), token), (s) => {
  const v = parseNumberVi(s);
  if (v !== undefined && !Number.isFinite(v)) fail(`parseNumberVi(${JSON.stringify(s)}) = ${v}`);
  const lit = parseDigitLiteral(s);
  if (lit !== undefined && !Number.isFinite(lit.value)) fail(`parseDigitLiteral(${JSON.stringify(s)}) = ${lit.value}`);
});

/** The magnitudes news figures have: up to 10^18, with a few decimals. */
const realistic = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.bigInt({ min: 0n, max: 10n ** 18n }).map(Number),
  fc.integer({ min: 0, max: 1e8 }).map((n) => n / 100),
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
);
add('numbers: parseNumberVi(formatNumberVi(x)) === x for news-sized numbers', 1, realistic, (x) => {
  const back = parseNumberVi(formatNumberVi(x));
  if (back !== x) fail(`formatNumberVi(${x}) = ${formatNumberVi(x)} reads back as ${back}`);
});

/** numbers.ts promises the round trip for every finite double; only the long run checks the extremes. */
add('numbers: parseNumberVi(formatNumberVi(x)) === x for every finite double', 1, fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
  const back = parseNumberVi(formatNumberVi(x));
  if (back !== x) fail(`formatNumberVi(${x}) = ${formatNumberVi(x).slice(0, 60)}… (${formatNumberVi(x).length} characters) reads back as ${back}`);
});

add('figures: extractFigures never throws; spans valid, sorted, disjoint, schema-valid', 3, newsText, (raw) => {
  const text = normalizeText(raw);
  const figures = extractFigures(text);
  let lastEnd = 0;
  for (const f of figures) {
    if (f.start < lastEnd || f.end <= f.start || f.end > text.length) fail(`bad span ${f.start}-${f.end}`);
    if (text.slice(f.start, f.end) !== f.text) fail(`text ${JSON.stringify(f.text)} is not input.slice(${f.start}, ${f.end})`);
    const parsed = Figure.safeParse({ ...f, id: 'x' });
    if (!parsed.success) fail(`figure ${JSON.stringify(f)} fails the schema: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    lastEnd = f.end;
  }
});

add('article: extractArticle throws only SourceError; output passes the schema; spans valid', 5, sourceText, (raw) => {
  const text = normalizeText(raw);
  const data = allowSourceError(() => extractArticle(text), text);
  if (data === undefined) return;
  const parsed = ArticleData.safeParse(data);
  if (!parsed.success) fail(`output fails the schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (data.meta.bodyStart > text.length) fail('bodyStart is past the end');
  const ids = new Set<string>();
  for (const f of data.figures) {
    if (text.slice(f.start, f.end) !== f.text) fail(`figure ${f.id}: text is not input.slice(start, end)`);
    if (f.start < data.meta.bodyStart) fail(`figure ${f.id} is in the metadata header`);
    if (ids.has(f.id)) fail(`figure id ${f.id} appears twice`);
    ids.add(f.id);
  }
  for (const group of [data.awards, data.models])
    for (const item of group) {
      if (item.start < 0 || item.end < item.start || item.end > text.length) fail(`span ${item.start}-${item.end} is outside the text`);
      for (const id of item.figureIds) if (!ids.has(id)) fail(`refers to figure ${id}, which is not in the article`);
    }
});

// ---------------------------------------------------------------------------
// CLI

export interface FuzzResult {
  name: string;
  runs: number;
  ms: number;
  failure?: string;
}

/** Runs the properties with one seed; `runs` is scaled down by each property's cost. */
export function runFuzz(seed: number, runs: number, only?: string): FuzzResult[] {
  const results: FuzzResult[] = [];
  const exact = PROPERTIES.some((p) => p.name === only);
  for (const p of PROPERTIES) {
    if (only && (exact ? p.name !== only : !p.name.toLowerCase().includes(only.toLowerCase()))) continue;
    const numRuns = Math.max(1, Math.round(runs / p.cost));
    const started = performance.now();
    const details = fc.check(p.build(), { seed, numRuns }) as fc.RunDetails<[unknown]>;
    const ms = performance.now() - started;
    results.push({
      name: p.name,
      runs: details.numRuns,
      ms,
      failure: details.failed
        ? `${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}\n    counterexample: ${JSON.stringify(details.counterexample)}\n    replay: seed ${seed}, path "${details.counterexamplePath}"`
        : undefined,
    });
  }
  return results;
}

function main(): number {
  const { values } = parseArgs({
    options: { seed: { type: 'string' }, runs: { type: 'string', default: '20000' }, only: { type: 'string' } },
  });
  const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
  const runs = Number(values.runs);
  if (!Number.isInteger(seed) || !Number.isInteger(runs) || runs < 1) {
    process.stderr.write('usage: npm run fuzz [-- --seed N] [--runs N] [--only NAME]\n');
    return 2;
  }
  process.stdout.write(`fuzz: seed ${seed}, ${runs} runs (divided by each property's cost)\n`);
  let failed = 0;
  for (const r of runFuzz(seed, runs, values.only)) {
    process.stdout.write(`${r.failure ? 'FAIL' : 'ok  '} ${r.name}: ${r.runs} runs in ${(r.ms / 1000).toFixed(1)} s\n`);
    if (r.failure) {
      failed++;
      process.stdout.write(`    ${r.failure}\n`);
    }
  }
  process.stdout.write(failed ? `fuzz: ${failed} properties failed (replay with --seed ${seed})\n` : 'fuzz: all properties hold\n');
  return failed ? 1 : 0;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) process.exit(main());

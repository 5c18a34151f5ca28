/**
 * The optional YAML front block at the top of a source article:
 *
 *     ---
 *     title: "Giá vàng tăng mạnh"
 *     date: 2020-10-01
 *     source: Lao Động
 *     url: https://dantri.com.vn/…
 *     category: business
 *     author: KHÁNH PHÚC
 *     ---
 *     <article text>
 *
 * `parseFrontBlock` reads and checks it. Every problem (bad YAML, unknown
 * keys, impossible dates, non-web URLs, values that are not text, a block that
 * is never closed) is collected with its line and column in the file and
 * thrown together as one `SourceError`, so a writer fixes them in one pass.
 * Input is text already passed through `normalizeText`. Pure: no I/O.
 *
 * Most blocks are plain `key: value` lines; those are read directly (`simpleFields`),
 * a few microseconds instead of the YAML parser's hundred or more. Anything else — quotes,
 * comments, numbers, several lines to a value, any problem — goes through the YAML parser,
 * which gives the same fields for the simple blocks.
 */
import { isMap, isPair, isScalar, parseDocument, type Node, type Pair } from 'yaml';
import { lineColAt, SourceError, type Problem } from './problems';

/** The metadata a front block may give. `source` in the block is the outlet. */
export interface FrontFields {
  title?: string;
  date?: string;
  outlet?: string;
  author?: string;
  url?: string;
  category?: string;
}

/** Keys a writer may use, and the field each one fills. */
const KEYS: Record<string, keyof FrontFields> = {
  title: 'title',
  date: 'date',
  source: 'outlet',
  author: 'author',
  url: 'url',
  category: 'category',
};
const ALLOWED = 'title, date, source, author, url, category';

/** Names people reach for instead of the allowed keys (English and Vietnamese). */
const SYNONYMS: Record<string, string> = {
  outlet: 'source',
  headline: 'title',
  'tiêu đề': 'title',
  tieude: 'title',
  tieu_de: 'title',
  'ngày': 'date',
  ngay: 'date',
  published: 'date',
  pubdate: 'date',
  published_at: 'date',
  'nguồn': 'source',
  nguon: 'source',
  publisher: 'source',
  site: 'source',
  'báo': 'source',
  'tác giả': 'author',
  tacgia: 'author',
  tac_gia: 'author',
  byline: 'author',
  writer: 'author',
  link: 'url',
  href: 'url',
  'chuyên mục': 'category',
  chuyenmuc: 'category',
  chuyen_muc: 'category',
  section: 'category',
};

const OPEN = /^---[ \t]*(?:\n|$)/;
const CLOSE = /^---[ \t]*$/gm;
const YAML_HINT = 'values containing ": ", " #" or starting with a quote, [ or { must be put in double quotes';

/**
 * Reads the front block at the start of `text`. Returns null when the text
 * does not start with a `---` line; otherwise the fields and the offset where
 * the article body starts (just after the closing `---` line). Throws
 * `SourceError` listing every problem in the block.
 */
export function parseFrontBlock(text: string, options: { yamlOnly?: boolean } = {}): { fields: FrontFields; bodyStart: number } | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const yamlStart = open[0].length;

  CLOSE.lastIndex = yamlStart;
  const close = open[0].endsWith('\n') ? CLOSE.exec(text) : null;
  if (!close) throw new SourceError([unclosed(text, yamlStart)]);
  const yamlEnd = close.index;
  const afterClose = yamlEnd + close[0].length;
  const bodyStart = text.charCodeAt(afterClose) === 0x0a ? afterClose + 1 : afterClose;

  const src = text.slice(yamlStart, yamlEnd);
  const simple = options.yamlOnly ? null : simpleFields(src);
  if (simple) return { fields: simple, bodyStart };
  const problems: Problem[] = [];
  const fields: FrontFields = {};

  const whole = parseDocument(src, YAML_OPTIONS);
  if (!whole.errors.length && !whole.warnings.length) {
    readContents(whole.contents as Node | null, src, entryAt(text, yamlStart), fields, problems, new Set());
  } else {
    // The YAML is broken somewhere, and one error can swallow the lines after
    // it. Read each top-level entry on its own so every problem is reported.
    const seen = new Set<string>();
    for (const entry of topLevelEntries(src)) {
      const at = entryAt(text, yamlStart + entry.start);
      const doc = parseDocument(entry.src, YAML_OPTIONS);
      const errors = [...doc.errors, ...doc.warnings];
      for (const e of errors) problems.push(at(e.pos[0], `the front block is not valid YAML: ${e.message} (${YAML_HINT})`));
      if (!errors.length) readContents(doc.contents as Node | null, entry.src, at, fields, problems, seen);
    }
  }

  if (problems.length) throw new SourceError(sortProblems(problems));
  return { fields, bodyStart };
}

const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true } as const;

/** A line of a simple block: a known key at the start of the line, `: `, a one-line value. */
const SIMPLE_LINE = /^([a-z]+): +([^ ].*)$/;
/** A one-line double-quoted value whose only escapes are `\"` and `\\`, or a single-quoted one. */
const DOUBLE_QUOTED = /^"((?:[^"\\]|\\["\\])*)" *$/;
const SINGLE_QUOTED = /^'((?:[^']|'')*)' *$/;
/** Characters YAML may refuse or treat apart, in any value. */
const ODD_CHARACTER = /[\t\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
/** Characters that start something other than a plain scalar in YAML. */
const NOT_PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** A mapping inside a plain value, or a comment after it. */
const NOT_PLAIN_INSIDE = /: |:$| #/;
/** Plain scalars the YAML core schema reads as null, true/false or a number (the `yaml` package's own tests). */
const NOT_A_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];

/**
 * The fields of a block made only of `key: value` lines with known keys, each once, and
 * values YAML reads as one-line strings that pass every check; null for anything else (the
 * YAML parser then reads the block and reports its problems).
 */
function simpleFields(src: string): FrontFields | null {
  const fields: FrontFields = {};
  const seen = new Set<string>();
  let any = false;
  for (const line of src.split('\n')) {
    if (line === '') continue;
    const m = SIMPLE_LINE.exec(line);
    const key = m?.[1];
    const field = key === undefined || !Object.hasOwn(KEYS, key) ? undefined : KEYS[key];
    if (!m || !field || seen.has(key!)) return null;
    seen.add(key!);
    const raw = m[2]!;
    if (ODD_CHARACTER.test(raw)) return null;
    let value: string;
    const double = DOUBLE_QUOTED.exec(raw);
    const single = double ? null : SINGLE_QUOTED.exec(raw);
    if (double) value = double[1]!.replace(/\\(["\\])/g, '$1');
    else if (single) value = single[1]!.replace(/''/g, "'");
    else {
      // YAML drops the spaces after a plain value.
      value = raw.replace(/ +$/, '');
      if (NOT_PLAIN_START.test(value) || NOT_PLAIN_INSIDE.test(value) || NOT_A_STRING.some((re) => re.test(value))) return null;
    }
    // From here on, as `readPair` does with the string YAML gives.
    if (field === 'date') {
      const date = readDate(value, undefined);
      if (typeof date !== 'string') return null;
      fields.date = date;
    } else {
      const text = value.trim();
      if (!text || (field === 'url' && checkUrl(text) !== undefined)) return null;
      fields[field] = text;
    }
    any = true;
  }
  return any ? fields : null;
}

type At = (offset: number, message: string) => Problem;

function entryAt(text: string, base: number): At {
  return (offset, message) => ({ ...lineColAt(text, base + offset), message });
}

/** Splits YAML source into its top-level entries: a line at column 0 and the indented lines after it. */
function topLevelEntries(src: string): { start: number; src: string }[] {
  const entries: { start: number; end: number }[] = [];
  let offset = 0;
  for (const line of src.split('\n')) {
    if (/^[^\s#]/.test(line)) entries.push({ start: offset, end: offset + line.length });
    else if (entries.length) entries[entries.length - 1]!.end = offset + line.length;
    offset += line.length + 1;
  }
  return entries.map((e) => ({ start: e.start, src: src.slice(e.start, e.end) }));
}

function readContents(contents: Node | null, src: string, at: At, fields: FrontFields, problems: Problem[], seen: Set<string>): void {
  if (contents === null || (isScalar(contents) && contents.value === null)) return;
  if (!isMap(contents)) {
    problems.push(at(contents.range?.[0] ?? 0, `the front block must be "key: value" lines (${ALLOWED})`));
    return;
  }
  for (const pair of contents.items) {
    if (!isPair(pair)) continue;
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key !== undefined && seen.has(key)) {
      problems.push(at((pair.key as Node).range?.[0] ?? 0, `"${key}" appears twice in the front block; keep one`));
      continue;
    }
    if (key !== undefined) seen.add(key);
    readPair(pair as Pair<Node | null, Node | null>, src, at, fields, problems);
  }
}

function readPair(
  pair: Pair<Node | null, Node | null>,
  src: string,
  at: At,
  fields: FrontFields,
  problems: Problem[],
): void {
  const keyNode = pair.key;
  const keyAt = keyNode?.range?.[0] ?? 0;
  if (!isScalar(keyNode) || typeof keyNode.value !== 'string') {
    problems.push(at(keyAt, `each line of the front block must be "key: value" with a plain key (${ALLOWED})`));
    return;
  }
  const key = keyNode.value;
  // Own keys only: `constructor` or `toString` are not fields.
  const field = Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
  if (!field) {
    problems.push(at(keyAt, `unknown key "${key}"${suggest(key)}; the front block accepts only ${ALLOWED}`));
    return;
  }
  const value = pair.value;
  const valueAt = value?.range?.[0] ?? keyNode.range?.[1] ?? keyAt;
  if (!isScalar(value) || value.value === null || value.value === undefined) {
    if (value === null || (isScalar(value) && (value.value === null || value.value === undefined)))
      problems.push(at(valueAt, `"${key}" has no value; give one or remove the line`));
    else problems.push(at(valueAt, `"${key}" must be text, not a list, a map or an alias; write it as one line of text in double quotes`));
    return;
  }
  // `title: Tin mới # nóng` would silently drop `# nóng` as a YAML comment.
  if (value.comment && value.range) {
    const lineEnd = src.indexOf('\n', value.range[1]);
    const rest = src.slice(value.range[1], lineEnd < 0 ? src.length : lineEnd);
    const hash = rest.indexOf('#');
    if (hash >= 0) {
      problems.push(
        at(value.range[1] + hash, `the text after " #" is read as a YAML comment and dropped from "${key}"; if it belongs to the value, put the whole value in double quotes`),
      );
      return;
    }
  }

  if (field === 'date') {
    const date = readDate(value.value, value.source);
    if (typeof date === 'string') fields.date = date;
    else problems.push(at(valueAt, date.error));
    return;
  }
  if (typeof value.value !== 'string') {
    const what = typeof value.value === 'number' ? 'a number' : typeof value.value === 'boolean' ? 'true/false' : 'not text';
    problems.push(at(valueAt, `"${key}" must be text but YAML reads this value as ${what}; put it in double quotes`));
    return;
  }
  const text = value.value.trim();
  if (!text) {
    problems.push(at(valueAt, `"${key}" is empty; give a value or remove the line`));
    return;
  }
  if (field === 'url') {
    const error = checkUrl(text);
    if (error) {
      problems.push(at(valueAt, error));
      return;
    }
  }
  fields[field] = text;
}

/** A date as YYYY-MM-DD, YYYY-MM or YYYY; YAML timestamps and date-times keep their written date. */
function readDate(value: unknown, source: string | undefined): string | { error: string } {
  let written: string;
  if (typeof value === 'string') written = value.trim();
  else if (typeof value === 'number' && Number.isInteger(value)) written = String(value);
  else if (value instanceof Date) written = source?.trim() ?? (Number.isNaN(value.getTime()) ? '' : value.toISOString());
  else return { error: `"date" must be a date like 2020-10-01, 2020-10 or 2020` };

  const dateTime = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|[ \t]+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d*)?)?(?:[ \t]*(?:Z|z|[-+]\d{1,2}(?::?\d{2})?))?$/.exec(written);
  const iso = dateTime ? `${dateTime[1]}-${dateTime[2]!.padStart(2, '0')}-${dateTime[3]!.padStart(2, '0')}` : written;

  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!parts) {
    const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(written);
    const example = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : '2020-10-01';
    return { error: `"date" is "${written}"; write it as YYYY-MM-DD, YYYY-MM or YYYY (e.g. ${example})` };
  }
  const year = Number(parts[1]);
  const month = parts[2] === undefined ? undefined : Number(parts[2]);
  const day = parts[3] === undefined ? undefined : Number(parts[3]);
  if (year < 1000) return { error: `"date" ${iso} has an implausible year; write the year with its four digits (e.g. 2020)` };
  if (month !== undefined && (month < 1 || month > 12)) return { error: `"date" ${iso} does not exist: there is no month ${month}` };
  if (month !== undefined && day !== undefined) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const last = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
    if (day < 1 || day > last) return { error: `"date" ${iso} does not exist: month ${month} of ${year} has ${last} days` };
  }
  return iso;
}

/**
 * What the schema's `httpUrl` accepts (a test holds them together): an address the URL parser
 * reads that starts with http:// or https://. Asked directly: zod's safeParse cost about 5% of
 * the whole extraction.
 */
export function isHttpUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

/** An error message when `url` is not an http(s) address the schema accepts. */
function checkUrl(url: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https')
    return `"url" must be a web address starting with http:// or https://, not "${scheme}:"`;
  if (!scheme) return `"url" must be a full web address starting with http:// or https://`;
  if (/\s/.test(url) || !isHttpUrl(url)) return `"url" is not a valid web address`;
  return undefined;
}

function unclosed(text: string, yamlStart: number): Problem {
  // Point at the first line that does not look like metadata: the block probably ends there.
  const lines = text.slice(yamlStart).split('\n');
  let offset = yamlStart;
  let hint = '';
  for (const line of lines.slice(0, 50)) {
    if (line.trim() && !/^\s*(#|[\p{L}_][\p{L}\p{N}_ -]*:(\s|$)|\s+\S|- )/u.test(line)) {
      hint = ` (the metadata seems to end before line ${lineColAt(text, offset).line})`;
      break;
    }
    offset += line.length + 1;
  }
  return { line: 1, col: 1, message: `the front block opened here is never closed: add a line "---" after the metadata${hint}` };
}

function suggest(key: string): string {
  const lower = key.toLowerCase().trim();
  const known = Object.hasOwn(KEYS, lower) ? lower : Object.hasOwn(SYNONYMS, lower) ? SYNONYMS[lower] : Object.keys(KEYS).find((k) => editDistance(k, lower) <= 2);
  return known ? ` (did you mean "${known}"?)` : '';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}

/**
 * Article metadata: from the optional YAML front block first, then from the
 * text itself, the way Vietnamese reports write it:
 *
 *     date 2022-01 (LĐ online) - Ngày 21/1, UBND TP Bảo Lộc đã …
 *     …
 *     KHÁNH PHÚC
 *
 * A scraper's `date YYYY-MM` prefix is metadata, not article text: the body
 * starts after it. The dateline `(LĐ online) -` names the outlet, `Ngày 21/1`
 * completes the date, and an upper-case last line is the byline.
 */
import type { Meta } from '../schema';
import { parseFrontBlock } from './frontblock';

/** Outlet codes used in datelines, keyed by their upper-case form without "online"/"O". */
const OUTLET_CODES: Readonly<Record<string, string>> = {
  'LĐ': 'Lao Động',
  'LAO ĐỘNG': 'Lao Động',
  'TT': 'Tuổi Trẻ',
  'TUỔI TRẺ': 'Tuổi Trẻ',
  'TN': 'Thanh Niên',
  'THANH NIÊN': 'Thanh Niên',
  'NLĐ': 'Người Lao Động',
  'PL': 'Pháp Luật TP.HCM',
  'DÂN TRÍ': 'Dân Trí',
  'DT': 'Dân Trí',
  'VTC NEWS': 'VTC News',
  'VOV': 'VOV',
  'VTV': 'VTV',
  'TTXVN': 'Thông tấn xã Việt Nam',
  'QĐND': 'Quân đội nhân dân',
  'CAND': 'Công an nhân dân',
  'ANTĐ': 'An ninh Thủ đô',
  'SGGP': 'Sài Gòn Giải Phóng',
  'VNEXPRESS': 'VnExpress',
  'VIETNAMNET': 'VietNamNet',
  'ZING': 'Zing News',
  'BÁO MỚI': 'Báo Mới',
  'NHÂN DÂN': 'Nhân Dân',
  'TIỀN PHONG': 'Tiền Phong',
};

/** A scraper's prefix: ` date 2022-01 ` (optionally with a day). */
const SCRAPER_PREFIX = /^[ \t]*date[ \t]+(\d{4})-(\d{2})(?:-(\d{2}))?(?=[ \t\n])[ \t]*/;
/** `(LĐ online) - ` or `BẢO LỘC (LĐ) – ` at the start of the body. */
const DATELINE = /^(?:[\p{Lu} .,]{2,40}?\s*)?\(([^()\n]{1,30})\)\s*[-–—]\s*/u;
/** `Ngày 21/1`, `ngày 21/1/2022` near the start. */
const DAY = /(?:^|[\s,(])[Nn]gày\s+(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?!\d)/u;
/** Leading time phrase not worth a title: `Ngày 21/1, `, `Sáng 3/2, `, `Chiều nay, `. */
const LEADING_TIME = /^(?:(?:sáng|chiều|tối|trưa|đêm|rạng sáng)\s+)?(?:(?:ngày|hôm)\s+)?(?:\d{1,2}\/\d{1,2}(?:\/\d{4})?|nay|qua)\s*,\s*/iu;

const TITLE_MAX = 90;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Outlet name for a dateline code such as `LĐ online`, `TTO`, `Dân trí`; undefined if unknown. */
export function outletFromCode(code: string): string | undefined {
  const key = code
    .trim()
    .replace(/\s+online$/i, '')
    .toUpperCase();
  return OUTLET_CODES[key] ?? (key.endsWith('O') ? OUTLET_CODES[key.slice(0, -1)] : undefined);
}

/** The byline: an upper-case last line of a few words, without digits. */
export function findByline(text: string): string | undefined {
  const trimmed = text.trimEnd();
  const last = trimmed.slice(trimmed.lastIndexOf('\n') + 1).trim();
  if (last.length < 3 || last.length > 48 || /\d/.test(last)) return undefined;
  const words = last.split(/\s+/);
  if (words.length > 6 || !/\p{L}/u.test(last) || last !== last.toLocaleUpperCase('vi')) return undefined;
  if (!/^[\p{Lu}\s.\-–]+$/u.test(last)) return undefined;
  return last;
}

/** Characters of a long first paragraph that are read for its title. */
const PARAGRAPH_HEAD = 4096;

/**
 * The first paragraph of `lead`, white space collapsed and trimmed. Of a very long paragraph
 * (a whole article on one line) only a head of at least 300 characters: the title is cut
 * from its first 90, or ends at a sentence end found well inside the head, so the rest
 * changes nothing — and collapsing megabytes of white space for it would.
 */
function firstParagraphHead(lead: string): string {
  const trimmed = lead.trim();
  const blank = /\n\s*\n/.exec(trimmed);
  const paragraph = blank ? trimmed.slice(0, blank.index) : trimmed;
  if (paragraph.length > PARAGRAPH_HEAD) {
    const head = paragraph.slice(0, PARAGRAPH_HEAD).replace(/\s+/g, ' ').trimStart();
    if (head.length >= 300) return head;
  }
  return paragraph.replace(/\s+/g, ' ').trim();
}

/** A short title from the lead: a headline-like first paragraph, else the first sentence, cut at a word. */
export function deriveTitle(lead: string): string {
  let title = firstParagraphHead(lead);
  const headlineLike = title.length <= 140 && !/[.!?…]$/.test(title) && !title.includes('. ');
  if (!headlineLike) {
    title = title.replace(LEADING_TIME, '');
    const sentenceEnd = title.search(/[.!?](?:\s|$)/);
    if (sentenceEnd > 0) title = title.slice(0, sentenceEnd);
  }
  if (title.length > TITLE_MAX) {
    const cut = title.slice(0, TITLE_MAX);
    const space = cut.lastIndexOf(' ');
    title = `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, '')}…`;
  }
  title = title.charAt(0).toLocaleUpperCase('vi') + title.slice(1);
  return title || 'Bài viết không có tiêu đề';
}

/**
 * Reads the metadata of a normalised source text. Throws `SourceError` (from
 * the front block parser) with every problem of a malformed front block.
 */
export function readMeta(text: string): Meta {
  const front = parseFrontBlock(text);
  const fields = front?.fields ?? {};
  let bodyStart = front?.bodyStart ?? 0;
  let date = fields.date;

  const prefix = SCRAPER_PREFIX.exec(text.slice(bodyStart));
  let prefixDate: { y: number; m: number; d?: number } | undefined;
  if (prefix) {
    bodyStart += prefix[0].length;
    prefixDate = { y: Number(prefix[1]), m: Number(prefix[2]), d: prefix[3] ? Number(prefix[3]) : undefined };
  }
  while (bodyStart < text.length && /\s/.test(text[bodyStart]!)) bodyStart++;
  const body = text.slice(bodyStart);

  const dateline = DATELINE.exec(body);
  const outlet = fields.outlet ?? (dateline ? (outletFromCode(dateline[1]!) ?? dateline[1]!.trim()) : undefined);

  if (date === undefined) {
    const head = body.slice(0, 240);
    const day = DAY.exec(head);
    if (day) {
      const d = Number(day[1]);
      const m = Number(day[2]);
      const y = day[3] ? Number(day[3]) : prefixDate && prefixDate.m === m ? prefixDate.y : undefined;
      if (y !== undefined && validDate(y, m, d)) date = `${y}-${pad(m)}-${pad(d)}`;
    }
    if (date === undefined && prefixDate && prefixDate.m >= 1 && prefixDate.m <= 12) {
      date =
        prefixDate.d !== undefined && validDate(prefixDate.y, prefixDate.m, prefixDate.d)
          ? `${prefixDate.y}-${pad(prefixDate.m)}-${pad(prefixDate.d)}`
          : `${prefixDate.y}-${pad(prefixDate.m)}`;
    }
  }

  const author = fields.author ?? findByline(body);
  const lead = dateline ? body.slice(dateline[0].length) : body;
  const meta: Meta = {
    title: fields.title ?? deriveTitle(lead),
    titleDerived: fields.title === undefined,
    bodyStart,
  };
  if (date !== undefined) meta.date = date;
  if (outlet !== undefined) meta.outlet = outlet;
  if (author !== undefined) meta.author = author;
  if (fields.url !== undefined) meta.url = fields.url;
  if (fields.category !== undefined) meta.category = fields.category;
  return meta;
}

/**
 * The single source of truth for what solieu knows about an article.
 *
 * `ArticleData` is exactly what `npm run extract -- --json FILE` prints.
 * `ArticleFrontmatter` is what `content/articles/*.md` holds: the same data
 * plus bookkeeping about the file it came from. The extractor validates what it
 * writes against it, and `src/content.config.ts` uses it for the collection.
 *
 * Only `astro/zod` is imported, so this module runs in Node scripts as well as
 * inside Astro.
 */
import { z } from 'astro/zod';

export const QUALIFIERS = ['exact', 'over', 'under', 'about', 'nearly', 'at-least', 'at-most'] as const;
export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;

/** What a figure measures; lets the site colour, filter and sum figures. */
export const KINDS = [
  'money',
  'percent',
  'people',
  'count',
  'mass',
  'area',
  'length',
  'volume',
  'temperature',
  'duration',
  'speed',
  'energy',
  'data',
  'ratio',
] as const;
export const Kind = z.enum(KINDS);
export type Kind = z.infer<typeof Kind>;

const Offset = z.number().int().nonnegative();
export const FIGURE_ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const FigureId = z.string().regex(FIGURE_ID, 'a figure id is lower-case ASCII letters, digits and inner hyphens');

export const Figure = z
  .object({
    /** Readable, stable id: the anchor of `/<article>/#<id>`. */
    id: FigureId,
    /** The figure exactly as written, `input.slice(start, end)`. */
    text: z.string().min(1),
    start: Offset,
    end: Offset,
    kind: Kind,
    /** Counted noun or currency/measure, as written in the article (`mắt camera`, `đồng`, `đồng/kg`). */
    unit: z.string(),
    /** True when the unit was elided in the text and inferred from a parallel phrase. */
    unitInferred: z.boolean().optional(),
    value: z.number().finite().optional(),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    numerator: z.number().finite().optional(),
    denominator: z.number().finite().optional(),
    qualifier: Qualifier,
    /** W3C TextQuoteSelector context, so a figure can be found again after edits. */
    prefix: z.string().optional(),
    suffix: z.string().optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.end <= f.start) ctx.addIssue({ code: 'custom', message: `end (${f.end}) must be after start (${f.start})` });
    if (f.end - f.start !== f.text.length)
      ctx.addIssue({ code: 'custom', message: `text has ${f.text.length} characters but the span covers ${f.end - f.start}` });
    const isRange = f.min !== undefined || f.max !== undefined;
    const isFraction = f.numerator !== undefined || f.denominator !== undefined;
    if (isRange && (f.min === undefined || f.max === undefined))
      ctx.addIssue({ code: 'custom', message: 'a range needs both min and max' });
    if (isFraction && (f.numerator === undefined || f.denominator === undefined || f.value === undefined))
      ctx.addIssue({ code: 'custom', message: 'a fraction needs numerator, denominator and value' });
    if (isRange && isFraction) ctx.addIssue({ code: 'custom', message: 'a figure is either a range or a fraction, not both' });
    if (!isRange && f.value === undefined) ctx.addIssue({ code: 'custom', message: 'a figure needs value, or min and max' });
    if (isRange && f.value !== undefined) ctx.addIssue({ code: 'custom', message: 'a range has min and max, not value' });
  });
export type Figure = z.infer<typeof Figure>;

export const Award = z
  .object({
    /** The award as written: `Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”`, `bằng khen`. */
    award: z.string().min(1),
    /** Who granted it: `Bộ Công an`, `Chủ tịch UBND tỉnh Lâm Đồng`. */
    grantor: z.string(),
    collectives: z.number().int().nonnegative().optional(),
    individuals: z.number().int().nonnegative().optional(),
    /** Named recipients where the text names them instead of counting. */
    recipients: z.array(z.string()).optional(),
    /** True when a recipient noun was elided and inferred (`5 tập thể và 6 [cá nhân]`). */
    inferred: z.boolean().optional(),
    figureIds: z.array(FigureId),
    start: Offset,
    end: Offset,
  })
  .strict();
export type Award = z.infer<typeof Award>;

export const Model = z
  .object({
    name: z.string().min(1),
    /** `model` for mô hình, `movement` for phong trào. */
    type: z.enum(['model', 'movement']),
    figureIds: z.array(FigureId),
    start: Offset,
    end: Offset,
  })
  .strict();
export type Model = z.infer<typeof Model>;

export const Acronym = z
  .object({
    short: z.string().min(1),
    long: z.string().min(1),
    /** True when the article itself defines it (`an ninh Tổ quốc (ANTQ)`), false for the built-in glossary. */
    defined: z.boolean(),
  })
  .strict();
export type Acronym = z.infer<typeof Acronym>;

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    if (m === undefined) return true;
    if (m < 1 || m > 12) return false;
    if (d === undefined) return true;
    const date = new Date(Date.UTC(y!, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'that date does not exist');

export const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'a url must start with http:// or https://');

export const Meta = z
  .object({
    title: z.string().min(1),
    /** True when the title was derived from the lead because the source had none. */
    titleDerived: z.boolean(),
    date: isoDate.optional(),
    outlet: z.string().min(1).optional(),
    author: z.string().min(1).optional(),
    url: httpUrl.optional(),
    category: z.string().min(1).optional(),
    /** Offset in the normalised source text where the article body starts (after any metadata header). */
    bodyStart: Offset,
  })
  .strict();
export type Meta = z.infer<typeof Meta>;

/** What `extract --json` prints for one source file. */
export const ArticleData = z
  .object({
    meta: Meta,
    figures: z.array(Figure),
    awards: z.array(Award),
    models: z.array(Model),
    acronyms: z.array(Acronym),
  })
  .strict();
export type ArticleData = z.infer<typeof ArticleData>;

/** What a generated `content/articles/<slug>.md` holds in its frontmatter. */
export const ArticleFrontmatter = ArticleData.extend({
  /** Source file, relative to the sources folder, and the sha256 of its bytes. */
  source: z.object({ path: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  /** sha256 of the generated file with this field blanked: detects hand edits. */
  generatedSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Retired figure ids and the ids that replace them, so old links keep landing. */
  redirects: z.record(FigureId, FigureId).default({}),
}).strict();
export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatter>;

/**
 * What the listings, filters and counts need to know of an article, and no
 * per-figure data: Astro's data store keeps this (see `StoredEntry`). The
 * full `ArticleFrontmatter` and the rendered body are read from the loader's
 * cache by the pages that need them (`readArticle` in src/loaders/cache.ts).
 */
export const ArticleEntry = z
  .object({
    meta: Meta,
    figureCount: z.number().int().nonnegative(),
    /** Kinds present, in the order of `KINDS`, with how many figures of each. */
    kindCounts: z.array(z.tuple([Kind, z.number().int().positive()])),
  })
  .strict();
export type ArticleEntry = z.infer<typeof ArticleEntry>;

/**
 * `entry.data` in Astro's store: the `ArticleEntry` as one JSON string (read
 * it with `entrySummary` of src/lib/corpus.ts). Astro bundles the whole store
 * into the build as one JavaScript module, and Rollup's cost follows the
 * number of values in it, not their bytes: at 10,000 articles the ~25 values
 * of each entry's metadata made the Vite bundle step take 24 s; one string
 * per entry is one value.
 */
export const StoredEntry = z.object({ summary: z.string() }).strict();
export type StoredEntry = z.infer<typeof StoredEntry>;

const FigureValues = {
  kind: Kind,
  unit: z.string(),
  value: z.number().finite(),
  min: z.number().finite(),
  max: z.number().finite(),
  numerator: z.number().finite(),
  denominator: z.number().finite(),
  qualifier: Qualifier,
};

/**
 * Hand corrections kept beside the generated files (`content/overrides/<slug>.yaml`)
 * and applied on top of every extraction, so a correction survives re-runs.
 */
export const Overrides = z
  .object({
    /** Ids of false figures to drop. */
    remove: z.array(FigureId).default([]),
    /** Corrections to a figure's value, unit, kind or qualifier, by id. */
    correct: z.record(FigureId, z.object(FigureValues).partial().strict()).default({}),
    /** Figures the extractor missed: the exact text, which occurrence of it in the body, and its reading. */
    add: z
      .array(
        z
          .object({ text: z.string().min(1), occurrence: z.number().int().positive().default(1), ...FigureValues })
          .partial({ value: true, min: true, max: true, numerator: true, denominator: true, qualifier: true, unit: true })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type Overrides = z.infer<typeof Overrides>;

/** Formats zod issues as one line each: `path: message`. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}

/**
 * The corpus as the corpus pages see it, read once per build.
 *
 * Every listing page and every explorer page needs the whole collection
 * (sorted, grouped, indexed); reading and sorting 10,000 entries for each of
 * thousands of pages would dominate the build, so the result is memoised
 * for the life of the build process. The dev server recomputes it on every
 * request so edits show up.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { readArticle } from '../../loaders/cache';
import {
  buildExplorerIndex,
  compareNewestFirst,
  entrySummary,
  groupBy,
  groupByYear,
  summarize,
  type ArticleSummary,
  type CorpusEntry,
  type ExplorerIndex,
  type Group,
} from '../../lib/corpus';

/** Articles on one page of a listing. */
export const ARTICLES_PER_PAGE = 50;
/**
 * Figure rows on one page of the explorer: ~55 KB of HTML and ~1,300 DOM
 * elements, small enough for a fast first paint on a phone (200 rows cost
 * twice the style and layout work for little gain).
 */
export const FIGURES_PER_PAGE = 100;
/** A unit with fewer figures shares its kind's "other units" table instead of having its own pages. */
export const MIN_UNIT_FIGURES = 20;

export interface Corpus {
  /** Every article, newest first. */
  articles: ArticleSummary[];
  outlets: Group<ArticleSummary>[];
  years: Group<ArticleSummary>[];
  categories: Group<ArticleSummary>[];
  outletSlug: Map<string, string>;
  categorySlug: Map<string, string>;
  figureCount: number;
}

interface Loaded {
  entries: CorpusEntry[];
  corpus: Corpus;
  explorer?: ExplorerIndex;
}

let cached: Promise<Loaded> | undefined;

async function load(): Promise<Loaded> {
  // `digest` is on every entry at run time (the loader sets it) but not in Astro's entry type.
  const raw: CorpusEntry[] = (await getCollection('articles')).map((e) => ({
    id: e.id,
    digest: (e as { digest?: string | number }).digest,
    filePath: e.filePath,
    data: entrySummary(e),
  }));
  const entries = [...raw].sort((a, b) => compareNewestFirst({ id: a.id, ...a.data.meta }, { id: b.id, ...b.data.meta }));
  const articles = entries.map(summarize);
  const outlets = groupBy(articles, (a) => a.outlet);
  const categories = groupBy(articles, (a) => a.category);
  return {
    entries,
    corpus: {
      articles,
      outlets,
      years: groupByYear(articles),
      categories,
      outletSlug: new Map(outlets.map((g) => [g.name, g.slug])),
      categorySlug: new Map(categories.map((g) => [g.name, g.slug])),
      figureCount: articles.reduce((n, a) => n + a.figureCount, 0),
    },
  };
}

function loaded(): Promise<Loaded> {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}

/** The article list and its groups. */
export async function getCorpus(): Promise<Corpus> {
  return (await loaded()).corpus;
}

/**
 * The body of an article, read back from its generated file:
 * the loader keeps bodies out of Astro's data store (it is bundled into the
 * build), but the explorer's excerpts need the sentence around each figure.
 * Undefined when the file cannot be read; excerpts then use the stored context.
 */
function readBody(entry: { body?: string; filePath?: string }): string | undefined {
  if (entry.body !== undefined) return entry.body;
  if (!entry.filePath) return undefined;
  try {
    const bytes = readFileSync(entry.filePath);
    const close = bytes.indexOf('\n---\n', 3);
    // Decoded from the bytes after the frontmatter: a slice of the whole file's string would keep all of it alive.
    return close < 0 ? undefined : bytes.toString('utf8', close + 5);
  } catch {
    return undefined;
  }
}

/**
 * The figures explorer's index (built on first use). The figures are not in
 * the store (see `ArticleEntry`): they are read from the loader's cache, one
 * article at a time.
 */
export async function getExplorer(): Promise<ExplorerIndex> {
  const l = await loaded();
  return (l.explorer ??= await buildExplorer(l.entries));
}

async function buildExplorer(entries: readonly CorpusEntry[]): Promise<ExplorerIndex> {
  const articles = [];
  for (const e of entries) {
    const { data } = await readArticle(e);
    articles.push({ id: e.id, title: data.meta.title, date: data.meta.date, bodyStart: data.meta.bodyStart, body: readBody(e), figures: data.figures });
  }
  return buildExplorerIndex(articles, { perPage: FIGURES_PER_PAGE, minUnitFigures: MIN_UNIT_FIGURES });
}

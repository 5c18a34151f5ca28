/**
 * Content collections. `articles` is the corpus: one entry per generated
 * `content/articles/**\/*.md` (or `SOLIEU_ARTICLES`), loaded, validated and
 * rendered by our own loader (src/loaders/articles.ts) — not `glob()`, which
 * would interpret the body as Markdown and swallow plugin errors.
 *
 * Pages: `getCollection('articles')`; `entry.id` is the slug, `entry.data` a
 * `StoredEntry`: `entrySummary(entry)` (src/lib/corpus.ts) gives its
 * `ArticleEntry` (metadata and figure counts, for listings and filters). The
 * figures and the body's HTML are not in the store (Astro bundles the store
 * into the build; see `ArticleEntry`): pages that need them read them with
 * `readArticle(entry)` from src/loaders/articles.ts. `entry.body` is unset.
 */
import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles';
import { StoredEntry } from './schema';

const articles = defineCollection({
  loader: articlesLoader(),
  schema: StoredEntry,
});

export const collections = { articles };

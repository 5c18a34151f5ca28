/**
 * Content collections. `articles` is the corpus: one entry per generated
 * `content/articles/**\/*.md` (or `SOLIEU_ARTICLES`), loaded, validated and
 * rendered by our own loader (src/loaders/articles.ts) — not `glob()`, which
 * would interpret the body as Markdown and swallow plugin errors.
 *
 * Pages: `getCollection('articles')`; `entry.id` is the slug, `entry.data` the
 * validated frontmatter. The body's HTML is not in the store (it would make the
 * bundled store ~300 MB at 10,000 articles): the article page reads it with
 * `readRenderedBody(entry)` from src/loaders/articles.ts. `entry.body` is unset.
 */
import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles';
import { ArticleFrontmatter } from './schema';

const articles = defineCollection({
  loader: articlesLoader(),
  schema: ArticleFrontmatter,
});

export const collections = { articles };

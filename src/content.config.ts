/**
 * Content collections. `articles` is the corpus: one entry per generated
 * `content/articles/**\/*.md` (or `SOLIEU_ARTICLES`), loaded, validated and
 * rendered by our own loader (src/loaders/articles.ts) — not `glob()`, which
 * would interpret the body as Markdown and swallow plugin errors.
 *
 * Pages: `getCollection('articles')`, `render(entry)`; `entry.id` is the slug.
 */
import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles';
import { ArticleFrontmatter } from './schema';

const articles = defineCollection({
  loader: articlesLoader(),
  schema: ArticleFrontmatter,
});

export const collections = { articles };

/**
 * Baseline collection: every `*.md` in BENCH_BASELINE_CONTENT through Astro's
 * stock `glob()` loader; the frontmatter is only a title.
 */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.BENCH_BASELINE_CONTENT ?? './content';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.md', base }),
    schema: z.object({ title: z.string() }),
  }),
};

// @ts-check
/**
 * The benchmark baseline: plain Astro building the same articles as plain
 * Markdown (stock `glob()` loader, stock Markdown pipeline, minimal page
 * template), no frontmatter figures, no annotation plugin. `scripts/bench.ts`
 * points it at the generated Markdown and at its own output and cache folders:
 *
 *   BENCH_BASELINE_CONTENT=…/baseline-md BENCH_BASELINE_OUT=…/dist \
 *   BENCH_BASELINE_CACHE=…/cache astro build --root bench/baseline
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.BENCH_BASELINE_OUT ?? './dist',
  cacheDir: process.env.BENCH_BASELINE_CACHE ?? './node_modules/.astro',
  devToolbar: { enabled: false },
});

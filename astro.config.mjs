// @ts-check
/**
 * Astro configuration for solieu: a fully static site.
 *
 * Content Security Policy: every page ships a strict policy (see
 * src/lib/csp.ts and the <meta http-equiv> in src/layouts/Base.astro) that
 * allows scripts and styles from our own origin only. To make that hold,
 * nothing may be inlined into the HTML:
 *  - build.inlineStylesheets 'never': Astro otherwise inlines small CSS
 *    files as <style> blocks;
 *  - vite.build.assetsInlineLimit 0: Astro otherwise inlines any bundled
 *    <script> smaller than this limit (4 KiB by default) as an inline
 *    <script>, and Vite turns small assets into data: URLs.
 * We did not use Astro 5's `experimental.csp` (hash-based): with nothing
 * inline there is nothing to hash, a fixed policy is stricter and easier to
 * audit, and an experimental flag may change before Astro 6.
 *
 * Cache: Astro keeps its content data store in `cacheDir`. It gets one per
 * articles folder (`SOLIEU_ARTICLES`), so building another corpus (tests,
 * benchmarks) neither overwrites nor invalidates the main one, and two builds
 * of different corpora in one checkout do not mix their stores; and one per
 * build part (`SOLIEU_BUILD_PART`, see src/build-part.ts), because the two
 * parts of a split build run at the same time. For the same reason each part
 * has its own Vite dependency cache (`vite.cacheDir`): two processes
 * re-optimising one `node_modules/.vite` at once raced on renaming it
 * (ENOTEMPTY, seen when a benchmark's copy of the site changed its root).
 *
 * `solieuVerify()` re-checks every built article page after the build
 * (every figure highlighted exactly once, page text equal to the source)
 * and fails the build otherwise; see src/integrations/verify-build.ts.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { solieuVerify } from './src/integrations/verify-build.ts';

const articlesDir = path.resolve(process.env.SOLIEU_ARTICLES ?? 'content/articles');
const corpusKey = createHash('sha256').update(articlesDir).digest('hex').slice(0, 12);
const part = process.env.SOLIEU_BUILD_PART ? `-${process.env.SOLIEU_BUILD_PART}` : '';

export default defineConfig({
  site: process.env.SOLIEU_SITE ?? 'http://127.0.0.1:4321',
  output: 'static',
  cacheDir: `./node_modules/.astro/corpus-${corpusKey}${part}`,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
  },
  vite: {
    cacheDir: `./node_modules/.vite/solieu${part}`,
    build: {
      assetsInlineLimit: 0,
    },
  },
  // No fonts, images or scripts from other origins; no telemetry is part of the build output.
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [solieuVerify()],
});

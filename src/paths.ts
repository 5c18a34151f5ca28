/**
 * Where solieu reads and writes, shared by the scripts and the Astro site.
 * Every folder can be pointed elsewhere with an environment variable, so the
 * same commands build any corpus:
 *   SOLIEU_SOURCES=… SOLIEU_ARTICLES=… npm run build
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

export interface CorpusDirs {
  sourcesDir: string;
  articlesDir: string;
  overridesDir: string;
  /** Skip-unchanged cache of `extract`, one per articles folder. */
  cacheFile: string;
}

const CACHE_DIR = path.resolve('node_modules/.cache/solieu');

/** The build report of the last `extract` run (problems listed on /bao-cao/). */
export const REPORT_FILE = path.join(CACHE_DIR, 'report.json');

export function corpusDirs(env: NodeJS.ProcessEnv = process.env): CorpusDirs {
  const articlesDir = path.resolve(env.SOLIEU_ARTICLES ?? 'content/articles');
  const key = createHash('sha256').update(articlesDir).digest('hex').slice(0, 12);
  return {
    sourcesDir: path.resolve(env.SOLIEU_SOURCES ?? 'content/sources'),
    articlesDir,
    overridesDir: path.resolve(env.SOLIEU_OVERRIDES ?? 'content/overrides'),
    cacheFile: path.join(CACHE_DIR, `extract-${key}.json`),
  };
}

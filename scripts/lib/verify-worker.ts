/**
 * One worker thread of scripts/lib/verify-pages.ts: checks the built pages of
 * the articles it was given and posts back their problems, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { articleFromFile, checkArticlePages } from '../../src/integrations/verify-build';

const { outDir, slugs } = workerData as { outDir: string; slugs: [string, string][] };
const articles = slugs.map(([slug, file]) => [slug, articleFromFile(file)] as const);
parentPort!.postMessage((await checkArticlePages(outDir, articles)).flat());

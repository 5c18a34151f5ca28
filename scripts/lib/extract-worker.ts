/**
 * One worker thread of the extraction pool (scripts/lib/extract-pool.ts):
 * loads the extractor, says it is ready, then answers each `{ id, job }`
 * with `{ id, outcome }` from `processSource`.
 */
import { parentPort } from 'node:worker_threads';
import { loadExtractor, processSource, type SourceJob } from './extract-corpus';

await loadExtractor();
parentPort!.on('message', ({ id, job }: { id: number; job: SourceJob }) => {
  parentPort!.postMessage({ id, outcome: processSource(job) });
});
parentPort!.postMessage({ ready: true });

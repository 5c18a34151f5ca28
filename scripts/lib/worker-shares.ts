/**
 * Runs a TypeScript module on worker threads, one share of the work each,
 * and gives back what each posts, in the order of the shares: for the steps
 * whose work splits into independent shares (staging the pages for the
 * index, checking the built pages), so that every core is used while the
 * other one would be idle.
 *
 * Each worker is started through extract-worker-boot.mjs, which registers
 * tsx in it first (module hooks of the main thread do not reach workers in
 * Node 20), and gets its share as `workerData`. A worker that fails or exits
 * before posting fails the whole run.
 */
import { Worker } from 'node:worker_threads';

const BOOT = new URL('./extract-worker-boot.mjs', import.meta.url);

/** Runs `entry` once per share, each on a worker thread with `{ entry, ...share }` as its data; resolves with each one's message. */
export function runShares<Share extends object, Result>(entry: URL, shares: readonly Share[], what: string): Promise<Result[]> {
  return Promise.all(
    shares.map((share) => {
      const worker = new Worker(BOOT, { workerData: { entry: entry.href, ...share } });
      return new Promise<Result>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`a ${what} worker exited with code ${code} before it finished`)));
      }).finally(() => worker.terminate());
    }),
  );
}

/** `items` cut into `n` consecutive shares of nearly the same size. */
export function sharesOf<T>(items: readonly T[], n: number): T[][] {
  const size = Math.ceil(items.length / n);
  return Array.from({ length: n }, (_, t) => items.slice(t * size, (t + 1) * size));
}

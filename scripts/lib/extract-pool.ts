/**
 * A pool of worker threads that run `processSource` (scripts/lib/extract-corpus.ts)
 * for `npm run extract`: extraction is pure CPU work, so a corpus of thousands
 * of sources is extracted on every core while the main thread reads and
 * writes files.
 *
 * Each worker is scripts/lib/extract-worker.ts, started through
 * extract-worker-boot.mjs, which registers tsx in the worker first (module
 * hooks given to the main thread with `--import tsx` do not reach worker
 * threads in Node 20). Jobs go to the least busy worker; a worker that dies
 * fails its jobs with the error, which the caller reports against the source.
 */
import { Worker } from 'node:worker_threads';
import type { SourceJob, SourceOutcome } from './extract-corpus';

interface Pending {
  resolve: (outcome: SourceOutcome) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

export class ExtractPool {
  private nextId = 0;
  private constructor(private readonly slots: Slot[]) {}

  /** Starts `size` workers and waits until each has loaded the extractor. */
  static async start(size: number): Promise<ExtractPool> {
    const boot = new URL('./extract-worker-boot.mjs', import.meta.url);
    const entry = new URL('./extract-worker.ts', import.meta.url).href;
    const slots = await Promise.all(
      Array.from({ length: size }, async () => {
        const worker = new Worker(boot, { workerData: { entry } });
        const slot: Slot = { worker, pending: new Map() };
        await new Promise<void>((resolve, reject) => {
          worker.once('message', (m: { ready?: boolean }) => (m.ready ? resolve() : reject(new Error('extract worker: unexpected first message'))));
          worker.once('error', reject);
        });
        worker.on('message', (m: { id: number; outcome: SourceOutcome }) => {
          slot.pending.get(m.id)?.resolve(m.outcome);
          slot.pending.delete(m.id);
        });
        const failAll = (error: Error) => {
          for (const p of slot.pending.values()) p.reject(error);
          slot.pending.clear();
        };
        worker.on('error', failAll);
        worker.on('exit', (code) => failAll(new Error(`extract worker exited with code ${code}`)));
        return slot;
      }),
    );
    return new ExtractPool(slots);
  }

  /** Extracts one source on the least busy worker. */
  run(job: SourceJob): Promise<SourceOutcome> {
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

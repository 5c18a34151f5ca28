// Starts a TypeScript worker thread: registers tsx in this thread (hooks
// given to the main thread with `--import tsx` do not reach workers in
// Node 20), then loads the module named in workerData.entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);

/**
 * CPU time of the calling thread alone, for the benchmarks. `process.cpuUsage()` counts every thread
 * of the process, and V8's background threads compile hot functions with TurboFan: in a first pass
 * over the extractor that is about 0.8 s per 6 MB, the JIT's cost rather than the extractor's work.
 */
import { readFileSync } from 'node:fs';

/** CPU milliseconds of the calling thread (Linux `/proc/thread-self/stat`, 10 ms resolution), or undefined elsewhere. */
export function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in clock ticks of 10 ms
  } catch {
    return undefined;
  }
}

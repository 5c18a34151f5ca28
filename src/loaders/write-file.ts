/**
 * Writing many files into a few folders, whole or not at all: `extract`'s
 * generated articles and the rendered-article cache (src/loaders/cache.ts).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Folders this process has made: a run writes thousands of files into a few (a `mkdir` per file was 0.47 s of the
 * main thread's 6.6 busy seconds, profiling `extract` on 2,000 generated articles).
 */
const madeDirs = new Set<string>();

/**
 * Writes `text` to `tmp`, then renames it to `file`, so that readers see the
 * old content or the new, never part of it. `tmp` must be in `file`'s folder.
 * The folder is made once per process, and again if it was removed since.
 */
export async function writeFileAtomic(file: string, tmp: string, text: string): Promise<void> {
  const dir = path.dirname(file);
  if (!madeDirs.has(dir)) {
    await mkdir(dir, { recursive: true });
    madeDirs.add(dir);
  }
  try {
    await writeFile(tmp, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dir, { recursive: true });
    await writeFile(tmp, text);
  }
  await rename(tmp, file);
}

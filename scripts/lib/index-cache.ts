/**
 * Unchanged index shards are reused by the next `npm run index` instead of
 * being indexed again (scripts/index.ts).
 *
 * After each shard is indexed, its output is kept in a cache folder (hard
 * links to the same files, see `linkTree`) with
 * what it was made from: a key (the hash of every staged page of the shard,
 * its place among the shards, Pagefind's version and settings) and, on a site
 * in shards, the words of the vocabulary page it holds. A later run reuses
 * the shard when the key is the same and every word of the site now is among
 * those words: then the shard holds the same pages, prepared the same way,
 * and knows every word the site has, which is all a shard needs to answer as
 * a fresh one would (src/lib/search/shards.ts; a word it knows that the site
 * no longer has matches only its vocabulary page, which is never a result).
 * One changed article then costs one shard of Pagefind's time, not all of
 * them: on 10,000 articles in two shards, about 45 of the index step's ~110 s.
 *
 * A cache entry is written to a temporary name and renamed into place, so a
 * crash leaves the old entry or none, never half of one.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Bump when what a shard's output depends on changes in a way the key does not see. */
const CACHE_VERSION = 1;

export interface ShardInput {
  /** The shard's number (0 is `pagefind/`) and how many there are. */
  shard: number;
  count: number;
  /** The shard's staged pages: their paths and the hashes of their prepared HTML. */
  pages: readonly { key: string; digest: string }[];
  /** Pagefind's version and every setting passed to it (language, chunk size). */
  settings: string;
}

/** The key of a shard: the same key, the same pages prepared the same way, indexed the same way. */
export function shardKey(input: ShardInput): string {
  const hash = createHash('sha256').update(`solieu-index-cache ${CACHE_VERSION}\n${input.settings}\n${input.shard}/${input.count}\n`);
  for (const page of [...input.pages].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) hash.update(`${page.key}\t${page.digest}\n`);
  return hash.digest('hex');
}

interface Entry {
  key: string;
  /** The id of the shard's vocabulary page, when the site is in shards. */
  vocabularyId?: string;
}

/**
 * Makes `to` a copy of the folder `from` whose files are hard links to the
 * same data (a shard is never changed once written, only replaced whole):
 * 0.2 s for a shard of 5,800 files where copying them took 4 s. Files that
 * cannot be linked (another file system) are copied.
 */
export async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      const source = path.join(from, entry.name);
      const target = path.join(to, entry.name);
      if (entry.isDirectory()) return linkTree(source, target);
      try {
        await link(source, target);
      } catch (error) {
        if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
        await copyFile(source, target);
      }
    }),
  );
}

/** Whether every word of `words` is in `known`. */
export function knowsAll(known: ReadonlySet<string>, words: Iterable<string>): boolean {
  for (const word of words) if (!known.has(word)) return false;
  return true;
}

export class IndexCache {
  constructor(readonly root: string) {}

  private folder(shard: number): string {
    return path.join(this.root, `shard-${shard}`);
  }

  /**
   * Links the cached shard to `out` when it was made from the same input and
   * knows every word of `pageWords` (the site's words as `addPageWords` finds
   * them; none to check for a site in one shard, which has no vocabulary
   * page); returns its entry, or undefined when it cannot be reused.
   */
  async restore(input: ShardInput, pageWords: ReadonlySet<string> | undefined, out: string): Promise<Entry | undefined> {
    const folder = this.folder(input.shard);
    let entry: Entry;
    try {
      entry = JSON.parse(await readFile(path.join(folder, 'entry.json'), 'utf8')) as Entry;
    } catch {
      return undefined;
    }
    if (entry.key !== shardKey(input)) return undefined;
    if (pageWords) {
      if (entry.vocabularyId === undefined) return undefined;
      const known = await readFile(path.join(folder, 'words.txt'), 'utf8').catch(() => undefined);
      if (known === undefined || !knowsAll(new Set(known.split('\n')), pageWords)) return undefined;
    }
    await rm(out, { recursive: true, force: true });
    await linkTree(path.join(folder, 'out'), out);
    return entry;
  }

  /**
   * Keeps the shard just indexed into `out` (hard links), replacing the entry
   * of an earlier run, with the words of its vocabulary page in comparable
   * form (`comparableVocabulary`: `comparableWord` of every word `addWords`
   * found; the same for every shard of a run, so the caller makes it once).
   */
  async save(input: ShardInput, comparableVocabulary: string | undefined, out: string, vocabularyId: string | undefined): Promise<void> {
    const folder = this.folder(input.shard);
    const tmp = `${folder}.tmp-${process.pid}`;
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    await linkTree(out, path.join(tmp, 'out'));
    if (comparableVocabulary !== undefined) await writeFile(path.join(tmp, 'words.txt'), comparableVocabulary);
    const entry: Entry = { key: shardKey(input), ...(vocabularyId !== undefined ? { vocabularyId } : {}) };
    await writeFile(path.join(tmp, 'entry.json'), JSON.stringify(entry));
    await rm(folder, { recursive: true, force: true });
    await rename(tmp, folder);
  }

  /** Drops the entries of shards from number `count` on (the site has fewer now). */
  async dropFrom(count: number): Promise<void> {
    const names = await readdir(this.root).catch(() => [] as string[]);
    for (const name of names) {
      const m = /^shard-(\d+)$/.exec(name);
      if (m && Number(m[1]) >= count) await rm(path.join(this.root, name), { recursive: true, force: true });
    }
  }
}

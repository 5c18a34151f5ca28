/**
 * Where a Node process spent its time, from the V8 CPU profiles that
 * `node --cpu-prof --cpu-prof-dir=DIR` writes (one `.cpuprofile` per process).
 *
 *   npx tsx bench/profile-summary.ts DIR [--top 25]
 *
 * For each profile: the sampled wall time, self time grouped by where the
 * code lives (an npm package, a file of this repository, Node's internals,
 * the garbage collector, idle), and the functions with the most self time.
 * Used by `npm run bench -- --profile`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: `astro`, `vite`, `src/lib/figures.ts`, `node:internal`, `(garbage collector)` … */
export function placeOf(frame: CallFrame, root = process.cwd()): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (url.startsWith('node:')) return 'node:internal';
  const file = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = file.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const rel = path.relative(root, file.split('?')[0]!);
  if (/(^|\/)(dist|\.prerender|chunks)\//.test(rel) && !rel.startsWith('src/')) return '(built site chunks)';
  return rel.startsWith('..') ? file : rel;
}

export interface ProfileSummary {
  file: string;
  seconds: number;
  byPlace: { place: string; seconds: number; share: number }[];
  topFunctions: { name: string; place: string; seconds: number }[];
}

/** A span of the profiled process's life, in seconds since its profile started. */
export interface Window {
  name: string;
  from: number;
  to: number;
}

/** Self time by place and by function for one profile, or for the samples of one time window of it. */
export function summarizeProfile(profile: CpuProfile, file: string, top = 25, window?: Window): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let clock = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    clock += delta;
    if (window && (clock / 1e6 < window.from || clock / 1e6 >= window.to)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const places = new Map<string, number>();
  const functions = new Map<string, { name: string; place: string; us: number }>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    const place = placeOf(frame);
    places.set(place, (places.get(place) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    const key = `${place} ${name}`;
    const f = functions.get(key) ?? { name, place, us: 0 };
    f.us += us;
    functions.set(key, f);
  }
  const total = [...places.values()].reduce((a, b) => a + b, 0) || 1;
  return {
    file,
    seconds: total / 1e6,
    byPlace: [...places.entries()].sort((a, b) => b[1] - a[1]).map(([place, us]) => ({ place, seconds: us / 1e6, share: us / total })),
    topFunctions: [...functions.values()].sort((a, b) => b.us - a.us).slice(0, top).map((f) => ({ name: f.name, place: f.place, seconds: f.us / 1e6 })),
  };
}

function formatSummary(s: ProfileSummary, places = 15): string {
  const lines = [`${path.basename(s.file)}: ${s.seconds.toFixed(1)} s sampled`, '  self time by place:'];
  for (const p of s.byPlace.slice(0, places)) lines.push(`    ${p.seconds.toFixed(2).padStart(8)} s ${(p.share * 100).toFixed(1).padStart(5)}%  ${p.place}`);
  lines.push('  functions with the most self time:');
  for (const f of s.topFunctions) lines.push(`    ${f.seconds.toFixed(2).padStart(8)} s  ${f.name}  [${f.place}]`);
  return lines.join('\n');
}

/**
 * Summaries of every `.cpuprofile` in `dir`, largest first, as text. With
 * `windows`, the largest profile is also summarised window by window (for
 * `astro build`: content sync, Vite bundle, rendering routes).
 */
export async function summarizeProfiles(dir: string, top = 25, windows: Window[] = []): Promise<string> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
  const loaded: { profile: CpuProfile; summary: ProfileSummary }[] = [];
  for (const f of files) {
    const profile = JSON.parse(await readFile(path.join(dir, f), 'utf8')) as CpuProfile;
    loaded.push({ profile, summary: summarizeProfile(profile, path.join(dir, f), top) });
  }
  loaded.sort((a, b) => b.summary.seconds - a.summary.seconds);
  // Short-lived helper processes (tsx's launcher, Pagefind's wrapper) are not worth a section.
  const sections = loaded.filter((l, i) => i === 0 || l.summary.seconds > 1).map((l) => formatSummary(l.summary));
  const main = loaded[0];
  if (main) {
    for (const w of windows) {
      const s = summarizeProfile(main.profile, `${main.summary.file} [${w.name}: ${w.from.toFixed(1)}–${w.to.toFixed(1)} s]`, 12, w);
      sections.push(formatSummary(s, 10));
    }
  }
  return sections.join('\n\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npx tsx bench/profile-summary.ts DIR [--top N]');
    process.exit(2);
  }
  const topIndex = process.argv.indexOf('--top');
  console.log(await summarizeProfiles(dir, topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25));
}

/**
 * What Astro's bundled data store costs, and what a compact store would cost.
 *
 *   npx tsx bench/experiments/store-module.ts [bench/tmp/1000] [as-built|baseline|json-string]
 *
 * Astro 5 devalue-serialises the whole content store to data-store.json and, at
 * build time, turns it into one JavaScript module (`dataToEsm`) that Rollup
 * parses, analyses and bundles. This script repeats that on the store of a
 * bench run (`npm run bench` first) and prints the module's AST size and the
 * CPU time of the Rollup bundle. Variants: the solieu store as built, the
 * baseline's store, and the solieu store with each entry's `data` kept as one
 * JSON string. Run one variant per process to compare peak RSS
 * (`/usr/bin/time -f %M npx tsx …`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataToEsm } from '@rollup/pluginutils';
import * as devalue from 'devalue';
import { rollup } from 'rollup';
import { parseAst } from 'rollup/parseAst';

const dir = process.argv[2] ?? 'bench/tmp/1000';
const variant = process.argv[3] ?? 'as-built';
let store = readFileSync(path.join(dir, variant === 'baseline' ? 'baseline-cache' : 'astro-cache', 'data-store.json'), 'utf8');
if (variant === 'json-string') {
  const map = devalue.parse(store) as Map<string, Map<string, { data: unknown }>>;
  for (const [, collection] of map) for (const [id, entry] of collection) collection.set(id, { ...entry, data: { json: JSON.stringify(entry.data) } });
  store = devalue.stringify(map);
}
const code = dataToEsm(JSON.parse(store), { compact: true });
let nodes = 0;
const walk = (n: unknown): void => {
  if (!n || typeof n !== 'object') return;
  if (typeof (n as { type?: unknown }).type === 'string') nodes++;
  for (const [k, v] of Object.entries(n)) if (k !== 'type') walk(v);
};
walk(parseAst(code));
const cpu0 = process.cpuUsage();
const bundle = await rollup({
  input: 'entry',
  plugins: [{ name: 'store', resolveId: (id) => id, load: (id) => (id === 'entry' ? 'import store from "store"; export default store;' : code) }],
});
await bundle.generate({ format: 'es' });
const cpu = process.cpuUsage(cpu0);
console.log(
  `${variant}: data-store.json ${(store.length / 1e6).toFixed(1)} MB, module ${(code.length / 1e6).toFixed(1)} MB, ` +
    `${nodes.toLocaleString('en')} AST nodes, Rollup bundle ${((cpu.user + cpu.system) / 1e6).toFixed(1)} CPU s`,
);

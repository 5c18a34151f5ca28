/**
 * The fuzz properties of scripts/fuzz.ts, short and with a fixed seed so the
 * suite is deterministic: decoding, the front block, the number grammar,
 * extractFigures and extractArticle never throw anything but SourceError,
 * keep their spans valid and produce schema-valid output. `npm run fuzz` runs
 * the same properties 20,000 times with a fresh seed.
 */
import { describe, expect, it } from 'vitest';
import { PROPERTIES, runFuzz } from '../../scripts/fuzz';

const SEED = 20240521;
const RUNS = 300;

describe('fuzz properties (fixed seed)', () => {
  it('covers decoding, the front block, numbers, figures and the whole article', () => {
    const names = PROPERTIES.map((p) => p.name).join('\n');
    for (const area of ['decode', 'front block', 'numbers', 'figures', 'article']) expect(names).toMatch(new RegExp(`^${area}:`, 'm'));
  });

  for (const { name } of PROPERTIES) {
    it(name, () => {
      const [result] = runFuzz(SEED, RUNS, name);
      expect(result?.name).toBe(name);
      expect(result?.failure).toBeUndefined();
      expect(result!.runs).toBeGreaterThan(0);
    });
  }
});

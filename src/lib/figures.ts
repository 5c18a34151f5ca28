/**
 * Figure extraction: every statistic in a Vietnamese news text, with its
 * value, unit, kind and qualifier, leaving dates, times, identifiers and names
 * alone. The grammar lives in the modules under
 * `./figures/`: `tokens` (one-pass tokenizer), `scan` (the grammar), `units-match`
 * (units after a number), `lexicon` (context words), `not-figures` (quantities
 * that are not statistics: ages, product terms, periods, names), `infer`
 * (elided nouns).
 *
 * `extractFigures(text)` takes NFC/LF-normalised text and returns the figures
 * sorted by start, never overlapping, each with `text === input.slice(start, end)`.
 * It never throws.
 */
import type { FigureDraft } from './types';
import { inferElidedUnits } from './figures/infer';
import { reviewFigures } from './figures/not-figures';
import { Scanner } from './figures/scan';

export function extractFigures(text: string): FigureDraft[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // No catch here: an error is a bug in the grammar, and it must surface (extract reports it against the source file)
  // instead of leaving the whole text unhighlighted. The property tests hold it to never throwing.
  const scanner = new Scanner(text);
  const found = reviewFigures(scanner.tk, scanner.run());
  inferElidedUnits(scanner.tk, found);
  const out: FigureDraft[] = [];
  let lastEnd = -1;
  for (const f of found) {
    const d = f.draft;
    if (d.start < lastEnd || d.end <= d.start) continue;
    if (!isFiniteDraft(d)) continue;
    out.push(d);
    lastEnd = d.end;
  }
  return out;
}

function isFiniteDraft(d: FigureDraft): boolean {
  return finiteOrAbsent(d.value) && finiteOrAbsent(d.min) && finiteOrAbsent(d.max) && finiteOrAbsent(d.numerator) && finiteOrAbsent(d.denominator);
}

/** Written out per field rather than a loop over a list of keys: no array and no keyed reads per figure. */
function finiteOrAbsent(v: number | undefined): boolean {
  return v === undefined || Number.isFinite(v);
}

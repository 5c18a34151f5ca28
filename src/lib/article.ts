/**
 * One article, start to finish: metadata, figures, awards, models, acronyms,
 * then stable ids and any hand corrections. Pure: a normalised text in, data out.
 */
import { Figure, type ArticleData, type Overrides } from '../schema';
import { extractAcronyms } from './acronyms';
import { extractAwards } from './awards';
import { extractFigures } from './figures';
import { assignIds, type PreviousIds } from './ids';
import { readMeta } from './meta';
import { extractModels } from './models';
import { SourceError, type Problem } from './problems';
import type { FigureDraft } from './types';

export interface ExtractOptions {
  /** The article's previous extraction, so figures keep their ids. */
  previous?: PreviousIds;
  /** Hand corrections applied on top (see `Overrides` in src/schema.ts). */
  overrides?: Overrides;
}

export interface ExtractedArticle {
  data: ArticleData;
  /** Retired figure ids → current ids. */
  redirects: Record<string, string>;
}

function shift<T extends { start: number; end: number }>(items: T[], by: number): T[] {
  if (by === 0) return items;
  return items.map((item) => ({ ...item, start: item.start + by, end: item.end + by }));
}

/** Figures the overrides add, located in the body; auto figures they overlap give way. */
function addFigures(text: string, bodyStart: number, drafts: FigureDraft[], overrides: Overrides): FigureDraft[] {
  if (overrides.add.length === 0) return drafts;
  const problems: Problem[] = [];
  const added: FigureDraft[] = [];
  overrides.add.forEach((add, i) => {
    let start = bodyStart - 1;
    for (let n = 0; n < add.occurrence; n++) {
      start = text.indexOf(add.text, start + 1);
      if (start < 0) break;
    }
    if (start < 0) {
      problems.push({ line: 0, col: 0, message: `overrides add[${i}]: "${add.text}" (occurrence ${add.occurrence}) is not in the article body` });
      return;
    }
    const { occurrence: _occurrence, ...values } = add;
    const draft = { qualifier: 'exact' as const, unit: '', ...values, start, end: start + add.text.length };
    if (draft.value === undefined && draft.numerator !== undefined && draft.denominator) draft.value = draft.numerator / draft.denominator;
    added.push(draft);
  });
  if (problems.length) throw new SourceError(problems);
  const overlaps = (a: FigureDraft, b: FigureDraft) => a.start < b.end && b.start < a.end;
  return [...drafts.filter((d) => !added.some((a) => overlaps(a, d))), ...added].sort((a, b) => a.start - b.start);
}

/** Drops and corrects figures by id; every id named must exist. */
function applyByIds(figures: Figure[], overrides: Overrides): Figure[] {
  const ids = new Set(figures.map((f) => f.id));
  const problems: Problem[] = [];
  for (const id of [...overrides.remove, ...Object.keys(overrides.correct)]) {
    if (!ids.has(id)) problems.push({ line: 0, col: 0, message: `overrides name figure "${id}", which this article does not have` });
  }
  const result: Figure[] = [];
  for (const figure of figures) {
    if (overrides.remove.includes(figure.id)) continue;
    const correction = overrides.correct[figure.id];
    if (!correction) {
      result.push(figure);
      continue;
    }
    const corrected: Record<string, unknown> = { ...figure, ...correction };
    // A correction to a range or a single value replaces the other shape.
    if (correction.min !== undefined || correction.max !== undefined) delete corrected.value;
    if (correction.value !== undefined && correction.numerator === undefined) {
      delete corrected.min;
      delete corrected.max;
    }
    const parsed = Figure.safeParse(corrected);
    if (parsed.success) result.push(parsed.data);
    else problems.push({ line: 0, col: 0, message: `overrides correct "${figure.id}": ${parsed.error.issues.map((i) => i.message).join('; ')}` });
  }
  if (problems.length) throw new SourceError(problems);
  return result;
}

/** Extracts everything from a normalised text, with ids and redirects. */
export function extractArticleWithIds(text: string, options: ExtractOptions = {}): ExtractedArticle {
  const meta = readMeta(text);
  const body = text.slice(meta.bodyStart);
  const bodyDrafts = extractFigures(body);
  const awards = extractAwards(body, bodyDrafts);
  const acronyms = extractAcronyms(body);
  const models = extractModels(body, bodyDrafts, acronyms);

  let withIds: Figure[];
  let redirects: Record<string, string>;
  let idsOf: (indexes: number[]) => string[];
  if (options.overrides) {
    const drafts = addFigures(text, meta.bodyStart, shift(bodyDrafts, meta.bodyStart), options.overrides);
    ({ figures: withIds, redirects } = assignIds(text, drafts, options.previous));
    // Awards and models refer to the extractor's own drafts by index; map them to ids by span.
    const idAt = new Map(withIds.map((f) => [`${f.start}:${f.end}`, f.id]));
    idsOf = (indexes) =>
      indexes
        .map((i) => bodyDrafts[i])
        .filter((d): d is FigureDraft => d !== undefined)
        .map((d) => idAt.get(`${d.start + meta.bodyStart}:${d.end + meta.bodyStart}`))
        .filter((id): id is string => id !== undefined);
  } else {
    // The figures are the extractor's drafts, in order, shifted to the whole text by assignIds.
    ({ figures: withIds, redirects } = assignIds(text, bodyDrafts, options.previous, meta.bodyStart));
    idsOf = (indexes) => indexes.map((i) => withIds[i]?.id).filter((id): id is string => id !== undefined);
  }

  if (!options.overrides) {
    // Nothing removed: every id the awards, models and redirects name is a current figure's.
    const data: ArticleData = {
      meta,
      figures: withIds,
      awards: withFigureIds(awards, meta.bodyStart, idsOf),
      models: withFigureIds(models, meta.bodyStart, idsOf),
      acronyms,
    };
    return { data, redirects };
  }
  const figures = applyByIds(withIds, options.overrides);
  const kept = new Set(figures.map((f) => f.id));
  const keptIdsOf = (indexes: number[]) => idsOf(indexes).filter((id) => kept.has(id));

  const data: ArticleData = {
    meta,
    figures,
    awards: withFigureIds(awards, meta.bodyStart, keptIdsOf),
    models: withFigureIds(models, meta.bodyStart, keptIdsOf),
    acronyms,
  };
  const liveRedirects = Object.fromEntries(Object.entries(redirects).filter(([, to]) => kept.has(to)));
  return { data, redirects: liveRedirects };
}

/**
 * Awards or models as the article gives them: shifted to the whole text, with the ids of their
 * figures in place of indexes (keys in the drafts' order, `figureIds` last). One copy per item
 * where shifting and then replacing the indexes made three.
 */
function withFigureIds<T extends { start: number; end: number; figureIndexes: number[] }>(
  items: readonly T[],
  by: number,
  idsOf: (indexes: number[]) => string[],
): (Omit<T, 'figureIndexes'> & { figureIds: string[] })[] {
  return items.map(({ figureIndexes, ...rest }) => {
    rest.start += by;
    rest.end += by;
    return Object.assign(rest, { figureIds: idsOf(figureIndexes) });
  });
}

/** Extracts everything from a normalised text: what `extract --json` prints. */
export function extractArticle(text: string, options: ExtractOptions = {}): ArticleData {
  return extractArticleWithIds(text, options).data;
}

/**
 * Intermediate shapes passed between the pure extraction modules before ids
 * are assigned. The final shapes live in `src/schema.ts`.
 */
import type { Award, Figure, Model } from '../schema';

/** A figure as found in a text: everything but the id and the quote context. */
export type FigureDraft = Omit<Figure, 'id' | 'prefix' | 'suffix'>;

/** An award whose figures are referred to by their index in the `FigureDraft[]` it was given. */
export type AwardDraft = Omit<Award, 'figureIds'> & { figureIndexes: number[] };

/** A model or movement whose figures are referred to by index. */
export type ModelDraft = Omit<Model, 'figureIds'> & { figureIndexes: number[] };

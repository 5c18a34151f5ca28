/**
 * The article panel's view of the figures: grouped by kind (in the order of
 * `KINDS`), in text order inside a group, with totals where adding makes
 * sense — money per currency unit and people per unit — when a unit has at
 * least two figures. Pure: no I/O.
 *
 * A total is a sum of what the article says, not a fact: figures may repeat
 * or contain each other ("742 tấn … trị giá hơn 6,7 tỷ đồng"). The site says
 * so next to every total.
 */
import { KINDS, type Figure, type Kind, type Qualifier } from '../schema';
import { KIND_LABELS } from './reading';

/** Kinds whose figures may be added up per unit. */
export const SUMMABLE_KINDS: ReadonlySet<Kind> = new Set<Kind>(['money', 'people']);

export interface Total {
  unit: string;
  /** How many figures were added. */
  count: number;
  min: number;
  max: number;
  /**
   * What the sum is, from its terms' qualifiers: `exact` when every term is;
   * `over` when every term is exact or a lower bound (hơn, trên, ít nhất);
   * `under` when every term is exact or an upper bound (dưới, gần, nhiều nhất);
   * `about` otherwise (khoảng, or bounds both ways). Ranges add min and max.
   */
  qualifier: Extract<Qualifier, 'exact' | 'over' | 'under' | 'about'>;
}

export interface FigureGroup {
  kind: Kind;
  label: string;
  figures: Figure[];
  totals: Total[];
}

/** Lower-cased, trimmed unit: the key totals are grouped by. */
export const unitKey = (unit: string) => unit.trim().toLocaleLowerCase('vi');

const LOWER_BOUNDS: ReadonlySet<Qualifier> = new Set<Qualifier>(['over', 'at-least']);
const UPPER_BOUNDS: ReadonlySet<Qualifier> = new Set<Qualifier>(['under', 'nearly', 'at-most']);

function combine(total: Total['qualifier'], term: Qualifier): Total['qualifier'] {
  const t: Total['qualifier'] = term === 'exact' ? 'exact' : LOWER_BOUNDS.has(term) ? 'over' : UPPER_BOUNDS.has(term) ? 'under' : 'about';
  if (total === t || t === 'exact') return total;
  if (total === 'exact') return t;
  return 'about';
}

function totalsOf(figures: readonly Figure[]): Total[] {
  const byUnit = new Map<string, Total>();
  for (const figure of figures) {
    const low = figure.min ?? figure.value;
    const high = figure.max ?? figure.value;
    // Fractions are shares, not amounts: never added.
    if (low === undefined || high === undefined || figure.numerator !== undefined) continue;
    const key = unitKey(figure.unit);
    const total: Total = byUnit.get(key) ?? { unit: figure.unit.trim(), count: 0, min: 0, max: 0, qualifier: 'exact' };
    total.count++;
    total.min += low;
    total.max += high;
    total.qualifier = combine(total.qualifier, figure.qualifier);
    byUnit.set(key, total);
  }
  return [...byUnit.values()].filter((t) => t.count >= 2);
}

/** Figures grouped by kind, groups in `KINDS` order, figures in text order. */
export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  const groups: FigureGroup[] = [];
  for (const kind of KINDS) {
    const members = sorted.filter((f) => f.kind === kind);
    if (members.length === 0) continue;
    groups.push({ kind, label: KIND_LABELS[kind], figures: members, totals: SUMMABLE_KINDS.has(kind) ? totalsOf(members) : [] });
  }
  return groups;
}

/**
 * rehype plugin: wraps every figure of an article in its `<mark>`.
 *
 * Input: the hast tree of a body (src/lib/body.ts), whose text is exactly the
 * body. Each figure's offsets point into the full normalised source text, so
 * its place in the body is `start - bodyStart`. The plugin wraps exactly
 * that text, leaving every character where it was:
 *
 *     <mark id="hon-2-9-ty-dong" class="fig fig--money" data-kind="money"
 *           data-value="2900000000" data-unit="đồng" data-qualifier="over"
 *           data-reading="> 2.900.000.000 ₫ · tiền" tabindex="0">hơn 2,9 tỷ đồng</mark>
 *
 * Ranges carry `data-min`/`data-max`, fractions `data-numerator`,
 * `data-denominator` and `data-value`. Labels live in attributes only, never in
 * the text. For every retired id in `redirects` an empty
 * `<span id="<old>" class="fig-alias" data-target="<new>">` is put right
 * before the mark of the figure it now points to, so old links still land.
 *
 * A figure it cannot place (outside the body, text differing from the body,
 * overlapping another figure, crossing a paragraph) is not wrapped; the
 * reason is recorded as a message on the vfile (`ruleId` below) and the
 * verify plugin reports the figure as missing. This plugin never throws on
 * bad data.
 */
import type { Element, ElementContent, Parent, Root, Text } from 'hast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { pointAt } from '../lib/body';
import { figureReading } from '../lib/reading';
import type { Figure } from '../schema';

export interface FigureMarksOptions {
  /** The article's figures, offsets into the full normalised source text. */
  figures: readonly Figure[];
  /** `meta.bodyStart`: where the body starts in that text. */
  bodyStart: number;
  /** Retired figure ids → current ids (chains allowed: a → b → c). */
  redirects?: Readonly<Record<string, string>>;
  /** The text of `data-reading`; defaults to `figureReading` (src/lib/reading.ts). */
  reading?: (figure: Figure) => string;
}

export const RULE_ID = 'figure-marks';
const SOURCE = 'solieu';

interface TextSlot {
  node: Text;
  parent: Parent;
  /** Offset of the node's first character in the tree's text. */
  start: number;
  end: number;
}

/** Text nodes in document order with their offsets in the tree's text. */
function textSlots(tree: Root): TextSlot[] {
  const slots: TextSlot[] = [];
  let offset = 0;
  const walk = (parent: Parent) => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        if (child.value.length > 0) slots.push({ node: child, parent, start: offset, end: offset + child.value.length });
        offset += child.value.length;
      } else if (child.type === 'element') {
        walk(child);
      }
    }
  };
  walk(tree);
  return slots;
}

/** Index of the slot containing `offset` (binary search over starts). */
function slotAt(slots: TextSlot[], offset: number): number {
  let lo = 0;
  let hi = slots.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const slot = slots[mid]!;
    if (offset < slot.start) hi = mid - 1;
    else if (offset >= slot.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The data attributes of a figure's mark. Numbers are written as JavaScript writes them. */
export function figureProperties(figure: Figure, reading: string): Element['properties'] {
  const properties: Element['properties'] = {
    id: figure.id,
    className: ['fig', `fig--${figure.kind}`],
    dataKind: figure.kind,
  };
  if (figure.min !== undefined && figure.max !== undefined) {
    properties.dataMin = String(figure.min);
    properties.dataMax = String(figure.max);
  } else {
    if (figure.numerator !== undefined && figure.denominator !== undefined) {
      properties.dataNumerator = String(figure.numerator);
      properties.dataDenominator = String(figure.denominator);
    }
    if (figure.value !== undefined) properties.dataValue = String(figure.value);
  }
  properties.dataUnit = figure.unit;
  if (figure.unitInferred) properties.dataUnitInferred = 'true';
  properties.dataQualifier = figure.qualifier;
  properties.dataReading = reading;
  properties.tabIndex = 0;
  return properties;
}

/**
 * Resolves each retired id to a current figure id, following chains.
 * Problems (cycles, dangling targets, a retired id that is still current) are reported via `report`.
 */
export function resolveRedirects(
  redirects: Readonly<Record<string, string>>,
  currentIds: ReadonlySet<string>,
  report: (message: string) => void,
): Map<string, string> {
  const resolved = new Map<string, string>();
  for (const from of Object.keys(redirects).sort()) {
    if (currentIds.has(from)) {
      report(`retired id "${from}" is also the id of a current figure; the redirect to "${redirects[from]}" is ignored`);
      continue;
    }
    const seen = new Set([from]);
    let to = redirects[from]!;
    while (!currentIds.has(to) && redirects[to] !== undefined && !seen.has(to)) {
      seen.add(to);
      to = redirects[to]!;
    }
    if (currentIds.has(to)) resolved.set(from, to);
    else if (seen.has(to)) report(`redirects from "${from}" form a cycle (${[...seen, to].join(' → ')})`);
    else report(`retired id "${from}" redirects to "${to}", which is not a figure of this article`);
  }
  return resolved;
}

const rehypeFigureMarks: Plugin<[FigureMarksOptions], Root> = (options) => {
  const { figures, bodyStart, redirects = {}, reading = figureReading } = options;
  return (tree: Root, file: VFile) => {
    const slots = textSlots(tree);
    let fullText: string | undefined; // joined lazily, only to place an error
    const report = (reason: string, offset?: number) => {
      const place = offset === undefined ? undefined : pointAt((fullText ??= slots.map((s) => s.node.value).join('')), offset);
      const message = file.message(reason, { ruleId: RULE_ID, source: SOURCE, place });
      message.fatal = true;
    };

    const textLength = slots.length ? slots[slots.length - 1]!.end : 0;
    const textAt = (from: number, to: number) => {
      let out = '';
      for (let i = slotAt(slots, from); i >= 0 && i < slots.length && slots[i]!.start < to; i++) {
        const s = slots[i]!;
        out += s.node.value.slice(Math.max(0, from - s.start), to - s.start);
      }
      return out;
    };

    // Aliases per target id, from the (validated) redirects.
    const currentIds = new Set(figures.map((f) => f.id));
    const aliasesOf = new Map<string, string[]>();
    for (const [from, to] of resolveRedirects(redirects, currentIds, report)) {
      aliasesOf.set(to, [...(aliasesOf.get(to) ?? []), from]);
    }

    // Validate positions first (texts are compared before any node is split).
    const placeable: { figure: Figure; from: number; to: number }[] = [];
    for (const figure of figures) {
      const from = figure.start - bodyStart;
      const to = figure.end - bodyStart;
      if (from < 0 || to > textLength || to <= from) {
        report(`figure "${figure.id}" (${JSON.stringify(figure.text)}) at ${figure.start}–${figure.end} lies outside the body (which spans ${bodyStart}–${bodyStart + textLength})`, Math.max(0, Math.min(from, textLength)));
        continue;
      }
      const actual = textAt(from, to);
      if (actual !== figure.text) {
        report(`figure "${figure.id}": the text at ${figure.start}–${figure.end} is ${JSON.stringify(actual)}, not ${JSON.stringify(figure.text)}`, from);
        continue;
      }
      placeable.push({ figure, from, to });
    }
    placeable.sort((a, b) => a.from - b.from || a.to - b.to);
    const accepted: typeof placeable = [];
    for (const item of placeable) {
      const previous = accepted[accepted.length - 1];
      if (previous && item.from < previous.to) {
        report(`figure "${item.figure.id}" (${JSON.stringify(item.figure.text)}) overlaps figure "${previous.figure.id}" (${JSON.stringify(previous.figure.text)})`, item.from);
        continue;
      }
      accepted.push(item);
    }

    // Wrap from the last figure to the first: splitting a text node keeps its
    // first part in the original node object, so the slots of earlier figures
    // (which all end before this one starts) stay valid.
    for (let k = accepted.length - 1; k >= 0; k--) {
      const { figure, from, to } = accepted[k]!;
      const first = slots[slotAt(slots, from)]!;
      const last = slots[slotAt(slots, to - 1)]!;
      if (first.parent !== last.parent) {
        report(`figure "${figure.id}" (${JSON.stringify(figure.text)}) crosses a paragraph boundary`, from);
        continue;
      }
      const parent = first.parent;
      const a = parent.children.indexOf(first.node);
      const b = parent.children.indexOf(last.node);
      // Tail of the last node, after the figure.
      const lastCut = to - last.start;
      const tail = last.node.value.slice(lastCut);
      // Head of the first node, before the figure.
      const firstCut = from - first.start;
      let inner: ElementContent[];
      if (a === b) {
        inner = [{ type: 'text', value: first.node.value.slice(firstCut, lastCut) }];
      } else {
        last.node.value = last.node.value.slice(0, lastCut);
        inner = [
          { type: 'text', value: first.node.value.slice(firstCut) },
          ...(parent.children.slice(a + 1, b + 1) as ElementContent[]),
        ];
      }
      first.node.value = first.node.value.slice(0, firstCut);
      const mark: Element = { type: 'element', tagName: 'mark', properties: figureProperties(figure, reading(figure)), children: inner };
      const aliases: Element[] = (aliasesOf.get(figure.id) ?? []).map((old) => ({
        type: 'element',
        tagName: 'span',
        properties: { id: old, className: ['fig-alias'], dataTarget: figure.id },
        children: [],
      }));
      const replacement: Parent['children'] = [...aliases, mark];
      if (tail) replacement.push({ type: 'text', value: tail });
      if (first.node.value === '') {
        // Nothing before the figure in this node: drop the empty node (no earlier figure uses it).
        parent.children.splice(a, b - a + 1, ...replacement);
      } else {
        parent.children.splice(a + 1, b - a, ...replacement);
      }
    }
  };
};

export default rehypeFigureMarks;

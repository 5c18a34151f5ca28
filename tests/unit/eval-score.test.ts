/** The eval scorer (src/lib/eval.ts) on tiny hand-made cases. */
import { describe, expect, it } from 'vitest';
import {
  failures,
  findOccurrences,
  formatProblems,
  formatSummaryTable,
  resolveSentence,
  sampleIndexes,
  scoreSentence,
  sentenceAround,
  summarize,
  unitMatchesLeniently,
  type LabelledSentence,
  type PredictedFigure,
} from '../../src/lib/eval';

const SENTENCE: LabelledSentence = {
  id: 'test-001',
  text: 'Ngày 21/1, xã có 5 tập thể và 15 tập thể khác nhận hơn 2,9 tỷ đồng, 11/11 xã, phường và 45.000 - 52.000 đồng/kg.',
  figures: [
    { text: '5 tập thể', value: 5, unit: 'tập thể', kind: 'count', qualifier: 'exact' },
    { text: '15 tập thể', value: 15, unit: 'tập thể', kind: 'count', qualifier: 'exact' },
    { text: 'hơn 2,9 tỷ đồng', value: 2.9e9, unit: 'đồng', kind: 'money', qualifier: 'over' },
    { text: '11/11 xã, phường', numerator: 11, denominator: 11, value: 1, unit: 'xã, phường', kind: 'ratio', qualifier: 'exact' },
    { text: '45.000 - 52.000 đồng/kg', min: 45000, max: 52000, unit: 'đồng/kg', kind: 'money', qualifier: 'exact' },
  ],
  traps: ['21/1'],
};

/** Builds a predicted figure at the first word-bounded place of `text` in SENTENCE. */
function at(text: string, fields: Partial<PredictedFigure>, occurrence = 1): PredictedFigure {
  const start = findOccurrences(SENTENCE.text, text)[occurrence - 1];
  if (start === undefined) throw new Error(`"${text}" not in the test sentence`);
  return { text, start, end: start + text.length, kind: 'count', unit: '', qualifier: 'exact', ...fields };
}

const PERFECT: PredictedFigure[] = [
  at('5 tập thể', { value: 5, unit: 'tập thể' }),
  at('15 tập thể', { value: 15, unit: 'tập thể' }),
  at('hơn 2,9 tỷ đồng', { value: 2900000000, unit: 'đồng', kind: 'money', qualifier: 'over' }),
  at('11/11 xã, phường', { numerator: 11, denominator: 11, value: 1, unit: 'xã, phường', kind: 'ratio' }),
  at('45.000 - 52.000 đồng/kg', { min: 45000, max: 52000, unit: 'đồng/kg', kind: 'money' }),
];

describe('findOccurrences / resolveSentence', () => {
  it('finds word-bounded occurrences only', () => {
    expect(findOccurrences('có 5 tập thể và 15 tập thể', '5 tập thể')).toEqual([3]);
    expect(findOccurrences('tăng 5,5% rồi 5%', '5%')).toEqual([14]);
    expect(findOccurrences('12.500 và 500 người', '500')).toEqual([10]);
    expect(findOccurrences('4,5% và 4,5%', '4,5%')).toEqual([0, 8]);
    expect(findOccurrences('$25 và 25$', '25$')).toEqual([7]);
  });

  it('places figures by occurrence and throws when a text is missing', () => {
    const s: LabelledSentence = {
      id: 'test-002',
      text: 'tăng 4,5% rồi tăng 4,5%',
      figures: [
        { text: '4,5%', value: 4.5, unit: '%', kind: 'percent', qualifier: 'exact' },
        { text: '4,5%', occurrence: 2, value: 4.5, unit: '%', kind: 'percent', qualifier: 'exact' },
      ],
      traps: [],
    };
    expect(resolveSentence(s).expected.map((e) => [e.start, e.end])).toEqual([
      [5, 9],
      [19, 23],
    ]);
    expect(() => resolveSentence({ ...s, traps: ['21/1'] })).toThrow(/trap "21\/1"/);
    expect(() => resolveSentence({ ...s, figures: [{ ...s.figures[0]!, occurrence: 3 }] })).toThrow(/occurrence 3/);
  });
});

describe('scoreSentence', () => {
  it('scores a perfect prediction as all correct', () => {
    const { counts, misses, falseHighlights, trapHits, mismatches } = scoreSentence(SENTENCE, PERFECT, 'g');
    expect(counts).toMatchObject({ expected: 5, predicted: 5, matched: 5, correct: 5, falseHighlights: 0, trapHits: 0, extras: 0 });
    expect(counts).toMatchObject({ unitExact: 5, unitLenient: 5, qualifierOk: 5, kindOk: 5 });
    expect([misses, falseHighlights, trapHits, mismatches]).toEqual([[], [], [], []]);
  });

  it('matches by overlap, so a shorter or longer span still counts', () => {
    const shorter = [at('2,9 tỷ đồng', { value: 2.9e9, unit: 'đồng', kind: 'money', qualifier: 'over' })];
    const s = scoreSentence(SENTENCE, shorter);
    expect(s.counts.correct).toBe(1);
    expect(s.misses.map((m) => m.expected.text)).toEqual(['5 tập thể', '15 tập thể', '11/11 xã, phường', '45.000 - 52.000 đồng/kg']);
  });

  it('pairs one-to-one: the 5 of "15 tập thể" is not the 5 of "5 tập thể"', () => {
    const s = scoreSentence(SENTENCE, [at('15 tập thể', { value: 15, unit: 'tập thể' })]);
    expect(s.counts.correct).toBe(1);
    expect(s.misses.map((m) => m.expected.text)).toContain('5 tập thể');
  });

  it('counts a wrong value as a miss but still compares unit, qualifier and kind', () => {
    const wrong = [at('hơn 2,9 tỷ đồng', { value: 2.9e6, unit: 'tỷ đồng', kind: 'money', qualifier: 'exact' })];
    const s = scoreSentence(SENTENCE, wrong);
    expect(s.counts).toMatchObject({ matched: 1, correct: 0, unitExact: 0, unitLenient: 0, qualifierOk: 0, kindOk: 1 });
    expect(s.misses.find((m) => m.expected.text === 'hơn 2,9 tỷ đồng')?.predicted?.value).toBe(2.9e6);
    expect(s.mismatches.map((m) => m.field).sort()).toEqual(['qualifier', 'unit']);
  });

  it('accepts values within a relative tolerance of 1e-9 only', () => {
    const close = [at('hơn 2,9 tỷ đồng', { value: 2.9e9 * (1 + 1e-12), unit: 'đồng', kind: 'money', qualifier: 'over' })];
    const far = [at('hơn 2,9 tỷ đồng', { value: 2.9e9 * (1 + 1e-6), unit: 'đồng', kind: 'money', qualifier: 'over' })];
    expect(scoreSentence(SENTENCE, close).counts.correct).toBe(1);
    expect(scoreSentence(SENTENCE, far).counts.correct).toBe(0);
  });

  it('needs both ends of a range and both terms of a fraction', () => {
    const range = (min?: number, max?: number, value?: number) => [
      at('45.000 - 52.000 đồng/kg', { min, max, value, unit: 'đồng/kg', kind: 'money' }),
    ];
    expect(scoreSentence(SENTENCE, range(45000, 52000)).counts.correct).toBe(1);
    expect(scoreSentence(SENTENCE, range(45000, 45000)).counts.correct).toBe(0);
    expect(scoreSentence(SENTENCE, range(undefined, undefined, 52000)).counts.correct).toBe(0);
    const fraction = (numerator?: number, denominator?: number, value?: number) => [
      at('11/11 xã, phường', { numerator, denominator, value, unit: 'xã, phường', kind: 'ratio' }),
    ];
    expect(scoreSentence(SENTENCE, fraction(11, 11, 1)).counts.correct).toBe(1);
    expect(scoreSentence(SENTENCE, fraction(undefined, undefined, 1)).counts.correct).toBe(0);
    expect(scoreSentence(SENTENCE, fraction(1, 1, 1)).counts.correct).toBe(0);
  });

  it('does not take a plain value for a range or a fraction for a plain value', () => {
    const asFraction = [at('5 tập thể', { numerator: 5, denominator: 1, value: 5, unit: 'tập thể', kind: 'ratio' })];
    expect(scoreSentence(SENTENCE, asFraction).counts.correct).toBe(0);
  });

  it('takes a rate per a written whole (`32 giường/10.000 dân`) and the same proportion as one figure', () => {
    const rate: LabelledSentence = {
      id: 'rate-001',
      text: 'Bình quân 32 giường bệnh/10.000 dân.',
      figures: [{ text: '32 giường bệnh/10.000 dân', value: 32, unit: 'giường bệnh/10.000 dân', kind: 'count', qualifier: 'exact' }],
      traps: [],
    };
    const start = rate.text.indexOf('32');
    const text = '32 giường bệnh/10.000 dân';
    const predicted = (numerator: number): PredictedFigure[] => [
      { text, start, end: start + text.length, kind: 'ratio', unit: 'giường bệnh', qualifier: 'exact', numerator, denominator: 10000, value: numerator / 10000 },
    ];
    expect(scoreSentence(rate, predicted(32)).counts.correct).toBe(1);
    expect(scoreSentence(rate, predicted(33)).counts.correct).toBe(0);
  });

  it('reports false highlights, trap hits and extras separately', () => {
    const predicted = [
      ...PERFECT,
      at('21/1', { value: 21, unit: '' }),
      at('xã', { value: 1, unit: 'xã' }),
      at('52.000 đồng/kg', { value: 52000, unit: 'đồng/kg', kind: 'money' }),
    ];
    const s = scoreSentence(SENTENCE, predicted);
    expect(s.counts).toMatchObject({ predicted: 8, correct: 5, falseHighlights: 2, trapHits: 1, extras: 1 });
    expect(s.trapHits[0]?.trap).toBe('21/1');
    expect(s.falseHighlights.map((h) => h.predicted.text)).toEqual(['21/1', 'xã']);
    expect(s.extras.map((h) => h.predicted.text)).toEqual(['52.000 đồng/kg']);
  });

  it('compares units after lower-casing and folding whitespace', () => {
    const s = scoreSentence(SENTENCE, [at('11/11 xã, phường', { numerator: 11, denominator: 11, value: 1, unit: '  Xã,   Phường ', kind: 'ratio' })]);
    expect(s.counts.unitExact).toBe(1);
  });
});

describe('unitMatchesLeniently', () => {
  it('accepts the same head noun with a longer or shorter complement', () => {
    expect(unitMatchesLeniently('tin', 'tin liên quan')).toBe(true);
    expect(unitMatchesLeniently('cán bộ, chiến sĩ', 'cán bộ')).toBe(true);
    expect(unitMatchesLeniently('Mắt camera', 'mắt')).toBe(true);
  });
  it('rejects another noun and a lost per-part', () => {
    expect(unitMatchesLeniently('học sinh', 'học viên')).toBe(false);
    expect(unitMatchesLeniently('đồng/kg', 'đồng')).toBe(false);
    expect(unitMatchesLeniently('hộ', 'số hộ')).toBe(false);
    expect(unitMatchesLeniently('người', '')).toBe(false);
  });
});

describe('summarize / failures / formatting', () => {
  const other: LabelledSentence = {
    id: 'test-003',
    text: 'Năm 2021 có 3 vụ.',
    figures: [{ text: '3 vụ', value: 3, unit: 'vụ', kind: 'count', qualifier: 'exact' }],
    traps: ['Năm 2021'],
  };
  const scores = [
    scoreSentence(SENTENCE, PERFECT, 'a'),
    scoreSentence(other, [{ text: '2021', start: 4, end: 8, value: 2021, unit: '', kind: 'count', qualifier: 'exact' }], 'b'),
  ];
  const summary = summarize(scores);

  it('sums per group and overall', () => {
    expect(summary.groups.map((g) => [g.group, g.counts.expected, g.counts.correct])).toEqual([
      ['a', 5, 5],
      ['b', 1, 0],
    ]);
    expect(summary.overall.counts).toMatchObject({ sentences: 2, expected: 6, predicted: 6, correct: 5, falseHighlights: 1, trapHits: 1 });
    expect(summary.overall.metrics.recall).toBeCloseTo(5 / 6);
    expect(summary.overall.metrics.precision).toBeCloseTo(5 / 6);
    expect(summary.overall.metrics.falseHighlightRate).toBeCloseTo(1 / 6);
    expect(summary.groups[0]!.metrics).toMatchObject({ recall: 1, precision: 1, falseHighlightRate: 0 });
  });

  it('names every threshold that is not met', () => {
    expect(failures(summary)).toEqual(['recall 83.3% < 97.0%', 'false-highlight rate 16.7% > 3.0%', '1 trap hit(s) > 0']);
    expect(failures(summarize([scores[0]!]))).toEqual([]);
  });

  it('prints a table and the problems with their sentences', () => {
    const table = formatSummaryTable(summary);
    expect(table.split('\n')).toHaveLength(6);
    expect(table).toMatch(/^overall .* 83\.3%/m);
    const problems = formatProblems(scores);
    expect(problems).toContain('## Misses (1)');
    expect(problems).toContain('[test-003] expected "3 vụ" = 3 vụ [count, exact], not found');
    expect(problems).toContain('hits trap "Năm 2021"');
    expect(problems).toContain('Năm 2021 có 3 vụ.');
  });
});

describe('review-sample helpers', () => {
  it('cuts the sentence around a figure', () => {
    const text = 'Câu một có 3 vụ. Câu hai có 2.468 người và 1,5 tỷ đồng! Câu ba.\nDòng mới 7 hộ.';
    const start = text.indexOf('1,5 tỷ');
    expect(sentenceAround(text, start, start + 6)).toBe('Câu hai có 2.468 người và 1,5 tỷ đồng!');
    const s7 = text.indexOf('7 hộ');
    expect(sentenceAround(text, s7, s7 + 4)).toBe('Dòng mới 7 hộ.');
  });

  it('samples distinct indexes deterministically for a seed', () => {
    const a = sampleIndexes(1000, 50, 42);
    expect(a).toHaveLength(50);
    expect(new Set(a).size).toBe(50);
    expect(a.every((i) => i >= 0 && i < 1000)).toBe(true);
    expect(sampleIndexes(1000, 50, 42)).toEqual(a);
    expect(sampleIndexes(1000, 50, 43)).not.toEqual(a);
    expect(sampleIndexes(3, 50, 1)).toEqual([0, 1, 2]);
  });
});

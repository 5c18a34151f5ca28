/**
 * Inputs shared by the award, model and acronym tests: fast-check jumbles of
 * the words those extractors look for, and the Dân Trí test corpus (read from
 * ../shared, never copied; absent on some machines, which is said once).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { normalizeText } from '../../../src/lib/text';

const VOCAB = ['được', 'tặng', 'Bằng khen', 'cho', '5', 'tập thể', 'và', '6', ',', ';', '.', 'mô hình', 'phong trào', '“', '”', '"', '(', ')', 'UBND', 'Ủy ban nhân dân', 'của', 'Bộ Công an', 'như:', 'Kỷ niệm chương', 'danh hiệu', 'nhận', '\n', 'A', 'cá nhân', 'Huân chương', 'do', 'trao'];

/** Arbitrary Unicode, and jumbles of the words the extractors look for. */
export const jumble = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...VOCAB), { maxLength: 40 }).map((a) => a.join(' ')),
  fc.array(fc.constantFrom(...VOCAB), { maxLength: 40 }).map((a) => a.join('')),
);

const CORPUS = new URL('../../../../shared/corpus/dantri/', import.meta.url);
export const hasCorpus = existsSync(CORPUS);
if (!hasCorpus) console.warn('tests/unit: ../shared/corpus/dantri is absent; the corpus checks are skipped');

/** Every Dân Trí article, normalised (call only when `hasCorpus`). */
export function corpusTexts(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => normalizeText(readFileSync(new URL(f, CORPUS), 'utf8')));
}

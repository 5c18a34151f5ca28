/**
 * The lexicon objects (`MAGNITUDES`, `CURRENCY_FORMS` …) read through Maps, for the
 * scanner's hot paths, where every word after every number is looked up.
 *
 * Why: reading a plain object with a string made at run time (a token's text) makes V8
 * first look that string up in its table of internalized strings, and pays it again for
 * each word that is not a key, which is most of them. A Map hashes the string once (the
 * hash is kept on the string, and tokens' texts are cached) and answers in a probe.
 *
 * Only the object's own keys are answered: a word of the text that happens to be a name
 * inherited from Object.prototype (`constructor`, `toString` …) is not in any lexicon.
 * (Reading the objects directly answered those with functions: `constructor 5 người` gave
 * a "money" figure.)
 */
import { MAGNITUDES, MAGNITUDE_SUFFIXES } from '../numbers';
import { CURRENCY_FORMS, CURRENCY_PREFIXES, MEASURE_FORMS, type UnitInfo } from '../units';

/** A function giving the value of `key` among the object's own entries, by a Map. */
export function lexiconLookup<V>(obj: Readonly<Record<string, V>>): (key: string) => V | undefined {
  const map = new Map<string, V>(Object.entries(obj));
  return (key) => map.get(key);
}

/** `MAGNITUDES[word]`: `triệu` → 1e6. */
export const magnitudeOf = lexiconLookup(MAGNITUDES);
/** `MAGNITUDE_SUFFIXES[suffix]`: `K` → 1e3. */
export const magnitudeSuffixOf = lexiconLookup(MAGNITUDE_SUFFIXES);
/** `CURRENCY_FORMS[form]`: `vnđ` → `đồng`. */
export const currencyOf = lexiconLookup(CURRENCY_FORMS);
/** `CURRENCY_PREFIXES[form]`: `$` → `USD`. */
export const currencyPrefixOf = lexiconLookup(CURRENCY_PREFIXES);
/** `MEASURE_FORMS[form]`: `ki-lô-gam` → kg, mass. */
export const measureOf = lexiconLookup<UnitInfo>(MEASURE_FORMS);

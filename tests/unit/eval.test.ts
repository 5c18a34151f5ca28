/**
 * The extractor against the labelled test set (tests/fixtures/eval): the bar of issue 3.
 * `npm run eval` prints the same with a per-domain table.
 */
import { describeLabelledSet } from './helpers/labelled-set';

describeLabelledSet('eval', 'the labelled set', { sentences: 240, figures: 520 });

/**
 * One worker thread of the staging step (scripts/lib/stage-pages.ts): stages
 * the files it was given and posts back the pages, figures and words.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { stageFiles } from './stage-pages';

const { dir, staging, files, withWords } = workerData as { dir: string; staging: string; files: string[]; withWords: boolean };
const { pages, figures, words, pageWords } = await stageFiles(dir, staging, files, withWords);
parentPort!.postMessage({ pages, figures, words: [...words], pageWords: [...pageWords] });

/**
 * Loads the intent model from the data directory, or trains and saves it once.
 *
 * The file name carries a hash of everything that shapes the model (corpus, featuriser
 * version, network settings), so editing the corpus or a tokenizer retrains on the next start
 * and a stale model is never loaded. Writes go to a temp file renamed into place, so a crash
 * mid-write leaves no half model behind.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { readSavedModel, writeAtomically } from '../core/saved-model';
import type { IntentClassifier } from '../core/understanding';
import { loadCorpus, type Corpus } from './corpus';
import { TOKENIZER_VERSION } from './features';
import { ALIASES, CONCEPTS } from './lexicon';
import { NEURAL_SETTINGS, NlpJsClassifier } from './nlpjs-classifier';

export interface LoadOptions {
  /** The service's DATA_DIR; the model lives in `<dataDir>/nlp/`. */
  dataDir: string;
  log?: (msg: string) => void;
}

/** Bump when the way NLP.js is set up changes in a way the other inputs do not capture. */
const MODEL_FORMAT = 'nlpjs-4.27.0/1';

/**
 * Short content hash of the model's inputs. The lexicon is hashed as data; changes to
 * tokenizer code must bump TOKENIZER_VERSION.
 */
export function modelKey(corpus: Corpus = loadCorpus()): string {
  const inputs = JSON.stringify({ MODEL_FORMAT, TOKENIZER_VERSION, NEURAL_SETTINGS, CONCEPTS, ALIASES, corpus });
  return createHash('sha256').update(inputs).digest('hex').slice(0, 16);
}

export function modelPath(dataDir: string, corpus: Corpus = loadCorpus()): string {
  return path.join(dataDir, 'nlp', `model-${modelKey(corpus)}.json`);
}

/** Trains a classifier on the shipped corpus (or the one given). Does not touch the disk. */
export async function trainClassifier(corpus: Corpus = loadCorpus()): Promise<NlpJsClassifier> {
  return NlpJsClassifier.train(corpus);
}

const readModel = (file: string, log: (msg: string) => void) =>
  readSavedModel(file, 'intent model', (json) => NlpJsClassifier.fromJSON(json), log);

export async function loadOrTrainClassifier(opts: LoadOptions): Promise<IntentClassifier> {
  const log = opts.log ?? (() => undefined);
  const corpus = loadCorpus();
  const file = modelPath(opts.dataDir, corpus);
  const started = Date.now();
  const loaded = await readModel(file, log);
  if (loaded !== null) {
    log(`intent model loaded from ${file} in ${Date.now() - started} ms`);
    return loaded;
  }
  log(`intent model ${path.basename(file)} not found; training`);
  const trained = await trainClassifier(corpus);
  await writeAtomically(file, trained.toJSON());
  log(`intent model trained and saved to ${file} in ${Date.now() - started} ms`);
  return trained;
}

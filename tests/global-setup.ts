/**
 * Trains the intent model once for the whole run (or loads it when the corpus has not changed),
 * so each test file opens it in milliseconds instead of training its own.
 */
import { loadOrTrainClassifier } from '../nlp/model-store';
import { MODEL_CACHE_DIR } from '../harness/test-app';

export default async function globalSetup(): Promise<void> {
  await loadOrTrainClassifier({ dataDir: MODEL_CACHE_DIR });
}

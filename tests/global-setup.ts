/**
 * Trains the intent model and the emergency net once for the whole run (or loads them when their
 * corpora have not changed), so each test file opens them in milliseconds instead of training its own.
 */
import { loadOrTrainClassifier } from '../nlp/model-store';
import { MODEL_CACHE_DIR } from '../harness/test-app';
import { loadOrTrainEmergencyNet } from '../triage/net';

export default async function globalSetup(): Promise<void> {
  await Promise.all([
    loadOrTrainClassifier({ dataDir: MODEL_CACHE_DIR }),
    loadOrTrainEmergencyNet({ dataDir: MODEL_CACHE_DIR }),
  ]);
}

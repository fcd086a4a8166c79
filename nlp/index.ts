/** Intent engine: what a message asks for. See classifier.ts for the contract. */
export { LOW_CONFIDENCE, isLowConfidence, type IntentClassifier } from './classifier';
export { detectLang } from './lang';
export { loadOrTrainClassifier, trainClassifier, type LoadOptions } from './model-store';

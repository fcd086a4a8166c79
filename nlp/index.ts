/** Understanding text: entities (nlp/entities), the intent classifier (NLP.js behind IntentClassifier), text helpers (nlp/text). */
export { detectLang } from './lang';
export { entityExtractor, extractEntities } from './entities';
export { loadOrTrainClassifier, trainClassifier, type LoadOptions } from './model-store';

/**
 * The emergency net: a statistical second opinion beside the rule screen, trained on its own
 * corpus. It may only raise the triage level. See triage/net/README.md.
 */
export {
  DEFAULT_NET_SETTINGS,
  HashedEmergencyNet,
  NET_VERSION,
  trainEmergencyNet,
  type EmergencyNet,
  type NetCorpus,
  type NetExample,
  type NetLabel,
  type NetSettings,
} from './emergency-net';
export {
  loadNetCorpus,
  loadOrTrainEmergencyNet,
  netKey,
  netPath,
  parseNetCorpus,
  type NetLoadOptions,
} from './net-store';
export { prepareText, type DigitShape, type FeatureSettings } from './ngram-features';

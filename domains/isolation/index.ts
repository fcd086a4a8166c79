/** Home isolation: release dates under the configured rule set, and how to isolate at home. */
import type { HandlerTable } from '../../core/types';
import { homeHandler } from './home.handler';
import { createReleaseHandler } from './release.handler';
import { getRuleSet } from './rule-sets';

export {
  ISOLATION_RULE_SET_IDS,
  DEFAULT_ISOLATION_RULE_SET,
  isIsolationRuleSetId,
  UnknownRuleSetError,
} from './rule-sets';
export type { IsolationRuleSetId } from './rule-sets';
export { decideRelease } from './release-calculator';
export type { ReleaseDecision, ReleaseStatus } from './release-calculator';

/**
 * The isolation intents for one jurisdiction. Throws UnknownRuleSetError for an id that is not in
 * ISOLATION_RULE_SET_IDS, so a misconfigured service stops at start-up.
 */
export function createHandlers(deps: { ruleSetId: string }): HandlerTable {
  const ruleSet = getRuleSet(deps.ruleSetId);
  return { 'isolation.release': createReleaseHandler(ruleSet), 'isolation.home': homeHandler };
}

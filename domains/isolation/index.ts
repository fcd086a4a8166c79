/** Home isolation: release dates under the caller's rule set, and how to isolate at home. */
import type { HandlerTable } from '../../core/types';
import type { CommunityDirectory } from '../tickets/communities';
import { createHomeHandler } from './home.handler';
import { createRuleSetChooser } from './jurisdiction';
import { createReleaseHandler } from './release.handler';

export {
  ISOLATION_RULE_SET_IDS,
  DEFAULT_ISOLATION_RULE_SET,
  isIsolationRuleSetId,
  UnknownRuleSetError,
} from './rule-sets';
export type { IsolationRuleSetId } from './rule-sets';
export { decideRelease } from './release-calculator';
export { createRuleSetChooser } from './jurisdiction';
export type { RuleSetChooser, RuleSetChoice } from './jurisdiction';
export type { ReleaseDecision, ReleaseStatus } from './release-calculator';

/**
 * The isolation intents. `ruleSetId` (ISOLATION_RULES) is the default jurisdiction; the communities
 * directory says which rule set each community, district or city follows. Throws UnknownRuleSetError
 * for an id that is not in ISOLATION_RULE_SET_IDS, so a misconfigured service stops at start-up.
 */
export function createHandlers(deps: { ruleSetId: string; communities?: CommunityDirectory }): HandlerTable {
  const release = createReleaseHandler(createRuleSetChooser(deps.ruleSetId, deps.communities));
  return { 'isolation.release': release, 'isolation.home': createHomeHandler(release) };
}

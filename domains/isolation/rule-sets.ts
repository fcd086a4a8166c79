import { ruleSets, type RuleSet } from '../../knowledge/isolation/catalog';

/**
 * The jurisdictions the service knows. The ISOLATION_RULES setting must name one of these;
 * a test keeps this list and knowledge/isolation/rule-sets.json in step.
 */
export const ISOLATION_RULE_SET_IDS = ['zhejiang-2022-12-24', 'national-2022-12-07', 'xiamen-2022-12-27'] as const;
export type IsolationRuleSetId = (typeof ISOLATION_RULE_SET_IDS)[number];

export const DEFAULT_ISOLATION_RULE_SET: IsolationRuleSetId = 'zhejiang-2022-12-24';

export function isIsolationRuleSetId(id: string): id is IsolationRuleSetId {
  return (ISOLATION_RULE_SET_IDS as readonly string[]).includes(id);
}

export class UnknownRuleSetError extends Error {
  constructor(readonly ruleSetId: string) {
    super(`Unknown isolation rule set "${ruleSetId}"; known: ${ISOLATION_RULE_SET_IDS.join(', ')}`);
    this.name = 'UnknownRuleSetError';
  }
}

export function getRuleSet(id: string): RuleSet {
  const ruleSet = isIsolationRuleSetId(id) ? ruleSets.find((r) => r.id === id) : undefined;
  if (!ruleSet) throw new UnknownRuleSetError(id);
  return ruleSet;
}

/** Emergency screen: deterministic red-flag rules with sources, and what to say while help comes. */
export { screenMessage, type ScreenInput } from './screen';
export { emergencyAdvice, urgentAdvice, CRISIS_LINE_CN } from './advice';
export { RED_FLAGS, THRESHOLDS, type RedFlagRule, type Condition, type Population } from './red-flags';

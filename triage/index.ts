export { RuleEmergencyScreen } from './emergency-screen';
export { screenMessage } from './screen';
export { emergencyAdvice, urgentAdvice, CRISIS_LINE_CN } from './advice';
export { RED_FLAGS, THRESHOLDS, type RedFlagRule, type Condition, type Population } from './red-flags';

export { RuleEmergencyScreen } from './emergency-screen';
export { RedFlagScreen, screenMessage } from './screen';
export { emergencyAdvice, urgentAdvice, CRISIS_LINE_CN } from './advice';

export { RuleEmergencyScreen } from './emergency-screen';
export { NET_THRESHOLDS, RedFlagScreen, screenMessage } from './screen';
export { loadOrTrainEmergencyNet, type EmergencyNet } from './net';
export { emergencyAdvice, urgentAdvice, CRISIS_LINE_CN } from './advice';

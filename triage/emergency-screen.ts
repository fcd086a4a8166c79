/**
 * The emergency screen as the conversation engine uses it: the rules (screen.ts) and what they tell
 * the person (advice.ts), with the number people are told to call.
 */
import type { Lang, Screening } from '../core/types';
import type { EmergencyScreen, ScreenInput } from '../core/understanding';
import { emergencyAdvice, urgentAdvice } from './advice';
import { screenMessage } from './screen';

export class RuleEmergencyScreen implements EmergencyScreen {
  constructor(private readonly emergencyNumber: string) {}

  screen(input: ScreenInput): Screening {
    return screenMessage(input);
  }

  emergencyAdvice(screening: Screening, lang: Lang): string {
    return emergencyAdvice(screening.reasons, lang, this.emergencyNumber);
  }

  urgentAdvice(screening: Screening, lang: Lang): string {
    return urgentAdvice(screening.reasons, lang, this.emergencyNumber);
  }
}

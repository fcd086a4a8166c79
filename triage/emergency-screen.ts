/**
 * The emergency screen as the conversation engine uses it: the rules (screen.ts) and what they tell
 * the person (advice.ts), with the number people are told to call.
 */
import type { Lang, Screening } from '../core/types';
import type { EmergencyScreen, ScreenInput } from '../core/understanding';
import { emergencyAdvice, urgentAdvice } from './advice';
import type { EmergencyNet } from './net';
import { RedFlagScreen } from './screen';

export class RuleEmergencyScreen implements EmergencyScreen {
  private readonly screener: RedFlagScreen;

  /** @param net the statistical second net, which can only raise the level */
  constructor(
    private readonly emergencyNumber: string,
    net?: EmergencyNet,
  ) {
    this.screener = new RedFlagScreen({ net });
  }

  screen(input: ScreenInput): Screening {
    return this.screener.screen(input);
  }

  emergencyAdvice(screening: Screening, lang: Lang): string {
    return emergencyAdvice(screening.reasons, lang, this.emergencyNumber);
  }

  urgentAdvice(screening: Screening, lang: Lang): string {
    return urgentAdvice(screening.reasons, lang, this.emergencyNumber, undefined, screening.ask);
  }

  possibleEmergencyAdvice(text: string, lang: Lang, pregnant = false): string {
    const ask = this.screener.questionsFor(this.screener.read(text), pregnant);
    return urgentAdvice([], lang, this.emergencyNumber, undefined, ask);
  }
}

/**
 * The deterministic emergency screen. Runs on every message, before and independently of the intent
 * classifier: pure, no I/O, well under a millisecond.
 *
 * The message is read once (nlp/text/reading.ts: sanitised, folded, sound-alikes resolved), its signs
 * are found with their context (sign-reader.ts), and the rules of knowledge/red-flags/rules.json are
 * evaluated over the signs, the vital signs and who the person is (rule-engine.ts).
 */
import type { Screening, TriageReason } from '../core/types';
import type { ScreenInput } from '../core/understanding';
import { redFlags, type RedFlagKnowledge, type RedFlagRule, type Vital } from '../knowledge/red-flags';
import { readMessage } from '../nlp/text/reading';
import { numbersAsserted } from './assertion';
import { evaluateRules, type RuleContext } from './rule-engine';
import { SignReader, type MessageReading } from './sign-reader';

function reasonOf(rule: RedFlagRule): TriageReason {
  return { ruleId: rule.id, label: rule.label, sourceId: rule.source };
}

export class RedFlagScreen {
  private readonly reader: SignReader;

  constructor(private readonly knowledge: RedFlagKnowledge = redFlags) {
    this.reader = new SignReader(knowledge);
  }

  /** What the screen read in a message, for explaining a verdict and for tests. */
  read(text: string): MessageReading {
    return this.reader.read(readMessage(text));
  }

  screen(input: ScreenInput): Screening {
    const reading = this.read(input.text);
    const { entities, facts } = input;
    const useNumbers = numbersAsserted(reading.clauses);
    const vitals: Partial<Record<Vital, number>> = {
      days: entities.days ?? facts?.daysSincePositive?.days,
      pregnancyWeeks: entities.pregnancyWeeks ?? facts?.pregnancyWeeks,
    };
    if (useNumbers) {
      Object.assign(vitals, {
        temperatureC: entities.temperatureC,
        spo2: entities.spo2,
        respiratoryRate: entities.respiratoryRate,
        heartRate: entities.heartRate,
        systolic: entities.systolic,
        diastolic: entities.diastolic,
        glucose: entities.glucose,
        pillCount: entities.pillCount,
      });
    }
    const ctx: RuleContext = {
      reading,
      vitals,
      ages: [...(entities.ages ?? []), ...(facts?.ages ?? [])],
      // This message wins over memory: "我没怀孕" corrects an earlier guess.
      pregnant: (entities.pregnant ?? facts?.pregnant) === true,
      conditions: facts?.conditions ?? [],
    };
    const { triage, rules } = evaluateRules(this.knowledge.rules, ctx);
    return { triage, reasons: rules.map(reasonOf) };
  }
}

const defaultScreen = new RedFlagScreen();

export function screenMessage(input: ScreenInput): Screening {
  return defaultScreen.screen(input);
}

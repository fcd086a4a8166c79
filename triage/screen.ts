/**
 * The deterministic emergency screen. Runs on every message, before and independently of the intent
 * classifier: pure, no I/O, well under a millisecond.
 *
 * The message is read once (nlp/text/reading.ts: sanitised, folded, sound-alikes resolved), its signs
 * are found with their context (sign-reader.ts), and the rules of knowledge/red-flags/rules.json are
 * evaluated over the signs, the vital signs and who the person is (rule-engine.ts).
 */
import type { Bilingual, Entities, Screening, Triage, TriageReason } from '../core/types';
import { EMERGENCY_MEMORY_MS, recentTurns, type ScreenInput } from '../core/understanding';
import { redFlags, type RedFlagKnowledge, type RedFlagRule, type Vital } from '../knowledge/red-flags';
import type { EmergencyNet } from './net';
import { readMessage } from '../nlp/text/reading';
import {
  entityContextOf,
  extractEntities,
  extractSpo2,
  extractTemperature,
  extractVitals,
  speaksOfMedicine,
} from '../nlp/entities';
import { isPastClause, numbersAsserted } from './assertion';
import { evaluateRules, type RuleContext } from './rule-engine';
import { SignReader, type MessageReading } from './sign-reader';
import { saysCleared } from './sign-status';

function reasonOf(rule: RedFlagRule): TriageReason {
  return { ruleId: rule.id, label: rule.label, sourceId: rule.source };
}

/**
 * When the statistical net (triage/net) raises the level, chosen on its cross-validation and on set A
 * as it was before the rules were tuned on it (triage/net/README.md):
 *  - 0.9 and over, when the rules found nothing urgent: emergency on the net alone. Precision 99.6 % (zh) /
 *    98.6 % (en) in CV; on A it added 10 zh and 24 en emergencies the old rules missed for one false 120
 *    call in 139; on set B, measured before tuning, it added 5 emergencies (all of them ones the rules
 *    called routine or nothing) and no false 120 call. Where the rules found an urgent case, the net's
 *    "emergency" was wrong more often than right on the regression sets, so it only asks there.
 *  - 0.7 to 0.9: at least urgent, and the reply asks the questions that would decide and names 120.
 *    Recall 80 % / 84 % in CV at 0.9 % / 2.3 % false positives; at 0.3 (96 % / 95 %) it turned one
 *    message in twenty of everyday traffic ("agent please", "你好 在不在") into urgent.
 */
export const NET_THRESHOLDS = { ask: 0.7, emergency: 0.9 } as const;

/** Said of what was just done: swallowed, or taken in a large amount ("took all of them", "吃了一整瓶"). */
function tellsNewAct(reading: MessageReading, input: ScreenInput): boolean {
  const { atoms } = reading;
  return (
    atoms.has('q.swallowed') ||
    (atoms.has('q.ingested') && atoms.has('q.large_amount')) ||
    (input.entities.pillCount ?? 0) >= 4
  );
}

const NET_REASON: TriageReason = {
  ruleId: 'net.possible-emergency',
  label: { zh: '描述的情况可能危及生命', en: 'what you describe may be life-threatening' },
  sourceId: 'nhs-when-to-call-999',
};

const EARLIER_REASON: TriageReason = {
  ruleId: 'earlier.emergency',
  label: {
    zh: '刚才说的危急情况：即使现在缓解了，也要打急救电话',
    en: 'the emergency described earlier: call the emergency number even if it has eased',
  },
  sourceId: 'nhs-when-to-call-999',
};

/**
 * Asking whether care is still needed ("这种需要去医院吗", "do we still need to do anything?"), or what to do
 * now ("那我现在该怎么办", "what do I do now?"): after an emergency, the answer is still 120.
 */
const CARE_QUESTION =
  /(?:需要|要不要|用不用|还要|还用|必须|得)[^,;。]{0,6}(?:去医院|打120|打急救|叫救护车|看医生|去急诊)|(?:去医院|打120|叫救护车)[^,;。]{0,4}(?:吗|不)|\b(?:do|should|must) (?:we|i|you) (?:still )?(?:need|go|call|take|do)\b|\bstill need\b|\b(?:is|are) (?:he|she|they|it) (?:ok|okay|alright|safe) now\b|\bcan (?:we|i) (?:just )?(?:wait|stay home|leave it)\b|(?:现在|那|那我|我|我们|那我们)?(?:该|应该|要)?(?:怎么办|咋办|怎么做|怎么弄|咋弄|干什么|做什么)|\bwhat (?:should|do|can|shall|must) (?:i|we) do\b|\bwhat (?:now|next)\b|\bwhat do (?:i|we) do now\b/;

/** The person will not go or says they are fine after an overdose or a poisoning: still a 120 call. */
const RELUCTANT =
  /不肯去|不想去|不愿意去|不愿去|不去医院|不肯打|不让打|说没事|说自己没事|没什么感觉|\b(?:does not want to go|doesn't want to go|refuses|refusing|will not go|won't go|says (?:she|he) (?:is|feels) (?:fine|ok|okay)|feels fine|seems fine)\b/;

/** The person is said to be better now. */
const IMPROVED =
  /好多了|好转了|好些了|精神好了|精神挺好|能吃能睡|退烧了|不烧了|\b(?:doing (?:much |a lot |loads )?better|feeling (?:much |a lot )?better|much better|a lot better|on the mend|back to (?:her|his|my) (?:usual|normal) self)\b/;

/** Said to be a mistake, or someone else: the earlier emergency is not this conversation's any more. */
const RETRACTED =
  /搞错了|说错了|弄错了|不是他|不是她|误会|\b(?:my mistake|i was wrong|not him|not her|wrong person|false alarm)\b/;

/** Qualifiers that, after an emergency, say the person is no better ("sweating now", "going into his jaw"). */
const WORSE_NOW: ReadonlySet<string> = new Set([
  'q.severe',
  'q.persistent',
  'q.not_relieved',
  'q.at_rest',
  'q.worsening',
  'q.radiating',
  'q.sweat',
  'q.wont_wake',
  'q.bad',
]);

const SEVERITY: Readonly<Record<Triage, number>> = { emergency: 3, urgent: 2, routine: 1, none: 0 };
const MAX_QUESTIONS = 2;

export interface RedFlagScreenOptions {
  knowledge?: RedFlagKnowledge;
  /** The second net; without it the rules decide alone. */
  net?: EmergencyNet;
  thresholds?: { ask: number; emergency: number };
}

export class RedFlagScreen {
  private readonly reader: SignReader;
  private readonly knowledge: RedFlagKnowledge;
  private readonly net?: EmergencyNet;
  private readonly thresholds: { ask: number; emergency: number };

  /** Signs an emergency rule counts even when over (a first fit that stopped, a stroke sign that passed). */
  private readonly stillEmergencyWhenOver: ReadonlySet<string>;

  constructor(options: RedFlagScreenOptions = {}) {
    this.knowledge = options.knowledge ?? redFlags;
    this.net = options.net;
    this.thresholds = options.thresholds ?? NET_THRESHOLDS;
    this.reader = new SignReader(this.knowledge);
    this.stillEmergencyWhenOver = signsEvenIfOver(this.knowledge.rules);
  }

  /** The questions that would decide whether this is an emergency, chosen by what the message says. */
  questionsFor(reading: MessageReading, pregnant: boolean): Bilingual[] {
    const said = new Set([...reading.atoms, ...[...reading.signs.keys()]]);
    const fits = this.knowledge.questions.filter(
      (q) => q.when.some((id) => said.has(id)) && (q.population !== 'pregnant' || pregnant),
    );
    const chosen = fits.length ? fits : this.knowledge.questions;
    return chosen.slice(0, MAX_QUESTIONS).map(({ zh, en }) => ({ zh, en }));
  }

  /**
   * Readings from the clauses that speak of now: a number in a question or a past event ("如果血氧掉到90以下…
   * 她现在97") is not this person's reading. Only when some clause is not a statement about now.
   */
  private assertedReadings(reading: MessageReading): Partial<Entities> {
    const now = reading.clauses.filter(
      (c) => (c.kind === 'statement' || c.kind === 'generic') && !isPastClause(c.text),
    );
    if (now.length === reading.clauses.length || now.length === 0) return {};
    const text = now.map((c) => c.text).join('，');
    const vitals = extractVitals(text, speaksOfMedicine(reading.text));
    return {
      temperatureC: extractTemperature(text),
      spo2: extractSpo2(text),
      respiratoryRate: vitals.respiratoryRate,
      heartRate: vitals.heartRate,
      systolic: vitals.systolic,
      diastolic: vitals.diastolic,
      glucose: vitals.glucose,
      pillCount: vitals.pillCount,
      potassium: vitals.potassium,
      paracetamolGrams: vitals.paracetamolGrams,
      peakFlowPercent: vitals.peakFlowPercent,
      bloodMl: vitals.bloodMl,
      minutes: vitals.minutes,
    };
  }

  /** What the screen read in a message, for explaining a verdict and for tests. */
  read(text: string): MessageReading {
    return this.reader.read(readMessage(text));
  }

  /** The rules over one text: its signs, its readings, and who the person is. */
  private byRules(text: string, entities: Entities, facts: ScreenInput['facts']) {
    const reading = this.read(text);
    entities = { ...entities, ...this.assertedReadings(reading) };
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
        potassium: entities.potassium,
        paracetamolGrams: entities.paracetamolGrams,
        peakFlowPercent: entities.peakFlowPercent,
        bloodMl: entities.bloodMl,
        minutes: entities.minutes,
      });
    }
    const ctx: RuleContext = {
      reading,
      vitals,
      ages: [...(entities.ages ?? []), ...(facts?.ages ?? [])],
      // This message wins over memory: "我没怀孕" corrects an earlier guess.
      pregnant: (entities.pregnant ?? facts?.pregnant) === true,
      conditions: facts?.conditions ?? [],
      medicine: (entities.medicines?.length ?? 0) > 0,
    };
    return { reading, vitals, ctx, ...evaluateRules(this.knowledge.rules, ctx) };
  }

  screen(input: ScreenInput): Screening {
    const { facts } = input;
    const alone = this.byRules(input.text, input.entities, facts);
    const { reading, vitals, ctx } = alone;
    let { triage, rules } = alone;
    if (triage === 'emergency') return { triage, reasons: rules.map(reasonOf), signs: signsRead(reading) };
    const follows = this.followsEmergency(reading, input);
    if (follows === true)
      return { triage: 'emergency', reasons: [EARLIER_REASON], signs: input.facts?.emergency?.signs };
    // Narrowed after an emergency (only when coughing, only on exertion): still a clinician today.
    if (follows === 'narrowed' && SEVERITY[triage] < SEVERITY.urgent) triage = 'urgent';
    const together = this.withRecentTurns(reading, input, triage);
    if (together?.triage === 'emergency')
      return { triage: 'emergency', reasons: together.rules.map(reasonOf), signs: signsRead(together.reading) };
    if (together) ({ triage, rules } = together);
    const result: Screening = { triage, reasons: rules.map(reasonOf) };
    if (!this.net) return result;
    // A short message that names nothing of the person ("my baby is 6 weeks old", "我自己用，我30岁",
    // an answer to a form's question) gives the net nothing to hear: it is not asked.
    if (!saysSomething(reading, vitals)) return result;
    const score = this.net.score(input.text, input.lang);
    if (score < this.thresholds.ask) return result;
    // The rules understood an urgent case: the net makes the reply ask, it does not overrule them.
    if (score >= this.thresholds.emergency && alone.triage !== 'urgent')
      return { triage: 'emergency', reasons: [NET_REASON] };
    return {
      triage: SEVERITY[triage] >= SEVERITY.urgent ? triage : 'urgent',
      reasons: [...result.reasons, NET_REASON],
      ask: this.questionsFor(reading, ctx.pregnant),
    };
  }

  /**
   * This message read together with the person's last few messages: a symptom said in one turn and its
   * companion in the next ("我胸口闷" then "出冷汗了"; "how many paracetamol is too many?" then "my
   * brother took 24"), or a follow-up about the same illness ("running about fine now after calpol").
   * Used when it says more than this message alone; a message that clears or retracts what was said is
   * taken at its word. The rules alone decide here; readings said in this message win over the earlier
   * ones ("血氧刚才95" then "又测了一次 89").
   */
  private withRecentTurns(reading: MessageReading, input: ScreenInput, triage: Triage) {
    const now = input.now ?? new Date();
    const recent = recentTurns(input.facts, now);
    if (recent.length === 0 || saysCleared(reading.text) || RETRACTED.test(reading.text)) return undefined;
    // "she's doing better today, eating and walking around. when can she stop isolating?": better now, with
    // no symptom said, asks about something else — the earlier turns' symptoms are not this message's.
    if (IMPROVED.test(reading.text) && !saysAnySymptom(reading)) return undefined;
    const hadEmergency = recent.some((r) => r.triage === 'emergency');
    const text = [...recent.map((r) => r.text), input.text].join('。');
    // Readings, medicines and counts from the turns together; how long and how old come from memory
    // (facts), not from a length said for something else in an earlier turn ("宝宝11个月").
    const {
      days: _days,
      onsetDate: _onset,
      onsetDaysAgo: _ago,
      dates: _dates,
      ages: _ages,
      ...earlier
    } = extractEntities(text, input.lang, now, entityContextOf(input.facts));
    const said = Object.fromEntries(Object.entries(input.entities).filter(([, v]) => v !== undefined));
    const { facts } = input;
    const together = this.byRules(text, { ...earlier, ...said }, facts);
    if (SEVERITY[together.triage] <= SEVERITY[triage]) return undefined;
    // 120 from the turns together only when no turn alone was an emergency: an earlier one is the
    // emergency memory's (followsEmergency) — what it leaves, the turns together still say ("刚才胸口疼"
    // then "现在好了，不疼了": pain that went is still a doctor today).
    // Unless this message tells of a new act ("took all of them. the whole box" after the tablets were
    // named): what was done now is this turn's emergency, not the memory of the last one.
    if (together.triage === 'emergency' && hadEmergency && !tellsNewAct(reading, input)) return undefined;
    return together;
  }

  /**
   * A follow-up to an emergency found earlier in the conversation: the same signs again (even "over
   * now": a first fit that stopped is still a 120 call), any symptom still described, or a question
   * whether care is still needed.
   * Not once a clinician has seen the person, or the caller says it was a mistake.
   */
  private followsEmergency(reading: MessageReading, input: ScreenInput): boolean | 'narrowed' {
    const earlier = input.facts?.emergency;
    if (!earlier) return false;
    const now = input.now ?? new Date();
    const age = now.getTime() - new Date(earlier.at).getTime();
    if (!(age >= 0 && age <= EMERGENCY_MEMORY_MS)) return false;
    if (saysCleared(reading.text) || RETRACTED.test(reading.text) || HANDED_OVER.test(reading.text)) return false;
    // Asked more, the person narrows it: only when coughing, or only on exertion and fine at rest
    // ("就是咳嗽的时候胸口有点闷，平时不闷"). This message, read on its own, then says what it is.
    if (narrowsIt(reading)) return 'narrowed';
    // The same sign again: still there, or over but one that is an emergency even then. An asthma attack
    // the inhaler settled is not ("喷了药已经好了").
    const again = [...reading.signs].some(
      ([id, occ]) =>
        earlier.signs.includes(id) &&
        occ.some(
          (o) =>
            o.status === 'asserted' ||
            o.status === 'generic' ||
            ((o.status === 'resolved' || o.status === 'past') && this.stillEmergencyWhenOver.has(id)),
        ),
    );
    // Still describing how the person is ("疼得出汗了，还往左肩膀窜" after "心口疼"): any symptom said of
    // them now keeps the emergency, whether or not it is one of the signs first read.
    const describing = saysAnySymptom(reading) || saysWorse(reading);
    // A new normal reading after an emergency read from a reading alone ("又测了好几次都是97，刚才没夹好"):
    // the earlier number was wrong, not the person in danger.
    if (earlier.signs.length === 0 && (input.entities.spo2 ?? 0) >= 95) return false;
    return (
      again ||
      describing ||
      (answersHowMuchOrWhen(reading.text) && !saysOver(reading, input.entities)) ||
      CARE_QUESTION.test(reading.text) ||
      RELUCTANT.test(reading.text)
    );
  }
}

/** Some symptom is said of the person now. */
function saysAnySymptom(reading: MessageReading): boolean {
  return [...reading.signs.values()].some((occ) => occ.some((o) => o.status === 'asserted'));
}

/** A qualifier saying the person is no better (WORSE_NOW). */
function saysWorse(reading: MessageReading): boolean {
  return [...reading.atoms].some((id) => WORSE_NOW.has(id));
}

/** The ambulance has come for the person: the emergency is in the crew's hands, not this line's. */
const HANDED_OVER =
  /\b(?:ambulance|paramedics|the crew)\b[^.!?]{0,20}\b(?:came|arrived|took|has taken|have taken|is here|are here|got here|picked (?:him|her|them) up)\b|救护车[^。!?]{0,6}(?:来了|到了|拉走|接走|送[^。!?]{0,4}医院)|(?:已经|刚)?被?(?:救护车|120)(?:拉走|接走|送走)/;

/**
 * The message re-describes a symptom as only when coughing or only on exertion (a sign said with that
 * qualifier in its clause), with nothing worse said and nothing "still" there.
 */
function narrowsIt(reading: MessageReading): boolean {
  if (saysWorse(reading) || /还在|还是|仍然|一直|\bstill\b/.test(reading.text)) return false;
  // The symptom left unnamed, as an answer names it ("只有走路的时候疼", "only hurts when I walk"): the
  // qualifier and a bare complaint word say the same.
  const qualified = reading.atoms.has('q.when_coughing') || reading.atoms.has('q.exertion');
  if (qualified && BARE_COMPLAINT.test(reading.text)) return true;
  return [...reading.signs.values()].some((occ) =>
    occ.some((o) => {
      const near = reading.clauseAtoms[o.clause];
      return o.status === 'asserted' && (near.has('q.when_coughing') || near.has('q.exertion'));
    }),
  );
}

/** A complaint said without its body site: the site is the earlier turn's. */
const BARE_COMPLAINT = /疼|痛|闷|喘|憋|\b(?:hurts?|hurting|pain(?:ful)?|aches?|tight|breathless|out of breath)\b/i;

/**
 * A whole short message saying it has passed. Not sign-status.ts's OVER_LATER, on purpose: that one reads
 * the words after one sign inside a longer message, where "passed" (passed urine) or "eased" (eased a
 * bit) would wrongly end a sign; here the message is a follow-up after an emergency, read whole.
 */
const OVER_NOW =
  /(?:不痛|不疼|不喘|不抽|不晕|停)了|好了|好多了|没事了|缓过来|缓解了|\b(?:gone|stopped|passed|settled|better now|fine now|ok now|okay now|eased)\b/;

/** The message says something has passed or is better ("现在不痛了", "she's fine now"). */
function saysOver(reading: MessageReading, entities: Entities): boolean {
  if (entities.recovery === 'better' || OVER_NOW.test(reading.text)) return true;
  return [...reading.signs.values()].some((occ) => occ.some((o) => o.status === 'resolved' || o.status === 'negated'));
}

/** A count with its unit or an "about", or a time ago: not a number in an address ("8幢3单元101"). */
const HOW_MUCH_OR_WHEN = new RegExp(
  [
    '[\\d一二两三四五六七八九十几]+\\s*(?:多|来)?\\s*(?:片|粒|颗|板|瓶|支|分钟|个?小时|个钟|点钟?)',
    '(?:大概|差不多|估计|至少|将近|快)\\s*[\\d一二两三四五六七八九十几]+',
    '\\b(?:about|around|maybe|roughly|at least|over|nearly|almost|like)\\s+\\d+',
    '\\d+\\s*(?:pills?|tablets?|capsules?|of them|mins?|minutes?|hours?|hrs?|or so|or more)\\b',
    '\\b(?:half an|an|one|two|three|\\d+)\\s+(?:hours?|hrs?|minutes?|mins?)\\s+ago\\b',
  ].join('|'),
);

/**
 * A short answer of how many, how much or when ("about 20, maybe more, half an hour ago", "三十多片 一个
 * 小时前"): after an emergency, the details of it, not a new subject.
 */
function answersHowMuchOrWhen(text: string): boolean {
  if (/[?？]/.test(text)) return false;
  const { han, words } = lengthOf(text);
  if (han > 16 || words > 12) return false;
  return HOW_MUCH_OR_WHEN.test(text);
}

/**
 * Enough said for the net to send a message to 120 on its own: a sign or a vital sign's reading, or a
 * description long enough to carry one in words the rules do not know. A short message naming
 * nothing ("my baby is 6 weeks old", "我爸85了") gets the deciding questions instead.
 */
function saysSomething(reading: MessageReading, vitals: Partial<Record<Vital, number>>): boolean {
  const measured = Object.entries(vitals).some(([k, v]) => v !== undefined && k !== 'days' && k !== 'pregnancyWeeks');
  if (measured || signsRead(reading).length > 0) return true;
  const { han, words } = lengthOf(reading.text);
  return han >= MIN_DESCRIPTION.han || words >= MIN_DESCRIPTION.words;
}

/** How long a message is: Chinese characters and English words. */
function lengthOf(text: string): { han: number; words: number } {
  return { han: text.match(/\p{Script=Han}/gu)?.length ?? 0, words: text.match(/[a-z]+/g)?.length ?? 0 };
}
const MIN_DESCRIPTION = { han: 12, words: 9 } as const;

/** Signs said of the person (not denied, not asked about, not cleared by a clinician). */
function signsRead(reading: MessageReading): string[] {
  const out: string[] = [];
  for (const [id, occ] of reading.signs)
    if (occ.some((o) => !['negated', 'hypothetical', 'cleared'].includes(o.status))) out.push(id);
  return out;
}

/**
 * Built on first use: the service screens with its own RedFlagScreen (emergency-screen.ts), and a second
 * phrase index held from import on would be 5 MB of the process for nothing.
 */
let defaultScreen: RedFlagScreen | undefined;

export function screenMessage(input: ScreenInput): Screening {
  defaultScreen ??= new RedFlagScreen();
  return defaultScreen.screen(input);
}

function signsEvenIfOver(rules: readonly RedFlagRule[]): Set<string> {
  const out = new Set<string>();
  const walk = (c: unknown): void => {
    if (!c || typeof c !== 'object') return;
    const o = c as Record<string, unknown>;
    if (typeof o.sign === 'string' && o.evenIfOver === true) out.add(o.sign);
    for (const k of ['all', 'any']) if (Array.isArray(o[k])) (o[k] as unknown[]).forEach(walk);
    if (o.not) walk(o.not);
  };
  for (const r of rules) if (r.level === 'emergency') walk(r.when);
  return out;
}

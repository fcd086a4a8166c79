/**
 * The emergency screen's rules, as data. Each rule: an id (stable, used in logs and replies), a level,
 * a bilingual label safe to show the person, the source it comes from, and a condition over term lists
 * (terms.ts), vital signs (from extractEntities) and who the person is (age, pregnancy, conditions).
 *
 * Levels follow CONTRACT.md: emergency → 120 now; urgent → a clinician today (fever clinic, family
 * doctor), not 120; routine → home care. During the surge 120 is for life-threatening cases only, so
 * every emergency rule is a sign that guideline sources tell people to call emergency services for.
 */
import type { Bilingual, Triage } from '../core/types';
import type { SourceId } from '../knowledge/sources';
import * as T from './terms';
import type { TermSet } from './terms';

export type Population =
  /** An age ≤ 0.25 years, or newborn words (新生儿, 没满月, newborn). */
  | 'infantUnder3Months'
  /** An age under 1, or baby words (宝宝, baby) when no older child's age is given. */
  | 'infant'
  /** An age under 14, or child words (孩子, kid). */
  | 'child'
  | 'pregnant'
  | 'aged80Plus'
  /** Dialysis, chemotherapy, transplant, immunosuppression. */
  | 'keyCondition';

export type Vital = 'spo2' | 'temperatureC' | 'days';

export type Condition =
  | { kind: 'terms'; terms: TermSet }
  | { kind: 'vital'; vital: Vital; op: '<' | '<=' | '>' | '>='; value: number }
  | { kind: 'known'; vital: Vital }
  | { kind: 'population'; population: Population }
  /** Any symptom at all: a routine symptom, fever, or any red-flag term. */
  | { kind: 'anySymptom' }
  | { kind: 'all'; of: readonly Condition[] }
  | { kind: 'any'; of: readonly Condition[] }
  | { kind: 'not'; of: Condition };

export interface RedFlagRule {
  id: string;
  level: Exclude<Triage, 'none'>;
  label: Bilingual;
  sourceId: SourceId;
  when: Condition;
}

// Small constructors keep the rule table readable.
const terms = (t: TermSet): Condition => ({ kind: 'terms', terms: t });
const vital = (v: Vital, op: '<' | '<=' | '>' | '>=', value: number): Condition => ({
  kind: 'vital',
  vital: v,
  op,
  value,
});
const known = (v: Vital): Condition => ({ kind: 'known', vital: v });
const pop = (population: Population): Condition => ({ kind: 'population', population });
const all = (...of: Condition[]): Condition => ({ kind: 'all', of });
const any = (...of: Condition[]): Condition => ({ kind: 'any', of });
const not = (of: Condition): Condition => ({ kind: 'not', of });
const anySymptom: Condition = { kind: 'anySymptom' };

export const THRESHOLDS = {
  /** NHC home-treatment guideline: SpO2 ≤ 93 % at rest → seek care. */
  spo2SeekCare: 93,
  /** WHO: SpO2 < 90 % on room air is severe COVID-19 → emergency. Between 90 and 93: urgent. */
  spo2Severe: 90,
  /** NHC: fever > 38.5 °C for more than 3 days despite medicine → seek care. */
  feverHighC: 38.5,
  feverDays: 3,
  /** A temperature this high needs a clinician today whatever the day count. */
  veryHighFeverC: 40,
  /** What counts as a fever when only a number is given. */
  feverC: 37.3,
  /** NICE NG143: under 3 months with ≥ 38 °C is a red feature. */
  infantFeverC: 38,
  infantMaxYears: 0.25,
  elderlyAge: 80,
  childMaxYears: 14,
  /** Fever not responding to medicine counts from this temperature even before day 3. */
  unresponsiveFeverC: 39,
} as const;

const fever = any(terms(T.FEVER), vital('temperatureC', '>=', THRESHOLDS.feverC));

export const RED_FLAGS: readonly RedFlagRule[] = [
  // ------------------------------------------------------------ emergency: call 120 now
  {
    id: 'breathing.difficulty',
    level: 'emergency',
    label: { zh: '呼吸困难', en: 'difficulty breathing' },
    sourceId: 'nhc-home-2022',
    when: terms(T.BREATHING_SEVERE),
  },
  {
    id: 'breathing.cyanosis',
    level: 'emergency',
    label: { zh: '嘴唇或脸色发紫', en: 'blue or grey lips or face' },
    sourceId: 'nhs-when-to-call-999',
    when: terms(T.CYANOSIS),
  },
  {
    id: 'spo2.severe',
    level: 'emergency',
    label: { zh: `血氧低于${THRESHOLDS.spo2Severe}%`, en: `oxygen saturation below ${THRESHOLDS.spo2Severe}%` },
    sourceId: 'who-covid-clinical-2023',
    when: vital('spo2', '<', THRESHOLDS.spo2Severe),
  },
  {
    id: 'chest.pain',
    level: 'emergency',
    label: { zh: '胸痛或胸口压迫感', en: 'chest pain or pressure' },
    sourceId: 'aha-heart-attack-signs',
    when: terms(T.CHEST_PAIN),
  },
  {
    id: 'consciousness.lost',
    level: 'emergency',
    label: { zh: '昏倒、叫不醒或没有反应', en: 'collapsed, unconscious or not responding' },
    sourceId: 'nhs-when-to-call-999',
    when: terms(T.UNCONSCIOUS),
  },
  {
    id: 'consciousness.confusion',
    level: 'emergency',
    label: { zh: '神志不清、说胡话', en: 'sudden confusion' },
    sourceId: 'nhs-when-to-call-999',
    when: terms(T.CONFUSION),
  },
  {
    id: 'seizure',
    level: 'emergency',
    label: { zh: '抽搐', en: 'seizure (fit)' },
    sourceId: 'nhs-when-to-call-999',
    when: terms(T.SEIZURE),
  },
  {
    id: 'stroke.signs',
    level: 'emergency',
    label: {
      zh: '中风征象（口角歪斜、一侧无力、说话不清）',
      en: 'stroke signs (face drooping, arm weakness, slurred speech)',
    },
    sourceId: 'asa-be-fast-stroke-120',
    when: any(terms(T.STROKE), terms(T.SPEECH_LOSS)),
  },
  {
    id: 'bleeding.heavy',
    level: 'emergency',
    label: { zh: '大出血或吐血', en: 'heavy bleeding or vomiting blood' },
    sourceId: 'nhs-when-to-call-999',
    when: terms(T.BLEEDING_HEAVY),
  },
  {
    id: 'allergy.anaphylaxis',
    level: 'emergency',
    label: {
      zh: '严重过敏（嘴唇、舌头或喉咙肿）',
      en: 'severe allergic reaction (swelling of lips, tongue or throat)',
    },
    sourceId: 'nhs-anaphylaxis',
    when: terms(T.ANAPHYLAXIS),
  },
  {
    id: 'injury.head',
    level: 'emergency',
    label: { zh: '头部受伤后呕吐或嗜睡', en: 'vomiting or drowsiness after a head injury' },
    sourceId: 'nhs-when-to-call-999',
    when: all(terms(T.HEAD_INJURY), terms(T.HEAD_INJURY_DANGER)),
  },
  {
    id: 'pregnancy.warning',
    level: 'emergency',
    label: { zh: '孕期危险信号', en: 'pregnancy warning sign' },
    sourceId: 'nhc-home-2022',
    when: all(pop('pregnant'), terms(T.PREGNANCY_WARNING)),
  },
  {
    id: 'infant.fever',
    level: 'emergency',
    label: { zh: '3个月以下婴儿发热', en: 'fever in a baby under 3 months' },
    sourceId: 'nice-ng143-2019',
    when: all(pop('infantUnder3Months'), any(terms(T.FEVER), vital('temperatureC', '>=', THRESHOLDS.infantFeverC))),
  },
  {
    id: 'infant.danger',
    level: 'emergency',
    label: { zh: '婴儿危险信号（不吃奶、精神差、软绵绵）', en: 'baby danger sign (not feeding, floppy, hard to wake)' },
    sourceId: 'nice-ng143-2019',
    when: all(pop('infant'), terms(T.INFANT_DANGER)),
  },
  {
    id: 'rash.non-blanching',
    level: 'emergency',
    label: { zh: '按压不褪色的紫色皮疹', en: 'purple rash that does not fade when pressed' },
    sourceId: 'nice-ng143-2019',
    when: terms(T.RASH_NON_BLANCHING),
  },
  {
    id: 'poisoning.overdose',
    level: 'emergency',
    label: { zh: '药物过量或误服', en: 'overdose or poisoning' },
    sourceId: 'nhs-overdose-poisoning',
    when: terms(T.OVERDOSE),
  },
  {
    id: 'mental.suicide',
    level: 'emergency',
    label: { zh: '有自杀或伤害自己的想法', en: 'thoughts of suicide or self-harm' },
    sourceId: 'nhc-12356-2024',
    when: terms(T.SUICIDE),
  },

  // ------------------------------------------------------------ urgent: a clinician today, not 120
  {
    id: 'spo2.low',
    level: 'urgent',
    label: { zh: `血氧≤${THRESHOLDS.spo2SeekCare}%`, en: `oxygen saturation ${THRESHOLDS.spo2SeekCare}% or lower` },
    sourceId: 'nhc-home-2022',
    when: vital('spo2', '<=', THRESHOLDS.spo2SeekCare),
  },
  {
    id: 'fever.persistent',
    level: 'urgent',
    label: { zh: '高烧超过3天', en: 'high fever for more than 3 days' },
    sourceId: 'nhc-home-2022',
    // Unknown temperature counts: "发烧五天了" should see a clinician rather than wait.
    when: all(fever, vital('days', '>', THRESHOLDS.feverDays), not(vital('temperatureC', '<=', THRESHOLDS.feverHighC))),
  },
  {
    id: 'fever.not-responding',
    level: 'urgent',
    label: { zh: '吃了退烧药仍高烧不退', en: 'fever not coming down with medicine' },
    sourceId: 'nhc-home-2022',
    when: all(
      terms(T.FEVER_NOT_RESPONDING),
      any(
        not(known('days')),
        vital('days', '>=', THRESHOLDS.feverDays),
        vital('temperatureC', '>=', THRESHOLDS.unresponsiveFeverC),
      ),
    ),
  },
  {
    id: 'fever.very-high',
    level: 'urgent',
    label: {
      zh: `体温${THRESHOLDS.veryHighFeverC}℃或以上`,
      en: `temperature ${THRESHOLDS.veryHighFeverC} °C or higher`,
    },
    sourceId: 'nhc-home-2022',
    when: vital('temperatureC', '>=', THRESHOLDS.veryHighFeverC),
  },
  {
    id: 'chronic.worsening',
    level: 'urgent',
    label: { zh: '基础病加重', en: 'worsening long-term condition' },
    sourceId: 'nhc-home-2022',
    when: terms(T.CHRONIC_WORSENING),
  },
  {
    // NHC: "worsening of an underlying disease" — said as the illness plus symptoms getting worse.
    id: 'chronic.worsening.course',
    level: 'urgent',
    label: { zh: '有基础病，症状越来越重', en: 'a long-term illness with symptoms getting worse' },
    sourceId: 'nhc-home-2022',
    when: all(terms(T.CHRONIC_DISEASE), terms(T.GETTING_WORSE)),
  },
  {
    // High-risk people benefit from antivirals started early: any symptom means a clinician today.
    id: 'key-population.symptomatic',
    level: 'urgent',
    label: { zh: '高龄或透析/化疗患者出现症状', en: 'symptoms in someone aged 80+ or on dialysis or chemotherapy' },
    sourceId: 'state-council-key-pop-2023-01-03',
    when: all(any(pop('aged80Plus'), pop('keyCondition')), anySymptom),
  },
  {
    // Pregnancy warning signs are emergencies (above); a fever needs the obstetric or fever clinic today,
    // while a cold described in a question about medicines does not.
    id: 'key-population.pregnant-fever',
    level: 'urgent',
    label: { zh: '孕妇发烧', en: 'fever in pregnancy' },
    sourceId: 'nhc-home-2022',
    when: all(pop('pregnant'), fever),
  },
  {
    id: 'child.unwell',
    level: 'urgent',
    label: {
      zh: '孩子精神差、不吃东西或持续呕吐腹泻',
      en: 'child lethargic, not eating, or vomiting or diarrhoea that goes on',
    },
    sourceId: 'nhc-home-2022',
    when: all(pop('child'), terms(T.CHILD_UNWELL)),
  },
  {
    id: 'injury.head.minor',
    level: 'urgent',
    label: { zh: '头部受伤', en: 'head injury' },
    sourceId: 'nhs-when-to-call-999',
    when: terms(T.HEAD_INJURY),
  },
  {
    id: 'infant.warm',
    level: 'urgent',
    label: { zh: '3个月以下婴儿体温偏高', en: 'raised temperature in a baby under 3 months' },
    sourceId: 'nice-ng143-2019',
    when: all(pop('infantUnder3Months'), vital('temperatureC', '>=', THRESHOLDS.feverC)),
  },
  {
    id: 'consciousness.drowsy',
    level: 'urgent',
    label: { zh: '嗜睡、迷迷糊糊', en: 'unusually drowsy' },
    sourceId: 'nhc-home-2022',
    when: terms(T.DROWSY),
  },
  {
    id: 'vomiting.persistent',
    level: 'urgent',
    label: { zh: '持续呕吐、喝不进水', en: 'persistent vomiting or unable to drink' },
    sourceId: 'nhc-home-2022',
    when: terms(T.PERSISTENT_VOMITING),
  },
  {
    id: 'breathing.mild',
    level: 'urgent',
    label: { zh: '有些气喘', en: 'some breathlessness' },
    sourceId: 'nhc-home-2022',
    when: terms(T.BREATHING_MILD),
  },
  {
    id: 'chest.tightness',
    level: 'urgent',
    label: { zh: '胸闷或咳嗽时胸痛', en: 'chest tightness or chest pain when coughing' },
    sourceId: 'nhc-home-2022',
    when: terms(T.CHEST_TIGHT),
  },
  {
    id: 'heart.palpitations',
    level: 'urgent',
    label: { zh: '心慌、心跳快', en: 'palpitations or a racing heart' },
    sourceId: 'nhc-home-2022',
    when: terms(T.PALPITATIONS),
  },
  {
    id: 'bleeding.minor',
    level: 'urgent',
    label: { zh: '痰中带血或便血', en: 'blood in phlegm or stool' },
    sourceId: 'nhs-when-to-call-999',
    when: terms(T.BLEEDING_MINOR),
  },

  // ------------------------------------------------------------ routine: home care with follow-up
  {
    id: 'symptom.fever',
    level: 'routine',
    label: { zh: '发烧', en: 'fever' },
    sourceId: 'nhc-home-2022',
    when: fever,
  },
  {
    id: 'symptom.general',
    level: 'routine',
    label: { zh: '新冠常见症状', en: 'common COVID symptoms' },
    sourceId: 'nhc-home-2022',
    when: terms(T.SYMPTOMS),
  },
];

/** Term lists whose presence means "a symptom is described" (for `anySymptom`). */
export const SYMPTOM_TERMS: readonly TermSet[] = [
  T.FEVER,
  T.SYMPTOMS,
  T.BREATHING_SEVERE,
  T.BREATHING_MILD,
  T.CHEST_PAIN,
  T.CHEST_TIGHT,
  T.PALPITATIONS,
  T.CYANOSIS,
  T.UNCONSCIOUS,
  T.CONFUSION,
  T.SEIZURE,
  T.STROKE,
  T.PERSISTENT_VOMITING,
  T.CHILD_UNWELL,
  T.DROWSY,
  T.BLEEDING_MINOR,
  T.PREGNANCY_WARNING,
];

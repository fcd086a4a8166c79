import type { HandlerResult, Lang } from '../../core/types';
import { redFlags } from '../../knowledge/red-flags';
import { unique } from '../../core/text';

/**
 * "什么情况要打120?" / "when should I go to hospital?": the answer is the screen's own rule table,
 * so what the hotline tells people and what it acts on can never disagree.
 */
const ASKS_WARNING_SIGNS: Record<Lang, RegExp> = {
  zh: /(什么|哪些|啥|哪种|怎样)(情况|症状|时候|表现).{0,8}(120|急救|救护车|医院|就医|看医生|急诊)|危险信号|危险症状|警示|要紧的症状|什么时候(该|要|需要)?(去医院|就医|打120)/,
  en: /\b(when|what signs|which symptoms)\b.{0,30}\b(120|ambulance|emergency|hospital|a doctor|get help|seek care)\b|\b(warning|danger|red[- ]flag|emergency) (signs|symptoms)\b|\bred flags\b/i,
};

/** Emergency rules that a resident can recognise at home, in the order of the rule table. */
const SHOWN_EMERGENCIES = [
  'breathing.difficulty',
  'breathing.cyanosis',
  'spo2.severe',
  'chest.pain',
  'consciousness.lost',
  'consciousness.confusion',
  'seizure',
  'stroke.signs',
  'bleeding.heavy',
  'infant.fever',
];
const SHOWN_URGENT = [
  'spo2.low',
  'fever.persistent',
  'fever.very-high',
  'chronic.worsening',
  'key-population.symptomatic',
  'child.unwell',
];

/**
 * "如果我妈出现呼吸困难，要打120吗": a question about what to do if something happens. The screen reads
 * it as hypothetical (nothing is happening now); the answer is which signs mean 120 at once.
 */
const ASKS_IF_120: Record<Lang, RegExp> = {
  zh: /(如果|要是|万一|假如|一旦).{0,30}(要不要|用不用|需不需要|该不该|是不是要|要|需要|该)(马上)?(打120|叫救护车|叫120|去急诊)|(要|需要|该)打120吗|要不要打120/,
  en: /\b(if|what if|in case)\b.{0,60}\b(call|ring|phone|dial)\b.{0,15}\b(120|an ambulance|emergency)\b|\bshould (i|we) call (120|an ambulance)\b/i,
};

export function asksForWarningSigns(text: string, lang: Lang): boolean {
  return ASKS_WARNING_SIGNS[lang].test(text) || ASKS_IF_120[lang].test(text);
}

export function warningSignsAnswer(lang: Lang, emergencyNumber = '120'): HandlerResult {
  const pickRules = (ids: string[]) => redFlags.rules.filter((r) => ids.includes(r.id));
  const emergencies = pickRules(SHOWN_EMERGENCIES);
  const urgent = pickRules(SHOWN_URGENT);
  const sep = lang === 'zh' ? '、' : '; ';
  const text =
    lang === 'zh'
      ? `出现以下任何一种，马上打${emergencyNumber}：${emergencies.map((r) => r.label.zh).join(sep)}。\n出现以下情况，今天去发热门诊或找家庭医生：${urgent.map((r) => r.label.zh).join(sep)}。\n其余轻症在家休息、多喝水、按需用药。`
      : `Call ${emergencyNumber} at once for any of: ${emergencies.map((r) => r.label.en).join(sep)}.\nSee a fever clinic or your family doctor today for: ${urgent.map((r) => r.label.en).join(sep)}.\nOtherwise rest, drink fluids and use medicines as needed at home.`;
  return { text, sources: unique([...emergencies, ...urgent].map((r) => r.source)) };
}

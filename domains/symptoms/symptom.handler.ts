import type { IntentHandler, Lang, TurnContext } from '../../core/types';
import { catalog, ingredientName } from '../../knowledge/medicines/catalog';
import { createPhraseMatcher } from '../../nlp/text/phrase-matcher';
import { symptomAdvice } from '../../knowledge/symptoms/catalog';
import { careClosing, careGroupLine, careSources } from '../../knowledge/red-flags/care';
import type { CareGroup } from '../../knowledge/red-flags';
import { fitReply, joinList, pick, unique } from '../../core/text';
import { asksForWarningSigns, warningSignsAnswer } from './warning-signs';
import { spo2ReadingLine } from './readings';
import { childWeightQuestion } from '../medication';

/**
 * symptom.advice: home care for the symptoms named, per the national home-treatment guideline,
 * always ending with when to get care. An "urgent" screening leads with seeing a clinician today.
 */
const FEVER_TREAT_C = 38.5; // the guideline's threshold for a fever medicine
const FEVER_C = 37.3;
const ELDERLY_AGE = 65;
const CHILD_AGE = 12;
const MAX_SYMPTOMS_PER_ANSWER = 2;
const FEVER_MEDICINES = ['acetaminophen', 'ibuprofen'];

const matcher = createPhraseMatcher(symptomAdvice.map((s) => ({ id: s.id, phrases: [...s.match.zh, ...s.match.en] })));

function readingLines(ctx: TurnContext): string[] {
  const { temperatureC, spo2 } = ctx.entities;
  const zh = ctx.lang === 'zh';
  const lines: string[] = [];
  // Any reading is told against the red-flag rules' own thresholds, also one between them ("94").
  if (spo2 !== undefined) lines.push(spo2ReadingLine(spo2, ctx.lang, ctx.emergencyNumber).text);
  if (temperatureC !== undefined && temperatureC >= FEVER_TREAT_C) {
    lines.push(
      zh
        ? `体温${temperatureC}℃，超过38.5℃，可以吃一种退烧药。`
        : `${temperatureC} °C is above 38.5 °C: you can take one fever medicine.`,
    );
  } else if (temperatureC !== undefined && temperatureC >= FEVER_C) {
    lines.push(
      zh
        ? `体温${temperatureC}℃，不到38.5℃，不难受可以先不吃退烧药，多喝水、多休息。`
        : `${temperatureC} °C is below 38.5 °C: if you feel all right, rest and drink fluids; no medicine is needed.`,
    );
  }
  return lines;
}

/** The daily limits from the medicine data, so fever advice and dose answers agree. */
function limitsLine(lang: Lang): string {
  const limits = FEVER_MEDICINES.map((id) => {
    const max = catalog.ingredients.get(id)?.adult?.maxDailyMg ?? 0;
    return lang === 'zh'
      ? `${ingredientName(id, lang)}每天不超过${max}毫克`
      : `${ingredientName(id, lang)} no more than ${max} mg a day`;
  });
  return lang === 'zh'
    ? `成人${limits.join('，')}；两种不要同时吃，也别和含同样成分的感冒药叠加。`
    : `Adults: ${joinList(limits, lang)}; do not take both at once or add a cold medicine with the same ingredient.`;
}

function childAge(ctx: TurnContext): number | undefined {
  const subject = ctx.state.facts.subject;
  const remembered = subject === 'child' ? ctx.state.facts.people?.child?.ageYears : undefined;
  const said = (ctx.entities.ages ?? []).filter((a) => a < CHILD_AGE);
  return said.length > 0 ? Math.min(...said) : remembered;
}

function childMedicineLine(lang: Lang): string {
  return lang === 'zh'
    ? '孩子的退烧药用儿童剂型，按体重算剂量，两种退烧药不要同时吃。告诉我孩子的体重和药名，我帮您算一次吃多少。'
    : "A child's fever medicine is a children's liquid dosed by weight; do not give two fever medicines at once. Tell me the child's weight and the medicine's name and I will work out the dose.";
}

function groupsFor(ctx: TurnContext): CareGroup[] {
  const subject = ctx.state.facts.subject;
  const profileAge = subject ? ctx.state.facts.people?.[subject]?.ageYears : undefined;
  // The person the conversation is about now; other people's ages are not theirs.
  const ages =
    subject !== undefined
      ? [...(ctx.entities.ages ?? []), ...(profileAge !== undefined ? [profileAge] : [])]
      : [...(ctx.entities.ages ?? []), ...(ctx.state.facts.ages ?? [])];
  const groups: CareGroup[] = [];
  if (ctx.entities.pregnant || ctx.state.facts.pregnant) groups.push('pregnancy');
  if (
    subject === 'child' ||
    ages.some((a) => a < CHILD_AGE) ||
    /孩子|宝宝|小孩|儿童|\b(child|children|baby|kids?|toddler)\b/i.test(ctx.text)
  )
    groups.push('child');
  if (
    ages.some((a) => a >= ELDERLY_AGE) ||
    /老人|爷爷|奶奶|外公|外婆|elderly|grandma|grandpa|grandmother|grandfather/i.test(ctx.text)
  )
    groups.push('elderly');
  return groups;
}

export const symptomHandler: IntentHandler = (ctx) => {
  const { lang } = ctx;
  // A question about warning signs, from someone who describes none, gets the warning signs.
  if (ctx.screening.triage === 'none' && asksForWarningSigns(ctx.text, lang))
    return warningSignsAnswer(lang, ctx.emergencyNumber);
  const named = matcher.ids(ctx.text);
  const hasFever = named.includes('fever') || (ctx.entities.temperatureC ?? 0) >= FEVER_C;
  const ids = unique([...(hasFever ? ['fever'] : []), ...named]).slice(0, MAX_SYMPTOMS_PER_ANSWER);
  // A bare reading ("血氧94正常吗") is answered by what it means, not with fever care.
  const fallback = ctx.entities.spo2 !== undefined ? [] : ['fever'];
  const advice = (ids.length > 0 ? ids : fallback).map((id) => symptomAdvice.find((s) => s.id === id)!);
  const groups = groupsFor(ctx);
  // A clinician today, and why, is said first by the engine for every intent (the screen's urgent advice).
  const parts = [
    ...readingLines(ctx),
    careGroupLine(groups, lang, ctx.emergencyNumber),
    ...advice.map((a) => pick(a.advice, lang)),
    // A child's answer never carries an adult limit: the child's dose is by weight (medication.dose).
    hasFever ? (groups.includes('child') ? childMedicineLine(lang) : limitsLine(lang)) : undefined,
  ];
  const childFever = hasFever && groups.includes('child');
  return {
    text: fitReply(lang, parts, careClosing(lang, ctx.emergencyNumber)),
    // We asked for the child's weight: the next message is read as it.
    ...(childFever ? { pending: childWeightQuestion(childAge(ctx)) } : {}),
    sources: unique([
      ...(ctx.entities.spo2 !== undefined ? spo2ReadingLine(ctx.entities.spo2, lang, ctx.emergencyNumber).sources : []),
      ...advice.flatMap((a) => a.sources),
      ...(hasFever ? FEVER_MEDICINES.flatMap((id) => catalog.ingredients.get(id)?.adult?.sources ?? []) : []),
      ...careSources(groups),
    ]),
  };
};

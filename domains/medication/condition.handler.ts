import type { Choice, HandlerResult, IntentHandler, Lang } from '../../core/types';
import { catalog, ingredientName, medicineKind, medicineName } from '../../knowledge/medicines/catalog';
import type { ConditionGuidance, ConditionId, Ingredient } from '../../knowledge/medicines/types';
import { fitReply, joinList, pick, unique } from '../../core/text';
import { certainIngredients } from './components';
import { CHILD_MAX_AGE, conditionFacts, findConditions, knownConditions } from './conditions';
import { aboutChild, profileOf } from './person';
import { careClosing, careSources, medicinesInTurn } from './medicine-context';
import { doseHandler } from './dose.handler';

/**
 * medication.condition: which fever medicine suits a pregnant woman, a child, a dialysis patient…
 * The condition is remembered so later answers (doses, combinations) take it into account.
 */
const SLOT_CONDITION = 'condition';
const MAX_CONDITIONS_PER_ANSWER = 2;
const OFFERED: ConditionId[] = [
  'pregnancy',
  'breastfeeding',
  'child',
  'elderly',
  'hypertension',
  'diabetes',
  'kidney-disease',
  'liver-disease',
];

export const conditionHandler: IntentHandler = (ctx) => {
  const inTurn = medicinesInTurn(ctx).filter((m) => medicineKind(m) !== 'chronic');
  // "那孕妇呢" after "老人能吃布洛芬吗": the same medicines for the person now meant.
  const medicines = inTurn.length > 0 ? inTurn : (ctx.followUp?.medicines ?? []);
  const found = findConditions(ctx.text, ctx.entities, medicinesInTurn(ctx));
  const conditions = knownConditions(found, ctx.state.facts);
  // "我在吃阿司匹林肠溶片，一天一片": a medicine named with no condition is answered about that medicine,
  // not with a menu of conditions the person never mentioned.
  if (conditions.length === 0 && !ctx.answering && inTurn.some((m) => medicineKind(m) !== 'category'))
    return doseHandler(ctx);
  if (conditions.length === 0) return ctx.answering ? notCovered(ctx.lang) : askCondition(ctx.lang);
  const guidance = conditions
    .slice(0, MAX_CONDITIONS_PER_ANSWER)
    .map((id) => catalog.conditions.get(id))
    .filter((g): g is ConditionGuidance => !!g);
  const childAge = [
    ...(ctx.entities.ages ?? []),
    ...(aboutChild(ctx.state.facts) ? [profileOf(ctx.state.facts).ageYears] : []),
  ].find((a): a is number => a !== undefined && a < CHILD_MAX_AGE);
  const tooYoung = childAge !== undefined ? tooYoungLines(medicines, childAge, ctx.lang) : { lines: [], sources: [] };
  const labelled = medicineLines(medicines, conditions, ctx.lang);
  const specific = {
    lines: [...tooYoung.lines, ...labelled.lines],
    sources: [...tooYoung.sources, ...labelled.sources],
  };
  const parts = [...specific.lines, ...guidance.flatMap((g) => [pick(g.advice, ctx.lang), avoidLine(g, ctx.lang)])];
  return {
    text: fitReply(ctx.lang, parts, careClosing(ctx.lang, ctx.emergencyNumber)),
    facts: conditionFacts(found, ctx.state.facts),
    sources: unique([...specific.sources, ...guidance.flatMap((g) => g.sources), ...careSources()]),
    ...(medicines.length > 0 ? { topic: { medicines } } : {}),
  };
};

/** "4个月能用布洛芬吗": below the label's minimum age, said plainly, with what the baby can have. */
function tooYoungLines(medicines: string[], ageYears: number, lang: Lang): { lines: string[]; sources: string[] } {
  const lines: string[] = [];
  const sources: string[] = [];
  for (const medicine of medicines) {
    const ids = certainIngredients(medicine);
    const rule = ids.length === 1 ? catalog.ingredients.get(ids[0])?.child : undefined;
    if (!rule || ageYears * 12 >= rule.minAgeMonths) continue;
    const name = ingredientName(ids[0], lang);
    lines.push(
      lang === 'zh'
        ? `${name}不用于${rule.minAgeMonths}个月以下的宝宝。`
        : `${name.charAt(0).toUpperCase() + name.slice(1)} is not for babies under ${rule.minAgeMonths} months.`,
    );
    sources.push(...rule.sources);
  }
  return { lines, sources };
}

function avoidLine(guidance: ConditionGuidance, lang: Lang): string | undefined {
  if (guidance.avoid.length === 0) return undefined;
  const names = guidance.avoid.map((id) => ingredientName(id, lang));
  return lang === 'zh'
    ? `${pick(guidance.display, lang)}尽量避免（除非医生同意）：${names.join('、')}。`
    : `For ${pick(guidance.display, lang)}, avoid unless a doctor agrees: ${joinList(names, lang)}.`;
}

/** What the ingredients of the named medicines' labels say about these conditions. */
function medicineLines(
  medicines: string[],
  conditions: ConditionId[],
  lang: Lang,
): { lines: string[]; sources: string[] } {
  const lines: string[] = [];
  const sources: string[] = [];
  for (const medicine of medicines) {
    const ingredients = certainIngredients(medicine)
      .map((id) => catalog.ingredients.get(id))
      .filter((i): i is Ingredient => !!i);
    const cautions = ingredients
      .flatMap((i) => i.cautions)
      .filter((c) => c.conditions.some((x) => conditions.includes(x)));
    // "她能吃布洛芬吗" about an 85-year-old: what the label says about this medicine for older people.
    const elderly = conditions.includes('elderly')
      ? ingredients.filter((i) => i.elderly).map((i) => pick(i.elderly!, lang))
      : [];
    const name = medicineName(medicine, lang);
    const product = catalog.products.get(medicine);
    if (conditions.includes('child') && product?.minAgeYears !== undefined) {
      // 泰诺林缓释片, US Tylenol: the label's minimum age before anything else.
      lines.push(
        lang === 'zh'
          ? `${name}只用于${product.minAgeYears}岁以上，孩子不要吃；用儿童剂型（混悬液或滴剂），按体重算剂量。`
          : `${name.charAt(0).toUpperCase() + name.slice(1)} is only for ${product.minAgeYears} and over, not for a child: use a children's liquid, dosed by weight.`,
      );
      sources.push(...product.sources);
      continue;
    }
    if (cautions.length === 0 && elderly.length === 0) continue;
    lines.push(
      `${lang === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name}${lang === 'zh' ? '：' : ': '}${unique([...elderly, ...cautions.map((c) => pick(c.text, lang))]).join(lang === 'zh' ? '' : ' ')}`,
    );
    sources.push(
      ...cautions.flatMap((c) => c.sources),
      ...(elderly.length > 0 ? ingredients.flatMap((i) => i.sources) : []),
    );
  }
  return { lines, sources };
}

function askCondition(lang: Lang): HandlerResult {
  // Channels show "<id>. <label>" and expect the number back, so ids are "1", "2", …
  const choices: Choice[] = OFFERED.map((id, i) => {
    const label = pick(catalog.conditions.get(id)!.display, lang);
    return { id: String(i + 1), label, value: label };
  });
  return {
    text:
      lang === 'zh'
        ? '请问是哪种情况？比如怀孕、哺乳、孩子、老人，或高血压、糖尿病、肾病、肝病等慢性病。'
        : 'Which situation is it? For example pregnancy, breastfeeding, a child, an older person, or a condition such as high blood pressure, diabetes, kidney or liver disease.',
    choices,
    pending: { intent: 'medication.condition', slot: SLOT_CONDITION },
  };
}

function notCovered(lang: Lang): HandlerResult {
  return {
    text:
      lang === 'zh'
        ? '这个情况我的知识库里没有专门的用药建议。请带着正在吃的药问药师或家庭医生。'
        : 'I have no specific medicine advice for that situation. Please ask a pharmacist or your family doctor, and bring the medicines you take.',
  };
}

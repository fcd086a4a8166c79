import type { HandlerResult, IntentHandler, Lang, TurnContext } from '../conversation/types';
import { catalog, medicineKind, medicineName } from '../knowledge/medicines/catalog';
import { fitReply, unique } from '../knowledge/text';
import { conditionFacts, findConditions, knownConditions } from './conditions';
import { isPlausibleWeight } from './dose-calculator';
import { doseLines, needsChildWeight } from './dose-lines';
import { careClosing, careSources, medicinesInTurn, mergeMedicineFacts, pendingMedicines, unknownMedicineText, unknownNames } from './medicine-context';
import { personFrom, type Person } from './person';
import { weightFromAnswer } from './weight-answer';

/**
 * medication.dose: amount, interval, daily maximum, how many days, when to stop and get care.
 * Children are dosed by weight, so their weight is asked for when it is missing.
 */
const SLOT_MEDICINE = 'medicine';
const SLOT_WEIGHT = 'childWeight';
const MAX_MEDICINES_PER_ANSWER = 2;

export const doseHandler: IntentHandler = (ctx) => {
  const inTurn = medicinesInTurn(ctx).filter((m) => medicineKind(m) !== 'chronic');
  const named = inTurn.length > 0 ? inTurn : pendingMedicines(ctx);
  if (named.length === 0) {
    const unknown = unknownNames(ctx, []);
    return unknown.length > 0 ? { text: unknownMedicineText(unknown, ctx.lang) } : askMedicine(ctx.lang);
  }
  const targets = expandCategories(named);
  if (targets.length === 0) return askMedicine(ctx.lang, named[0]);
  const person = personWithAnswer(ctx);
  if (person.kind === 'child' && person.weightKg === undefined && targets.some((t) => needsChildWeight(t, person.ageYears)) && !answeredWeight(ctx)) {
    return askWeight(ctx, targets, person);
  }
  return answer(ctx, targets, person);
};

/** "退烧药吃多少" means the usual two; other categories need a product name. */
function expandCategories(named: string[]): string[] {
  const expanded = named.flatMap((m) => {
    const product = catalog.products.get(m);
    if (product?.kind !== 'category') return [m];
    return m === 'fever-reducer' ? ['acetaminophen', 'ibuprofen'] : [];
  });
  return unique(expanded).slice(0, MAX_MEDICINES_PER_ANSWER);
}

function personWithAnswer(ctx: TurnContext): Person {
  const person = personFrom(ctx);
  if (ctx.answering?.slot !== SLOT_WEIGHT) return person;
  const age = typeof ctx.answering.data?.ageYears === 'number' ? ctx.answering.data.ageYears : undefined;
  const weight = ctx.entities.weightKg ?? weightFromAnswer(ctx.text);
  return { kind: 'child', ageYears: person.ageYears ?? age, weightKg: weight !== undefined && isPlausibleWeight(weight) ? weight : undefined };
}

function answeredWeight(ctx: TurnContext): boolean {
  return ctx.answering?.slot === SLOT_WEIGHT;
}

function askMedicine(lang: Lang, category?: string): HandlerResult {
  const which = category ? medicineName(category, lang) : undefined;
  return {
    text: lang === 'zh'
      ? `${which ? `${which}有很多种，` : ''}请告诉我具体药名（药盒上的名字），我告诉您怎么吃。`
      : `${which ? `There are many ${which}. ` : ''}Which medicine exactly? Tell me the name on the pack and I will tell you how to take it.`,
    pending: { intent: 'medication.dose', slot: SLOT_MEDICINE, data: { medicines: [] } },
  };
}

function askWeight(ctx: TurnContext, targets: string[], person: Person): HandlerResult {
  const text = ctx.lang === 'zh'
    ? '孩子用退烧药要按体重算剂量。孩子现在多少公斤？'
    : "Children's doses depend on weight. How much does the child weigh, in kg?";
  return {
    text,
    pending: { intent: 'medication.dose', slot: SLOT_WEIGHT, data: { medicines: targets, ...(person.ageYears !== undefined ? { ageYears: person.ageYears } : {}) } },
    facts: { medicines: mergeMedicineFacts(ctx.state.facts.medicines, targets) },
  };
}

function answer(ctx: TurnContext, targets: string[], person: Person): HandlerResult {
  const { lang } = ctx;
  const found = findConditions(ctx.text, ctx.entities, medicinesInTurn(ctx));
  const conditions = knownConditions(found, ctx.state.facts);
  const perMedicine = targets.map((m) => doseLines(m, person, conditions, lang));
  const parts = perMedicine.flatMap((d) => d.lines);
  if (person.kind === 'child' && person.weightKg === undefined && targets.some((t) => needsChildWeight(t, person.ageYears))) {
    parts.push(noWeightLine(lang));
  }
  if (targets.length > 1) parts.push(lang === 'zh' ? '两种选一种吃，不要同时吃。' : 'Choose one of them; do not take both at the same time.');
  const facts: HandlerResult['facts'] = {
    ...conditionFacts(found, ctx.state.facts),
    medicines: mergeMedicineFacts(ctx.state.facts.medicines, targets),
  };
  if (person.kind === 'child' && person.weightKg !== undefined) facts.weightKg = person.weightKg;
  return {
    text: fitReply(lang, parts, careClosing(lang)),
    facts,
    sources: unique([...perMedicine.flatMap((d) => d.sources), ...careSources()]),
  };
}

function noWeightLine(lang: Lang): string {
  return lang === 'zh'
    ? '不知道体重时，请先称一下孩子，或带孩子的药问药师，按体重给药最安全。'
    : "Without the child's weight, please weigh them or ask a pharmacist: dosing by weight is safest.";
}

import type { HandlerResult, IntentHandler, Lang, TurnContext } from '../../core/types';
import { catalog, medicineKind, medicineName } from '../../knowledge/medicines/catalog';
import { fitReply, unique } from '../../core/text';
import { conditionFacts, findConditions, knownConditions } from './conditions';
import { isPlausibleWeight } from './dose-calculator';
import { doseLines, hasAgeBand, needsChildWeight, type DoseLines } from './dose-lines';
import { certainIngredients } from './components';
import { durationText, intervalText, productCapText, strengthCapsText } from './dose-text';
import type { ConditionId, Ingredient } from '../../knowledge/medicines/types';
import {
  careClosing,
  careSources,
  medicinesInTurn,
  mergeMedicineFacts,
  pendingMedicines,
  unknownMedicineText,
  unknownNames,
} from './medicine-context';
import { personFrom, profileOf, type Person } from './person';
import { asksDose } from './product-profile';
import { takenSoFar } from './taken-so-far';
import { asksAgainAfterTaking } from './medicine-questions';
import { findUnknownMedicineNames } from './unknown-names';
import { weightFromAnswer } from './weight-answer';

/**
 * medication.dose: amount, interval, daily maximum, how many days, when to stop and get care.
 * Children are dosed by weight, so their weight is asked for when it is missing.
 */
const SLOT_MEDICINE = 'medicine';
const SLOT_WEIGHT = 'childWeight';
const MAX_MEDICINES_PER_ANSWER = 2;

/** Answers to "how much does the child weigh?" that carry no number. */
const NO_WEIGHT_ANSWER =
  /不知道|没称|不清楚|不确定|记不清|忘了|^\s*(?:嗯+|恩+|好+的?|行|对|ok(?:ay)?|yes|yeah)\s*[。.!！]*\s*$|don'?t know|not sure|no idea|never weighed|haven'?t weighed|unknown/i;

export const doseHandler: IntentHandler = (ctx) => {
  const inTurn = medicinesInTurn(ctx).filter((m) => medicineKind(m) !== 'chronic');
  if (answeredWeight(ctx) && inTurn.length === 0 && !answersWeight(ctx)) {
    // "她还咳嗽怎么办" after we asked the weight: not an answer, understood on its own.
    return { text: '', declined: true };
  }
  if (inTurn.length === 0 && isOptionalFollowUp(ctx)) {
    const unknown = findUnknownMedicineNames(ctx.text);
    if (unknown.length > 0) return { text: unknownMedicineText(unknown, ctx.lang) };
    // "那3岁的孩子呢": the same medicines for the person now described; anything else is not an answer.
    if (!describesPerson(ctx))
      return {
        text:
          ctx.lang === 'zh'
            ? '好的。想问具体哪种药怎么吃，请告诉我药盒上的名字。'
            : 'All right. If you want the dose of a particular medicine, tell me the name on the pack.',
      };
  }
  const named = inTurn.length > 0 ? inTurn : (followedUp(ctx) ?? pendingOrRemembered(ctx));
  if (named.length === 0) {
    const unknown = unknownNames(ctx, []);
    return unknown.length > 0 ? { text: unknownMedicineText(unknown, ctx.lang) } : askMedicine(ctx.lang);
  }
  const targets = expandCategories(named);
  if (targets.length === 0) return askMedicine(ctx.lang, named[0]);
  const person = personWithAnswer(ctx);
  if (
    person.kind === 'child' &&
    person.weightKg === undefined &&
    targets.some((t) => needsChildWeight(t, person.ageYears)) &&
    !answeredWeight(ctx)
  ) {
    // With an age the label's bands give a dose now; the weight, when said, makes it exact.
    if (targets.every((t) => !needsChildWeight(t, person.ageYears) || hasAgeBand(t, person.ageYears))) {
      const result = answer(ctx, targets, person);
      return { ...result, pending: weightPending(targets, person) };
    }
    return askWeight(ctx, targets, person);
  }
  if (answeredWeight(ctx) && person.kind === 'child' && person.weightKg === undefined) {
    // "不知道", or a number that cannot be this child's weight: the age-band answer, still listening for it.
    const result = answer(ctx, targets, person);
    return { ...result, pending: weightPending(targets, person) };
  }
  return answer(ctx, targets, person);
};

/** "那孩子呢", "还能吃多久" after an answer about these medicines: the same ones. */
function followedUp(ctx: TurnContext): string[] | undefined {
  const medicines = ctx.followUp?.medicines.filter((m) => medicineKind(m) !== 'chronic');
  return medicines?.length ? medicines : undefined;
}

function pendingOrRemembered(ctx: TurnContext): string[] {
  const pending = pendingMedicines(ctx);
  return pending.length > 0 ? pending : remembered(ctx);
}

/** "一天最多能吃几次？" after a medicine was named: that medicine. */
function remembered(ctx: TurnContext): string[] {
  if (!asksDose(ctx.text)) return [];
  const earlier = (ctx.state.facts.medicines ?? []).filter((m) => medicineKind(m) !== 'chronic');
  return earlier.slice(-1);
}

/** "退烧药吃多少" means the usual two; other categories need a product name. */
function expandCategories(named: string[]): string[] {
  const expanded = named.flatMap((m) => {
    const product = catalog.products.get(m);
    if (product?.kind !== 'category') return [m];
    return m === 'fever-reducer' ? ['acetaminophen', 'ibuprofen'] : [];
  });
  return unique(expanded).slice(0, MAX_MEDICINES_PER_ANSWER);
}

/** Our "tell me the product name if you have one" after a general answer: not a question that must be answered. */
function isOptionalFollowUp(ctx: TurnContext): boolean {
  return ctx.answering?.slot === SLOT_MEDICINE && ctx.answering.data?.optional === true;
}

function describesPerson(ctx: TurnContext): boolean {
  const e = ctx.entities;
  return (
    (e.ages?.length ?? 0) > 0 ||
    e.weightKg !== undefined ||
    !!e.pregnant ||
    !!e.breastfeeding ||
    findConditions(ctx.text, e).length > 0
  );
}

function personWithAnswer(ctx: TurnContext): Person {
  const person = personFrom(ctx);
  if (ctx.answering?.slot !== SLOT_WEIGHT) return person;
  const age = typeof ctx.answering.data?.ageYears === 'number' ? ctx.answering.data.ageYears : undefined;
  const weight = ctx.entities.weightKg ?? weightFromAnswer(ctx.text, ctx.entities);
  const ageYears = person.ageYears ?? age;
  // A bare "2" for a 4-year-old is not a weight: the age band answers until the child is weighed.
  const fits = weight !== undefined && isPlausibleWeight(weight) && weightFitsAge(weight, ageYears);
  return { kind: 'child', ageYears, weightKg: fits ? weight : undefined };
}

/**
 * Within half the lightest and twice the heaviest weight the labels give for the child's age (one
 * table, the same on the children's acetaminophen and ibuprofen labels).
 */
function weightFitsAge(weightKg: number, ageYears: number | undefined): boolean {
  if (ageYears === undefined) return true;
  const band = catalog.ingredients
    .get('acetaminophen')
    ?.child?.ageBands?.bands.find((b) => ageYears >= b.ageYears.min && ageYears < b.ageYears.max + 1);
  return !band || (weightKg >= band.weightKg.min / 2 && weightKg <= band.weightKg.max * 2);
}

function answersWeight(ctx: TurnContext): boolean {
  return (
    ctx.entities.weightKg !== undefined ||
    weightFromAnswer(ctx.text, ctx.entities) !== undefined ||
    NO_WEIGHT_ANSWER.test(ctx.text)
  );
}

function answeredWeight(ctx: TurnContext): boolean {
  return ctx.answering?.slot === SLOT_WEIGHT;
}

function askMedicine(lang: Lang, category?: string): HandlerResult {
  const which = category ? medicineName(category, lang) : undefined;
  return {
    text:
      lang === 'zh'
        ? `${which ? `${which}有很多种，` : ''}请告诉我具体药名（药盒上的名字），我告诉您怎么吃。`
        : `${which ? `There are many ${which}. ` : ''}Which medicine exactly? Tell me the name on the pack and I will tell you how to take it.`,
    pending: { intent: 'medication.dose', slot: SLOT_MEDICINE, data: { medicines: [] } },
  };
}

/**
 * The question "how much does the child weigh?" as this handler asks it, for fever advice about a
 * child that invites the weight: the next message ("12公斤", or "2") is read as its answer.
 */
export function childWeightQuestion(ageYears?: number): HandlerResult['pending'] {
  return weightPending(['fever-reducer'], { kind: 'child', ageYears });
}

function weightPending(targets: string[], person: Person): HandlerResult['pending'] {
  return {
    intent: 'medication.dose',
    slot: SLOT_WEIGHT,
    data: { medicines: targets, ...(person.ageYears !== undefined ? { ageYears: person.ageYears } : {}) },
  };
}

function askWeight(ctx: TurnContext, targets: string[], person: Person): HandlerResult {
  const text =
    ctx.lang === 'zh'
      ? '孩子用退烧药要按体重算剂量。孩子现在多少公斤？'
      : "Children's doses depend on weight. How much does the child weigh, in kg?";
  return {
    text,
    pending: weightPending(targets, person),
    facts: { medicines: mergeMedicineFacts(ctx.state.facts.medicines, targets) },
    topic: { medicines: targets },
  };
}

function answer(ctx: TurnContext, targets: string[], person: Person): HandlerResult {
  const { lang } = ctx;
  const found = findConditions(ctx.text, ctx.entities, medicinesInTurn(ctx));
  const conditions = knownConditions(found, ctx.state.facts);
  // "how often?" after a dose answer: that aspect only, unless a condition changes the answer itself.
  const aspect = ctx.followUp?.aspect ? aspectLines(targets, person, conditions, ctx.followUp.aspect, lang) : undefined;
  const perMedicine = aspect ? [aspect] : targets.map((m) => doseLines(m, person, conditions, lang));
  const parts = [
    ...(targets.length > 1
      ? [lang === 'zh' ? '以下两种选一种吃，不要同时吃。' : 'Choose one of these; do not take both at the same time.']
      : []),
    ...perMedicine.flatMap((d) => d.lines),
  ];
  if (
    person.kind === 'child' &&
    person.weightKg === undefined &&
    targets.some((t) => needsChildWeight(t, person.ageYears) && !hasAgeBand(t, person.ageYears))
  ) {
    parts.push(noWeightLine(lang));
  }
  const taken = takenSoFar(profileOf(ctx.state.facts), targets, lang, ctx.now, person.kind === 'child');
  // "took it 2 hours ago, can I have another?": how long to wait is the answer, so it comes first.
  if (asksAgainAfterTaking(ctx.text)) parts.unshift(...taken.lines);
  else parts.push(...taken.lines);
  const facts: HandlerResult['facts'] = {
    ...conditionFacts(found, ctx.state.facts),
    medicines: mergeMedicineFacts(ctx.state.facts.medicines, targets),
  };
  if (person.kind === 'child' && person.weightKg !== undefined) {
    facts.weightKg = person.weightKg;
    // A bare "14" answering our question is the child's weight: remembered on the child's profile.
    const people = { ...(ctx.state.facts.people ?? {}) };
    people.child = { ...(people.child ?? {}), weightKg: person.weightKg };
    facts.people = people;
    facts.subject = 'child';
  }
  // "退烧药吃多少" got the two usual ingredients: the product in the cupboard gives tablets, not mg.
  const general =
    !aspect &&
    person.kind !== 'child' &&
    targets.every((t) => medicineKind(t) === 'ingredient') &&
    !answeredWeight(ctx);
  return {
    text: fitReply(
      lang,
      parts,
      general
        ? `${careClosing(lang, ctx.emergencyNumber)}\n${productHint(lang)}`
        : careClosing(lang, ctx.emergencyNumber),
    ),
    facts,
    pending: general
      ? { intent: 'medication.dose', slot: SLOT_MEDICINE, data: { medicines: targets, optional: true } }
      : undefined,
    sources: unique([...perMedicine.flatMap((d) => d.sources), ...taken.sources, ...careSources()]),
    topic: { medicines: targets },
  };
}

/**
 * The interval (or the days) of each medicine, for the person: from the same rules as the whole dose
 * answer. Undefined — the whole answer then — when a condition of the person's rules a medicine out or
 * withholds its plain dose, or when the rules say nothing about the aspect (a child's days).
 */
function aspectLines(
  targets: string[],
  person: Person,
  conditions: readonly ConditionId[],
  aspect: 'interval' | 'duration',
  lang: Lang,
): DoseLines | undefined {
  const child = person.kind === 'child';
  const lines: string[] = [];
  const sources: string[] = [];
  for (const medicine of targets) {
    const ingredients = certainIngredients(medicine)
      .map((id) => catalog.ingredients.get(id))
      .filter((i): i is Ingredient => !!i);
    const limited = ingredients.some((i) =>
      i.cautions.some(
        (c) => (c.level === 'avoid' || c.noPlainDose) && c.conditions.some((x) => conditions.includes(x)),
      ),
    );
    const product = catalog.products.get(medicine);
    if (limited || ingredients.length !== 1 || (child && product?.minAgeYears !== undefined)) return undefined;
    const [ingredient] = ingredients;
    const text =
      aspect === 'interval'
        ? intervalText(ingredient, child, lang)
        : child
          ? undefined
          : durationText(ingredient, lang);
    if (!text) return undefined;
    lines.push(text);
    // The tablets a day of the product named, when its label gives them (泰诺林 650 mg: at most 3 a day).
    const cap =
      aspect === 'interval' && product && !child
        ? (productCapText(product, ingredient, lang) ?? strengthCapsText(product, lang))
        : undefined;
    if (cap) lines.push(cap);
    sources.push(...((child ? ingredient.child?.sources : ingredient.adult?.sources) ?? ingredient.sources));
    if (product) sources.push(...product.sources);
  }
  return lines.length > 0 ? { lines, sources } : undefined;
}

function productHint(lang: Lang): string {
  return lang === 'zh'
    ? '告诉我药盒上的药名，我按那种药说一次吃几片。'
    : 'Tell me the name on the pack and I will say how many tablets.';
}

function noWeightLine(lang: Lang): string {
  return lang === 'zh'
    ? '不知道体重时，请先称一下孩子，或带孩子的药问药师，按体重给药最安全。'
    : "Without the child's weight, please weigh them or ask a pharmacist: dosing by weight is safest.";
}

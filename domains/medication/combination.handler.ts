import type { HandlerResult, IntentHandler, Lang, TurnContext } from '../../core/types';
import { catalog } from '../../knowledge/medicines/catalog';
import { fitReply, joinList, pick, unique } from '../../core/text';
import { checkCombination, checkConditions, type Finding } from './combination-check';
import { findConditions, knownConditions } from './conditions';
import {
  careClosing,
  careSources,
  medicinesInTurn,
  mergeMedicineFacts,
  pendingMedicines,
  unknownMedicineText,
  unknownNames,
  withIngredients,
} from './medicine-context';
import { asksWhatIsIn, productProfile } from './product-profile';
import { aboutChild, profileOf } from './person';
import { takenSoFar } from './taken-so-far';
import { childExclusions } from './dose-lines';
import { conditionHandler } from './condition.handler';
import { findMedicineSpans } from '../../nlp/entities/medicines';
import { normalizeText } from '../../nlp/text/phrase-matcher';
import { medicineKind, medicineName } from '../../knowledge/medicines/catalog';

/**
 * medication.combination: "感冒灵和泰诺能一起吃吗". Names the shared ingredient first, because
 * that is what people do not know; asks for the other medicine when only one is named.
 */
const SLOT_OTHER = 'otherMedicine';
const SLOT_MEDICINES = 'medicines';

const LOW_DOSE_ASPIRIN = 'bayaspirin';

/** "每天吃阿司匹林护心": that aspirin is the person's low-dose heart aspirin, not a painkiller. */
function asRegular(ctx: TurnContext, medicines: string[]): string[] {
  const regular = profileOf(ctx.state.facts).regularMedicines ?? [];
  if (!regular.includes(LOW_DOSE_ASPIRIN)) return medicines;
  return unique(medicines.map((m) => (m === 'aspirin' ? LOW_DOSE_ASPIRIN : m)));
}

export const combinationHandler: IntentHandler = (ctx) => {
  const inTurn = asRegular(ctx, medicinesInTurn(ctx));
  // "那孩子呢" after "布洛芬和感冒灵能一起吃吗": the same pair, for the person now meant.
  if (ctx.followUp && inTurn.length === 0 && ctx.followUp.medicines.length > 0)
    return answer(ctx, ctx.followUp.medicines, []);
  const named = unique([...pendingMedicines(ctx), ...inTurn]);
  const unknown = unknownNames(ctx, inTurn);
  if (named.length >= 2 || (named.length === 1 && (unknown.length > 0 || ctx.answering))) {
    return answer(ctx, named, unknown);
  }
  if (named.length === 1 && !ctx.answering && asksWhatIsIn(ctx.text)) {
    // "感冒灵里有什么成分": what is in it, not "which other medicine?".
    return profileAnswer(ctx, named[0]);
  }
  if (named.length === 1 && !ctx.answering && withAlcohol(ctx)) {
    // "吃了泰诺林能喝酒吗", "a beer while on paracetamol": the drink is the other half, answered from
    // the medicine's and the drinking guidance (the condition answer), not "which other medicine?".
    return conditionHandler(ctx);
  }
  if (named.length === 1) {
    // "能和感冒灵一起吃吗" after mentioning another medicine earlier: that one is the other half.
    const earlier = (ctx.state.facts.medicines ?? []).filter((m) => m !== named[0]);
    return earlier.length > 0 ? answer(ctx, [...earlier.slice(-3), ...named], unknown) : ask(ctx, named);
  }
  if (unknown.length > 0) return { text: unknownMedicineText(unknown, ctx.lang) };
  return ask(ctx, named);
};

function withAlcohol(ctx: TurnContext): boolean {
  return findConditions(ctx.text, ctx.entities).includes('alcohol') || ALCOHOL.test(ctx.text);
}

const ALCOHOL = /酒|\b(?:alcohol|beers?|wine|liquor|spirits|drinking)\b/i;

function ask(ctx: TurnContext, named: string[]): HandlerResult {
  const { lang } = ctx;
  if (named.length === 1) {
    const name = withIngredients(named[0], lang);
    return {
      text:
        lang === 'zh'
          ? `${name}。您想和哪种药一起吃？请告诉我药名。`
          : `${capitalize(name)}. Which other medicine do you want to take with it?`,
      pending: { intent: 'medication.combination', slot: SLOT_OTHER, data: { medicines: named } },
      facts: { medicines: mergeMedicineFacts(ctx.state.facts.medicines, named) },
      sources: catalog.products.get(named[0])?.sources ?? catalog.ingredients.get(named[0])?.sources ?? [],
    };
  }
  return {
    text:
      lang === 'zh'
        ? '您想一起吃的是哪几种药？请把药名都告诉我，比如“感冒灵和泰诺”。'
        : 'Which medicines do you want to take together? Please name them all, for example "NyQuil and Tylenol".',
    pending: { intent: 'medication.combination', slot: SLOT_MEDICINES, data: { medicines: [] } },
  };
}

/** A drug group is said by the name the person used ("辛伐他汀"), not the group's ("他汀类降脂药"). */
function namesAsSaid(text: string): (medicine: string, lang: Lang) => string {
  const normalized = normalizeText(text);
  const said = new Map<string, string>();
  for (const span of findMedicineSpans(text)) {
    if (medicineKind(span.id) === 'chronic' && !said.has(span.id))
      said.set(span.id, normalized.slice(span.start, span.end));
  }
  return (medicine, lang) => said.get(medicine) ?? medicineName(medicine, lang);
}

function answer(ctx: TurnContext, medicines: string[], unknown: string[]): HandlerResult {
  const { lang } = ctx;
  const conditions = knownConditions(findConditions(ctx.text, ctx.entities, medicines), ctx.state.facts);
  const child = aboutChild(ctx.state.facts);
  const findings =
    medicines.length >= 2
      ? checkCombination(medicines, conditions, lang, { child, nameOf: namesAsSaid(ctx.text) })
      : checkConditions(medicines, conditions, lang);
  const interactions = findings.filter((f) => f.kind !== 'condition');
  const taken = takenSoFar(profileOf(ctx.state.facts), medicines, lang, ctx.now, child);
  const forChild = child
    ? childExclusions(medicines, profileOf(ctx.state.facts).ageYears, lang)
    : { lines: [], sources: [] };
  // What was already taken decides what is left, so it leads.
  const parts = [
    ...taken.lines,
    ...(interactions.length > 0 ? interactions.map((f) => f.text) : [noFindingText(medicines, lang)]),
    ...findings.filter((f) => f.kind === 'condition').map((f) => f.text),
    ...forChild.lines,
    unknown.length > 0 ? unknownMedicineText(unknown, lang) : undefined,
    ...notesFor(medicines, lang),
    pharmacistLine(lang),
  ];
  return {
    text: fitReply(lang, parts, careClosing(lang, ctx.emergencyNumber)),
    facts: { medicines: mergeMedicineFacts(ctx.state.facts.medicines, medicines) },
    sources: unique([...sourcesOf(findings, medicines), ...taken.sources, ...forChild.sources, ...careSources()]),
    topic: { medicines },
  };
}

function profileAnswer(ctx: TurnContext, medicine: string): HandlerResult {
  const profile = productProfile(medicine, ctx.lang);
  return {
    text: fitReply(ctx.lang, [...profile.lines, pharmacistLine(ctx.lang)], careClosing(ctx.lang, ctx.emergencyNumber)),
    facts: { medicines: mergeMedicineFacts(ctx.state.facts.medicines, [medicine]) },
    sources: unique([...profile.sources, ...careSources()]),
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function noFindingText(medicines: string[], lang: Lang): string | undefined {
  if (medicines.length < 2) return undefined;
  const list = joinList(
    medicines.map((m) => withIngredients(m, lang)),
    lang,
  );
  return lang === 'zh'
    ? `${list}没有查到重复成分或已知的相互作用。各按说明书吃，不要超量。`
    : `I found no shared ingredient or known interaction between ${list}. Take each as its label says, within the limits.`;
}

/** Product notes that matter when combining: hidden acetaminophen, "most cold medicines…", versions. */
function notesFor(medicines: string[], lang: Lang): string[] {
  return medicines
    .map((m) => catalog.products.get(m))
    .filter((p) => p?.note && (p.kind === 'category' || (p.mayContain?.length ?? 0) > 0 || p.prescriptionOnly))
    .map((p) => pick(p!.note!, lang));
}

function pharmacistLine(lang: Lang): string {
  return lang === 'zh'
    ? '有慢性病或在吃其他药，用药前请问药师或家庭医生。'
    : 'If you have a chronic illness or take other medicines, check with a pharmacist or family doctor first.';
}

function sourcesOf(findings: Finding[], medicines: string[]): string[] {
  const fromMedicines = medicines.flatMap(
    (m) =>
      catalog.products.get(m)?.sources ??
      catalog.ingredients.get(m)?.sources ??
      catalog.chronicGroups.get(m)?.sources ??
      [],
  );
  return [...findings.flatMap((f) => f.sources), ...fromMedicines];
}

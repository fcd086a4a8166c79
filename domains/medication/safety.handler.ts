import type { HandlerResult, IntentHandler, Lang, TurnContext } from '../../core/types';
import { catalog, medicineKind } from '../../knowledge/medicines/catalog';
import type { SafetyTopic } from '../../knowledge/medicines/types';
import { createPhraseMatcher } from '../../nlp/text/phrase-matcher';
import { fitReply, pick, unique } from '../../core/text';
import { doseHandler } from './dose.handler';
import { careClosing, careSources, medicinesInTurn } from './medicine-context';
import { asksDose, asksWhatIsIn, productProfile } from './product-profile';

/**
 * medication.safety: the seven points of the Hangzhou expert briefing plus storage and food/drink
 * rumours, each answerable on its own. Topics the message names come first. With none: a named
 * medicine is answered about (what is in it, or its dose when that is what is asked); otherwise a
 * numbered list to pick from, whose picked title comes back here as the answer.
 */
const MAX_TOPICS_PER_ANSWER = 2;
const SLOT_TOPIC = 'topic';
/** Topics whose answer is about what a medicine is for: the named product's own note helps there. */
const PRODUCT_NOTE_TOPICS = new Set(['indication', 'no-special-cure']);

const matcher = createPhraseMatcher(
  catalog.safetyTopics.map((t) => ({ id: t.id, phrases: [...t.match.zh, ...t.match.en, t.title.zh, t.title.en] })),
);

/** Topics by how many of their words the message uses; ties keep the briefing's order. */
function rankTopics(text: string): string[] {
  const counts = new Map<string, number>();
  for (const m of matcher.matchAll(text)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const order = catalog.safetyTopics.map((t) => t.id);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || order.indexOf(a) - order.indexOf(b));
}

/**
 * "抗原放车里晒了还能用吗": a test kit kept is the kits' storage answer instead of the medicines'; a kit named
 * without a storage question is no storage topic at all.
 */
function storageOf(ranked: string[], medicineNamed: boolean): string[] {
  if (!ranked.includes(KIT_STORAGE)) return ranked;
  if (!ranked.includes(STORAGE)) return ranked.filter((id) => id !== KIT_STORAGE);
  return medicineNamed ? ranked : ranked.filter((id) => id !== STORAGE);
}
const STORAGE = 'storage';
const KIT_STORAGE = 'kit-storage';

/** The topics offered in the numbered list (the briefing's points and storage). */
function menuTopics(): SafetyTopic[] {
  return catalog.safetyTopics.filter((t) => t.menu !== false);
}

export const safetyHandler: IntentHandler = (ctx) => {
  const picked = ctx.answering?.slot === SLOT_TOPIC ? pickedTopic(ctx.text, ctx.lang) : undefined;
  const medicines = medicinesInTurn(ctx).filter((m) => medicineKind(m) !== 'chronic');
  const topics = (picked ? [picked.id] : storageOf(rankTopics(ctx.text), medicines.length > 0))
    .slice(0, MAX_TOPICS_PER_ANSWER)
    .map((id) => catalog.safetyTopics.find((t) => t.id === id)!);
  if (topics.length === 0) {
    if (medicines.length > 0) return aboutMedicines(ctx, medicines);
    return overview(ctx.lang);
  }
  // "必理通一天最多吃几片" says 多吃 but asks for the dose of a named medicine: give the dose.
  if (
    medicines.length > 0 &&
    !picked &&
    topics.every((t) => t.id === 'dose-change') &&
    asksDose(ctx.text) &&
    !asksWhatIsIn(ctx.text)
  ) {
    return doseHandler({ ...ctx, intent: 'medication.dose' });
  }
  const profile = medicines.length > 0 && asksWhatIsIn(ctx.text) ? productProfile(medicines[0], ctx.lang) : undefined;
  const productNotes = topics.some((t) => PRODUCT_NOTE_TOPICS.has(t.id))
    ? medicines
        .map((m) => catalog.products.get(m))
        .filter((p) => p?.note)
        .map((p) => ({ text: pick(p!.note!, ctx.lang), sources: p!.sources }))
    : [];
  const antibiotic = antibioticNote(medicines, ctx.lang);
  return {
    text: fitReply(ctx.lang, [
      ...(antibiotic ? [antibiotic.text] : []),
      ...topics.map((t) => pick(t.text, ctx.lang)),
      ...(profile?.lines ?? []),
      ...productNotes.map((n) => n.text),
    ]),
    sources: unique([
      ...(antibiotic?.sources ?? []),
      ...topics.flatMap((t) => t.sources),
      ...(profile?.sources ?? []),
      ...productNotes.flatMap((n) => n.sources),
    ]),
  };
};

/** "能吃阿莫西林治新冠吗": the antibiotic's own "useless against viruses" leads the answer. */
function antibioticNote(medicines: string[], lang: Lang): { text: string; sources: string[] } | undefined {
  for (const m of medicines) {
    const ingredient =
      catalog.ingredients.get(m) ?? catalog.ingredients.get(catalog.products.get(m)?.ingredients[0]?.id ?? '');
    if (ingredient?.classes.includes('antibiotic') && ingredient.adult?.note)
      return { text: pick(ingredient.adult.note, lang), sources: ingredient.adult.sources };
    const product = catalog.products.get(m);
    if (m === 'antibiotics' && product?.note) return { text: pick(product.note, lang), sources: product.sources };
  }
  return undefined;
}

/** The picked choice's value is its title; a typed answer may also name the topic in its own words. */
function pickedTopic(text: string, lang: Lang): SafetyTopic | undefined {
  const t = text.trim();
  const byTitle = menuTopics().find(
    (topic) => pick(topic.title, lang) === t || topic.title.zh === t || topic.title.en === t,
  );
  if (byTitle) return byTitle;
  const ranked = rankTopics(text)[0];
  return ranked ? catalog.safetyTopics.find((topic) => topic.id === ranked) : undefined;
}

/**
 * "泰诺林安全吗" / "What is in Theraflu?" / "What is the most Advil in a day?" with no safety
 * topic: answer about the medicine named instead of offering a menu.
 */
function aboutMedicines(ctx: TurnContext, medicines: string[]): HandlerResult | Promise<HandlerResult> {
  if (asksDose(ctx.text) && !asksWhatIsIn(ctx.text)) return doseHandler({ ...ctx, intent: 'medication.dose' });
  const profiles = medicines.slice(0, 2).map((m) => productProfile(m, ctx.lang));
  return {
    text: fitReply(
      ctx.lang,
      profiles.flatMap((p) => p.lines),
      careClosing(ctx.lang, ctx.emergencyNumber),
    ),
    sources: unique([...profiles.flatMap((p) => p.sources), ...careSources()]),
  };
}

function overview(lang: Lang): HandlerResult {
  const topics = menuTopics();
  return {
    text:
      lang === 'zh'
        ? '用药安全有这几条要点，您想了解哪一条？'
        : 'Medicine safety: which of these points would you like to hear about?',
    choices: topics.map((t, i) => ({ id: String(i + 1), label: pick(t.title, lang), value: pick(t.title, lang) })),
    pending: { intent: 'medication.safety', slot: SLOT_TOPIC },
    sources: unique(topics.flatMap((t) => t.sources)),
  };
}

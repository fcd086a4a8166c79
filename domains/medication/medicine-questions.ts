import type { Entities, Facts, IntentId, Lang } from '../../core/types';
import type { MedicineQuestions, ProfileReading } from '../../conversation/profile.port';
import { catalog, medicineKind } from '../../knowledge/medicines/catalog';
import { findMedicineSpans, findMedicines } from '../../nlp/entities/medicines';
import { createPhraseMatcher, normalizeText } from '../../nlp/text/phrase-matcher';
import { EN_NUM, NUM, parseAnyNumber } from '../../nlp/text/numerals';
import { CHILD_MAX_AGE, findConditions } from './conditions';
import { asksDose, asksWhatIsIn } from './product-profile';
import { followUpOf } from './follow-ups';
import { namesChildrensProduct } from './person';

/**
 * What the medicine domain reads from every message for the person's profile, and which messages
 * are medicine questions by their shape, whatever the classifier heard.
 */

/** Conditions that describe a person rather than an illness: kept as age and pregnancy instead. */
const PERSON_CONDITIONS = new Set(['child', 'elderly', 'pregnancy', 'breastfeeding']);
/** Drinking is a condition only when it is a habit; "能喝酒吗" is a question. */
const HABITUAL = /每天|天天|经常|常常|长期|每晚|每顿|every day|daily|regularly|most days|a lot|heavily|every night/i;
const ALCOHOL = /酒|\b(?:alcohol|beers?|wines?|pints?|liquor|spirits|shots?|drinks?|drinking)\b/i;
/** An age group asked about, not one person's age: "两岁以下", "不满6个月", "kids under 2", "under-twos". */
const AGE_GROUP =
  /(?:\d{1,2}|[一二两三四五六])(?:个月|岁|周岁)(?:以下|以内|之前)|不(?:满|到)(?:\d{1,2}|[一二两三四五六])(?:个月|岁|周岁)|\b(?:kids|children|babies|toddlers|infants|little ones)\b[^.?]{0,6}\bunder (?:\d{1,2}|one|two|three|four|six)\b|\bunder[- ](?:\d{1,2}|one|two|three|six)s\b/i;
/** Whether it is safe or all right, asked of a medicine: "is X alright", "does it go into the milk", "会影响吗". */
const SAFE_ASKED =
  /安全|影响|伤肝|伤肾|没事吧|要紧|\b(?:safe|alright|all right|ok|okay|fine|go(?:es)? into (?:the |my |breast ?)?milk|pass(?:es)? into)\b/i;
/** "每天吃阿司匹林护心", "a baby aspirin every day": aspirin as a regular heart medicine. */
const REGULAR_ASPIRIN =
  /(?:每天|长期|一直|天天|daily|every day|regular).{0,12}(?:阿司匹林|拜阿司匹|aspirin)|(?:阿司匹林|aspirin).{0,12}(?:护心|心脏|预防|daily|every day|for my heart|heart)|baby aspirin|low[- ]dose aspirin|拜阿司匹/i;
const TAKEN_VERB =
  /已经吃了|已经服了|已经吃过|刚吃了|刚才吃了|刚吃过|吃过了|吃了|服了|\b(?:took|have taken|i've taken|had|taken|gave (?:him|her|them))\b/i;
const COUNT_ZH = new RegExp(`(${NUM})\\s*(?:片|粒|颗|袋|包|支|毫升|ml)`, 'i');
const COUNT_EN = new RegExp(
  // "2 hrs ago", "3 days": a number of hours or days is no count of tablets.
  `\\b(${EN_NUM}|a couple of|two)\\s+(?!(?:hours?|hrs?|h|mins?|minutes?|days?|weeks?|am|pm|kg|degrees?)\\b)(?:tablets?|caplets?|pills?|capsules?|sachets?|doses?|ml\\b)?`,
  'i',
);
const HOURS_AGO = new RegExp(
  `(${NUM}|${EN_NUM})\\s*(?:个)?\\s*(?:小时|钟头|个钟|hours?|hrs?)\\s*(?:前|之前|以前|了|ago)`,
  'i',
);
const HALF_HOUR_AGO = /半小时前|半个小时前|half an hour ago/i;
/** "能吃…吗", "can she take…": asking whether a medicine suits the person. */
const CAN_TAKE =
  /能不能|能否|可不可以|可以吃|能吃|能用|能给|可以给|can (?:i|he|she|we|they|you|my)\b|is it (?:ok|safe|okay)|should (?:i|he|she)|what should/i;
/** A message that only states who someone is ("我妈85岁", "my mum is 85"): no question asked. */
const QUESTION = /[?？吗呢么]|怎么|多少|几|能不能|可以|\b(?:what|how|can|could|should|is it|which|when|why|do|does)\b/i;

/** Together, in Mandarin, Cantonese (一齐, 同埋) and English, or taken with the person's own medicines. */
const TOGETHER =
  /一起|同时|一块|一齐|同埋|together|at the same time|with each other|\balongside\b|\bwith (?:my|his|her|their|our|the) (?:[\w-]+ ){0,3}(?:meds|medicines?|medication|pills|tablets|drugs|inhalers?|syrup)\b/i;
/**
 * "吃什么药比较安全", "which cold medicine is safest for her": a choice of medicine for the person, a
 * condition question, whatever medicine or habit the person takes alongside.
 */
const WHICH_MEDICINE =
  /(?:吃|用|选|能吃|可以吃|能用)(?:什么|啥|哪种|哪个|哪些|哪一种)(?:药|退烧药|感冒药|止咳药)|(?:退烧|止咳|止痛|发烧|感冒|咳嗽)(?:的话)?(?:吃|用|选)(?:什么|啥|哪种|哪个)(?:比较|最)?(?:好|合适|安全)|\bwhat (?:should|can|could|do) (?:i|he|she|we|they) (?:use|take|have|give (?:him|her|them))\b[^.?]{0,12}\bfor (?:a |the |my |his |her |their |these |this )?(?:covid |high )?(?:fever|temperature|aches|pain|headache|cough|cold|sore throat)\b|(?:什么|啥|哪种|哪个|哪些)(?:药|退烧药|感冒药|止咳药)(?:比较|最)?(?:安全|好|合适|能吃|可以)|\bwhich(?: \w+){0,2} (?:medicines?|meds?|medication|painkillers?|tablets|reducers?|remed(?:y|ies)|syrups?)\b|\bwhat(?: \w+){0,2} (?:medicines?|meds?|medication|painkillers?|tablets|reducers?|remed(?:y|ies)|syrups?)\b[^.?]{0,40}\b(?:safe|safest|ok|okay|best|better|gentlest|suitable|should (?:she|he|i|they|we) (?:take|use|have)|can (?:she|he|i|they|we) (?:take|have))\b|\bwhat can (?:a|an|my|our|the|she|he|i|they|we)\b[^.?]{0,30}\b(?:take|have|use|be given)\b|\bany(?: [\w-]+){0,3} (?:medicines?|meds?|medication|painkillers?|tablets|reducers?|remed(?:y|ies)|syrups?|lozenges)\b[^.?]{0,30}\b(?:safe|ok|okay|fine|suitable|good|alright|all right)\b[^.?]{0,6}\bfor (?:me|him|her|them|us|someone|a|an|my|his|her)\b|有没有(?:[^，。？?]{0,8})(?:适合|能吃|可以吃|能用|可以用)(?:[^，。？?]{0,6})(?:药|糖浆|止咳药|退烧药|感冒药)/i;
/**
 * "长期吃华法林的，发烧了能不能用布洛芬", "on warfarin and now a fever, can I use ibuprofen?": a fever medicine
 * asked for a symptom beside a regular medicine, without asking to add one to the other, is a choice of
 * medicine for the person (a condition question); "还能加", "too", "with it" ask about the pair.
 */
const FOR_A_SYMPTOM =
  /发烧|发热|退烧|烧到|体温|咳嗽|头疼|头痛|嗓子疼|喉咙痛|浑身疼|肌肉酸痛|\bfor (?:a |the |my |his |her |their |these |this |covid )*(?:fever|temperature|aches|pain|headache|cough|cold|sore throat)\b|\b(?:got|has|have|running) a (?:fever|temperature)\b/i;
const PAIR_ASKED =
  /还能|还可以|再加|加上|加吃|加用|能加|冲突|相互作用|相克|跟它|和它|同它|\b(?:too|also|as well|add|adding|on top of|mix|mixing|interacts?|clash|with it|with them)\b/i;

/**
 * "吃了就退，过几个小时又烧起来", "meds only work for a few hours": a fever that comes back after the
 * medicine is a symptom to manage (and a reason to see someone), not a dose question.
 */
const FEVER_RETURNS =
  /又烧|又发烧|又烧起来|烧又上来|退了又|反复(?:发烧|烧)|药效(?:一)?过|\b(?:only|just) (?:works?|helps?|lasts?|last)\b|\bwears? off\b|\bkeeps? (?:coming|going) (?:back|up)\b|\bcomes? back (?:up )?after\b/i;
const FEVER = /烧|发热|体温|fever|temperature|\btemp\b/i;
/** A dose asked in so many words: the fever story above still wants the dose then. */
const DOSE_ASKED =
  /吃多少|吃几片|几片|几粒|多少毫升|多少毫克|剂量|用量|how much|how many (?:tablets|pills|ml|mg)|\bdose\b|\bdosage\b/i;
/** A treatment that says who the person is, though no condition of the catalogue names it. */
const TREATMENT =
  /化疗|放疗|透析|移植|靶向药|免疫抑制|\b(?:chemo(?:therapy)?|radiotherapy|dialysis|transplant|immunosuppress\w*)\b/i;

/** Intents that cannot be what a message naming a fever or cold medicine is about. */
const MISHEARD = new Set<IntentId>([
  'service.doctor',
  'isolation.release',
  'isolation.home',
  'greeting',
  'goodbye',
  'fallback',
]);

/**
 * "how should I keep the opened syrup", "抗原放车里晒了一天还能用吗": how a medicine or a test kit is kept is a
 * safety question (its storage answer), whatever dose or request words are around it. The storage words
 * are the storage topic's own (knowledge/medicines/safety-topics.json).
 */
const KIT =
  /抗原|试剂|检测盒|测试盒|血氧仪|体温计|\b(?:test kits?|antigen|lateral flow|rapid tests?|self-tests?|oximeter|thermometer)\b/i;
const STORAGE_HEARD = new Set<IntentId>([
  ...MISHEARD,
  'medication.dose',
  'medication.combination',
  'medication.condition',
  'symptom.advice',
  'service.status',
  'clinic.find',
]);

/**
 * "took paracetamol 2 hrs ago, can I have another now?", "退烧药吃了四个钟头了能不能再吃一次": taken already and
 * asking for the next one is a dose question (how long between doses), not a menu or a condition.
 */
const AGAIN =
  /再吃一次|再吃一[片粒颗包袋]|再加一[片粒颗包袋]|再吃|再加|再来一[片粒颗次]|还能吃|还可以吃|\banother (?:one|dose|tablet|pill|capsule|sachet)\b|\b(?:take|have|give) (?:him |her |them )?another\b|\b(?:take|have|give) (?:him |her |them )?(?:some )?more\b|\b(?:take|have|give|use)\b[^.?]{0,15}\bagain\b|\bre-?dose\b|\btop (?:him |her |them )?up\b|\bnext dose\b/i;
const TAKEN_AGO = new RegExp(
  `${TAKEN_VERB.source}|(?:${NUM}|${EN_NUM}|半)\\s*(?:个)?\\s*(?:小时|钟头|钟|hours?|hrs?|h)\\s*(?:前|之前|以前|了|ago)`,
  'i',
);

export function asksAgainAfterTaking(text: string): boolean {
  return AGAIN.test(text) && TAKEN_AGO.test(text);
}

/**
 * "do I take all 3 pills together?", "这三片要一起吃吗": the units of one medicine taken together is how to
 * take it (a dose question), not a pair of medicines.
 */
const UNITS_TOGETHER = new RegExp(
  `(?:${NUM}|几|这|那)\\s*(?:片|粒|颗|袋)[^，。？?]{0,4}(?:一起|同时|一块)|\\b(?:all|both|the)(?: (?:${EN_NUM}|\\d+))?(?: [a-z-]+)? (?:pills|tablets|capsules|caplets)\\b[^.?]{0,12}\\b(?:together|at once|at the same time)\\b|\\b(?:${EN_NUM}|\\d+) (?:pills|tablets|capsules) (?:together|at once|at the same time)\\b`,
  'i',
);

/** Intents a medicine question may be taken from: the classifier misheard these for medicine questions. */
const OVERRIDABLE = new Set<IntentId>([
  'medication.dose',
  'medication.combination',
  'medication.condition',
  'medication.safety',
  'service.doctor',
  'symptom.advice',
  'isolation.release',
  'isolation.home',
  'greeting',
  'goodbye',
  'fallback',
]);

export function readProfile(text: string, _lang: Lang, entities: Entities): ProfileReading {
  const medicines = entities.medicines?.length ? entities.medicines : findMedicines(text);
  const conditions = findConditions(text, entities, medicines).filter(
    (c) => !PERSON_CONDITIONS.has(c) && (c !== 'alcohol' || HABITUAL.test(text)),
  );
  const regular = medicines.filter((m) => medicineKind(m) === 'chronic');
  if (REGULAR_ASPIRIN.test(text)) regular.push('bayaspirin');
  return { conditions, regularMedicines: [...new Set(regular)], taken: takenIn(text, regular) };
}

/** "已经吃了两片泰诺林", "I took 2 Tylenol 3 hours ago": medicines after a "took" verb, with how many. */
function takenIn(text: string, regular: readonly string[]): ProfileReading['taken'] {
  const t = normalizeText(text);
  const verb = TAKEN_VERB.exec(t);
  if (!verb) return [];
  const after = t.slice(verb.index);
  // The part of the sentence about what was taken: up to the question ("还能吃…", "can I…").
  const clause = after.split(
    /还能|还可以|再吃|能不能|可以吃|能吃|[，,。.;；?？]\s*(?:can|could|is|should|what)\b|\b(?:can|could|should) i\b/i,
  )[0];
  const own = (found: ReturnType<typeof findMedicineSpans>) =>
    found.filter((s) => !regular.includes(s.id) && medicineKind(s.id) !== 'chronic');
  // "布洛芬吃了四个钟头了": the medicine may come before the verb, in the same clause.
  const before =
    t
      .slice(0, verb.index)
      .split(/[，,。.;；?？!！]/)
      .pop() ?? '';
  const spans =
    own(findMedicineSpans(clause)).length > 0 ? own(findMedicineSpans(clause)) : own(findMedicineSpans(before));
  if (spans.length === 0) return [];
  const count = COUNT_ZH.exec(clause) ?? COUNT_EN.exec(clause);
  const units = count ? (parseAnyNumber(count[1]) ?? (/couple|two/.test(count[1]) ? 2 : undefined)) : undefined;
  const hours = HALF_HOUR_AGO.test(t) ? 0.5 : hoursAgo(t);
  return [
    {
      medicine: spans[0].id,
      ...(units !== undefined ? { units } : {}),
      ...(hours !== undefined ? { hoursAgo: hours } : {}),
    },
  ];
}

function hoursAgo(t: string): number | undefined {
  const m = HOURS_AGO.exec(t);
  return m ? parseAnyNumber(m[1]) : undefined;
}

function isChild(facts: Facts): boolean {
  const subject = facts.subject;
  const age = subject ? facts.people?.[subject]?.ageYears : undefined;
  return subject === 'child' || (age !== undefined && age < CHILD_MAX_AGE);
}

export function routeMedicineQuestion(
  text: string,
  _lang: Lang,
  entities: Entities,
  facts: Facts,
  heard: IntentId,
  unsure = false,
): IntentId | undefined {
  if (asksStorage(text, entities) || asksExpiry(text, entities))
    return heard === 'medication.safety' || !STORAGE_HEARD.has(heard) ? undefined : 'medication.safety';
  // "她78了，平常吃降压药还有他汀", heard unsurely: who the medicine is for, told in answer to "what can she take".
  if (unsure && statesProfile(text, entities) && !OVERRIDABLE.has(heard)) return 'medication.condition';
  // "took ibuprofen 5 hours ago, can he have another?" is no request asked after, whatever the classifier heard.
  const again = asksAgainAfterTaking(text);
  if (!OVERRIDABLE.has(heard) && !(again && heard === 'service.status')) return undefined;
  if (FEVER_RETURNS.test(text) && FEVER.test(text) && !DOSE_ASKED.test(text) && !CAN_TAKE.test(text))
    return heard === 'symptom.advice' ? undefined : 'symptom.advice';
  const named = entities.medicines?.length ? entities.medicines : findMedicines(text);
  // "低剂量阿司匹林护心", "baby aspirin every day": aspirin as the person's regular heart medicine.
  const regularAspirin = REGULAR_ASPIRIN.test(text);
  const kinds = named.map((m) => ({ m, kind: regularAspirin && isAspirin(m) ? 'chronic' : medicineKind(m) }));
  const forFever = kinds.filter((k) => k.kind !== 'chronic' && (k.kind !== 'category' || k.m === 'fever-reducer'));
  const specific = kinds.filter((k) => k.kind !== 'chronic' && k.kind !== 'category');
  const chronic = kinds.filter((k) => k.kind === 'chronic');
  const medicineHeard = heard.startsWith('medication.');
  const whichAsked = WHICH_MEDICINE.test(text);
  if (forFever.length === 0) {
    // "What is the most she can have in a day?" after a medicine was named.
    const earlier = (facts.medicines ?? []).filter((m) => medicineKind(m) !== 'chronic');
    // "Is it one sachet or two each time?", unsure: a dose asked of the medicine to be named.
    if (named.length === 0 && (earlier.length > 0 || unsure) && asksDose(text)) return 'medication.dose';
    // "我爸85岁有心衰，吃什么药比较安全": which medicine suits the person described; beside a regular
    // medicine ("每天吃小剂量阿司匹林的人，退烧用什么好") whatever medicine intent was heard.
    if (whichAsked && chronic.length > 0) return heard === 'medication.condition' ? undefined : 'medication.condition';
    if (whichAsked && (!medicineHeard || unsure) && (describes(text, entities) || TREATMENT.test(text)))
      return 'medication.condition';
    // "do kids under 2 get cough syrup?": whether a kind of medicine suits an age group.
    if (named.length > 0 && AGE_GROUP.test(text) && QUESTION.test(text))
      return heard === 'medication.condition' && !unsure ? undefined : 'medication.condition';
    // "his adhd meds with the kids' cold medicine": a pair, even when one half is not in the catalogue.
    if (named.length > 0 && TOGETHER.test(text) && !whichAsked) return 'medication.combination';
    const social = heard === 'greeting' || heard === 'goodbye' || heard === 'fallback';
    return social && statesProfile(text, entities) ? 'medication.condition' : undefined;
  }
  if (asksWhatIsIn(text)) return medicineHeard ? undefined : 'medication.safety';
  // A drink with a medicine ("吃了泰诺林能喝酒吗", "a beer while on paracetamol") is a pair to check.
  if (ALCOHOL.test(text) && !HABITUAL.test(text)) return whichAsked ? 'medication.condition' : 'medication.combination';
  const oneTakenTogether = forFever.length === 1 && chronic.length === 0 && UNITS_TOGETHER.test(text);
  if (forFever.length >= 2 || (TOGETHER.test(text) && !oneTakenTogether)) return 'medication.combination';
  // Paxlovid with a statin, ibuprofen with warfarin: a pair. "On warfarin, which painkiller?" is a choice,
  // and so is a regular medicine named only by its kind ("I'm on blood thinners, can I take…").
  if (chronic.length > 0) {
    // Asked for a symptom, it is a choice when the regular medicine has a condition's guidance to answer from
    // (warfarin: blood thinners); a daily aspirin has none, and its pair answer says what to use instead.
    const guided = findConditions(text, entities, named).some((c) => !PERSON_CONDITIONS.has(c));
    const forSymptom = guided && FOR_A_SYMPTOM.test(text) && !PAIR_ASKED.test(text);
    const choice = whichAsked || namedByKindOnly(text) || forSymptom;
    return choice ? 'medication.condition' : 'medication.combination';
  }
  if (again || oneTakenTogether) return heard === 'medication.dose' && !unsure ? undefined : 'medication.dose';
  // "breastfeeding, is paracetamol alright?", "liver cirrhosis, how much tylenol is safe if any?", "在化疗，能吃布洛芬吗",
  // "两岁以下能用美林吗": whether the medicine suits someone a condition, a treatment or an age group describes
  // is the condition's answer, even when a dose is asked with it.
  const situation =
    entities.breastfeeding === true ||
    entities.pregnant === true ||
    // A treatment alone does not overrule a medicine question heard surely ("我在做化疗，能吃Paxlovid吗": its own answer).
    (TREATMENT.test(text) && (unsure || !medicineHeard)) ||
    AGE_GROUP.test(text) ||
    findConditions(text, entities, named).some((c) => !PERSON_CONDITIONS.has(c));
  if (situation && (CAN_TAKE.test(text) || SAFE_ASKED.test(text)))
    return heard === 'medication.condition' && !unsure ? undefined : 'medication.condition';
  if (asksDose(text)) return heard === 'medication.safety' ? undefined : 'medication.dose';
  // "是美林", "能吃泰诺林吗" about a child: the child's dose of that medicine.
  // "一岁宝宝可以用布洛芬吗", the child described in this very question, stays a condition question.
  const describedNow = (entities.ages?.length ?? 0) > 0 || entities.weightKg !== undefined;
  // "还在喂奶，吃…会影响宝宝吗": the baby is the one nursed; the medicine is the mother's.
  const mothers = entities.breastfeeding === true || entities.pregnant === true;
  const forAChild = !mothers && (isChild(facts) || namesChildrensProduct(specific.map((k) => k.m)));
  if (forAChild && specific.length > 0 && !(heard === 'medication.condition' && describedNow)) return 'medication.dose';
  // "我在做化疗，现在阳了还低烧，能吃Paxlovid吗", heard unsurely between medicine and symptom answers: whether the
  // medicine suits someone described (a condition or a treatment) is a condition question, not a menu.
  const suitsSomeone = unsure && CAN_TAKE.test(text) && (describes(text, entities) || TREATMENT.test(text));
  if (medicineHeard && !suitsSomeone) return undefined;
  if (suitsSomeone) return 'medication.condition';
  if (CAN_TAKE.test(text)) {
    const known = facts.people?.[facts.subject ?? 'self'];
    const described =
      !!known && (known.ageYears !== undefined || known.pregnant || (known.conditions?.length ?? 0) > 0);
    return described || findConditions(text, entities, named).length > 0 ? 'medication.condition' : 'medication.dose';
  }
  // A medicine named to a classifier that heard no question about it: how to take it.
  return unsure || MISHEARD.has(heard) ? 'medication.dose' : undefined;
}

function isAspirin(id: string): boolean {
  const product = catalog.products.get(id);
  return id === 'aspirin' || (product?.ingredients.length === 1 && product.ingredients[0].id === 'aspirin');
}

const storageTopic = catalog.safetyTopics.find((t) => t.id === 'storage');
const storageWords = createPhraseMatcher(
  storageTopic ? [{ id: 'storage', phrases: [...storageTopic.match.zh, ...storageTopic.match.en] }] : [],
);

function asksStorage(text: string, entities: Entities): boolean {
  if (storageWords.ids(text).length === 0) return false;
  return namesOwnMedicine(text, entities) || KIT.test(text);
}

/**
 * "the bottle says exp 10/23, is it fine", "这盒布洛芬过期了还能吃吗": a medicine's date asked about is its
 * expiry answer. The expiry words are the expiry topic's own; the medicine is named or its pack is.
 */
const PACK = /药盒|药瓶|瓶子|盒子|包装|说明书|\b(?:bottle|box|pack|packet|label|syrup|tablets|pills|medicine|meds)\b/i;
const expiryTopic = catalog.safetyTopics.find((t) => t.id === 'expiry');
const expiryWords = createPhraseMatcher(
  expiryTopic ? [{ id: 'expiry', phrases: [...expiryTopic.match.zh, ...expiryTopic.match.en] }] : [],
);

function asksExpiry(text: string, entities: Entities): boolean {
  if (expiryWords.ids(text).length === 0) return false;
  return namesOwnMedicine(text, entities) || PACK.test(text) || KIT.test(text);
}

/** A fever or cold medicine named (not a regular one: "降压药过期了" is still about that medicine). */
function namesOwnMedicine(text: string, entities: Entities): boolean {
  const named = entities.medicines?.length ? entities.medicines : findMedicines(text);
  return named.some((m) => medicineKind(m) !== 'chronic');
}

/** "降压药", "blood thinners", "statins": a kind of regular medicine, not one medicine by its name. */
const KIND_OF_MEDICINE = /(?:药|类)$|\b(?:medicines?|medications?|pills|tablets|thinners?|statins)$/i;

function namedByKindOnly(text: string): boolean {
  const t = normalizeText(text);
  const chronic = findMedicineSpans(text).filter((s) => medicineKind(s.id) === 'chronic');
  return chronic.length > 0 && chronic.every((s) => KIND_OF_MEDICINE.test(t.slice(s.start, s.end)));
}

/** An age, a weight, a pregnancy or a condition said in the message: someone a medicine must suit. */
function describes(text: string, entities: Entities): boolean {
  return (
    (entities.ages?.length ?? 0) > 0 ||
    entities.weightKg !== undefined ||
    entities.pregnant === true ||
    findConditions(text, entities).length > 0
  );
}

/** "我妈85岁", "我有肝病，每天都喝酒", "I'm 24 weeks pregnant": who the medicine will be for. */
function statesProfile(text: string, entities: Entities): boolean {
  if (QUESTION.test(text)) return false;
  return (
    (entities.ages?.length ?? 0) > 0 ||
    entities.weightKg !== undefined ||
    entities.pregnant === true ||
    findConditions(text, entities).some((c) => !PERSON_CONDITIONS.has(c))
  );
}

export const medicineQuestions: MedicineQuestions = {
  read: readProfile,
  route: routeMedicineQuestion,
  followUp: followUpOf,
};

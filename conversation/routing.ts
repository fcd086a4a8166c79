import { INTENT_LABELS, MESSAGES, say } from '../core/messages';
import type { Choice, Classification, ConversationState, IntentId, Lang, PendingQuestion } from '../core/types';

/** Choice values that route straight to an intent, carrying the words the person first used. */
const INTENT_CHOICE = '@intent:';
const CLARIFY_SLOT = 'clarify';
/** A follow-up answer is taken as a new question only when the classifier is this sure of it. */
const SWITCH_CONFIDENCE = 0.85;
const MISSES_BEFORE_HUMAN = 2;
/** Words that take up a form left open (after an emergency or another question). */
const RESUME = /^\s*(继续|接着|继续申请|继续办|接着办|接着申请|continue|resume|go on|carry on)\s*[。.!！]*\s*$/i;

/**
 * Below this top classifier score the engine asks a clarifying question instead of answering.
 *
 * Scores are normalised over intents (they sum to 1). Measured on 5-fold cross-validation of
 * the corpus (3,491 predictions; `npx tsx scripts/eval-intents.ts --cv=5`):
 *   < 0.5 catches 19 % of the errors and turns 1.0 % of correct answers into a question,
 *   < 0.6 catches 37 % for 3.3 %,  < 0.7 catches 53 % for 6.9 %.
 * Above 0.6 each extra error caught costs two to three needless questions. A wrong answer on a
 * health line costs more than one clarifying turn (which can offer the runner-up intents as
 * choices), so 0.6. Held-out set: 11 of 22 errors caught, 16 of 590 correct answers questioned.
 */
export const LOW_CONFIDENCE = 0.6;

export type Route =
  | { kind: 'handler'; intent: IntentId; text: string; answering?: PendingQuestion }
  | { kind: 'clarify'; choices: Choice[] }
  | { kind: 'possible-emergency' };

/** "2" on SMS or voice means the second choice offered last turn. */
export function resolveChoice(text: string, state: ConversationState): Choice | undefined {
  const trimmed = text.trim().replace(/[。.!！]$/, '');
  return state.lastChoices?.find((c) => c.id === trimmed || c.label === trimmed);
}

export function decideRoute(
  text: string,
  picked: Choice | undefined,
  cls: Classification,
  state: ConversationState,
): Route {
  if (picked?.value.startsWith(INTENT_CHOICE)) {
    const intent = picked.value.slice(INTENT_CHOICE.length) as IntentId;
    const original = state.pending?.slot === CLARIFY_SLOT ? String(state.pending.data?.text ?? '') : '';
    return { kind: 'handler', intent, text: original };
  }
  const pending = state.pending;
  if (
    pending &&
    pending.slot !== CLARIFY_SLOT &&
    (pending.answerFirst ? !heardEmergency(cls) : !isNewQuestion(cls, pending, text))
  ) {
    return { kind: 'handler', intent: pending.intent, text, answering: pending };
  }
  if (state.form && RESUME.test(text)) return { kind: 'handler', intent: state.form.intent, text };
  if (cls.intent === 'emergency') return { kind: 'possible-emergency' };
  if (cls.score < LOW_CONFIDENCE && !oneDomain(cls) && !outOfScope(cls)) return { kind: 'clarify', choices: [] };
  return { kind: 'handler', intent: cls.intent, text };
}

/**
 * Unsure between two intents of one domain (a dose or a condition question about the same medicine,
 * transport or a doctor for the same story) is not unsure what the person asks about: that domain's
 * answer is given, not a menu. Service requests are one domain; asking after one is another.
 */
/**
 * Out of scope as the best guess: the fallback answer already says what the hotline can do. A menu of
 * the runner-ups would pull a hotel refund into "when isolation ends" for one shared word.
 */
const OUT_OF_SCOPE_SURE = 0.4;

function outOfScope(cls: Classification): boolean {
  return cls.intent === 'fallback' && cls.score >= OUT_OF_SCOPE_SURE;
}

const ONE_DOMAIN_TOP = 0.45;
const ONE_DOMAIN_BOTH = 0.75;

function oneDomain(cls: Classification): boolean {
  const second = cls.alternatives[0];
  if (!second || cls.score < ONE_DOMAIN_TOP || cls.score + second.score < ONE_DOMAIN_BOTH) return false;
  const domain = domainOf(cls.intent);
  return domain !== undefined && domain === domainOf(second.intent);
}

function domainOf(intent: IntentId): string | undefined {
  if (intent.startsWith('medication.')) return 'medication';
  if (intent.startsWith('isolation.')) return 'isolation';
  if (intent === 'service.drug_delivery' || intent === 'service.transport' || intent === 'service.doctor')
    return 'request';
  return undefined;
}

/** Even a question that sees the next message first gives way when the classifier is sure it hears an emergency. */
function heardEmergency(cls: Classification): boolean {
  return cls.intent === 'emergency' && cls.score >= SWITCH_CONFIDENCE;
}

/**
 * An answer to a follow-up ("12月20日", "泰诺") often looks out of scope on its own, so only a
 * confident, in-scope different intent counts as the person changing the subject.
 */
function isNewQuestion(cls: Classification, pending: PendingQuestion, text: string): boolean {
  if (SOCIAL.has(cls.intent) && (ACKNOWLEDGEMENT.test(text) || /\d|[一二两三四五六七八九十]/.test(text))) return false;
  return cls.intent !== pending.intent && cls.intent !== 'fallback' && cls.score >= SWITCH_CONFIDENCE;
}

/**
 * "好的，14公斤", "嗯嗯", "2" after a question are answers to it, however much they look like a
 * greeting or a goodbye; "谢谢，再见" still ends the question.
 */
const SOCIAL = new Set<IntentId>(['greeting', 'goodbye']);
const ACKNOWLEDGEMENT = /^\s*(?:嗯+|恩+|好+的?|对|是的?|行|可以|ok(?:ay)?|yes|yeah|yep|sure)[\s,，。.!！~]*$/i;

/**
 * "hi I need some meds delivered", "你好，请问布洛芬怎么吃": the greeting in front is not the question.
 * The classifier reads what follows it; a greeting alone stays a greeting.
 */
const LEADING_GREETING =
  /^\s*(?:(?:你好|您好|喂|哈喽|哈啰|嗨|在吗|hi|hello|hey|hiya|good (?:morning|afternoon|evening))(?![a-z])[\s,，。.!！~]*)+/i;

export function withoutGreeting(text: string): string {
  const rest = text.replace(LEADING_GREETING, '');
  return /[\p{Script=Han}A-Za-z]/u.test(rest) ? rest : text;
}

/**
 * A medicine question about a pet ("我家狗狗能吃布洛芬吗") is not a human dose question: out of scope.
 * Only the animal as the one who would take it counts; "宠物会不会传染" stays an isolation question.
 */
const ANIMAL_TAKES =
  /(?:狗|猫|宠物|兔子|鹦鹉)[^，。？?]{0,8}(?:能|可以|可不可以|能不能)?(?:吃|喂|用)|(?:给|喂)(?:我家)?(?:的)?(?:狗|猫|宠物)|\b(?:my|our|the) (?:dog|cat|puppy|kitten|pet|rabbit)\b[^.?]{0,40}\b(?:have|take|give|eat)\b|\b(?:give|feed) (?:my|our|the) (?:dog|cat|puppy|kitten|pet|rabbit)\b|\b(?:give|feed) (?:him|her|it)\b[^.?]{0,30}\b(?:dog|cat|pet)\b/i;

export function isForAnAnimal(text: string): boolean {
  return ANIMAL_TAKES.test(text);
}

export function clarifyChoices(cls: Classification, lang: Lang): Choice[] {
  const candidates = [cls, ...cls.alternatives]
    .map((c) => c.intent)
    .filter((intent) => INTENT_LABELS[intent])
    .slice(0, 3);
  const choices = candidates.map((intent, i) => ({
    id: String(i + 1),
    label: INTENT_LABELS[intent]![lang],
    value: INTENT_CHOICE + intent,
  }));
  choices.push({ id: '0', label: say(MESSAGES.humanChoice, lang), value: INTENT_CHOICE + 'human.agent' });
  return choices;
}

export function clarifyPending(text: string): PendingQuestion {
  return { intent: 'fallback', slot: CLARIFY_SLOT, data: { text } };
}

export function shouldOfferHuman(misses: number): boolean {
  return misses >= MISSES_BEFORE_HUMAN;
}

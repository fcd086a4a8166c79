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
  formAnswer = false,
): Route {
  if (picked?.value.startsWith(INTENT_CHOICE)) {
    const intent = picked.value.slice(INTENT_CHOICE.length) as IntentId;
    const original = state.pending?.slot === CLARIFY_SLOT ? String(state.pending.data?.text ?? '') : '';
    return { kind: 'handler', intent, text: original };
  }
  const pending = state.pending;
  // "医生问体重多少？", "how many days? asked the bot": the person reads back the question just asked, before
  // answering it. That question stays the one waiting (or the conversation's subject stays the subject).
  if (!picked && relaysQuestion(text) && !heardEmergency(cls)) {
    if (pending && pending.slot !== CLARIFY_SLOT)
      return { kind: 'handler', intent: pending.intent, text, answering: pending };
    if (!pending && state.subjectIntent) return { kind: 'handler', intent: state.subjectIntent, text };
  }
  // "那隔离呢", "and isolation?": the same conversation turned to another subject, asked about now.
  const switched = picked ? undefined : subjectSwitch(text);
  if (switched && !pending?.answerFirst && !heardEmergency(cls)) return { kind: 'handler', intent: switched, text };
  if (
    pending &&
    pending.slot !== CLARIFY_SLOT &&
    (pending.answerFirst ? !heardEmergency(cls) : formAnswer || !isNewQuestion(cls, pending, text))
  ) {
    return { kind: 'handler', intent: pending.intent, text, answering: pending };
  }
  if (state.form && RESUME.test(text)) return { kind: 'handler', intent: state.form.intent, text };
  // "ok 13912345678" after another question was answered in the middle of a request: the form's details.
  if (state.form && formAnswer && !pending && !heardEmergency(cls))
    return { kind: 'handler', intent: state.form.intent, text };
  if (cls.intent === 'emergency') return { kind: 'possible-emergency' };
  if (!pending && isBareOpening(text)) return { kind: 'handler', intent: 'greeting', text };
  if (cls.score < LOW_CONFIDENCE) {
    const named = namedBetween(cls, text);
    if (named) return { kind: 'handler', intent: named, text };
    if (!oneDomain(cls) && !outOfScope(cls) && !socialRunnerUp(cls)) return { kind: 'clarify', choices: [] };
  }
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

/**
 * "my husband tested positive": unsure only between a subject and a greeting or a goodbye is not unsure
 * what the subject is. A menu would offer one real choice; the subject is answered.
 */
function socialRunnerUp(cls: Classification): boolean {
  const second = cls.alternatives[0];
  return (
    !!second &&
    SOCIAL.has(second.intent) &&
    !SOCIAL.has(cls.intent) &&
    cls.intent !== 'fallback' &&
    cls.score >= ONE_DOMAIN_TOP &&
    cls.score + second.score >= ONE_DOMAIN_BOTH
  );
}

/**
 * Unsure between two intents, the message may still name what it asks for in so many words: a doctor
 * to talk to ("想找医生问问…"), work or going out while positive ("my boss wants me in tomorrow, day 3"),
 * living apart from the household ("我需要搬出去住吗"). Then that one of the two is answered, not a menu.
 */
const NAMES_WHAT_IS_ASKED: { intent: IntentId; words: RegExp }[] = [
  {
    intent: 'service.doctor',
    words:
      /(?:想|要|能不能|可不可以)?(?:找|请|让)(?:个)?医生(?:问问|问一下|问下|咨询|看看|聊聊|给我|帮我|打)|医生(?:给我|能不能)?(?:打个?电话|回电)|\b(?:request|want|need|get|book|arrange)(?: a)? call ?-?back from (?:a |the |my )?(?:gp|doctor|family doctor|nurse)\b|\b(?:gp|doctor) call ?-?back\b|\b(?:talk|speak) to (?:a|the) (?:doctor|gp)\b|\b(?:a|the) doctor (?:to )?(?:call|ring|phone) me\b/i,
  },
  {
    intent: 'isolation.release',
    words:
      /隔离(?:多久|几天|多长时间)|多久(?:能|可以)?(?:出门|解除)|上班|复工|回单位|老板|领导|单位|出门|超市|买菜|\bhow (?:long|many days)\b[^.?]{0,30}\bisolat|\b(?:boss|manager|employer|work|office|job|go out|supermarket|shops?|groceries)\b/i,
  },
  {
    intent: 'isolation.home',
    words:
      /搬出去|分开住|住别处|去别处住|住出去|房子(?:太|很|比较)?小|一居室|一室一厅|单间|只有一(?:个|间)(?:房间|卧室|卫生间|厕所)|\bmove out\b|\bstay (?:somewhere else|elsewhere)\b|\bseparate rooms?\b|\b(?:small|tiny|one[- ]bed(?:room)?|1[- ]bed(?:room)?|studio) (?:flat|apartment|place|house|home)\b|\b(?:a|one|small|tiny) (?:1|one)[- ]bed(?:room)?\b|\bonly (?:one|1) (?:bathroom|bedroom|toilet|room)\b|\bshare (?:a|one|the) (?:bathroom|bedroom|room|toilet)\b/i,
  },
];

function namedBetween(cls: Classification, text: string): IntentId | undefined {
  const two = [cls.intent, cls.alternatives[0]?.intent];
  return NAMES_WHAT_IS_ASKED.find((n) => two.includes(n.intent) && n.words.test(text))?.intent;
}

/** The message a clarifying menu asked about, when the person answers it with words instead of a number. */
export function clarifiedText(state: ConversationState): string | undefined {
  return state.pending?.slot === CLARIFY_SLOT ? String(state.pending.data?.text ?? '') || undefined : undefined;
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
 * A question read back: "医生问体重多少？", "客服问多大了", "你问的是几岁？", "how many days? asked the bot",
 * "you asked how old she is". Short, and saying someone asked it; no question of the person's own.
 */
const RELAYED = {
  zh: /^\s*(?:医生|大夫|客服|你|您|机器人|系统|它|对方|他们|这边|那边)(?:刚才|刚刚|是)?(?:问|在问|问的是|问我|要问)(?:我)?(?:孩子|宝宝|小孩|他|她)?(?:的)?(?:体重|多大|几岁|年龄|多少|几天|哪天|什么时候|电话|号码|名字|地址)[^，。！!]{0,8}[？?。]*\s*$/,
  en: /(?:^|[?.!,]\s*)(?:(?:asked|asks) (?:the bot|by the bot|you|me)|(?:you|it|the bot|the doctor|they) (?:just )?(?:asked|asks|want(?:s|ed)? to know))\b[^.?!]{0,30}[?.!]*\s*$/i,
};
const RELAY_MAX = { han: 16, words: 10 } as const;

export function relaysQuestion(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z]+/g)?.length ?? 0;
  if (han > RELAY_MAX.han || words > RELAY_MAX.words) return false;
  return han > 0 ? RELAYED.zh.test(text) : RELAYED.en.test(text);
}

/**
 * Which request a status question is about, told after it: a phone tail ("尾号0087", "ending in 4421"), the
 * name it is under ("名字是李强", "under the name Chen Hua"), "就是送药那个" / "the delivery one".
 */
const IDENTIFIES_REQUEST = {
  zh: /^\s*(?:手机|电话|号码)?尾号(?:是)?\s*\d{3,4}|^\s*\d{4}\s*$|(?:名字|姓名|登记的名字)(?:是|叫)|^\s*(?:就是|是)[^，。？?]{0,6}(?:那个|那单|那次|那件事)\s*[。！!]*\s*$/,
  en: /\bunder (?:the name|the number|my name|my (?:mum|dad|mother|father|wife|husband)'s name)\b|\b(?:the )?name(?:'s| is| was)\b|\bending (?:in|with) \d{3,4}\b|\blast (?:four|4) digits\b|^\s*(?:the|it'?s the|it was the) [\w' -]{1,24} one\b/i,
};

export function identifiesRequest(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z]+/g)?.length ?? 0;
  if (han > SHORT_ANSWER.han || words > SHORT_ANSWER.words) return false;
  return han > 0 || /^\s*\d/.test(text) ? IDENTIFIES_REQUEST.zh.test(text) : IDENTIFIES_REQUEST.en.test(text);
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
 * A short answer in a conversation ("嗯，昨天测已经一条杠了", "嗯嗯，两岁，不发烧", "2", "38.6, she's 4"): a few
 * words carrying a number or following an acknowledgement, thanking and leaving nobody. Heard as a
 * greeting, a goodbye or nothing in particular, it continues the conversation's subject.
 */
const SHORT_ANSWER = { han: 20, words: 12 } as const;
const LEAVING =
  /谢|再见|拜拜|没事了|不用了|没有了|没别的|\b(?:thanks?|thank you|ty|bye|goodbye|cheers|that'?s (?:all|it))\b/i;
const CARRIES_INFORMATION =
  /\d|[一二两三四五六七八九十]|^\s*(?:嗯+|恩+|对|是的?|好的?|yes|yeah|yep|ok(?:ay)?)[\s,，。.!！~]+\S/i;
/** Intents a conversation is about; the social ones, fallback, a person and emergencies are not subjects. */
const NOT_A_SUBJECT: ReadonlySet<IntentId> = new Set(['greeting', 'goodbye', 'fallback', 'human.agent', 'emergency']);

export function isShortAnswer(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z]+/g)?.length ?? 0;
  if (han > SHORT_ANSWER.han || words > SHORT_ANSWER.words || LEAVING.test(text)) return false;
  return CARRIES_INFORMATION.test(text);
}

/** Heard this way, a short answer is taken as continuing the conversation's subject. */
export function heardAsNoSubject(route: Route): boolean {
  return route.kind === 'clarify' || (route.kind === 'handler' && !route.answering && NOT_A_SUBJECT.has(route.intent));
}

/** The subject a conversation continues after this answer. */
export function subjectAfter(earlier: IntentId | undefined, answered: IntentId): IntentId | undefined {
  return NOT_A_SUBJECT.has(answered) ? earlier : answered;
}

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
 * "您好，我想咨询一下", "hi, I have a question": an opening that names no subject yet is a greeting (the
 * greeting answer asks what about), not a message outside the hotline's scope.
 */
const BARE_OPENING = [
  /^\s*(?:请问|(?:我)?(?:想|要|有)?(?:咨询|问|请教))(?:一下|一些|个|点|下)?(?:事|事情|问题)?(?:想问|想咨询)?[\s,，。.!！~？?]*$/,
  // "请问是卫生热线吗", "is this the health helpline?": making sure of the line called.
  /^\s*(?:请问)?(?:这里|这边|这|你们|您这)?(?:是不是|是)(?:那个)?(?:卫生|健康|卫健|防疫|疫情|社区|医疗|咨询)?(?:服务)?(?:热线|专线|咨询电话|服务电话|12320)(?:吗|么|嘛|吧|啊|不是|对吧|没错吧)?[\s,，。.!！~？?]*$/,
  /^\s*(?:is (?:this|that|it)|am i (?:through to|speaking to|talking to)|have i (?:got|reached)) (?:the )?(?:district |community )?(?:health |covid |medical )?(?:hot ?line|help ?line|advice line|line)\b[\s,.!?]*$/i,
  // "I have a question about my kid's medicine": a medicine named as the subject, nothing asked of it yet.
  /^\s*(?:(?:i|we) (?:have|'ve got|got) (?:a |one |some )?(?:quick |small )?(?:question|query)s?|quick question|(?:can|could) i ask (?:you )?(?:something|a question))\s+about\s+(?:my |our |the |his |her |a )?(?:[\w']+\s+){0,2}(?:medicines?|meds|medications?|syrup|tablets|pills)[\s,.!?]*$/i,
  /^\s*(?:我)?(?:想|要)?(?:问|咨询|请教)(?:一下|下)?(?:关于)?(?:孩子|宝宝|小孩|老人|我妈|我爸|家里人)?的?(?:药|用药|吃药)(?:的事|的事情|的问题|方面的?问题|方面)[\s,，。.!！~？?]*$/,
  /^\s*(?:(?:i|we) (?:have|'ve got|got) (?:a |one |some )?(?:quick |small )?(?:question|query)s?|(?:can|could|may) i ask (?:you )?(?:something|a question|a few things)|i(?:'d| would) like to ask(?: you)?(?: something| a question)?|i (?:want|wanted|need) to ask(?: you)?(?: something| a question)?|quick question)[\s,.!?]*$/i,
];

export function isBareOpening(text: string): boolean {
  const rest = withoutGreeting(text);
  return BARE_OPENING.some((re) => re.test(rest));
}

/**
 * Subjects a short "那X呢" / "and X?" turns the conversation to, by the words people use for them. Only
 * a message that is nothing but the subject counts: "那隔离期间能吃布洛芬吗" is a question of its own.
 */
const SUBJECTS: { intent: IntentId; zh: string[]; en: string[] }[] = [
  {
    intent: 'isolation.home',
    zh: ['隔离', '居家隔离', '在家隔离', '居家'],
    en: ['isolation', 'isolating', 'quarantine', 'self-isolation', 'home isolation'],
  },
  { intent: 'clinic.find', zh: ['发热门诊', '门诊', '看病的地方'], en: ['fever clinic', 'the clinic', 'clinics'] },
  { intent: 'service.drug_delivery', zh: ['送药'], en: ['medicine delivery', 'delivery'] },
  { intent: 'service.transport', zh: ['接送', '用车', '派车'], en: ['transport', 'a ride', 'a lift'] },
];
const SWITCH_ZH = /^\s*(?:那|那么|还有|那要是)?\s*(.{1,6}?)\s*(?:的事|的话|方面|这块|这边)?\s*呢\s*[？?。.!！]*\s*$/;
const SWITCH_EN =
  /^\s*(?:and|what about|how about|and what about|what about the|and the|ok and)\s+(?:the\s+)?([a-z -]{3,24}?)\s*[?.!]*\s*$/i;

/** "我想问隔离的事", "I've a question about isolation": a subject named as the opening, nothing asked yet. */
const ASK_ABOUT_ZH =
  /^\s*(?:请问|我)?(?:想|要)?(?:问|咨询|了解|请教)(?:一下|下)?(?:关于)?(.{1,6}?)(?:的事|的事情|的问题|方面的?(?:问题|事)?|这块|这方面)\s*[？?。.!！]*\s*$/;
const ASK_ABOUT_EN =
  /^\s*(?:i(?:'ve| have)? (?:got )?a (?:quick )?question|i (?:want|wanted|need) to ask|(?:can|could) i ask)(?: you)? about\s+(?:the\s+)?([a-z -]{3,24}?)\s*[?.!]*\s*$/i;

export function subjectSwitch(text: string): IntentId | undefined {
  const zh = SWITCH_ZH.exec(text)?.[1] ?? ASK_ABOUT_ZH.exec(text)?.[1];
  const en = (SWITCH_EN.exec(text)?.[1] ?? ASK_ABOUT_EN.exec(text)?.[1])?.toLowerCase();
  return SUBJECTS.find((s) => (zh !== undefined && s.zh.includes(zh)) || (en !== undefined && s.en.includes(en)))
    ?.intent;
}

/**
 * Outside the hotline's scope by what is asked for, however clinical the words around it: a complaint
 * or a review, a parcel or a refund, a neighbour's noise, an opinion on policy. The fallback answer
 * says what the hotline does; a health question asked in the same message keeps its answer.
 */
const OUT_OF_SCOPE = [
  /房东|(?:赶|撵|轰)(?:我|我们)(?:出去|走)/,
  /\blandlord\b|\bevict(?:ed|ion|ing)?\b|\bkick(?:ed|ing)? (?:me|us) out\b|\bthrow (?:me|us) out\b/i,
  /投诉|差评|好评|态度(?:太|很|特别|非常)?(?:差|恶劣|不好|凶)|快递|包裹|物流|退款|退钱|(?:邻居|楼上|楼下|隔壁)[^。？?]{0,20}(?:吵|声音(?:很|太|特别)?大|大声|噪音)|吵得|(?:放开|政策|政府)[^。？?]{0,10}(?:对不对|是对的|对吗|做得对|错了|合理吗|应该吗)/,
  /\bcomplain(?:t|ts|ing)?\b|\b(?:leave|write|post|give) (?:a |an )?(?:bad |negative )?review\b|\breview (?:of|about) (?:the )?(?:staff|clinic|hospital|nurse|doctor)|\brude\b|\bparcel\b|\bcourier\b|\bpackage (?:was |got )?(?:lost|stolen|missing)|\brefund\b|\b(?:so|too|really) loud\b|\bnoise\b|\btell them to (?:stop|be quiet|keep it down)\b|\bkeep it down\b|\b(?:government|policy|reopening|restrictions|lockdown)\b[^.?]{0,30}\b(?:right|wrong|fair|a mistake)\b|\bright (?:decision|call|thing to do)\b/i,
];
const HEALTH_QUESTION =
  /传染|感染|会不会|要不要|能不能吃|能吃|可以吃|怎么吃|吃多少|隔离多久|\binfect|\bcatch (?:it|covid)|\bcontagious|\bcan i (?:take|give|have)\b|\bhow (?:much|many|long)\b|\bshould i\b/i;
/** Intents a message out of scope by its ask may be taken from (not a request, a status, a person or an emergency). */
const MISREAD_AS_CLINICAL = new Set<IntentId>([
  'symptom.advice',
  'clinic.find',
  'medication.dose',
  'medication.combination',
  'medication.condition',
  'medication.safety',
  'isolation.home',
  'isolation.release',
  'greeting',
  'goodbye',
]);

export function outOfScopeAsk(text: string, heard: IntentId): boolean {
  // "阳了可以出去拿个快递吗": going out while positive is the isolation question, whatever it is for.
  if (GOING_BACK.some((re) => re.test(text))) return false;
  return MISREAD_AS_CLINICAL.has(heard) && OUT_OF_SCOPE.some((re) => re.test(text)) && !HEALTH_QUESTION.test(text);
}

/**
 * "阳了第七天…能回公司吗", "day 6 and no fever, can she go back to school?": going back to work, school or
 * out is the question of when isolation ends, whatever symptom the message also mentions.
 */
const GOING_BACK = [
  // "领导叫我明天回公司", "my boss wants me back in the office tomorrow": asked to go back, and asking if they may.
  /(?:领导|老板|单位|公司|经理|主管|学校|老师)[^，。？?]{0,6}(?:叫|让|要|要求|催|通知)我?(?:们)?[^，。？?]{0,6}(?:回|去|返)(?:公司|单位|学校|岗位|上班|上学|办公室)/,
  /\b(?:boss|manager|employer|work|school|office)\b[^.?]{0,20}\b(?:wants?|asked|asks|told|is telling|expects?|needs?)\b[^.?]{0,12}\b(?:me|him|her|us|them)\b[^.?]{0,12}\b(?:back|in|to come in|to go in)\b/i,
  /(?:能|可以|可不可以|能不能|能否|什么时候(?:能|可以)?|多久(?:能|可以)?|几时(?:能|可以)?|要不要|敢不敢)(?:回|去|返|正常)?(?:公司|单位|学校|幼儿园|上班|上学|返岗|返校|复工|复课|出门|出去|上课|办公室|岗位)/,
  /\b(?:can|could|may|should|when can|when could|is it (?:ok|okay|safe|fine) (?:for (?:me|him|her|them|us) )?to)\b[^.?]{0,20}\b(?:go|get|head|return)(?: back)? (?:to )?(?:work|school|the office|nursery|daycare|college|uni|class|my job|out)\b|\breturn to (?:work|school|the office)\b/i,
  // "外卖员 阳了还能接单吗", "positive but can I still do my deliveries?": working while positive.
  /(?:阳了|阳性|感染了|中招)[^，。？?]{0,8}(?:还)?(?:能|可以|能不能|可不可以|敢)(?:不能)?(?:接单|跑单|送外卖|送快递|上班|干活|出摊|开工|工作|开车拉客|拉活)/,
  /\b(?:positive|covid|infected)\b[^.?]{0,40}\b(?:can|could|should|may|is it (?:ok|okay|safe|fine) to|allowed to)\b[^.?]{0,15}\b(?:work|do (?:my |the )?(?:deliveries|shifts?|rounds)|deliver|drive|take orders|go out)\b/i,
  // "刚好了 回老家看外公要等多久", "recovered, how long before I can visit my nan?": seeing someone vulnerable after.
  /(?:多久|几天|什么时候|等多久)[^，。？?]{0,10}(?:看望|探望|去看|见)(?:老人|外公|外婆|爷爷|奶奶|姥姥|姥爷|父母|爸妈|老人家)|(?:看望|探望|去看|看|见)(?:老人|外公|外婆|爷爷|奶奶|姥姥|姥爷|父母|爸妈|老人家)[^，。？?]{0,8}(?:要等多久|等多久|多久|几天后|什么时候|安全)/,
  /\bhow (?:long|soon)\b[^.?]{0,40}\b(?:visit|see)\b[^.?]{0,20}\b(?:gran|grandma|grandmother|grandpa|grandfather|nan|nana|grandparents|parents|mum|dad|elderly)\b|\b(?:visit|see) (?:my|our|his|her) (?:gran|grandma|grandmother|grandpa|grandfather|nan|nana|grandparents|elderly \w+)\b[^.?]{0,30}\b(?:how long|when|safe)\b/i,
];
/** What a going-back question is misheard as: a symptom, a social word, a status, an aside. */
const GOING_BACK_MISHEARD: ReadonlySet<IntentId> = new Set([
  'human.agent',
  'symptom.advice',
  'greeting',
  'goodbye',
  'fallback',
  'service.status',
  'isolation.home',
]);

/** A person asked for in so many words: "领导" or "my boss" is no request for the hotline's staff. */
const PERSON_ASKED = /人工|真人|客服|接线员|工作人员|\b(?:human|real person|operator|agent|someone real|a person)\b/i;

export function asksToGoBack(text: string, heard: IntentId): boolean {
  if (heard === 'human.agent' && PERSON_ASKED.test(text)) return false;
  return GOING_BACK_MISHEARD.has(heard) && GOING_BACK.some((re) => re.test(text));
}

/**
 * "社康几点下班", "what time does the health centre close?": a place of care and its hours is the clinic
 * directory's question, however out of scope the colloquial name sounds to the classifier.
 */
const CARE_PLACE =
  /社康|社区医院|社区卫生|卫生服务中心|卫生院|卫生站|卫生室|诊所|门诊|医院|\b(?:clinic|health cent(?:re|er)|surgery|gp practice|hospital|fever clinic)s?\b/i;
const HOURS_ASKED =
  /几点|什么时候(?:开|关|下班|上班)|开到|营业|关门|开门|下班|上班时间|休息|开不开|\b(?:what time|when)\b[^.?]{0,30}\b(?:open|close|shut)|\bopening (?:hours|times)\b|\bclosing time\b|\bhours\b|\bopen (?:today|tomorrow|now|late|at)\b|\bstill open\b/i;
const CLINIC_HOURS_MISHEARD: ReadonlySet<IntentId> = new Set([
  'greeting',
  'goodbye',
  'fallback',
  'service.status',
  'service.doctor',
]);

export function asksClinicHours(text: string, heard: IntentId): boolean {
  return CLINIC_HOURS_MISHEARD.has(heard) && CARE_PLACE.test(text) && HOURS_ASKED.test(text);
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

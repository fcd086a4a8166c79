/**
 * Service questions by their shape, for the engine's routing (conversation/service-questions.port.ts).
 * Word lists per language, reviewed like the request words; none of them is an example sentence.
 */
import type { IntentId, Lang } from '../../core/types';
import type { ServiceQuestions } from '../../conversation/service-questions.port';

const any = (words: readonly string[]) => new RegExp(words.join('|'), 'i');

/** The services a resident can ask after, as they name them. */
const SERVICE_NOUN = {
  zh: any([
    '车',
    '接送',
    '送药',
    '药',
    '抗原',
    '血氧仪',
    '医生',
    '上门',
    '回电',
    '电话',
    '陪诊',
    '司机',
    '透析',
    '申请',
    '预约',
    '单子',
    '志愿者',
    '胰岛素',
  ]),
  en: any([
    '\\bcar\\b',
    '\\bride\\b',
    'transport',
    'taxi',
    'driver',
    'deliver',
    'medicine',
    '\\bmeds\\b',
    'test kits?',
    'oximeter',
    'doctor',
    'home visit',
    'call-?back',
    'request',
    'booking',
    'escort',
    'volunteer',
    'insulin',
  ]),
};

/**
 * A request made before: a booking verb in the past (约的车, 叫咗送药, 已经申请过, booked, I requested), or
 * asked whether it is arranged (安排好了没, 约好了吗, "is my ride for Friday confirmed?", "has the car been
 * booked?"). "我想约车", "帮我安排车" and "can I book a car" are new requests and do not match.
 */
const EARLIER_REQUEST = {
  zh: /(?:约|预约|申请|订|登记|下单|安排|派)好了?(?:没|吗|么|冇|未)|有没有(?:约|预约|订|登记|安排|派)(?:好|上)|(?:约|预约|申请|订|登记|下单|安排)(?:了|的|咗|过)|(?:约|预约|申请|订|登记|下单)(?:好|完)?(?:都)?(?:好几|几|两|三|四|五|\d+)(?:天|日|个星期|周)了?|(?:是不是|有没有|已经)(?:已经)?(?:约|预约|订|登记|安排)好|叫(?:了|的|咗|过)(?:个|辆)?(?:车|送药|医生|人)|(?:已经|之前|上次|前几天|昨天|前天|琴日|寻日|前日|上周|上星期)(?:[^，。,.?？]{0,4})(?:约|预约|申请|订|登记)|(?:说好|答应|讲好)(?:了|的)|(?:志愿者|师傅|司机|送药的|送货的|配送员|骑手)[^，。,.?？]{0,6}(?:在路上|快到|马上到|出发)/,
  en: /\b(?:i|we|she|he|they|my \w+)\s+(?:already\s+|just\s+)?(?:booked|requested|ordered|arranged|asked for|applied for|put in (?:a|the) request|signed up for|called for)\b|\b(?:the|my|our)\s+(?:\w+\s+){0,2}(?:i|we)\s+(?:booked|requested|ordered|arranged|asked for)\b|\b(?:was|were) (?:meant|supposed|due) to (?:call|come|arrive|deliver)|\bdid (?:my|our|the|his|her) (?:[\w'-]+ ){0,3}(?:delivery|order|request|booking|ride|car|call-?back|meds|medicine|insulin) (?:go out|get sent|get out|arrive|come|go through|get booked|get arranged)\b|\b(?:checking|check(?:ing)? in|following up|follow(?:ing)? up|chasing(?: up)?|any news) (?:on|about) (?:the|my|our|his|her|mum's|dad's)\b|\b(?:the )?(?:driver|volunteer|courier|escort) (?:said|says|told (?:me|us)) (?:he|she|they)(?:'s| is| are|'re|'d| was| were)? (?:on (?:the|their|his|her) way|coming|nearly there|close)\b|\b(?:is|are|has|have|was|did)\s+(?:my|our|his|her|their|mum's|dad's|the)\s+(?:[\w'-]+\s+){0,8}?(?:confirmed|booked|arranged|sorted(?: out)?|scheduled|still (?:on|coming|happening)|on (?:its|the) way|been (?:booked|arranged|confirmed|sorted|approved|scheduled|assigned))\b/i,
};

/** Asking what became of it: coming, arrived, confirmed, nobody came. */
const STATUS_ASK = {
  zh: /(?:约|预约|订|登记|安排|派)好了?(?:没|吗|么|冇|未)|能来吗|会来吗|来了吗|到了吗|能到吗|还来吗|还送|还会|什么时候|啥时候|啥时|几时|送到|几点|多久|怎么还|还没|仲未|未到|没来|没到|没消息|没动静|没人|安排好|安排了吗|确认|进度|到哪|怎么样了|有结果|准时|还有吗|到底/,
  en: /\?|\b(?:still|yet|when|what time|confirm(?:ed)?|status|update|arrive[ds]?|coming|come|turned up|showed up|nobody|no one|heard nothing|forgotten|sorted|go through|on its way|happening|go(?:ne)? out|went out|sent out)\b/i,
};

/** When it was asked for, said with the request: "我昨天预约了…", "I requested … on Monday". */
const PAST_TIME = {
  zh: /昨天|前天|大前天|前几天|前面|先前|早前|前阵子|好几天|上周|上星期|上个星期|上次|之前|早上|上午|琴日|寻日|前日|几天前|两天前|星期[一二三四五六日天]|周[一二三四五六日]/,
  en: /\b(?:yesterday|last (?:week|night)|earlier|ago|this morning|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i,
};

export function asksAfterEarlier(text: string, lang: Lang): boolean {
  if (!EARLIER_REQUEST[lang].test(text) || !SERVICE_NOUN[lang].test(text)) return false;
  return STATUS_ASK[lang].test(text) || PAST_TIME[lang].test(text);
}

/** A vague ask closing a message: the last clause asks for help without naming it. */
const VAGUE_ASK = {
  zh: /(?:能不能|能否|可不可以|可以|能)?(?:帮帮忙|帮个忙|帮一下|帮帮我们?|帮帮她|帮帮他|帮上忙|想想办法|有没有办法|有什么办法|看看有没有办法|怎么办才好|管管)[吗呢吧啊呀]?\s*[？?。！!～~]*\s*$/,
  en: /(?:is there anything|anything) (?:you|the community|someone) (?:can|could) do(?: for (?:us|me|her|him|them))?|(?:is there )?any way (?:you|you guys|you all|someone|anyone|the community) (?:can|could) help(?: (?:us|me|her|him|them))?(?: out)?|any chance (?:someone|anyone|you|you guys) (?:can|could) (?:get|take|drive|bring|help) (?:us|me|her|him|them)(?: (?:there|out|get there))?|(?:can|could) (?:you|the community|someone|anyone) (?:help|do something)(?: (?:at all|with (?:that|this)|us|me|her|him|them))*|any way you could help|what can you do|(?:can|could) someone help (?:me|us|her|him)(?: get there)?|any chance of (?:a lift|a ride|some help|help)|(?:can|could) (?:someone|anyone|you) give (?:me|us|her|him|them) a lift/i,
};

/** A story is a few sentences: a short question is left to the classifier. */
const MIN_STORY = { zh: 20, en: 12 } as const;

/** What a story says is needed, per service, as people tell it. */
const NEEDS: { intent: IntentId; zh: RegExp; en: RegExp }[] = [
  {
    intent: 'service.transport',
    zh: /复查|复诊|透析|化疗|放疗|产检|拆线|出院|去医院|回医院|打不到车|开不了车|没车|不能开车|接送|陪诊|陪.{0,4}去/,
    en: /check-?up|follow-?up|\blift\b|no car|dialysis|chemo|scan|stitches|appointment|get (?:him|her|them|me) (?:there|to)|take (?:him|her|them|me)|drive|taxi|hospital (?:wants|appointment)|get there|get to (?:the )?hospital/i,
  },
  {
    intent: 'service.drug_delivery',
    zh: /药.{0,6}(?:吃完|用完|没了|断了|快没|只剩|喂完|用光)|(?:吃完|用完|没有|没了|断了|用光|找不到).{0,6}(?:药|片|抗原|胰岛素)|胰岛素|买不到药|买药|药店.{0,4}(?:关|没)|送药|抗原.{0,4}(?:没|完)/,
    en: /(?:run|ran|running) out|(?:none|no (?:[\w-]+ ){1,3}|nothing) left|(?:tablets|pills|medicine|meds|insulin|syrup|paracetamol|ibuprofen)\b.{0,30}(?:finished|gone|out|left)|chemist|pharmacy|insulin|test kits/i,
  },
  {
    intent: 'service.doctor',
    zh: /医生|血压.{0,6}(?:不稳|高|低)|血糖|要不要(?:送|去)医院|药要不要调|没精神|吃得(?:也)?少|卧床/,
    en: /doctor|GP|blood pressure|readings|whether to change|needs? (?:a )?hospital|not himself|not herself|barely eating|bedbound|bed-bound/i,
  },
];

/**
 * A story closing with a wish to talk it over with someone medical ("Would be good to talk it through with
 * someone medical", "想找个懂的人聊聊") names the service in its ask: a doctor's call-back.
 */
const CLINICIAN_ASK = {
  zh: /(?:想|希望|能不能|可不可以|最好|能否)?(?:找|跟|和|同|让)(?:个|一个)?(?:懂的人|懂行的人|专业的人|专业人士|医生|大夫|医护人员?|护士)(?:帮忙)?(?:聊聊|说说|问问|咨询一下|谈谈|讲讲|看看|判断一下)[吗吧呢啊]?\s*[。？?！!～~]*\s*$/,
  en: /(?:(?:would|it'?d) be (?:good|nice|great|helpful) to|i'?d (?:like|love) to|(?:can|could) i|i (?:want|need) to)\s+(?:talk|speak|chat|go)(?: it| this| things)?(?: through| over)?\s+(?:with|to)\s+(?:someone|somebody|a person|anyone|a professional)\s+(?:medical|medically trained|qualified|who knows|clinical)\b[^.?!]*[.?!]*\s*$/i,
};

export function vagueAskFor(text: string, lang: Lang): IntentId | undefined {
  const trimmed = text.trim();
  const size = lang === 'zh' ? [...trimmed.replace(/\s/g, '')].length : trimmed.split(/\s+/).length;
  if (size < MIN_STORY[lang]) return undefined;
  if (CLINICIAN_ASK[lang].test(trimmed)) return 'service.doctor';
  if (!VAGUE_ASK[lang].test(trimmed)) return undefined;
  const story = trimmed.replace(VAGUE_ASK[lang], '');
  return NEEDS.find((n) => n[lang].test(story))?.intent;
}

/**
 * "is there any car service to the fever clinic?", "有没有车送我去医院": a vehicle asked for to a place of
 * care is a transport request, however much of the message names the place.
 */
const RIDE_ASKED = {
  zh: /(?:有没有|有无|能不能|可不可以|能否|可以)[^。？?]{0,8}(?:车|接送|专车|班车)[^。？?]{0,10}(?:送|去|到|接)|(?:派|安排|叫)(?:个|辆)?车[^。？?]{0,6}(?:送|去|到|接)/,
  en: /\b(?:is there|are there|any|can (?:you|someone|i get)|could (?:you|someone|i get)|do you (?:have|offer|run))\b[^.?]{0,30}\b(?:car|cars|shuttle|ride|lift|van|transport|vehicle)\b(?: service)?[^.?]{0,20}\b(?:to|from)\b[^.?]{0,20}\b(?:clinic|hospital|fever clinic|appointment|check-?up|dialysis)\b/i,
};

export function asksForRide(text: string, lang: Lang): boolean {
  return RIDE_ASKED[lang].test(text);
}

/** No way to get there: no driver, no car or taxi, legs that cannot carry the person. */
const NO_WAY_THERE = {
  zh: /不会开车|开不了车|不能开车|没(?:有)?车|没人开车|打不到车|打车也打不到|叫不到车|打不着车|没法去|去不了|腿脚不(?:方便|好|利索)|行动不便|走不了(?:路)?|走不动|下不了楼|坐轮椅|没人(?:陪|送|接)/,
  en: /\b(?:can(?:'|no)?t|cannot|don'?t|doesn'?t) drive\b|\bno car\b|\bno (?:way|one) to (?:get|take|drive)\b|\b(?:can(?:'|no)?t|cannot|couldn'?t) get (?:a )?(?:taxi|cab|ride|lift)\b|\bno (?:taxis?|cabs?|buses)\b|\b(?:can(?:'|no)?t|cannot|barely) walk\b|\bwheelchair\b|\bunsteady on (?:his|her|their) feet\b|\bbad legs\b/i,
};

export function cannotGetThere(text: string, lang: Lang): boolean {
  return vagueAskFor(text, lang) === 'service.transport' && NO_WAY_THERE[lang].test(text);
}

/**
 * "need children's ibuprofen delivered to block 7", "could you send a few more RATs", "能给我们送几盒抗原吗":
 * medicine or test kits asked to be brought is a delivery request, whatever medicine is named with it.
 * Asking where a delivery is ("送到了吗", "where's my delivery") is a status question and is not this.
 */
const SUPPLY = '(?:药|退烧药|感冒药|止咳药|布洛芬|对乙酰氨基酚|泰诺林|美林|抗原|试剂|检测盒|血氧仪|体温计|胰岛素|口罩)';
const SUPPLY_EN =
  '(?:meds|medicines?|medication|tablets|pills|syrup|paracetamol|acetaminophen|ibuprofen|calpol|tylenol|nurofen|inhalers?|insulin|rats|rapid tests?|antigen tests?|lateral flows?|test kits?|tests|kits|oximeter|thermometer|masks)';
const QUANTITY = '(?:some|a few|more|a couple of|another|a box of|a pack of|a bottle of|extra)';
const DELIVERY_ASKED = {
  zh: new RegExp(
    `(?:送|寄|带|捎)(?:一)?(?:点|些|几盒|几个|一盒|一些|一点|两盒|几支)?(?:儿童)?${SUPPLY}(?:过来|来|上门|到家)?|${SUPPLY}[^，。？?]{0,8}(?:送过来|送上门|送到家|送来|寄过来|捎过来)|代买|帮(?:我|我们|忙)?(?:买|代买)(?:点|些)?${SUPPLY}`,
  ),
  en: new RegExp(
    `\\b${SUPPLY_EN}\\b[^.?!]{0,30}\\b(?:delivered|dropped (?:off|round)|brought (?:round|over|to us))\\b|\\b(?:deliver|drop (?:off|round))\\b(?: (?:us|me|her|him|them))?(?: ${QUANTITY})*(?: [\\w'-]+){0,2} ${SUPPLY_EN}\\b|\\b(?:send|bring)\\b(?:(?: (?:us|me|her|him|them|over|round))(?: ${QUANTITY})*|(?: ${QUANTITY})+)(?: [\\w'-]+){0,2} ${SUPPLY_EN}\\b`,
    'i',
  ),
};
const WHERE_IS_IT = {
  zh: /到了吗|到哪|还没|怎么还|送到了|什么时候(?:能)?送到|啥时候(?:能)?送到|几点(?:能)?送到/,
  en: /\bwhere(?:'s| is)\b|\barrived?\b|\bstill\b|\byet\b|\bwhen will\b/i,
};

export function asksForDelivery(text: string, lang: Lang): boolean {
  return DELIVERY_ASKED[lang].test(text) && !WHERE_IS_IT[lang].test(text);
}

/**
 * "电话138开头那个就是，下午都在家" while a request form asks its question: contact details or when the person
 * is in, with nothing asked: an answer for the form, however much it sounds like home isolation.
 */
const FOR_THE_FORM = {
  zh: /电话|手机|号码|\d{3,}|在家|上午|下午|晚上|中午|随时|都在|地址|门牌|单元|号楼|栋/,
  en: /\bphone\b|\bnumber\b|\bmobile\b|\d{3,}|\bat home\b|\bin all\b|\bavailable\b|\bmorning\b|\bafternoon\b|\bevening\b|\bany ?time\b|\baddress\b|\bflat\b|\bblock\b/i,
};
const ASKS_SOMETHING = {
  zh: /[？?吗]|怎么|为什么|能不能|可不可以|要不要|会不会|多久|多少/,
  en: /\?|\b(?:how|what|why|can|could|should|is it|do i|does)\b/i,
};

export function answersForm(text: string, lang: Lang): boolean {
  return FOR_THE_FORM[lang].test(text) && !ASKS_SOMETHING[lang].test(text);
}

export const serviceQuestions: ServiceQuestions = {
  asksAfterEarlier,
  vagueAskFor,
  asksForRide,
  cannotGetThere,
  asksForDelivery,
  answersForm,
};

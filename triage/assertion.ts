/**
 * Is a term asserted about someone now? A red-flag word in a question about what to watch for
 * ("什么情况要打120", "what are the signs of a stroke") or in a condition ("如果喘不上气…") is not.
 *
 * Two kinds of clause:
 *  - conditional (如果 / 万一 / if / in case): never asserts, whatever else it says;
 *  - information question (症状有哪些 / what are the signs / when should I): asserts only when the clause
 *    also says it is happening ("了", "现在", "my dad is…"), because speech-to-text runs a report and a
 *    question together: "我爸嘴歪了怎么判断是不是中风" is an emergency;
 *  - generic medicine question about a group (孕妇发烧能吃…吗, can children with a fever take…): its
 *    symptoms are not this person's, so they do not make a case urgent or routine — but an emergency
 *    sign in it still counts ("孩子抽搐能吃什么药" goes to 120).
 */
import { type Clause, splitClauses } from '../nlp/text/clauses';

export type ClauseKind = 'statement' | 'conditional' | 'question' | 'generic';

export interface AnalyzedClause extends Clause {
  kind: ClauseKind;
}

const CONDITIONAL = new RegExp(
  [
    // "的话" is "if" ("发烧的话…"), except as the noun "words" ("说不出完整的话", "他说的话").
    // A dream is not a report: "昨晚梦见自己喘不上气".
    // "以为中风了，结果是睡觉压的": what was feared, not what happened.
    '以为|还以为|原以为|\\bi thought\\b|\\bwe thought\\b|梦见|梦到|做梦|做了个梦|\\bdreamt\\b|\\bdreamed\\b|\\bin (?:my|a) dream\\b|\\bnightmare\\b|如果|假如|假若|万一|(?<![主需只重就还可不])要是|假设|倘若|(?<![说讲听问回整句])的话',
    // "only wakes if we shake him": a condition of waking, said of now; "i don't care if i stop": no condition.
    '(?<!\\b(?:as|sure|know|wonder|wondering|see|check|ask|asking|unclear|tell me|wakes?|woke|responds?|only|care|matter|matters|mind)\\s)\\bif\\b',
    // Prevention and hearsay are not reports: "防止咬舌头", "电视上说嘴唇发紫要打120".
    '防止|以防|免得|电视上说|电视里说|网上说|视频里说|新闻上说|新闻里说|据说|有人说|\\bon (?:tv|the news|the radio)\\b|\\bi read (?:that|online|somewhere)\\b|\\bpeople say\\b|\\bto prevent\\b',
    '\\bin case\\b|\\bwhat if\\b|\\bsuppos(?:e|ing)\\b|\\bhypothetically\\b',
  ].join('|'),
);

const QUESTION = new RegExp(
  [
    '什么(?:样的?)?情况(?:下)?(?:要|该|需要|应该|得|必须|才|去|打|算|需)',
    '哪些情况|哪种情况|什么时候(?:要|该|需要|应该|得|必须|才|去|打)|何时(?:要|该|需要|应该|去|打|就医)',
    // "中风的早期信号是什么", "心梗前的迹象都有啥": what the signs of a condition are.
    '的[^,;。]{0,4}(?:信号|迹象|征象|症状|表现|征兆)(?:都|一般|主要|通常|常见的?)?(?:是什么|是啥|有哪些|有什么|有啥|是哪些)',
    '有哪些[^,;。]{0,4}(?:表现|症状|征兆|信号)|有?啥(?:症状|表现|征兆|前兆|信号)|哪些症状|什么症状|症状有哪些|有哪些表现|什么表现|哪些表现|表现是什么|症状是什么|是什么症状|科普|征兆|前兆|预警信号|危险信号|报警信号',
    '怎么(?:判断|识别|分辨|区分|看出)|如何(?:判断|识别|分辨|区分|预防)|怎么预防|预防|是什么意思',
    // What a slogan or an acronym says ("中风120是哪几个字", "what does FAST stand for"): a lesson, not a report.
    '有哪几个|有哪几种|哪几个(?:信号|症状|表现|征兆|方面)|哪几种(?:信号|症状|表现|情况)|哪几个字|哪个字的?意思|几个字(?:的|是什么)?意思|代表什么意思|口诀|\\bstands? for\\b|\\bacronym\\b|\\bmnemonic\\b',
    '是[^,;。]{0,10}(?:的)?(?:症状|表现)吗',
    // "什么样的皮疹是脑膜炎的", "什么样的咳嗽算肺炎": which kind of a sign belongs to an illness.
    '什么样的?[^,;。]{1,8}(?:是|算|属于)',
    '多少(?:度|以下|以上)?[^,;。]{0,6}(?:要|该|需要|应该|算|就得?)',
    '(?:低于|高于|超过|不到|以下|以上)[^,;。]{0,8}(?:要不要|需不需要|该不该|要去|要打|是否|吗)',
    '\\bwhen (?:should|do|to|must|would|is it|does|can)\\b',
    '\\bwhat (?:are|is) (?:the |some )?(?:warning |danger |red[- ]flag |common )?(?:signs?|symptoms?)\\b',
    '\\b(?:warning|danger) signs?\\b|\\bsigns? (?:of|that)\\b|\\bsymptoms? of\\b',
    // Below what age a case needs a hospital ("孩子几个月以下发烧就必须马上去医院"): of an age band.
    '几(?:个月|岁|天|周)(?:以下|以内|以前|之前|以上|大)[^,;。]{0,12}(?:要|该|需要|应该|算|就|必须|得)',
    // How a check is done ("what's the glass test for a rash?"), what to watch for, how long is normal.
    "\\bwhat(?: is|'s| are) the [a-z ]{0,20}\\btests?\\b|\\bjust want(?:ed)? to know\\b|\\bwhat should (?:we|i) (?:be )?(?:look(?:ing)?|watch(?:ing)?) (?:out )?for\\b|\\bhow long\\b[^.?]{0,50}\\b(?:normal|usual|expected|typical)\\b|\\bmore likely to (?:get|have)\\b",
    // "what signs mean someone is having a serious allergic reaction": which signs point to an illness.
    '\\b(?:what|which) (?:signs?|symptoms?|things?) (?:mean|means|show|shows|suggest|suggests|indicate|indicates|point to|would mean)\\b',
    '\\bhow (?:do|can|would|to|should|could) (?:i |you |we |one |people )?(?:know|tell|recogni[sz]e|spot|identify|check)\\b',
    // Where to get or renew a medicine or device ("my EpiPen has expired, where can I get a new one").
    '\\bwhere (?:can|do|should|could) (?:i|we|you) (?:get|buy|find|renew|refill|replace)\\b|(?:去)?哪(?:里|儿)(?:能|可以)?(?:买|开|配|拿|领|换)',
    // How to use a rescue medicine ("how do i use an epipen?", "肾上腺素笔怎么用"): training, not a report.
    '\\bhow (?:do|should|can|would|to) (?:i |we |you |one )?(?:use|give|inject|carry|store)\\b|(?:怎么用|怎么使用|如何使用|使用方法|用法是)',
    '\\bwhat (?:does|would|will|do|might)\\b[^.?]{1,40}\\b(?:mean|look like|feel like)\\b|\\bshould i (?:be )?worr(?:y|ied) about\\b|长什么样|是什么样',
    '\\bwhat (?:is|are) the (?:significance|meaning|importance) of\\b|\\bwhat does [^.?]{1,40}\\b(?:signify|indicate)\\b|意味着什么|说明什么问题|代表什么问题',
    // "is it normal to feel breathless when you have a panic attack? asking for my essay": general knowledge.
    '\\bis it (?:normal|common|usual) to\\b(?![^?]*\\b(?:i|my|me|he|she|his|her|him)\\b)|\\basking for (?:my |a )?(?:essay|homework|school|class|project|research|assignment)\\b|(?:怎么|如何)(?:测|检查)(?![^,;。]{0,4}(?:了|过))',
    // Asking about a risk ("does covid raise stroke risk?", "新冠会增加中风的风险吗"): not a sign now.
    '\\b(?:raise|raises|increase|increases|higher|lower|reduce|reduces)\\b[^.?]{0,20}\\b(?:risk|chance|odds)\\b|\\b(?:risk|chance|odds) of\\b|(?:增加|提高|升高|降低)[^,;。]{0,10}(?:风险|几率|概率)|(?:风险|几率|概率)(?:大吗|高吗|大不大|高不高)',
    '\\bwhat (?:counts|qualifies) as\\b|\\bis (?:it|this|that) (?:an )?emergency\\b|\\bprevent(?:ion|ing)?\\b',
    '\\bwhat (?:level|number|reading|temp|temperature|oxygen|spo2)\\b|\\bwhat should (?:we|i) look out for\\b|\\blook out for\\b',
    '(?:会|能)(?:不会)?(?:引起|导致|造成|诱发|变成)|\\b(?:can|does|do|could|will)\\b[^.?]{1,30}\\b(?:cause|lead to|trigger)\\b',
    '\\b(?:below|under|above|over|less than|more than) \\d+[^.]{0,30}\\?',
    '\\b(?:does|do|is|can|will|would)\\b[^.?]{1,40}\\b(?:always|usually|necessarily|automatically) (?:mean|a sign|indicate|lead)\\b',
    '\\b(?:is|are|does|do)\\b[^.?]{1,40}\\bthe same (?:thing )?as\\b|\\bmean the same\\b|是一回事吗|是不是一回事|是同一个意思吗',
    '\\bdifference between\\b|\\bhow (?:do|can) (?:i|you) tell (?:the difference|apart)\\b|有什么区别|有啥区别|什么区别|区别是什么|有什么不同|有啥不同|是不是一定|一定是[^,;。]{1,12}吗',
    // Asked of a reading just taken ("现在量了38度1要紧吗"): a question only with nothing said to be happening.
    '要不要紧吗|要紧吗|严重吗|会有事吗|有没有事|没事吧|想了解|想咨询一下',
    '的时候[^,;。]{0,6}(?:应该|该|要)?(?:怎么做|怎么办|怎么处理|如何处理)',
    '\\bwhat (?:are|is) (?:the |some )?(?:[a-z]+ ){1,2}(?:signs?|symptoms?)\\b',
    '\\btalk(?:ing)? to [^.?]{1,30} about\\b|\\bhow (?:do|can|should) (?:i|we) (?:talk|speak) to\\b',
    '\\bhow (?:high|low|long|bad)\\b[^.?]{0,30}\\b(?:dangerous|too (?:high|low|long)|worrying|serious|an emergency|safe|a problem)\\b',
    // "婴儿多大以内发烧要马上去医院", "下次发烧该注意什么": of an age band, or of next time.
    '多大(?:以内|以下|以前|之前)?[^,;。]{0,8}(?:要|该|需要|应该|算|就得?)|(?:下次|以后|今后|将来)[^,;。]{0,10}(?:注意什么|怎么办|怎么处理|该怎么做)',
    '多高[^,;。]{0,8}(?:算|要|危险|就得?|需要)|(?:多高|多低|几度)[^,;。]{0,6}(?:危险|有危险)',
    // Whether a kind of case needs a hospital or 120 ("三个月以内发烧是不是要马上去医院", "胸痛要打幺二零吗").
    '是不是(?:要|得|该|需要)(?:马上|立刻|赶紧|立即)?(?:去医院|就医|打(?:120|幺二零|一二零)|看医生|看急诊)',
    '(?:要|需要|得|该|必须)(?:马上|立刻|赶紧|立即)?(?:去医院|就医|看急诊|看医生|打(?:120|幺二零|一二零))吗',
    '(?:^|\\s)(?:什么样的|哪种|哪些)[^,;。]{0,8}(?:要|该|得|需要)(?:打|去)',
    // What an acronym or a word stands for ("what does BE FAST stand for", "FAST代表什么").
    '\\bstand(?:s)? for\\b|\\bshort for\\b|代表什么|是什么的缩写|每个字母',
    // A worker asking how to handle a kind of case ("遇到说不想活的居民应该怎么转介"): about people in general.
    '遇到[^,;。]{1,16}(?:的)?(?:居民|人|病人|老人|患者|家属|孩子)|(?:怎么|如何|应该怎么)(?:转介|上报|报告|登记|跟进)|\\bhow (?:do|should) (?:i|we) (?:refer|report|escalate)\\b',
  ].join('|'),
);

const GENERIC_MEDICINE_QUESTION = new RegExp(
  [
    '(?:孕妇|老人|老年人|儿童|小孩|孩子|宝宝|婴儿|哺乳期|病人|患者)[^,;。]{0,8}(?:能|可以|能不能|可不可以|该|应该|要)(?:吃|用|服|喝|打|贴)',
    '\\b(?:can|should|do) (?:pregnant women|children|kids|babies|infants|the elderly|old people|elderly people|people)\\b[^.?]{0,30}\\b(?:take|use|have|be given)\\b',
    // "is it ok to give my 2 year old ibuprofen for a temperature": a medicine question, not a report.
    '\\b(?:is it (?:ok|okay|safe|alright|all right)|can i|should i|could i|how much)\\b[^.?]{0,12}\\bgive\\b',
    '\\b(?:is|are)\\b[^.?]{0,25}\\bsafe (?:for|to take|in pregnancy|with)\\b',
    // "is it safe to use my inhaler more often while I have covid": a medicine question.
    '\\bis it (?:ok|okay|safe|alright|all right) to (?:use|take|keep using|keep taking|double)\\b',
  ].join('|'),
);

/** The clause also reports something happening now. */
const ASSERTED_NOW = new RegExp(
  [
    '了(?!解)|现在|刚才|刚刚|正在|已经|突然|好像|似乎|一直',
    // A reading said with the illness ("发烧38.5 要去医院吗"): this person's, now.
    '(?:发烧|发热|烧到|体温|烧了?)\\s*(?:3[5-9]|4[0-2])(?:\\.\\d)?(?![\\d.]|\\s*(?:度以上|度以下|以上|以下))',
    '我(?!想|们|该|应该|要|需要|怎么|如何|能|可以|问)',
    '(?:爸|妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|老公|老婆|爱人|孩子|儿子|女儿|宝宝)(?:他|她)?(?:现在|刚|已经|突然|有|出现|开始)',
    "\\b(?:right now|just now|suddenly|currently|at the moment|is having|has been|keeps|kept|started|he's|she's|i'm having|i am having)\\b",
    "\\bmy (?:dad|father|mum|mom|mother|husband|wife|son|daughter|baby|child|grandma|grandpa|grandmother|grandfather|partner) (?:is|has|was|had|can|can't|keeps)\\b",
  ].join('|'),
);

/** Asking what would happen, whatever tense it is said in ("退烧药吃多了会怎么样", "what happens if"). */
const WHAT_IF = new RegExp(
  [
    '几度算|多少度算|算不算|算高烧|算发烧|算低烧|会怎么样|会怎样|会不会|还会[^,;。]{0,8}吗|伤肝吗|伤肾吗|伤胃吗|有什么(?:危害|后果|影响|副作用)|有(?:危险|副作用)吗|会中毒吗|会过量吗|算过量吗|算不算|口诀|顺口溜|怎么判断[^,;。]{0,4}(?:老人|孩子|小孩|一个人|别人|人)是不是',
    // "my friend said blue lips means low oxygen, is that true?": whether a saying is true.
    '\\b(?:means?|is a sign of|indicates?)\\b[^.?]{0,40}\\b(?:is (?:that|it|this) (?:true|right|correct)|true or not)\\b|(?:说明|代表|意味着|就是)[^,;。]{1,16}(?:是真的吗|对吗|对不对|是不是真的)',
    // "how do I know if someone is having a stroke": how to tell, of anyone — whatever tense follows.
    '\\bhow (?:do|can|would|will|should) (?:i|you|we|one|people) (?:know|tell|recogni[sz]e|spot)\\b[^.?]{0,12}\\b(?:if|whether|when) (?:someone|somebody|a person|anyone|people|a child|a baby|an adult|an elderly person)\\b',
    // A group as the subject ("孕妇胎动少了要注意什么", "老人血氧低怎么办"): about people in general.
    '^\\s*(?:孕妇|老人|老年人|儿童|小孩|宝宝|婴儿|新生儿|病人|患者|糖尿病人|高血压病人)[^,;。]{0,12}(?:要注意什么|需要注意什么|该注意什么|应该注意什么|注意些什么|怎么办|怎么处理|如何处理)',
    '\\bwhat happens if\\b|\\bis it dangerous\\b|\\bhow many\\b[^.?]{0,30}\\b(?:is|would be|counts as)\\s+(?:an overdose|too many|too much)|多少[^,;。]{0,10}(?:算过量|会过量|过量)|\\bcan (?:it|you|that) (?:cause|overdose)\\b|\\bwould (?:it|that) be\\b|\\bis that too much\\b',
  ].join('|'),
);

/** Asked with a question mark, whether a kind of case is serious ("is a fever of 38 dangerous for a 2 month old?"). */
const ASKED_IF_SERIOUS =
  /^\s*(?:is|are|would|could)\s+(?:a|an|the|this|that)?\s*[^.?,]{1,40}\b(?:dangerous|serious|an emergency|worrying|a worry|(?:a |an )?(?:[a-z]+ )?(?:sign|symptom)s?(?: of [a-z ]+)?\s*$)/;

/** @param asked the clause ended with a question mark */
export function classifyClause(text: string, asked = false): ClauseKind {
  if (CONDITIONAL.test(text)) return 'conditional';
  if (WHAT_IF.test(text) || (asked && ASKED_IF_SERIOUS.test(text))) return 'question';
  const now = ASSERTED_NOW.test(text);
  if (QUESTION.test(text) && !now) return 'question';
  if (GENERIC_MEDICINE_QUESTION.test(text) && !now) return 'generic';
  return 'statement';
}

/** Asking ahead ("提前问问", "just in case"): with nothing said to be happening now, the message is a question. */
const ASKING_AHEAD =
  /提前问问|提前了解|先了解一下|问问备用|以备不时|\b(?:just in case|in advance|ahead of time|for future reference|for the future)\b/;

/** Words that say something is happening (a hypothetical "突然说不出话的时候" is not). */
const HAPPENING_NOW =
  /了(?!解)|现在|刚才|刚刚|正在|已经|\b(?:right now|just now|currently|at the moment|is having|has been|keeps|kept|started)\b/;

/** A clause that asks what to do ("do I use the epipen first or call?", "要不要打120"). */
const ASKS_WHAT_TO_DO =
  /^\s*(?:do|should|shall|can|could|would|must) (?:i|we|you)\b|^\s*(?:is it|what (?:do|should) (?:i|we))\b|^\s*(?:那)?(?:要不要|该不该|是不是|需不需要|需要|应该|能不能|可不可以|我该|我要)/;
const HEARSAY = /\b(?:said|says|told me|tells me|heard|read)\b|说|听说|告诉我/;
const TRUE_OR_NOT =
  /^\s*(?:is (?:that|it|this) (?:true|right|correct|so)|true or not|really)\s*$|^\s*(?:是真的吗|真的吗|对吗|对不对|是不是真的|是这样吗|这个对不对|这样对不对|这对吗|这样对吗|这个对吗|靠谱吗|有没有道理|可信吗)\s*$/;

export function analyzeClauses(normalized: string): AnalyzedClause[] {
  const clauses = splitClauses(normalized).map((c) => ({
    ...c,
    kind: classifyClause(c.text, /^\s*[?？]/.test(normalized.slice(c.start + c.text.length))),
  }));
  if (ASKING_AHEAD.test(normalized) && !clauses.some((c) => HAPPENING_NOW.test(c.text)))
    return clauses.map((c) => (c.kind === 'statement' ? { ...c, kind: 'question' as const } : c));
  // "my friend said blue lips means low oxygen, is that true?": what someone said, then whether it is true.
  // "if someone's lips swell after peanuts, do I use the epipen first or call?": the question goes on
  // asking about the case the "if" set up.
  return clauses.map((c, i) => {
    if (c.kind !== 'statement') return c;
    if (HEARSAY.test(c.text) && TRUE_OR_NOT.test(clauses[i + 1]?.text ?? ''))
      return { ...c, kind: 'question' as const };
    if (clauses[i - 1]?.kind === 'conditional' && ASKS_WHAT_TO_DO.test(c.text) && !HAPPENING_NOW.test(c.text))
      return { ...c, kind: 'conditional' as const };
    return c;
  });
}

const HISTORY = new RegExp(
  [
    '病史|既往|(?:去年|上个?)(?:冬天|夏天|春天|秋天|冬季|夏季)|(?<!比)以前|(?<!比)之前|曾经|前天|大前天|前几天|出院|诊断是|医生说是|说是|小时候|去年|前年|几年前|上周|上个月|上次|几个月前|上礼拜|上星期|[一二两三四五六七八九十几\\d]+个?(?:月|年|星期|礼拜|天)前',
    // "晕过一次" is history; "晕过去了" (passed out) and "缓过来" are what just happened.
    '(?:抽搐|惊厥|抽风|中风|脑梗|脑出血|卒中|晕倒|昏迷|心梗|发作|晕|住)过(?![去来])|(?:放|装|搭|做)过(?:支架|桥)|支架术后|搭桥术后',
    // What someone died of is history, not a sign now ("my grandad died of a stroke").
    '\\b(?:died|passed away) (?:of|from|after)\\b|死于|去世|过世|走的',
    '\\bas a (?:toddler|baby|child|kid|little (?:boy|girl)|teenager)\\b|\\bwhen (?:he|she|i|they) (?:was|were) born\\b|\\bat birth\\b|出生的时候|刚出生时|生下来的时候|\\bwhen (?:he|she|i|they) (?:was|were) (?:little|small|younger|tiny)\\b|\\bwhen (?:he|she|i|they) (?:was|were) (?:a |\\d)|\\bdischarged\\b|\\bsaid it was\\b|\\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\bin (?:19|20)\\d\\d\\b|(?:19|20)\\d\\d年|\\b(?:history of|used to|years ago|last year|last month|last week|in the past|previously|once before|months ago|weeks ago|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|winter|summer|spring|autumn|fall|christmas|new year))\\b',
  ].join('|'),
);
/** "Again / now / today" brings a past sign back to the present. */
const NOW =
  /现在|刚才|刚刚|正在|又|今天|今晚|此刻|一直|还在|仍然|开始|以来|到现在|起就|\b(?:right now|just now|again|currently|now|today|tonight|this morning|another|still|since|started|starting|been|keeps?|ongoing)\b/;

/** A clause about the past that says nothing of now ("上个月血糖低到2点几晕过一次"). */
export function isPastClause(text: string): boolean {
  return HISTORY.test(text) && !NOW.test(text);
}

/** A number said in the clause: digits, Chinese numerals of two characters or more (九十), or 三度, 八点. */
const NUMBER_IN_CLAUSE = /\d|[一二两三四五六七八九十百]{2,}|[一二两三四五六七八九十]+(?:度|点)/;

/**
 * Do the numbers in the message (temperature, SpO2, days) describe the person now? Not when every
 * clause with a number is conditional or a question ("血氧低于90要去医院吗").
 */
export function numbersAsserted(clauses: readonly AnalyzedClause[]): boolean {
  const numeric = clauses.filter((c) => NUMBER_IN_CLAUSE.test(c.text));
  return numeric.length === 0 || numeric.some((c) => c.kind === 'statement' && !isPastClause(c.text));
}

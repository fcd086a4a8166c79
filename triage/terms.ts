/**
 * Term lists of the emergency screen: what people write or say (zh, en, speech-to-text variants) for each
 * red flag and symptom. Data reviewed like code: every pattern is lower-case and runs on normalised text
 * (NFKC, lower case), in both languages whatever the message language, because texts mix ("我的SpO2是92").
 *
 * Negation ("没有呼吸困难"), hypotheticals ("如果喘不上气…") and resolution ("烧退了") are handled by the
 * matcher, not here. `notWithin` removes matches that are part of something else (发热门诊 is a clinic,
 * "fever not responding to medicine" is not an unresponsive person).
 */
import { NUM, EN_NUM, parseAnyNumber } from '../nlp/text/numerals';

export interface TermSet {
  id: string;
  patterns: readonly RegExp[];
  /** A match overlapping one of these is not the term. */
  notWithin?: readonly RegExp[];
  /** Past events ("以前中过风", "history of seizures") do not count unless the clause also says "now". */
  skipHistory?: boolean;
  /** A message containing one of these does not assert the term at all (e.g. a hoarse throat explains "说不出话"). */
  unlessMessage?: RegExp;
  /** Extra check on a match, e.g. a tablet count large enough to be an overdose. */
  accept?: (m: RegExpMatchArray) => boolean;
}

/** Family and subject words that come before "没反应" when it is a person, not a medicine, that does not respond. */
const PERSON =
  '(?:人|他|她|老人|病人|爸|妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|老公|老婆|爱人|孩子|宝宝|小孩|婴儿|儿子|女儿)';
const CLAUSE_CHARS = '[^,;。!?]';

// ---------------------------------------------------------------- emergency

export const BREATHING_SEVERE: TermSet = {
  id: 'breathing-severe',
  patterns: [
    /呼吸困难|呼吸(?:很|好|太|有点|非常|特别|越来越|都)?(?:费劲|费力|吃力|急促|困难)|喘不(?:上|过|动|了)(?:气|来|起)?|上不来(?:气|起)|气(?:上不来|喘不上|不够用|接不上)|透不过气|吸不上气|吸不进气|憋(?:气|得慌|得难受|得厉害|死了|闷)|憋着气|气短|气促|气急|喘得(?:厉害|很|不行|说不出话|要命)|(?:很|好|太|特别|非常)喘|大口(?:大口)?喘气|张(?:着)?口呼吸|喘粗气|没法呼吸|不能呼吸|无法呼吸|呼吸不(?:上来|过来|动)|喘气(?:困难|费劲|很急)|说话都喘|鼻翼(?:一)?扇|三凹征|呼吸衰竭|气喘吁吁|拉风箱|说不(?:了|出)(?:几句|完整的?)话|说话(?:都)?(?:断断续续|说不完整|接不上气)|呼吸(?:很|好|太|特别|非常|越来越)(?:快|急)/,
    /can(?:'?t|not| not)\s+(?:really\s+)?breathe|can\s+(?:barely|hardly)\s+breathe|(?:hard|difficult|struggling|struggles|struggle|trouble|difficulty|difficulties|unable|labou?red)\s+(?:to\s+)?breath(?:e|ing)|short(?:ness)?\s+of\s+breath|breathless|out of breath|gasping|fighting for (?:breath|air)|(?:can'?t|cannot) catch (?:my|his|her|their) breath|breathing (?:is |got |has got |has become )?(?:very |really |so |too )?(?:hard|labou?red|difficult|fast|rapid|heavy|shallow|noisy)|breathing problems?|problems? breathing|(?:not|isn'?t|is not) breathing (?:well|properly|right|normally)|not getting enough air|(?:can'?t|cannot) get (?:enough )?air|air hunger/,
  ],
  notWithin: [/在家[^,;。]{0,4}憋|憋[^,;。]{0,4}(?:想出门|想出去)/],
};

export const CYANOSIS: TermSet = {
  id: 'cyanosis',
  patterns: [
    /(?:嘴唇|口唇|嘴巴|脸色|面色|脸|指甲|手指头?|指尖)(?:都|有点|已经|开始|有些)?(?:发)?(?:青紫|紫|青|乌青|乌|黑紫|绀)|发绀|紫绀/,
    /\b(?:lips?|face|fingers?|fingertips|(?:finger)?nails|skin)\s+(?:is |are |look |looks |looking |turned |turning |went |going |gone |seem |seems )?(?:a bit |kind of |slightly |really |very )?(?:blue|bluish|purple|grey|gray|dusky)\b|\bblue lips\b|\bcyano(?:sis|tic)\b|\bturning blue\b/,
  ],
};

export const CHEST_PAIN: TermSet = {
  id: 'chest-pain',
  patterns: [
    /胸(?:口|部|前|骨后)?(?:压着|压榨|压迫|紧缩|像压|撕裂)?(?:样)?(?:疼|痛|剧痛|绞痛|刺痛|闷痛)|胸口(?:像|好像)?(?:被)?(?:压|堵)(?:了|着)?(?:一)?(?:块|个)?(?:大)?(?:石头|东西)|心口(?:疼|痛)|心脏(?:那里|那块|这里|部位|位置)?(?:疼|痛)|胸(?:口|部)?(?:像|好像|跟|如)[^,;。]{1,8}(?:一样|似的)?(?:疼|痛)|心绞痛|心梗|心肌梗|心脏病(?:发作|犯了)|胸(?:口)?压(?:得|着)(?:喘不|难受|慌)|胸闷(?:得)?(?:厉害|出汗|大汗|冒冷汗|喘不|透不过|憋)|胸(?:口)?(?:很|特别)?(?:闷|紧)[^,;。]{0,4}(?:大汗|冷汗|满头大汗|出汗)/,
    /chest\s+(?:pains?|pressure|hurts?|is hurting|heaviness|is heavy)|pain\s+in\s+(?:my|his|her|the|their)\s+chest|(?:crushing|squeezing|pressing|heavy)\s+(?:pain|feeling|sensation|weight)?\s*(?:in|on)?\s*(?:my|his|her|the)?\s*chest|heart attack|angina|elephant (?:sitting )?on (?:my|his|her) chest|chest (?:feels |is |felt )?(?:so |very |really )?heavy|(?:tight|tightness in (?:my|his|her|the)) chest (?:and|with) (?:sweat|cold sweat|clammy)/,
  ],
  // Chest pain from coughing is common in COVID and is screened as urgent (CHEST_COUGH) instead.
  notWithin: [
    /(?:心梗|心肌梗死?|心脏病|心绞痛)(?:史|病史|后|以后|之后|病人|患者|放过|装过|做过|搭过|术后)|(?:心梗|心肌梗)[^,;。]{0,3}(?:放|装|做)(?:过|了)?支架/,
    /咳(?:嗽)?(?:得|的|时|起来|完)?[^,;。]{0,3}胸(?:口|部)?(?:都)?(?:疼|痛)|胸(?:口)?(?:一咳|咳)(?:嗽)?(?:就|得|时)?(?:疼|痛)/,
    /(?:chest (?:pain|hurts?)|pain in (?:my|his|her) chest) (?:only )?when (?:i |he |she )?cough|cough(?:ing)? (?:so much |so hard )?(?:that )?(?:makes )?(?:my|his|her) chest (?:hurt|sore)/,
  ],
  skipHistory: true,
};

export const UNCONSCIOUS: TermSet = {
  id: 'unconscious',
  patterns: [
    new RegExp(
      `晕倒|晕过去|晕厥|昏倒|昏过去|昏迷|昏死|晕到(?:了|在)|叫不醒|喊不醒|叫不应|唤不醒|摇不醒|推不醒|不省人事|人事不省|失去(?:了)?(?:意识|知觉)|没(?:有)?(?:意识|知觉)了|倒在地上|倒地不起|休克|没(?:有)?(?:呼吸|心跳|气)了|呼吸停了|心跳停了|(?:叫|喊|拍|推|摇|碰)(?:他|她|人|也|都|了)?${CLAUSE_CHARS}{0,4}(?:不醒|没(?:有)?(?:反应|反映|回应|动静)|不(?:答应|应|理))|${PERSON}${CLAUSE_CHARS}{0,6}没(?:有)?(?:反应|反映|知觉|意识)|没(?:有)?(?:反应|反映)了`,
    ),
    /\b(?:unconscious|unresponsive|passed out|blacked out|fainted|collapsed|keeled over|not responding(?! to)|isn'?t responding(?! to)|won'?t respond|doesn'?t respond(?! to)|won'?t wake(?: up)?|can(?:'?t|not| not) wake (?:him|her|them|my \w+)(?: up)?|(?:he|she|they|dad|daddy|father|mum|mom|mummy|mother|grand(?:ma|pa|mother|father|dad|mum)|husband|wife|son|daughter|baby|child|kid|partner|brother|sister)(?:'?s)? (?:can'?t|cannot|can not|won'?t|will not|is not|isn'?t) (?:be )?(?:woken|wake|waking)(?: up)?|not waking(?: up)?|not breathing(?! (?:well|properly|right|normally|great|good|easily))|stopped breathing|isn'?t breathing(?! (?:well|properly|right|normally))|no pulse|no heartbeat|not conscious|lost consciousness|out cold)\b/,
  ],
  notWithin: [/药[^,;。!?]{0,3}没(?:有)?(?:反应|反映)/, /没(?:有)?意识到/],
};

export const CONFUSION: TermSet = {
  id: 'confusion',
  patterns: [
    /神志不清|神智不清|意识模糊|意识不清|说胡话|胡言乱语|胡说八道|糊涂了|犯糊涂|认不出(?:人|我|家人)|不认(?:识)?人了?|迷糊了|谵妄|答非所问|精神错乱|反应(?:很|特别|变得)?迟钝|说话颠三倒四|不知道自己在哪|自言自语|语无伦次|说的话(?:都)?听不懂|说话(?:都)?听不懂/,
    /\b(?:very |really |suddenly |getting |got |became |becoming |seems |seem |is |looks |acting |so )(?:very |really |so |more )?confused\b|\bconfusion\b|\bdelirious\b|\bdelirium\b|\bdisoriented\b|not making (?:any )?sense|talking nonsense|(?:doesn'?t|didn'?t|can'?t|does not|did not|cannot) recogni[sz]e (?:me|us|anyone|people|family)|not recogni[sz]ing|doesn'?t know where (?:he|she) is|gibberish|(?:isn'?t|is not|not) (?:acting like )?(?:himself|herself)|acting (?:strange|strangely|weird|odd)|behaving (?:strangely|oddly|weirdly)/,
  ],
  notWithin: [
    /我(?:都|也|有点|真|是)?(?:被)?(?:搞|弄|看|听|说)?糊涂|(?:搞|弄|看|听|说)糊涂/,
    /\bi(?:'m| am)\s+(?:a bit |so |really |very |getting |quite )?confused|confused (?:about|by|with|over)|confusion (?:about|over|on)|\bconfusing\b|\bi'm (?:a little )?confused\b/,
  ],
};

export const SEIZURE: TermSet = {
  id: 'seizure',
  patterns: [
    /抽搐|抽风|惊厥|四肢抽|手脚(?:在|一直)?抽|浑身抽|全身抽|(?:一直|在)抽(?!烟|血|空|时间|奖|签)|抽(?:了)?起来了?|一阵一阵(?:地|的)?抽|抽个不停|癫痫(?:发作|犯了)|羊癫疯|羊角风|口吐白沫|翻白眼[^,;。!?]{0,4}(?:抽|不醒|没反应)|抽筋[^,;。!?]{0,4}(?:口吐白沫|翻白眼|叫不醒|不醒|没反应)/,
    /\bseizures?\b|\bseizing\b|\bconvuls(?:ion|ions|ing|ed|ive)\b|\bfitting\b|having a fit|\bhad a fit\b|shaking (?:uncontrollably|all over)|foaming at the mouth|eyes (?:rolled|rolling) back|epileptic (?:fit|attack)/,
  ],
  skipHistory: true,
};

export const STROKE: TermSet = {
  id: 'stroke',
  patterns: [
    /嘴(?:巴)?(?:角)?(?:有点|突然|都|也)?(?:歪|斜)|口角(?:歪斜|歪|流口水)|口眼歪斜|脸(?:也|都|突然)?(?:一边|一侧|半边)?(?:歪|塌|耷拉|下垂)|(?:一边|半边|一侧)(?:的)?脸(?:突然)?(?:歪|塌|耷拉|下垂|麻|动不了)|面瘫|一(?:侧|边)(?:的)?(?:身子|身体|手|脚|手脚|胳膊|腿|手臂|肢体|脸)?[^,;。]{0,3}(?:没(?:有)?力|无力|不能动|动不了|抬不起来|麻|不听使唤|不灵)|半(?:边|个)?身(?:子|体)?[^,;。]{0,3}(?:不能动|动不了|没(?:有)?力|无力|麻|不听使唤)|半身不遂|偏瘫|(?:左|右)(?:手|胳膊|手臂|腿|脚|边|侧)(?:突然)?[^,;。]{0,3}(?:没(?:有)?力|无力|不能动|动不了|抬不起来|举不起来|麻了|不听使唤)|(?:说话|讲话|口齿|吐字)(?:突然|有点|也)?(?:不清|含糊|不利索|不清楚|说不清|大舌头)|大舌头|口齿不清|突然(?:看不见|看不清|失明)|中风|中疯|卒中|脑梗(?!后遗症)|脑出血|脑溢血/,
    /face (?:is |looks |has |seems )?(?:drooping|droopy|droops|lopsided|uneven|sagging)|droop(?:ing|y)? (?:face|mouth|smile|eyelid)|(?:mouth|smile) (?:is |looks )?(?:drooping|droopy|crooked|lopsided|uneven)|one side of (?:his|her|my|the|their) (?:face|body)|slurr(?:ed|ing)|speech (?:is |sounds )?(?:slurred|garbled)|(?:can'?t|cannot|unable to|couldn't) (?:lift|raise|move) (?:his |her |my |their |one |the )?(?:left |right )?(?:arm|leg|hand)|(?:sudden )?(?:arm|leg) weakness|weak(?:ness)? (?:on|in) (?:one|the left|the right|his left|his right|her left|her right) (?:side|arm|leg)|numb(?:ness)? on one side|one-sided weakness|\bstroke\b|sudden (?:loss of vision|vision loss|blindness)|(?:can'?t|cannot) (?:speak|talk) properly|trouble speaking/,
  ],
  notWithin: [/stroke (?:patient|unit|ward|rehab)/, /中风(?:后遗症|康复)/],
  skipHistory: true,
};

/** "说不出话" is a stroke sign unless the throat is the reason (a hoarse COVID throat is common). */
export const SPEECH_LOSS: TermSet = {
  id: 'speech-loss',
  patterns: [/突然说不出话|说不出话(?:来)?了?/, /suddenly (?:can'?t|cannot|couldn't) (?:speak|talk)/],
  unlessMessage: /嗓子|喉咙|声音|哑|咽|throat|voice|hoarse/,
};

export const BLEEDING_HEAVY: TermSet = {
  id: 'bleeding-heavy',
  patterns: [
    /大出血|出血(?:量)?(?:很多|不止|止不住|好多|特别多)|血(?:流)?不止|止不住(?:地|的)?(?:流)?血|血止不住|流了(?:很多|好多|一大?滩|一地|一大片)(?:的)?血|吐血|呕血|(?:咳|咯|吐)出(?:了)?(?:大口|很多|好多|一大口|一口一口的?|满口|一大?摊)(?:的)?血|大口(?:咳|咯|吐)血|(?:咳|咯|吐)(?:了)?(?:很多|好多|不少)(?:的)?血|血[^,;。]{0,4}(?:一大口一大口|大口大口)|(?:一大口一大口|大口大口)[^,;。]{0,4}血|咯血(?:很多|不止)|便血(?:很多|不止)|流血不止|血(?:还是?|一直|总是|老是|怎么也|怎么都|就是)(?:止不住|止不了|不止|停不下来|流个不停)|(?:喷|涌|冒)(?:出)?(?:了)?(?:好多|很多|大量)?血|血[^,;。]{0,4}(?:往外|直)(?:喷|涌|冒|流)|血(?:喷|涌)(?:出来|出)/,
    /(?:heavy|severe|massive|a lot of|lots of|profuse|uncontrolled) bleeding|bleeding (?:heavily|badly|a lot|profusely|won'?t stop|will not stop|that won'?t stop|that will not stop|doesn'?t stop|does not stop|non-?stop)|(?:won'?t|can'?t|cannot) stop (?:the )?bleeding|vomit(?:ing|ed|s)? (?:up )?blood|throwing up blood|threw up blood|blood in (?:his|her|my|the|their) vomit|呕吐物(?:里|中)?(?:有|带)血|cough(?:ing|ed|s)? up (?:a lot of|lots of|large amounts of|a cup of|mouthfuls of|a mouthful of) blood|blood everywhere|(?:the )?blood (?:won'?t|will not|doesn'?t|does not|isn'?t going to|just won'?t|keeps not) stop|(?:pouring|gushing|spurting|pumping) (?:out )?blood|blood (?:is |keeps )?(?:pouring|gushing|spurting|pumping|streaming)|soak(?:ed|ing|s)? (?:right )?through (?:the |a |his |her |my )?(?:\w+ )?(?:towels?|bandages?|cloths?|clothes|shirt|dressing)/,
  ],
};

export const ANAPHYLAXIS: TermSet = {
  id: 'anaphylaxis',
  patterns: [
    /(?:舌头|嘴唇|眼皮|脸)(?:突然|都|一下)?(?:肿|发肿|水肿)(?:了|起来)?|喉(?:咙|头)(?:发紧|水肿|像被掐住)|过敏性休克|严重过敏|过敏[^,;。]{0,10}(?:喘不|憋气|呼吸困难|喉咙紧)/,
    /anaphyla(?:xis|ctic)|(?:tongue|lips?|face) (?:is |are |started |starting |has started |have started )?(?:swelling|swollen|swelled)(?: up)?|(?:swollen|swelling) (?:tongue|lips?|face)|throat (?:is |feels )?(?:closing|tightening|closing up|swelling (?:up|shut))|(?:severe|bad|serious) allergic reaction/,
  ],
};

/** A single intake of at least this many tablets is treated as an overdose. */
export const OVERDOSE_TABLETS = 10;

export const OVERDOSE: TermSet = {
  id: 'overdose',
  patterns: [
    /(?:吃|吞|服)(?:了|下|掉)?(?:一|整|半)?整?(?:瓶|盒|板)(?!饭|面|水果|牛奶|酸奶|饼干|泡面|方便面|菜|饺子|粥|冰淇淋|蛋糕|零食|巧克力)|喝(?:了|下|掉)?(?:一|半)?整?(?:瓶|盒)[^,;。]{0,6}(?:药|糖浆|止咳水|止咳露|农药|消毒|酒精|84)|(?:吃|吞|服|喝)(?:了|下)?(?:大量|很多|好多|一大把|一把)(?:的)?(?:药|安眠药|退烧药|片|止痛药)|(?:药)?吃(?:多了|过量了?|超量了?)|过量服(?:用|药)|服药过量|用药过量|把(?:一|整|半)?整?(?:瓶|盒|板|包)[^,;。]{0,8}(?:都|全)?(?:吃|吞|喝)(?:了|掉|下去)|药[^,;。]{0,6}(?:都|全)(?:吃|吞)(?:了|掉)|(?<![最至顶])多(?:吃|服)了?(?:好几|几|两|三|四|五|\d)(?:倍|片|粒|颗)|(?:好几|几|两|三)倍(?:的)?(?:量|剂量|药)|误服|误食|误吃|误喝|吃错(?:了)?药|喝(?:了)?(?:农药|敌敌畏|百草枯|消毒液|消毒水|84|洗洁精|洗衣液|漂白|汽油|老鼠药)|(?:孩子|宝宝|小孩|娃)[^,;。]{0,6}(?:偷吃|把药当|当糖吃|吃了(?:大人|我|奶奶|爷爷)的药)|中毒|安眠药(?:吃|吞)/,
    new RegExp(`(?:吃|吞|服|喝)(?:了|下|掉)?${CLAUSE_CHARS}{0,6}?(${NUM})\\s*(?:片|粒|颗|包)`),
    /overdos(?:e|ed|ing)|(?:took|taken|take|swallowed|ate) (?:way )?(?:too many|too much|a whole|the whole|an entire|a bottle|a handful|a box|a pack|handfuls)|swallowed (?:a lot of|lots of|pills|tablets|some pills|batteries|a battery|bleach)|(?:ate|swallowed|got into|drank|drunk) (?:my |his |her |the |some )?(?:pills|tablets|medicines?|meds|bleach|pesticide|antifreeze|detergent|cleaning products?|rat poison)|accidentally (?:took|swallowed|ate|drank|taken)|poison(?:ed|ing)\b|whole (?:bottle|pack|packet|box) of/,
    new RegExp(
      `(?:took|taken|swallowed|ate|had)\\s+(?:about |around |like |maybe |over )?(${EN_NUM})\\s+(?:\\w+\\s+)?(?:tablets|pills|capsules)`,
    ),
  ],
  notWithin: [
    /会不会[^,;。]{0,4}(?:中毒|过量)|会(?:不会)?(?:中毒|过量)吗|能(?:不能)?中毒|中毒吗|算(?:不算)?过量|过量吗|是否过量|怎么(?:算|才算)过量|防止[^,;。]{0,4}(?:中毒|过量)|避免[^,;。]{0,4}(?:中毒|过量)|吃(?:多了|过量)?会|(?:药)?吃(?:多了|过量了?)(?:会|对|伤|有什么|有啥|要紧|有没有)|食物中毒|过量的?风险/,
    /(?:would|will|is|could) (?:it|that|this) (?:be )?(?:an )?overdose|risk of (?:an )?overdose|overdose risk|avoid (?:an )?overdos|how (?:much|many)[^.?]{0,30}overdose|(?:not|never) to overdose|food poisoning/,
  ],
  // Only large counts: "吃了2片布洛芬" is a normal dose.
  accept: (m) => {
    const count = m[1];
    if (count === undefined) return true;
    const n = parseAnyNumber(count);
    return n !== undefined && n >= OVERDOSE_TABLETS;
  },
};

export const SUICIDE: TermSet = {
  id: 'suicide',
  patterns: [
    /不想活(?:了|下去)?|活着没(?:意思|意义)|活不下去|想(?:要)?自杀|自杀|想(?:去)?死|寻死|轻生|活够了|想了断|割腕|跳楼|上吊|结束(?:自己的)?生命|了结自己|一死了之|不如死了|死了算了|想了结|伤害自己|自残/,
    /\b(?:want|wanna|going|gonna|plan|planning|thinking about|thought about|think about|wants|trying) (?:to )?(?:die|kill (?:myself|himself|herself)|end (?:it|it all|my life|his life|her life)|commit suicide|hurt (?:myself|himself|herself))|kill (?:myself|himself|herself)|suicid(?:e|al)|end(?:ing)? (?:it all|my life|his life|her life)|(?:feel|felt|feeling) like (?:dying|ending it)|(?:don'?t|doesn'?t|do not|does not) want to (?:live|be alive|be here anymore)|no (?:reason|point) (?:to live|in living)|better off dead|self[- ]harm|hurt(?:ing)? (?:myself|himself|herself)|take (?:my|his|her) (?:own )?life/,
  ],
  // Figures of speech about pain ("疼得想死", "this throat makes me want to die") are not intent.
  notWithin: [
    /(?:疼|痛|难受|累|热|冷|烦|咳|烧|痒|憋|饿|困|晕)(?:得|的)(?:我)?(?:都|简直|真)?(?:想死|要死|不想活)|自杀(?:热线|干预|预防)|防止自杀|预防自杀/,
    /(?:makes?|made|making) me (?:want to|wanna) die|(?:pain|hurts?|sore|ache|aching|cough)[^.]{0,25}(?:want to|wanna) die|suicide (?:prevention|hotline|line)/,
  ],
};

export const RASH_NON_BLANCHING: TermSet = {
  id: 'rash-non-blanching',
  patterns: [
    /(?:按|压)(?:了|着)?(?:也)?不褪色|不褪色(?:的)?(?:皮疹|疹子|斑|点)|紫(?:色|红色)(?:的)?(?:皮疹|疹子|斑点|斑|点)|紫癜|瘀斑|出血点/,
    /non-?blanching|rash (?:that )?(?:doesn'?t|does not|won'?t|didn'?t) fade|(?:purple|dark red|purplish) (?:rash|spots|blotches)|glass test/,
  ],
};

/** Newborn words: a fever at this age is an emergency (NICE NG143: under 3 months with ≥ 38 °C). */
export const NEWBORN_WORDS =
  /新生儿|刚出生|没满月|满月|月子里的?(?:宝宝|孩子)|出生[^,;。]{0,3}(?:天|周)|newborn|\b\d+[- ]?(?:days?|weeks?)[- ]old\b/;
export const BABY_WORDS = /宝宝|婴儿|小宝|奶娃|吃奶|新生儿|\bbab(?:y|ies)\b|\binfant\b|\bnewborn\b/;
export const CHILD_WORDS =
  /孩子|小孩|儿子|女儿|宝宝|宝贝|娃|小朋友|闺女|孙子|孙女|外孙|婴儿|幼儿|\bkids?\b|\bchild(?:ren)?\b|\bsons?\b|\bdaughters?\b|\btoddler\b|\bbab(?:y|ies)\b|\binfant\b|\bboy\b|\bgirl\b/;
/** Conditions that make any symptom a reason to see a clinician today. */
export const KEY_CONDITION_WORDS =
  /透析|dialysis|化疗|放疗|chemo(?:therapy)?|radiotherapy|器官移植|肾移植|transplant|免疫抑制|immunosuppress|白血病|leuka?emia|淋巴瘤|lymphoma/;

export const PREGNANCY_WARNING: TermSet = {
  id: 'pregnancy-warning',
  patterns: [
    /头(?:突然|很|特别|非常|好|有点|一直|越来越|剧烈)*(?:疼|痛|晕)|头晕|眼花|视物模糊|看东西模糊|心慌|心悸|心跳(?:很|好|特别)?快|肚子(?:突然|很|好|特别|一阵一阵|一直|有点|非常|越来越|剧烈)*(?:疼|痛)|腹(?:部)?(?:突然|很|剧烈)*(?:疼|痛)|小腹(?:疼|痛|坠)|肚子发紧|宫缩|见红|(?:阴道|下面|下身)?(?:出血|流血)|流水|破水|羊水破|胎动(?:少|减少|变少|不明显|异常|没了|停了|很少|频繁|明显减少)|(?:宝宝|胎儿|孩子)(?:在肚子里)?(?:不动|动得少|不怎么动|没动静)|水肿加重/,
    /headache|head (?:hurts|is pounding)|dizz(?:y|iness)|blurr(?:ed|y) vision|palpitations?|heart (?:is )?(?:racing|pounding)|(?:abdominal|stomach|belly|tummy) (?:pain|cramps?|hurts)|cramping|contractions|bleeding|spotting|waters? (?:broke|breaking|has broken|have broken)|leaking (?:fluid|water)|baby (?:isn'?t|is not|hasn'?t been|has not been|not|stopped) (?:moving|kicking)|(?:reduced|fewer|less|decreased) (?:fetal |baby(?:'s)? )?(?:movements?|kicks|movement)|(?:haven'?t|have not|hasn'?t) felt (?:the )?baby move/,
  ],
};

export const INFANT_DANGER: TermSet = {
  id: 'infant-danger',
  patterns: [
    /不吃奶|拒奶|不喝奶|吃不进奶|不怎么吃奶|吃奶(?:很|特别|明显)少|(?:吃奶|奶量)(?:明显)?(?:少了(?:很多|一半)|减少了?一半)|奶都不吃|(?:很|特别|一直)?蔫|没精神|精神(?:很|特别)?差|软绵绵|软软的|四肢无力|嗜睡|昏睡|一直睡|睡不醒|哭声(?:很)?(?:弱|微弱)|不哭不闹|前囟(?:门)?(?:鼓|凸)|呼吸(?:很|特别)?快|肋骨凹陷|呻吟/,
    /(?:not|won'?t|isn'?t|refusing to|refuses to|stopped) (?:feeding|feed|taking (?:milk|the bottle|the breast|feeds))|refus(?:ing|es) (?:feeds|milk|the bottle|the breast|to feed)|\bfloppy\b|\blimp\b|\blethargic\b|\blistless\b|very sleepy|(?:hard|difficult) to wake|weak cry|high[- ]pitched cry|bulging fontanelle|\bgrunting\b|breathing (?:very |really )?fast/,
  ],
};

export const HEAD_INJURY: TermSet = {
  id: 'head-injury',
  patterns: [
    /(?:摔|撞|磕|碰)(?:到|伤|破|着)?(?:了)?(?:后脑勺|脑袋|头部|头)|(?:头|脑袋)(?:部)?(?:被)?(?:摔|撞|磕)(?:伤|破|了)/,
    /(?:hit|bumped|banged|knocked|injured|hurt) (?:his|her|my|their|the) head|head injury|fell (?:on|onto) (?:his|her|my|their) head/,
  ],
};

/** After a head injury these mean bleeding inside the skull until proven otherwise. */
export const HEAD_INJURY_DANGER: TermSet = {
  id: 'head-injury-danger',
  patterns: [
    /吐|呕|嗜睡|想睡|犯困|迷糊|头(?:很|越来越)?(?:疼|痛)/,
    /vomit|throw(?:ing)? up|threw up|being sick|drowsy|sleepy|headache/,
  ],
};

// ---------------------------------------------------------------- urgent

export const BREATHING_MILD: TermSet = {
  id: 'breathing-mild',
  patterns: [
    /喘|气不够|憋/,
    /\bwheez(?:e|y|ing)\b|\bwinded\b|(?:a bit|slightly|a little|mildly) (?:breathless|short of breath)/,
  ],
  // Asthma as a diagnosis is not breathlessness now; 憋 also means holding something in.
  notWithin: [
    /喘不(?:上|过|动|了)|咳喘(?:药|宁)|平喘|哮喘|气喘病|喘息性|喘气(?:正常|还好|还行|不急|平稳)/,
    /憋(?:尿|屎|不住|着不|屈|笑|坏了)|在家[^,;。]{0,4}憋|憋[^,;。]{0,4}(?:想出门|想出去)/,
  ],
};

export const CHEST_TIGHT: TermSet = {
  id: 'chest-tight',
  patterns: [
    /胸闷|胸口(?:闷|发紧|不舒服|难受)|胸部不适|咳(?:嗽)?(?:得|的|时|起来)?[^,;。]{0,3}胸(?:口|部)?(?:都)?(?:疼|痛)|胸(?:口)?(?:一咳|咳)(?:嗽)?(?:就|得|时)?(?:疼|痛)/,
    /chest (?:is |feels |felt |gets |getting )?(?:very |really |so |a bit |a little |quite )?tight(?:ness)?|tight chest|chest discomfort|chest (?:pain|hurts?) when (?:i |he |she )?cough|cough(?:ing)? (?:so much |so hard )?(?:that )?(?:makes )?(?:my|his|her) chest (?:hurt|sore)/,
  ],
};

export const PALPITATIONS: TermSet = {
  id: 'palpitations',
  patterns: [
    /心慌|心悸|心跳(?:很|好|特别|非常)?(?:快|乱|不齐|加速)|心脏(?:乱跳|跳得厉害|怦怦)|心率(?:很|特别)?快/,
    /palpitations?|heart (?:is )?(?:racing|pounding|fluttering)|racing heart|irregular heartbeat|heart rate (?:is )?(?:very |really )?(?:high|fast)/,
  ],
};

export const BLEEDING_MINOR: TermSet = {
  id: 'bleeding-minor',
  patterns: [
    /痰(?:中|里)?(?:带|有)(?:点)?(?:血丝|血|血块)|血丝|咳血|咯血|咳出(?:了)?(?:点)?血|黑便|便血|尿血/,
    /cough(?:ing|ed|s)? (?:up )?(?:some |a little |a bit of )?blood|blood in (?:my|his|her|the) (?:phlegm|sputum|mucus|stool|poo|urine)|streaks? of blood|bloody (?:phlegm|mucus|sputum)|black (?:stools?|poo)/,
  ],
};

export const FEVER_NOT_RESPONDING: TermSet = {
  id: 'fever-not-responding',
  patterns: [
    /(?:吃|用|服|贴|打)(?:了)?[^,;。]{0,8}(?:退烧|退热|布洛芬|对乙酰氨基酚|泰诺林|美林|扑热息痛|药)[^,;。]{0,6}(?:也|还|都|还是|仍然|依然)?(?:不退|退不下|降不下|没用|不管用|没效果|不见效|没退|又烧|又起来)|(?:高烧|发烧|烧|发热|高热|体温)(?:一直|总是|还是|老是)?(?:不退|退不下|反反复复|反复|降不下|下不来)|退了又烧|烧退了又|吃药(?:也|都)?(?:不退|没用)/,
    /(?:fever|temperature|temp)[^.]{0,20}(?:won'?t|wouldn't|isn'?t|is not|doesn'?t|does not|will not|hasn'?t|has not|not|never) (?:go(?:ing)? down|come down|coming down|break|broken|budge|respond|responding|drop|dropping)|(?:despite|even with|even after) (?:taking |giving (?:him |her )?)?(?:paracetamol|tylenol|acetaminophen|ibuprofen|advil|motrin|medicine|meds|medication|fever reducers?)|(?:paracetamol|tylenol|acetaminophen|ibuprofen|medicine|meds|medication) (?:isn'?t|is not|aren'?t|are not|doesn'?t|don'?t|not) (?:working|helping|bringing (?:it|the fever) down)|(?:fever|temperature) keeps coming back/,
  ],
};

export const CHRONIC_WORSENING: TermSet = {
  id: 'chronic-worsening',
  patterns: [
    /血压(?:控制不住|降不下来|降不下去|居高不下|很高|特别高|太高|飙|高得|一直高|突然升高|高到|爆表|压不住)|(?:高压|血压|收缩压)(?:有|是|到了?|测出来)?\s*(?:1[89]\d|2\d\d)|血糖(?:控制不住|降不下来|很高|特别高|太高|飙|高得|爆表|高到|测不出|一直高|压不住)|血糖(?:有|是|到了?|测出来)?\s*(?:1[6-9]|[2-3]\d)(?:\.\d)?(?![\d.])|(?:心衰|心力衰竭|慢阻肺|哮喘|肾病|肾衰|基础病|老毛病|慢性病|冠心病|心脏病|糖尿病|高血压)(?:也|又)?(?:加重|发作|犯了|恶化|又犯|严重了)|腿(?:肿|浮肿)(?:得)?(?:厉害|加重|越来越)|透析[^,;。!?]{0,6}(?:没法|去不了|不能|耽误|停了|中断|做不了)|(?:血糖|血压)(?:一直|还在|老是|总是|不停地?|持续|天天)(?:在)?(?:往上)?(?:升|涨|飙|高|上升)|(?:血糖|血压)越来越高/,
    /(?:blood pressure|bp) (?:is )?(?:very |really |too |so |dangerously )?(?:high|out of control|won'?t come down)|(?:blood pressure|bp)(?: is| of| at|:)? (?:1[89]\d|2\d\d)\b|(?:blood )?(?:sugar|glucose) (?:is )?(?:very |really |too |so )?(?:high|out of control)|(?:sugar|glucose)(?: is| of| at|:)? (?:1[6-9]|[2-3]\d)(?:\.\d)?\b|(?:heart failure|copd|asthma|kidney disease|diabetes) (?:is )?(?:getting )?(?:worse|worsening|flar(?:e|ing) up|acting up)|worsening (?:heart failure|copd|asthma)|(?:can'?t|cannot|couldn't) (?:get|make it) to (?:my |his |her )?dialysis|missed (?:my |his |her )?dialysis|(?:blood )?(?:sugars?|glucose|pressure|bp)(?: levels?| readings?)? (?:keeps?|kept|is|are|has been|have been) (?:going up|rising|climbing|creeping up|getting higher|shooting up|spiking)|(?:rising|climbing|spiking) (?:blood )?(?:sugars?|glucose|blood pressure)/,
  ],
};

/** A long-term illness named by the person (for "chronic illness + getting worse"). */
export const CHRONIC_DISEASE: TermSet = {
  id: 'chronic-disease',
  patterns: [
    /慢阻肺|哮喘|心衰|心力衰竭|冠心病|心脏病|糖尿病|高血压|肾病|肾衰|尿毒症|肺心病|慢性支气管炎|老慢支|肺气肿|肺纤维化|透析|基础病|慢性病/,
    /\b(?:copd|asthma|heart failure|heart disease|diabetes|diabetic|kidney disease|emphysema|chronic bronchitis|pulmonary fibrosis|dialysis)\b/,
  ],
};

/** Symptoms described as getting worse over days, not a one-off. */
export const GETTING_WORSE: TermSet = {
  id: 'getting-worse',
  patterns: [
    /越来越(?:重|厉害|严重|难受|喘|多)|(?:加重|恶化)了?|比(?:以前|前几天|昨天|平时)(?:还)?(?:重|厉害|严重)|一天比一天(?:重|厉害|严重|差)/,
    /\b(?:getting|got|gotten|growing) (?:much |a lot |steadily )?worse\b|\bworse and worse\b|\bworsening\b|\bworse (?:every|each) day\b/,
  ],
};

export const PERSISTENT_VOMITING: TermSet = {
  id: 'persistent-vomiting',
  patterns: [
    /一直吐|吐个不停|吐得(?:很)?厉害|反复(?:呕)?吐|呕吐不止|吃什么吐什么|喝(?:水|什么|口水)(?:都|也)?(?:吐|会吐)|喝不进(?:去)?水|喝不下(?:水|东西)?|滴水不进|不能喝水|吐了一(?:天|整天|晚上|夜)|吐了(?:好几|很多|[五六七八九十]|\d{1,2})次|(?:一天|一整天|半天|很久)(?:都)?(?:没|没有)(?:小便|尿|尿尿)|尿(?:很|特别)?少/,
    /(?:can'?t|cannot|couldn't|unable to) keep (?:anything|any food|water|fluids|liquids|food) down|keeps? (?:vomiting|throwing up|being sick)|vomit(?:ing|ed) (?:all day|all night|non-?stop|constantly|repeatedly|\d+ times)|(?:persistent|constant|repeated|non-?stop) (?:vomiting|throwing up)|unable to drink|(?:can'?t|cannot) drink (?:anything|water)|(?:hasn'?t|haven'?t|has not|have not|not) (?:peed|urinated|passed urine|wee'?d)|no (?:urine|pee) (?:for|since|all)/,
  ],
};

/** Drowsy but rousable: a clinician today (not being rousable at all is UNCONSCIOUS). */
export const DROWSY: TermSet = {
  id: 'drowsy',
  patterns: [
    /迷迷糊糊|昏昏欲睡|嗜睡|昏睡|叫醒了?又睡|一直在?睡(?:觉)?(?:不醒)?/,
    /\b(?:very|really|unusually|extremely) (?:drowsy|sleepy)\b|\bhard to keep awake\b|keeps (?:falling|nodding) (?:asleep|off)/,
  ],
};

export const CHILD_UNWELL: TermSet = {
  id: 'child-unwell',
  patterns: [
    /(?:很|特别|一直)?蔫|没精神|精神(?:很|特别|不太)?(?:差|不好)|无精打采|嗜睡|昏睡|一直睡|不(?:肯)?吃(?:东西|饭)|什么都不吃|吃不下(?:东西|饭)?|拒食|不喝水|一直吐|吐了(?:好几次|很多次|一天)|反复(?:呕)?吐|呕吐不止|一直拉|拉(?:了)?(?:好几天|很多次|好多次|一天)|腹泻(?:好几天|不止|很多次)|拉肚子(?:好几天|不停|止不住|一直)|(?:一直|老是)拉肚子/,
    /\blethargic\b|\blistless\b|(?:very |really |unusually )(?:sleepy|drowsy)|no energy|(?:won'?t|not|isn'?t|refusing to|refuses to|stopped) (?:eat|eating|drink|drinking)|keeps (?:vomiting|throwing up|being sick)|(?:persistent|constant|non-?stop) (?:vomiting|diarrh(?:o)?ea)|diarrh(?:o)?ea (?:for|all) (?:\w+ )?days?|(?:vomit(?:ing|ed)|thrown up|threw up) (?:\w+ )?(?:times|all day)/,
  ],
};

// ---------------------------------------------------------------- routine

export const FEVER: TermSet = {
  id: 'fever',
  patterns: [
    /发烧|发热|高烧|低烧|高热|烧到|烧了|(?:还|又|一直|反复)(?:在)?烧|烧得|体温(?:高|升高|偏高)|打摆子|(?:摸着|额头|头|身上|浑身)(?:很|有点|好)?(?:发)?烫/,
    /\bfever(?:ish|s)?\b|\bfebrile\b|\b(?:high|a) temp(?:erature)?\b|running a temp|\bpyrexi|(?:feels?|felt|is|are) (?:very |really |a bit |quite )?(?:hot|warm)(?: to (?:the )?touch)?\b|burning up/,
  ],
  notWithin: [
    /发热门诊|发烧门诊|退烧|退热|发烧药|发热药|发烧糖浆|治发烧|治发热|烧(?:了)?(?:水|饭|菜|香|纸)/,
    /fever clinic|fever (?:medicines?|meds|medications?|reducers?|tablets?|pills?|syrups?|drops|suspension|sachets?|patch(?:es)?)|fever[- ]reduc|anti-?fever|\bfor (?:a )?fever\b|fever (?:and|or) pain (?:relief|medicine)/,
  ],
};

export const SYMPTOMS: TermSet = {
  id: 'symptoms',
  patterns: [
    /咳嗽|干咳|咳痰|有痰|痰多|黄痰|(?<!止)咳(?!嗽药|嗽糖浆|血)|(?:嗓子|喉咙)(?:很|太|好|特别|有点|有些|非常|超|巨|都|也)?(?:疼|痛|干|痒|哑|难受|发炎|像刀割|冒火|肿)|咽(?:喉)?(?:痛|干|痒)|吞刀片|刀片嗓|流鼻涕|流涕|鼻塞|鼻子(?:堵|不通)|打喷嚏|头(?:很|有点|特别)?(?:疼|痛|晕|昏)|浑身(?:疼|痛|酸|没劲|难受|发冷)|全身(?:酸痛|疼|痛|没劲|无力)|肌肉(?:酸痛|疼|痛)|关节(?:疼|痛)|骨头(?:疼|痛)|腰酸背痛|酸痛|乏力|没力气|没劲|疲劳|疲惫|没胃口|食欲(?:差|不好|不振)|拉肚子|腹泻|恶心|想吐|呕吐|吐了|闻不到|嗅觉|味觉|尝不出|没味道|怕冷|发冷|畏寒|寒战|打寒颤|盗汗|出虚汗|眼睛(?:疼|痛)|声音(?:沙)?哑|嗓音(?:沙)?哑|失声|不舒服|难受|感冒(?!药|灵|冲剂|胶囊|片|清热)|中招了?.{0,4}(?:症状)|有症状/,
    /\bcough(?:ing|s)?\b|sore throat|throat (?:hurts|is sore|pain|is scratchy)|throat (?:is |feels |has been |'s )?(?:really |very |so |a bit |a little |kinda |kind of |super |quite |pretty |all )?(?:sore|scratchy|raw|painful|hurting|itchy)|scratchy throat|\bachy\b|nose (?:is |has been )?(?:really |very |so |a bit |constantly )?(?:runny|blocked|stuffy|stuffed up)|runny nose|stuffy nose|blocked nose|congest(?:ed|ion)|sneez(?:e|es|ing)|headache|head (?:hurts|is pounding)|body ?aches?|\baching\b|\baches\b|muscle (?:pain|aches?)|joint pain|\btired\b|fatigue|exhausted|loss of (?:smell|taste)|lost (?:my |his |her )?(?:sense of )?(?:smell|taste)|can'?t (?:smell|taste)|diarrh(?:o)?ea|nause(?:a|ous)|vomit(?:ing|ed)?|throwing up|threw up|phlegm|mucus|\bchills\b|shivering|night sweats|\bhoarse\b|lost (?:my|his|her) voice|\bunwell\b|\bsick\b|not feeling well|feel(?:ing)? (?:awful|terrible|rough|ill|poorly|bad)|\bsymptoms\b|\bdizz(?:y|iness)\b/,
  ],
  notWithin: [
    /止咳|镇咳|咳嗽(?:药|糖浆|水)|治咳嗽|感冒药|感冒灵|没症状|无症状/,
    /cough (?:syrup|medicine|mixture|drops|sweets|suppressant)|cold and flu (?:tablets?|medicine)|sick (?:note|leave|pay|day)|\bfor (?:a )?(?:cough|headache|sore throat)\b|(?:no|without|any) symptoms|symptoms of|(?:car(?:e|es|ing) for|look(?:s|ing)? after|nurs(?:e|es|ing)|visit(?:s|ing)?|liv(?:e|es|ing) with) (?:my |a |our |the |his |her |their )?(?:\w+ )?sick\b|\bsymptoms?\b\s*\?|(?:what|which) symptoms/,
  ],
};

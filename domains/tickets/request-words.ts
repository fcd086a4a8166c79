/**
 * The words a service request is read from, in both languages: who it is for, the key-population
 * facts, what is needed, answers to a read-back. Lists, not one long pattern, so they can be reviewed.
 */

const alternation = (words: readonly string[]) =>
  words
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

/** Relatives someone asks for (代办), with whether the word names a man (no pregnancy question then). */
const RELATIVES_ZH: Record<string, boolean> = {
  妈妈: false,
  母亲: false,
  老妈: false,
  我妈: false,
  奶奶: false,
  外婆: false,
  姥姥: false,
  婆婆: false,
  岳母: false,
  妻子: false,
  老婆: false,
  爱人: false,
  女儿: false,
  孙女: false,
  姐姐: false,
  妹妹: false,
  爸爸: true,
  父亲: true,
  老爸: true,
  我爸: true,
  爷爷: true,
  外公: true,
  姥爷: true,
  公公: true,
  岳父: true,
  丈夫: true,
  老公: true,
  儿子: true,
  孙子: true,
  哥哥: true,
  弟弟: true,
  孩子: false,
  宝宝: false,
  老人: false,
  父母: false,
  家人: false,
  亲戚: false,
  邻居: false,
  老伴: false,
};
const RELATIVES_EN: Record<string, boolean> = {
  mother: false,
  mum: false,
  mom: false,
  grandmother: false,
  grandma: false,
  wife: false,
  daughter: false,
  sister: false,
  aunt: false,
  'mother-in-law': false,
  father: true,
  dad: true,
  grandfather: true,
  grandpa: true,
  husband: true,
  son: true,
  brother: true,
  uncle: true,
  'father-in-law': true,
  child: false,
  baby: false,
  parents: false,
  parent: false,
  neighbour: false,
  neighbor: false,
  relative: false,
};
const RELATIVE_ZH = new RegExp(alternation(Object.keys(RELATIVES_ZH)));
const RELATIVE_EN = new RegExp(
  `\\b(?:my|our|his|her)\\s+(?:\\w+\\s+)?(${alternation(Object.keys(RELATIVES_EN))})\\b`,
  'i',
);

export interface Relative {
  relation: string;
  male: boolean;
}

/** How a relation is written back ("为母亲代办"), whichever word was used. */
const RELATION_LABEL_ZH: Record<string, string> = {
  我妈: '母亲',
  老妈: '母亲',
  妈妈: '母亲',
  我爸: '父亲',
  老爸: '父亲',
  爸爸: '父亲',
};

export function findRelative(text: string): Relative | undefined {
  const zh = RELATIVE_ZH.exec(text);
  if (zh) return { relation: RELATION_LABEL_ZH[zh[0]] ?? zh[0], male: RELATIVES_ZH[zh[0]] ?? false };
  const en = RELATIVE_EN.exec(text);
  if (en) return { relation: en[1]!.toLowerCase(), male: RELATIVES_EN[en[1]!.toLowerCase()] ?? false };
  return undefined;
}

const BARE_RELATION_EN = new RegExp(
  `^\\s*(?:for\\s+)?(?:the\\s+)?(${alternation(Object.keys(RELATIVES_EN))})\\s*[.!]*\\s*$`,
  'i',
);

/** "mum", "for dad" answering "for you or a relative?" (a message naming the relation with "my" is read anyway). */
export function relationAnswer(text: string): Relative | undefined {
  const m = BARE_RELATION_EN.exec(text);
  if (!m) return undefined;
  const relation = m[1]!.toLowerCase();
  return { relation, male: RELATIVES_EN[relation] ?? false };
}

/** "for me", "我自己": the caller asks for themselves. */
const SELF = /我自己|本人|给我(?:自己)?送|我本人|for me\b|for myself|myself|\bmy own\b/i;
/** Speaking of oneself: "我68岁", "我血压高", "I am 70", "I have a fever" (with no relative named). */
const SELF_DESCRIBED =
  /我(?:今年)?\s*\d{1,3}\s*岁|我(?:有|得了|发烧|发热|咳|血压|血糖|在透析|怀孕|一个人住|独居|阳了|行动不便)|\bI(?:'m| am) (?:\d{1,3}\b|pregnant|diabetic|on dialysis|isolating)|\bI (?:have|live alone|tested positive)|\bmy (?:blood|temperature|fever|cough|sugar)/i;
export const mentionsSelf = (text: string) => SELF.test(text) || SELF_DESCRIBED.test(text);

/** Answers to "for you or a relative?" besides the numbered choices. */
export const SELF_ANSWER = /^\s*(1|自己|我自己|本人|我|给我|self|me|myself|for me)\s*[。.!！]*\s*$/i;
export const RELATIVE_ANSWER = /^\s*(2|家人|代办|替家人|relative|family|someone else|for a relative)\s*[。.!！]*\s*$/i;

type FactWords = { zh: string[]; en: string[] };

/** Key-population facts of the State Council notice, as people say them. */
export const KEY_FACT_WORDS: Record<'dialysis' | 'disability' | 'lives_alone' | 'chronic_disease', FactWords> = {
  dialysis: { zh: ['透析', '血透', '腹透'], en: ['dialysis'] },
  disability: {
    zh: ['残疾', '残障', '瘫痪', '行动不便', '坐轮椅', '卧床', '走不了路', '下不了床'],
    en: ['disabled', 'disability', 'wheelchair', 'bedridden', 'bed-bound', "can't walk", 'cannot walk'],
  },
  lives_alone: {
    zh: ['独居', '一个人住', '一人住', '自己住', '空巢', '身边没人', '没人照顾'],
    en: ['lives alone', 'living alone', 'live alone', 'on her own', 'on his own', 'by herself', 'by himself'],
  },
  chronic_disease: {
    zh: [
      '慢性病',
      '慢病',
      '高血压',
      '血压高',
      '糖尿病',
      '心脏病',
      '冠心病',
      '慢阻肺',
      '哮喘',
      '肾病',
      '肿瘤',
      '癌',
      '中风',
      '脑梗',
      '化疗',
    ],
    en: [
      'chronic',
      'diabetes',
      'diabetic',
      'hypertension',
      'high blood pressure',
      'heart disease',
      'copd',
      'asthma',
      'kidney disease',
      'cancer',
      'stroke',
      'chemotherapy',
    ],
  },
};
export const PREGNANT_WORDS: FactWords = { zh: ['怀孕', '孕妇', '孕期', '有孕'], en: ['pregnant', 'pregnancy'] };

/** A fact word counts unless a negation stands just before it ("没有透析", "not on dialysis"). */
const NEGATION_BEFORE = /(没有|没|不|无|未|非|not|no|never|isn't|doesn't)\s*(在|是|on|a|an)?\s*$/i;

export function mentions(text: string, words: FactWords): boolean {
  const lower = text.toLowerCase();
  for (const w of [...words.zh, ...words.en]) {
    let at = lower.indexOf(w.toLowerCase());
    while (at >= 0) {
      if (!NEGATION_BEFORE.test(lower.slice(Math.max(0, at - 6), at))) return true;
      at = lower.indexOf(w.toLowerCase(), at + 1);
    }
  }
  return false;
}

/** "没有", "都没有", "none", "no": an answer that none of the listed facts apply. */
export const NONE_ANSWER =
  /^\s*(没有|都没有|没|无|都不是|不是|没有这些情况|都没|none|no|nope|none of (those|these|them)|not really)\s*[。.!！]*\s*$/i;

/** Said along with a request: none of the key facts apply ("没有特殊情况", "no other conditions"). */
export const NONE_STATED =
  /没有(?:什么)?(?:特殊情况|基础病|其他情况|慢性病|其他病)|没什么(?:特殊情况|病)|身体没有(?:其他)?问题|no (?:other )?(?:health problems|conditions|illnesses)|nothing special/i;

/** Yes to a read-back (是/好/对/确认/yes/ok/1). */
export const YES =
  /^\s*(是|是的|好|好的|对|对的|确认|确定|可以|没问题|嗯|行|yes|y|yeah|yep|ok|okay|confirm|sure|correct|right|1)\s*[。.!！]*\s*$/i;
/** Change something in the read-back. */
export const CHANGE = /^\s*(2|修改|改|改一下|不对|错了|change|edit|wrong|not right|no)\s*[。.!！]*\s*$/i;
/** Drop the request. */
export const DROP =
  /^\s*(0|取消|不要了|不用了|算了|不申请了|cancel|never mind|nevermind|forget it|stop)\s*[。.!！]*\s*$/i;

/** Cancelling an existing ticket: "取消 T-12345", "cancel my request". */
export const CANCEL_TICKET = /取消|撤销|不需要了|不用了|cancel|withdraw/i;

/** Fever mentioned, with or without a reading. */
export const FEVER = /发烧|发热|高烧|低烧|烧到|退烧|fever|temperature|feverish/i;
/** No fever medicine at home. */
export const NO_ANTIPYRETIC =
  /(没有|没|买不到|缺)[^，。,.]{0,4}(退烧药|退热药|布洛芬|对乙酰氨基酚|泰诺林|美林)|no (fever medicine|paracetamol|ibuprofen|tylenol)|(out of|ran out of|can't (find|get|buy)) (fever medicine|paracetamol|ibuprofen|tylenol)/i;

/** Things the community delivers besides medicines the catalog knows. */
export const DELIVERABLES: Array<{ id: string; pattern: RegExp; name: { zh: string; en: string } }> = [
  {
    id: 'antigen',
    pattern: /抗原|试剂|检测盒|antigen|test kits?|rapid tests?|lateral flow/i,
    name: { zh: '抗原试剂', en: 'antigen test kits' },
  },
  { id: 'oximeter', pattern: /指氧仪|血氧仪|指夹|oximeter/i, name: { zh: '指氧仪', en: 'a pulse oximeter' } },
  { id: 'thermometer', pattern: /体温计|温度计|thermometer/i, name: { zh: '体温计', en: 'a thermometer' } },
  { id: 'masks', pattern: /口罩|masks?\b/i, name: { zh: '口罩', en: 'masks' } },
  {
    id: 'regular',
    pattern: /常用药|慢病药|降压药|降糖药|胰岛素|regular medicines?|usual medicines?|insulin/i,
    name: { zh: '常用药/慢病药', en: 'regular medicines' },
  },
];

/** Where an address is: estate, building, unit, flat, road… */
export const ADDRESS_MARKERS_ZH = [
  '路',
  '街',
  '巷',
  '弄',
  '号',
  '幢',
  '栋',
  '楼',
  '单元',
  '室',
  '小区',
  '社区',
  '村',
  '苑',
  '花园',
  '公寓',
  '大厦',
  '新村',
  '家园',
  '里',
];
export const ADDRESS_MARKERS_EN =
  /\b(road|rd|street|st|lane|ln|avenue|ave|building|bldg|block|flat|apt|apartment|unit|room|community|estate|no\.|number|floor)\b/i;

/** "this number", "本机": the number the person is texting or calling from. */
export const THIS_NUMBER =
  /本机|这个号|这个电话|此号码|就这个|当前号码|this number|this phone|same number|the number i am (texting|calling) from/i;

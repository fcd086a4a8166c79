/**
 * Cantonese and Shanghainese (Wu) words people type or speech recognition writes, read as the
 * Mandarin the lexicons are written in: "喊伊勿醒" is 叫他不醒, "佢冇晒精神" is 他没精神. Applied to
 * messages (reading.ts) and to lexicon phrases (the phrase index) alike, so a phrase written in either
 * form matches a message in either. Only words that mean nothing else in Mandarin are listed; a
 * Cantonese word that is also a Mandarin one (系, 食) is read only inside the longer words given here.
 */
const WORDS: ReadonlyArray<readonly [string, string]> = [
  // Cantonese
  ['唔该', '谢谢'],
  ['佢哋', '他们'],
  ['佢', '他'],
  ['冇晒', '没'],
  ['冇', '没'],
  ['唔', '不'],
  ['咗', '了'],
  ['嘅', '的'],
  ['喺', '在'],
  ['啲', '点'],
  ['嘢', '东西'],
  ['乜嘢', '什么'],
  ['乜', '什么'],
  ['咩', '什么'],
  ['瞓', '睡'],
  ['而家', '现在'],
  ['寻日', '昨天'],
  ['琴日', '昨天'],
  ['今朝', '今天早上'],
  ['食紧', '在吃'],
  ['食药', '吃药'],
  ['食嘢', '吃东西'],
  ['食奶', '吃奶'],
  ['食饭', '吃饭'],
  ['食唔落', '吃不下'],
  ['唔食', '不吃'],
  ['饮水', '喝水'],
  ['耳仔', '耳朵'],
  ['跌亲', '摔倒了'],
  ['企唔稳', '站不稳'],
  ['企唔起', '站不起来'],
  ['行路', '走路'],
  ['冻冰冰', '冰凉'],
  ['花花哋', '花花的'],
  ['试过', '有过'],
  ['医生话', '医生说'],
  ['阳咗', '阳了'],
  ['点算', '怎么办'],
  ['好似', '好像'],
  ['上年', '去年'],
  ['唔系几', '不太'],
  ['唔系', '不是'],
  // Shanghainese (Wu)
  ['勿', '不'],
  ['伊拉', '他们'],
  ['伊', '他'],
  ['阿拉', '我们'],
  ['侬', '你'],
  ['小毛头', '婴儿'],
  ['困觉', '睡觉'],
  ['困了', '睡了'],
  ['发寒热', '发烧'],
  ['寒热', '发烧'],
  ['一日天', '一整天'],
  ['一日一夜', '一天一夜'],
  ['鼻头血', '鼻血'],
  ['鼻头', '鼻子'],
  ['跌跤', '摔跤'],
  ['头颈', '脖子'],
  ['假使', '如果'],
  ['是勿是', '是不是'],
  ['吃勿落', '吃不下'],
  ['小囡', '孩子'],
  ['个号头', '个月'],
  ['号头', '个月'],
  ['热度', '体温'],
  ['拉肚皮', '拉肚子'],
  ['一日', '一天'],
  ['两日', '两天'],
  ['三日', '三天'],
  ['几日', '几天'],
  ['七八趟', '七八次'],
  ['好几趟', '好几次'],
  ['十几趟', '十几次'],
  ['犀利', '厉害'],
  ['係', '是'],
  ['坐定', '坐着'],
  ['落去', '下去'],
];

const TABLE = new Map(WORDS);
const PATTERN = new RegExp(
  [...TABLE.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

/** The text with dialect words read as Mandarin; anything else unchanged. */
export function readDialect(text: string): string {
  if (!/[\p{Script=Han}]/u.test(text)) return text;
  return text.replace(PATTERN, (w) => TABLE.get(w) ?? w);
}

/**
 * A bare yes or no opening a message: "有", "是的", "没有，两天没烧了", "yes", "nope, it's gone". Only
 * the whole message or its first clause counts: "还有点咳嗽" opens with 还有 but answers nothing with it,
 * and "不烧了" is a statement about the fever (fever.ts), not a bare "no".
 */
/** Written without the closing particles firstClause() takes off ("是的" is 是, "超过了" is 超过). */
const YES = ['有', '是', '对', '嗯', '嗯嗯', '超过', '已经超过', '早就超过', '还有', '还烧'];
const NO = ['没有', '没', '还没', '还没有', '不是', '不', '否', '没到', '还没到', '不到'];
/** Answers to "超过24小时了吗？": "已经超过一天了", "不止24小时" / "还没到一天". */
const MORE_THAN_ZH = /^(?:已经|早就|早)?(?:超过|不止)(?:一天|1天|24个?小时|二十四个?小时)?$/;
const NOT_YET_ZH = /^(?:还)?(?:没|没有|不到)(?:到|超过)?(?:一天|1天|24个?小时|二十四个?小时)$/;
const YES_EN =
  /^(?:yes|yeah|yep|yup|yes it has|it has|i do|i still do|still do|correct|right|more than that|(?:yes )?(?:more than|over) (?:24 hours|a day|one day))$/;
const NO_EN = /^(?:no|nope|nah|not yet|not really|it hasn't|i don't|no i don't|not anymore|no longer)$/;

/** The first clause, without the particles and punctuation that close it ("没有啊。", "是的呢"). */
function firstClause(text: string): string {
  const head = text.trim().split(/[,，。.!！?？;；\n]/)[0] ?? '';
  return head
    .trim()
    .replace(/[啊呀哦噢啦了呢吧的]+$/u, (m) => (head.trim() === m ? m : ''))
    .replace(/\s+/g, ' ');
}

/** In an already normalised text. */
export function findYesNo(text: string): 'yes' | 'no' | undefined {
  const head = firstClause(text.toLowerCase());
  if (!head) return undefined;
  if (YES.includes(head) || YES_EN.test(head) || MORE_THAN_ZH.test(head)) return 'yes';
  if (NO.includes(head) || NO_EN.test(head) || NOT_YET_ZH.test(head)) return 'no';
  return undefined;
}

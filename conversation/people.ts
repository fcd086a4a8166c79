import type { PersonKey } from '../core/types';

/**
 * Who a message is about, from the words people use for those they ask for ("我妈", "my son").
 * Product names that contain such a word ("Children's Motrin", "儿童泰诺林") are not a person.
 */
const KIN: ReadonlyArray<[PersonKey, RegExp]> = [
  [
    'child',
    /孩子|儿子|女儿|宝宝|小孩|娃|闺女|小朋友|婴儿|孙子|孙女|外孙|\b(?:child|kids?|sons?|daughters?|baby|toddler|infant|newborn|little one)\b(?!'s)/i,
  ],
  ['mother', /(?<!宝)妈|母亲|婆婆|岳母|丈母娘|\b(?:mum|mom|mother|mummy|mommy)\b/i],
  ['father', /爸|父亲|公公|岳父|\b(?:dad|father|daddy)\b/i],
  [
    'grandparent',
    /爷爷|奶奶|外公|外婆|姥姥|姥爷|老人家|\b(?:grandma|grandpa|grandmother|grandfather|granny|grandad)\b/i,
  ],
  ['partner', /老公|老婆|丈夫|妻子|爱人|媳妇|太太|\b(?:husband|wife|partner)\b/i],
];
const THIRD_PERSON = /[他她]|\b(?:he|she|him|her|his)\b/i;
const FIRST_PERSON = /我(?![妈爸家])|\b(?:i|i'm|i've|me|my)\b/i;

/** The person named first in the message, if any (not counting `besides`). */
export function personNamed(text: string, besides?: PersonKey): PersonKey | undefined {
  let first: { key: PersonKey; index: number } | undefined;
  for (const [key, re] of KIN) {
    if (key === besides) continue;
    const m = re.exec(text);
    if (m && (!first || m.index < first.index)) first = { key, index: m.index };
  }
  return first?.key;
}

export function speaksOfSomeoneElse(text: string): boolean {
  return THIRD_PERSON.test(text);
}

export function speaksOfSelf(text: string): boolean {
  return FIRST_PERSON.test(text);
}

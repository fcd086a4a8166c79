/**
 * A reading the person corrects in the same message is read as corrected: "刚才说血氧88是我看错了
 * 其实是98", "不是88，是98", "sats 88, sorry I meant 98", "98 not 88". The number said wrong is taken
 * out of what the understanding steps read, so a misread 88 sends nobody to 120 and a corrected 86
 * (from "96, no wait, 86") does. Only numbers: a correction of words is left as said.
 */
const NUM = '(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百]{2,}(?:点[零〇一二三四五六七八九]+)?)';
const WRONG = '(?:看错了|看错|打错了|打错|说错了|说错|写错了|写错|输错了|输错|记错了|记错|测错了|读错了|弄错了)';

const CORRECTIONS: ReadonlyArray<[RegExp, string]> = [
  // "血氧88是我看错了 其实是98": the wrong number, the word for the mistake, the right number.
  [new RegExp(`${NUM}([^\\d。!?！？]{0,12}?)${WRONG}[^\\d。!?！？]{0,10}?${NUM}`, 'g'), '$3'],
  // "不是88，是98" / "不是88而是98"
  [new RegExp(`不是\\s*${NUM}\\s*[,，、]?\\s*(?:而)?是\\s*${NUM}`, 'g'), '$2'],
  // "88, sorry, i meant 98", "88 - typo, 98", "i read 88, misread it, it is 98", "96, no wait, 86"
  [
    new RegExp(
      `${NUM}([^\\d.!?]{0,20}?)\\b(?:sorry,? i meant|i meant|typo|misread(?: it)?|my mistake|correction|no wait|wait no|scratch that)\\b[^\\d.!?]{0,14}?${NUM}`,
      'g',
    ),
    '$3',
  ],
  // "是38.5不是39.5"
  [new RegExp(`${NUM}\\s*[,，]?\\s*不是\\s*${NUM}`, 'g'), '$1'],
  // "98 not 88", "98, not 88"
  [new RegExp(`${NUM}\\s*,?\\s*(?:not|and not)\\s+${NUM}\\b`, 'g'), '$1'],
];

export function readCorrections(text: string): string {
  if (!/错|不是|meant|typo|misread|mistake|correction|wait|scratch|not/.test(text)) return text;
  let out = text;
  for (const [re, to] of CORRECTIONS) out = out.replace(re, to);
  return out;
}

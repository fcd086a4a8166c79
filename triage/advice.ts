/**
 * What to say when the screen finds an emergency or an urgent case. Short enough to be read out on a
 * call: the number first, then at most a few things to do while waiting (knowledge/red-flags/tips.json,
 * each tip named by the rule that found the sign). No medicine advice: only a doctor or the 120
 * dispatcher gives that.
 */
import type { Lang, TriageReason } from '../core/types';
import { redFlags, type RedFlagKnowledge } from '../knowledge/red-flags';

/** National psychological assistance hotline (NHC, nationwide since 2025-05-01; source nhc-12356-2024). */
export const CRISIS_LINE_CN = '12356';

/** More than this and a caller stops listening; the dispatcher asks for the rest. */
const MAX_TIPS = 2;
/** Several reasons read as one line: the first few, then "and more" is the dispatcher's job. */
const MAX_LABELS = 3;

function tipsFor(reasons: readonly TriageReason[], lang: Lang, k: RedFlagKnowledge): string[] {
  const ids = new Set<string>();
  for (const r of reasons) {
    const tip = k.rules.find((rule) => rule.id === r.ruleId)?.tip;
    if (tip) ids.add(tip);
  }
  return [...ids]
    .slice(0, MAX_TIPS)
    .map((id) => k.tips.get(id)?.[lang])
    .filter((t): t is string => t !== undefined);
}

function labels(reasons: readonly TriageReason[], lang: Lang): string {
  return reasons
    .slice(0, MAX_LABELS)
    .map((r) => r.label[lang])
    .join(lang === 'zh' ? '、' : '; ');
}

export function emergencyAdvice(
  reasons: readonly TriageReason[],
  lang: Lang,
  emergencyNumber: string,
  k: RedFlagKnowledge = redFlags,
): string {
  const what = labels(reasons, lang);
  const call =
    lang === 'zh'
      ? `${what ? `这是急症（${what}）。` : ''}请马上拨打${emergencyNumber}！`
      : `${what ? `This is an emergency (${what}). ` : ''}Call ${emergencyNumber} now!`;
  const waiting = lang === 'zh' ? '等待急救时：' : 'While you wait: ';
  const sep = lang === 'zh' ? '' : ' ';
  return [call, waiting + [...tipsFor(reasons, lang, k), k.commonTip[lang]].join(sep)].join(sep);
}

export function urgentAdvice(
  reasons: readonly TriageReason[],
  lang: Lang,
  emergencyNumber = '120',
  k: RedFlagKnowledge = redFlags,
): string {
  const what = labels(reasons, lang);
  const tips = tipsFor(reasons, lang, k);
  if (lang === 'zh') {
    return [
      `${what ? `（${what}）` : ''}今天需要看医生：请去发热门诊，或联系家庭医生、社区医生。`,
      ...tips,
      `如果出现呼吸困难、嘴唇发紫、胸痛、叫不醒或抽搐，立即拨打${emergencyNumber}。`,
    ].join('');
  }
  return [
    `${what ? `(${what}) ` : ''}This needs a doctor today: go to a fever clinic or contact your family or community doctor.`,
    ...tips,
    `If breathing becomes hard, lips turn blue, there is chest pain, they cannot be woken or have a seizure, call ${emergencyNumber} at once.`,
  ].join(' ');
}

/**
 * What to say when the screen finds an emergency or an urgent case. Short enough to be read out on a
 * call: the number first, then at most a few things to do while waiting (knowledge/red-flags/tips.json,
 * each tip named by the rule that found the sign). No medicine advice: only a doctor or the 120
 * dispatcher gives that.
 */
import type { Bilingual, Lang, TriageReason } from '../core/types';
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

/**
 * A clinician today, and why; with the deciding questions first when an emergency is possible but not
 * confirmed (the net heard one): the person is asked and told plainly to call the emergency number if
 * the answer is yes. The emergency signs named are the rule table's own (care.json), never "no need for 120".
 */
export function urgentAdvice(
  reasons: readonly TriageReason[],
  lang: Lang,
  emergencyNumber = '120',
  k: RedFlagKnowledge = redFlags,
  ask: readonly Bilingual[] = [],
): string {
  const what = labels(
    reasons.filter((r) => r.ruleId !== NET_RULE_ID),
    lang,
  );
  const tips = tipsFor(reasons, lang, k);
  const signs = k.care.closing.emergency
    .map((id) => k.rules.find((r) => r.id === id)?.label[lang])
    .filter((l): l is string => l !== undefined)
    .join(lang === 'zh' ? '；' : '; ');
  if (lang === 'zh') {
    return [
      ask.length
        ? `您说的情况可能有危险，请先确认：${ask.map((q) => q.zh).join('')}如果是，马上拨打${emergencyNumber}。`
        : '',
      `${what ? `（${what}）` : ''}今天需要看医生：请去发热门诊，或联系家庭医生、社区医生。`,
      ...tips,
      `如果出现${signs}，立即拨打${emergencyNumber}。`,
    ].join('');
  }
  return [
    ask.length
      ? `This could be serious. Please check: ${ask.map((q) => q.en).join(' ')} If yes, call ${emergencyNumber} now.`
      : '',
    `${what ? `(${what}) ` : ''}This needs a doctor today: go to a fever clinic or contact your family or community doctor.`,
    ...tips,
    `If there is ${signs}, call ${emergencyNumber} at once.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The net's reason: it says "possibly", so it is asked about, not listed as a finding. */
const NET_RULE_ID = 'net.possible-emergency';

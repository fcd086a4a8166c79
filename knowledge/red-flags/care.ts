/**
 * "When to get care", said from the rule table: the closing line of every clinical answer and the
 * lines for pregnancy, children and older people name rules (care.json) by their own labels, so the
 * advice and the screen cannot drift apart. Nothing here says "you do not need 120".
 */
import type { Lang } from '../../core/types';
import { redFlags, type CareGroup, type RedFlagKnowledge, type RedFlagRule } from './index';

function rulesNamed(ids: readonly string[], k: RedFlagKnowledge): RedFlagRule[] {
  return ids.map((id) => k.rules.find((r) => r.id === id)).filter((r): r is RedFlagRule => r !== undefined);
}

const list = (rules: readonly RedFlagRule[], lang: Lang) =>
  rules.map((r) => r.label[lang]).join(lang === 'zh' ? '；' : '; ');

/** One line closing every clinical answer: a clinician today for these, the emergency number for those. */
export function careClosing(lang: Lang, emergencyNumber: string, k: RedFlagKnowledge = redFlags): string {
  const urgent = list(rulesNamed(k.care.closing.urgent, k), lang);
  const emergency = list(rulesNamed(k.care.closing.emergency, k), lang);
  return lang === 'zh'
    ? `${urgent}：今天去发热门诊或找家庭医生；${emergency}：马上打${emergencyNumber}。`
    : `A fever clinic or family doctor today for ${urgent}. Call ${emergencyNumber} now for ${emergency}.`;
}

/** What to watch for in the groups the conversation is about, emergencies first. */
export function careGroupLine(
  groups: readonly CareGroup[],
  lang: Lang,
  emergencyNumber: string,
  k: RedFlagKnowledge = redFlags,
): string | undefined {
  const rules = rulesNamed([...new Set(groups.flatMap((g) => k.care.groups[g]))], k);
  if (!rules.length) return undefined;
  const emergency = rules.filter((r) => r.level === 'emergency');
  const urgent = rules.filter((r) => r.level !== 'emergency');
  const zh = [
    emergency.length ? `${list(emergency, 'zh')}，马上打${emergencyNumber}` : '',
    urgent.length ? `${list(urgent, 'zh')}，今天就医` : '',
  ].filter(Boolean);
  const en = [
    emergency.length ? `call ${emergencyNumber} for ${list(emergency, 'en')}` : '',
    urgent.length ? `see a doctor today for ${list(urgent, 'en')}` : '',
  ].filter(Boolean);
  return lang === 'zh' ? `特别注意：${zh.join('；')}。` : `Watch especially: ${en.join('; ')}.`;
}

/** The sources behind the closing line and the group lines. */
export function careSources(groups: readonly CareGroup[] = [], k: RedFlagKnowledge = redFlags): string[] {
  const ids = [...k.care.closing.urgent, ...k.care.closing.emergency, ...groups.flatMap((g) => k.care.groups[g])];
  return [...new Set(rulesNamed(ids, k).map((r) => r.source))];
}

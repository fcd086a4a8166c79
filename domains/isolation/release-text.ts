import type { Lang } from '../../core/types';
import type { ReleasePath, RuleSet } from '../../knowledge/isolation/catalog';
import { joinList, pick } from '../../core/text';
import { formatIsoDate } from '../../core/calendar';
import type { Condition, ReleaseDecision } from './release-calculator';

/** Turns a release decision into the sentences a caller hears, the date first. */

function conditionText(c: Condition, path: ReleasePath, lang: Lang): string {
  const hours = path.feverFreeHours ?? 24;
  const zh: Record<Condition, string> = {
    feverFree: `不吃退烧药体温正常超过${hours}小时`,
    symptomsImproved: '症状明显好转',
    antigenNegative: '抗原检测阴性',
    pcrCt35Twice: '两次核酸Ct值≥35（间隔超过24小时）',
  };
  const en: Record<Condition, string> = {
    feverFree: `you have had no fever for more than ${hours} hours without fever medicine`,
    symptomsImproved: 'your symptoms are clearly better',
    antigenNegative: 'your antigen test is negative',
    pcrCt35Twice: 'two PCR tests more than 24 hours apart both show Ct ≥ 35',
  };
  return lang === 'zh' ? zh[c] : en[c];
}

function notMetText(c: Condition, path: ReleasePath, lang: Lang): string {
  const zh: Record<Condition, string> = {
    feverFree: '还在发烧，或要靠退烧药才退烧',
    symptomsImproved: '症状还没有明显好转',
    antigenNegative: '抗原还是阳性',
    pcrCt35Twice: '还没有两次核酸Ct值≥35',
  };
  const en: Record<Condition, string> = {
    feverFree: 'you still have a fever, or it only stays down with fever medicine',
    symptomsImproved: 'your symptoms are not clearly better yet',
    antigenNegative: 'your antigen test is still positive',
    pcrCt35Twice: 'you do not yet have two PCR results with Ct ≥ 35',
  };
  return c === 'feverFree' && path.feverFreeHours === undefined ? '' : lang === 'zh' ? zh[c] : en[c];
}

export function decisionText(decision: ReleaseDecision, ruleSet: RuleSet, today: string, lang: Lang): string {
  const rules = pick(ruleSet.name, lang);
  if (decision.kind === 'need-positive-date') return '';
  const when = (date: string) =>
    date <= today
      ? lang === 'zh'
        ? `今天（${formatIsoDate(date, lang)}）起`
        : `from today (${formatIsoDate(date, lang)})`
      : lang === 'zh'
        ? `${formatIsoDate(date, lang)}起`
        : `from ${formatIsoDate(date, lang)}`;
  if (decision.kind === 'can-end') {
    const ifs = decision.ifConditions.map((c) => conditionText(c, decision.path, lang));
    if (lang === 'zh')
      return `按${rules}，您${when(decision.date)}可以结束居家隔离${ifs.length ? `，前提是${ifs.join('、')}` : ''}。`;
    return `Under the ${rules}, you can end home isolation ${when(decision.date)}${ifs.length ? `, if ${joinList(ifs, lang)}` : ''}.`;
  }
  const because = decision.because.map((c) => notMetText(c, decision.path, lang)).filter(Boolean);
  const later = decision.date
    ? lang === 'zh'
      ? `最早${formatIsoDate(decision.date, lang)}，`
      : ` The earliest date is ${formatIsoDate(decision.date, lang)}, once`
    : '';
  if (lang === 'zh') return `按${rules}，现在还不能结束隔离，因为${because.join('、')}。${later}等条件都满足后再解除。`;
  return `Under the ${rules}, not yet: ${joinList(because, lang)}.${later || ' Keep isolating until'} the conditions are met.`;
}

/** The rule set's conditions in one sentence, for when we do not know the positive date yet. */
export function ruleSummary(ruleSet: RuleSet, lang: Lang): string {
  const ways = ruleSet.paths.map((p) => {
    const parts = [
      p.minFullDays !== undefined
        ? lang === 'zh'
          ? `隔离满${p.minFullDays}天`
          : `${p.minFullDays} full days of isolation`
        : undefined,
      ...(['feverFree', 'symptomsImproved', 'antigenNegative', 'pcrCt35Twice'] as Condition[])
        .filter((c) => (c === 'feverFree' ? p.feverFreeHours !== undefined : p[c]))
        .map((c) => conditionText(c, p, lang).replace(/^your |^you have had /, '')),
    ].filter((x): x is string => !!x);
    return lang === 'zh' ? parts.join('、') : joinList(parts, lang);
  });
  const countFrom = pick(ruleSet.countFrom, lang);
  if (lang === 'zh')
    return `按${pick(ruleSet.name, lang)}：${ways.join('；或者')}，就可以结束居家隔离${countFrom ? `（${countFrom}）` : ''}。`;
  return `Under the ${pick(ruleSet.name, lang)}, home isolation ends after ${ways.join('; or ')}${countFrom ? ` (${countFrom})` : ''}.`;
}

import type { Lang } from '../../core/types';
import type { Clinic, Weekday } from './directory';
import type { When } from './clinic-query';
import { isAlwaysOpen, isOpenAt, nextOpening, type LocalClock } from './opening-hours';

/** Opening hours said the way a caller needs them: open now or when it opens, weekend hours… */
const DAY_NAMES: Record<Lang, Record<Weekday, string>> = {
  zh: { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' },
  en: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
};

function dayHours(c: Clinic, day: Weekday, lang: Lang): string {
  const ranges = c.hours[day];
  if (ranges.length === 0) return lang === 'zh' ? '休息' : 'closed';
  return ranges.join(lang === 'zh' ? '、' : ', ');
}

export function hoursText(c: Clinic, when: When, clock: LocalClock, lang: Lang): string {
  if (isAlwaysOpen(c)) return lang === 'zh' ? '24小时开放' : 'open 24 hours';
  if (when === 'weekend') {
    const days = (['sat', 'sun'] as const).map((d) => `${DAY_NAMES[lang][d]} ${dayHours(c, d, lang)}`);
    return days.join(lang === 'zh' ? '，' : ', ');
  }
  const today = `${lang === 'zh' ? '今天' : 'today'} ${dayHours(c, clock.day, lang)}`;
  if (isOpenAt(c, clock)) return lang === 'zh' ? `现在开放（${today}）` : `open now (${today})`;
  const next = nextOpening(c, clock);
  if (!next) return lang === 'zh' ? '暂停开放' : 'currently closed';
  const day =
    next.daysAhead === 0
      ? lang === 'zh'
        ? '今天'
        : 'today'
      : next.daysAhead === 1
        ? lang === 'zh'
          ? '明天'
          : 'tomorrow'
        : DAY_NAMES[lang][next.day];
  return lang === 'zh' ? `现在关门，${day}${next.time}开` : `closed now, opens ${day} ${next.time}`;
}

import { extractEntities } from '../../../nlp/entities';

/**
 * The day isolation counts from, with the clock driven: the same words on different days and at
 * different hours give different dates, always in the hotline's time zone.
 */
const at = (iso: string) => new Date(iso);
// Tuesday 27 December 2022, 10:00 in Hangzhou.
const TUESDAY = at('2022-12-27T10:00:00+08:00');
const read = (text: string, now = TUESDAY) => extractEntities(text, /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en', now);

describe('onsetDate: the day the illness began or the test was positive', () => {
  it.each([
    // The day of the illness counts its first day as day 1, on the day it is said of.
    ['今天阳了第5天', '2022-12-23'],
    ['今天第5天了', '2022-12-23'],
    ['阳了第5天', '2022-12-23'],
    ['阳5', '2022-12-23'],
    ['昨天是第5天', '2022-12-22'],
    ["it's day 5 today", '2022-12-23'],
    ['day 1', '2022-12-27'],
    // A day named as the start.
    ['今天阳了', '2022-12-27'],
    ['昨天阳的', '2022-12-26'],
    ['前天测出阳性', '2022-12-25'],
    ['大前天开始发烧', '2022-12-24'],
    ['周一开始发烧', '2022-12-26'],
    ['上周五确诊的', '2022-12-23'],
    ['12月20日阳的，今天还在发烧', '2022-12-20'],
    ['tested positive yesterday', '2022-12-26'],
    ['I tested positive on Sunday', '2022-12-25'],
    // "since Tuesday" said on a Tuesday is a week ago; "today" would have said today.
    ['sick since Tuesday', '2022-12-20'],
    ['Monday', '2022-12-26'],
    // A length since the test counts back from today.
    ['阳了5天，今天能出门吗', '2022-12-22'],
    ['positive for 3 days', '2022-12-24'],
    // A day said on its own.
    ['12月20日', '2022-12-20'],
  ])('%s → %s', (text, iso) => {
    expect(read(text).onsetDate).toBe(iso);
  });

  it.each([
    '今天能出门吗',
    'can I go out today?',
    // The day the fever went is not the day the illness began.
    '前天退烧了',
    '周日就不烧了',
    'no fever since Saturday',
  ])('%s has no onset', (text) => {
    expect(read(text).onsetDate).toBeUndefined();
  });

  it('keeps onsetDaysAgo in step with the date', () => {
    expect(read('昨天是第5天')).toMatchObject({ onsetDate: '2022-12-22', onsetDaysAgo: 5 });
  });

  it('counts in Hangzhou time: 01:30 on the 27th there is still the 26th in UTC', () => {
    const earlyMorning = at('2022-12-26T17:30:00Z');
    expect(read('今天阳了第5天', earlyMorning).onsetDate).toBe('2022-12-23');
    expect(read('昨天阳的', earlyMorning).onsetDate).toBe('2022-12-26');
  });

  it('moves with the clock: the same words a week later', () => {
    const nextTuesday = at('2023-01-03T10:00:00+08:00');
    expect(read('今天第5天了', nextTuesday).onsetDate).toBe('2022-12-30');
    expect(read('上周一开始发烧', nextTuesday).onsetDate).toBe('2022-12-26');
    // Across the year: "12月20日" said in January is last December.
    expect(read('12月20日阳的', nextTuesday).onsetDate).toBe('2022-12-20');
  });
});

describe('a fever gone since a named day', () => {
  it.each([
    ['前天退烧了', 48],
    ['周日就不烧了', 48],
    ['从前天开始就没发烧了', 48],
    ['昨天开始不烧了', 24],
    ['no fever since Saturday', 72],
    ['fever gone since yesterday', 24],
    ['my fever went away on Sunday', 48],
    ['周六阳的，周一退烧', 24],
  ])('%s → %d hours', (text, hours) => {
    expect(read(text)).toMatchObject({ feverFree: true, feverFreeHours: hours });
  });

  it.each(['怎么退烧', '昨天吃了退烧药', '周一退烧药吃完了'])('%s says nothing about the fever going', (text) => {
    expect(read(text).feverFree).toBeUndefined();
  });

  it('does not read another day of the message as the day the fever went', () => {
    const e = read('前天阳的，现在不烧了');
    expect(e).toMatchObject({ feverFree: true, onsetDate: '2022-12-25' });
    expect(e.feverFreeHours).toBeUndefined();
  });

  it('reads "还有点烧" as a fever still there and "还有点咳嗽" as a mild remainder', () => {
    expect(read('还有点发烧').feverFree).toBe(false);
    expect(read('还有点咳嗽')).toMatchObject({ recovery: 'better' });
    expect(read('still a bit of a cough').recovery).toBe('better');
    expect(read('还有点咳嗽').feverFree).toBeUndefined();
  });
});

describe('yesNo: a bare yes or no', () => {
  it.each([
    ['有', 'yes'],
    ['是的', 'yes'],
    ['嗯嗯', 'yes'],
    ['已经超过了', 'yes'],
    ['已经超过一天了', 'yes'],
    ['不止24小时', 'yes'],
    ['more than a day', 'yes'],
    ['还没到一天', 'no'],
    ['yes', 'yes'],
    ['Yep.', 'yes'],
    ['没有', 'no'],
    ['没有啊，两天没烧了', 'no'],
    ['还没', 'no'],
    ['nope', 'no'],
    ['No, it is gone', 'no'],
  ])('%s → %s', (text, answer) => {
    expect(read(text).yesNo).toBe(answer);
  });

  it.each(['还有点咳嗽', '不烧了', '有点累', 'yesterday', 'not sure what to do'])(
    '%s is not a bare yes or no',
    (text) => {
      expect(read(text).yesNo).toBeUndefined();
    },
  );
});

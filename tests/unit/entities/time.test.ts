import { extractDates, extractDays } from '../../../nlp/entities';

// Thursday 5 January 2023, 10:00 in Beijing.
const NOW = new Date('2023-01-05T10:00:00+08:00');

describe('extractDays', () => {
  it.each([
    ['第7天', 7],
    ['第七天了', 7],
    ['阳了5天', 5],
    ['三天了', 3],
    ['已经第四天', 4],
    ['发烧三四天了', 4],
    ['十多天了', 10],
    ['一周了', 7],
    ['两个星期', 14],
    ['半个月', 15],
    ['前天开始发烧', 2],
    ['大前天阳的', 3],
    ['昨天开始咳嗽', 1],
    ['3天前阳的', 3],
    ['周一开始发烧', 3],
    ['从12月30日开始发烧', 6],
    ['3 days', 3],
    ['three days', 3],
    ['for a week', 7],
    ['two weeks', 14],
    ['a couple of days', 2],
    ['day 5 of covid', 5],
    ['third day of fever', 3],
    ['since Monday', 3],
    ['since yesterday', 1],
    ['the day before yesterday', 2],
    ['positive 2 days ago, fever for 4 days', 4],
  ])('%s → %d', (text, expected) => {
    expect(extractDays(text, NOW)).toBe(expected);
  });

  it.each([
    '一天三次 每次一片',
    '一天最多吃几片',
    'take it 3 times a day',
    'max 4 doses per day',
    '怀孕7个月',
    '孕30周',
    '3个月大的宝宝',
    '出生20天',
    '6-week-old baby',
    '30 weeks pregnant',
    '布洛芬一次吃多少',
  ])('finds none in %p', (text) => {
    expect(extractDays(text, NOW)).toBeUndefined();
  });
});

describe('extractDates', () => {
  it.each([
    ['12月20日阳的', ['2022-12-20']],
    ['十二月二十号', ['2022-12-20']],
    ['1月3日', ['2023-01-03']],
    ['12.20', ['2022-12-20']],
    ['12/20', ['2022-12-20']],
    ['20/12', ['2022-12-20']],
    ['20号', ['2022-12-20']],
    ['3号阳的', ['2023-01-03']],
    ['昨天', ['2023-01-04']],
    ['前天', ['2023-01-03']],
    ['今天阳了', ['2023-01-05']],
    ['上周一', ['2022-12-26']],
    ['周一', ['2023-01-02']],
    ['Dec 20', ['2022-12-20']],
    ['20th of December', ['2022-12-20']],
    ['yesterday', ['2023-01-04']],
    ['last Monday', ['2023-01-02']],
    ['2022-12-18', ['2022-12-18']],
    ['12月20日阳的 昨天转阴', ['2022-12-20', '2023-01-04']],
  ])('%s → %j', (text, expected) => {
    expect(extractDates(text, NOW)).toEqual(expected);
  });

  it('never returns a future date: 12月20日 said in January is last year', () => {
    expect(extractDates('12月20日', NOW)).toEqual(['2022-12-20']);
    expect(extractDates('1月4日', NOW)).toEqual(['2023-01-04']);
    expect(extractDates('1月6日', NOW)).toEqual(['2022-01-06']);
  });

  it.each(['血压120/80', '血糖7.5', '吃了1.5片', '体温37.5', '3号楼'])('finds none in %p', (text) => {
    expect(extractDates(text, NOW)).toEqual([]);
  });

  it('resolves against the Beijing calendar day, whatever the server zone', () => {
    // 00:30 on 6 January in Beijing is still 5 January in UTC.
    const justAfterMidnight = new Date('2023-01-05T16:30:00Z');
    expect(extractDates('昨天', justAfterMidnight)).toEqual(['2023-01-05']);
  });
});

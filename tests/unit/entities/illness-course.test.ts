import { extractEntities } from '../../../nlp/entities';

// Tuesday 27 December 2022, 10:00 in Beijing.
const NOW = new Date('2022-12-27T10:00:00+08:00');
const read = (text: string) => extractEntities(text, /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en', NOW);

describe('fever gone or still there', () => {
  it.each([
    ['不烧了', true],
    ['烧退了', true],
    ['体温正常了', true],
    ['my fever is gone', true],
    ['no more fever', true],
    ['还在发烧', false],
    ['又烧起来了', false],
    ['still have a fever', false],
    ['the fever is back', false],
  ])('%s → feverFree %p', (text, expected) => {
    expect(read(text).feverFree).toBe(expected);
  });

  it.each(['发烧了', '阳了第三天', 'I have a fever'])('%s says neither', (text) => {
    expect(read(text).feverFree).toBeUndefined();
  });

  it.each([
    ['两天没烧了', 48],
    ['没发烧三天了', 72],
    ['退烧2天了', 48],
    ['前天退烧了', 48],
    ['no fever for 2 days', 48],
    ['fever-free for two days', 48],
    ['no fever for 30 hours', 30],
  ])('%s → fever-free for %d hours', (text, hours) => {
    expect(read(text)).toMatchObject({ feverFree: true, feverFreeHours: hours });
  });

  it('gives no fever-free length without a fever going', () => {
    expect(read('两天了').feverFreeHours).toBeUndefined();
  });
});

describe('when the illness began', () => {
  it.each([
    ['阳了第5天', 4],
    ['阳5 能出门吗', 4],
    ["It's day 8", 7],
    ['第一天', 0],
    ['阳了5天', 5],
    ['positive for 5 days', 5],
    ['tested positive 7 days ago', 7],
    ['since Monday', 1],
    // A length since the positive test wins over another length.
    ['咳嗽两周了，阳了3天', 3],
    ['不烧两天了，阳了4天', 4],
    // Else the longest: isolation counts from the earlier of symptoms and test.
    ['发烧3天了，咳嗽一周', 7],
  ])('%s → %d days ago', (text, days) => {
    expect(read(text).onsetDaysAgo).toBe(days);
  });

  it.each(['两天没发烧了', 'no fever for 2 days', '退烧3天了'])('%s: how long a fever has gone is no onset', (text) => {
    expect(read(text).onsetDaysAgo).toBeUndefined();
  });
});

describe('fever medicine', () => {
  it.each([
    ['吃着布洛芬才不烧', true],
    ['靠吃药退烧', true],
    // 感冒灵 contains acetaminophen: the fever may be down thanks to it.
    ['吃了感冒灵不烧了', true],
    ['用了美林', true],
    ['taking tylenol', true],
    ['I took a fever reducer', true],
    ['没吃退烧药', false],
    ['without any medicine', false],
  ])('%s → %p', (text, expected) => {
    expect(read(text).onAntipyretics).toBe(expected);
  });

  it.each(['能吃布洛芬吗', '可以吃感冒药吗', '吃了阿莫西林', 'can I take tylenol'])('%s says nothing taken', (text) => {
    expect(read(text).onAntipyretics).toBeUndefined();
  });
});

describe('recovery and test results', () => {
  it.each([
    ['好多了', 'better'],
    ['只有点咳嗽', 'better'],
    ['feel fine now', 'better'],
    ['加重了', 'worse'],
    ['not better', 'worse'],
  ])('%s → %s', (text, recovery) => {
    expect(read(text).recovery).toBe(recovery);
  });

  it.each([
    ['抗原转阴了', 'negative'],
    ['一条杠', 'negative'],
    ['antigen test negative', 'negative'],
    ['还是两条杠', 'positive'],
    ['还是阳', 'positive'],
    ['still positive', 'positive'],
  ])('%s → antigen %s', (text, antigen) => {
    expect(read(text).antigen).toBe(antigen);
  });

  it('reads two PCR tests with Ct ≥ 35, not one', () => {
    expect(read('两次核酸ct值都大于35').pcrCt35Twice).toBe(true);
    expect(read('ct值35').pcrCt35Twice).toBeUndefined();
  });

  it('reads a whole isolation report', () => {
    expect(read('阳了第6天，抗原转阴了，症状好多了，两天没烧了也没吃退烧药')).toMatchObject({
      onsetDaysAgo: 5,
      antigen: 'negative',
      recovery: 'better',
      feverFree: true,
      feverFreeHours: 48,
      onAntipyretics: false,
    });
  });
});

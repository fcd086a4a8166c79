import { extractEntities, isNegatedBefore, splitClauses } from '../../../nlp/entities';

const NOW = new Date('2023-01-05T10:00:00+08:00');

describe('extractEntities', () => {
  it('keeps an age and an SpO2 apart and finds no temperature', () => {
    expect(extractEntities('80岁的奶奶 血氧95', 'zh', NOW)).toEqual({ ages: [80], spo2: 95 });
  });

  it('reads a full elderly report spoken without punctuation', () => {
    expect(extractEntities('我妈八十五了阳了第五天烧到三十九度五血氧九十一', 'zh', NOW)).toEqual({
      ages: [85],
      temperatureC: 39.5,
      spo2: 91,
      days: 5,
      onsetDaysAgo: 4,
      onsetDate: '2023-01-01',
    });
  });

  it('reads an English family report', () => {
    expect(extractEntities('My 85-year-old mum has had a fever of 101F since Monday, sats 93', 'en', NOW)).toEqual({
      ages: [85],
      temperatureC: 38.3,
      spo2: 93,
      days: 3,
      dates: ['2023-01-02'],
      onsetDaysAgo: 3,
      onsetDate: '2023-01-02',
    });
  });

  it('reads a child dose question', () => {
    expect(extractEntities('孩子两岁半 13公斤 发烧38度5', 'zh', NOW)).toEqual({
      ages: [2.5],
      weightKg: 13,
      temperatureC: 38.5,
    });
  });

  it('reads pregnancy and a test date', () => {
    expect(extractEntities('怀孕30周 12月28日阳的', 'zh', NOW)).toEqual({
      pregnant: true,
      pregnancyWeeks: 30,
      dates: ['2022-12-28'],
      days: 8,
      onsetDaysAgo: 8,
      onsetDate: '2022-12-28',
    });
  });

  it('returns an empty object when nothing is mentioned', () => {
    expect(extractEntities('一次吃多少', 'zh', NOW)).toEqual({});
  });

  it('names the medicines mentioned by their knowledge-base ids, in order', () => {
    expect(extractEntities('吃了布洛芬 500mg，还有泰诺林', 'zh', NOW).medicines).toEqual([
      'ibuprofen',
      'tylenol-sr-cn',
    ]);
  });
});

describe('negation scope', () => {
  const negated = (text: string, term: string): boolean => {
    const clause = splitClauses(text).find((c) => c.text.includes(term));
    if (!clause) throw new Error(`no clause with ${term}`);
    return isNegatedBefore(clause.text, clause.text.indexOf(term));
  };

  it.each([
    ['没有呼吸困难', '呼吸困难'],
    ['不喘', '喘'],
    ['没胸痛也没发烧', '发烧'],
    ['没有发烧和胸痛', '胸痛'],
    ['no chest pain', 'chest pain'],
    ['denies shortness of breath', 'shortness of breath'],
    ['not having trouble breathing', 'trouble breathing'],
    ['without fever', 'fever'],
    ['no longer feverish', 'feverish'],
    ['he has no fever or cough', 'cough'],
    ['I have no fever, cough or chest pain', 'chest pain'],
  ])('%s negates %s', (text, term) => {
    expect(negated(text, term)).toBe(true);
  });

  it.each([
    ['没有发烧但是胸痛', '胸痛'],
    ['没发烧 胸口疼', '胸口疼'],
    ['咳嗽不停喘不上气', '喘不上气'],
    ['是不是中风了', '中风'],
    ['no fever but chest pain', 'chest pain'],
    ["I don't know why he can't breathe", "can't breathe"],
  ])('%s does not negate %s', (text, term) => {
    expect(negated(text, term)).toBe(false);
  });
});
